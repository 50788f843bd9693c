// What the product writes into a workbook, as plain data. The hosts (src/excel, src/xlsx) apply a plan; they
// decide nothing. Input sheets are never given values: only `Kết quả` is (re)written, and highlights on
// `Chấm điểm` are conditional formats the add-in can recognise and remove (see HIGHLIGHT_MARKER).

import type { CellRange, CellValue, SheetGrid } from './grid';

export const RESULT_SHEET = 'Kết quả';

/**
 * Highlights are conditional formats whose formula carries this marker, e.g. =N("BXTD:flag")=0, which is always
 * true. The user's own fills stay untouched, and a host removes exactly the formats whose formula contains the
 * marker before applying new ones.
 */
export const HIGHLIGHT_MARKER = 'BXTD';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fill?: string; // "#RRGGBB"
  fontColor?: string; // "#RRGGBB"
  numberFormat?: string; // e.g. "0.00"
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  border?: boolean; // thin border on every cell of the range
}

export interface FormatOp {
  range: CellRange;
  format: CellFormat;
}

export interface ChartPlan {
  title: string;
  /** Category labels (unit names) and values (totals): single-column ranges on the same sheet. */
  categories: CellRange;
  values: CellRange;
  seriesName: string;
  /** Where the chart sits, in cells. */
  anchor: CellRange;
}

/** A sheet that the product owns and rewrites whole (`Kết quả`); named and placed by ownership.ts. */
export interface OwnedSheetPlan {
  /** The exact name to create; never the name of a sheet that stays (ownership.ts picks a free one). */
  name: string;
  /** The exact name of an existing sheet of ours that this one replaces (deleted first); null or absent: none. */
  replaces?: string | null;
  values: CellValue[][]; // from A1; strings starting with "=" are never formulas: hosts write them as text
  formats: FormatOp[];
  columnWidths: number[]; // in characters, per column from A
  merges: CellRange[];
  chart: ChartPlan | null;
  freezeRows: number;
  /** Row heights in points where wrapped text needs more than one line (index: row from 0). Excel fits rows by
   * itself; files written without Excel keep these. */
  rowHeights?: (number | undefined)[];
  /** Printed on A4 in this orientation, one page wide. */
  print?: 'portrait' | 'landscape';
  /** 'veryHidden': the add-in's own data (`_bxtd_mau`), kept out of sight and out of Excel's Unhide list. */
  visibility?: 'visible' | 'veryHidden';
  /** Shown to the user once written (`Kết quả`); other sheets of ours leave the active sheet alone. */
  activate?: boolean;
}

export interface HighlightPlan {
  sheet: string; // `Chấm điểm` as named in the workbook
  kind: 'flag' | 'merit' | 'ineligible';
  range: CellRange;
  fill: string; // "#RRGGBB"
}

/** One value written into an input sheet: only for merging returned self-scores the user has confirmed. */
export interface CellWrite {
  sheet: string; // the exact sheet name
  row: number; // 0-based
  col: number; // 0-based
  value: number | string | null; // strings are always written as text, never as formulas
  /** On sheets of ours (the banner on an out-of-date `Kết quả`), or on empty cells the user asked us to fill. */
  format?: CellFormat;
}

export interface WritePlan {
  /** Created at the end of the workbook, each after deleting the sheet it `replaces`. */
  ownedSheets: OwnedSheetPlan[];
  /** Sheets of ours, by exact name, deleted and not created again (`_bxtd_mau` once no template is kept). */
  removeSheets?: string[];
  /** Replace every earlier highlight of ours on these sheets with these. */
  highlightSheets: string[];
  highlights: HighlightPlan[];
  /** Confirmed writes into input cells (the email round trip's merge); empty for scoring. */
  cellWrites: CellWrite[];
}

export const HIGHLIGHT_FILLS = { flag: '#FFD966', merit: '#C6EFCE', ineligible: '#D9D9D9' } as const;

/** The conditional-format formula for a highlight of this kind. */
export function highlightFormula(kind: HighlightPlan['kind']): string {
  return `=N("${HIGHLIGHT_MARKER}:${kind}")=0`;
}

export function isOurHighlightFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${HIGHLIGHT_MARKER}:`);
}

/**
 * The grids as they will be once a host has applied the plan (copies; the input is not changed): sheets of ours
 * removed or replaced, the new ones at the end, the cell writes made. To read a workbook again right after a write.
 */
export function gridsAfter(sheets: readonly SheetGrid[], plan: WritePlan): SheetGrid[] {
  const gone = new Set([...(plan.removeSheets ?? []), ...plan.ownedSheets.map((o) => o.replaces).filter((n): n is string => !!n)]);
  const all = [
    ...sheets.filter((s) => !gone.has(s.name)),
    ...plan.ownedSheets.map((o) => ({ name: o.name, values: o.values.map((r) => r.slice()), merges: o.merges })),
  ];
  return all.map((s) => {
    const mine = plan.cellWrites.filter((w) => w.sheet === s.name);
    if (!mine.length) return s;
    const values = s.values.map((row) => row.slice());
    for (const w of mine) {
      while (values.length <= w.row) values.push([]);
      const row = values[w.row];
      while (row.length <= w.col) row.push(null);
      row[w.col] = w.value;
    }
    return { ...s, values };
  });
}
