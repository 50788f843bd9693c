// Every string the task pane shows, in Vietnamese (default) and English. Engine messages arrive as Text already.

import type { Lang, Text } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';

/** A bilingual string. */
export const t = (vi: string, en: string): Text => ({ vi, en });

export const UI = {
  appTitle: t('Bình xét Thi đua', 'Emulation Bloc Review'),
  english: t('English', 'English'),
  languageSwitch: t('Chuyển sang tiếng Anh', 'Switch to Vietnamese'),
  tabs: t('Chức năng', 'Features'),
  tabCheck: t('Kiểm tra', 'Check'),
  tabScore: t('Chấm điểm & xếp hạng', 'Score & rank'),
  tabNew: t('Tạo sổ mới', 'New workbook'),
  tabRoundTrip: t('Gửi & nhận', 'Send & collect'),
  tabMinutes: t('Biên bản', 'Minutes'),

  // Check
  checkIntro: t(
    'Đọc các trang Thông tin, Đơn vị, Chấm điểm (và Phiếu bầu, Quy tắc nếu có) của sổ đang mở, báo mọi lỗi và cảnh báo kèm vị trí ô.',
    'Reads the Thông tin, Đơn vị, Chấm điểm sheets (and Phiếu bầu, Quy tắc when present) of the open workbook and lists every error and warning with its cell.',
  ),
  checkButton: t('Kiểm tra sổ', 'Check workbook'),
  checking: t('Đang đọc sổ tính…', 'Reading the workbook…'),
  bloc: t('Khối', 'Bloc'),
  units: t('Số đơn vị', 'Units'),
  criteria: t('Số tiêu chí', 'Criteria'),
  errors: t('Lỗi', 'Errors'),
  warnings: t('Cảnh báo', 'Warnings'),
  noIssues: t('Không có lỗi hay cảnh báo nào. Có thể chấm điểm.', 'No errors or warnings. Ready to score.'),
  hasErrors: t(
    'Sổ có lỗi: sửa các ô dưới đây rồi kiểm tra lại. Chưa thể chấm điểm.',
    'The workbook has errors: fix the cells below and check again. It cannot be scored yet.',
  ),
  warningsOnly: t('Có cảnh báo: vẫn chấm điểm được, nhưng nên xem lại.', 'There are warnings: scoring works, but review them.'),
  issueListLabel: t(
    'Danh sách lỗi và cảnh báo; chọn một dòng để đến ô đó trong Excel',
    'Errors and warnings; choose one to go to its cell in Excel',
  ),
  goToCell: t('Đến ô', 'Go to cell'),
  error: t('Lỗi', 'Error'),
  warning: t('Cảnh báo', 'Warning'),
  noMerges: t(
    'Phiên bản Excel này không cho đọc ô trộn (cần ExcelApi 1.13): tên đơn vị trộn qua hai cột vẫn được nhận theo cột Tự chấm/Khối chấm bên dưới.',
    'This Excel cannot report merged cells (needs ExcelApi 1.13): unit names merged over two columns are matched through the Tự chấm/Khối chấm columns below.',
  ),

  // Score
  scoreIntro: t(
    'Tính tổng điểm, xếp hạng theo quy tắc của Khối, ghi trang «Kết quả» kèm biểu đồ và tô màu trang «Chấm điểm»: vàng cho đơn vị đề nghị Cờ, xanh cho Bằng khen, xám cho đơn vị không xét.',
    'Totals, ranks by the bloc’s rules, writes the «Kết quả» sheet with a chart and highlights «Chấm điểm»: gold for the flag unit, green for Certificates, grey for units not considered.',
  ),
  scoreButton: t('Chấm điểm & xếp hạng', 'Score & rank'),
  scoring: t('Đang chấm điểm và ghi kết quả…', 'Scoring and writing the result…'),
  written: t('Đã ghi trang «Kết quả» và tô màu trang «Chấm điểm».', 'Wrote the «Kết quả» sheet and highlighted «Chấm điểm».'),
  notWritten: t(
    'Sổ có lỗi nên chưa ghi kết quả. Sửa các ô dưới đây rồi chạy lại.',
    'The workbook has errors, so nothing was written. Fix the cells below and run again.',
  ),
  ranking: t('Xếp hạng', 'Ranking'),
  rank: t('Hạng', 'Rank'),
  unit: t('Đơn vị', 'Unit'),
  total: t('Tổng điểm', 'Total'),
  votes: t('Phiếu', 'Votes'),
  proposal: t('Đề nghị', 'Proposal'),
  flag: t('Cờ thi đua', 'Emulation Flag'),
  merit: t('Bằng khen', 'Certificate of Merit'),
  ineligible: t('Không xét', 'Not considered'),
  tie: t('Bằng điểm', 'Tied'),
  reasons: t('Lý do', 'Reasons'),
  nextHead: t('Khối trưởng năm sau', 'Next year’s bloc head'),
  nextDeputy: t('Khối phó năm sau', 'Next year’s deputy'),
  suggested: t('(gợi ý theo thứ tự luân phiên)', '(suggested by rotation)'),
  meetingMust: t('Hội nghị cần', 'The meeting must'),
  rulesApplied: t('Quy tắc đã áp dụng', 'Rules applied'),
  outcome: {
    proposed: t('Đạt ngưỡng phiếu: đề nghị tặng Cờ thi đua.', 'Vote threshold met: proposed for the Emulation Flag.'),
    pendingVote: t(
      'Chưa có kết quả bỏ phiếu: đơn vị dẫn đầu được đề nghị, chờ hội nghị bỏ phiếu suy tôn.',
      'No ballot yet: the leading unit is proposed, pending the meeting’s vote.',
    ),
    noQuorum: t(
      'Không đủ tỷ lệ đơn vị có mặt: kết quả bỏ phiếu không có giá trị, chưa đề nghị Cờ.',
      'Too few units present: the ballot does not count and no flag is proposed.',
    ),
    belowThreshold: t('Chưa đạt ngưỡng phiếu: chưa đề nghị Cờ thi đua.', 'Vote threshold not met: no Emulation Flag proposed.'),
    unresolvedTie: t(
      'Bằng điểm chưa phân định ở vị trí dẫn đầu: chưa đề nghị Cờ thi đua.',
      'An unresolved tie at the top: no Emulation Flag proposed.',
    ),
    noEligibleUnit: t('Không có đơn vị đủ điều kiện đề nghị Cờ thi đua.', 'No unit is eligible for the Emulation Flag.'),
    noneByRule: t(
      'Theo quy chế của Khối, kỳ này không đề nghị Cờ thi đua.',
      'By the bloc’s rules, no Emulation Flag is proposed this period.',
    ),
  },
  action: {
    noQuorum: t(
      'tổ chức lại cuộc bỏ phiếu khi có đủ số đơn vị dự họp theo quy chế.',
      'hold the vote again with enough member units present.',
    ),
    belowThreshold: t(
      'bỏ phiếu lại (hoặc biểu quyết theo quy chế của Khối) cho đến khi một đơn vị đạt ngưỡng phiếu.',
      'vote again (or decide as the bloc’s rules say) until a unit reaches the threshold.',
    ),
    unresolvedTie: t(
      'biểu quyết hoặc bỏ phiếu giữa các đơn vị bằng điểm; tiện ích không tự chọn theo tên, thứ tự hay ngẫu nhiên.',
      'vote between the tied units; the add-in never picks by name, order or chance.',
    ),
    pendingVote: t(
      'bỏ phiếu kín suy tôn đơn vị dẫn đầu, rồi điền trang «Phiếu bầu» và chấm điểm lại.',
      'hold the secret ballot for the leading unit, then fill the «Phiếu bầu» sheet and score again.',
    ),
    noEligibleUnit: t('xem lại lý do không xét của các đơn vị.', 'review why the units are not considered.'),
    meritTie: t('quyết định giữa các đơn vị bằng điểm ở ranh giới Bằng khen.', 'decide between the units tied at the Certificate cut-off.'),
  },
  unresolvedTies: t('Bằng điểm chưa phân định', 'Unresolved ties'),
  pendingDecision: t('Chờ quyết định', 'To be decided'),

  // New
  newIntro: t(
    'Thêm vào sổ đang mở các trang của sổ chấm điểm (mẫu 1): Thông tin, Đơn vị, Chấm điểm (bảng tiêu chí 100 điểm, điểm thưởng, điểm trừ), Phiếu bầu, Quy tắc. Trang đã có sẽ không bị ghi đè.',
    'Adds the score workbook sheets (format 1) to the open workbook: Thông tin, Đơn vị, Chấm điểm (a 100-point criteria table with bonus and deductions), Phiếu bầu, Quy tắc. Existing sheets are never overwritten.',
  ),
  blocName: t('Tên khối', 'Bloc name'),
  blocNamePlaceholder: t('Khối thi đua số 3', 'Khối thi đua số 3'),
  province: t('Tỉnh', 'Province'),
  year: t('Năm', 'Year'),
  unitList: t('Các đơn vị thành viên (mỗi dòng một đơn vị, theo thứ tự luân phiên)', 'Member units (one per line, in rotation order)'),
  unitListHint: t('Để trống: tạo 5 đơn vị mẫu để đổi tên sau.', 'Leave empty for 5 placeholder units to rename later.'),
  createButton: t('Tạo các trang', 'Create the sheets'),
  creating: t('Đang tạo các trang…', 'Creating the sheets…'),
  created: t('Đã tạo các trang', 'Created the sheets'),
  nextSteps: t(
    'Điền trang Thông tin, Đơn vị và điểm vào trang Chấm điểm, rồi bấm Kiểm tra.',
    'Fill in Thông tin, Đơn vị and the scores on Chấm điểm, then run Check.',
  ),

  busy: t('Đang làm việc…', 'Working…'),
  unexpected: t('Đã xảy ra lỗi không mong muốn. Hãy thử lại.', 'An unexpected error occurred. Try again.'),
} as const;

export function tr(text: Text, lang: Lang): string {
  return text[lang];
}

/** "3 lỗi" / "3 errors": counts in both languages. */
export function countOf(n: number, what: 'errors' | 'warnings', lang: Lang): string {
  if (lang === 'vi') return `${n} ${what === 'errors' ? 'lỗi' : 'cảnh báo'}`;
  return `${n} ${what === 'errors' ? (n === 1 ? 'error' : 'errors') : n === 1 ? 'warning' : 'warnings'}`;
}

/** What a panel that reads the workbook and writes plans into it is given (the add-in's or the harness's Excel). */
export interface WorkbookPanelProps {
  lang: Lang;
  readMaster: () => Promise<SheetGrid[]>;
  applyPlan: (plan: WritePlan) => Promise<void>;
}
