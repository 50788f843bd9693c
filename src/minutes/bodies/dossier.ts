// The default templates of the award dossier: the bloc's Tờ trình, one achievement report per proposed unit (the
// collective achievement report form of the decree in force: legal.ts), and the landscape score annex. Layout blocks
// from layout.ts. A part shows only when it has units (the Certificate part is 1. when there is no flag), and the
// Certificates' table has no vote column: a Certificate goes by rank.

import {
  body,
  bold,
  cellText,
  dottedLine,
  header,
  heading,
  hint,
  italic,
  item,
  lead,
  loop,
  para,
  recipientsAndSignature,
  signatures,
  SMALL,
  title,
  when,
  type TemplateShape,
} from '../layout';
import { formatScore } from '../../domain/format';
import { LANDSCAPE_TEXT_WIDTH, p, r, table, TEXT_WIDTH, type Row } from '../ooxml';
import { MAX_GROUP_COLUMNS } from '../vocabulary';
import { loopTable, tableNotes } from './meeting';

function awardTable(list: string, votes: boolean): string {
  const widths = votes ? [600, 4300, 1300, 1100] : [600, 5200, 1500];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  return votes
    ? loopTable(
        widths,
        ['TT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Phiếu đồng ý (tỷ lệ)'],
        list,
        ['{stt}', '{ten_don_vi}', '{tong_diem}', '{hang}', '{phieu_ty_le}'],
        ['center', 'left', 'center', 'center', 'center'],
      )
    : loopTable(
        widths,
        ['TT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng'],
        list,
        ['{stt}', '{ten_don_vi}', '{tong_diem}', '{hang}'],
        ['center', 'left', 'center', 'center'],
      );
}

export function proposalBody(): string {
  const to = { ...body, firstLine: 0, indentLeft: 1701, keepNext: true };
  return [
    header({ upper: '{co_quan_chu_quan_hoa}', issuer: '{ten_khoi_hoa}', number: 'Số: ……/TTr-{ky_hieu}', date: '{dia_danh_ngay_lap}' }),
    title('TỜ TRÌNH', ['{trich_yeu_to_trinh}']),
    when('kinh_gui_nhieu', [
      p('Kính gửi:', { ...to, before: 3, after: 3 }),
      loop('kinh_gui', [p('- {noi_dung}{dau_cuoi}', { ...to, indentLeft: 2835, before: 3, after: 3 })]),
    ]),
    when('kinh_gui_nhieu', [p('Kính gửi: {co_quan_khen_thuong}.', { ...to, align: 'center', indentLeft: 0 })], true),
    p('', { after: 6 }),
    loop('can_cu', [para('Căn cứ {noi_dung}{dau_cuoi}')]),
    para('Căn cứ Quy chế tổ chức và hoạt động của {ten_khoi};'),
    para('Căn cứ kết quả chấm điểm, bình xét thi đua {ky_danh_gia} và Biên bản họp bình xét, suy tôn thi đua của {ten_khoi} {ngay_hop},'),
    para(
      '{ten_khoi} kính trình {co_quan_khen_thuong} xem xét, khen thưởng cho {so_don_vi_de_nghi} đơn vị có thành tích xuất sắc trong phong trào thi đua {ky_danh_gia}, cụ thể như sau:',
      lead,
    ),
    when('co_de_nghi_co', [
      bold('1. Tặng {ten_co} cho {so_co} đơn vị dẫn đầu phong trào thi đua của {khoi}:', { ...heading, before: 2 }),
      awardTable('don_vi_co', true),
    ]),
    when('co_bang_khen', [
      bold('{muc_bang_khen}. Tặng {ten_bang_khen} cho {so_bang_khen} đơn vị:', { ...heading, before: 10 }),
      awardTable('don_vi_bang_khen', false),
    ]),
    para(
      'Các đơn vị trên được bình xét, suy tôn công khai, dân chủ tại Hội nghị tổng kết công tác thi đua, khen thưởng của {ten_khoi} {ngay_hop}, đúng {quy_che}.',
      { ...body, before: 10 },
    ),
    para('Hồ sơ kèm theo gồm:', lead),
    loop('ho_so_kem_theo', [para('- {noi_dung}{dau_cuoi}', item)]),
    para('{ten_khoi} kính trình {co_quan_khen_thuong} xem xét, quyết định./.', { ...body, keepNext: true, after: 12 }),
    recipientsAndSignature({
      role: 'TM. {ten_khoi_hoa}',
      lines: ['{chuc_danh_truong_hoa}', '{khoi_truong_chuc_vu_ky}'],
      note: '(Ký, ghi rõ họ tên, đóng dấu)',
      name: '{khoi_truong_thu_truong}',
    }),
  ].join('');
}

