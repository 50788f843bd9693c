// A workbook as the reader sees it: sheets of plain cell values. Both hosts (Office.js and ExcelJS) produce this.

/**
 * A cell the .xlsx reader could not turn into a value without guessing: a formula saved without its result that is
 * not plain arithmetic (`noCachedValue`), a formula whose saved result may be stale because the workbook asks for
 * every formula to be calculated again on opening (`staleValue`, when it is not plain arithmetic either), a number
 * that is not one (`notANumber`: "9abc", "1e309", "NaN"), or another unreadable value (`unreadable`: a shared string
 * that does not exist). `text` is what the file holds ("=4+5,5" with its "="; "9abc"). Readers show the text and
 * refuse it as a number, naming the cell; the Office.js host never produces one (Excel always has a value).
 */
export interface CellProblem {
  readonly problem: 'noCachedValue' | 'staleValue' | 'notANumber' | 'unreadable';
  readonly text: string;
}

/**
 * A cell's value. Numbers are the stored numbers, whatever their display format (a date is its serial number, as
 * Office.js gives it); see SheetGrid.date1904 for the date system.
 */
export type CellValue = string | number | boolean | null | CellProblem;

/** A problem cell; String() of it is its written text, so that any message quoting the cell shows what the file holds. */
class ProblemValue implements CellProblem {
  constructor(
    readonly problem: CellProblem['problem'],
    readonly text: string,
  ) {}

  toString(): string {
    return this.text;
  }
}

export function cellProblem(problem: CellProblem['problem'], text: string): CellProblem {
  return new ProblemValue(problem, text);
}

export function isCellProblem(v: unknown): v is CellProblem {
  return typeof v === 'object' && v !== null && typeof (v as CellProblem).problem === 'string';
}

/** A value as plain text: a problem cell's written text, everything else as String() gives it; blank for null. */
export function plainText(v: CellValue): string {
  if (v == null) return '';
  return isCellProblem(v) ? v.text : String(v);
}

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
  /**
   * The workbook counts dates from 1904-01-01 (old Mac workbooks): a date's serial number is 1,462 days smaller
   * than in the usual 1900 system. Absent or false: the 1900 system (days since 1899-12-30).
   */
  date1904?: boolean;
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
