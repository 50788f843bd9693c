// The work behind the Gửi & nhận tab, without React (tested in node): the master read from the open workbook, one
// self-scoring workbook per unit (and a zip of all), returned files loaded with progress, and the key that notices a
// master changed between the check and the merge. ExcelJS and JSZip are imported only when an action needs them.

import { formatScore } from '../../../domain/format';
import type { Issue, Lang } from '../../../domain/model';
import { collectReturns, quote, type CollectReport, type Conflict, type ReturnedWorkbook } from '../../../workbook/collect';
import type { SheetGrid } from '../../../workbook/grid';
import { readBloc } from '../../../workbook/read';
import { slug, type Master, type SplitBook } from '../../../workbook/split';
import type { Located } from '../../components/IssueList';
import { isBlank } from '../../evaluation';
import { UI } from '../../i18n';

export { collectReturns };

/**
 * The master read from the open workbook, or the errors (by cell) that stop the round trip; `blank` when the workbook
 * has none of the bloc's sheets (the tab points to Lập sổ then, not to cells that do not exist).
 */
export function masterFrom(sheets: SheetGrid[]): { master: Master | null; issues: Issue[]; blank: boolean } {
  if (isBlank(sheets)) return { master: null, issues: [], blank: true };
  // A master may be split before any score is entered (that is what the round trip is for).
  const read = readBloc(sheets, { scoresRequired: false });
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (!read.bloc || !read.layout || errors.length) return { master: null, issues: errors, blank: false };
  return { master: { bloc: read.bloc, layout: read.layout, sheets }, issues: [], blank: false };
}

/** 16 random bytes as hex, from the browser's cryptographic source (the bloc's secret, made on the first split). */
export function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A self-scoring workbook made for one unit. */
export interface UnitFile {
  name: string;
  unit: string;
  bytes: Uint8Array;
}

/** Builds every unit's file; ExcelJS is imported only now. */
export async function buildDownloads(books: SplitBook[]): Promise<UnitFile[]> {
  const { splitBytes } = await import('../../../xlsx/split');
  const out: UnitFile[] = [];
  for (const b of books) out.push({ name: b.fileName, unit: b.unitName, bytes: await splitBytes(b) });
  return out;
}

export async function zipDownloads(files: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The zip of all units' files, named like them: Tu-cham-<khoi>-<nam>.zip (a head may send several years). */
export function zipFileName(master: Master): string {
  return `Tu-cham-${slug(master.bloc.info.name)}-${master.bloc.info.year ?? 'nam'}.zip`;
}

/** A self-scoring workbook is small; a picked file above this is refused without being read. */
const MAX_PICKED_BYTES = 2 * 1024 * 1024;

/** A picked file as the round trip needs it; large files are refused before they are read. */
export interface PickedFile {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}

export async function loadPicked(files: PickedFile[], onProgress: (done: number, total: number) => void): Promise<ReturnedWorkbook[]> {
  const { loadReturn, tooLarge } = await import('../../../xlsx/collect');
  const out: ReturnedWorkbook[] = [];
  for (const f of files) {
    if (f.size > MAX_PICKED_BYTES) out.push({ name: f.name, sheets: null, loadError: tooLarge(f.name, f.size) });
    else out.push(await loadReturn({ name: f.name, data: new Uint8Array(await f.read()) }));
    onProgress(out.length, files.length);
  }
  return out;
}

/** The cells a report would write or conflict on, to notice that the master changed between check and merge. */
export function conflictKey(report: CollectReport): string {
  return report.conflicts.map((c) => `${c.sheet}!${c.cell}=${String(c.master)}>${c.returned}`).join('|');
}

/**
 * A conflicting cell as a located message (clickable: it selects the cell): before the merge both values; after it,
 * the value the cell holds now first (the returned one when overwritten, else the one kept).
 */
export function conflictItem(c: Conflict, merged: boolean): Located {
  const master = (l: Lang) => quote(c.master, l);
  const returned = (l: Lang) => formatScore(c.returned, l);
  const text = (l: Lang) =>
    (!merged
      ? UI.roundtrip.conflict(c.unitName, c.criterion, master(l), returned(l))
      : c.overwritten
        ? UI.roundtrip.conflictOverwritten(c.unitName, c.criterion, returned(l), master(l))
        : UI.roundtrip.conflictKept(c.unitName, c.criterion, master(l), returned(l)))[l];
  return {
    severity: merged && c.overwritten ? 'info' : 'warning',
    sheet: c.sheet,
    cell: c.cell,
    message: { vi: text('vi'), en: text('en') },
    badge: merged ? (c.overwritten ? UI.roundtrip.overwrittenBadge : UI.roundtrip.keptBadge) : UI.roundtrip.conflictBadge,
    data: { 'data-cell': c.cell, ...(merged && c.overwritten ? { 'data-overwritten': 'true' } : {}) },
  };
}
