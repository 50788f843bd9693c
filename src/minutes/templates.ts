// The two default minute templates, laid out per Decree 30/2020/NĐ-CP: A4, Times New Roman, the issuing body and
// number top left, the national title and motto top right, the place-and-date line in italics, a centred bold title,
// the body, and signature blocks. scripts/make-templates.ts writes them to assets/templates/; the CLI and the task
// pane build the same bytes in memory. Placeholders stay plain text so a bloc can edit the wording in Word.

import PizZip from 'pizzip';
import type { MinutesKind } from './data';
import { documentParts, p, r, table, TEXT_WIDTH, type ParaStyle } from './ooxml';

export const TEMPLATE_FILES: Record<MinutesKind, string> = {
  nomination: 'bien-ban-binh-xet-suy-ton.docx',
  handover: 'bien-ban-ban-giao-khoi-truong.docx',
};

const BODY = 14; // pt
const HEAD = 13;
const LEFT_COL = 3969; // 7 cm: the issuing body
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

// Body paragraphs: justified, first line indented 1 cm, 6 pt between paragraphs.
const body: ParaStyle = { align: 'both', firstLine: 567, before: 3, after: 3, line: 1.1 };
const heading: ParaStyle = { align: 'both', firstLine: 567, before: 6, after: 3, keepNext: true };
const item: ParaStyle = { align: 'both', firstLine: 567, before: 0, after: 2, line: 1.1 };
// A line left to fill by hand: left-aligned so justification never spreads the dots.
const dotted: ParaStyle = { ...item, align: 'left' };
const DOTS = '…'.repeat(26);

const para = (text: string, style: ParaStyle = body) => p(text, style);
const bold = (text: string, style: ParaStyle = heading) => p([r(text, { bold: true })], style);
/** A run list mixing a bold label with plain text: bl("Thời gian: ", "{ngay_hop}"). */
const labelled = (label: string, text: string, style: ParaStyle = body) => p([r(label, { bold: true }), r(text)], style);
/** A list in its own paragraphs: {#name} and {/name} sit alone so docxtemplater repeats the paragraphs between. */
const loop = (name: string, items: string[], whenEmpty?: string[]) =>
  [
    p(`{#${name}}`, item),
    ...items,
    p(`{/${name}}`, item),
    ...(whenEmpty ? [p(`{^${name}}`, item), ...whenEmpty, p(`{/${name}}`, item)] : []),
  ].join('');

/** A short centred rule: the top border of a narrow empty paragraph, a little below the line above. */
function shortRule(width: number, lineLength: number, after: number): string {
  const indent = Math.round((width - lineLength) / 2);
  return p('', { borderTop: true, indentLeft: indent, indentRight: indent, size: 4, before: 2, after });
}

function header(numberSuffix: string): string {
  const c = (text: string, style: { bold?: boolean; italic?: boolean; size?: number }, extra: ParaStyle = {}) =>
    p([r(text, style)], { align: 'center', ...extra });
  // The short rules under the issuing body and the motto are top borders of narrow empty paragraphs.
  const rule = (width: number, lineLength: number) => shortRule(width, lineLength, 0);
  const left =
    c('{co_quan_chu_quan_hoa}', { size: 12 }) +
    c('{ten_khoi_hoa}', { bold: true, size: HEAD }) +
    rule(LEFT_COL, 1300) +
    c(`Số: ……/${numberSuffix}`, { size: HEAD }, { before: 4 });
  const right =
    c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }) +
    c('Độc lập - Tự do - Hạnh phúc', { bold: true, size: HEAD }) +
    rule(RIGHT_COL, 3200) +
    c('{dia_danh_ngay}', { italic: true, size: HEAD }, { before: 4 });
  return table({
    widths: [LEFT_COL, RIGHT_COL],
    borders: false,
    rows: [{ cells: [{ content: left }, { content: right }], cantSplit: true }],
  });
}

function title(lines: string[]): string {
  const t = (text: string, before = 0) => p([r(text, { bold: true })], { align: 'center', before, keepNext: true });
  return t('BIÊN BẢN', 18) + lines.map((l) => t(l)).join('') + shortRule(TEXT_WIDTH, 2200, 6);
}

