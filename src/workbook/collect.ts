// Take back (email round trip): check returned self-scoring workbooks against the master and merge their values
// into the master's `Tự chấm` cells, as WritePlan.cellWrites that either host applies.
//
// A return is untrusted. Its only values that matter are the unit's `Tự chấm` cells; names and criteria in it are
// checked against the master, never copied. Nothing is overwritten silently: a master cell that already holds a
// different value is a conflict, written only when the caller passes `overwrite` (the user confirmed).
//
// Each return is checked on its own (returnChecker) into a few numbers per criterion, so a host can load, check and
// drop one return before loading the next (memory independent of their number); mergeReturns then plans the merge.

import type { ErrorCode } from '../domain/errors';
import { formatScore } from '../domain/format';
import type { Bloc, Text } from '../domain/model';
import { fold, parseNumber, roundTo, tidy } from '../domain/text';
import type { CellValue, SheetGrid } from './grid';
import { cellAddress, cellAt } from './grid';
import type { CellWrite, WritePlan } from './plan';
import { roundTripFingerprint, unitKey } from './roundtrip-fingerprint';
import {
  LABEL_FINGERPRINT,
  LABEL_UNIT,
  LABEL_UNIT_KEY,
  labelValues,
  readMarker,
  SPLIT_INFO_SHEET,
  SPLIT_SCORE_SHEET,
  type RoundTripMarker,
} from './roundtrip-marker';
import { SCORE_SUB_COLUMNS } from './format-v1';
import { OWNED_TITLE, ownedPlan, readRegistry, type OwnedDraft } from './ownership';
import { findSheet } from './read-support';
import { allowedRange, type Master } from './split';

/** A returned workbook: its grids, or why it could not be loaded (too big, not an .xlsx, zip bomb...). */
export interface ReturnedWorkbook {
  name: string;
  sheets: SheetGrid[] | null;
  loadError?: Text | null;
}

export interface Conflict {
  file: string;
  unit: number;
  unitName: string;
  criterion: string; // "II.1": group numeral and STT
  sheet: string;
  cell: string; // "F12"
  row: number;
  col: number;
  master: CellValue;
  returned: number;
  overwritten: boolean;
}

export type FileStatus = 'accepted' | 'rejected' | 'duplicate';

export interface FileReport {
  file: string;
  status: FileStatus;
  /** Why the file is not merged, as a stable code (null when accepted). */
  code: ErrorCode | null;
  unit: number | null;
  unitName: string | null;
  reasons: Text[]; // why rejected, or why flagged as a duplicate
  notes: Text[]; // warnings that do not stop the merge (blank cells)
  values: number; // scores read from the file
  written: number; // cells the plan writes from this file
  unchanged: number; // scores equal to what the master already holds
  conflicts: Conflict[];
}

export interface CollectReport {
  fingerprint: string;
  files: FileReport[];
  conflicts: Conflict[];
  /** Conflicts left unwritten because the user has not confirmed overwriting them. */
  pendingConflicts: number;
  plan: WritePlan;
}

export interface CollectOptions extends CheckOptions {
  overwrite?: boolean;
  /** When the merge is made (for the journal of overwritten cells); now by default. */
  at?: Date;
}

export interface CheckOptions {
  /**
   * Take a file whose unit key does not match this master (code `roundtrip.unitKey`: most likely the master was not
   * saved after the split that made its secret) as the member unit it names — only after the user confirmed it.
   */
  byUnitName?: boolean;
}

/** A self-scoring sheet has tens of rows; a return with far more is refused rather than scanned. */
export const MAX_RETURN_ROWS = 5000;
/** Text longer than this in a score cell is refused (and shown truncated). */
export const MAX_CELL_TEXT = 1000;
const MAX_REASONS = 20;
const HEADER_SCAN_ROWS = 40;
const SELF_HEADERS = SCORE_SUB_COLUMNS.self.map(fold);

const t = (vi: string, en: string): Text => ({ vi, en });
const vi = (n: number) => formatScore(n, 'vi');

