// The Tờ trình tổng hợp: from the provincial emulation body (Ban Thi đua - Khen thưởng tỉnh) to the provincial council
// (Hội đồng Thi đua - Khen thưởng tỉnh), proposing the awards the blocs put forward — the units for the flag and for
// Certificates, each list under the award's legal name — with the blocs' results, what some blocs must still decide
// and the workbooks left out. Template driven like the minutes: the default template (Decree 30/2020/NĐ-CP layout)
// is built here from the same WordprocessingML pieces, its placeholders are listed here in the vocabulary's shape,
// and the data are built from the province summary. Units whose award is still pending (a flag awaiting the bloc's
// vote) are not proposed: they are listed with what their bloc must decide.

import PizZip from 'pizzip';
import type { Text } from '../domain/model';
import { formatPercent, formatScore } from '../domain/format';
import { fold, tidy } from '../domain/text';
import { asciiSlug, countWithWords } from '../domain/vietnamese';
import type { ProvinceSummary } from '../province/summary';
import { BLANK, BLANK_DATE, managingBody, periodText, type MinutesData } from './data';
import { documentParts, p, r, table, TEXT_WIDTH, type ParaStyle } from './ooxml';
import type { Field, Placeholder, PlaceholderGroup } from './vocabulary';

export const PROVINCE_TEMPLATE_FILE = 'to-trinh-tong-hop-khoi-thi-dua.docx';

// ---------------------------------------------------------------------------------------------------------------
// Placeholders

const t = (name: string, vi: string, en: string, example: string): Placeholder => ({
  name,
  kind: 'text',
  description: { vi, en },
  example,
});
const c = (name: string, vi: string, en: string): Placeholder => ({
  name,
  kind: 'condition',
  description: { vi, en },
  example: 'true / false',
});
const f = (name: string, vi: string, en: string, example: string): Field => ({ name, description: { vi, en }, example });
const l = (name: string, vi: string, en: string, fields: Field[]): Placeholder => ({
  name,
  kind: 'list',
  description: { vi, en },
  example: '',
  fields,
});

const order = f('stt', 'Số thứ tự trong danh sách (1, 2, ...)', 'Position in the list (1, 2, ...)', '1');
const unitName = f('ten_don_vi', 'Tên tập thể (đơn vị)', 'Unit name', 'Công an tỉnh');
const blocName = f('ten_khoi', 'Khối thi đua của đơn vị', 'The unit’s bloc', 'Khối thi đua số 3');
const total = f('tong_diem', 'Tổng điểm trong Khối, dấu phẩy thập phân', 'Total in its bloc, decimal comma', '104,00');

