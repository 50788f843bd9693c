// Send out (email round trip): from the master's bloc, layout and grids, describe one self-scoring workbook per
// member unit as plain data. A host (src/xlsx/split.ts) turns a description into an .xlsx file.
//
// Each workbook has `Chấm điểm` (the criteria table with the unit's `Tự chấm` column, the only unlocked cells, each
// with a validation from 0 to what the criterion allows), `Thông tin` (the bloc, the unit, the fingerprint and
// instructions) and a very hidden `_bxtd` marker (see roundtrip-marker.ts).

import type { Bloc, Criterion } from '../domain/model';
import { fold, romanValue, tidy } from '../domain/text';
import { asciiSlug } from '../domain/vietnamese';
import type { CellRange, CellValue, SheetGrid } from './grid';
import { formatScore } from '../domain/format';
import { INFO_LABELS } from './format-v1';
import { ownedPlan, readRegistry } from './ownership';
import { classifyStt, type BlocLayout } from './read-scores';
import { cellAddress, cellAt } from './grid';
import { gridsAfter, type FormatOp, type WritePlan } from './plan';
import { roundTripFingerprint, unitKey } from './roundtrip-fingerprint';
import {
  LABEL_FINGERPRINT,
  LABEL_UNIT,
  LABEL_UNIT_KEY,
  MARKER_SHEET,
  markerRows,
  SPLIT_INFO_SHEET,
  SPLIT_SCORE_SHEET,
  type RoundTripMarker,
} from './roundtrip-marker';

/** The master as the round trip sees it. */
export interface Master {
  bloc: Bloc;
  layout: BlocLayout;
  sheets: SheetGrid[];
}

export interface SplitValidation {
  row: number;
  col: number;
  min: number;
  max: number | null; // null: no upper bound (a criterion without Điểm chuẩn in an ordinary group)
  title: string;
  prompt: string;
  error: string;
}

/** A formula the split workbook computes for the unit's convenience (subtotals); written without the "=". */
export interface SplitFormula {
  row: number;
  col: number;
  formula: string;
}

export interface SplitSheet {
  name: string;
  values: CellValue[][]; // from A1; strings are text, never formulas
  formulas: SplitFormula[];
  unlocked: { row: number; col: number }[];
  validations: SplitValidation[];
  formats: FormatOp[];
  merges: CellRange[];
  columnWidths: number[];
  freezeRows: number;
  protect: boolean;
  state: 'visible' | 'veryHidden';
}

export interface SplitBook {
  fileName: string; // Tu-cham-<unit>-<khoi>-<nam>.xlsx
  unit: number;
  unitName: string;
  fingerprint: string;
  sheets: SplitSheet[];
}

/** The values a unit may give a criterion: 0 to its maximum; bonus and deduction also within their group's cap. */
export function allowedRange(bloc: Bloc, c: Criterion): { min: number; max: number | null } {
  const group = bloc.table.groups[c.group];
  const caps = [c.max];
  if (group && group.kind !== 'ordinary') caps.push(group.max);
  const given = caps.filter((m): m is number => typeof m === 'number' && Number.isFinite(m) && m >= 0);
  return { min: 0, max: given.length ? Math.min(...given) : null };
}

// ---------------------------------------------------------------------------------------------------------------
// The criteria table as it will appear in the split file.

interface TableRow {
  kind: 'group' | 'sub' | 'leaf';
  stt: string;
  title: string;
  max: number | string | null;
  group: number; // for group and leaf rows; -1 for sub-headings
  criterion: number; // for leaf rows; -1 otherwise
}

function text(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return tidy(String(v));
}

/**
 * The table rows: groups and leaves from the model, with the master's sub-heading rows (a "2" above "2.1", "2.2")
 * kept for context. Total rows are left out; the split sheet has its own.
 */