/** Lines to fill by hand with a one-line hint in italics of what goes there. */
function blank(hintText: string, lines = 2): string[] {
  return [...Array.from({ length: lines }, () => dottedLine()), italic(`(${hintText})`, { ...hint, firstLine: 0, after: 6 }, 11)];
}

function recognitionTable(condition: boolean): string {
  const widths = [1100, 4200];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const head: Row = {
    header: true,
    cantSplit: true,
    keep: true,
    cells: [
      'Năm',
      condition ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng',
      condition
        ? 'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định'
        : 'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định',
    ].map((h) => ({ content: cellText(h, 'center', { bold: true }), vAlign: 'center' as const })),
  };
  const blankRow: Row = {
    cantSplit: true,
    keep: true,
    cells: ['……', '…………………………', '…………………………'].map((t) => ({ content: cellText(t, 'center') })),
  };
  const known: Row = {
    cantSplit: true,
    keep: true,
    cells: [
      { content: cellText('{#dv_co_nam_truoc}{nam_truoc}', 'center') },
      { content: cellText('{ten_co}', 'left') },
      { content: cellText('…………………………{/dv_co_nam_truoc}', 'center') },
    ],
  };
  return table({ widths, borders: true, rows: condition ? [head, known, blankRow, blankRow] : [head, blankRow, blankRow, blankRow] });
}

/**
 * The achievement report of a proposed unit, as the collective achievement report form words it (the form of Decree
 * 91/2017/NĐ-CP, Mẫu số 01, as the ministries' forms derived from it print it; the later decrees' forms keep its
 * parts): the head with ĐƠN VỊ CẤP TRÊN, the title, "Tên tập thể đề nghị", I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH, II. THÀNH
 * TÍCH ĐẠT ĐƯỢC, III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG; the form's number top right when the decree in force has one.
 */
