// A small master bloc workbook (format v1) as grids, with the Bloc and layout the reader would give for it, so the
// round trip's pure code can be tested without the reader.

import { parsePeriod } from '../../src/domain/bloc-words';
import { DEFAULT_RULES, type Bloc, type GroupKind, type PeriodKind } from '../../src/domain/model';
import { isCellProblem, type CellValue, type SheetGrid } from '../../src/workbook/grid';
import type { BlocLayout } from '../../src/workbook/read';
import type { Master, SplitBook } from '../../src/workbook/split';

export const UNITS = [
  { name: 'Công an tỉnh', short: 'CA tỉnh' },
  { name: 'Viện kiểm sát nhân dân tỉnh', short: 'VKSND tỉnh' },
  { name: 'Tòa án nhân dân tỉnh', short: 'TAND tỉnh' },
  { name: 'Cục Thi hành án dân sự tỉnh', short: null },
];

/** Rows of `Chấm điểm` below the header: [STT, title, max, kind of row]. */
const TABLE: [string, string, number | null, 'group' | 'leaf' | 'sub' | 'total', GroupKind?][] = [
  ['I', 'Thực hiện nhiệm vụ chuyên môn', 60, 'group', 'ordinary'],
  ['1', 'Hoàn thành chỉ tiêu, nhiệm vụ được giao', 30, 'leaf'],
  ['2', 'Công tác cải cách hành chính', 30, 'sub'],
  ['2.1', 'Cải cách thủ tục hành chính', 15, 'leaf'],
  ['2.2', 'Ứng dụng công nghệ thông tin', 15, 'leaf'],
  ['II', 'Công tác xây dựng Đảng, đoàn thể', 40, 'group', 'ordinary'],
  ['1', 'Xây dựng tổ chức Đảng trong sạch, vững mạnh', 20, 'leaf'],
  ['2', 'Hoạt động của các đoàn thể', 20, 'leaf'],
  ['III', 'Điểm thưởng', 5, 'group', 'bonus'],
  ['1', 'Có sáng kiến được công nhận', 3, 'leaf'],
  ['2', 'Được khen thưởng đột xuất', 5, 'leaf'],
  ['IV', 'Điểm trừ', 10, 'group', 'deduction'],
  ['1', 'Có cán bộ vi phạm kỷ luật', 10, 'leaf'],
  ['', 'Tổng cộng', 100, 'total'],
];

export const HEADER_ROW = 2;
export const FIRST_ROW = 4;
/** 0-based columns of each unit's Tự chấm and Khối chấm on `Chấm điểm`. */
export const SELF_COLS = UNITS.map((_, u) => 3 + 2 * u);

export interface FixtureOptions {
  /** [unit][criterion] Tự chấm values already in the master (null: blank). */
  self?: (CellValue | undefined)[][];
  year?: number;
  period?: string;
  /** Change the maximum of criterion 0 (to simulate a table edited after sending). */
  firstMax?: number;
  units?: typeof UNITS;
}

