// The pane's use of the one evaluation of a bloc workbook (src/workbook/evaluate.ts: grids -> issues, bloc, result
// and what Score writes): what the Check and Score tabs make of it. No Excel here, and only the workbook layer's
// public functions: the evaluation, and which of the format's sheets a workbook has (new-bloc.ts).

import type { BlocInfo, Issue, Text } from '../domain/model';
import type { ScoreOutcome } from '../excel/actions';
import { evaluate, type Evaluation } from '../workbook/evaluate';
import type { SheetGrid } from '../workbook/grid';
import { hasBlocSheets } from '../workbook/new-bloc';
import type { WritePlan } from '../workbook/plan';

export type { Evaluation };

/** True when the workbook has none of the bloc's main sheets (a blank workbook, or the wrong one): Lập sổ comes first. */
export function isBlank(sheets: readonly SheetGrid[]): boolean {
  return !hasBlocSheets(sheets.map((s) => s.name));
}

/** What Kiểm tra shows: the evaluation's issues and bloc, the bloc's line even with errors, or that it is blank. */
export interface Checked {
  evaluation: Evaluation;
  info: BlocInfo | null;
  blank: boolean;
}

export function checkWorkbook(sheets: SheetGrid[]): Checked {
  const evaluation = evaluate(sheets);
  return { evaluation, info: evaluation.info, blank: isBlank(sheets) };
}

/** Score's computation, for excel/actions.ts's scoreWorkbook: the evaluation, and the plan it writes. */
export function scoreSheets(sheets: SheetGrid[]): { result: Evaluation; plan: WritePlan | null } {
  const evaluation = evaluate(sheets);
  return { result: evaluation, plan: evaluation.plan };
}

/** What Chấm điểm shows once it ran: the evaluation, what was written, and the issues worth showing. */
export interface Scored {
  evaluation: Evaluation;
  sheets: SheetGrid[];
  /** Kết quả was written (or, with errors, an earlier one marked out of date). */
  written: boolean;
  /** What the pane should tell the user about the read (a recalculation in manual mode, merged cells not read). */
  notes: Text[];
  blank: boolean;
  /**
   * The reader's issues. Not the warning that the earlier `Kết quả` is out of date: Score has just rewritten it (or,
   * refused, marked it out of date, which the tab says on its own).
   */
  issues: Issue[];
}

export function scored(out: ScoreOutcome<Evaluation>): Scored {
  const evaluation = out.result;
  return {
    evaluation,
    sheets: out.sheets,
    written: out.written,
    notes: out.notes,
    blank: isBlank(out.sheets),
    issues: evaluation.issues.filter((i) => i !== evaluation.outOfDate),
  };
}

export function errorsIn(issues: readonly { severity: string }[]): number {
  return issues.filter((i) => i.severity === 'error').length;
}

export function warningsIn(issues: readonly { severity: string }[]): number {
  return issues.filter((i) => i.severity === 'warning').length;
}
