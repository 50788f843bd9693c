// What the task pane asks of Excel. Each action is one Excel.run with a fixed number of syncs (read.ts says what
// each read sync holds):
//   check  — 3 (sheet list; used ranges; values and merged cells)
//   score  — 4 (the three of check, our old highlights read with the used ranges; the whole write), 5 when the plan
//            highlights a sheet other than `Chấm điểm`; a plan over the 4 MB request budget adds one sync per chunk,
//            a workbook over the 4 MB response budget one per band
//   create — 2 (sheet list; the new sheets)
//   select — 2 (the sheet's visibility; the selection)
// The kept templates add their own bands to a read only when asked (the minutes). Every failure comes back as a
// BxtdError with a plain message (errors.ts).

import type { Text } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import type { OwnedSheetPlan, WritePlan } from '../workbook/plan';
import { queuePlan } from './apply';
import { RequestBudget } from './budget';
import { excelFailure, REFUSALS } from './errors';
import type { ExcelHost } from './host';
import { ourFormats, queueHighlightLoad, readGrids, readWorkbookInfo, sameSheet, type ReadState, type WorkbookInfo } from './read';

/** getMergedAreasOrNullObject: the one member above the ExcelApi 1.12 floor, used only where this is supported. */
export const MERGED_AREAS_API = '1.13';

async function guarded<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(batch);
  } catch (e) {
    throw excelFailure(e);
  }
}

export interface WorkbookRead {
  sheets: SheetGrid[];
  /** False on Excel without ExcelApi 1.13: merged header cells were not seen (a bloc sheet too large for them has a note). */
  mergesRead: boolean;
  /** What the pane should tell the user about this read (a recalculation in manual mode, merged cells not read). */
  notes: Text[];
}

export interface ReadWorkbookOptions {
  /** Also read the templates kept in `_bxtd_mau` (their own syncs; only the minutes need them). */
  keptTemplates?: boolean;
}

async function readAll(host: ExcelHost, context: Excel.RequestContext, opts: ReadWorkbookOptions = {}): Promise<ReadState> {
  const info = await readWorkbookInfo(context);
  return readGrids(context, info, { mergedAreas: host.supports(MERGED_AREAS_API), keptTemplates: opts.keptTemplates });
}

/** Kiểm tra: reads every sheet the reader may need (the kept templates only when asked). */
export function readWorkbook(host: ExcelHost, opts: ReadWorkbookOptions = {}): Promise<WorkbookRead> {
  return guarded(host, async (context) => {
    const state = await readAll(host, context, opts);
    return { sheets: state.grids, mergesRead: state.mergesRead, notes: state.notes };
  });
}

export interface ScoreOutcome<T> extends WorkbookRead {
  result: T;
  written: boolean;
}

/**
 * Chấm điểm: reads the workbook, lets `compute` (the engine, pure) turn the grids into a result and a plan, and
 * applies the plan in the same Excel.run. A null plan (input errors) writes nothing.
 */
export function scoreWorkbook<T>(
  host: ExcelHost,
  compute: (sheets: SheetGrid[]) => { result: T; plan: WritePlan | null },
): Promise<ScoreOutcome<T>> {
  return guarded(host, async (context) => {
    const state = await readAll(host, context);
    const { result, plan } = compute(state.grids);
    if (plan) await writePlan(context, state, plan);
    return { result, sheets: state.grids, mergesRead: state.mergesRead, notes: state.notes, written: plan !== null };
  });
}

/** Writes a plan on its own (e.g. merging returned self-scores): sheet list, old highlights if needed, write. */
export function applyWritePlan(host: ExcelHost, plan: WritePlan): Promise<void> {
  return guarded(host, async (context) => {
    const info = await readWorkbookInfo(context);
    await writePlan(context, { info, sheets: info.sheets, ourHighlights: new Map() }, plan);
  });
}

async function writePlan(
  context: Excel.RequestContext,
  state: Pick<ReadState, 'info' | 'sheets' | 'ourHighlights'>,
  plan: WritePlan,
): Promise<void> {
  // Highlights on a sheet whose formats were not read yet: one more sync to find our old ones.
  const missing = plan.highlightSheets.filter((name) => {
    const actual = state.sheets.find((s) => sameSheet(s.name, name))?.name;
    return actual !== undefined && !state.ourHighlights.has(actual);
  });
  if (missing.length > 0) {
    const queued = missing.map((name) => {
      const actual = state.sheets.find((s) => sameSheet(s.name, name))?.name ?? name;
      return [actual, queueHighlightLoad(context, actual)] as const;
    });
    await context.sync();
    for (const [name, cfs] of queued) state.ourHighlights.set(name, ourFormats(cfs));
  }
  const budget = new RequestBudget(context);
  await queuePlan(context, { ...state, structureProtected: state.info.structureProtected }, plan, budget);
  await context.sync();
}

/**
 * Tạo sổ chấm điểm mới: adds the sheets at the end of the workbook. Refuses, changing nothing, when a sheet of the
 * same name (ignoring case and diacritics) is already there, or the workbook's structure is protected.
 */
export function addSheets(host: ExcelHost, sheets: OwnedSheetPlan[]): Promise<string[]> {
  return guarded(host, async (context) => {
    const info: WorkbookInfo = await readWorkbookInfo(context);
    const clash = sheets.map((s) => info.sheets.find((e) => sameSheet(e.name, s.name))).filter((e) => e !== undefined);
    if (clash.length > 0) throw REFUSALS.sheetsExist(clash.map((c) => c.name));
    const plan: WritePlan = { ownedSheets: sheets, highlightSheets: [], highlights: [], cellWrites: [] };
    const budget = new RequestBudget(context);
    await queuePlan(context, { sheets: info.sheets, ourHighlights: new Map(), structureProtected: info.structureProtected }, plan, budget);
    await context.sync();
    return sheets.map((s) => s.name);
  });
}

const CELL = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i;

/**
 * Selects a cell or range (e.g. "F12") on a sheet or, without one, activates the sheet. Excel cannot select on a
 * hidden sheet: the user is told to unhide it. Two syncs.
 */
export function selectCell(host: ExcelHost, sheet: string, cell: string | null): Promise<void> {
  return guarded(host, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.load('name,visibility');
    await context.sync();
    if (ws.visibility !== 'Visible') throw REFUSALS.sheetHidden(ws.name, cell && CELL.test(cell) ? cell : null);
    if (cell && CELL.test(cell)) ws.getRange(cell).select();
    else ws.activate();
    await context.sync();
  });
}
