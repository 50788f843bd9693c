// Applying a write plan: owned sheets deleted and created again with values, merges, formats, widths, frozen rows,
// print setup and a native bar chart (or very hidden, for the add-in's own data); sheets of ours removed; our old
// highlights removed (by id) and the new ones added as conditional formats after the user's own; confirmed cell
// writes. Everything is queued for one sync; only a plan over the request budget adds syncs (chunks). What Excel
// would refuse half-way (a protected sheet or workbook, a cell over 32,767 characters, kept templates beyond their
// total) is refused before anything is queued.

import type { CellFormat, ChartPlan, OwnedSheetPlan, WritePlan } from '../workbook/plan';
import { highlightFormula } from '../workbook/plan';
import { cellAddress, type CellRange } from '../workbook/grid';
import { requestBytes, rowBlocks, valuesSplitBytes, type RequestBudget } from './budget';
import { CELL_TEXT_LIMIT, cellInput, columnPoints, payloadBytes, storedLength } from './cells';
import { REFUSALS } from './errors';
import { isKeptTemplatesSheet, sameSheet, type ReadState, type SheetInfo } from './read';

export const CHART_NAME = 'BXTD_TongDiem';
/** The chart's bars, as the .xlsx host draws them (src/xlsx/chart.ts). */
const CHART_STYLE = { fill: '#2F5597', gapWidth: 60, titleSize: 14 };
/**
 * Templates kept in one workbook, together: at most this many bytes of .docx (their base64 text is a third more).
 * Excel on the web moves 5 MB at a time, so the add-in reads them in bands; this keeps that to a few syncs.
 */
export const KEPT_TEMPLATES_LIMIT = 10 * 1024 * 1024;

function byIndexes(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function existing(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheet(s.name, name));
}

/**
 * Everything Excel would refuse half-way, refused before anything is written: input sheets the plan writes into
 * that are missing or protected, sheets to add or remove in a workbook whose structure is protected, a text over
 * the 32,767 characters of a cell, kept templates over their total.
 */
export function checkWritable(plan: WritePlan, state: Pick<ReadState, 'sheets'> & { structureProtected: boolean }): void {
  const touched = [...plan.highlightSheets, ...plan.highlights.map((h) => h.sheet), ...plan.cellWrites.map((w) => w.sheet)];
  for (const name of touched) {
    const info = existing(state.sheets, name);
    if (!info) throw REFUSALS.sheetMissing(name);
    if (info.protected) throw REFUSALS.sheetProtected(info.name);
  }
  const structural = [...(plan.removeSheets ?? []).filter((n) => existing(state.sheets, n)), ...plan.ownedSheets.map((o) => o.name)];
  if (state.structureProtected && structural.length > 0) throw REFUSALS.structureProtected(structural);
  for (const owned of plan.ownedSheets) {
    let kept = 0;
    owned.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const length = storedLength(cellInput(v ?? null));
        if (length > CELL_TEXT_LIMIT) throw REFUSALS.cellTooLong(owned.name, cellAddress(r, c), length, CELL_TEXT_LIMIT);
        kept += length;
      }),
    );
    const keptBytes = Math.floor((kept * 3) / 4); // base64: 4 characters for 3 bytes
    if (isKeptTemplatesSheet(owned.name) && keptBytes > KEPT_TEMPLATES_LIMIT) throw REFUSALS.keptTooLarge(keptBytes, KEPT_TEMPLATES_LIMIT);
  }
  for (const w of plan.cellWrites) {
    const length = storedLength(cellInput(w.value));
    if (length > CELL_TEXT_LIMIT) throw REFUSALS.cellTooLong(w.sheet, cellAddress(w.row, w.col), length, CELL_TEXT_LIMIT);
  }
}