function signatures(blocks: { role: string; note: string; name: string }[][]): string {
  const width = Math.floor(TEXT_WIDTH / 2);
  const cell = (b: { role: string; note: string; name: string }) => ({
    content:
      p([r(b.role, { bold: true })], { align: 'center', keepNext: true, before: 6 }) +
      p([r(b.note, { italic: true, size: HEAD })], { align: 'center', keepNext: true }) +
      p('', { keepNext: true }) +
      p('', { keepNext: true }) +
      p('', { keepNext: true }) +
      p('', { keepNext: true }) +
      p([r(b.name, { bold: true })], { align: 'center', after: 12 }),
  });
  return table({
    widths: [width, TEXT_WIDTH - width],
    borders: false,
    rows: blocks.map((row) => ({ cells: row.map(cell), cantSplit: true })),
  });
}

function nominationBody(): string {
  const scoreTable = table({
    widths: [620, 3900, 1400, 1400, TEXT_WIDTH - 620 - 3900 - 1400 - 1400],
    borders: true,
    rows: [
      {
        header: true,
        cantSplit: true,
        cells: ['TT', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', 'Ghi chú'].map((h) => ({
          content: p([r(h, { bold: true, size: HEAD })], { align: 'center', before: 2, after: 2 }),
          vAlign: 'center' as const,
        })),
      },
      {
        cantSplit: true,
        cells: [
          { content: p([r('{#bang_diem}{stt}', { size: HEAD })], { align: 'center', before: 2, after: 2 }), vAlign: 'center' },
          { content: p([r('{ten_don_vi}', { size: HEAD })], { align: 'left', before: 2, after: 2 }), vAlign: 'center' },
          { content: p([r('{tong_diem}', { size: HEAD })], { align: 'center', before: 2, after: 2 }), vAlign: 'center' },
          { content: p([r('{hang}', { size: HEAD })], { align: 'center', before: 2, after: 2 }), vAlign: 'center' },
          { content: p([r('{ghi_chu}{/bang_diem}', { size: HEAD })], { align: 'left', before: 2, after: 2 }), vAlign: 'center' },
        ],
      },
    ],
  });

  return [
    header('BB-KTĐ'),
    title(['Họp bình xét, suy tôn thi đua {ky_danh_gia}', '{ten_khoi}']),
    para(
      'Hôm nay, vào lúc {gio_bat_dau}, {ngay_hop}, tại {dia_diem}, {ten_khoi} tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng {ky_danh_gia}; bình xét, suy tôn đơn vị dẫn đầu và đề nghị khen thưởng.',
    ),
    bold('I. THÀNH PHẦN THAM DỰ'),
    bold('1. Đại biểu mời:', { ...heading, before: 2 }),
    loop('dai_bieu_moi', [para('- {ho_ten}, {chuc_vu};', item)], [para(`- ${DOTS}`, dotted)]),
    p([r('2. Các đơn vị thành viên: ', { bold: true }), r('có mặt {so_don_vi_co_mat} trên tổng số {so_don_vi} đơn vị, gồm:')], {
      ...heading,
      before: 2,
      keepNext: true,
    }),
    loop('don_vi_co_mat', [para('- {ten_don_vi}: {dai_dien}, {chuc_vu};', item)], [para(`- ${DOTS}`, dotted)]),
    p(`{#co_don_vi_vang_mat}`, item),
    para('Vắng mặt {so_don_vi_vang_mat} đơn vị:', item),
    loop('don_vi_vang_mat', [para('- {ten_don_vi};', item)]),
    p(`{/co_don_vi_vang_mat}`, item),
    p(`{^co_don_vi_vang_mat}`, item),
    para('Vắng mặt: {so_don_vi_vang_mat} đơn vị.', item),
    p(`{/co_don_vi_vang_mat}`, item),
    labelled('3. Chủ trì: ', '{chu_tri}.', { ...heading, before: 2, keepNext: false }),
    labelled('Thư ký: ', '{thu_ky}.', { ...item }),

    bold('II. NỘI DUNG'),
    bold('1. Kết quả chấm điểm thi đua', { ...heading, before: 2 }),
    para(
      'Căn cứ quy chế hoạt động và bảng tiêu chí chấm điểm thi đua của {ten_khoi}, Hội nghị đã xem xét kết quả chấm điểm {ky_danh_gia} của các đơn vị thành viên như sau:',
      { ...body, keepNext: true },
    ),
    scoreTable,
    bold('2. Đơn vị không đủ điều kiện xét khen thưởng', { ...heading, before: 8 }),
    loop('don_vi_khong_xet', [para('- {ten_don_vi}: {ly_do}.', item)], [para('Không có.', item)]),
    bold('3. Bỏ phiếu suy tôn', heading),
    para('Hội nghị bầu Ban kiểm phiếu gồm: {ban_kiem_phieu}.'),
    para(
      'Theo quy chế của Khối, kết quả bỏ phiếu có giá trị khi số đơn vị có mặt đạt {ty_le_co_mat_toi_thieu} tổng số đơn vị thành viên; đơn vị được đề nghị tặng Cờ thi đua phải đạt số phiếu đồng ý {nguong_phieu} tổng số đơn vị thành viên.',
    ),
    para('- Số phiếu phát ra: {phieu_phat_ra}; số phiếu thu về: {phieu_thu_ve};', item),
    para('- Số phiếu hợp lệ: {phieu_hop_le}; số phiếu không hợp lệ: {phieu_khong_hop_le}.', item),
    para('- Kết quả bỏ phiếu:', { ...item, keepNext: true }),
    loop(
      'ket_qua_phieu',
      [para('+ {ten_don_vi}: {so_phieu} phiếu đồng ý, đạt {ty_le} tổng số đơn vị thành viên;', item)],
      [para(`+ ${DOTS}`, dotted)],
    ),
    bold('4. Kết luận', heading),
    labelled('a) Về Cờ thi đua: ', '{ket_luan_co}'),
    labelled('b) Về Bằng khen: ', '{ket_luan_bang_khen}'),
    loop('don_vi_bang_khen', [para('{stt}. {ten_don_vi} ({tong_diem} điểm);', item)]),
    labelled(
      'c) Khối trưởng, Khối phó năm {nam_sau}: ',
      'Hội nghị thống nhất bầu {khoi_truong_nam_sau} làm Khối trưởng và {khoi_pho_nam_sau} làm Khối phó {ten_khoi} năm {nam_sau}.',
    ),
    para(
      'Hội nghị kết thúc vào lúc {gio_ket_thuc} cùng ngày. Biên bản đã được đọc lại cho Hội nghị nghe và được các đại biểu dự họp nhất trí thông qua./.',
      { ...body, keepNext: true, after: 12 },
    ),
    signatures([
      [
        { role: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: '{thu_ky_ho_ten}' },
        { role: 'CHỦ TRÌ', note: '(Ký, ghi rõ họ tên)', name: '{chu_tri_ho_ten}' },
      ],
    ]),
  ].join('');
}

