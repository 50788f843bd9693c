// Turns an .xlsx (the sample, or any file the visitor picks) into the double's in-memory workbook: values, merges
// and formulas through the project's bounded loader (src/xlsx/read), and the visible formats through ExcelJS —
// only when the file's merges, validations and conditional formats are small enough for ExcelJS, which expands
// them cell by cell (else the sheets are drawn without formats). ExcelJS is loaded on demand (its own chunk).

import type ExcelJS from 'exceljs';
import { createWorkbook, type CellModel, type ConditionalFormatModel, type SheetFormats, type WorkbookModel } from '../excel-double';
import { columnPoints } from '../excel/cells';
import { isCellProblem, type CellRange } from '../workbook/grid';
import type { SheetFormulas } from './recalc';

/** Above this many cells covered by merges, validations and conditional formats, ExcelJS is not asked for formats. */
const EXCELJS_EXPANSION_BOUND = 200_000;

function color(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  return typeof argb === 'string' && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

const H: Record<string, CellModel['horizontal']> = { left: 'Left', center: 'Center', centerContinuous: 'Center', right: 'Right' };

function cellFormat(style: Partial<ExcelJS.Style>): Partial<Omit<CellModel, 'value' | 'formula'>> {
  const f: Partial<Omit<CellModel, 'value' | 'formula'>> = {};
  const fill = style.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const c = color(fill.fgColor);
    if (c) f.fill = c;
  }
  if (style.font?.bold) f.bold = true;
  if (style.font?.italic) f.italic = true;
  const fc = color(style.font?.color);
  if (fc && fc !== '#000000') f.fontColor = fc;
  const h = style.alignment?.horizontal;
  if (h && H[h]) f.horizontal = H[h];
  if (style.alignment?.wrapText) f.wrap = true;
  if (style.numFmt && style.numFmt !== 'General') f.numberFormat = style.numFmt;
  const b = style.border;
  if (b) {
    const borders: CellModel['borders'] = {};
    for (const side of ['top', 'bottom', 'left', 'right'] as const) if (b[side]?.style) borders[side] = 'Continuous';
    if (Object.keys(borders).length > 0) f.borders = borders;
  }
  return f;
}

function rangeOf(ref: string): CellRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { top: Number(m[2]) - 1, left: col(m[1]), bottom: Number(m[4] ?? m[2]) - 1, right: col(m[3] ?? m[1]) };
}

interface CfRule {
  type?: string;
  priority?: number;
  formulae?: string[];
  style?: { fill?: { bgColor?: Partial<ExcelJS.Color>; fgColor?: Partial<ExcelJS.Color> }; font?: { color?: Partial<ExcelJS.Color> } };
}

function formatsOf(ws: ExcelJS.Worksheet): SheetFormats {
  const cells: NonNullable<SheetFormats['cells']> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const format = cellFormat(cell.style ?? {});
      if (Object.keys(format).length > 0) cells.push({ row: r - 1, col: c - 1, format });
    });
  });
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) columnWidths[i] = columnPoints(col.width);
  });
  const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  const rules: { priority: number; format: Omit<ConditionalFormatModel, 'id'> }[] = [];
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRule[] }[] }).conditionalFormattings ?? [];
  for (const cf of cfs) {
    for (const ref of cf.ref.split(/\s+/)) {
      const range = rangeOf(ref);
      if (!range) continue;
      for (const rule of cf.rules) {
        rules.push({
          priority: rule.priority ?? Infinity,
          format: {
            type: rule.type === 'expression' ? 'Custom' : (rule.type ?? 'Custom'),
            range,
            formula: rule.formulae?.[0] ? `=${rule.formulae[0].replace(/^=/, '')}` : null,
            fill: color(rule.style?.fill?.bgColor) ?? color(rule.style?.fill?.fgColor),
            fontColor: color(rule.style?.font?.color),
          },
        });
      }
    }
  }
  // The double keeps a sheet's rules in priority order (the first applies over the others).
  const conditionalFormats = rules.sort((a, b) => a.priority - b.priority || 0).map((r) => r.format);
  return { cells, columnWidths, freezeRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0, conditionalFormats };
}

export async function modelFromXlsx(data: ArrayBuffer): Promise<{ model: WorkbookModel; formulas: SheetFormulas }> {
  const { loadXlsx } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/read');
  const loaded = await loadXlsx(data, { formulas: true });
  const formats: Record<string, SheetFormats> = {};
  if (loaded.expandedCells <= EXCELJS_EXPANSION_BOUND) {
    const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    workbook.eachSheet((ws) => (formats[ws.name] = formatsOf(ws)));
  }
  // The double holds plain values: a cell the file gave no value for shows its text.
  const sheets = loaded.sheets.map((s) => ({ ...s, values: s.values.map((row) => row.map((v) => (isCellProblem(v) ? v.text : v))) }));
  return { model: createWorkbook(sheets, formats), formulas: loaded.formulas ?? new Map() };
}
