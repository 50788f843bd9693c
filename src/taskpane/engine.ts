// The pure work behind the buttons is the one evaluation (src/workbook/evaluate.ts): grids -> issues, bloc, result
// and the write plan. No Excel here.

import type { SheetGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { evaluate, type Evaluation } from '../workbook/evaluate';

export type ScoreResult = Evaluation;

export function checkSheets(sheets: SheetGrid[]): Evaluation {
  return evaluate(sheets);
}

/** Score: the evaluation, and what to write (the result; with errors, only an earlier `Kết quả` marked out of date). */
export function scoreSheets(sheets: SheetGrid[]): { result: Evaluation; plan: WritePlan | null } {
  const result = evaluate(sheets);
  return { result, plan: result.plan };
}
