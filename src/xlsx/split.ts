// Writes a self-scoring workbook (src/workbook/split.ts describes it) with ExcelJS: every sheet protected without a
// password, the `Tự chấm` cells unlocked with a decimal validation, readable fonts and fills, and the `_bxtd` marker
// sheet very hidden. Used by the CLI and, loaded on demand, by the task pane in the browser.

import ExcelJS from 'exceljs';
import { isCellProblem, type CellValue } from '../workbook/grid';
import type { CellFormat } from '../workbook/plan';
import type { SplitBook, SplitSheet, SplitValidation } from '../workbook/split';
import { xmlSafe, xstring } from './xml';

const FONT = 'Times New Roman';

/**
 * Text as ExcelJS must be given it to store it faithfully: ExcelJS escapes &, <, > but drops the characters XML
 * cannot carry and writes a literal `_x0041_` as is (which readers decode to "A"). Encoded here the way Excel
 * stores them (xstring), so every character reads back as written, carriage returns included.
 */
export const excelText = xstring;

/** Attribute text (validation titles and messages, document properties): characters XML cannot carry dropped. */
const attrText = xmlSafe;

const excelValue = (v: CellValue): ExcelJS.CellValue =>
  v === null ? null : isCellProblem(v) ? excelText(v.text) : typeof v === 'string' ? excelText(v) : v;
const FONT_SIZE = 12;

/** Excel refuses validation texts longer than these (title 32, prompt 255, error 225 characters). */
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function validation(v: SplitValidation): ExcelJS.DataValidation {
  return {
    type: 'decimal',
    operator: v.max === null ? 'greaterThanOrEqual' : 'between',
    allowBlank: true,
    formulae: v.max === null ? [v.min] : [v.min, v.max],
    showInputMessage: true,
    promptTitle: cut(attrText(v.title), 32),
    prompt: cut(attrText(v.prompt), 255),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: cut(attrText(v.title), 32),
    error: cut(attrText(v.error), 225),
  };
}

async function writeSheet(wb: ExcelJS.Workbook, s: SplitSheet): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    state: s.state,
    views: s.freezeRows ? [{ state: 'frozen', ySplit: s.freezeRows }] : [],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = Math.max(s.columnWidths.length, ...s.values.map((r) => r.length), 1);
  s.values.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      const value = row[c];
      // Strings are plain text: ExcelJS stores them as shared strings, never as formulas.
      if (value !== null && value !== undefined) cell.value = excelValue(value);
      cell.font = { name: FONT, size: FONT_SIZE };
    }
  });
  for (const f of s.formulas) ws.getCell(f.row + 1, f.col + 1).value = { formula: f.formula, date1904: false };
  s.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const op of s.formats) {
    for (let r = op.range.top; r <= op.range.bottom; r++) {
      for (let c = op.range.left; c <= op.range.right; c++) applyFormat(ws.getCell(r + 1, c + 1), op.format, 'middle');
    }
  }
  for (const u of s.unlocked) ws.getCell(u.row + 1, u.col + 1).protection = { locked: false };
  for (const v of s.validations) ws.getCell(v.row + 1, v.col + 1).dataValidation = validation(v);
  // Wrapped text rows above the table (instructions) need room; table rows grow with their content in Excel.
  s.values.forEach((row, r) => {
    const longest = Math.max(0, ...row.map((v) => (typeof v === 'string' ? v.length : 0)));
    const merged = s.merges.find((m) => m.top === r && m.bottom === r);
    const chars = merged ? s.columnWidths.slice(merged.left, merged.right + 1).reduce((a, b) => a + b, 0) : Math.max(...s.columnWidths, 10);
    const lines = Math.ceil(longest / Math.max(chars * 1.1, 1));
    if (lines > 1) ws.getRow(r + 1).height = Math.min(lines, 12) * 16;
  });
  if (s.protect) {
    // No password: the lock guards against slips, not people; formatting rows and columns stays allowed.
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** The ExcelJS workbook of one unit's self-scoring file. */
export async function splitWorkbook(book: SplitBook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình xét Thi đua';
  wb.title = attrText(`Bảng tự chấm — ${book.unitName}`);
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of book.sheets) await writeSheet(wb, s);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return wb;
}

/** The .xlsx bytes of one unit's self-scoring file. */
export async function splitBytes(book: SplitBook): Promise<Uint8Array> {
  const wb = await splitWorkbook(book);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** A plan's cell format on an ExcelJS cell; wrapped text sits at `vertical`. */
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
