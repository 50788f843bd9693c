// What the task pane asks of Excel. Each action is one Excel.run with a fixed number of syncs:
//   check  — 2 (sheet list; all grids)
//   score  — 3 (sheet list; grids and our old highlights; the whole write), 4 when the plan highlights a sheet
//            other than `Chấm điểm`; a plan over the 4 MB request budget adds one sync per chunk
//   create — 2 (sheet list; the new sheets)
//   select — 1
// Every failure comes back as an ExcelActionError with a plain message (errors.ts).

import type { SheetGrid } from '../workbook/grid';
import type { OwnedSheetPlan, WritePlan } from '../workbook/plan';
import { RequestBudget } from './budget';
import { describeExcelError, ExcelActionError } from './errors';
import type { ExcelHost } from './host';
import { queuePlan } from './apply';
import { ourFormats, queueHighlightLoad, readGrids, readSheetList, sameSheet, type ReadState } from './read';

export const MERGED_AREAS_API = '1.13';

async function guarded<T>(host: ExcelHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(batch);
  } catch (e) {
    throw e instanceof ExcelActionError ? e : new ExcelActionError(describeExcelError(e), e);
  }
}

export interface WorkbookRead {
  sheets: SheetGrid[];
  /** False on Excel without ExcelApi 1.13: merged header cells were not seen. */
  mergesRead: boolean;
}

async function readAll(host: ExcelHost, context: Excel.RequestContext): Promise<ReadState> {
  const list = await readSheetList(context);
  return readGrids(context, list, { mergedAreas: host.supports(MERGED_AREAS_API) });
}

/** Kiểm tra: reads every sheet the reader may need. */
export function readWorkbook(host: ExcelHost): Promise<WorkbookRead> {
  return guarded(host, async (context) => {
    const state = await readAll(host, context);
    return { sheets: state.grids, mergesRead: state.mergesRead };
  });
}

export interface ScoreOutcome<T> {
  result: T;
  sheets: SheetGrid[];
  mergesRead: boolean;
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
    return { result, sheets: state.grids, mergesRead: state.mergesRead, written: plan !== null };
  });
}

/** Writes a plan on its own (e.g. merging returned self-scores): sheet list, old highlights if needed, write. */
export function applyWritePlan(host: ExcelHost, plan: WritePlan): Promise<void> {
  return guarded(host, async (context) => {
    const sheets = await readSheetList(context);
    await writePlan(context, { sheets, grids: [], ourHighlights: new Map(), mergesRead: false }, plan);
  });
}

async function writePlan(context: Excel.RequestContext, state: ReadState, plan: WritePlan): Promise<void> {
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
  await queuePlan(context, state, plan, budget);
  await context.sync();
}

/**
 * Tạo sổ chấm điểm mới: adds the sheets at the end of the workbook. Refuses, changing nothing, when a sheet of the
 * same name (ignoring case and diacritics) is already there.
 */
export function addSheets(host: ExcelHost, sheets: OwnedSheetPlan[]): Promise<string[]> {
  return guarded(host, async (context) => {
    const list = await readSheetList(context);
    const clash = sheets.map((s) => list.find((e) => sameSheet(e.name, s.name))).filter((e) => e !== undefined);
    if (clash.length > 0) {
      const names = clash.map((c) => c.name);
      throw new ExcelActionError({
        vi: `Sổ đã có ${names.map((n) => `«${n}»`).join(', ')}. Tiện ích không ghi đè trang tính có sẵn: hãy tạo sổ mới trong một tệp Excel trống (hoặc đổi tên các trang đó).`,
        en: `The workbook already has ${names.map((n) => `“${n}”`).join(', ')}. The add-in does not overwrite existing sheets: create the new bloc in an empty workbook (or rename those sheets).`,
      });
    }
    const plan: WritePlan = { ownedSheets: sheets, highlightSheets: [], highlights: [], cellWrites: [] };
    const budget = new RequestBudget(context);
    await queuePlan(context, { sheets: list, ourHighlights: new Map() }, plan, budget);
    await context.sync();
    return sheets.map((s) => s.name);
  });
}

/** Selects a cell or range (e.g. "F12") on a sheet or, without one, activates the sheet. One sync. */
export function selectCell(host: ExcelHost, sheet: string, cell: string | null): Promise<void> {
  return guarded(host, async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    if (cell && /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(cell)) ws.getRange(cell).select();
    else ws.activate();
    await context.sync();
  });
}