function tableRows(master: Master): TableRow[] {
  const { bloc, layout, sheets } = master;
  const { groups, criteria } = bloc.table;
  const rows: TableRow[] = [];
  const groupDone = new Set<number>();
  const pushGroup = (g: number) => {
    if (groupDone.has(g) || !groups[g]) return;
    groupDone.add(g);
    const grp = groups[g];
    rows.push({ kind: 'group', stt: grp.numeral, title: grp.title, max: grp.max, group: g, criterion: -1 });
  };
  const pushLeaf = (c: number) => {
    const crit = criteria[c];
    pushGroup(crit.group);
    rows.push({ kind: 'leaf', stt: crit.key, title: crit.title, max: crit.max, group: crit.group, criterion: c });
  };

  const sheet = sheets.find((s) => s.name === layout.scoreSheet);
  const cols = layout.columns;
  if (!sheet || layout.criterionRows.length !== criteria.length) {
    criteria.forEach((_, c) => pushLeaf(c));
    return rows;
  }
  const leafAt = new Map(layout.criterionRows.map((r, c) => [r, c]));
  const pending: TableRow[] = []; // sub-headings wait until a leaf follows them (so trailing notes are dropped)
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const c = leafAt.get(r);
    if (c !== undefined) {
      pushGroup(criteria[c].group);
      rows.push(...pending.splice(0));
      pushLeaf(c);
      continue;
    }
    if (r <= layout.headerRow) continue; // the header rows
    const stt = text(cellAt(sheet, r, cols.stt));
    const title = text(cellAt(sheet, r, cols.content));
    if (!stt) continue; // total rows and notes: the split sheet has its own total
    if (romanValue(stt) !== null) {
      const g = groups.findIndex((grp) => fold(grp.numeral) === fold(stt.replace(/[.)]$/, '')));
      if (g >= 0) {
        pending.length = 0;
        pushGroup(g);
        continue;
      }
    }
    const max = cellAt(sheet, r, cols.max);
    if (classifyStt(stt, null).kind === 'crit')
      pending.push({ kind: 'sub', stt, title, max: typeof max === 'number' ? max : null, group: -1, criterion: -1 });
  }
  // Anything the walk missed (should not happen with a consistent layout) still gets a row.
  const seen = new Set(rows.filter((x) => x.kind === 'leaf').map((x) => x.criterion));
  criteria.forEach((_, c) => {
    if (!seen.has(c)) pushLeaf(c);
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// File names.

/** ASCII words joined by "-", keeping case: "Công an tỉnh" -> "Cong-an-tinh". */
export function slug(s: string, maxLength = 40): string {
  return asciiSlug(s).slice(0, maxLength).replace(/-+$/, '') || 'x';
}

function fileNames(bloc: Bloc): string[] {
  const tail = `${slug(bloc.info.name)}-${bloc.info.year ?? 'nam'}`;
  const names = bloc.units.map((u) => `Tu-cham-${slug(u.shortName || u.name)}-${tail}.xlsx`);
  // Two units whose names give the same slug get their position appended.
  return names.map((n, i) => (names.indexOf(n) !== i || names.lastIndexOf(n) !== i ? n.replace(/\.xlsx$/, `-${i + 1}.xlsx`) : n));
}

// ---------------------------------------------------------------------------------------------------------------
// The sheets.

const COL = { stt: 0, title: 1, max: 2, self: 3 } as const;
const HEADER_ROW = 5; // 0-based: title rows and instructions above
const FILL_HEADER = '#D9E1F2';
const FILL_GROUP = '#EDEDED';
const FILL_INPUT = '#FFF2CC';

function scoreSheet(master: Master, unit: number): { sheet: SplitSheet; criterionRows: number[] } {
  const { bloc } = master;
  const u = bloc.units[unit];
  const period =
    fold(bloc.info.period) === 'nam' ? `NĂM ${bloc.info.year ?? ''}`.trim() : `${bloc.info.period} ${bloc.info.year ?? ''}`.trim();
  const values: CellValue[][] = [
    [`BẢNG TỰ CHẤM ĐIỂM THI ĐUA ${period.toUpperCase()}`],
    [[bloc.info.name, bloc.info.province ? `tỉnh ${bloc.info.province}` : ''].filter(Boolean).join(' — ')],
    [`Đơn vị: ${u.name}`],
    [
      'Hướng dẫn: nhập điểm vào các ô nền vàng của cột “Tự chấm” (từ 0 đến điểm chuẩn; điểm trừ ghi số dương). ' +
        'Các ô khác đã khóa. Lưu tệp .xlsx và gửi lại cho Khối trưởng.',
    ],
    [],
    ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', u.shortName || u.name],
    [null, null, null, 'Tự chấm'],
  ];
  const formats: FormatOp[] = [];
  const formulas: SplitFormula[] = [];
  const unlocked: { row: number; col: number }[] = [];
  const validations: SplitValidation[] = [];
  const merges: CellRange[] = [
    { top: 0, left: 0, bottom: 0, right: COL.self },
    { top: 1, left: 0, bottom: 1, right: COL.self },
    { top: 2, left: 0, bottom: 2, right: COL.self },
    { top: 3, left: 0, bottom: 3, right: COL.self },
    { top: HEADER_ROW, left: COL.stt, bottom: HEADER_ROW + 1, right: COL.stt },
    { top: HEADER_ROW, left: COL.title, bottom: HEADER_ROW + 1, right: COL.title },
    { top: HEADER_ROW, left: COL.max, bottom: HEADER_ROW + 1, right: COL.max },
  ];
  formats.push({ range: { top: 0, left: 0, bottom: 0, right: COL.self }, format: { bold: true, horizontal: 'center' } });
  formats.push({ range: { top: 1, left: 0, bottom: 2, right: COL.self }, format: { horizontal: 'center' } });
  formats.push({ range: { top: 2, left: 0, bottom: 2, right: COL.self }, format: { bold: true } });
  formats.push({ range: { top: 3, left: 0, bottom: 3, right: COL.self }, format: { italic: true, wrap: true, fontColor: '#833C0B' } });
  formats.push({
    range: { top: HEADER_ROW, left: 0, bottom: HEADER_ROW + 1, right: COL.self },
    format: { bold: true, fill: FILL_HEADER, horizontal: 'center', wrap: true, border: true },
  });

  const rows = tableRows(master);
  const first = HEADER_ROW + 2;
  const criterionRows: number[] = new Array(bloc.table.criteria.length).fill(-1);
  const groupRow = new Map<number, number>();
  const groupLeaves = new Map<number, number[]>();
  rows.forEach((tr, i) => {
    const r = first + i;
    values[r] = [tr.stt, tr.title, tr.max, null];
    if (tr.kind === 'group') {
      groupRow.set(tr.group, r);
      formats.push({ range: { top: r, left: 0, bottom: r, right: COL.self }, format: { bold: true, fill: FILL_GROUP } });
    } else if (tr.kind === 'sub') {
      formats.push({ range: { top: r, left: 0, bottom: r, right: COL.self }, format: { italic: true } });
    } else {
      criterionRows[tr.criterion] = r;
      groupLeaves.set(tr.group, [...(groupLeaves.get(tr.group) ?? []), r]);
      unlocked.push({ row: r, col: COL.self });
      const crit = bloc.table.criteria[tr.criterion];
      const range = allowedRange(bloc, crit);
      const kind = bloc.table.groups[crit.group]?.kind ?? 'ordinary';
      const bound = range.max === null ? 'từ 0 trở lên' : `từ 0 đến ${formatScore(range.max, 'vi')}`;
      validations.push({
        row: r,
        col: COL.self,
        min: range.min,
        max: range.max,
        title: `Tiêu chí ${crit.key}`,
        prompt: kind === 'deduction' ? `Số điểm bị trừ (ghi số dương), ${bound}.` : `Nhập điểm tự chấm ${bound}.`,
        error: `Điểm của tiêu chí ${crit.key} phải là số ${bound}.`,
      });
      formats.push({ range: { top: r, left: COL.self, bottom: r, right: COL.self }, format: { fill: FILL_INPUT, numberFormat: '0.##' } });
    }
  });
  const last = first + rows.length - 1;

  // Subtotals: each group's leaves (bonus and deduction capped), and the total, for the unit to see as it types.
  const sumOf = (rs: number[]) => `SUM(${rs.map((r) => cellAddress(r, COL.self)).join(',')})`;
  const total: string[] = [];
  for (const [g, r] of groupRow) {
    const leaves = groupLeaves.get(g) ?? [];
    if (!leaves.length) continue;
    const grp = bloc.table.groups[g];
    const sum = sumOf(leaves);
    const capped = grp.kind !== 'ordinary' && grp.max !== null ? `MIN(${sum},${grp.max})` : sum;
    formulas.push({ row: r, col: COL.self, formula: capped });
    total.push(`${grp.kind === 'deduction' ? '-' : '+'}${cellAddress(r, COL.self)}`);
  }
  const totalRow = last + 1;
  values[totalRow] = [null, 'Tổng cộng', null, null];
  if (total.length) formulas.push({ row: totalRow, col: COL.self, formula: total.join('').replace(/^\+/, '') });
  formats.push({ range: { top: totalRow, left: 0, bottom: totalRow, right: COL.self }, format: { bold: true, fill: FILL_GROUP } });
  formats.push({ range: { top: first, left: 0, bottom: totalRow, right: COL.self }, format: { border: true } });
  formats.push({ range: { top: first, left: COL.title, bottom: totalRow, right: COL.title }, format: { wrap: true } });
  formats.push({ range: { top: first, left: COL.stt, bottom: totalRow, right: COL.stt }, format: { horizontal: 'center' } });
  formats.push({ range: { top: first, left: COL.max, bottom: totalRow, right: COL.max }, format: { horizontal: 'center' } });

  return {
    sheet: {
      name: SPLIT_SCORE_SHEET,
      values,
      formulas,
      unlocked,
      validations,
      formats,
      merges,
      columnWidths: [7, 70, 11, 14],
      freezeRows: HEADER_ROW + 2,
      protect: true,
      state: 'visible',
    },
    criterionRows,
  };
}

/** The instructions on `Thông tin`, Vietnamese (the workbook goes to member units' staff). */
const INSTRUCTIONS = [
  '1. Nhập điểm tự chấm của đơn vị vào cột “Tự chấm” của sheet “Chấm điểm” (các ô nền vàng). Các ô khác đã được khóa.',
  '2. Mỗi tiêu chí nhận điểm từ 0 đến điểm chuẩn; điểm thưởng và điểm trừ không vượt mức tối đa của nhóm. Điểm trừ ghi số dương.',
  '3. Có thể dùng dấu phẩy thập phân (ví dụ 9,5). Không đổi tên sheet, không chèn hay xóa dòng, cột.',
  '4. Lưu tệp dạng .xlsx (Excel, LibreOffice, WPS đều được) và gửi lại cho Khối trưởng qua thư điện tử.',
  `5. “${LABEL_FINGERPRINT}” và “${LABEL_UNIT_KEY}” giúp Khối trưởng gộp tệp vào sổ gốc, đúng khối, đúng kỳ, đúng đơn vị; không sửa các mã này.`,
];

function infoSheet(master: Master, unit: number, fp: string, key: string): SplitSheet {
  const { info } = master.bloc;
  const I = (k: keyof typeof INFO_LABELS) => INFO_LABELS[k][0];
  const values: CellValue[][] = [
    ['THÔNG TIN KHỐI THI ĐUA'],
    [],
    [I('name'), info.name],
    [I('province'), info.province],
    [I('year'), info.year],
    [I('period'), info.period],
    [I('head'), info.head],
    [LABEL_UNIT, master.bloc.units[unit].name],
    [LABEL_FINGERPRINT, fp],
    [LABEL_UNIT_KEY, key],
    [],
    ['Hướng dẫn'],
    ...INSTRUCTIONS.map((s) => [s]),
  ];
  const instrTop = 12;
  return {
    name: SPLIT_INFO_SHEET,
    values,
    formulas: [],
    unlocked: [],
    validations: [],
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: 1 }, format: { bold: true } },
      { range: { top: 2, left: 0, bottom: 9, right: 0 }, format: { bold: true } },
      { range: { top: 2, left: 0, bottom: 9, right: 1 }, format: { border: true } },
      { range: { top: 11, left: 0, bottom: 11, right: 0 }, format: { bold: true } },
      { range: { top: instrTop, left: 0, bottom: instrTop + INSTRUCTIONS.length - 1, right: 1 }, format: { wrap: true } },
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 1 },
      ...INSTRUCTIONS.map((_, i) => ({ top: instrTop + i, left: 0, bottom: instrTop + i, right: 1 })),
    ],
    columnWidths: [22, 70],
    freezeRows: 0,
    protect: true,
    state: 'visible',
  };
}

