// The default templates of the award dossier: the Tờ trình (proposal) of the bloc, one achievement report per
// proposed unit (the collective's report form annexed to the implementing decree of the Law on Emulation and
// Commendation 2022: sections I, II, III), and the landscape score annex. Layout blocks from layout.ts.

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
  labelled,
  lead,
  loop,
  para,
  recipientsAndSignature,
  signatures,
  SMALL,
  title,
  when,
} from '../layout';
import { formatScore } from '../../domain/format';
import { LANDSCAPE_TEXT_WIDTH, p, r, table, TEXT_WIDTH } from '../ooxml';
import { MAX_GROUP_COLUMNS } from '../vocabulary';
import { loopTable, tableNotes } from './meeting';

/** What a default template needs to know of the bloc: its ordinary criteria groups (the annex has a column each). */
export interface TemplateShape {
  groups: { numeral: string; max: number | null }[];
}

/** The shape of the assets' default templates: the usual three groups. */
export const DEFAULT_SHAPE: TemplateShape = { groups: ['I', 'II', 'III'].map((numeral) => ({ numeral, max: null })) };

function awardTable(list: string): string {
  const widths = [600, 4300, 1300, 1100];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  return loopTable(
    widths,
    ['TT', 'Tên đơn vị', 'Tổng điểm', 'Xếp hạng', 'Phiếu đồng ý (tỷ lệ)'],
    list,
    ['{stt}', '{ten_don_vi}', '{tong_diem}', '{hang}', '{phieu_ty_le}'],
    ['center', 'left', 'center', 'center', 'center'],
  );
}

export function proposalBody(): string {
  const to = { ...body, firstLine: 0, indentLeft: 1701, keepNext: true };
  return [
    header({ upper: '{co_quan_chu_quan_hoa}', issuer: '{ten_khoi_hoa}', number: 'Số: ……/TTr-KTĐ', date: '{dia_danh_ngay_lap}' }),
    title('TỜ TRÌNH', ['{trich_yeu_to_trinh}']),
    when('kinh_gui_nhieu', [
      p('Kính gửi:', { ...to, before: 3, after: 3 }),
      loop('kinh_gui', [p('- {noi_dung}{dau_cuoi}', { ...to, indentLeft: 2835, before: 3, after: 3 })]),
    ]),
    when('kinh_gui_nhieu', [p('Kính gửi: {co_quan_khen_thuong}.', { ...to, align: 'center', indentLeft: 0 })], true),
    p('', { after: 6 }),
    para('Căn cứ Luật Thi đua, khen thưởng năm 2022 và các văn bản quy định chi tiết, hướng dẫn thi hành;'),
    para('Căn cứ Quy chế tổ chức và hoạt động của {ten_khoi};'),
    para('Căn cứ kết quả chấm điểm, bình xét thi đua {ky_danh_gia} và Biên bản họp bình xét, suy tôn thi đua của {ten_khoi} {ngay_hop},'),
    para(
      '{ten_khoi} kính trình {co_quan_khen_thuong} xem xét, khen thưởng cho {so_don_vi_de_nghi} đơn vị có thành tích xuất sắc trong phong trào thi đua {ky_danh_gia}, cụ thể như sau:',
      lead,
    ),
    when('co_de_nghi_co', [
      bold('1. Tặng {ten_co} cho {so_co} đơn vị dẫn đầu phong trào thi đua của Khối:', { ...heading, before: 2 }),
      awardTable('don_vi_co'),
    ]),
    when('co_bang_khen', [
      bold('2. Tặng {ten_bang_khen} cho {so_bang_khen} đơn vị:', { ...heading, before: 10 }),
      awardTable('don_vi_bang_khen'),
    ]),
    para(
      'Các đơn vị trên được bình xét, suy tôn công khai, dân chủ tại Hội nghị tổng kết công tác thi đua, khen thưởng của {ten_khoi} {ngay_hop}, đúng quy chế của Khối.',
      { ...body, before: 10 },
    ),
    para('Hồ sơ kèm theo gồm:', lead),
    loop('ho_so_kem_theo', [para('- {noi_dung}{dau_cuoi}', item)]),
    para('{ten_khoi} kính trình {co_quan_khen_thuong} xem xét, quyết định./.', { ...body, keepNext: true, after: 12 }),
    recipientsAndSignature({
      role: 'TM. {ten_khoi_hoa}',
      lines: ['KHỐI TRƯỞNG', '{khoi_truong_hoa}'],
      note: '(Ký, ghi rõ họ tên, đóng dấu)',
      name: '{khoi_truong_thu_truong}',
    }),
  ].join('');
}

/** A line to fill by hand with a one-line hint in italics of what goes there. */
function blank(hintText: string, lines = 2): string[] {
  return [...Array.from({ length: lines }, () => dottedLine()), italic(`(${hintText})`, { ...hint, firstLine: 0, after: 6 }, 11)];
}