/** Queues the whole plan; the caller syncs once at the end (the budget may sync earlier for very large plans). */
export async function queuePlan(
  context: Excel.RequestContext,
  state: Pick<ReadState, 'sheets' | 'ourHighlights'> & { structureProtected: boolean },
  plan: WritePlan,
  budget: RequestBudget,
): Promise<void> {
  checkWritable(plan, state);
  const worksheets = context.workbook.worksheets;

  // Only sheets of ours are deleted, by their exact names (ownership.ts decided which they are).
  const remove = async (name: string) => {
    const old = state.sheets.find((s) => s.name === name);
    if (!old) return;
    await budget.reserve(requestBytes(1, 2, payloadBytes(name)));
    if (old.visibility === 'VeryHidden') dropHidden(worksheets.getItem(old.name));
    else worksheets.getItem(old.name).delete();
  };
  for (const name of plan.removeSheets ?? []) await remove(name);

  for (const owned of plan.ownedSheets) {
    if (owned.replaces) await remove(owned.replaces);
    await budget.reserve(requestBytes(2, 1, payloadBytes(owned.name)));
    worksheets.add(owned.name);
    // The sheet `add` returns is valid for this request only; a large sheet is written over several (the budget
    // syncs), so every command reaches the new sheet by its name.
    const ws = worksheets.getItem(owned.name);
    await queueSheet(ws, owned, budget);
    if (owned.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
  }

  for (const name of plan.highlightSheets) {
    // Loaded with their ids (read.ts): each delete reaches its own rule, whatever the others' positions.
    for (const cf of state.ourHighlights.get(existing(state.sheets, name)?.name ?? name) ?? []) {
      await budget.reserve(requestBytes(4, 1));
      cf.delete();
    }
  }
  for (const h of plan.highlights) {
    await budget.reserve(requestBytes(8, 4, 64));
    const ws = worksheets.getItem(existing(state.sheets, h.sheet)?.name ?? h.sheet);
    const cf = byIndexes(ws, h.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = highlightFormula(h.kind);
    cf.custom.format.fill.color = h.fill;
    // A new rule comes first and ours is always true: last, the user's own rules on these cells still show.
    cf.priority = -1;
  }

  for (const w of plan.cellWrites) {
    const input = [[cellInput(w.value)]];
    await budget.reserve(requestBytes(2, 1, payloadBytes(input)));
    const ws = worksheets.getItem(existing(state.sheets, w.sheet)?.name ?? w.sheet);
    ws.getRangeByIndexes(w.row, w.col, 1, 1).values = input;
    if (w.format) await queueFormat(ws, { top: w.row, left: w.col, bottom: w.row, right: w.col }, w.format, budget);
  }

  const shown = plan.ownedSheets.find((o) => o.activate && o.visibility !== 'veryHidden');
  if (shown) worksheets.getItem(shown.name).activate();
}

/** Excel refuses to delete a very hidden sheet (by design): it is made merely hidden first, in the same batch. */
function dropHidden(ws: Excel.Worksheet): void {
  ws.visibility = 'Hidden';
  ws.delete();
}

async function queueSheet(ws: Excel.Worksheet, sheet: OwnedSheetPlan, budget: RequestBudget): Promise<void> {
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const rows = sheet.values.map((r) => Array.from({ length: width }, (_, c) => cellInput(r[c] ?? null)));
  for (const block of rowBlocks(rows, (row) => payloadBytes(row) + 1)) {
    await budget.reserve(requestBytes(2, 1, block.bytes) + valuesSplitBytes(block.rows.length * width));
    ws.getRangeByIndexes(block.start, 0, block.rows.length, width).values = block.rows;
  }
  for (const m of sheet.merges) {
    await budget.reserve(requestBytes(1, 1));
    byIndexes(ws, m).merge(false);
  }
  for (const op of sheet.formats) await queueFormat(ws, op.range, op.format, budget);
  for (let c = 0; c < sheet.columnWidths.length; c++) {
    await budget.reserve(requestBytes(2, 1));
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(sheet.columnWidths[c]);
  }
  if (sheet.freezeRows > 0) {
    await budget.reserve(requestBytes(1, 1));
    ws.freezePanes.freezeRows(sheet.freezeRows);
  }
  if (sheet.print) {
    await budget.reserve(requestBytes(1, 3, 96));
    queuePrint(ws, sheet.print);
  }
  if (sheet.chart) {
    await budget.reserve(requestBytes(22, 20, payloadBytes([sheet.chart.title, sheet.chart.seriesName])));
    queueChart(ws, sheet.chart);
  }
}

/**
 * The print setup the .xlsx host writes (src/xlsx/sheet-xml.ts): A4 in the plan's orientation, one page wide and as
 * many pages tall as needed (0 pages tall: automatic). `worksheet.pageLayout` is ExcelApi 1.9, below the floor.
 */
function queuePrint(ws: Excel.Worksheet, orientation: NonNullable<OwnedSheetPlan['print']>): void {
  const layout = ws.pageLayout;
  layout.orientation = orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
}

async function queueFormat(ws: Excel.Worksheet, r: CellRange, f: CellFormat, budget: RequestBudget): Promise<void> {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const numberFormat =
    f.numberFormat === undefined ? null : Array.from({ length: rows }, () => Array<string>(cols).fill(f.numberFormat as string));
  const edges: Excel.BorderIndex[] = f.border ? (['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[]) : [];
  if (f.border && rows > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
  if (f.border && cols > 1) edges.push('InsideVertical' as Excel.BorderIndex);
  // The range, its format, font, fill and borders, and one path per border edge; at most 8 commands.
  await budget.reserve(requestBytes(6 + edges.length, 8 + edges.length, 64 + (numberFormat ? payloadBytes(numberFormat) : 0)));
  const range = byIndexes(ws, r);
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor) range.format.font.color = f.fontColor;
  if (f.fill) range.format.fill.color = f.fill;
  if (numberFormat) range.numberFormat = numberFormat;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal) range.format.horizontalAlignment = f.horizontal === 'left' ? 'Left' : f.horizontal === 'center' ? 'Center' : 'Right';
  for (const edge of edges) range.format.borders.getItem(edge).style = 'Continuous';
}

/**
 * A native clustered bar chart of totals, as the .xlsx host draws it (src/xlsx/chart.ts): categories reversed so
 * rank 1 is on top like the table, the value axis crossing after the last category (so it stays at the bottom),
 * the values as data labels, dark blue bars, a bold title, no legend.
 */
function queueChart(ws: Excel.Worksheet, plan: ChartPlan): void {
  const chart = ws.charts.add('BarClustered', byIndexes(ws, plan.values), 'Columns');
  chart.name = CHART_NAME;
  chart.title.text = plan.title;
  chart.title.format.font.bold = true;
  chart.title.format.font.size = CHART_STYLE.titleSize;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(byIndexes(ws, plan.categories));
  series.format.fill.setSolidColor(CHART_STYLE.fill);
  series.gapWidth = CHART_STYLE.gapWidth;
  series.hasDataLabels = true;
  series.dataLabels.showValue = true;
  const categories = chart.axes.categoryAxis;
  categories.reversePlotOrder = true;
  categories.position = 'Maximum';
  const a = plan.anchor;
  chart.setPosition(ws.getRangeByIndexes(a.top, a.left, 1, 1), ws.getRangeByIndexes(a.bottom, a.right, 1, 1));
}
