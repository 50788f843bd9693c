// Shared helpers for the adapter tests: a double over grids, the real engine as the Score computation.

import { scoreBloc } from '../../src/domain/engine';
import { createExcelDouble, createWorkbook, doubleHost, type ExcelDouble, type SheetFormats } from '../../src/excel/double';
import type { ExcelHost } from '../../src/excel/host';
import type { SheetGrid } from '../../src/workbook/grid';
import type { WritePlan } from '../../src/workbook/plan';
import { readBloc } from '../../src/workbook/read';
import { planResult } from '../../src/workbook/write';

export function doubleOf(grids: SheetGrid[], formats: Record<string, SheetFormats> = {}): { double: ExcelDouble; host: ExcelHost } {
  const double = createExcelDouble(createWorkbook(grids, formats));
  return { double, host: doubleHost(double) };
}

/** What the task pane computes on Score: read, score, plan. */
export function computeScore(sheets: SheetGrid[]) {
  const read = readBloc(sheets);
  if (!read.bloc || !read.layout) return { result: { read, scored: null }, plan: null as WritePlan | null };
  const scored = scoreBloc(read.bloc);
  return { result: { read, scored }, plan: planResult(read.bloc, scored, read.layout, sheets) };
}

/** The syncs of the newest Excel.run. */
export function lastSyncs(double: ExcelDouble): number {
  return double.contexts[double.contexts.length - 1].syncCount;
}