export const PROVINCE_PLACEHOLDER_GROUPS: PlaceholderGroup[] = [
  {
    id: 'provincePeriod',
    title: { vi: 'Tờ trình tổng hợp: tỉnh và kỳ', en: 'Province summary: province and period' },
    items: [
      t('th_tinh', 'Tỉnh (địa danh của văn bản)', 'Province (the place name of the document)', 'Đắk Lắk'),
      t('th_nam', 'Năm thi đua', 'Emulation year', '2024'),
      t('th_ky_danh_gia', 'Kỳ đánh giá kèm năm', 'Period with its year', 'năm 2024'),
      t('th_co_quan_khen_thuong', 'Cơ quan khen thưởng của các Khối', 'The blocs’ awarding body', 'Ủy ban nhân dân tỉnh Đắk Lắk'),
      t(
        'th_co_quan_chu_quan_hoa',
        'Cơ quan chủ quản ở đầu văn bản (viết hoa, UBND viết tắt)',
        'Managing body for the document head',
        'UBND TỈNH ĐẮK LẮK',
      ),
      t(
        'th_nguoi_quyet_dinh',
        'Người quyết định khen thưởng (Chủ tịch Ủy ban nhân dân tỉnh)',
        'Who decides the awards (the Chairman of the People’s Committee)',
        'Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      ),
      t(
        'th_hoi_dong',
        'Hội đồng Thi đua - Khen thưởng tỉnh (nơi nhận)',
        'The provincial emulation council (addressee)',
        'Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk',
      ),
      t(
        'th_dia_danh_ngay',
        'Dòng địa danh, ngày tháng (ngày ký để trống điền tay)',
        'Place-and-date line (the signing date left blank)',
        'Đắk Lắk, ngày …… tháng …… năm ……',
      ),
    ],
  },
  {
    id: 'provinceBlocs',
    title: { vi: 'Tờ trình tổng hợp: các Khối', en: 'Province summary: the blocs' },
    items: [
      t('th_so_tep', 'Số sổ đã nhận (số và chữ)', 'Workbooks received (numeral and words)', '12 (mười hai)'),
      t('th_so_khoi', 'Số Khối thi đua được tổng hợp', 'Blocs summarised', '11 (mười một)'),
      l('th_khoi', 'Các Khối được tổng hợp, theo thứ tự tên', 'The blocs summarised, in name order', [
        order,
        blocName,
        f('so_don_vi', 'Số đơn vị thành viên', 'Member units', '11'),
        f(
          'don_vi_dan_dau',
          'Đơn vị được suy tôn dẫn đầu (đề nghị Cờ), hoặc lý do chưa có',
          'The leading unit (flag), or why none yet',
          'Công an tỉnh',
        ),
        f('so_bang_khen', 'Số đơn vị đề nghị Bằng khen', 'Units proposed for Certificates', '4'),
        f(
          'khoi_truong_nam_sau',
          'Khối trưởng năm sau (hoặc gợi ý theo luân phiên)',
          'Next bloc head (or the rotation’s suggestion)',
          'Viện Kiểm sát nhân dân tỉnh',
        ),
      ]),
    ],
  },
  {
    id: 'provinceAwards',
    title: { vi: 'Tờ trình tổng hợp: đề nghị khen thưởng', en: 'Province summary: awards proposed' },
    items: [
      t('th_ten_co_thi_dua', 'Tên đầy đủ của Cờ thi đua', 'The flag’s legal name', 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'),
      t(
        'th_ten_bang_khen',
        'Tên đầy đủ của Bằng khen',
        'The Certificate’s legal name',
        'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      ),
      t('th_so_co', 'Số tập thể đề nghị tặng Cờ thi đua', 'Units proposed for the flag', '11 (mười một)'),
      t('th_so_bang_khen', 'Số tập thể đề nghị tặng Bằng khen', 'Units proposed for Certificates', '40 (bốn mươi)'),
      c('th_co_de_nghi_co', 'Có tập thể đề nghị tặng Cờ thi đua', 'Some unit is proposed for the flag'),
      c('th_co_de_nghi_bang_khen', 'Có tập thể đề nghị tặng Bằng khen', 'Some unit is proposed for a Certificate'),
      l('th_don_vi_co', 'Tập thể đề nghị tặng Cờ thi đua (đã được Khối suy tôn)', 'Units proposed for the flag (acclaimed by their bloc)', [
        order,
        unitName,
        blocName,
        total,
        f('ty_le_phieu', 'Tỷ lệ phiếu suy tôn trên tổng số đơn vị của Khối', 'Share of the bloc’s members’ votes', '90,9%'),
      ]),
      l(
        'th_don_vi_bang_khen',
        'Tập thể đề nghị tặng Bằng khen, theo Khối và thứ hạng',
        'Units proposed for Certificates, by bloc and rank',
        [order, unitName, blocName, total, f('hang', 'Xếp hạng trong Khối', 'Rank in its bloc', '2')],
      ),
    ],
  },
  {
    id: 'provincePending',
    title: { vi: 'Tờ trình tổng hợp: chưa đề nghị', en: 'Province summary: not yet proposed' },
    items: [
      c('th_co_cho_quyet_dinh', 'Có Khối còn việc chờ Hội nghị Khối quyết định', 'Some bloc has a decision pending'),
      l(
        'th_cho_quyet_dinh',
        'Việc các Khối còn phải quyết định (chưa đưa vào danh sách đề nghị)',
        'What blocs must still decide (not proposed yet)',
        [blocName, f('noi_dung', 'Nội dung', 'Text', 'Chưa có kết quả bỏ phiếu: …')],
      ),
      c('th_co_tep_khong_tong_hop', 'Có sổ không được tổng hợp', 'Some workbook was left out'),
      l('th_tep_khong_tong_hop', 'Sổ không được tổng hợp và lý do', 'Workbooks left out and why', [
        f('ten_tep', 'Tên tệp', 'File name', 'khoi-7.ket-qua.xlsx'),
        f('ten_khoi', 'Khối thi đua (để trống khi không đọc được)', 'The bloc (blank when unreadable)', 'Khối thi đua số 7'),
        f('ly_do', 'Lý do', 'Reason', 'Dữ liệu đầu vào đã thay đổi sau khi chấm điểm …'),
      ]),
      c('th_co_chua_de_nghi', 'Có Khối chờ quyết định hoặc sổ không được tổng hợp', 'Some bloc is pending or some workbook left out'),
    ],
  },
];

export const PROVINCE_PLACEHOLDERS: Placeholder[] = PROVINCE_PLACEHOLDER_GROUPS.flatMap((g) => g.items);

// ---------------------------------------------------------------------------------------------------------------
// Data

/** The value most blocs give (ties: the first met), or null. */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, { value: string; n: number }>();
  for (const v of values) {
    const k = fold(v);
    const e = counts.get(k) ?? { value: v, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  let best: { value: string; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.value ?? null;
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, '');

export function buildProvinceData(summary: ProvinceSummary): MinutesData {
  const province = tidy(summary.province ?? '') || BLANK;
  const blocs = summary.blocs.map((a) => a.bloc);
  const awarding = mostCommon(blocs.map((b) => tidy(b.awardingBody)).filter(Boolean)) ?? `Ủy ban nhân dân tỉnh ${province}`;
  const committee = /^(ủy|uỷ) ban nhân dân/i.test(awarding.normalize('NFC'));
  const awardNames = mostCommon(blocs.map((b) => `${b.awards.flag}\n${b.awards.merit}`))?.split('\n') ?? [
    `Cờ thi đua của ${awarding}`,
    `Bằng khen của ${committee ? `Chủ tịch ${awarding}` : awarding}`,
  ];

  const flags = summary.blocs.flatMap((a) => a.bloc.flag.filter((u) => !u.awaitingVote).map((u) => ({ a, u })));
  const merits = summary.blocs.flatMap((a) => a.bloc.merit.map((u) => ({ a, u })));
  const score = (v: number, decimals: number) => formatScore(v, 'vi', decimals);
  const pending = summary.blocs.flatMap((a) => a.bloc.pending.map((p) => ({ ten_khoi: a.bloc.name, noi_dung: p.reason.vi })));
  const leftOut = summary.rejected.map((x) => ({
    ten_tep: baseName(x.file),
    ten_khoi: x.blocName ?? '',
    ly_do: x.reasons.map((reason: Text) => reason.vi).join(' '),
  }));
  const leading = (a: (typeof summary.blocs)[number]): string => {
    const b = a.bloc;
    if (!b.flag.length) return b.noFlagReason?.vi ?? '—';
    return b.flag.map((u) => (u.awaitingVote ? `${u.unit} (chờ Khối bỏ phiếu suy tôn)` : u.unit)).join('; ');
  };
  const next = (x: { unit: string | null; suggested: boolean }) =>
    x.unit ? `${x.unit}${x.suggested ? ' (gợi ý theo luân phiên)' : ''}` : BLANK;

  return {
    th_tinh: province,
    th_nam: summary.year == null ? BLANK : String(summary.year),
    th_ky_danh_gia: periodText(summary.period ?? '', summary.year),
    th_co_quan_khen_thuong: awarding,
    th_co_quan_chu_quan_hoa: managingBody(awarding),
    th_nguoi_quyet_dinh: committee ? `Chủ tịch ${awarding}` : awarding,
    th_hoi_dong: `Hội đồng Thi đua - Khen thưởng tỉnh ${province}`,
    th_dia_danh_ngay: `${province}, ${BLANK_DATE}`,

    th_so_tep: countWithWords(
      summary.blocs.length + summary.rejected.length + summary.duplicates.reduce((n, d) => n + d.dropped.length, 0),
    ),
    th_so_khoi: countWithWords(summary.blocs.length),
    th_khoi: summary.blocs.map((a, i) => ({
      stt: String(i + 1),
      ten_khoi: a.bloc.name,
      so_don_vi: String(a.bloc.members),
      don_vi_dan_dau: leading(a),
      so_bang_khen: String(a.bloc.merit.length),
      khoi_truong_nam_sau: next(a.bloc.nextHead),
    })),

    th_ten_co_thi_dua: awardNames[0],
    th_ten_bang_khen: awardNames[1],
    th_so_co: countWithWords(flags.length),
    th_so_bang_khen: countWithWords(merits.length),
    th_co_de_nghi_co: flags.length > 0,
    th_co_de_nghi_bang_khen: merits.length > 0,
    th_don_vi_co: flags.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      ty_le_phieu: u.voteShare == null ? '' : formatPercent(u.voteShare, 'vi'),
    })),
    th_don_vi_bang_khen: merits.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      hang: String(u.rank),
    })),

    th_co_cho_quyet_dinh: pending.length > 0,
    th_cho_quyet_dinh: pending,
    th_co_tep_khong_tong_hop: leftOut.length > 0,
    th_tep_khong_tong_hop: leftOut,
    th_co_chua_de_nghi: pending.length > 0 || leftOut.length > 0,
  };
}

