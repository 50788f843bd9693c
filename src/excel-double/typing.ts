// What a cell holds after `range.values = [[input]]`: Excel parses a string as if the user typed it, in the
// workbook's locale. "=X" (and "+X", "-X", "@X" that are not numbers) becomes a formula, "12" a number, "50%" 0.5,
// "TRUE" a boolean, "10/5" or "May 10" a date (its serial number in the workbook's date system), "10:30" a time;
// a text-formatted cell ("@") or a leading apostrophe keeps the string as it is. null, undefined and numbers that
// JSON cannot carry (NaN, ±Infinity travel as null) leave the cell unchanged. Over 32,767 characters is refused.

import { officeError } from './client';
import { CELL_TEXT_LIMIT, type CellModel, type WorkbookModel } from './model';

type Locale = WorkbookModel['locale'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86400000;

/** The serial number of a date in the workbook's date system (1900: 1 is 1900-01-01; 1904: 0 is 1904-01-01). */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / DAY_MS);
  return date1904 ? serial - 1462 : serial;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fullYear(y: string | undefined): number {
  if (y === undefined) return new Date().getUTCFullYear();
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function monthOf(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i >= 0 && /^[a-z]+$/i.test(name) ? i + 1 : 0;
}

/** A date typed in this locale, as its serial number; null when the text is not one. */
export function parseDate(s: string, locale: Locale, date1904: boolean): number | null {
  const serial = (y: number, m: number, d: number) => (validDate(y, m, d) ? dateSerial(y, m, d, date1904) : null);
  let m = /^(\d{1,4})[/-](\d{1,2})(?:[/-](\d{1,4}))?$/.exec(s);
  if (m) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3]];
    if (m[1].length > 2) return serial(a, b, Number(c ?? 1));
    return locale === 'vi-VN' ? serial(fullYear(c), b, a) : serial(fullYear(c), a, b);
  }
  if (locale !== 'en-US') return null; // month names are English ones
  m = /^([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:,?\s+(\d{2,4}))?$/i.exec(s); // May 10, May 10, 2025
  if (m && monthOf(m[1])) return serial(fullYear(m[3]), monthOf(m[1]), Number(m[2]));
  m = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?(?:[\s-]+(\d{2,4}))?$/i.exec(s); // 10-May, 10 May 2025
  if (m && monthOf(m[2])) return serial(fullYear(m[3]), monthOf(m[2]), Number(m[1]));
  m = /^([a-z]{3,9})[\s-]+(\d{4})$/i.exec(s); // May 2025
  if (m && monthOf(m[1])) return serial(Number(m[2]), monthOf(m[1]), 1);
  return null;
}

/** A number typed in this locale ("1,234.5" in en-US, "1.234,5" in vi-VN, "(5)", "$5", "1e3"); null if not one. */
export function parseNumber(s: string, locale: Locale): number | null {
  const [dec, group] = locale === 'vi-VN' ? [',', '.'] : ['.', ','];
  let t = s.trim();
  let negative = false;
  if (/^\(.+\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  if (locale === 'en-US') t = t.replace(/^([+-]?)\$/, '$1');
  const e = (c: string) => `\\${c}`;
  const re = new RegExp(`^[+-]?(\\d{1,3}(${e(group)}\\d{3})+|\\d+)?(${e(dec)}\\d*)?(e[+-]?\\d+)?$`, 'i');
  if (!re.test(t) || !/\d/.test(t.replace(/e[+-]?\d+$/i, ''))) return null;
  const n = Number(t.split(group).join('').replace(dec, '.'));
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

function parseTime(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  return (h * 3600 + min * 60 + sec) / 86400;
}

/** Leaves the cell as it is: what Excel does with null in a values array (NaN and ±Infinity arrive as null). */
export function leavesCell(input: unknown): boolean {
  return input === null || input === undefined || (typeof input === 'number' && !Number.isFinite(input));
}

export function typeIn(cell: CellModel, input: unknown, wb: Pick<WorkbookModel, 'locale' | 'date1904'>): void {
  if (leavesCell(input)) return;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.formula = null;
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s.length > CELL_TEXT_LIMIT) {
    throw officeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format (a cell holds at most ${CELL_TEXT_LIMIT} characters).`,
    );
  }
  cell.formula = null;
  const t = s.trim();
  if (s === '') cell.value = null;
  else if (cell.numberFormat === '@') cell.value = s;
  else if (s.startsWith("'")) cell.value = s.slice(1) === '' ? null : s.slice(1);
  else if (s.length > 1 && (s.startsWith('=') || /^[+\-@]/.test(s)) && parseNumber(s, wb.locale) === null) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    cell.value = null; // the double does not calculate
  } else {
    const percent = /%$/.test(t) ? parseNumber(t.slice(0, -1), wb.locale) : null;
    const value =
      parseNumber(t, wb.locale) ??
      (percent === null ? null : percent / 100) ??
      (/^(true|false)$/i.test(t) ? t.toLowerCase() === 'true' : null) ??
      parseDate(t, wb.locale, wb.date1904) ??
      parseTime(t);
    cell.value = value ?? s;
  }
}