/** A cell's text for a message: one line, at most 40 characters, with its full length when cut. */
export function quote(v: CellValue, lang: 'vi' | 'en' = 'vi'): string {
  if (typeof v === 'number') return formatScore(v, lang);
  const s = tidy(String(v ?? '').slice(0, 200));
  const length = String(v ?? '').length;
  if (length <= 40) return `“${s}”`;
  return `“${s.slice(0, 40)}…” (${length} ${lang === 'vi' ? 'ký tự' : 'characters'})`;
}

/** A criterion as people name it across groups: "II.1" (the STT alone repeats from group to group). */
export function criterionLabel(bloc: Bloc, c: number): string {
  const crit = bloc.table.criteria[c];
  const numeral = bloc.table.groups[crit.group]?.numeral ?? '';
  return numeral && !fold(crit.key).startsWith(fold(numeral) + '.') ? `${numeral}.${crit.key}` : crit.key;
}

function sameNumber(a: number, b: number, deduction: boolean): boolean {
  return deduction ? roundTo(Math.abs(a), 6) === roundTo(Math.abs(b), 6) : roundTo(a, 6) === roundTo(b, 6);
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

// ---------------------------------------------------------------------------------------------------------------
// Checking one return.

/** One return checked: what the merge needs of it (its grids can be dropped). */
export interface CheckedReturn {
  file: string;
  unit: number | null;
  values: (number | null)[]; // per master criterion; null: left blank
  reasons: Text[];
  notes: Text[];
  /** Why it is refused: `roundtrip.otherUnit` for a key and a name of two units, else `roundtrip.refused`. */
  code: ErrorCode | null;
}

type Checked = Omit<CheckedReturn, 'file' | 'code'> & { code?: ErrorCode };

/** The visible fallback when `_bxtd` is gone (a program that drops hidden sheets): `Thông tin` labels. */
function visibleMarker(sheets: SheetGrid[]): RoundTripMarker | null {
  const info = labelValues(findSheet(sheets, [SPLIT_INFO_SHEET]));
  const fp = (info.get(fold(LABEL_FINGERPRINT)) ?? '').toLowerCase();
  const unitName = info.get(fold(LABEL_UNIT)) ?? '';
  // Files made before the unit key was shown carry none: their unsigned key is the fingerprint of the name.
  const key = (info.get(fold(LABEL_UNIT_KEY)) ?? '').toLowerCase() || unitKey(fp, unitName, null);
  if (!/^[0-9a-f]{16}$/.test(fp) || !unitName) return null;
  return { fingerprint: fp, unit: -1, unitName, unitKey: key, sheet: SPLIT_SCORE_SHEET, column: -1, criteria: [] };
}

/** Why a fingerprint differs, in the user's terms: which of bloc, province, year, period differs, else the table. */
function mismatchReasons(bloc: Bloc, sheets: SheetGrid[]): Text[] {
  const info = labelValues(findSheet(sheets, [SPLIT_INFO_SHEET]));
  const fields: [string, string, string, string][] = [
    ['Tên khối', 'bloc', bloc.info.name, info.get(fold('Tên khối')) ?? ''],
    ['Tỉnh', 'province', bloc.info.province, info.get(fold('Tỉnh')) ?? ''],
    ['Năm', 'year', String(bloc.info.year ?? ''), info.get(fold('Năm')) ?? ''],
    ['Kỳ', 'period', bloc.info.period, info.get(fold('Kỳ')) ?? ''],
  ];
  const out = fields
    .filter(([, , m, r]) => fold(m) !== fold(r))
    .map(([vi, en, m, r]) =>
      t(
        `Tệp thuộc khối, kỳ khác: ${vi} trong tệp là ${quote(r)}, trong sổ gốc là ${quote(m)}.`,
        `The file belongs to another bloc or period: its ${en} is ${quote(r, 'en')}, the master's is ${quote(m, 'en')}.`,
      ),
    );
  return out.length
    ? out
    : [
        t(
          'Bảng tiêu chí trong tệp khác với sổ gốc (mã đối chiếu không khớp): bảng tiêu chí đã thay đổi sau khi gửi tệp. Hãy gửi lại bảng tự chấm mới.',
          'The criteria table in the file differs from the master (fingerprint mismatch): the table changed after the file was sent. Send a new self-scoring workbook.',
        ),
      ];
}

/** The column headed `Tự chấm` in the first rows of the sheet, preferring the marker's. */
function selfColumn(sheet: SheetGrid, hint: number): number | null {
  const rows = Math.min(sheet.values.length, HEADER_SCAN_ROWS);
  const isHeader = (r: number, c: number) => {
    const v = cellAt(sheet, r, c);
    return typeof v === 'string' && v.length < 100 && SELF_HEADERS.includes(fold(v));
  };
  if (hint >= 0) for (let r = 0; r < rows; r++) if (isHeader(r, hint)) return hint;
  for (let r = 0; r < rows; r++) {
    const width = Math.min(sheet.values[r]?.length ?? 0, 100);
    for (let c = 0; c < width; c++) if (isHeader(r, c)) return c;
  }
  return null;
}

/** The row of each master criterion in the return: the marker's row when STT and title match there, else a scan. */
function criterionRows(bloc: Bloc, sheet: SheetGrid, marker: RoundTripMarker): (number | null)[] {
  const folded = (r: number, c: number, max: number) => fold(String(cellAt(sheet, r, c) ?? '').slice(0, max));
  const keys: string[] = [];
  const titles: string[] = [];
  const keyAt = (r: number) => (keys[r] ??= folded(r, 0, 200));
  const titleAt = (r: number) => (titles[r] ??= folded(r, 1, 2000));
  const used = new Set<number>();
  return bloc.table.criteria.map((c, i) => {
    const key = fold(c.key);
    const title = fold(c.title);
    const matches = (r: number) => !used.has(r) && keyAt(r) === key && titleAt(r) === title;
    const hinted = marker.criteria[i]?.row;
    let row: number | null = hinted !== undefined && matches(hinted) ? hinted : null;
    for (let r = 0; row === null && r < sheet.values.length; r++) if (matches(r)) row = r;
    if (row !== null) used.add(row);
    return row;
  });
}

function checkReturn(master: Master, fp: string, secret: string | null, ret: ReturnedWorkbook, opts: CheckOptions): Checked {
  const { bloc } = master;
  const fail = (...reasons: Text[]): Checked => ({ unit: null, values: [], reasons, notes: [] });
  if (ret.loadError || !ret.sheets) {
    return fail(ret.loadError ?? t('Không đọc được tệp.', 'The file could not be read.'));
  }
  const sheets = ret.sheets;
  const marker = readMarker(sheets) ?? visibleMarker(sheets);
  if (!marker) {
    return fail(
      t(
        `Tệp không phải bảng tự chấm do Bình xét Thi đua tạo (trang “${SPLIT_INFO_SHEET}” không có dòng “${LABEL_FINGERPRINT}”): hãy nhờ đơn vị điền và gửi lại đúng tệp đã nhận.`,
        `The file is not a self-scoring workbook made by Bình xét Thi đua (its “${SPLIT_INFO_SHEET}” sheet has no “${LABEL_FINGERPRINT}” row): ask the unit to fill in and send back the file it was sent.`,
      ),
    );
  }
  if (marker.fingerprint !== fp) return fail(...mismatchReasons(bloc, sheets));

  const signed = bloc.units.findIndex((u) => unitKey(fp, u.name, secret) === marker.unitKey);
  const named = bloc.units.findIndex((u) => fold(u.name) === fold(marker.unitName));
  const unit = signed >= 0 ? signed : opts.byUnitName ? named : -1;
  if (unit < 0) {
    if (named >= 0) {
      return {
        ...fail(
          t(
            `Mã đơn vị của tệp không khớp với sổ gốc: tệp không phải bảng tự chấm mà sổ này tạo cho ${quote(marker.unitName)}, hoặc đã bị sửa. Hãy gửi lại bảng tự chấm cho đơn vị.`,
            `The file's unit key does not match the master: it is not the self-scoring workbook this master made for ${quote(marker.unitName, 'en')}, or it was edited. Send the unit a new one.`,
          ),
        ),
        code: 'roundtrip.unitKey',
      };
    }
    return fail(
      t(
        `Đơn vị ${quote(marker.unitName)} của tệp không có trong danh sách đơn vị của khối (sheet “Đơn vị”).`,
        `The file's unit ${quote(marker.unitName, 'en')} is not a member unit of the bloc (sheet “Đơn vị”).`,
      ),
    );
  }
  const unitFail = (...reasons: Text[]): Checked => ({ unit, values: [], reasons, notes: [] });

  // The key names a unit: the names the file shows (its hidden marker, its `Thông tin`) must be that unit's. A key
  // copied from another unit's file, or a file relabelled, names two units: it is refused naming both.
  const keyUnit = bloc.units[unit].name;
  const shown = [marker.unitName, labelValues(findSheet(sheets, [SPLIT_INFO_SHEET])).get(fold(LABEL_UNIT)) ?? ''];
  const other = shown.find((name) => name && fold(name) !== fold(keyUnit));
  if (other !== undefined) {
    return {
      ...unitFail(
        t(
          `Tệp ghi là của ${quote(other)} nhưng mang mã đơn vị của ${quote(keyUnit)}: tệp đã bị sửa, hoặc mã được chép từ tệp của đơn vị khác. Tệp không được gộp; hãy gửi lại bảng tự chấm cho đơn vị.`,
          `The file says it is ${quote(other, 'en')}'s but carries the unit key of ${quote(keyUnit, 'en')}: it was edited, or the key was copied from another unit's file. It is not merged; send the unit a new self-scoring workbook.`,
        ),
      ),
      code: 'roundtrip.otherUnit',
    };
  }

  const sheet = findSheet(sheets, [marker.sheet, SPLIT_SCORE_SHEET]);
  if (!sheet) {
    return unitFail(t(`Tệp không có sheet “${marker.sheet}”.`, `The file has no sheet “${marker.sheet}”.`));
  }
  if (sheet.values.length > MAX_RETURN_ROWS) {
    return unitFail(
      t(
        `Sheet “${sheet.name}” có ${sheet.values.length} dòng, quá lớn cho một bảng tự chấm (tối đa ${MAX_RETURN_ROWS}); tệp bị từ chối.`,
        `Sheet “${sheet.name}” has ${sheet.values.length} rows, too many for a self-scoring workbook (at most ${MAX_RETURN_ROWS}); the file is refused.`,
      ),
    );
  }
  const col = selfColumn(sheet, marker.column);
  if (col === null) {
    return unitFail(t(`Sheet “${sheet.name}” không có cột “Tự chấm”.`, `Sheet “${sheet.name}” has no “Tự chấm” column.`));
  }

  const reasons: Text[] = [];
  const blanks: string[] = [];
  const rows = criterionRows(bloc, sheet, marker);
  const values = bloc.table.criteria.map((c, i): number | null => {
    const row = rows[i];
    const label = criterionLabel(bloc, i);
    if (row === null) {
      reasons.push(
        t(
          `Không tìm thấy tiêu chí ${label} (${quote(c.title)}) trong sheet “${sheet.name}”: bảng tiêu chí trong tệp đã bị sửa.`,
          `Criterion ${label} (${quote(c.title, 'en')}) is missing from sheet “${sheet.name}”: the table in the file was edited.`,
        ),
      );
      return null;
    }
    const at = `${sheet.name}!${cellAddress(row, col)}`;
    const raw = cellAt(sheet, row, col);
    if (isBlank(raw)) {
      blanks.push(label);
      return null;
    }
    if (typeof raw === 'string' && raw.length > MAX_CELL_TEXT) {
      reasons.push(
        t(
          `Ô ${at} chứa chuỗi quá dài ${quote(raw)}, không phải điểm số.`,
          `Cell ${at} holds an overlong string ${quote(raw, 'en')}, not a score.`,
        ),
      );
      return null;
    }
    const n = typeof raw === 'boolean' ? null : parseNumber(raw);
    if (n === null) {
      reasons.push(t(`Ô ${at}: ${quote(raw)} không phải là số.`, `Cell ${at}: ${quote(raw, 'en')} is not a number.`));
      return null;
    }
    const { max } = allowedRange(bloc, c);
    const deduction = bloc.table.groups[c.group]?.kind === 'deduction';
    const size = deduction ? Math.abs(n) : n;
    if (size < 0) {
      reasons.push(t(`Ô ${at}: điểm ${vi(n)} âm (tiêu chí ${label}).`, `Cell ${at}: score ${n} is negative (criterion ${label}).`));
      return null;
    }
    if (max !== null && roundTo(size, 6) > max) {
      reasons.push(
        t(
          `Ô ${at}: điểm ${vi(n)} vượt mức tối đa ${vi(max)} của tiêu chí ${label}.`,
          `Cell ${at}: score ${n} is above the maximum ${max} of criterion ${label}.`,
        ),
      );
      return null;
    }
    return roundTo(n, 6);
  });

  if (reasons.length > MAX_REASONS) {
    const more = reasons.length - MAX_REASONS;
    reasons.splice(MAX_REASONS, reasons.length, t(`… và ${more} lỗi khác.`, `… and ${more} more errors.`));
  }
  const notes: Text[] = [];
  if (!reasons.length && values.every((v) => v === null)) {
    reasons.push(
      t('Tệp chưa có điểm tự chấm nào (cột “Tự chấm” để trống).', 'The file holds no self-scores (the “Tự chấm” column is blank).'),
    );
  } else if (blanks.length && !reasons.length) {
    notes.push(
      t(
        `Để trống ${blanks.length} tiêu chí (${blanks.slice(0, 10).join(', ')}${blanks.length > 10 ? ', …' : ''}): các ô này không được gộp.`,
        `${blanks.length} criteria left blank (${blanks.slice(0, 10).join(', ')}${blanks.length > 10 ? ', …' : ''}): those cells are not merged.`,
      ),
    );
  }
  if (signed < 0) {
    notes.push(
      t(
        `Nhận theo tên đơn vị ghi trong tệp (${quote(marker.unitName)}) theo xác nhận của người dùng, dù mã đơn vị không khớp với sổ gốc.`,
        `Taken as the unit it names (${quote(marker.unitName, 'en')}) as the user confirmed, although its unit key does not match the master.`,
      ),
    );
  }
  return { unit, values, reasons, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Merging.

/** Checks returns one at a time against the master: keep what it gives, drop the return's grids. */
export function returnChecker(master: Master, opts: CheckOptions = {}): (ret: ReturnedWorkbook) => CheckedReturn {
  const fp = roundTripFingerprint(master.bloc);
  const secret = readRegistry(master.sheets).secret;
  return (ret) => {
    const c = checkReturn(master, fp, secret, ret, opts);
    return { file: ret.name, ...c, code: c.reasons.length ? (c.code ?? 'roundtrip.refused') : null };
  };
}

/** Check every return and plan the merge. Pure: the master grids are not changed. */
export function collectReturns(master: Master, returns: ReturnedWorkbook[], opts: CollectOptions = {}): CollectReport {
  return mergeReturns(master, returns.map(returnChecker(master, opts)), opts);
}

/** Plan the merge of checked returns (in the order given). Pure: the master grids are not changed. */
export function mergeReturns(master: Master, checked: readonly CheckedReturn[], opts: CollectOptions = {}): CollectReport {
  const { bloc, layout } = master;
  const fp = roundTripFingerprint(bloc);
  const files: FileReport[] = checked.map((c) => {
    return {
      file: c.file,
      status: c.reasons.length ? 'rejected' : 'accepted',
      code: c.code,
      unit: c.unit,
      unitName: c.unit === null ? null : bloc.units[c.unit].name,
      reasons: c.reasons,
      notes: c.notes,
      values: c.values.filter((v) => v !== null).length,
      written: 0,
      unchanged: 0,
      conflicts: [],
    };
  });

  // Two accepted returns from one unit: identical values merge once; different values merge neither.
  const byUnit = new Map<number, number[]>();
  files.forEach((f, i) => {
    if (f.status === 'accepted' && f.unit !== null) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), i]);
  });
  const mergeFrom: number[] = [];
  for (const [, idx] of byUnit) {
    if (idx.length === 1) {
      mergeFrom.push(idx[0]);
      continue;
    }
    const same = idx.every((i) => checked[i].values.every((v, c) => v === checked[idx[0]].values[c]));
    const names = idx.map((i) => `“${files[i].file}”`).join(', ');
    if (same) mergeFrom.push(idx[0]);
    idx.forEach((i, k) => {
      if (same && k === 0) {
        files[i].notes.push(
          t(
            `Đơn vị gửi lại nhiều tệp giống nhau: ${names}; chỉ gộp tệp này.`,
            `The unit returned several identical files: ${names}; only this one is merged.`,
          ),
        );
        return;
      }
      files[i].status = 'duplicate';
      files[i].code = 'roundtrip.duplicate';
      files[i].reasons.push(
        same
          ? t(
              `Trùng với tệp “${files[idx[0]].file}” của cùng đơn vị (cùng điểm); không gộp lần nữa.`,
              `Same unit and same scores as “${files[idx[0]].file}”; not merged again.`,
            )
          : t(
              `Đơn vị ${files[i].unitName} gửi nhiều tệp có điểm khác nhau (${names}); không gộp tệp nào của đơn vị này. Hãy giữ lại một tệp và gộp lại.`,
              `Unit ${files[i].unitName} returned several files with different scores (${names}); none of them is merged. Keep one file and merge again.`,
            ),
      );
    });
  }

  const sheet = master.sheets.find((s) => s.name === layout.scoreSheet) ?? null;
  const sheetName = sheet?.name ?? layout.scoreSheet;
  const cellWrites: CellWrite[] = [];
  const conflicts: Conflict[] = [];
  for (const i of mergeFrom.sort((a, b) => a - b)) {
    const f = files[i];
    const unit = f.unit as number;
    const col = layout.unitColumns[unit]?.self ?? null;
    if (col === null || !sheet) {
      f.status = 'rejected';
      f.code = 'roundtrip.refused';
      f.reasons.push(
        t(
          `Sổ gốc không có cột “Tự chấm” cho đơn vị ${f.unitName} trong sheet “${sheetName}”.`,
          `The master has no “Tự chấm” column for unit ${f.unitName} on sheet “${sheetName}”.`,
        ),
      );
      continue;
    }
    checked[i].values.forEach((v, c) => {
      if (v === null) return;
      const row = layout.criterionRows[c];
      const current = cellAt(sheet, row, col);
      const deduction = bloc.table.groups[bloc.table.criteria[c].group]?.kind === 'deduction';
      if (isBlank(current)) {
        cellWrites.push({ sheet: sheetName, row, col, value: v });
        f.written++;
        return;
      }
      const m = parseNumber(current);
      if (m !== null && sameNumber(m, v, deduction)) {
        f.unchanged++;
        return;
      }
      const conflict: Conflict = {
        file: f.file,
        unit,
        unitName: bloc.units[unit].name,
        criterion: criterionLabel(bloc, c),
        sheet: sheetName,
        cell: cellAddress(row, col),
        row,
        col,
        master: current,
        returned: v,
        overwritten: !!opts.overwrite,
      };
      f.conflicts.push(conflict);
      conflicts.push(conflict);
      if (opts.overwrite) {
        cellWrites.push({ sheet: sheetName, row, col, value: v });
        f.written++;
      }
    });
  }

  // Every overwritten cell goes into the journal of ours, so that any old value can be put back by hand.
  const overwritten = conflicts.filter((c) => c.overwritten);
  const plan = overwritten.length
    ? ownedPlan(master.sheets, { owned: [journalSheet(master.sheets, overwritten, opts.at ?? new Date())], cellWrites }).plan
    : { ownedSheets: [], highlightSheets: [], highlights: [], cellWrites };
  return {
    fingerprint: fp,
    files,
    conflicts,
    pendingConflicts: opts.overwrite ? 0 : conflicts.length,
    plan,
  };
}

