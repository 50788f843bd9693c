// Applying a write plan: owned sheets deleted and created again with values, merges, formats, widths, frozen rows
// and a native bar chart (or very hidden, for the add-in's own data); sheets of ours removed; our old highlights
// removed and the new ones added as conditional formats; confirmed cell writes. Everything is queued for one sync;
// only a plan over the request budget adds syncs (chunks).

import type { CellFormat, ChartPlan, OwnedSheetPlan, WritePlan } from '../workbook/plan';
import { highlightFormula } from '../workbook/plan';
import type { CellRange } from '../workbook/grid';
import { rowBlocks, type RequestBudget } from './budget';
import { cellInput, columnPoints, payloadBytes } from './cells';
import { ExcelActionError } from './errors';
import { sameSheet, type ReadState, type SheetInfo } from './read';

const SMALL = 160; // bytes: a command without bulk data
export const CHART_NAME = 'BXTD_TongDiem';

function byIndexes(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

function existing(sheets: SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameSheet(s.name, name));
}

/** Input sheets the plan writes into must not be protected: say so, naming the sheet, before anything is written. */
export function checkWritable(plan: WritePlan, sheets: SheetInfo[]): void {
  const touched = [...plan.highlightSheets, ...plan.highlights.map((h) => h.sheet), ...plan.cellWrites.map((w) => w.sheet)];
  for (const name of touched) {
    const info = existing(sheets, name);
    if (!info) {
      throw new ExcelActionError({
        vi: `Không tìm thấy trang tính «${name}» trong sổ. Có thể trang vừa bị đổi tên hoặc xóa; hãy chạy lại.`,
        en: `Sheet “${name}” is not in the workbook. It may have been renamed or deleted; run again.`,
      });
    }
    if (info.protected) {
      throw new ExcelActionError({
        vi: `Trang tính «${info.name}» đang được bảo vệ nên tiện ích không tô màu hoặc ghi vào được. Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi chạy lại; chưa có gì bị thay đổi.`,
        en: `Sheet “${info.name}” is protected, so the add-in cannot highlight or write to it. Unprotect it (Review › Unprotect Sheet) and run again; nothing was changed.`,
      });
    }
  }
}

/** Queues the whole plan; the caller syncs once at the end (the budget may sync earlier for very large plans). */
export async function queuePlan(
  context: Excel.RequestContext,
  state: Pick<ReadState, 'sheets' | 'ourHighlights'>,
  plan: WritePlan,
  budget: RequestBudget,
): Promise<void> {
  checkWritable(plan, state.sheets);
  const worksheets = context.workbook.worksheets;

  // Only sheets of ours are deleted, by their exact names (ownership.ts decided which they are).
  const remove = (name: string) => {
    const old = state.sheets.find((s) => s.name === name);
    if (!old) return;
    if (old.visibility === 'VeryHidden') dropHidden(worksheets.getItem(old.name));
    else worksheets.getItem(old.name).delete();
  };
  for (const name of plan.removeSheets ?? []) {
    await budget.reserve(SMALL * 2);
    remove(name);
  }

  for (const owned of plan.ownedSheets) {
    await budget.reserve(SMALL * 3);
    if (owned.replaces) remove(owned.replaces);
    const ws = worksheets.add(owned.name);
    await queueSheet(ws, owned, budget);
    if (owned.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
  }

  for (const name of plan.highlightSheets) {
    for (const cf of state.ourHighlights.get(existing(state.sheets, name)?.name ?? name) ?? []) {
      await budget.reserve(SMALL);
      cf.delete();
    }
  }
  for (const h of plan.highlights) {
    await budget.reserve(SMALL * 3);
    const ws = worksheets.getItem(existing(state.sheets, h.sheet)?.name ?? h.sheet);
    const cf = byIndexes(ws, h.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = highlightFormula(h.kind);
    cf.custom.format.fill.color = h.fill;
  }

  for (const w of plan.cellWrites) {
    const input = [[cellInput(w.value)]];
    await budget.reserve(payloadBytes(input));
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
  for (const block of rowBlocks(rows, (row) => payloadBytes(row))) {
    await budget.reserve(block.bytes);
    ws.getRangeByIndexes(block.start, 0, block.rows.length, width).values = block.rows;
  }
  for (const m of sheet.merges) {
    await budget.reserve(SMALL);
    byIndexes(ws, m).merge(false);
  }
  for (const op of sheet.formats) await queueFormat(ws, op.range, op.format, budget);
  for (let c = 0; c < sheet.columnWidths.length; c++) {
    await budget.reserve(SMALL);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnPoints(sheet.columnWidths[c]);
  }
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.chart) {
    await budget.reserve(SMALL * 8);
    queueChart(ws, sheet.chart);
  }
}

async function queueFormat(ws: Excel.Worksheet, r: CellRange, f: CellFormat, budget: RequestBudget): Promise<void> {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  const numberFormat =
    f.numberFormat === undefined ? null : Array.from({ length: rows }, () => Array<string>(cols).fill(f.numberFormat as string));
  await budget.reserve(SMALL * 6 + (numberFormat ? payloadBytes(numberFormat) : 0));
  const range = byIndexes(ws, r);
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontColor) range.format.font.color = f.fontColor;
  if (f.fill) range.format.fill.color = f.fill;
  if (numberFormat) range.numberFormat = numberFormat;
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal) range.format.horizontalAlignment = f.horizontal === 'left' ? 'Left' : f.horizontal === 'center' ? 'Center' : 'Right';
  if (f.border) {
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    if (rows > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (cols > 1) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) range.format.borders.getItem(edge).style = 'Continuous';
  }
}

/** A native clustered bar chart of totals; categories reversed so rank 1 is on top, like the table. */
function queueChart(ws: Excel.Worksheet, plan: ChartPlan): void {
  const chart = ws.charts.add('BarClustered', byIndexes(ws, plan.values), 'Columns');
  chart.name = CHART_NAME;
  chart.title.text = plan.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(byIndexes(ws, plan.categories));
  chart.axes.categoryAxis.reversePlotOrder = true;
  const a = plan.anchor;
  chart.setPosition(ws.getRangeByIndexes(a.top, a.left, 1, 1), ws.getRangeByIndexes(a.bottom, a.right, 1, 1));
}
