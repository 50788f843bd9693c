// Turning plan values into what Office.js expects, and back: text stays text, blanks are blanks.

import { isCellProblem, type CellValue } from '../workbook/grid';

/** The most characters an Excel cell holds. */
export const CELL_TEXT_LIMIT = 32767;

/**
 * A plan value as written to a cell. Office.js parses strings written to `range.values` as if typed, in the
 * workbook's locale: "=…" becomes a formula, "2/3" or "May 10" a date, "50%" a number, "TRUE" a boolean. A leading
 * apostrophe keeps any string as text (Excel stores it without the apostrophe), so every string gets one: what a
 * string might be taken for depends on the locale, and text must stay text. null becomes "" (Office.js would leave
 * the cell unchanged for null), and so do numbers JSON cannot carry (NaN, ±Infinity travel as null).
 */
export function cellInput(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (isCellProblem(v)) return cellInput(v.text); // only grids read from .xlsx files hold these: written as their text
  if (typeof v === 'string') return v === '' ? '' : `'${v}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

/** The characters a written value puts in its cell (the apostrophe is not stored). */
export function storedLength(input: string | number | boolean): number {
  return typeof input === 'string' ? input.length - (input.startsWith("'") ? 1 : 0) : 0;
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

/** UTF-8 bytes of a value as JSON, as it travels in a request. */
export function payloadBytes(v: unknown): number {
  const json = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}
