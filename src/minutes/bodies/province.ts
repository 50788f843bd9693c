// The default template of the province's Tờ trình tổng hợp (`bxtd tong-hop`): from the provincial emulation body to
// the provincial council, the blocs' results, the units proposed for the flag and for Certificates under the awards'
// legal names, and what is not proposed yet (decisions a bloc must still take, workbooks left out). Layout blocks from
// layout.ts; every name in braces is in vocabulary.ts (the `th_…` groups).

import { body, bold, header, heading, item, lead, loop, para, signerCell, title, when } from '../layout';
import { p, r, table, TEXT_WIDTH } from '../ooxml';
import { loopTable } from './meeting';

const share = (parts: number[]) => {
  const widths = parts.map((x) => Math.round(TEXT_WIDTH * x));
  widths.push(TEXT_WIDTH - widths.reduce((a, b) => a + b, 0));
  return widths;
};

function blocTable(): string {
  return loopTable(
    share([0.07, 0.22, 0.09, 0.28, 0.11]),
    ['TT', 'Khối thi đua', 'Số đơn vị', 'Đơn vị dẫn đầu (đề nghị Cờ thi đua)', 'Số đề nghị Bằng khen', 'Khối trưởng năm sau'],
    'th_khoi',
    ['{stt}', '{ten_khoi}', '{so_don_vi}', '{don_vi_dan_dau}', '{so_bang_khen}', '{khoi_truong_nam_sau}'],
    ['center', 'left', 'center', 'left', 'center', 'left'],
  );
}

function unitTable(list: string, last: { title: string; field: string }): string {
  return loopTable(
    share([0.07, 0.37, 0.25, 0.13]),
    ['TT', 'Tên tập thể', 'Khối thi đua', 'Tổng điểm', last.title],
    list,
    ['{stt}', '{ten_don_vi}', '{ten_khoi}', '{tong_diem}', last.field],
    ['center', 'left', 'left', 'center', 'center'],
  );
}

/** "Nơi nhận" (fixed: the council, its standing members, the archive) at the left, the signature at the right. */
function recipientsAndSignature(): string {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const line = (text: string) => p([r(text, { size: 11 })]);
  const list =
    p([r('Nơi nhận:', { bold: true, italic: true, size: 12 })], { before: 6 }) +
    line('- Như trên;') +
    line('- Thường trực Hội đồng TĐKT tỉnh;') +
    line('- Lưu: VT, BTĐKT.');
  const signer = signerCell({ role: 'TRƯỞNG BAN', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '……………………………' });
  return table({
    widths: [left, TEXT_WIDTH - left],
    borders: false,
    rows: [
      {
        cells: [
          { content: list, vAlign: 'top' },
          { ...signer, vAlign: 'top' },
        ],
        cantSplit: true,
      },
    ],
  });
}

export function provinceBody(): string {
  const basis = { ...body, after: 3 };
  const italic = (text: string) => p([r(text, { italic: true })], basis);
  return [
    header({
      upper: '{th_co_quan_chu_quan_hoa}',
      issuer: 'BAN THI ĐUA - KHEN THƯỞNG',
      issuerSize: 12, // one line in the head's column
      number: 'Số: ……/TTr-BTĐKT',
      date: '{th_dia_danh_ngay}',
    }),
    title('TỜ TRÌNH', ['Về việc đề nghị tặng thưởng Cờ thi đua và Bằng khen', 'cho các tập thể thuộc các Khối thi đua {th_ky_danh_gia}']),
    p([r('Kính gửi: {th_hoi_dong}.')], { align: 'center', after: 12, keepNext: true }),
    italic('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'),
    italic(
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ),
    italic('Căn cứ quy chế hoạt động của các Khối thi đua và kết quả bình xét, suy tôn của các Khối thi đua {th_ky_danh_gia},'),
    para(
      'Ban Thi đua - Khen thưởng tỉnh đã nhận {th_so_tep} sổ kết quả chấm điểm, bình xét của các Khối thi đua. Mỗi sổ đã được kiểm tra lại: chấm điểm lại từ dữ liệu theo quy chế của từng Khối và đối chiếu với kết quả Khối đã ghi; {th_so_khoi} Khối thi đua đủ điều kiện tổng hợp. Ban Thi đua - Khen thưởng tỉnh kính trình Hội đồng Thi đua - Khen thưởng tỉnh như sau:',
      { ...body, before: 6 },
    ),
    bold('I. KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA'),
    blocTable(),
    bold('II. ĐỀ NGHỊ KHEN THƯỞNG', { ...heading, before: 12 }),
    p([r('1. Tặng {th_ten_co_thi_dua} ', { bold: true }), r('cho {th_so_co} tập thể dẫn đầu các Khối thi đua:')], {
      ...heading,
      before: 2,
    }),
    when('th_co_de_nghi_co', [unitTable('th_don_vi_co', { title: 'Tỷ lệ phiếu suy tôn', field: '{ty_le_phieu}' })]),
    p([r('2. Tặng {th_ten_bang_khen} ', { bold: true }), r('cho {th_so_bang_khen} tập thể:')], { ...heading, before: 10 }),
    when('th_co_de_nghi_bang_khen', [unitTable('th_don_vi_bang_khen', { title: 'Xếp hạng trong Khối', field: '{hang}' })]),
    when('th_co_chua_de_nghi', [
      bold('III. CÁC TRƯỜNG HỢP CHƯA ĐỀ NGHỊ', { ...heading, before: 12 }),
      when('th_co_cho_quyet_dinh', [
        para('Các việc Hội nghị của Khối còn phải quyết định; các đơn vị liên quan chưa được đưa vào danh sách đề nghị:', lead),
        loop('th_cho_quyet_dinh', [para('- {ten_khoi}: {noi_dung}', item)]),
      ]),
      when('th_co_tep_khong_tong_hop', [
        para('Các sổ chưa đủ điều kiện tổng hợp (Khối cần kiểm tra, chấm điểm lại và gửi lại):', lead),
        loop('th_tep_khong_tong_hop', [para('- {ten_tep} ({ten_khoi}): {ly_do}', item)]),
      ]),
    ]),
    para(
      'Ban Thi đua - Khen thưởng tỉnh kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình {th_nguoi_quyet_dinh} quyết định tặng thưởng./.',
      { ...body, before: 12, keepNext: true, after: 12 },
    ),
    recipientsAndSignature(),
  ].join('');
}
