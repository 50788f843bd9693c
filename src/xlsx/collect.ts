// Take back over .xlsx files (the CLI's host; loadReturn also serves the task pane in the browser): load returned
// workbooks defensively, check and merge them (src/workbook/collect.ts), and write the merged master by editing
// its package (everything the merge does not touch stays as it was).

import type { BlocResult, Issue, Text } from '../domain/model';
import {
  MAX_RETURN_ROWS,
  mergeReturns,
  returnChecker,
  type CheckedReturn,
  type CollectReport,
  type ReturnedWorkbook,
} from '../workbook/collect';
import type { SheetGrid } from '../workbook/grid';
import { gridsAfter } from '../workbook/plan';
import { evaluate } from '../workbook/evaluate';
import { readBloc } from '../workbook/read';
import type { Master } from '../workbook/split';
import { formatSize } from '../domain/format';
import { loadXlsx, XlsxError, type XlsxPackage } from './read';
import { writePlan } from './write';

/** A self-scoring workbook is about 12 KB; anything above this is not one (the loader's own bound is larger). */
export const MAX_RETURN_BYTES = 2 * 1024 * 1024;

/** The loader's bounds for a return: far tighter than for a master, so a hostile file is dropped early. */
export const RETURN_LIMITS = {
  maxBytes: MAX_RETURN_BYTES,
  maxRows: MAX_RETURN_ROWS,
  maxCells: 200_000,
  maxUncompressed: 40 * 1024 * 1024,
  maxSheetXml: 20 * 1024 * 1024,
  maxMerges: 10_000,
  maxSlots: 1_000_000,
};

export interface NamedBytes {
  name: string;
  data: Uint8Array;
}

/** A return read only when its turn comes (the CLI reads each file then, and drops it once checked). */
export interface ReturnSource {
  name: string;
  read: () => Promise<NamedBytes | ReturnedWorkbook>;
}

const t = (vi: string, en: string): Text => ({ vi, en });

/** What a file's first bytes say it is, before any parsing: an .xlsx is a zip ("PK\3\4"). */
export function sniff(data: Uint8Array): 'zip' | 'ole' | 'other' {
  if (data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04) return 'zip';
  if (data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) return 'ole';
  return 'other';
}

/** A refusal for a file that is too large, read in full or not. */
export function tooLarge(name: string, size: number): Text {
  return t(
    `Tệp “${name}” quá lớn (${formatSize(size, 'vi')}) cho một bảng tự chấm (tối đa ${formatSize(MAX_RETURN_BYTES, 'vi')}); tệp bị từ chối.`,
    `File “${name}” is too large (${formatSize(size, 'en')}) for a self-scoring workbook (at most ${formatSize(MAX_RETURN_BYTES, 'en')}); refused.`,
  );
}

/** Loads one returned file into grids, or says why it cannot be: never throws. */
export async function loadReturn(file: NamedBytes): Promise<ReturnedWorkbook> {
  const refuse = (loadError: Text): ReturnedWorkbook => ({ name: file.name, sheets: null, loadError });
  if (file.data.length > MAX_RETURN_BYTES) return refuse(tooLarge(file.name, file.data.length));
  const kind = sniff(file.data);
  if (kind === 'ole') {
    return refuse(
      t(
        `Tệp “${file.name}” là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu; hãy mở và lưu lại dạng .xlsx (không mật khẩu).`,
        `File “${file.name}” is in the old Excel format (.xls) or password-protected; open it and save it as .xlsx (no password).`,
      ),
    );
  }
  if (kind !== 'zip') {
    return refuse(t(`Tệp “${file.name}” không phải tệp .xlsx.`, `File “${file.name}” is not an .xlsx file.`));
  }
  try {
    const { sheets } = await loadXlsx(file.data, RETURN_LIMITS);
    return { name: file.name, sheets };
  } catch (e) {
    if (e instanceof XlsxError) return refuse(e.text);
    return refuse(
      t(
        `Không đọc được tệp “${file.name}”: tệp hỏng hoặc không phải bảng tính .xlsx.`,
        `Could not read “${file.name}”: the file is damaged or not an .xlsx workbook.`,
      ),
    );
  }
}

export interface LoadedMaster {
  package: XlsxPackage;
  sheets: SheetGrid[];
  master: Master | null; // null when the master has errors
  issues: Issue[];
}

export async function loadMaster(data: Uint8Array): Promise<LoadedMaster> {
  const { package: pkg, sheets } = await loadXlsx(data);
  // The master is read before the units' scores are in: blank scores are no error here.
  const { bloc, layout, issues } = readBloc(sheets, { scoresRequired: false });
  const master = bloc && layout ? { bloc, layout, sheets } : null;
  return { package: pkg, sheets, master, issues };
}

export interface CollectOutcome {
  report: CollectReport;
  /** The master after the merge, read again: issues found, and the new result when it scores. */
  reread: { issues: Issue[]; result: BlocResult | null };
  /** The merged master (with `Kết quả` rewritten when the master had one); null when no return was accepted. */
  bytes: Uint8Array | null;
}

export interface CollectFilesOptions {
  overwrite?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Check and merge returned workbooks into a loaded master. Each return is read, loaded and checked before the next
 * is read, and only the scores the check keeps are held: memory does not grow with the number of returns. The
 * master's `Kết quả`, when present, is re-scored so it never contradicts the merged values.
 */
export async function collectIntoMaster(
  loaded: LoadedMaster & { master: Master },
  returns: readonly (NamedBytes | ReturnedWorkbook | ReturnSource)[],
  opts: CollectFilesOptions = {},
): Promise<CollectOutcome> {
  const { master } = loaded;
  const check = returnChecker(master);
  const checked: CheckedReturn[] = [];
  for (const r of returns) {
    const given = 'read' in r ? await r.read() : r;
    checked.push(check('data' in given ? await loadReturn(given) : given));
    opts.onProgress?.(checked.length, returns.length);
  }
  const report = mergeReturns(master, checked, { overwrite: opts.overwrite });
  // The merged master, evaluated again: its `Kết quả`, when it has one, is rewritten (or marked out of date).
  const merged = gridsAfter(master.sheets, report.plan);
  const after = evaluate(merged);
  // The merged cells and the journal of overwritten ones, then the result: one edit of the package. Nothing is
  // written when no return was accepted: the master would only be a copy.
  const accepted = report.files.some((f) => f.status === 'accepted');
  const plans = after.stored && after.plan ? [report.plan, after.plan] : [report.plan];
  const bytes = accepted ? await writePlan(loaded.package, plans) : null;
  return { report, reread: { issues: after.issues, result: after.result }, bytes };
}
