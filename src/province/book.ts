// The summary workbook as plain data (sheets of values, formats, widths, a chart): one row per bloc, one row per
// proposed unit, the files left out and why, and a chart of proposals per bloc. Vietnamese, as the province's
// document; printed on A4 landscape one page wide with the header row repeated. src/xlsx/summary.ts writes it.

import { formatScore } from '../domain/format';
import type { CellRange, CellValue } from '../workbook/grid';
import type { FormatOp } from '../workbook/plan';
import { proposedText, type AcceptedFile, type ProposedUnit } from './check';
import type { ProvinceSummary } from './summary';

export interface SummaryChart {
  title: string;
  categories: CellRange; // bloc names, one column
  series: { name: string; values: CellRange; color: string }[]; // stacked
  anchor: CellRange;
}

export interface SummarySheet {
  name: string;
  values: CellValue[][];
  formats: FormatOp[];
  columnWidths: number[];
  merges: CellRange[];
  freezeRows: number;
  /** The header row (0-based), repeated at the top of every printed page. */
  headerRow: number;
  rowHeights: (number | undefined)[];
  orientation: 'portrait' | 'landscape';
  chart: SummaryChart | null;
}

export interface SummaryBook {
  title: string;
  sheets: SummarySheet[];
}

export const SHEETS = {
  blocs: 'Tổng hợp theo khối',
  units: 'Đơn vị được đề nghị',
  rejected: 'Tệp không tổng hợp',
  chart: 'Biểu đồ',
} as const;

const HEADER_FILL = '#DDEBF7';
const FLAG_FILL = '#FFF2CC';
const PENDING_FONT = '#C00000';
const LINE_HEIGHT = 15; // points per line of wrapped text

/** "Tỉnh Đắk Lắk — Năm 2024" / "Tỉnh Đắk Lắk — 6 tháng đầu năm 2024". */
export function periodLine(summary: ProvinceSummary): string {
  const period = summary.period && !/^n[aă]m$/i.test(summary.period.trim()) ? summary.period : 'Năm';
  return `Tỉnh ${summary.province ?? '…'} — ${period} ${summary.year ?? '…'}`;
}

/** Estimated printed lines of a cell's text in a column of `width` characters. */
function lines(value: CellValue, width: number): number {
  if (typeof value !== 'string') return 1;
  return value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / Math.max(1, width * 1.1))), 0);
}

interface Table {
  title: string;
  subtitle: string[];
  header: string[];
  widths: number[];
  rows: CellValue[][];
  /** Per column: a number format for its body cells. */
  numberFormats?: Record<number, string>;
  /** Columns whose text wraps (the others stay on one line). */
  wrap?: number[];
  centre?: number[];
  rowFormats?: { row: number; format: FormatOp['format'] }[]; // row: index into rows
  footer?: string[];
  orientation?: 'portrait' | 'landscape';
}