export function reportBody(): string {
  const scoreWidths = [900, 5200, 1400];
  scoreWidths.push(TEXT_WIDTH - scoreWidths.reduce((a, b) => a + b, 0));
  const cell = (t: string, align: 'center' | 'left' = 'center', style = {}) => ({
    content: cellText(t, align, style),
    vAlign: 'center' as const,
  });
  const row = (cells: ReturnType<typeof cell>[], extra: Partial<Row> = {}): Row => ({ cantSplit: true, keep: true, cells, ...extra });
  const scores = table({
    widths: scoreWidths,
    borders: true,
    rows: [
      row(
        ['Nhóm', 'Nội dung', 'Điểm chuẩn', 'Điểm đạt'].map((h) => cell(h, 'center', { bold: true })),
        { header: true },
      ),
      row([cell('{#dv_diem_nhom}{so_la_ma}'), cell('{ten_nhom}', 'left'), cell('{diem_chuan}'), cell('{diem}{/dv_diem_nhom}')]),
      row([cell(''), cell('Điểm thưởng (sau mức trần)', 'left'), cell(''), cell('{dv_diem_thuong}')]),
      row([cell(''), cell('Điểm trừ (sau mức trần)', 'left'), cell(''), cell('{dv_diem_tru}')]),
      {
        cantSplit: true,
        cells: [cell(''), cell('Tổng điểm', 'left', { bold: true }), cell(''), cell('{dv_tong_diem}', 'center', { bold: true })],
      },
    ],
  });
  const part = { ...heading, before: 2 };
  return [
    when('dv_co_mau_so', [p([r('{dv_mau_so}', { italic: true, size: 11 })], { align: 'right', after: 6 })]),
    header({ upper: '{dv_cap_tren_hoa}', issuer: '{dv_ten_hoa}', number: '', date: '{dia_danh_ngay_lap}' }),
    title('BÁO CÁO THÀNH TÍCH', ['{dv_tieu_de}']),
    p([r('Tên tập thể đề nghị: ', { bold: true }), r('{dv_ten_day_du}')], { align: 'center', after: 10 }),
    bold('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    bold('1. Đặc điểm, tình hình:', part),
    para('- Địa điểm trụ sở chính: {dv_dia_chi}; điện thoại: {dv_dien_thoai};', item),
    para('- Thủ trưởng đơn vị: {dv_thu_truong};', item),
    para('- Quá trình thành lập và phát triển:', { ...item, keepNext: true }),
    ...blank('Năm thành lập; các mốc phát triển chính'),
    para('- Những đặc điểm chính của đơn vị (về điều kiện tự nhiên, xã hội, cơ cấu tổ chức, cơ sở vật chất), các tổ chức đảng, đoàn thể:', {
      ...item,
      keepNext: true,
    }),
    ...blank('Các phòng, đơn vị trực thuộc; số cán bộ, công chức, viên chức, người lao động; tổ chức đảng, đoàn thể'),
    bold('2. Chức năng, nhiệm vụ:', part),
    ...blank('Chức năng, nhiệm vụ được giao'),
    bold('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    bold('1. Thành tích đạt được trong thực hiện chức năng, nhiệm vụ được giao:', part),
    para('Kết quả chấm điểm thi đua {ky_danh_gia} của {ten_khoi} đối với đơn vị:', lead),
    scores,
    para('{dv_ket_luan}', { ...body, before: 6 }),
    para('Những thành tích nổi bật trong thực hiện chức năng, nhiệm vụ được giao:', lead),
    ...blank('Chỉ tiêu hoàn thành, vượt mức so với năm trước; cải cách hành chính; sáng kiến và hiệu quả', 3),
    bold('2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng trong thực tiễn:', part),
    ...blank('Biện pháp tổ chức phong trào thi đua, nguyên nhân của thành tích'),
    bold(
      '3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách và pháp luật của Nhà nước; hoạt động của tổ chức đảng, đoàn thể:',
      part,
    ),
    ...blank('Việc chấp hành tại đơn vị; kết quả đánh giá, xếp loại tổ chức đảng, công đoàn, đoàn thanh niên, hội phụ nữ'),
    bold('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    bold('1. Danh hiệu thi đua:', part),
    recognitionTable(true),
    bold('2. Hình thức khen thưởng:', { ...heading, before: 10 }),
    recognitionTable(false),
    p('', { after: 12, keepNext: true }),
    signatures([
      [
        {
          role: 'XÁC NHẬN CỦA',
          lines: ['CẤP TRÌNH KHEN THƯỞNG', 'TM. {ten_khoi_hoa}', '{chuc_danh_truong_hoa}'],
          note: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: '{khoi_truong_thu_truong}',
        },
        { role: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '{dv_thu_truong}' },
      ],
    ]),
  ].join('');
}

/** The score annex, landscape: a column per ordinary group when they fit, else every group's points in one column. */
export function annexBody(shape: TemplateShape): string {
  const width = LANDSCAPE_TEXT_WIDTH;
  const groups = shape.groups.length <= MAX_GROUP_COLUMNS ? shape.groups : null;
  const fixed: [string, string, number, 'center' | 'left'][] = [
    ['TT', '{stt}', 500, 'center'],
    ['Đơn vị', '{ten_don_vi}', 0, 'left'],
    ...(groups
      ? groups.map((g, i): [string, string, number, 'center'] => [
          `Nhóm ${g.numeral}${g.max != null ? ` (${formatScore(g.max, 'vi')})` : ''}`,
          `{diem_nhom_${i + 1}}`,
          900,
          'center',
        ])
      : [['Điểm các nhóm', '{diem_cac_nhom}', 2600, 'center'] as [string, string, number, 'center']]),
    ['Điểm thưởng', '{diem_thuong}', 1000, 'center'],
    ['Điểm trừ', '{diem_tru}', 800, 'center'],
    ['Tổng điểm', '{tong_diem}', 950, 'center'],
    ['Xếp hạng', '{hang}', 750, 'center'],
    ['Phiếu đồng ý', '{so_phieu_so}', 950, 'center'],
    ['Tỷ lệ phiếu', '{ty_le_phieu}', 850, 'center'],
    ['Đề nghị', '{de_nghi}', 1500, 'center'],
    ['Ghi chú', '{ghi_chu}', 750, 'center'],
  ];
  fixed[1][2] = Math.max(2400, width - fixed.reduce((a, c) => a + c[2], 0));
  const table1 = loopTable(
    fixed.map((c) => c[2]),
    fixed.map((c) => c[0]),
    'bang_diem',
    fixed.map((c) => c[1]),
    fixed.map((c) => c[3]),
  );
  const legend = { ...item, firstLine: 0, before: 3, after: 3 };
  return [
    header({ upper: '{co_quan_chu_quan_hoa}', issuer: '{ten_khoi_hoa}', number: '', date: '{dia_danh_ngay}', width }),
    title('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA', ['{ten_khoi} - {ky_danh_gia}'], width),
    p([r('(Kèm theo Biên bản họp bình xét, suy tôn thi đua {ngay_hop})', { italic: true })], {
      align: 'center',
      after: 10,
      keepNext: true,
    }),
    table1,
    p([r('Các nhóm tiêu chí:', { italic: true, bold: true, size: SMALL })], { ...legend, before: 8, keepNext: true }),
    loop('nhom', [p([r('- Nhóm {so_la_ma}: {ten_nhom} (tối đa {diem_chuan} điểm){dau_cuoi}', { italic: true, size: SMALL })], legend)]),
    tableNotes(),
    p('', { after: 6, keepNext: true }),
    signatures(
      [
        [
          { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: '{thu_ky_ho_ten}' },
          { role: 'CHỦ TRÌ', note: '(Ký, ghi rõ họ tên)', name: '{chu_tri_ho_ten}' },
        ],
      ],
      width,
    ),
  ].join('');
}
