// The default template of the province's Tờ trình tổng hợp (`bxtd tong-hop`): from the provincial emulation board
// (under the Sở Nội vụ) to the provincial council, the grounds in force, the blocs' results, the units proposed for
// the flag and for Certificates under the awards' legal names (a part only when it has units, numbered as it comes),
// and what some blocs must still decide. Layout blocks from layout.ts; every name in braces is in vocabulary.ts (the
// `th_…` groups).

import { body, bold, header, heading, item, lead, loop, para, recipientsAndSignature, title, when } from '../layout';
import { p, r, TEXT_WIDTH } from '../ooxml';
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

export function provinceBody(): string {
  const basis = { ...body, after: 3 };
  return [
    header({
      upper: '{th_co_quan_chu_quan_hoa}',
      issuer: '{th_co_quan_ban_hanh_hoa}',
      issuerSize: 12, // one line in the head's column
      number: 'Số: ……/TTr-{th_ky_hieu}',
      date: '{th_dia_danh_ngay}',
    }),
    title('TỜ TRÌNH', ['{th_trich_yeu}']),
    p([r('Kính gửi: {th_hoi_dong}.')], { align: 'center', after: 12, keepNext: true }),
    loop('th_can_cu', [p([r('Căn cứ {noi_dung};', { italic: true })], basis)]),
    p([r('Căn cứ quy chế hoạt động và kết quả bình xét, suy tôn của {th_cac_khoi} {th_ky_danh_gia},', { italic: true })], basis),
    para(
      '{th_co_quan_ban_hanh} đã tổng hợp kết quả bình xét, suy tôn của {th_so_khoi} {th_loai_khoi} và kính trình Hội đồng Thi đua - Khen thưởng tỉnh như sau:',
      { ...lead, before: 6 },
    ),
    bold('I. KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA'),
    blocTable(),
    when('th_co_chua_hop_le', [para('{th_chua_hop_le}', { ...body, before: 6 })]),
    when('th_co_de_nghi', [
      bold('II. ĐỀ NGHỊ KHEN THƯỞNG', { ...heading, before: 12 }),
      when('th_co_de_nghi_co', [
        p([r('{th_stt_co}. Tặng {th_ten_co_thi_dua} ', { bold: true }), r('cho {th_so_co} tập thể dẫn đầu {th_cac_khoi}:')], {
          ...heading,
          before: 2,
        }),
        unitTable('th_don_vi_co', { title: 'Tỷ lệ phiếu suy tôn', field: '{ty_le_phieu}' }),
      ]),
      when('th_co_de_nghi_bang_khen', [
        p([r('{th_stt_bang_khen}. Tặng {th_ten_bang_khen} ', { bold: true }), r('cho {th_so_bang_khen} tập thể:')], {
          ...heading,
          before: 10,
        }),
        unitTable('th_don_vi_bang_khen', { title: 'Xếp hạng trong Khối', field: '{hang}' }),
      ]),
    ]),
    when('th_co_cho_quyet_dinh', [
      bold('{th_muc_cho_quyet_dinh}. CÁC TRƯỜNG HỢP CHƯA ĐỀ NGHỊ', { ...heading, before: 12 }),
      para('Các việc Hội nghị của Khối còn phải quyết định; các đơn vị liên quan chưa được đưa vào danh sách đề nghị:', lead),
      loop('th_cho_quyet_dinh', [para('- {ten_khoi}: {noi_dung}', item)]),
    ]),
    when('th_co_de_nghi', [
      para(
        '{th_co_quan_ban_hanh} kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình {th_nguoi_quyet_dinh} quyết định tặng thưởng./.',
        { ...body, before: 12, keepNext: true, after: 12 },
      ),
    ]),
    when(
      'th_co_de_nghi',
      [
        para('{th_co_quan_ban_hanh} kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét./.', {
          ...body,
          before: 12,
          keepNext: true,
          after: 12,
        }),
      ],
      true,
    ),
    recipientsAndSignature({ role: 'TRƯỞNG BAN', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '' }, [
      'Như trên',
      'Thường trực Hội đồng Thi đua - Khen thưởng tỉnh',
      'Lưu: VT, {th_ky_hieu}',
    ]),
  ].join('');
}