function handoverBody(): string {
  const basis: ParaStyle = { ...body, before: 0, after: 2 };
  return [
    header('BB-BG'),
    title(['Bàn giao nhiệm vụ Khối trưởng {ten_khoi}', 'năm {nam_sau}']),
    p([r('Căn cứ Quy chế tổ chức và hoạt động của {ten_khoi};', { italic: true })], basis),
    p([r('Căn cứ Biên bản họp bình xét, suy tôn thi đua {ky_danh_gia} của {ten_khoi} {ngay_hop};', { italic: true })], basis),
    para('Hôm nay, vào lúc {gio_bat_dau}, {ngay_hop}, tại {dia_diem}, chúng tôi gồm:'),
    labelled('I. BÊN GIAO: ', '{khoi_truong} (đơn vị Khối trưởng {ky_danh_gia}).', heading),
    para('- Đại diện: {khoi_truong_dai_dien}; chức vụ: {khoi_truong_chuc_vu}.', item),
    labelled('II. BÊN NHẬN: ', '{khoi_truong_nam_sau} (đơn vị Khối trưởng năm {nam_sau}).', heading),
    para('- Đại diện: {khoi_truong_nam_sau_dai_dien}; chức vụ: {khoi_truong_nam_sau_chuc_vu}.', item),
    bold('III. THÀNH PHẦN CHỨNG KIẾN'),
    para('- Đơn vị Khối phó {khoi_pho}: {khoi_pho_dai_dien}; chức vụ: {khoi_pho_chuc_vu}.', item),
    para('- Đại diện Ban Thi đua - Khen thưởng tỉnh: Ông/Bà ………………………', dotted),
    para('chức vụ: ………………………………………', dotted),
    para('Hai bên thống nhất bàn giao nhiệm vụ Khối trưởng {ten_khoi} năm {nam_sau} với các nội dung sau:'),
    bold('IV. NỘI DUNG BÀN GIAO'),
    para('1. Cờ luân lưu của {ten_khoi}: 01 (một) lá cờ.', item),
    para('2. Hồ sơ, tài liệu của Khối:', { ...item, keepNext: true }),
    para('a) Quy chế tổ chức và hoạt động của Khối;', item),
    para('b) Bảng tiêu chí chấm điểm thi đua {ky_danh_gia};', item),
    para('c) Giao ước thi đua giữa các đơn vị thành viên;', item),
    para('d) Văn bản chỉ đạo, hướng dẫn và văn bản đi, đến của Khối;', item),
    para('đ) Biên bản các cuộc họp, hội nghị của Khối;', item),
    para('e) Kết quả chấm điểm, bình xét thi đua {ky_danh_gia};', item),
    para('g) Hồ sơ đề nghị khen thưởng của Khối.', item),
    para('3. Những việc cần tiếp tục thực hiện:', { ...item, keepNext: true }),
    para(DOTS, dotted),
    para(DOTS, dotted),
    bold('V. TRÁCH NHIỆM CỦA CÁC BÊN'),
    para(
      'Bên giao chịu trách nhiệm về tính đầy đủ, chính xác của hồ sơ, tài liệu bàn giao. Bên nhận có trách nhiệm tiếp nhận, quản lý và thực hiện nhiệm vụ Khối trưởng {ten_khoi} năm {nam_sau} theo quy chế của Khối.',
    ),
    para(
      'Việc bàn giao kết thúc vào lúc {gio_ket_thuc} cùng ngày. Biên bản được lập thành 04 (bốn) bản có giá trị như nhau: bên giao giữ 01 (một) bản, bên nhận giữ 01 (một) bản, 01 (một) bản lưu hồ sơ của Khối và 01 (một) bản gửi Ban Thi đua - Khen thưởng tỉnh./.',
      { ...body, keepNext: true, after: 12 },
    ),
    signatures([
      [
        { role: 'ĐẠI DIỆN BÊN GIAO', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '{khoi_truong_dai_dien}' },
        { role: 'ĐẠI DIỆN BÊN NHẬN', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: '{khoi_truong_nam_sau_dai_dien}' },
      ],
      [
        { role: 'ĐẠI DIỆN ĐƠN VỊ KHỐI PHÓ', note: '(Ký, ghi rõ họ tên)', name: '{khoi_pho_dai_dien}' },
        { role: 'ĐẠI DIỆN BAN THI ĐUA - KHEN THƯỞNG TỈNH', note: '(Ký, ghi rõ họ tên)', name: '……………………………' },
      ],
    ]),
  ].join('');
}

// A fixed date keeps the generated files byte-for-byte the same from one run to the next.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** The default template of this kind as .docx bytes. */
export function buildDefaultTemplate(kind: MinutesKind): Uint8Array {
  const spec =
    kind === 'nomination'
      ? { title: 'Biên bản họp bình xét, suy tôn thi đua', body: nominationBody(), fontSize: BODY }
      : { title: 'Biên bản bàn giao nhiệm vụ Khối trưởng', body: handoverBody(), fontSize: BODY };
  const zip = new PizZip();
  for (const [path, content] of documentParts(spec)) zip.file(path, content, { date: FIXED_DATE });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