function recognitionTable(condition: boolean): string {
  const widths = [1100, 4200];
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  const head = {
    header: true,
    cantSplit: true,
    cells: [
      'Năm',
      condition ? 'Danh hiệu thi đua' : 'Hình thức khen thưởng',
      'Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định',
    ].map((h) => ({ content: cellText(h, 'center', { bold: true }), vAlign: 'center' as const })),
  };
  const blankRow = { cantSplit: true, cells: ['……', '…………………………', '…………………………'].map((t) => ({ content: cellText(t, 'center') })) };
  const known = {
    cantSplit: true,
    cells: [
      { content: cellText('{#dv_co_nam_truoc}{nam_truoc}', 'center') },
      { content: cellText('{ten_co}', 'left') },
      { content: cellText('…………………………{/dv_co_nam_truoc}', 'center') },
    ],
  };
  return table({ widths, borders: true, rows: condition ? [head, known, blankRow, blankRow] : [head, blankRow, blankRow, blankRow] });
}

export function reportBody(): string {
  const scoreWidths = [900, 5200, 1400];
  scoreWidths.push(TEXT_WIDTH - scoreWidths.reduce((a, b) => a + b, 0));
  const cell = (t: string, align: 'center' | 'left' = 'center', style = {}) => ({
    content: cellText(t, align, style),
    vAlign: 'center' as const,
  });
  const scores = table({
    widths: scoreWidths,
    borders: true,
    rows: [
      {
        header: true,
        cantSplit: true,
        cells: ['Nhóm', 'Nội dung', 'Điểm chuẩn', 'Điểm đạt'].map((h) => cell(h, 'center', { bold: true })),
      },
      {
        cantSplit: true,
        cells: [cell('{#dv_diem_nhom}{so_la_ma}'), cell('{ten_nhom}', 'left'), cell('{diem_chuan}'), cell('{diem}{/dv_diem_nhom}')],
      },
      { cantSplit: true, cells: [cell(''), cell('Điểm thưởng (sau mức trần)', 'left'), cell(''), cell('{dv_diem_thuong}')] },
      { cantSplit: true, cells: [cell(''), cell('Điểm trừ (sau mức trần)', 'left'), cell(''), cell('{dv_diem_tru}')] },
      {
        cantSplit: true,
        cells: [cell(''), cell('Tổng điểm', 'left', { bold: true }), cell(''), cell('{dv_tong_diem}', 'center', { bold: true })],
      },
    ],
  });
  return [
    header({ upper: '', issuer: '{dv_ten_hoa}', number: '', date: '{dia_danh_ngay_lap}' }),
    title('BÁO CÁO THÀNH TÍCH', ['Đề nghị tặng {dv_hinh_thuc}', '{ky_danh_gia}']),
    labelled('Tên tập thể đề nghị khen thưởng: ', '{dv_ten_day_du}.', { ...body, before: 6 }),
    bold('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    bold('1. Đặc điểm, tình hình', { ...heading, before: 2 }),
    para('- Địa chỉ trụ sở chính: {dv_dia_chi};', item),
    para('- Điện thoại: {dv_dien_thoai};', item),
    para('- Thủ trưởng đơn vị: {dv_thu_truong};', item),
    para('- Quá trình thành lập và phát triển; cơ cấu tổ chức, biên chế; các tổ chức đảng, đoàn thể:', { ...item, keepNext: true }),
    ...blank('Năm thành lập; các phòng, đơn vị trực thuộc; số cán bộ, công chức, viên chức, người lao động'),
    bold('2. Chức năng, nhiệm vụ', { ...heading, before: 2 }),
    ...blank('Chức năng, nhiệm vụ theo quyết định thành lập hoặc quy định của cấp có thẩm quyền'),
    bold('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    bold('1. Kết quả thực hiện nhiệm vụ và phong trào thi đua', { ...heading, before: 2 }),
    para('Kết quả chấm điểm thi đua {ky_danh_gia} của {ten_khoi} đối với đơn vị:', lead),
    scores,
    para('{dv_ket_luan}', { ...body, before: 6 }),
    para('Những thành tích nổi bật trong thực hiện nhiệm vụ chính trị, chuyên môn được giao:', lead),
    ...blank('Chỉ tiêu hoàn thành, vượt mức so với năm trước; cải cách hành chính; sáng kiến và hiệu quả', 3),
    bold('2. Những biện pháp, nguyên nhân đạt được thành tích', { ...heading, before: 2 }),
    ...blank('Biện pháp tổ chức phong trào thi đua, nguyên nhân của thành tích'),
    bold('3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', { ...heading, before: 2 }),
    ...blank('Việc chấp hành và tổ chức thực hiện tại đơn vị'),
    bold('4. Hoạt động của tổ chức đảng, đoàn thể', { ...heading, before: 2 }),
    ...blank('Kết quả đánh giá, xếp loại tổ chức đảng, công đoàn, đoàn thanh niên, hội phụ nữ'),
    bold('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN'),
    bold('1. Danh hiệu thi đua', { ...heading, before: 2 }),
    recognitionTable(true),
    bold('2. Hình thức khen thưởng', { ...heading, before: 10 }),
    recognitionTable(false),
    p('', { after: 12 }),
    signatures([
      [
        { role: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', lines: ['TM. {ten_khoi_hoa}'], note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' },
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
    p('', { after: 6 }),
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