/** `To-trinh-tong-hop-<tỉnh>-<năm>.docx` (the half year: `…-6-thang-dau-nam-<năm>.docx`). */
export function provinceDocumentName(summary: ProvinceSummary): string {
  const period = summary.period && fold(summary.period) !== 'nam' ? `-${asciiSlug(summary.period)}` : '';
  const stem = `${asciiSlug(summary.province ?? '') || 'Tinh'}${period}${summary.year != null ? `-${summary.year}` : ''}`;
  return `To-trinh-tong-hop-${stem}.docx`;
}

// ---------------------------------------------------------------------------------------------------------------
// The default template

const BODY = 14; // pt
const HEAD = 13;
const SMALL = 12;
const LEFT_COL = 3969; // 7 cm
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

const body: ParaStyle = { align: 'both', firstLine: 567, before: 3, after: 3, line: 1.1 };
const heading: ParaStyle = { align: 'both', firstLine: 567, before: 6, after: 3, keepNext: true };
const item: ParaStyle = { align: 'both', firstLine: 567, before: 0, after: 2, line: 1.1 };
const tag = (text: string) => p(text, item);
const bold = (text: string, style: ParaStyle = heading) => p([r(text, { bold: true })], style);

function shortRule(width: number, lineLength: number, after: number): string {
  const indent = Math.round((width - lineLength) / 2);
  return p('', { borderTop: true, indentLeft: indent, indentRight: indent, size: 4, before: 2, after });
}