export function masterFixture(opts: FixtureOptions = {}): Master {
  const units = opts.units ?? UNITS;
  const year = opts.year ?? 2024;
  const period = opts.period ?? 'Năm';
  const table = TABLE.map((row, i) =>
    i === 1 && opts.firstMax !== undefined ? ([row[0], row[1], opts.firstMax, row[3], row[4]] as typeof row) : row,
  );
  const header: CellValue[] = ['STT', 'Nội dung', 'Điểm chuẩn'];
  const sub: CellValue[] = [null, null, null];
  units.forEach((u) => {
    header.push(u.name, null);
    sub.push('Tự chấm', 'Khối chấm');
  });
  const score: CellValue[][] = [['BẢNG CHẤM ĐIỂM THI ĐUA NĂM ' + year], [], header, sub];
  const criterionRows: number[] = [];
  const groups: Bloc['table']['groups'] = [];
  const criteria: Bloc['table']['criteria'] = [];
  table.forEach(([stt, title, max, kind, gk], i) => {
    const r = FIRST_ROW + i;
    const row: CellValue[] = [stt || null, title, max];
    if (kind === 'group') groups.push({ numeral: stt, title, kind: gk ?? 'ordinary', max, ref: `Chấm điểm!A${r + 1}` });
    if (kind === 'leaf') {
      const c = criteria.length;
      criteria.push({ key: stt, title, max, group: groups.length - 1, ref: `Chấm điểm!A${r + 1}` });
      criterionRows.push(r);
      units.forEach((_, u) => {
        row[SELF_COLS[u]] = opts.self?.[u]?.[c] ?? null;
        row[SELF_COLS[u] + 1] = null;
      });
    }
    score[r] = row;
  });
  const merges = [
    ...[0, 1, 2].map((c) => ({ top: HEADER_ROW, left: c, bottom: HEADER_ROW + 1, right: c })),
    ...units.map((_, u) => ({ top: HEADER_ROW, left: SELF_COLS[u], bottom: HEADER_ROW, right: SELF_COLS[u] + 1 })),
  ];
  const sheets: SheetGrid[] = [
    {
      name: 'Thông tin',
      values: [
        ['Tên khối', 'Khối thi đua số 3'],
        ['Tỉnh', 'Đắk Lắk'],
        ['Năm', year],
        ['Kỳ', period],
        ['Khối trưởng', units[0].name],
      ],
      merges: [],
    },
    {
      name: 'Đơn vị',
      values: [['STT', 'Tên đơn vị', 'Tên viết tắt'], ...units.map((u, i): CellValue[] => [i + 1, u.name, u.short])],
      merges: [],
    },
    { name: 'Chấm điểm', values: score, merges },
  ];
  const num = (v: CellValue | undefined) => (typeof v === 'number' ? v : null);
  const bloc: Bloc = {
    info: {
      name: 'Khối thi đua số 3',
      province: 'Đắk Lắk',
      year,
      period,
      ...periodOf(period),
      kind: 'khoi',
      kindGiven: false,
      head: units[0].name,
      deputy: null,
      awardingBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      meetingDate: null,
      meetingPlace: null,
      chair: null,
      secretary: null,
      nextHead: null,
      nextDeputy: null,
      nextHost: null,
      legalGrounds: null,
    },
    units: units.map((u) => ({
      name: u.name,
      shortName: u.short,
      representative: null,
      title: null,
      present: true,
      flagLastPeriod: false,
      ineligibleReason: null,
    })),
    table: {
      groups,
      criteria,
      self: units.map((_, u) => criteria.map((_, c) => num(opts.self?.[u]?.[c]))),
      bloc: units.map(() => criteria.map(() => null)),
    },
    cross: null,
    ballot: null,
    rules: DEFAULT_RULES,
  };
  const layout: BlocLayout = {
    scoreSheet: 'Chấm điểm',
    headerRow: HEADER_ROW,
    columns: { stt: 0, content: 1, max: 2 },
    unitColumns: units.map((_, u) => ({ self: SELF_COLS[u], bloc: SELF_COLS[u] + 1 })),
    criterionRows,
    firstRow: HEADER_ROW, // the reader's firstRow is the header's first row
    lastRow: FIRST_ROW + table.length - 1,
  };
  return { bloc, layout, sheets };
}

/** The grids a unit would send back: the split book's sheets with `Tự chấm` values filled in (by criterion). */
export function filledReturn(book: SplitBook, values: (CellValue | undefined)[]): SheetGrid[] {
  const marker = book.sheets.find((s) => s.name === '_bxtd')!;
  const rows = marker.values.filter((r) => r[0] === 'criterion').map((r) => r[3] as number);
  return book.sheets.map((s) => {
    const grid = s.values.map((r) => (r ? r.slice() : []));
    if (s.name === 'Chấm điểm') {
      values.forEach((v, c) => {
        if (v === undefined) return;
        const row = grid[rows[c]];
        while (row.length < 4) row.push(null);
        row[3] = v;
      });
    }
    return { name: s.name, values: grid, merges: s.merges };
  });
}

const plainValue = (v: CellValue) => (isCellProblem(v) ? v.text : v);

/** The grids as an .xlsx file (values and merges only), as a master would arrive. */
export async function gridsToXlsx(sheets: SheetGrid[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = plainValue(v);
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A split file filled in with ExcelJS as a unit would (values by criterion, into the marker's cells). */
export async function fillXlsx(
  bytes: Uint8Array,
  values: (CellValue | { formula: string; result: number } | undefined)[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const marker = wb.getWorksheet('_bxtd')!;
  const rows: number[] = [];
  marker.eachRow((row) => {
    if (row.getCell(1).value === 'criterion') rows.push(Number(row.getCell(4).value));
  });
  const ws = wb.getWorksheet('Chấm điểm')!;
  values.forEach((v, c) => {
    if (v !== undefined) ws.getCell(rows[c] + 1, 4).value = v as never;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function periodOf(period: string): { periodKind: PeriodKind; periodPart: number | null } {
  const p = parsePeriod(period) ?? { kind: 'year', part: null };
  return { periodKind: p.kind, periodPart: p.part };
}
