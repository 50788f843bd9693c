// Every string the task pane shows, in Vietnamese (default) and English, in one table. Engine and reader messages
// arrive as Text already. Entries are Text, or functions of plain numbers and strings returning Text (a test calls
// each of them and scans the whole table for technical words: API versions, internal sheet names, commands).
//
// Wording: short sentences in the terms of the Law on Emulation and Commendation ("Cờ thi đua của Ủy ban nhân dân
// tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "mã kiểm tra dữ liệu"), and Excel's own Vietnamese terms.

import { formatSize } from '../domain/format';
import type { Text } from '../domain/model';

/** A bilingual string. */
export const t = (vi: string, en: string): Text => ({ vi, en });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const UI = {
  app: {
    /** The page's heading, for screen readers only (Office shows the add-in's name above the pane). */
    title: t('Bình xét Thi đua', 'Emulation Bloc Review'),
    tabs: t('Chức năng', 'Features'),
    /** The language switch shows the language it switches to, in that language (its accessible name is the same). */
    switchTo: { vi: 'English', en: 'Tiếng Việt' } satisfies Text,
    switchToHint: t('Chuyển ngăn tiện ích sang tiếng Anh', 'Switch the pane to Vietnamese'),
    /** "Khối thi đua số 3 · Năm 2024" */
    period: (period: string, year: number | string) =>
      /6\s*tháng/i.test(period) ? t(`6 tháng đầu năm ${year}`, `First half of ${year}`) : t(`Năm ${year}`.trim(), `Year ${year}`.trim()),
  },

  common: {
    unexpected: t(
      'Đã xảy ra lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, lưu sổ, đóng và mở lại Excel.',
      'Something unexpected went wrong. Try again; if it happens again, save the workbook and restart Excel.',
    ),
    showMore: (n: number) => t(`Xem thêm (${n})`, `Show more (${n})`),
    goToCell: t('Đến ô', 'Go to cell'),
    error: t('Lỗi', 'Error'),
    warning: t('Cảnh báo', 'Warning'),
    issueList: t('Lỗi và cảnh báo; chọn một dòng để đến ô đó trong Excel', 'Errors and warnings; choose one to go to its cell in Excel'),
    errors: (n: number) => t(`${n} lỗi`, plural(n, 'error', 'errors')),
    warnings: (n: number) => t(`${n} cảnh báo`, plural(n, 'warning', 'warnings')),
    chooseFiles: t('Chọn tệp…', 'Choose files…'),
    chooseFile: t('Chọn tệp…', 'Choose a file…'),
    noFileChosen: t('Chưa chọn tệp nào', 'No file chosen'),
    filesChosen: (n: number) => t(`Đã chọn ${n} tệp`, plural(n, 'file chosen', 'files chosen')),
    guide: t('Hướng dẫn', 'Guide'),
    cancel: t('Hủy', 'Cancel'),
    stale: t(
      'Sổ đã thay đổi sau lần đọc này: những gì hiển thị dưới đây có thể đã cũ.',
      'The workbook changed after this was read: what is shown below may be out of date.',
    ),
  },

  /** Adding a sheet of the bloc that the workbook lacks, where the pane asks the user to write in it. */
  sheets: {
    add: (sheet: string) => t(`Thêm trang «${sheet}»`, `Add the «${sheet}» sheet`),
    adding: (sheet: string) => t(`Đang thêm trang «${sheet}»…`, `Adding the «${sheet}» sheet…`),
    added: (sheet: string) =>
      t(`Đã thêm trang «${sheet}» vào sổ; ô đầu tiên đang được chọn.`, `Added the «${sheet}» sheet; its first cell is selected.`),
    ballotMissing: t(
      'Sổ chưa có trang «Phiếu bầu» để ghi kết quả bỏ phiếu: thêm trang này (đã có danh sách đơn vị), ghi số phiếu rồi chấm điểm lại.',
      'The workbook has no «Phiếu bầu» sheet to record the vote in: add it (the units are listed), enter the votes, then score again.',
    ),
  },

  check: {
    intro: t(
      'Đọc sổ đang mở, báo các lỗi và cảnh báo kèm vị trí ô. Bấm vào một dòng để đến ô đó.',
      'Reads the open workbook and lists every error and warning with its cell. Choose one to go to the cell.',
    ),
    button: t('Kiểm tra sổ', 'Check the workbook'),
    progress: t('Đang đọc sổ…', 'Reading the workbook…'),
    bloc: t('Khối', 'Bloc'),
    units: t('Số đơn vị', 'Units'),
    criteria: t('Số tiêu chí', 'Criteria'),
    errors: t('Lỗi', 'Errors'),
    warnings: t('Cảnh báo', 'Warnings'),
    clean: t('Không có lỗi hay cảnh báo. Có thể chấm điểm.', 'No errors or warnings. Ready to score.'),
    hasErrors: t(
      'Sổ có lỗi: sửa các ô dưới đây rồi kiểm tra lại. Chưa chấm điểm được.',
      'The workbook has errors: fix the cells below and check again. It cannot be scored yet.',
    ),
    warningsOnly: t('Có cảnh báo: vẫn chấm điểm được, nhưng nên xem lại.', 'There are warnings: scoring works, but review them.'),
    noBlocSheets: t(
      'Sổ này chưa có các trang của sổ chấm điểm (Thông tin, Đơn vị, Chấm điểm). Thẻ Lập sổ thêm các trang mẫu vào sổ.',
      'This workbook has none of the bloc sheets (Thông tin, Đơn vị, Chấm điểm). The Set up tab adds them to the workbook.',
    ),
    openNew: t('Mở thẻ Lập sổ', 'Open Set up'),
    again: t('Kiểm tra lại', 'Check again'),
    noMerges: t(
      'Phiên bản Excel này chưa đọc được ô gộp (cần Excel 2021 hoặc Microsoft 365): tên đơn vị gộp qua hai cột được nhận theo cột Tự chấm, Khối chấm bên dưới.',
      'This version of Excel cannot read merged cells (Excel 2021 or Microsoft 365 can): unit names merged over two columns are matched through the Tự chấm and Khối chấm columns below.',
    ),
    done: (errors: number, warnings: number) =>
      t(
        `Đã kiểm tra sổ: ${errors} lỗi, ${warnings} cảnh báo.`,
        `Workbook checked: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
      ),
  },

  score: {
    intro: t(
      'Tính tổng điểm, xếp hạng theo quy chế của Khối, ghi trang «Kết quả» kèm biểu đồ và tô màu các đơn vị trên trang «Chấm điểm».',
      'Totals and ranks by the bloc’s rules, writes the «Kết quả» sheet with a chart and colours the units on «Chấm điểm».',
    ),
    button: t('Chấm điểm và xếp hạng', 'Score and rank'),
    again: t('Chấm điểm lại', 'Score again'),
    flagIs: (units: string) => t(`Cờ thi đua: ${units}.`, `Emulation Flag: ${units}.`),
    /** Kết quả is ours: said on the sheet and here, so that no one keeps notes there. */
    rewritten: t(
      'Trang «Kết quả» được viết lại mỗi lần chấm điểm: đừng ghi chú trên trang này; ghi chú riêng hãy để ở một trang tính khác do bạn lập (tiện ích không sửa trang của bạn).',
      'The «Kết quả» sheet is rewritten each time you score: keep no notes on it; put your own notes on a sheet of your own (the add-in never changes your sheets).',
    ),
    progress: t('Đang chấm điểm và ghi kết quả…', 'Scoring and writing the result…'),
    /** `sheet`: where the result went («Kết quả», or beside a user's sheet of that name). */
    written: (sheet: string) =>
      t(
        `Đã ghi trang «${sheet}» và tô màu trang «Chấm điểm»: vàng là đơn vị đề nghị Cờ thi đua, xanh là đơn vị đề nghị Bằng khen, xám là đơn vị không xét khen thưởng.`,
        `Wrote the «${sheet}» sheet and coloured «Chấm điểm»: gold for the unit proposed for the Emulation Flag, green for Certificates of Merit, grey for units not considered.`,
      ),
    besideUserSheet: (user: string, ours: string) =>
      t(
        `Sổ đã có trang «${user}» do người dùng lập: trang đó được giữ nguyên, kết quả được ghi vào trang «${ours}» bên cạnh.`,
        `The workbook already has a sheet «${user}» of its own: it is left as it is, and the result went to «${ours}» beside it.`,
      ),
    notWritten: t(
      'Sổ có lỗi nên chưa ghi kết quả. Sửa các ô dưới đây rồi chấm điểm lại.',
      'The workbook has errors, so nothing was written. Fix the cells below and score again.',
    ),
    done: t('Đã chấm điểm và ghi trang «Kết quả».', 'Scored; the «Kết quả» sheet is written.'),
    refused: (errors: number) =>
      t(`Sổ có ${errors} lỗi nên chưa ghi kết quả.`, `The workbook has ${plural(errors, 'error', 'errors')}, so nothing was written.`),
    ranking: t('Xếp hạng', 'Ranking'),
    rank: t('Hạng', 'Rank'),
    unit: t('Đơn vị', 'Unit'),
    total: t('Tổng điểm', 'Total'),
    votes: t('Phiếu', 'Votes'),
    /** Under a unit's votes when they are the revote's (the round that decided its standing). */
    revoteRound: t('bỏ phiếu lại', 'revote'),
    reasons: t('Lý do', 'Reasons'),
    flag: t('Cờ thi đua', 'Emulation Flag'),
    merit: t('Bằng khen', 'Certificate of Merit'),
    ineligible: t('Không xét', 'Not considered'),
    tie: t('Bằng điểm', 'Tied'),
    /** `award`: the award's legal name, "Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk" (domain/explain.ts). */
    proposeFlag: (award: string) => t(`Đề nghị tặng ${award}`, 'Proposed for the Emulation Flag of the Provincial People’s Committee'),
    proposeMerit: (award: string) =>
      t(`Đề nghị tặng ${award}`, 'Proposed for the Certificate of Merit of the Chairman of the Provincial People’s Committee'),
    pendingDecision: t('Chờ Hội nghị quyết định', 'For the meeting to decide'),
    markedOutOfDate: t(
      'Trang «Kết quả» lần trước được đánh dấu là đã cũ và các màu tô trên trang «Chấm điểm» được gỡ, vì sổ đã thay đổi.',
      'The earlier «Kết quả» sheet is marked out of date and the colours on «Chấm điểm» are removed, since the workbook changed.',
    ),
    suggested: t('(đề xuất theo thứ tự luân phiên)', '(suggested by rotation)'),
    meetingMust: t('Hội nghị cần', 'The meeting must'),
    nextStep: t('Bước tiếp theo', 'Next step'),
    rulesApplied: t('Quy tắc đã áp dụng', 'Rules applied'),
    unresolvedTies: t('Bằng điểm chưa phân định', 'Unresolved ties'),
    revoteButton: t('Thêm bảng bỏ phiếu lại vào trang «Phiếu bầu»', 'Add the revote table to «Phiếu bầu»'),
    revoteHint: t(
      'Sau khi Hội nghị bỏ phiếu lại, điền số phiếu vào bảng này rồi chấm điểm lại: đơn vị nhiều phiếu nhất (và đủ tỷ lệ phiếu đồng ý) được đề nghị Cờ thi đua.',
      'Once the meeting has voted again, fill in the votes in this table and score again: the unit with the most votes (and enough of them) is proposed for the flag.',
    ),
    revoteProgress: t('Đang thêm bảng bỏ phiếu lại…', 'Adding the revote table…'),
    revoteAdded: (sheet: string, row: number) =>
      t(
        `Đã thêm bảng «Bỏ phiếu lại» vào trang «${sheet}» từ dòng ${row}; các ô đã có không bị thay đổi. Điền số phiếu rồi chấm điểm lại.`,
        `Added the «Bỏ phiếu lại» (revote) table to «${sheet}» from row ${row}; no existing cell was changed. Fill in the votes, then score again.`,
      ),
  },

  new: {
    intro: t(
      'Sổ đang mở chưa có các trang của Khối. Ghi danh sách đơn vị thành viên rồi bấm nút dưới đây: tiện ích thêm các trang Thông tin, Đơn vị, Chấm điểm (bảng tiêu chí 100 điểm), Phiếu bầu và Quy tắc. Trang đã có không bị ghi đè.',
      'The open workbook has none of the bloc’s sheets. List the member units, then choose the button below: the add-in adds the Thông tin, Đơn vị, Chấm điểm (a 100-point criteria table), Phiếu bầu and Quy tắc sheets. Existing sheets are never overwritten.',
    ),
    existingIntro: t(
      'Sổ đang mở đã là sổ chấm điểm của Khối. Tiện ích thêm những trang còn thiếu (với danh sách đơn vị của Khối); trang đã có không bị thay đổi.',
      'The open workbook is already the bloc’s score workbook. The add-in adds the sheets it lacks (with the bloc’s units); existing sheets are left as they are.',
    ),
    looking: t('Đang xem sổ có những trang nào…', 'Looking at the workbook’s sheets…'),
    notBlank: t(
      'Sổ đã có các trang của Khối nên không lập sổ mới: thẻ Lập sổ thêm những trang còn thiếu.',
      'The workbook already has the bloc’s sheets, so no new bloc is set up: Set up adds the sheets it lacks.',
    ),
    blocName: t('Tên khối', 'Bloc name'),
    blocNamePlaceholder: t('Khối thi đua số 3', 'Khối thi đua số 3'),
    province: t('Tỉnh', 'Province'),
    year: t('Năm', 'Year'),
    units: t('Đơn vị thành viên, mỗi dòng một đơn vị, theo thứ tự luân phiên', 'Member units, one per line, in rotation order'),
    unitsHint: t('Để trống: tạo 5 đơn vị mẫu để đổi tên sau.', 'Leave empty for 5 placeholder units to rename later.'),
    button: t('Thêm các trang vào sổ', 'Add the sheets to this workbook'),
    progress: t('Đang thêm các trang…', 'Adding the sheets…'),
    created: t('Đã thêm các trang vào sổ', 'The sheets are added to the workbook'),
    nextSteps: t(
      'Tiếp theo: điền trang Thông tin, Đơn vị và điểm trên trang Chấm điểm, rồi bấm Kiểm tra.',
      'Next: fill in Thông tin, Đơn vị and the scores on Chấm điểm, then run Check.',
    ),
    nextStepsMissing: t('Tiếp theo: điền các trang vừa thêm, rồi bấm Kiểm tra.', 'Next: fill in the sheets just added, then run Check.'),
    done: (sheets: string) => t(`Đã thêm các trang ${sheets} vào sổ.`, `Added the sheets ${sheets} to the workbook.`),
    present: t('Sổ đã có', 'The workbook has'),
    missing: t('Còn thiếu', 'Missing'),
    lacksData: (sheets: string) =>
      t(
        `Sổ thiếu trang ${sheets}: các trang này chứa dữ liệu của Khối nên tiện ích không tự thêm. Hãy thêm bằng tay, hoặc lập sổ mới trong một tệp Excel trống.`,
        `The workbook lacks ${sheets}: these hold the bloc’s own data, so the add-in does not add them. Add them by hand, or set up a new bloc in an empty workbook.`,
      ),
    sheetHint: {
      info: t('Tên khối, tỉnh, năm, ngày họp, chủ trì, thư ký…', 'The bloc’s name, province, year, meeting date, chair, secretary…'),
      ballot: t('Kết quả bỏ phiếu suy tôn, với danh sách đơn vị của Khối.', 'The vote for the flag, with the bloc’s units listed.'),
      rules: t('Quy tắc bình xét của Khối, ghi sẵn giá trị mặc định.', 'The bloc’s rules, with the defaults filled in.'),
      cross: t(
        'Chỉ khi các đơn vị chấm chéo nhau (Quy tắc: Điểm xếp hạng là Chấm chéo).',
        'Only when the units score each other (rule Điểm xếp hạng set to Chấm chéo).',
      ),
    },
    addMissing: (n: number) =>
      n === 0
        ? t('Thêm các trang đã chọn', 'Add the chosen sheets')
        : t(`Thêm ${n} trang đã chọn`, `Add the ${n === 1 ? 'chosen sheet' : `${n} chosen sheets`}`),
    complete: t('Sổ đã có đủ các trang của Khối.', 'The workbook has all of the bloc’s sheets.'),
  },

  roundtrip: {
    sendTitle: t('Gửi bảng tự chấm', 'Send self-scoring workbooks'),
    sendHelp: t(
      'Tạo cho mỗi đơn vị thành viên một bảng tự chấm (.xlsx), chỉ mở khóa cột Tự chấm, để gửi qua thư điện tử.',
      'Makes one self-scoring workbook (.xlsx) per member unit, with only its Tự chấm column unlocked, to send by email.',
    ),
    make: t('Tạo bảng tự chấm', 'Make the self-scoring workbooks'),
    making: t('Đang tạo bảng tự chấm…', 'Making the self-scoring workbooks…'),
    made: (n: number) => t(`Đã tạo ${n} bảng tự chấm.`, `Made ${plural(n, 'self-scoring workbook', 'self-scoring workbooks')}.`),
    makeAgain: t('Tạo lại bảng tự chấm', 'Make them again'),
    saveNow: t('Hãy lưu sổ này ngay (Tệp › Lưu, hoặc Ctrl+S).', 'Save this workbook now (File › Save, or Ctrl+S).'),
    saveNowWhy: t(
      'Lần tạo bảng tự chấm đầu tiên vừa ghi vào sổ mã bảo mật của Khối: mã này nhận ra bảng tự chấm của từng đơn vị khi gửi về. Nếu đóng sổ mà không lưu, mã bị mất và mọi bảng tự chấm gửi về sẽ bị từ chối; khi đó phải tạo và gửi lại cho cả Khối. Hãy lưu sổ trước khi gửi tệp cho các đơn vị.',
      'The first split has just written the bloc’s secret into the workbook: it recognises each unit’s self-scoring workbook when it comes back. If the workbook is closed without saving, the secret is lost and every returned workbook will be refused; they would then have to be made and sent to the whole bloc again. Save the workbook before sending the files to the units.',
    ),
    zip: t('Tải tất cả (.zip)', 'Download all (.zip)'),
    perUnit: t('Từng đơn vị', 'One file per unit'),
    takeTitle: t('Nhận bảng tự chấm', 'Collect returned self-scores'),
    takeHelp: t(
      'Chọn các tệp đơn vị gửi lại. Mỗi tệp được kiểm tra (đúng khối, kỳ, bảng tiêu chí, đơn vị; điểm trong giới hạn) trước khi gộp; không ô nào bị ghi đè khi bạn chưa đồng ý.',
      'Choose the files the units sent back. Each is checked (same bloc, period, criteria table, a member unit, scores in range) before merging; no cell is overwritten without your consent.',
    ),
    pick: t('Tệp đơn vị gửi lại (.xlsx)', 'Returned files (.xlsx)'),
    check: t('Kiểm tra các tệp', 'Check the files'),
    checkAgain: t('Kiểm tra lại các tệp', 'Check the files again'),
    secretLostTitle: (n: number) =>
      t(
        `${n} tệp bị từ chối vì mã đơn vị không khớp với sổ này`,
        `${plural(n, 'file is', 'files are')} refused because the unit key does not match this workbook`,
      ),
    secretLostWhy: t(
      'Nguyên nhân thường gặp: sau lần tạo bảng tự chấm, sổ đã đóng mà không lưu, nên mã bảo mật của Khối dùng để ký các tệp không còn trong sổ. Có hai cách:',
      'The likely cause: after the self-scoring workbooks were made, this workbook was closed without saving, so the bloc’s secret that signed them is no longer in it. There are two ways on:',
    ),
    secretLostResend: t(
      'Tạo lại bảng tự chấm từ sổ này (rồi lưu sổ ngay) và gửi lại cho các đơn vị; hoặc',
      'make the self-scoring workbooks again from this workbook (and save it at once) and send them to the units again; or',
    ),
    secretLostByName: t(
      'nếu chắc chắn các tệp này đúng là do các đơn vị gửi về, nhận chúng theo tên đơn vị ghi trong tệp (điểm vẫn được kiểm tra như mọi tệp khác).',
      'if you are sure these files did come from the units, take them as the units they name (their scores are still checked as for any file).',
    ),
    byName: t('Tôi xác nhận: nhận các tệp này theo tên đơn vị ghi trong tệp', 'I confirm: take these files as the units they name'),
    reading: (done: number, total: number) => t(`Đang đọc tệp ${done}/${total}`, `Reading file ${done} of ${total}`),
    checked: (accepted: number, total: number) =>
      t(`Đã kiểm tra ${total} tệp: nhận ${accepted} tệp.`, `Checked ${plural(total, 'file', 'files')}: ${accepted} accepted.`),
    merge: (n: number) => t(`Gộp vào bảng chấm điểm (${n})`, `Merge into the score table (${n})`),
    merging: t('Đang gộp vào bảng chấm điểm…', 'Merging into the score table…'),
    overwrite: (n: number) => t(`Ghi đè các ô xung đột (${n})`, `Overwrite the conflicting cells (${n})`),
    conflicts: (n: number) => t(`Ô xung đột (đã có giá trị khác): ${n}`, `Conflicting cells (already holding a different value): ${n}`),
    conflictsOverwritten: (n: number) => t(`Ô xung đột đã ghi đè theo xác nhận: ${n}`, `Conflicting cells overwritten as confirmed: ${n}`),
    conflictsKept: (n: number) => t(`Ô xung đột giữ nguyên giá trị đang có: ${n}`, `Conflicting cells left with their current value: ${n}`),
    conflict: (unit: string, criterion: string, current: string, returned: string) =>
      t(
        `${unit}, tiêu chí ${criterion}: đang có ${current}, gửi về ${returned}`,
        `${unit}, criterion ${criterion}: currently ${current}, returned ${returned}`,
      ),
    conflictOverwritten: (unit: string, criterion: string, now: string, before: string) =>
      t(
        `${unit}, tiêu chí ${criterion}: nay là ${now} (đã ghi đè giá trị ${before})`,
        `${unit}, criterion ${criterion}: now ${now} (overwrote ${before})`,
      ),
    conflictKept: (unit: string, criterion: string, now: string, returned: string) =>
      t(
        `${unit}, tiêu chí ${criterion}: vẫn là ${now} (tệp gửi về ${returned}, không ghi)`,
        `${unit}, criterion ${criterion}: still ${now} (the file returned ${returned}, not written)`,
      ),
    conflictBadge: t('Xung đột', 'Conflict'),
    overwrittenBadge: t('Đã ghi đè', 'Overwritten'),
    keptBadge: t('Giữ nguyên', 'Kept'),
    changed: t(
      'Bảng chấm điểm đã thay đổi từ lúc kiểm tra nên đã được kiểm tra lại: hãy xem lại các ô xung đột rồi gộp.',
      'The score table changed since the check, so it was checked again: review the conflicts, then merge.',
    ),
    nothing: t('Không có ô nào cần ghi.', 'There is nothing to write.'),
    wrote: (n: number) =>
      t(
        `Đã ghi ${n} ô. Bấm Chấm điểm để tính lại kết quả với điểm vừa gộp.`,
        `Wrote ${plural(n, 'cell', 'cells')}. Run Score to recompute the result with the merged scores.`,
      ),
    journal: (sheet: string) =>
      t(
        `Giá trị cũ của các ô bị ghi đè được ghi lại ở trang «${sheet}» để có thể khôi phục khi cần.`,
        `The old values of the overwritten cells are listed on the «${sheet}» sheet, so they can be put back if needed.`,
      ),
    masterErrors: t(
      'Bảng chấm điểm của sổ đang mở có lỗi; sửa các ô dưới đây rồi thử lại.',
      'The open workbook’s score table has errors; fix the cells below and try again.',
    ),
    masterUnreadable: t(
      'Không đọc được bảng chấm điểm của sổ đang mở. Hãy bấm Kiểm tra để xem lý do.',
      'The open workbook’s score table could not be read. Run Check to see why.',
    ),
    status: {
      accepted: t('Nhận', 'Accepted'),
      rejected: t('Từ chối', 'Rejected'),
      duplicate: t('Trùng', 'Duplicate'),
    },
    toWrite: (written: number, unchanged: number, conflicts: number) =>
      t(
        `${written} ô sẽ ghi, ${unchanged} ô không đổi, ${conflicts} xung đột`,
        `${plural(written, 'cell', 'cells')} to write, ${unchanged} unchanged, ${plural(conflicts, 'conflict', 'conflicts')}`,
      ),
    wroteFile: (written: number, overwritten: number) =>
      t(
        `Đã ghi ${written} ô${overwritten ? ` (có ${overwritten} ô xung đột được ghi đè)` : ''}`,
        `Wrote ${plural(written, 'cell', 'cells')}${overwritten ? ` (${overwritten} of them conflicting, overwritten)` : ''}`,
      ),
    unchanged: (n: number) => t(`${n} ô không đổi`, `${n} unchanged`),
    keptConflicts: (n: number) => t(`${n} ô xung đột giữ nguyên`, `${plural(n, 'conflict', 'conflicts')} left as they were`),
  },

  minutes: {
    intro: t(
      'Lập biên bản họp bình xét, suy tôn, biên bản bàn giao Khối trưởng, phiếu bầu suy tôn và biên bản kiểm phiếu (.docx, theo thể thức Nghị định 30/2020/NĐ-CP) từ dữ liệu của sổ đang mở; sau Hội nghị, lập hồ sơ đề nghị khen thưởng.',
      'Makes the review and nomination minutes, the bloc head handover minutes, the ballot paper and the vote-count minutes (.docx, in the layout of Decree 30/2020/NĐ-CP) from the open workbook; after the meeting, the award dossier.',
    ),
    make: t('Lập biên bản', 'Make the minutes'),
    remake: t('Lập lại từ sổ', 'Make them again from the workbook'),
    reading: t('Đang đọc sổ và lập biên bản…', 'Reading the workbook and making the minutes…'),
    checkingTemplate: t('Đang kiểm tra tệp mẫu…', 'Checking the template…'),
    saving: t('Đang lưu mẫu vào sổ…', 'Keeping the templates in the workbook…'),
    removing: t('Đang xóa mẫu lưu trong sổ…', 'Removing the templates kept in the workbook…'),
    preparing: t('Đang chuẩn bị tệp…', 'Preparing the file…'),
    made: t(
      'Đã lập các văn bản của Hội nghị: tải về hoặc xem trước từng văn bản bên dưới.',
      'The meeting’s documents are made: download or preview each of them below.',
    ),
    documents: t('Văn bản của Hội nghị', 'The meeting’s documents'),
    preview: t('Xem trước', 'Preview'),
    hasErrors: t('Sổ có lỗi nên chưa lập được biên bản', 'The workbook has errors, so the minutes cannot be made'),
    hasErrorsHelp: t(
      'Sửa các ô dưới đây (bấm vào một dòng để đến ô đó), rồi lập lại.',
      'Fix the cells below (choose one to go to it), then make them again.',
    ),
    openCheck: t('Mở thẻ Kiểm tra', 'Open Check'),
    gaps: t(
      'Biên bản còn để trống (điền tay, hoặc bổ sung vào sổ rồi lập lại)',
      'Left blank in the minutes (fill in by hand, or complete the workbook and make them again)',
    ),
    storedDamaged: t(
      'Mẫu biên bản lưu trong sổ không đọc được nên biên bản dùng mẫu mặc định. Hãy chọn lại mẫu riêng và lưu vào sổ.',
      'A template kept in the workbook could not be read, so the default is used. Choose your template again and keep it in the workbook.',
    ),
    using: {
      default: t('Đang dùng mẫu mặc định', 'Using the default template'),
      stored: t('Đang dùng mẫu lưu trong sổ', 'Using the template kept in the workbook'),
      chosen: (name: string) => t(`Đang dùng mẫu đã chọn: ${name}`, `Using the chosen template: ${name}`),
    },
    download: t('Tải về', 'Download'),
    getDefault: t('Tải mẫu mặc định để sửa', 'Download the default template to edit'),
    pick: t('Mẫu riêng (.docx)', 'Own template (.docx)'),
    pickHelp: t(
      'Tệp Word có các chỗ điền như {ten_khoi}, {ngay_hop}; tối đa 10 MB. Mẫu mặc định có đủ các chỗ điền.',
      'A Word file with placeholders such as {ten_khoi}, {ngay_hop}; at most 10 MB. The default template has them all.',
    ),
    unchoose: t('Bỏ mẫu đã chọn', 'Drop the chosen template'),
    removeStored: t('Xóa mẫu lưu trong sổ', 'Remove the kept template'),
    templatesTitle: t('Mẫu riêng của Khối', 'The bloc’s own templates'),
    ownCount: (n: number) => t(`${n} mẫu riêng`, plural(n, 'own template', 'own templates')),
    defaultOnMac: t(
      'Excel cho Mac không cho tiện ích lưu tệp Word: mẫu mặc định lấy từ Excel trên web, hoặc từ thư mục mẫu đi kèm tiện ích (xem Hướng dẫn).',
      'Excel for Mac does not let add-ins save Word files: get the default template from Excel on the web, or from the templates folder that comes with the add-in (see the Guide).',
    ),
    removeStoredQuestion: (title: string) =>
      t(
        `Xóa mẫu riêng của «${title}» đang lưu trong sổ? Văn bản này sẽ dùng lại mẫu mặc định; tệp mẫu trên máy bạn (nếu có) không bị ảnh hưởng.`,
        `Remove the own template of «${title}» kept in the workbook? This document goes back to the default template; your template file (if you have it) is not affected.`,
      ),
    removeAllQuestion: t(
      'Xóa mọi mẫu riêng đang lưu trong sổ? Mọi văn bản sẽ dùng lại mẫu mặc định; muốn dùng lại mẫu riêng phải chọn lại tệp mẫu.',
      'Remove every own template kept in the workbook? Every document goes back to its default template; to use your own again you must choose the template files again.',
    ),
    keepHelp: t(
      'Mẫu riêng được lưu ẩn trong sổ: đi cùng tệp khi gửi thư điện tử và được dùng tự động lần sau.',
      'Your own templates are kept, hidden, in the workbook: they travel with the file by email and are used automatically next time.',
    ),
    keep: t('Lưu các mẫu đã chọn vào sổ', 'Keep the chosen templates in the workbook'),
    removeAll: t('Xóa mọi mẫu lưu trong sổ', 'Remove all kept templates'),
    kept: t(
      'Đã lưu mẫu vào sổ. Hãy lưu tệp Excel để mẫu đi cùng sổ.',
      'The templates are kept in the workbook. Save the Excel file so they travel with it.',
    ),
    removed: t(
      'Đã xóa mẫu lưu trong sổ; biên bản dùng lại mẫu mặc định.',
      'The kept templates are removed; the minutes use the defaults again.',
    ),
    previewLabel: (title: string) => t(`Bản xem trước: ${title}`, `Preview: ${title}`),
    knownList: t('Các chỗ điền dùng được', 'Known placeholders'),
    cut: t('… (bản xem trước dừng ở đây; tệp tải về có đủ nội dung)', '… (the preview stops here; the downloaded file is complete)'),
    template: (name: string, message: Text) => t(`Mẫu ${name}: ${message.vi}`, `Template ${name}: ${message.en}`),
    keptTemplate: t('mẫu lưu trong sổ', 'the kept template'),
    notDocx: (name: string) =>
      t(
        `Tệp mẫu ${name} không phải tài liệu Word (.docx) hoặc đã hỏng. Hãy mở bằng Word và lưu lại dưới dạng Tài liệu Word (.docx).`,
        `The template ${name} is not a Word document (.docx), or it is damaged. Open it in Word and save it as a Word Document (.docx).`,
      ),
    tooLarge: (name: string, bytes: number, maxBytes: number) =>
      t(
        `Tệp mẫu ${name} nặng ${formatSize(bytes, 'vi')}, vượt giới hạn ${formatSize(maxBytes, 'vi')}.`,
        `Template ${name} is ${formatSize(bytes, 'en')}, over the ${formatSize(maxBytes, 'en')} limit.`,
      ),
  },

  dossier: {
    title: t('Hồ sơ đề nghị khen thưởng', 'Award dossier'),
    intro: t(
      'Sau Hội nghị: Tờ trình, báo cáo thành tích của từng đơn vị được đề nghị, bảng tổng hợp điểm và biên bản, gửi cơ quan khen thưởng. Hồ sơ chỉ lập khi mọi đề nghị đã được quyết định.',
      'After the meeting: the proposal (Tờ trình), each proposed unit’s achievement report, the score annex and the minutes, for the awarding body. It is made only when every award is decided.',
    ),
    make: t('Lập hồ sơ', 'Make the dossier'),
    remake: t('Lập lại hồ sơ từ sổ', 'Make the dossier again from the workbook'),
    making: t('Đang lập hồ sơ…', 'Making the dossier…'),
    made: (n: number) =>
      t(
        `Đã lập hồ sơ: ${n} văn bản và một tệp chứa tất cả (.zip).`,
        `The dossier is made: ${n} documents, and all of them in one file (.zip).`,
      ),
    pendingTitle: t('Chưa lập được hồ sơ: Hội nghị còn phải quyết định', 'No dossier yet: the meeting must still decide'),
    pendingHelp: t(
      'Ghi kết quả vào sổ (trang Phiếu bầu, bảng Bỏ phiếu lại nếu có), chấm điểm lại rồi lập hồ sơ.',
      'Record the outcome in the workbook (Phiếu bầu, and its Bỏ phiếu lại table if any), score again, then make the dossier.',
    ),
    zip: t('Tải cả hồ sơ (.zip)', 'Download the whole dossier (.zip)'),
    files: t('Từng văn bản', 'Each document'),
    gaps: t(
      'Hồ sơ còn để trống (điền tay, hoặc bổ sung vào sổ rồi lập lại)',
      'Left blank in the dossier (fill in by hand, or complete the workbook and make it again)',
    ),
  },

  files: {
    downloads: t(
      'Tệp tải về được lưu trong thư mục Tải xuống (Downloads) của máy; trình duyệt có thể hỏi nơi lưu.',
      'Downloaded files go to your Downloads folder (your browser may ask where to save them).',
    ),
    nextSelfScoring: t(
      'Tiếp theo: gửi mỗi tệp cho đúng đơn vị (đính kèm vào thư điện tử). Đơn vị nhập điểm vào cột Tự chấm, lưu tệp và gửi lại; khi nhận được, chọn các tệp ở phần Nhận bảng tự chấm.',
      'Next: email each file to its unit as an attachment. The unit enters its scores in the Tự chấm column, saves the file and sends it back; then choose the returned files under Collect returned self-scores.',
    ),
    nextMinutes: t(
      'Tiếp theo: mở tệp bằng Word, soát lại, điền các chỗ còn để trống, in và trình ký.',
      'Next: open the file in Word, review it, fill in what is left blank, print and sign.',
    ),
    nextTemplate: t(
      'Tiếp theo: mở mẫu bằng Word, sửa câu chữ (giữ nguyên các chỗ điền trong ngoặc nhọn như {ten_khoi}), lưu lại rồi chọn làm mẫu riêng ở đây.',
      'Next: open the template in Word, change the wording (keep the placeholders in braces such as {ten_khoi}), save it and choose it here as your own template.',
    ),
    openInExcel: t('Mở trong Excel', 'Open in Excel'),
    openAgain: t('Mở lại', 'Open again'),
    openNext: (unit: string) => t(`Mở sổ tiếp theo: ${unit}`, `Open the next: ${unit}`),
    allOpened: t('Đã mở hết các sổ', 'Every workbook is opened'),
    openedCount: (opened: number, total: number, saved: number) =>
      t(`Đã mở ${opened}/${total} sổ, đã lưu ${saved}`, `Opened ${opened} of ${total}, saved ${saved}`),
    savedAs: t('Đã lưu', 'Saved'),
    stateNotOpened: t('Chưa mở', 'Not opened yet'),
    stateOpened: t('Đã mở trong Excel, chưa đánh dấu đã lưu', 'Opened in Excel; not marked saved yet'),
    stateSaved: t('Đã mở và đã lưu', 'Opened and saved'),
    opening: t('Đang mở trong Excel…', 'Opening in Excel…'),
    opened: (n: number) =>
      t(
        `Đã mở ${n} sổ mới trong Excel. Hãy lưu từng sổ (Tệp › Lưu Như).`,
        `Opened ${plural(n, 'new workbook', 'new workbooks')} in Excel. Save each one (File › Save As).`,
      ),
    macWorkbooks: t(
      'Excel cho Mac không tải tệp từ tiện ích xuống máy. Mở từng bảng trong Excel (mỗi bảng mở thành một sổ mới), lưu sổ đó (Tệp › Lưu Như) với tên ghi dưới tên đơn vị, đánh dấu «Đã lưu», rồi đính kèm vào thư gửi đơn vị.',
      'Excel for Mac cannot download files from an add-in. Open each workbook in Excel (each opens as a new one), save it (File › Save As) under the name shown under the unit, tick «Saved», then attach it to the email to the unit.',
    ),
    macDocuments: t(
      'Excel cho Mac không cho tiện ích lưu tệp Word (.docx). Để có tệp: mở sổ này bằng Excel trên web (office.com, từ OneDrive hoặc SharePoint) và bấm Tải về ở thẻ Biên bản; hoặc nhờ cán bộ kỹ thuật lập bằng công cụ dòng lệnh đi kèm (xem Hướng dẫn). Bản xem trước ở đây vẫn dùng được để soát nội dung.',
      'Excel for Mac does not let add-ins save Word files (.docx). To get the file: open this workbook in Excel on the web (office.com, from OneDrive or SharePoint) and choose Download on the Minutes tab; or ask your technical staff to make it with the command-line tool that comes with the add-in (see the Guide). The preview here still serves to review the text.',
    ),
    cannotOpen: t(
      'Excel này không mở được sổ mới từ tiện ích (cần Excel 2021 hoặc Microsoft 365).',
      'This Excel cannot open new workbooks from an add-in (Excel 2021 or Microsoft 365 can).',
    ),
  },
} as const;