const JOURNAL_HEADER = ['Thời gian', 'Tệp gửi về', 'Đơn vị', 'Tiêu chí', 'Ô', 'Giá trị cũ', 'Giá trị mới'];

/** "29/11/2026 07:35", local time: when the merge was made. */
function stamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(at.getDate())}/${p(at.getMonth() + 1)}/${at.getFullYear()} ${p(at.getHours())}:${p(at.getMinutes())}`;
}

/** `Nhật ký gộp`: the entries already there (read back from the workbook), then one row per cell overwritten now. */
function journalSheet(sheets: readonly SheetGrid[], overwritten: Conflict[], at: Date): OwnedDraft {
  const name = readRegistry(sheets).owned.journal;
  const old = name ? sheets.find((s) => s.name === name) : undefined;
  const headerRow = old ? old.values.findIndex((r) => r?.[0] === JOURNAL_HEADER[0] && r?.[4] === JOURNAL_HEADER[4]) : -1;
  const earlier = headerRow >= 0 ? old!.values.slice(headerRow + 1).filter((r) => r && r.some((v) => v != null)) : [];
  const rows: CellValue[][] = [
    [OWNED_TITLE.journal],
    [
      'Các ô đã có giá trị bị ghi đè khi gộp bảng tự chấm gửi về. Muốn lấy lại giá trị cũ, nhập giá trị ở cột «Giá trị cũ» vào ô ghi ở cột «Ô».',
    ],
    JOURNAL_HEADER,
    ...earlier.map((r) => JOURNAL_HEADER.map((_, c) => r[c] ?? null)),
    ...overwritten.map((c) => [stamp(at), c.file, c.unitName, c.criterion, `${c.sheet}!${c.cell}`, c.master, c.returned]),
  ];
  const last = rows.length - 1;
  return {
    role: 'journal',
    values: rows,
    formats: [
      { range: { top: 0, left: 0, bottom: 0, right: 0 }, format: { bold: true } },
      { range: { top: 1, left: 0, bottom: 1, right: 0 }, format: { italic: true, fontColor: '#595959' } },
      {
        range: { top: 2, left: 0, bottom: 2, right: JOURNAL_HEADER.length - 1 },
        format: { bold: true, fill: '#DDEBF7', horizontal: 'center' },
      },
      { range: { top: 2, left: 0, bottom: last, right: JOURNAL_HEADER.length - 1 }, format: { border: true } },
    ],
    columnWidths: [17, 40, 34, 9, 16, 11, 11],
    merges: [],
    chart: null,
    freezeRows: 3,
  };
}

/** One line per file and per conflict, in the user's language: for the CLI and the task pane. */
export function reportLines(report: CollectReport, lang: 'vi' | 'en'): string[] {
  const L = (x: Text) => x[lang];
  const lines: string[] = [];
  const status: Record<FileStatus, Text> = {
    accepted: t('nhận', 'accepted'),
    rejected: t('từ chối', 'rejected'),
    duplicate: t('trùng', 'duplicate'),
  };
  for (const f of report.files) {
    const unit = f.unitName ? ` — ${f.unitName}` : '';
    const counts =
      f.status === 'accepted'
        ? L(
            t(
              `: ${f.written} ô ghi, ${f.unchanged} ô không đổi, ${f.conflicts.length} xung đột`,
              `: ${f.written} cells written, ${f.unchanged} unchanged, ${f.conflicts.length} conflicts`,
            ),
          )
        : '';
    lines.push(`${f.file}${unit}: ${L(status[f.status])}${counts}`);
    for (const r of f.reasons) lines.push(`  - ${L(r)}`);
    for (const n of f.notes) lines.push(`  · ${L(n)}`);
  }
  if (report.conflicts.length) {
    lines.push(
      L(
        report.pendingConflicts
          ? t(
              `${report.conflicts.length} ô xung đột (ô đã có giá trị khác), CHƯA ghi đè:`,
              `${report.conflicts.length} conflicting cells (already holding a different value), NOT overwritten:`,
            )
          : t(
              `${report.conflicts.length} ô xung đột, đã ghi đè theo xác nhận:`,
              `${report.conflicts.length} conflicting cells, overwritten as confirmed:`,
            ),
      ),
    );
    for (const c of report.conflicts) {
      lines.push(
        L(
          t(
            `  ${c.sheet}!${c.cell} (${c.unitName}, tiêu chí ${c.criterion}): sổ gốc ${quote(c.master)}, tệp gửi về ${formatScore(c.returned, 'vi')}`,
            `  ${c.sheet}!${c.cell} (${c.unitName}, criterion ${c.criterion}): master ${quote(c.master, 'en')}, returned ${c.returned}`,
          ),
        ),
      );
    }
  }
  return lines;
}
