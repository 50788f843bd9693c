// The marker a self-scoring workbook carries so its return can be matched to the master: the table fingerprint,
// the unit, and where the unit's `Tự chấm` cells are. It lives in a very hidden sheet `_bxtd` as label/value rows;
// the fingerprint and the unit are also shown on `Thông tin` (`Mã đối chiếu`, `Đơn vị tự chấm`) as a fallback for
// programs that drop hidden sheets.

import type { CellValue, SheetGrid } from './grid';
import { cellAt } from './grid';
import { fold, tidy } from '../domain/text';
import { SHEET } from './format-v1';
import { findSheet } from './read-support';

export const MARKER_SHEET = '_bxtd';
export const MARKER_FORMAT = 'bxtd-tu-cham-1';
/** The self-scoring workbook's sheets carry the master's canonical names. */
export const SPLIT_SCORE_SHEET = SHEET.scores;
export const SPLIT_INFO_SHEET = SHEET.info;
export const LABEL_FINGERPRINT = 'Mã đối chiếu';
export const LABEL_UNIT = 'Đơn vị tự chấm';
export const LABEL_UNIT_KEY = 'Mã đơn vị';

/** Rows read from a marker sheet at most: a marker has a few rows per criterion, never thousands. */
const MAX_MARKER_ROWS = 5000;
const MAX_MARKER_TEXT = 500;

export interface RoundTripMarker {
  fingerprint: string;
  unit: number; // the unit's index in the master when the file was made (a hint; the key decides)
  unitName: string;
  unitKey: string;
  sheet: string; // the self-scoring sheet's name
  column: number; // 0-based column of `Tự chấm`
  /** Per criterion of the master (in order): STT and 0-based row in `sheet`. */
  criteria: { key: string; row: number }[];
}

/** The marker as sheet rows (label in A, values in B, C). */
export function markerRows(m: RoundTripMarker): CellValue[][] {
  return [
    ['format', MARKER_FORMAT],
    ['fingerprint', m.fingerprint],
    ['unit', m.unit],
    ['unitName', m.unitName],
    ['unitKey', m.unitKey],
    ['sheet', m.sheet],
    ['column', m.column],
    ...m.criteria.map((c, i): CellValue[] => ['criterion', i, c.key, c.row]),
  ];
}

function str(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return tidy(String(v)).slice(0, MAX_MARKER_TEXT);
}

function int(v: CellValue): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,7}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 && n < 1e7 ? n : null;
}

/**
 * Reads the marker from `_bxtd`. Returns null when the sheet is missing or malformed (the caller then falls back to
 * the visible labels). Only bounded, plain values are taken: the return is untrusted.
 */
export function readMarker(sheets: SheetGrid[]): RoundTripMarker | null {
  const sheet = findSheet(sheets, [MARKER_SHEET]);
  if (!sheet) return null;
  const fields = new Map<string, CellValue>();
  const criteria: { key: string; row: number }[] = [];
  const rows = Math.min(sheet.values.length, MAX_MARKER_ROWS);
  for (let r = 0; r < rows; r++) {
    const label = str(cellAt(sheet, r, 0));
    if (label === 'criterion') {
      const i = int(cellAt(sheet, r, 1));
      const row = int(cellAt(sheet, r, 3));
      if (i === null || row === null || i !== criteria.length) return null;
      criteria.push({ key: str(cellAt(sheet, r, 2)), row });
    } else if (label) {
      fields.set(label, cellAt(sheet, r, 1));
    }
  }
  if (str(fields.get('format') ?? null) !== MARKER_FORMAT) return null;
  const fp = str(fields.get('fingerprint') ?? null).toLowerCase();
  const unit = int(fields.get('unit') ?? null);
  const column = int(fields.get('column') ?? null);
  const unitKey = str(fields.get('unitKey') ?? null).toLowerCase();
  if (!/^[0-9a-f]{16}$/.test(fp) || !/^[0-9a-f]{16}$/.test(unitKey) || unit === null || column === null) return null;
  return {
    fingerprint: fp,
    unit,
    unitName: str(fields.get('unitName') ?? null),
    unitKey,
    sheet: str(fields.get('sheet') ?? null) || SPLIT_SCORE_SHEET,
    column,
    criteria,
  };
}

/** Label/value pairs (label in column A, value in B) of a sheet such as `Thông tin`, folded labels as keys. */
export function labelValues(sheet: SheetGrid | null | undefined, maxRows = 200): Map<string, string> {
  const out = new Map<string, string>();
  if (!sheet) return out;
  for (let r = 0; r < Math.min(sheet.values.length, maxRows); r++) {
    const label = str(cellAt(sheet, r, 0));
    if (label && !out.has(fold(label))) out.set(fold(label), str(cellAt(sheet, r, 1)));
  }
  return out;
}
