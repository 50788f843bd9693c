// Apply a write plan to an ExcelJS workbook (the CLI's host). Values are written as values: a string that starts
// with "=" stays a string, never a formula. Charts are added after ExcelJS has written the file (see chart.ts).

import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { fold } from '../domain/text';
import { rangeAddress, type CellRange } from '../workbook/grid';
import { highlightFormula, isOurHighlightFormula, type CellFormat, type OwnedSheetPlan, type WritePlan } from '../workbook/plan';
import { addCharts, injectCharts, type SheetChart } from './chart';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const f = fold(name);
  return workbook.worksheets.find((ws) => fold(ws.name) === f);
}

/** Applies the plan; returns the charts to add once the workbook is written to bytes. */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): SheetChart[] {
  const charts: SheetChart[] = [];
  // Only sheets of ours are deleted, by their exact names (ownership.ts decided which they are).
  const remove = (name: string) => {
    const old = workbook.worksheets.find((ws) => ws.name === name);
    if (old) workbook.removeWorksheet(old.id);
  };
  for (const name of plan.removeSheets ?? []) remove(name);
  for (const sheet of plan.ownedSheets) {
    if (sheet.replaces) remove(sheet.replaces);
    writeOwnedSheet(workbook, sheet);
    if (sheet.chart) charts.push({ sheet: sheet.name, chart: sheet.chart });
  }
  for (const name of plan.highlightSheets) {
    const ws = findSheet(workbook, name);
    if (!ws) continue;
    // The filter keeps what it returns true for: every conditional format that is not one of our highlights.
    ws.removeConditionalFormatting(
      (cf: ExcelJS.ConditionalFormattingOptions) =>
        !cf.rules.some((rule) => 'formulae' in rule && (rule.formulae ?? []).some((f: unknown) => isOurHighlightFormula(String(f)))),
    );
  }
  plan.highlights.forEach((h, i) => {
    findSheet(workbook, h.sheet)?.addConditionalFormatting({
      ref: rangeAddress(h.range),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [highlightFormula(h.kind).slice(1)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(h.fill) } } },
        },
      ],
    });
  });
  for (const w of plan.cellWrites) {
    const ws = findSheet(workbook, w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.row + 1, w.col + 1);
    cell.value = w.value;
    if (w.format) applyFormat(cell, w.format);
  }
  return charts;
}

/** Write the workbook to bytes, with the plan's charts. */
export async function workbookBytes(workbook: ExcelJS.Workbook, charts: SheetChart[]): Promise<Uint8Array> {
  if (!charts.length) return new Uint8Array(await workbook.xlsx.writeBuffer());
  // ExcelJS 4.4 builds the package in a JSZip (its ZipWriter's `zip`) and deflates it in `_finalize`: the charts are
  // added there, so the package is compressed once. Should those internals change, the written package is opened
  // again instead (the same result, slower).
  const xlsx = workbook.xlsx as unknown as { _finalize?: (writer: { zip?: JSZip }) => Promise<unknown> };
  const finalize = xlsx._finalize;
  if (typeof finalize !== 'function') return addCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), charts, workbook);
  let injected = false;
  xlsx._finalize = async function (this: unknown, writer) {
    if (writer.zip && typeof writer.zip.file === 'function') {
      await injectCharts(writer.zip, charts, workbook);
      injected = true;
    }
    return finalize.call(this, writer);
  };
  try {
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    return injected ? bytes : addCharts(bytes, charts, workbook);
  } finally {
    delete xlsx._finalize; // back to the prototype's
  }
}

function writeOwnedSheet(workbook: ExcelJS.Workbook, plan: OwnedSheetPlan): void {
  const ws = workbook.addWorksheet(plan.name, {
    views: plan.freezeRows ? [{ state: 'frozen', ySplit: plan.freezeRows }] : [],
    state: plan.visibility === 'veryHidden' ? 'veryHidden' : 'visible',
    ...(plan.print ? { pageSetup: { paperSize: 9, orientation: plan.print, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } } : {}),
  });
  plan.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  plan.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  plan.rowHeights?.forEach((height, r) => {
    if (height) ws.getRow(r + 1).height = height;
  });
  for (const m of plan.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const op of plan.formats) forEachCell(ws, op.range, (cell) => applyFormat(cell, op.format));
}

function forEachCell(ws: ExcelJS.Worksheet, range: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) fn(ws.getCell(r + 1, c + 1));
}

/** A plan's cell format on an ExcelJS cell; wrapped text sits at `vertical` (top in result sheets). */
export function applyFormat(cell: ExcelJS.Cell, f: CellFormat, vertical: 'top' | 'middle' = 'top'): void {
  if (f.bold !== undefined || f.italic !== undefined || f.fontColor) {
    cell.font = {
      ...cell.font,
      ...(f.bold !== undefined ? { bold: f.bold } : {}),
      ...(f.italic !== undefined ? { italic: f.italic } : {}),
      ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}),
    };
  }
  if (f.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.fill) } };
  if (f.numberFormat) cell.numFmt = f.numberFormat;
  if (f.wrap !== undefined || f.horizontal) {
    cell.alignment = {
      ...cell.alignment,
      vertical,
      ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
      ...(f.horizontal ? { horizontal: f.horizontal } : {}),
    };
  }
  if (f.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}
