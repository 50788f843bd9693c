// The in-memory workbook behind the Excel double: cells with values and the formats the add-in touches, merges,
// column widths, frozen rows, conditional formats and charts. Plain data; no Node or DOM APIs, so the same model
// runs in jest and in the browser harness.

import type { CellRange, CellValue, SheetGrid } from '../workbook/grid';

export interface CellModel {
  value: CellValue; // what `range.values` returns (null for an empty cell)
  formula: string | null; // "=..." when the cell was written as a formula (the double does not calculate)
  numberFormat: string; // "General", "@", "0.00", ...
  fill: string | null; // "#RRGGBB"
  bold: boolean;
  italic: boolean;
  fontColor: string | null;
  horizontal: 'General' | 'Left' | 'Center' | 'Right';
  wrap: boolean;
  borders: Partial<Record<'top' | 'bottom' | 'left' | 'right', string>>; // edge -> line style
}

/** A sheet's conditional formats are kept in priority order: the first applies over the ones after it. */
export interface ConditionalFormatModel {
  id: number;
  type: string; // "Custom", "ColorScale", ...
  range: CellRange;
  formula: string | null; // custom rule formula
  fill: string | null;
  fontColor: string | null;
}

export interface ChartSeriesModel {
  name: string;
  values: CellRange;
  categories: CellRange | null;
  /** Data labels shown on the bars (null: none), and what they show. */
  dataLabels: { showValue: boolean; showCategoryName: boolean; showSeriesName: boolean; showLegendKey: boolean } | null;
  /** The bars' solid fill ("#RRGGBB"), or null for Excel's automatic colour. */
  fill: string | null;
  /** Gap between bars as a percentage of a bar's width (Excel's default: 150). */
  gapWidth: number;
}

export interface ChartModel {
  name: string;
  type: string;
  title: string;
  titleFont: { bold: boolean; size: number };
  legendVisible: boolean;
  /** The category axis in reverse order (the first category at the top of a bar chart). */
  reversedCategories: boolean;
  /** Where the value axis crosses the category axis (`categoryAxis.position`): "Maximum" puts it after the last category. */
  valueAxisCrosses: 'Automatic' | 'Maximum' | 'Minimum';
  series: ChartSeriesModel[];
  /** Where the chart sits, as the cells under its top-left and bottom-right corners. */
  position: { from: { row: number; col: number }; to: { row: number; col: number } } | null;
}

/** A sheet's print setup (`worksheet.pageLayout`). */
export interface PageLayoutModel {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string; // "Letter", "A4", ...
  /** Percentage scale, or fit to pages (0: as many pages as needed in that direction). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

export interface SheetModel {
  name: string;
  cells: (CellModel | undefined)[][];
  merges: CellRange[];
  columnWidths: Record<number, number>; // points, per 0-based column that has one
  freezeRows: number;
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  protected: boolean;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  pageLayout: PageLayoutModel;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: string | null;
  selection: { sheet: string; range: CellRange } | null;
  /** The ExcelApi version the simulated host supports, e.g. "1.14". */
  apiVersion: string;
  /** Simulates a user typing in a cell: every request fails with InvalidOperationInCellEditMode. */
  cellEditMode: boolean;
  /** Request and response size limits in bytes (Excel on the web: 5 MB each; Infinity for desktop Excel). */
  requestLimit: number;
  responseLimit: number;
  /** The workbook counts dates from 1904 (Excel for Mac's old default): serial 0 is 1904-01-01. */
  date1904: boolean;
  /** The locale Excel parses typed text in ("vi-VN": 10/5/2025 is 10 May, "1,5" is 1.5; "en-US": May 10). */
  locale: 'vi-VN' | 'en-US';
  /** Review › Protect Workbook: sheets cannot be added, deleted, renamed, hidden or shown. */
  structureProtected: boolean;
  /** Formulas › Calculation Options; `recalculations` counts application.calculate() calls. */
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  recalculations: number;
  /** Every completed context.sync() on this workbook, for tests and the harness. */
  syncs: number;
  nextId: number;
}

/** Formats a loader may give for a sheet, beyond values and merges. */
export interface SheetFormats {
  cells?: { row: number; col: number; format: Partial<Omit<CellModel, 'value' | 'formula'>> }[];
  columnWidths?: Record<number, number>;
  freezeRows?: number;
  conditionalFormats?: Omit<ConditionalFormatModel, 'id'>[];
}

/** Excel on the web refuses a request or a response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The most characters a cell holds. */
export const CELL_TEXT_LIMIT = 32767;