function markerSheet(marker: RoundTripMarker): SplitSheet {
  return {
    name: MARKER_SHEET,
    values: markerRows(marker),
    formulas: [],
    unlocked: [],
    validations: [],
    formats: [],
    merges: [],
    columnWidths: [],
    freezeRows: 0,
    protect: true,
    state: 'veryHidden',
  };
}

/** One self-scoring workbook per member unit (or only those in `units`, by index). */
export function planSplit(master: Master, units?: number[]): SplitBook[] {
  const { bloc } = master;
  const fp = roundTripFingerprint(bloc);
  const secret = readRegistry(master.sheets).secret;
  const names = fileNames(bloc);
  const which = units ?? bloc.units.map((_, i) => i);
  return which.map((unit) => {
    const u = bloc.units[unit];
    const { sheet, criterionRows } = scoreSheet(master, unit);
    const marker: RoundTripMarker = {
      fingerprint: fp,
      unit,
      unitName: u.name,
      unitKey: unitKey(fp, u.name, secret),
      sheet: SPLIT_SCORE_SHEET,
      column: COL.self,
      criteria: bloc.table.criteria.map((c, i) => ({ key: c.key, row: criterionRows[i] })),
    };
    return {
      fileName: names[unit],
      unit,
      unitName: u.name,
      fingerprint: fp,
      sheets: [sheet, infoSheet(master, unit, fp, marker.unitKey), markerSheet(marker)],
    };
  });
}

/**
 * The master's round-trip secret, made on the first split: the plan that records it in our registry (null when the
 * master has one already) and the master as it is once that plan is applied. `random` gives 16 random bytes as hex
 * (the host's cryptographic source).
 */
export function withSecret(master: Master, random: () => string): { master: Master; plan: WritePlan | null } {
  if (readRegistry(master.sheets).secret) return { master, plan: null };
  const secret = random();
  if (!/^[0-9a-f]{32}$/.test(secret)) throw new Error('the secret must be 16 random bytes as hex');
  const { plan } = ownedPlan(master.sheets, { secret });
  return { master: { ...master, sheets: gridsAfter(master.sheets, plan) }, plan };
}
