// A workbook as the reader sees it: sheets of plain cell values. Both hosts (Office.js and ExcelJS) produce this.

/** A cell's value. Dates arrive as Excel serial numbers (days since 1899-12-30), as Office.js gives them. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive: A1 is { top: 0, left: 0, bottom: 0, right: 0 }. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string; // as written in the workbook
  values: CellValue[][]; // row-major from A1; rows may be ragged; missing cells are null
  merges: CellRange[];
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "F12" for row 11, column 5 (0-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** "B2:D5" for a range (a single cell gives "B2"). */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** The inverse of cellAddress: "F12" -> { row: 11, col: 5 }. */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.values[row]?.[col] ?? null;
}