function emptyCell(): CellModel {
  return {
    value: null,
    formula: null,
    numberFormat: 'General',
    fill: null,
    bold: false,
    italic: false,
    fontColor: null,
    horizontal: 'General',
    wrap: false,
    borders: {},
  };
}

export function createSheet(name: string): SheetModel {
  return {
    name,
    cells: [],
    merges: [],
    columnWidths: {},
    freezeRows: 0,
    conditionalFormats: [],
    charts: [],
    protected: false,
    visibility: 'Visible',
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } },
  };
}

export function createWorkbook(grids: SheetGrid[] = [], formats: Record<string, SheetFormats> = {}): WorkbookModel {
  const wb: WorkbookModel = {
    sheets: [],
    activeSheet: null,
    selection: null,
    apiVersion: '1.14',
    cellEditMode: false,
    requestLimit: WEB_PAYLOAD_LIMIT,
    responseLimit: WEB_PAYLOAD_LIMIT,
    date1904: grids.some((g) => g.date1904 === true),
    locale: 'en-US',
    structureProtected: false,
    calculationMode: 'Automatic',
    recalculations: 0,
    syncs: 0,
    nextId: 1,
  };
  for (const grid of grids) {
    const sheet = createSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== '') cellFor(sheet, r, c).value = v;
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    const f = formats[grid.name];
    if (f) {
      for (const { row, col, format } of f.cells ?? []) Object.assign(cellFor(sheet, row, col), format);
      Object.assign(sheet.columnWidths, f.columnWidths ?? {});
      sheet.freezeRows = f.freezeRows ?? 0;
      for (const cf of f.conditionalFormats ?? []) sheet.conditionalFormats.push({ ...cf, id: wb.nextId++ });
    }
    wb.sheets.push(sheet);
  }
  wb.activeSheet = wb.sheets[0]?.name ?? null;
  return wb;
}

export function findSheet(wb: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === key); // Excel sheet names are case-insensitive
}

export function cellFor(sheet: SheetModel, row: number, col: number): CellModel {
  const line = (sheet.cells[row] ??= []);
  return (line[col] ??= emptyCell());
}

export function peekCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells[row]?.[col];
}

function isDefaultFormat(c: CellModel): boolean {
  return (
    c.numberFormat === 'General' &&
    c.fill === null &&
    !c.bold &&
    !c.italic &&
    c.fontColor === null &&
    c.horizontal === 'General' &&
    !c.wrap &&
    Object.keys(c.borders).length === 0
  );
}

/** The used range: every cell with a value (valuesOnly) or with a value or a format; null when the sheet is empty. */
export function usedRange(sheet: SheetModel, valuesOnly: boolean): CellRange | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((line, r) =>
    line?.forEach((c, col) => {
      if (!c) return;
      const used = c.value !== null || c.formula !== null || (!valuesOnly && !isDefaultFormat(c));
      if (!used) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }),
  );
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      top = Math.min(top, m.top);
      left = Math.min(left, m.left);
      bottom = Math.max(bottom, m.bottom);
      right = Math.max(right, m.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The sheet as a grid (values from A1, trailing empties trimmed), the way a host's reader sees it. */
export function toGrid(sheet: SheetModel): SheetGrid {
  const values: CellValue[][] = sheet.cells.map((line) => {
    const row = Array.from(line ?? [], (c) => c?.value ?? null); // holes too: a sparse row has no value there
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return { name: sheet.name, values, merges: sheet.merges.map((m) => ({ ...m })) };
}

/**
 * A canonical, JSON-comparable picture of everything a user could see in the workbook (values, formulas, formats,
 * merges, widths, panes, conditional formats, charts, sheet order). Selection and counters are left out.
 */
export function snapshot(wb: WorkbookModel): unknown {
  return wb.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.flatMap((line, r) =>
      (line ?? []).flatMap((c, col) =>
        c && (c.value !== null || c.formula !== null || !isDefaultFormat(c)) ? [{ r, col, ...c, borders: sortKeys(c.borders) }] : [],
      ),
    ),
    merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    columnWidths: sortKeys(s.columnWidths),
    freezeRows: s.freezeRows,
    conditionalFormats: s.conditionalFormats.map(({ id: _id, ...cf }) => cf),
    charts: s.charts,
    protected: s.protected,
    pageLayout: s.pageLayout,
  }));
}

function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))) as T;
}

/** "1.13" <= "1.14"; compares numerically part by part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
