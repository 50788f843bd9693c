// Shared pieces of the workbook reader: located issues, cell text, label matching, header rows, label/value rows
// and unit-name lookup. Everything works on a plain SheetGrid; nothing here knows about Excel.

import { formatScore } from '../domain/format';
import type { Issue, IssueTopic, Text, Unit } from '../domain/model';
import { fold, tidy } from '../domain/text';
import { isCellProblem, type CellProblem, type CellValue, type SheetGrid } from './grid';

// ---------------------------------------------------------------------------------------------------------------
// Issues

/** Collects located issues; every message is written in Vietnamese and English. */
export class IssueSink {
  readonly list: Issue[] = [];
  private errors = 0;

  error(sheet: string, cell: string | null, message: Text): void {
    this.errors++;
    this.list.push({ severity: 'error', sheet, cell, message });
  }

  /** `topic`: what the warning is about, where a host lists such warnings apart (a figure the sheet prints). */
  warn(sheet: string, cell: string | null, message: Text, topic?: IssueTopic): void {
    this.list.push({ severity: 'warning', sheet, cell, message, ...(topic ? { topic } : {}) });
  }

  get errorCount(): number {
    return this.errors;
  }
}

/** A Text from a template run once per language, with numbers written the way each language writes them. */
export function say(make: (n: (value: number) => string, lang: 'vi' | 'en') => string): Text {
  return { vi: make((v) => formatScore(v, 'vi'), 'vi'), en: make((v) => formatScore(v, 'en'), 'en') };
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** A cell's text, tidied (NFC, single spaces); numbers as plain digits; blank for null; a problem cell as written. */
export function cellText(v: CellValue): string {
  if (v == null) return '';
  if (typeof v === 'string') return tidy(v);
  if (isCellProblem(v)) return tidy(v.text);
  if (typeof v === 'number') return String(v);
  return v ? 'TRUE' : 'FALSE';
}

export function isBlank(v: CellValue): boolean {
  return v == null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Why a cell the file could not give a value for is refused, with `where` saying what the cell is for
 * ("tiêu chí 1.2, Công an tỉnh"). Formulas are shown as Vietnamese Excel shows them (5,5 and ";") in Vietnamese.
 */
export function problemMessage(p: CellProblem, where: Text): Text {
  const text = p.text.length > 60 ? `${p.text.slice(0, 57)}...` : p.text;
  switch (p.problem) {
    case 'noCachedValue': {
      const vi = text.replace(/,/g, ';').replace(/(\d)\.(\d)/g, '$1,$2');
      return {
        vi: `Ô có công thức ${vi} chưa có giá trị tính sẵn và không tính được ở đây (${where.vi}): hãy mở sổ bằng Excel, lưu lại rồi thử lần nữa, hoặc nhập số.`,
        en: `The cell holds the formula ${text} with no saved result, which cannot be computed here (${where.en}): open the workbook in Excel, save it and retry, or type the number.`,
      };
    }
    case 'notANumber':
      return {
        vi: `Ô ghi "${text}": không phải là số hợp lệ (${where.vi}).`,
        en: `The cell holds "${text}", which is not a valid number (${where.en}).`,
      };
    case 'unreadable':
      return {
        vi: `Không đọc được giá trị của ô ("${text}") (${where.vi}): hãy mở sổ bằng Excel, lưu lại rồi thử lần nữa.`,
        en: `The cell's value cannot be read ("${text}") (${where.en}): open the workbook in Excel, save it and retry.`,
      };
  }
}

/** The text as written, short enough to quote in a message. */
export function quote(v: CellValue): string {
  const s = cellText(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels

/**
 * The folded form used to compare a label: fold(), then without a trailing colon or asterisk and without a
 * trailing note in parentheses ("Tên đơn vị (ghi đầy đủ)" is "ten don vi").
 */
export function labelKey(text: string): string {
  let s = fold(text)
    .replace(/[:：*]+$/, '')
    .trim();
  const paren = /^(.+?)\s*\([^()]*\)$/.exec(s);
  if (paren) s = paren[1];
  return s;
}

/** A label vocabulary: each key with its accepted spellings (the first is the canonical label). */
export type Vocabulary<K extends string> = Record<K, readonly string[]>;

export interface LabelIndex<K extends string> {
  vocabulary: Vocabulary<K>;
  byKey: Map<string, K>;
}

export function labelIndex<K extends string>(vocabulary: Vocabulary<K>): LabelIndex<K> {
  const byKey = new Map<string, K>();
  for (const key of Object.keys(vocabulary) as K[]) {
    for (const label of vocabulary[key]) byKey.set(labelKey(label), key);
  }
  return { vocabulary, byKey };
}

export function matchLabel<K extends string>(index: LabelIndex<K>, v: CellValue): K | null {
  if (typeof v !== 'string') return null;
  return index.byKey.get(labelKey(v)) ?? null;
}

export function canonical<K extends string>(index: LabelIndex<K>, key: K): string {
  return index.vocabulary[key][0];
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

/** The sheet whose name matches one of `names` (folded), or null. */
export function findSheet(sheets: readonly SheetGrid[], names: readonly string[]): SheetGrid | null {
  const wanted = new Set(names.map(labelKey));
  return sheets.find((s) => wanted.has(labelKey(s.name))) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Header rows

export interface Header<K extends string> {
  row: number;
  cols: Partial<Record<K, number>>;
}

/**
 * The first row from `from` (scanning up to row `maxRows`, exclusive) that holds every required label; the columns of every label of the
 * vocabulary found on that row (the first occurrence of each).
 */
export function findHeader<K extends string>(
  sheet: SheetGrid,
  index: LabelIndex<K>,
  required: readonly K[],
  maxRows = 200,
  from = 0,
): Header<K> | null {
  const end = Math.min(sheet.values.length, maxRows);
  for (let r = from; r < end; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const cols: Partial<Record<K, number>> = {};
    for (let c = 0; c < row.length; c++) {
      const key = matchLabel(index, row[c]);
      if (key && cols[key] == null) cols[key] = c;
    }
    if (required.every((k) => cols[k] != null)) return { row: r, cols };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Label/value rows (`Thông tin`, `Quy tắc`, the top of `Phiếu bầu`)

export interface LabelRow<K extends string> {
  key: K;
  label: string; // as written
  row: number;
  labelCol: number;
  valueCol: number;
  value: CellValue; // null when the value cell is blank
}

export interface UnknownRow {
  label: string;
  row: number;
  col: number;
  value: CellValue;
  valueCol: number;
}

/**
 * Rows whose first non-blank cell is a label of the vocabulary, with the value beside it. The value column is the
 * first column right of the labels that holds anything on those rows, so a blank column between the labels and
 * their values does not matter. Rows whose first cell is not a known label but which carry a value are returned
 * as unknown; a row with a single cell (a title) is neither.
 */
export function readLabelRows<K extends string>(
  sheet: SheetGrid,
  index: LabelIndex<K>,
  rows?: { from: number; to: number },
): { known: LabelRow<K>[]; unknown: UnknownRow[] } {
  const from = rows?.from ?? 0;
  const to = Math.min(rows?.to ?? sheet.values.length - 1, sheet.values.length - 1);
  const hits: { key: K | null; label: string; row: number; col: number }[] = [];
  for (let r = from; r <= to; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const c = row.findIndex((v) => !isBlank(v));
    if (c < 0) continue;
    hits.push({ key: matchLabel(index, row[c]), label: cellText(row[c]), row: r, col: c });
  }
  // One value column per label column: the first column to the right holding anything on the known rows.
  const valueColFor = new Map<number, number>();
  for (const h of hits) {
    if (!h.key || valueColFor.has(h.col)) continue;
    let best = Infinity;
    for (const o of hits) {
      if (!o.key || o.col !== h.col) continue;
      const row = sheet.values[o.row];
      for (let c = h.col + 1; c < row.length && c < best; c++) if (!isBlank(row[c])) best = c;
    }
    valueColFor.set(h.col, Number.isFinite(best) ? best : h.col + 1);
  }
  const known: LabelRow<K>[] = [];
  const unknown: UnknownRow[] = [];
  for (const h of hits) {
    const row = sheet.values[h.row];
    if (h.key) {
      const valueCol = valueColFor.get(h.col)!;
      const v = row[valueCol] ?? null;
      known.push({ key: h.key, label: h.label, row: h.row, labelCol: h.col, valueCol, value: isBlank(v) ? null : v });
    } else {
      const valueCol = row.findIndex((v, c) => c > h.col && !isBlank(v));
      if (valueCol >= 0) unknown.push({ label: h.label, row: h.row, col: h.col, value: row[valueCol], valueCol });
    }
  }
  return { known, unknown };
}

// ---------------------------------------------------------------------------------------------------------------
// Units by name

/**
 * Finds a unit by its full or short name as people write it: folded, and also without a note in parentheses
 * ("Công an tỉnh (Khối trưởng)").
 */
export class UnitNames {
  private byName = new Map<string, number>();

  constructor(readonly units: readonly Unit[]) {
    units.forEach((u, i) => {
      for (const name of [u.name, u.shortName]) {
        if (!name) continue;
        const key = fold(name);
        if (!this.byName.has(key)) this.byName.set(key, i);
      }
    });
  }

  /** The unit index, or -1. */
  find(text: CellValue): number {
    if (typeof text !== 'string') return -1;
    const direct = this.byName.get(fold(text));
    if (direct != null) return direct;
    const bare = labelKey(text);
    return this.byName.get(bare) ?? -1;
  }
}

/**
 * A total row's label, folded: "Tổng cộng", "Tổng điểm", "Tổng số ..." followed by anything; "Tổng" or "Cộng" alone
 * or followed by ":", "(", a group ("Cộng nhóm I", "Cộng II"). Not "Công an tỉnh" (which folds to "cong an tinh").
 */
export const TOTAL_LABEL =
  /^(?:(?:tong cong|tong diem|tong so diem|tong so)(?=$|[^a-z])|(?:tong|cong)(?=$|\s*[:(.]|\s+(?:nhom|muc|phan|diem|[ivxlc]+)(?:$|[^a-z])))/;
