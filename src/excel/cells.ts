// Turning plan values into what Office.js expects, and back: text stays text, blanks are blanks.

import { isCellProblem, type CellValue } from '../workbook/grid';

/**
 * Office.js parses strings written to `range.values` as if typed: "=..." becomes a formula, "2/3" a date, "50%" a
 * number. A leading apostrophe keeps any string as text (Excel stores the text without it). It is added to every
 * string that Excel might read as something else.
 */
export function needsApostrophe(s: string): boolean {
  return /^[\s]*[\d=+\-@'$.(%#]/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}

/** A plan value as written to a cell; null becomes "" (Office.js would leave the cell unchanged for null). */
export function cellInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (isCellProblem(v)) return cellInput(v.text); // only grids read from .xlsx files hold these: written as their text
  if (typeof v === 'string') return needsApostrophe(v) ? `'${v}` : v;
  return v;
}

/** A value Office.js read, as a grid cell: "" is an empty cell. */
export function gridValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Excel column width in points for a width in characters of the default font (Calibri 11: 7 px + 5 px padding). */
export function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Estimated UTF-8 bytes of a request carrying this value. */
export function payloadBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n + 100; // the command's own envelope
}
