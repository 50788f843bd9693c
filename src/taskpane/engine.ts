// The pure work behind the buttons is the one evaluation (src/workbook/evaluate.ts): grids -> issues, bloc, result
// and the write plan. Here too what the pane says about a workbook before it can be read (its bloc line, whether it
// has the bloc sheets at all). No Excel here.

import type { BlocInfo } from '../domain/model';
import { evaluate, type Evaluation } from '../workbook/evaluate';
import type { SheetGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { SHEET_NAMES } from '../workbook/read';
import { readInfo } from '../workbook/read-info';
import { findSheet, IssueSink } from '../workbook/read-support';

export type ScoreResult = Evaluation;

export function checkSheets(sheets: SheetGrid[]): Evaluation {
  return evaluate(sheets);
}

/** Score: the evaluation, and what to write (the result; with errors, only an earlier `Kết quả` marked out of date). */
export function scoreSheets(sheets: SheetGrid[]): { result: Evaluation; plan: WritePlan | null } {
  const result = evaluate(sheets);
  return { result, plan: result.plan };
}

/** False when the workbook has none of the bloc's main sheets (a blank workbook, or the wrong one). */
export function hasBlocSheets(sheets: readonly SheetGrid[]): boolean {
  return [SHEET_NAMES.info, SHEET_NAMES.units, SHEET_NAMES.scores].some((names) => findSheet(sheets, names) !== null);
}

/** The bloc's name, province, year and period as `Thông tin` gives them, even when other sheets have errors. */
export function blocInfoOf(sheets: readonly SheetGrid[], evaluation: Evaluation): BlocInfo | null {
  if (evaluation.bloc) return evaluation.bloc.info;
  const sheet = findSheet(sheets, SHEET_NAMES.info);
  try {
    return sheet ? readInfo(sheet, null, new IssueSink()) : null;
  } catch {
    return null; // the issue list already says what is wrong with the sheet
  }
}
