// The default templates of the meeting's documents: the review/nomination minute, the handover minute, the ballot
// paper and the vote-count minute. Layout blocks from layout.ts; every name in braces is in vocabulary.ts. Each part
// shows only when it has something to say, and the numbers of the parts come from the data (they follow the parts
// present); a Cụm's words come from the data too ({khoi}, {chuc_danh_truong}, {ky_hieu}, {quy_che}).

import {
  body,
  bold,
  cellText,
  dotsTo,
  dottedLine,
  header,
  heading,
  item,
  labelled,
  lead,
  loop,
  para,
  recipients,
  signatures,
  signerCell,
  SMALL,
  title,
  when,
  type TemplateShape,
} from '../layout';
import { p, r, table, TEXT_WIDTH, type Row } from '../ooxml';

const minuteHead = (number: string) =>
  header({ upper: '{co_quan_chu_quan_hoa}', issuer: '{ten_khoi_hoa}', number: `Số: ……/${number}`, date: '{dia_danh_ngay}' });

const sub = { ...heading, before: 2 };
/** The closing sentence of a document: kept with the signatures below it. */
const closing = { ...body, keepNext: true, after: 12 };

/**
 * A bordered table with a header row and one repeated row (`loop` opens in its first cell, closes in its last). Its
 * rows keep together (a table that fits on a page is never split) and the header repeats on a new page. A tiny empty
 * paragraph ends the chain of keeps: the repeated row's keep-with-next cannot be left off its last copy, and without
 * it the table would drag the next heading and table along (half a page left empty before them).
 */
