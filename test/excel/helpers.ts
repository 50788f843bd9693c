// Shared helpers for the adapter tests: a double over grids, the real engine as the Score computation.

import { createExcelDouble, createWorkbook, doubleHost, type ExcelDouble, type SheetFormats } from '../../src/excel-double';
import type { ExcelHost } from '../../src/excel/host';
import type { SheetGrid } from '../../src/workbook/grid';
import { scoreSheets } from '../../src/taskpane/evaluation';

export function doubleOf(grids: SheetGrid[], formats: Record<string, SheetFormats> = {}): { double: ExcelDouble; host: ExcelHost } {
  const double = createExcelDouble(createWorkbook(grids, formats));
  return { double, host: doubleHost(double) };
}

/** What the task pane computes on Score: read, score, plan. */
export const computeScore = scoreSheets;

/** The syncs of the newest Excel.run. */
export function lastSyncs(double: ExcelDouble): number {
  return double.contexts[double.contexts.length - 1].syncCount;
}