function tableSheet(name: string, t: Table): SummarySheet {
  const last = t.header.length - 1;
  const values: CellValue[][] = [];
  const formats: FormatOp[] = [];
  const merges: CellRange[] = [];
  const whole = (row: number) => ({ top: row, left: 0, bottom: row, right: last });
  values.push([t.title]);
  merges.push(whole(0));
  formats.push({ range: whole(0), format: { bold: true, horizontal: 'center' } });
  for (const line of t.subtitle) {
    merges.push(whole(values.length));
    formats.push({ range: whole(values.length), format: { italic: true, horizontal: 'center' } });
    values.push([line]);
  }
  values.push([]);
  const headerRow = values.length;
  values.push(t.header);
  formats.push({ range: whole(headerRow), format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center', border: true } });
  const first = values.length;
  for (const row of t.rows) values.push(row);
  const lastRow = values.length - 1;
  if (t.rows.length) {
    const body = { top: first, left: 0, bottom: lastRow, right: last };
    formats.push({ range: body, format: { border: true, wrap: false } });
    for (const c of t.wrap ?? []) formats.push({ range: { ...body, left: c, right: c }, format: { wrap: true } });
    for (const c of t.centre ?? []) formats.push({ range: { ...body, left: c, right: c }, format: { horizontal: 'center' } });
    for (const [c, numberFormat] of Object.entries(t.numberFormats ?? {})) {
      formats.push({ range: { ...body, left: Number(c), right: Number(c) }, format: { numberFormat } });
    }
    for (const rf of t.rowFormats ?? []) formats.push({ range: whole(first + rf.row), format: rf.format });
  }
  const rowHeights: (number | undefined)[] = [];
  const wrapped = new Set(t.wrap ?? []);
  values.forEach((row, r) => {
    if (r < first) return;
    const n = Math.max(1, ...row.map((v, c) => (wrapped.has(c) ? lines(v, t.widths[c]) : 1)));
    if (n > 1) rowHeights[r] = LINE_HEIGHT * n;
  });
  rowHeights[headerRow] = LINE_HEIGHT * Math.max(...t.header.map((h, c) => lines(h, t.widths[c])));
  if (t.footer?.length) {
    values.push([]);
    for (const line of t.footer) {
      formats.push({ range: { top: values.length, left: 0, bottom: values.length, right: 0 }, format: { italic: true } });
      values.push([line]);
    }
  }
  return {
    name,
    values,
    formats,
    columnWidths: t.widths,
    merges,
    freezeRows: headerRow + 1,
    headerRow,
    rowHeights,
    orientation: t.orientation ?? 'landscape',
    chart: null,
  };
}

const score = (b: AcceptedFile, v: number) => formatScore(v, 'vi', b.bloc.decimals);
const decimalsFormat = (d: number) => (d > 0 ? `0.${'0'.repeat(d)}` : '0');

function flagCells(b: AcceptedFile): [CellValue, CellValue, CellValue] {
  const { flag } = b.bloc;
  if (!flag.length) return [b.bloc.noFlagReason?.vi ?? '—', null, null];
  if (flag.length === 1) {
    const f = flag[0];
    return [f.awaitingVote ? `${f.unit} (chờ bỏ phiếu)` : f.unit, f.total, f.voteShare];
  }
  return [flag.map((f) => proposedText(f, b.bloc.members, b.bloc.decimals, 'vi')).join('\n'), null, null];
}

function appointment(a: AcceptedFile['bloc']['nextHead']): string {
  return a.unit ? `${a.unit}${a.suggested ? ' (gợi ý theo luân phiên)' : ''}` : '(chưa xác định)';
}

function blocSheet(summary: ProvinceSummary): SummarySheet {
  const header = [
    'STT',
    'Khối thi đua',
    'Số đơn vị',
    'Khối trưởng',
    'Đề nghị Cờ thi đua',
    'Tổng điểm',
    'Tỷ lệ phiếu',
    'Đề nghị Bằng khen',
    'Việc Khối còn phải quyết định',
    'Khối trưởng năm sau',
    'Khối phó năm sau',
    'Tệp nguồn',
    'Mã kiểm tra',
  ];
  const widths = [5, 16, 7, 16, 18, 9, 8, 28, 32, 16, 16, 18, 17];
  const rows: CellValue[][] = summary.blocs.map((b, i) => {
    const merit = b.bloc.merit.map((m, k) => `${k + 1}. ${m.unit} (${score(b, m.total)})`).join('\n') || '—';
    return [
      i + 1,
      b.bloc.name,
      b.bloc.members,
      b.bloc.head ?? '',
      ...flagCells(b),
      merit,
      b.bloc.pending.map((p) => `• ${p.reason.vi}`).join('\n') || '—',
      appointment(b.bloc.nextHead),
      appointment(b.bloc.nextDeputy),
      b.file,
      b.checkCode,
    ];
  });
  const flags = summary.blocs.reduce((n, b) => n + b.bloc.flag.length, 0);
  const merits = summary.blocs.reduce((n, b) => n + b.bloc.merit.length, 0);
  const pending = summary.blocs.filter((b) => b.bloc.pending.length).length;
  // One number format per column only when every bloc shares its decimals (the usual case); else as written.
  const decimals = new Set(summary.blocs.map((b) => b.bloc.decimals));
  return tableSheet(SHEETS.blocs, {
    title: 'TỔNG HỢP KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA',
    subtitle: [periodLine(summary)],
    header,
    widths,
    rows,
    numberFormats: { 5: decimals.size === 1 ? decimalsFormat([...decimals][0]) : 'General', 6: '0.0%' },
    wrap: [1, 3, 4, 7, 8, 9, 10, 11],
    centre: [0, 2, 12],
    footer: [
      `Cộng: ${summary.blocs.length} khối; ${flags} đơn vị đề nghị Cờ thi đua; ${merits} đơn vị đề nghị Bằng khen` +
        (pending ? `; ${pending} khối còn việc phải quyết định (cột «Việc Khối còn phải quyết định»).` : '.'),
      'Mỗi sổ đã được đọc lại và chấm lại theo quy tắc của Khối; chỉ sổ có trang Kết quả khớp với kết quả chấm lại và với mã kiểm tra dữ liệu mới được tổng hợp.',
      `Tệp không được tổng hợp: ${summary.rejected.length + summary.duplicates.reduce((n, d) => n + d.dropped.length, 0)} (xem trang «${SHEETS.rejected}»).`,
    ],
  });
}

function unitSheet(summary: ProvinceSummary): SummarySheet {
  type Line = { b: AcceptedFile; p: ProposedUnit; award: string; flag: boolean };
  const list: Line[] = [
    ...summary.blocs.flatMap((b) => b.bloc.flag.map((p) => ({ b, p, award: b.bloc.awards.flag, flag: true }))),
    ...summary.blocs.flatMap((b) => b.bloc.merit.map((p) => ({ b, p, award: b.bloc.awards.merit, flag: false }))),
  ];
  const rows: CellValue[][] = list.map(({ b, p, award }, i) => [
    i + 1,
    p.unit,
    b.bloc.name,
    award,
    p.total,
    p.rank,
    p.votes,
    p.voteShare,
    p.awaitingVote ? 'Chờ Khối bỏ phiếu suy tôn' : '',
  ]);
  const decimals = new Set(summary.blocs.map((b) => b.bloc.decimals));
  return tableSheet(SHEETS.units, {
    title: 'DANH SÁCH ĐƠN VỊ ĐƯỢC CÁC KHỐI THI ĐUA ĐỀ NGHỊ KHEN THƯỞNG',
    subtitle: [periodLine(summary)],
    header: ['STT', 'Đơn vị', 'Khối thi đua', 'Hình thức đề nghị', 'Tổng điểm', 'Hạng trong khối', 'Số phiếu', 'Tỷ lệ phiếu', 'Ghi chú'],
    widths: [5, 34, 22, 40, 9, 8, 8, 8, 22],
    rows,
    numberFormats: { 4: decimals.size === 1 ? decimalsFormat([...decimals][0]) : 'General', 7: '0.0%' },
    wrap: [1, 2, 3, 8],
    centre: [0, 5, 6],
    rowFormats: list.flatMap((l, i) => [
      ...(l.flag ? [{ row: i, format: { fill: FLAG_FILL } }] : []),
      ...(l.p.awaitingVote ? [{ row: i, format: { fontColor: PENDING_FONT } }] : []),
    ]),
    footer: [
      `Cộng: ${list.filter((l) => l.flag).length} đơn vị đề nghị Cờ thi đua, ${list.filter((l) => !l.flag).length} đơn vị đề nghị Bằng khen.`,
    ],
    orientation: 'landscape',
  });
}

function rejectedSheet(summary: ProvinceSummary): SummarySheet {
  const rows: CellValue[][] = [
    ...summary.rejected.map((r) => [r.file, r.blocName ?? '', r.reasons.map((x) => x.vi).join('\n')]),
    ...summary.duplicates.flatMap((d) => d.dropped.map((f) => [f, d.bloc, `Trùng khối: ${d.reason.vi}`])),
  ].map((r, i) => [i + 1, ...r]);
  return tableSheet(SHEETS.rejected, {
    title: 'CÁC TỆP KHÔNG ĐƯỢC TỔNG HỢP VÀ LÝ DO',
    subtitle: [periodLine(summary)],
    header: ['STT', 'Tệp', 'Khối thi đua', 'Lý do'],
    widths: [5, 32, 24, 90],
    rows: rows.length ? rows : [],
    wrap: [1, 2, 3],
    centre: [0],
    footer: rows.length ? [] : ['Không có tệp nào bị loại: mọi tệp đều được tổng hợp.'],
  });
}

function chartSheet(summary: ProvinceSummary): SummarySheet {
  const rows: CellValue[][] = summary.blocs.map((b) => [
    b.bloc.name,
    b.bloc.flag.length,
    b.bloc.merit.length,
    b.bloc.pending.length ? 'x' : '',
  ]);
  const sheet = tableSheet(SHEETS.chart, {
    title: 'SỐ ĐƠN VỊ ĐƯỢC ĐỀ NGHỊ KHEN THƯỞNG THEO KHỐI',
    subtitle: [periodLine(summary)],
    header: ['Khối thi đua', 'Cờ thi đua', 'Bằng khen', 'Còn việc chờ quyết định'],
    widths: [30, 11, 11, 14],
    rows,
    wrap: [0],
    centre: [1, 2, 3],
    orientation: 'portrait',
  });
  if (!rows.length) return sheet;
  const first = sheet.headerRow + 1;
  const lastRow = first + rows.length - 1;
  const top = sheet.values.length + 1;
  sheet.chart = {
    title: 'Số đơn vị được đề nghị khen thưởng theo khối',
    categories: { top: first, left: 0, bottom: lastRow, right: 0 },
    series: [
      { name: 'Cờ thi đua', values: { top: first, left: 1, bottom: lastRow, right: 1 }, color: 'FFC000' },
      { name: 'Bằng khen', values: { top: first, left: 2, bottom: lastRow, right: 2 }, color: '70AD47' },
    ],
    anchor: { top, left: 0, bottom: top + Math.max(14, Math.ceil(rows.length * 1.6) + 4), right: 3 },
  };
  return sheet;
}

export function summaryBook(summary: ProvinceSummary): SummaryBook {
  return {
    title: `Tổng hợp kết quả bình xét thi đua các Khối — ${periodLine(summary)}`,
    sheets: [blocSheet(summary), unitSheet(summary), rejectedSheet(summary), chartSheet(summary)],
  };
}