export function loopTable(widths: number[], headers: string[], loopName: string, cells: string[], align: ('center' | 'left')[]): string {
  const head: Row = {
    header: true,
    cantSplit: true,
    keep: true,
    cells: headers.map((h) => ({ content: cellText(h, 'center', { bold: true }), vAlign: 'center' as const })),
  };
  const last = cells.length - 1;
  const row: Row = {
    cantSplit: true,
    keep: true,
    cells: cells.map((c, i) => ({
      content: cellText(`${i === 0 ? `{#${loopName}}` : ''}${c}${i === last ? `{/${loopName}}` : ''}`, align[i]),
      vAlign: 'center' as const,
    })),
  };
  return table({ widths, borders: true, rows: [head, row] }) + p('', { size: 2, before: 0, after: 0, line: 1 });
}

function scoreTable(shape: TemplateShape): string {
  if (shape.interim) {
    // A sơ kết ranks only: no vote, no proposal.
    const widths = [520, 3800, 1200, 1000, 1200];
    widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
    return loopTable(
      widths,
      ['TT', 'Đơn vị', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng'],
      'bang_diem',
      ['{stt}', '{ten_don_vi} {ghi_chu}', '{diem_thuong}', '{diem_tru}', '{tong_diem}', '{hang}'],
      ['center', 'left', 'center', 'center', 'center', 'center'],
    );
  }
  // TT | Đơn vị | Thưởng | Trừ | Tổng | Hạng | Phiếu đồng ý | Đề nghị
  const widths = [520, 2800, 1000, 800, 1000, 800, 950];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  return loopTable(
    widths,
    ['TT', 'Đơn vị', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Phiếu đồng ý', 'Đề nghị'],
    'bang_diem',
    ['{stt}', '{ten_don_vi} {ghi_chu}', '{diem_thuong}', '{diem_tru}', '{tong_diem}', '{hang}', '{so_phieu_so}', '{de_nghi}'],
    ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center'],
  );
}

/** Notes under a score table: each tie as a sentence, units not eligible, a printed figure that does not add up. */
export function tableNotes(): string {
  const note = { ...item, firstLine: 0, before: 3, after: 3 };
  return when('co_ghi_chu_bang_diem', [
    p([r('Ghi chú:', { italic: true, bold: true, size: SMALL })], { ...note, before: 6, keepNext: true }),
    loop('ghi_chu_bang_diem', [p([r('{ky_hieu} {noi_dung}{dau_cuoi}', { italic: true, size: SMALL })], note)]),
  ]);
}

/** A minute's foot: the chair and the secretary sign (names under), then its Nơi nhận (Decree 30's sample minute). */
function minuteFoot(): string {
  return [
    signatures([
      [
        { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: '{thu_ky_ho_ten}' },
        { role: 'CHỦ TRÌ', note: '(Ký, ghi rõ họ tên)', name: '{chu_tri_ho_ten}' },
      ],
    ]),
    // Nơi nhận in the left half, as Decree 30's sample minute places it.
    table({
      widths: [Math.round(TEXT_WIDTH * 0.5), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.5)],
      borders: false,
      rows: [{ cells: [{ content: recipients({ loop: 'noi_nhan_bien_ban' }) }, { content: '' }], cantSplit: true }],
    }),
  ].join('');
}

/** The vote for the flag: the counting committee, the rules, each round (counted, or to hold with blanks). */
function votePart(): string {
  return when('co_bo_phieu', [
    bold('{muc_bo_phieu}. Bỏ phiếu suy tôn', heading),
    para('Hội nghị bầu Ban kiểm phiếu gồm: {ban_kiem_phieu}.'),
    para(
      'Theo {quy_che}, kết quả bỏ phiếu có giá trị khi số đơn vị có mặt đạt {ty_le_co_mat_toi_thieu} tổng số đơn vị thành viên; đơn vị được đề nghị tặng Cờ thi đua phải đạt số phiếu đồng ý {nguong_phieu} tổng số đơn vị thành viên. {ket_luan_co_mat}',
    ),
    loop('vong_bo_phieu', [
      para(
        '{ten_vong}: số phiếu phát ra {phat_ra}; số phiếu thu về {thu_ve}; số phiếu hợp lệ {hop_le}; số phiếu không hợp lệ {khong_hop_le}. Số phiếu của từng đơn vị:',
        lead,
      ),
      loop('phieu', [
        para(
          '- {ten_don_vi}: {dong_y} phiếu đồng ý ({ty_le_dong_y} tổng số đơn vị thành viên), {khong_dong_y} phiếu không đồng ý{dau_cuoi}',
          item,
        ),
      ]),
      para('Kết quả: {ket_qua}', body),
    ]),
  ]);
}

/** The conclusion of a tổng kết (a, b, c) or of a sơ kết, then what the meeting must still do (blanks for outcomes). */
function conclusionPart(): string {
  return [
    bold('{muc_ket_luan}. Kết luận', heading),
    when('la_tong_ket', [
      labelled('a) Về Cờ thi đua: ', '{ket_luan_co}'),
      labelled('b) Về Bằng khen: ', '{ket_luan_bang_khen}', lead),
      loop('don_vi_bang_khen', [para('{stt}. {ten_don_vi} ({tong_diem} điểm, xếp thứ {hang}){dau_cuoi}', item)]),
      when('co_phan_dinh', [
        para('Các trường hợp bằng tổng điểm được phân định theo thứ tự ưu tiên quy định tại {quy_che}:', lead),
        loop('phan_dinh', [para('- {noi_dung}{dau_cuoi}', item)]),
      ]),
      labelled('c) {chuc_danh_truong}, {chuc_danh_pho} năm {nam_sau}: ', '{ket_luan_khoi_truong}'),
    ]),
    when('la_tong_ket', [para('{ket_luan_so_ket}')], true),
    when('co_viec_can_quyet_dinh', [
      bold('{muc_quyet_dinh}. Những việc Hội nghị còn phải quyết định', heading),
      loop('viec_can_quyet_dinh', [para('- {noi_dung}{dau_cuoi}', lead), dottedLine('Kết quả: ')]),
    ]),
  ].join('');
}

export function nominationBody(shape: TemplateShape): string {
  return [
    minuteHead('BB-{ky_hieu}'),
    title('BIÊN BẢN', ['{tieu_de_bien_ban}', '{ten_khoi}']),
    para('Hôm nay, vào lúc {gio_bat_dau}, {ngay_hop}, tại {dia_diem}, {ten_khoi} tổ chức {hoi_nghi_noi_dung}.'),
    bold('I. THÀNH PHẦN THAM DỰ'),
    bold('1. Đại biểu mời:', sub),
    loop('dai_bieu_moi', [para('- {ho_ten}, {chuc_vu}{dau_cuoi}', item)], [dottedLine('- ')]),
    p([r('2. Các đơn vị thành viên: ', { bold: true }), r('có mặt {so_don_vi_co_mat} trên tổng số {so_don_vi} đơn vị, gồm:')], sub),
    loop('don_vi_co_mat', [para('- {ten_don_vi}: {dai_dien}, {chuc_vu}{dau_cuoi}', item)], [dottedLine('- ')]),
    when('co_don_vi_vang_mat', [
      para('Vắng mặt {so_don_vi_vang_mat} đơn vị:', lead),
      loop('don_vi_vang_mat', [para('- {ten_don_vi}{dau_cuoi}', item)]),
    ]),
    when('co_don_vi_vang_mat', [para('{vang_mat}', item)], true),
    labelled('3. Chủ trì: ', '{chu_tri}.', { ...sub, keepNext: false }),
    labelled('4. Thư ký: ', '{thu_ky}.', { ...body }),

    bold('II. NỘI DUNG'),
    bold('1. Kết quả chấm điểm thi đua', sub),
    para(
      'Căn cứ quy chế hoạt động và bảng tiêu chí chấm điểm thi đua của {ten_khoi}, Hội nghị đã xem xét kết quả chấm điểm {ky_danh_gia} của các đơn vị thành viên như sau:',
      lead,
    ),
    scoreTable(shape),
    tableNotes(),
    when('co_don_vi_khong_xet', [
      bold('{muc_khong_xet}. Đơn vị không đủ điều kiện xét khen thưởng', { ...heading, before: 10 }),
      loop('don_vi_khong_xet', [para('- {ten_don_vi}: {ly_do}{dau_cuoi}', item)]),
    ]),
    votePart(),
    conclusionPart(),
    para(
      'Hội nghị kết thúc vào lúc {gio_ket_thuc} cùng ngày. Biên bản được lập thành {so_ban} bản, đã được đọc lại cho Hội nghị nghe và được các đại biểu dự họp nhất trí thông qua./.',
      closing,
    ),
    minuteFoot(),
  ].join('');
}

/** The two parties (the head unit hands over; `receiver` the placeholder stem of who receives) and the witnesses. */
function parties(giver: string, receiverText: string, receiver: string): string[] {
  return [
    labelled('I. BÊN GIAO: ', giver, heading),
    para('- Đại diện: {khoi_truong_dai_dien}; chức vụ: {khoi_truong_chuc_vu}.', item),
    labelled('II. BÊN NHẬN: ', receiverText, heading),
    para(`- Đại diện: {${receiver}_dai_dien}; chức vụ: {${receiver}_chuc_vu}.`, item),
    bold('III. THÀNH PHẦN CHỨNG KIẾN'),
    dottedLine('- Đại diện Ban Thi đua - Khen thưởng tỉnh: '),
    dottedLine('  Chức vụ: '),
  ];
}

export function handoverBody(): string {
  const basis = { ...body };
  // One row of two signatures per item of chu_ky_ban_giao: the row repeats, each unit signing once; the rows keep
  // together and with the closing sentence.
  const half = Math.floor(TEXT_WIDTH / 2);
  const signRow = table({
    widths: [half, TEXT_WIDTH - half],
    borders: false,
    rows: [
      {
        cantSplit: true,
        keep: true,
        cells: [
          signerCell({ role: '{#chu_ky_ban_giao}{trai_vai_tro}', note: '{trai_ghi_chu}', name: '{trai_ho_ten}' }),
          signerCell({ role: '{phai_vai_tro}', note: '{phai_ghi_chu}', name: '{phai_ho_ten}{/chu_ky_ban_giao}' }),
        ],
      },
    ],
  });
  const items = (texts: string[]) => texts.map((t) => para(t, item));
  return [
    minuteHead('BB-BG'),
    title('BIÊN BẢN', ['{tieu_de_ban_giao}']),
    p([r('Căn cứ Quy chế tổ chức và hoạt động của {ten_khoi};', { italic: true })], basis),
    p(
      [r('Căn cứ Biên bản hội nghị {hoi_nghi} công tác thi đua, khen thưởng {ky_danh_gia} của {ten_khoi} {ngay_hop},', { italic: true })],
      basis,
    ),
    para('Hôm nay, vào lúc {gio_bat_dau}, {ngay_hop}, tại {dia_diem}, chúng tôi gồm:', lead),
    when(
      'la_ban_giao_dang_cai',
      [
        ...parties(
          '{khoi_truong} (đơn vị {chuc_danh_truong} {ky_danh_gia}{ben_giao_kiem}).',
          '{khoi_truong_nam_sau} (đơn vị {chuc_danh_truong} năm {nam_sau}{ben_nhan_kiem}).',
          'khoi_truong_nam_sau',
        ),
        loop('chung_kien', [para('- {vai_tro}: {ten_don_vi}; đại diện: {dai_dien}; chức vụ: {chuc_vu}{dau_cuoi}', item)]),
        para('Hai bên thống nhất bàn giao nhiệm vụ {chuc_danh_truong} {ten_khoi} năm {nam_sau} với các nội dung sau:', lead),
        bold('IV. NỘI DUNG BÀN GIAO'),
        para('1. Cờ luân lưu của {ten_khoi}: 01 (một) lá cờ.', item),
        para('2. Hồ sơ, tài liệu của {khoi}:', { ...item, keepNext: true }),
        ...items([
          'a) Quy chế tổ chức và hoạt động của {khoi};',
          'b) Bảng tiêu chí chấm điểm thi đua {ky_danh_gia};',
          'c) Giao ước thi đua giữa các đơn vị thành viên;',
          'd) Văn bản chỉ đạo, hướng dẫn và văn bản đi, đến của {khoi};',
          'đ) Biên bản các cuộc họp, hội nghị của {khoi};',
          'e) Kết quả chấm điểm, bình xét thi đua {ky_danh_gia};',
          'g) Hồ sơ đề nghị khen thưởng của {khoi}.',
        ]),
        para('3. Những việc cần tiếp tục thực hiện:', { ...item, keepNext: true }),
        dottedLine(),
        dottedLine(),
        bold('V. TRÁCH NHIỆM CỦA CÁC BÊN'),
        para(
          'Bên giao chịu trách nhiệm về tính đầy đủ, chính xác của hồ sơ, tài liệu bàn giao. Bên nhận có trách nhiệm tiếp nhận, quản lý và thực hiện nhiệm vụ {chuc_danh_truong} {ten_khoi} năm {nam_sau} theo {quy_che}.',
        ),
      ],
      true,
    ),
    when('la_ban_giao_dang_cai', [
      ...parties(
        '{khoi_truong} (đơn vị {chuc_danh_truong}, thay mặt {ten_khoi}).',
        '{don_vi_dang_cai} (đơn vị đăng cai tổ chức hội nghị kỳ tiếp theo).',
        'don_vi_dang_cai',
      ),
      para('Hai bên thống nhất bàn giao việc đăng cai tổ chức hội nghị kỳ tiếp theo của {ten_khoi} với các nội dung sau:', lead),
      bold('IV. NỘI DUNG BÀN GIAO'),
      para('1. Cờ luân lưu của {ten_khoi}: 01 (một) lá cờ.', item),
      para('2. Những việc chuẩn bị cho hội nghị kỳ tiếp theo:', { ...item, keepNext: true }),
      dottedLine(),
      dottedLine(),
      bold('V. TRÁCH NHIỆM CỦA CÁC BÊN'),
      para(
        'Bên nhận có trách nhiệm quản lý cờ luân lưu và phối hợp với đơn vị {chuc_danh_truong} chuẩn bị, tổ chức hội nghị kỳ tiếp theo theo {quy_che}.',
      ),
    ]),
    para(
      'Việc bàn giao kết thúc vào lúc {gio_ket_thuc} cùng ngày. Biên bản được lập thành {so_ban} bản có giá trị như nhau, bên giao và bên nhận mỗi bên giữ 01 (một) bản, 01 (một) bản lưu hồ sơ của {khoi}./.',
      closing,
    ),
    signRow,
  ].join('');
}

export function ballotBody(): string {
  const widths = [600, 4000, 1200, 1000];
  const box = Math.floor((TEXT_WIDTH - widths.reduce((a, b) => a + b, 0)) / 2);
  widths.push(box, TEXT_WIDTH - widths.reduce((a, b) => a + b, 0) - box);
  const tall = (text: string, align: 'center' | 'left') => p([r(text, { size: SMALL })], { align, before: 9, after: 9 });
  const ballotTable = table({
    widths,
    borders: true,
    rows: [
      {
        header: true,
        cantSplit: true,
        keep: true,
        cells: ['TT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Đồng ý', 'Không đồng ý'].map((h) => ({
          content: cellText(h, 'center', { bold: true }),
          vAlign: 'center' as const,
        })),
      },
      {
        cantSplit: true,
        keep: true,
        cells: [
          { content: tall('{#ung_vien}{stt}', 'center'), vAlign: 'center' },
          { content: tall('{ten_don_vi}', 'left'), vAlign: 'center' },
          { content: tall('{tong_diem}', 'center'), vAlign: 'center' },
          { content: tall('{hang}', 'center'), vAlign: 'center' },
          { content: tall('', 'center'), vAlign: 'center' },
          { content: tall('{/ung_vien}', 'center'), vAlign: 'center' },
        ],
      },
    ],
  });
  const rule = { ...item, firstLine: 0 };
  return [
    header({ upper: '', issuer: '{ten_khoi_hoa}', number: '', date: '' }),
    title('PHIẾU BẦU', ['{tieu_de_phieu_bau}', 'đề nghị tặng {ten_co}']),
    when('la_phieu_bau_lai', [p([r('(Bỏ phiếu lại)', { italic: true })], { align: 'center', after: 6 })]),
    ballotTable,
    bold('Cách đánh dấu:', { ...heading, firstLine: 0, before: 12 }),
    para(
      '- Đồng ý suy tôn đơn vị nào thì đánh dấu (X) vào ô “Đồng ý”, không đồng ý thì đánh dấu (X) vào ô “Không đồng ý” ở dòng của đơn vị đó;',
      rule,
    ),
    para('- Mỗi đơn vị chỉ đánh dấu một ô; dòng đánh dấu cả hai ô hoặc không đánh dấu ô nào thì không được tính cho đơn vị đó;', rule),
    when('co_gioi_han_dong_y', [
      para('- Mỗi phiếu đồng ý tối đa {dong_y_toi_da} đơn vị; phiếu đồng ý nhiều hơn số đơn vị này là phiếu không hợp lệ;', rule),
    ]),
    para('- Phiếu ghi thêm tên đơn vị hoặc nội dung khác, phiếu không do Ban kiểm phiếu phát ra là phiếu không hợp lệ;', rule),
    para(
      '- Hội nghị suy tôn {so_suat_co} đơn vị; đơn vị được đề nghị tặng Cờ thi đua phải đạt số phiếu đồng ý {nguong_phieu} tổng số {so_don_vi} đơn vị thành viên.',
      rule,
    ),
  ].join('');
}

export function countBody(): string {
  const w = [600, 3500, 1300];
  const rest = TEXT_WIDTH - w[0] - w[1] - w[2] * 2;
  const widths = [w[0], w[1], w[2], rest - w[2], w[2], TEXT_WIDTH - w[0] - w[1] - w[2] * 2 - (rest - w[2])];
  const h = (text: string, extra: { span?: number; vMerge?: 'restart' | 'continue' } = {}) => ({
    content: extra.vMerge === 'continue' ? p('', { size: 6 }) : cellText(text, 'center', { bold: true }),
    vAlign: 'center' as const,
    ...extra,
  });
  const cells = ['{stt}', '{ten_don_vi}', '{dong_y}', '{ty_le_dong_y}', '{khong_dong_y}', '{ty_le_khong_dong_y}'];
  const align = ['center', 'left', 'center', 'center', 'center', 'center'] as const;
  const votes = table({
    widths,
    borders: true,
    rows: [
      {
        header: true,
        cantSplit: true,
        keep: true,
        cells: [
          h('TT', { vMerge: 'restart' }),
          h('Tên đơn vị', { vMerge: 'restart' }),
          h('Đồng ý', { span: 2 }),
          h('Không đồng ý', { span: 2 }),
        ],
      },
      {
        header: true,
        cantSplit: true,
        keep: true,
        cells: [h('', { vMerge: 'continue' }), h('', { vMerge: 'continue' }), h('Số phiếu'), h('Tỷ lệ'), h('Số phiếu'), h('Tỷ lệ')],
      },
      {
        cantSplit: true,
        keep: true,
        cells: cells.map((c, i) => ({
          content: cellText(`${i === 0 ? '{#phieu}' : ''}${c}${i === cells.length - 1 ? '{/phieu}' : ''}`, align[i]),
          vAlign: 'center' as const,
        })),
      },
    ],
  });
  const member = { role: 'THÀNH VIÊN', note: '(Ký, ghi rõ họ tên)', name: '' };
  return [
    minuteHead('BB-KP'),
    title('BIÊN BẢN KIỂM PHIẾU', ['{tieu_de_phieu_bau}', 'đề nghị tặng {ten_co}']),
    para(
      'Hôm nay, vào lúc {gio_bat_dau}, {ngay_hop}, tại {dia_diem}, Hội nghị {hoi_nghi} công tác thi đua, khen thưởng {ky_danh_gia} của {ten_khoi} tiến hành bỏ phiếu kín suy tôn đơn vị dẫn đầu, đề nghị tặng {ten_co}.',
    ),
    bold('I. BAN KIỂM PHIẾU'),
    para('Ban kiểm phiếu do Hội nghị bầu, gồm:', lead),
    dotsTo('1. Họ và tên, đơn vị: ', 7200, ' - Trưởng ban;'),
    dotsTo('2. Họ và tên, đơn vị: ', 7200, ' - Thành viên;'),
    dotsTo('3. Họ và tên, đơn vị: ', 7200, ' - Thành viên.'),
    bold('II. KẾT QUẢ KIỂM PHIẾU'),
    para('Tổng số đơn vị thành viên: {so_don_vi}. {co_mat_kiem_phieu}'),
    para('Đơn vị được đề nghị tặng Cờ thi đua phải đạt số phiếu đồng ý {nguong_phieu} tổng số đơn vị thành viên.'),
    loop('vong_bo_phieu', [
      bold('{ten_vong}', { ...heading, before: 6 }),
      para('- Số phiếu phát ra: {phat_ra}; số phiếu thu về: {thu_ve};', { ...item, keepNext: true }),
      para('- Số phiếu hợp lệ: {hop_le}; số phiếu không hợp lệ: {khong_hop_le};', { ...item, keepNext: true }),
      para('- Số phiếu của từng đơn vị (tỷ lệ tính trên tổng số đơn vị thành viên):', { ...item, keepNext: true }),
      votes,
      para('- Kết quả: {ket_qua}', { ...item, before: 6 }),
    ]),
    bold('III. KẾT LUẬN'),
    para('{ket_luan_kiem_phieu}'),
    para(
      'Ban kiểm phiếu lập biên bản này lúc {gio_ket_thuc} cùng ngày và công bố kết quả trước Hội nghị. Biên bản được lập thành {so_ban} bản./.',
      closing,
    ),
    signatures([
      [member, { role: 'TRƯỞNG BAN KIỂM PHIẾU', note: '(Ký, ghi rõ họ tên)', name: '' }],
      [member, null],
    ]),
  ].join('');
}