function header(): string {
  const centred = (text: string, style: { bold?: boolean; italic?: boolean; size?: number }, extra: ParaStyle = {}) =>
    p([r(text, style)], { align: 'center', ...extra });
  const left =
    centred('{th_co_quan_chu_quan_hoa}', { size: SMALL }) +
    centred('BAN THI ĐUA - KHEN THƯỞNG', { bold: true, size: HEAD }) +
    shortRule(LEFT_COL, 1300, 0) +
    centred('Số: ……/TTr-BTĐKT', { size: HEAD }, { before: 4 });
  const right =
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: SMALL }) +
    centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: HEAD }) +
    shortRule(RIGHT_COL, 3200, 0) +
    centred('{th_dia_danh_ngay}', { italic: true, size: HEAD }, { before: 4 });
  return table({
    widths: [LEFT_COL, RIGHT_COL],
    borders: false,
    rows: [{ cells: [{ content: left }, { content: right }], cantSplit: true }],
  });
}

/** A bordered table whose second row repeats for each item of `list`. */
function listTable(list: string, columns: { title: string; field: string; width: number; align: 'left' | 'center' }[]): string {
  const cell = (text: string, align: 'left' | 'center', bold = false) => ({
    content: p([r(text, { bold, size: HEAD })], { align, before: 2, after: 2 }),
    vAlign: 'center' as const,
  });
  const last = columns.length - 1;
  return table({
    widths: columns.map((col) => col.width),
    borders: true,
    rows: [
      { header: true, cantSplit: true, cells: columns.map((col) => cell(col.title, 'center', true)) },
      {
        cantSplit: true,
        cells: columns.map((col, i) => cell(`${i === 0 ? `{#${list}}` : ''}{${col.field}}${i === last ? `{/${list}}` : ''}`, col.align)),
      },
    ],
  });
}

function provinceBody(): string {
  const basis: ParaStyle = { ...body, before: 0, after: 2 };
  const italic = (text: string) => p([r(text, { italic: true })], basis);
  const w = (share: number) => Math.round(TEXT_WIDTH * share);
  const blocTable = listTable('th_khoi', [
    { title: 'TT', field: 'stt', width: w(0.06), align: 'center' },
    { title: 'Khối thi đua', field: 'ten_khoi', width: w(0.2), align: 'left' },
    { title: 'Số đơn vị', field: 'so_don_vi', width: w(0.09), align: 'center' },
    { title: 'Đơn vị dẫn đầu (đề nghị Cờ thi đua)', field: 'don_vi_dan_dau', width: w(0.3), align: 'left' },
    { title: 'Số đơn vị đề nghị Bằng khen', field: 'so_bang_khen', width: w(0.12), align: 'center' },
    {
      title: 'Khối trưởng năm sau',
      field: 'khoi_truong_nam_sau',
      width: TEXT_WIDTH - w(0.06) - w(0.2) - w(0.09) - w(0.3) - w(0.12),
      align: 'left',
    },
  ]);
  const flagTable = listTable('th_don_vi_co', [
    { title: 'TT', field: 'stt', width: w(0.07), align: 'center' },
    { title: 'Tên tập thể', field: 'ten_don_vi', width: w(0.38), align: 'left' },
    { title: 'Khối thi đua', field: 'ten_khoi', width: w(0.23), align: 'left' },
    { title: 'Tổng điểm', field: 'tong_diem', width: w(0.14), align: 'center' },
    { title: 'Tỷ lệ phiếu suy tôn', field: 'ty_le_phieu', width: TEXT_WIDTH - w(0.07) - w(0.38) - w(0.23) - w(0.14), align: 'center' },
  ]);
  const meritTable = listTable('th_don_vi_bang_khen', [
    { title: 'TT', field: 'stt', width: w(0.07), align: 'center' },
    { title: 'Tên tập thể', field: 'ten_don_vi', width: w(0.38), align: 'left' },
    { title: 'Khối thi đua', field: 'ten_khoi', width: w(0.23), align: 'left' },
    { title: 'Tổng điểm', field: 'tong_diem', width: w(0.14), align: 'center' },
    { title: 'Xếp hạng trong Khối', field: 'hang', width: TEXT_WIDTH - w(0.07) - w(0.38) - w(0.23) - w(0.14), align: 'center' },
  ]);
  const titleLine = (text: string, before = 0) => p([r(text, { bold: true })], { align: 'center', before, keepNext: true });
  const recipients =
    p([r('Nơi nhận:', { bold: true, italic: true, size: SMALL })], { keepNext: true, before: 6 }) +
    p([r('- Như trên;', { size: 11 })], { keepNext: true }) +
    p([r('- Thường trực Hội đồng TĐKT tỉnh;', { size: 11 })], { keepNext: true }) +
    p([r('- Lưu: VT, BTĐKT.', { size: 11 })]);
  const signer =
    p([r('TRƯỞNG BAN', { bold: true })], { align: 'center', keepNext: true, before: 6 }) +
    p('', { keepNext: true }) +
    p('', { keepNext: true }) +
    p('', { keepNext: true }) +
    p('', { keepNext: true }) +
    p([r('……………………………', { bold: true })], { align: 'center' });
  const half = Math.floor(TEXT_WIDTH / 2);

  return [
    header(),
    titleLine('TỜ TRÌNH', 18),
    titleLine('Về việc đề nghị tặng thưởng Cờ thi đua và Bằng khen'),
    titleLine('cho các tập thể thuộc các Khối thi đua {th_ky_danh_gia}'),
    shortRule(TEXT_WIDTH, 2200, 6),
    p([r('Kính gửi: {th_hoi_dong}.')], { align: 'center', after: 8 }),
    italic('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'),
    italic(
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    ),
    italic('Căn cứ quy chế hoạt động của các Khối thi đua và kết quả bình xét, suy tôn của các Khối thi đua {th_ky_danh_gia},'),
    p(
      'Ban Thi đua - Khen thưởng tỉnh đã nhận {th_so_tep} sổ kết quả chấm điểm, bình xét của các Khối thi đua. Mỗi sổ đã được kiểm tra lại: chấm điểm lại từ dữ liệu theo quy chế của từng Khối và đối chiếu với kết quả Khối đã ghi; {th_so_khoi} Khối thi đua đủ điều kiện tổng hợp. Ban Thi đua - Khen thưởng tỉnh kính trình Hội đồng Thi đua - Khen thưởng tỉnh như sau:',
      body,
    ),
    bold('I. KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA'),
    blocTable,
    bold('II. ĐỀ NGHỊ KHEN THƯỞNG', { ...heading, before: 8 }),
    p([r('1. Đề nghị tặng {th_ten_co_thi_dua} ', { bold: true }), r('cho {th_so_co} tập thể dẫn đầu các Khối thi đua:')], {
      ...heading,
      before: 2,
    }),
    tag('{#th_co_de_nghi_co}'),
    flagTable,
    tag('{/th_co_de_nghi_co}'),
    p([r('2. Đề nghị tặng {th_ten_bang_khen} ', { bold: true }), r('cho {th_so_bang_khen} tập thể:')], { ...heading, before: 8 }),
    tag('{#th_co_de_nghi_bang_khen}'),
    meritTable,
    tag('{/th_co_de_nghi_bang_khen}'),
    tag('{#th_co_chua_de_nghi}'),
    bold('III. CÁC TRƯỜNG HỢP CHƯA ĐỀ NGHỊ', { ...heading, before: 8 }),
    tag('{#th_co_cho_quyet_dinh}'),
    p('Các việc Hội nghị của Khối còn phải quyết định; đơn vị liên quan chưa được đưa vào danh sách đề nghị:', { ...body, keepNext: true }),
    tag('{#th_cho_quyet_dinh}'),
    p('- {ten_khoi}: {noi_dung}', item),
    tag('{/th_cho_quyet_dinh}'),
    tag('{/th_co_cho_quyet_dinh}'),
    tag('{#th_co_tep_khong_tong_hop}'),
    p('Các sổ chưa đủ điều kiện tổng hợp (Khối cần kiểm tra, chấm điểm lại và gửi lại):', { ...body, keepNext: true }),
    tag('{#th_tep_khong_tong_hop}'),
    p('- {ten_tep} ({ten_khoi}): {ly_do}', item),
    tag('{/th_tep_khong_tong_hop}'),
    tag('{/th_co_tep_khong_tong_hop}'),
    tag('{/th_co_chua_de_nghi}'),
    p(
      'Ban Thi đua - Khen thưởng tỉnh kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét, trình {th_nguoi_quyet_dinh} quyết định tặng thưởng./.',
      { ...body, before: 8, after: 6, keepNext: true },
    ),
    table({
      widths: [half, TEXT_WIDTH - half],
      borders: false,
      rows: [{ cantSplit: true, cells: [{ content: recipients }, { content: signer }] }],
    }),
  ].join('');
}

// A fixed date keeps the generated file byte-for-byte the same from one run to the next.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** The default template of the Tờ trình tổng hợp as .docx bytes. */
export function buildProvinceTemplate(): Uint8Array {
  const zip = new PizZip();
  for (const [path, content] of documentParts({
    title: 'Tờ trình đề nghị khen thưởng các Khối thi đua',
    body: provinceBody(),
    fontSize: BODY,
  })) {
    zip.file(path, content, { date: FIXED_DATE });
  }
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
