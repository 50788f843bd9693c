// The one evaluation of a bloc workbook, for every host and command: grids -> the reader's issues and bloc -> the
// engine's result -> what Score writes. The CLI, the task pane, the round trip and the minutes all start here.

import { scoreBloc } from '../domain/engine';
import type { Bloc, BlocInfo, BlocResult, Issue } from '../domain/model';
import { SHEET_NAMES } from './format-v1';
import type { SheetGrid } from './grid';
import type { Placement } from './ownership';
import type { WritePlan } from './plan';
import { readBloc, type BlocLayout } from './read';
import { readInfo } from './read-info';
import { findSheet, IssueSink } from './read-support';
import { inputFingerprint, planOutOfDate, planResult, readStoredResult, type StoredResult } from './result-sheet';

export interface Evaluation {
  /** The reader's errors and warnings, and a warning when the workbook's `Kết quả` is out of date. */
  issues: Issue[];
  bloc: Bloc | null; // null when there is any error
  /** The bloc's name, province, year and period as `Thông tin` gives them, even when other sheets have errors. */
  info: BlocInfo | null;
  layout: BlocLayout | null;
  result: BlocResult | null;
  /**
   * What Score writes: `Kết quả` and the highlights; with errors, only the banner marking an earlier `Kết quả` out of
   * date and our highlights removed (null when there is nothing of ours to mark).
   */
  plan: WritePlan | null;
  /** Where our sheets go (a user's sheet with our name is left alone and ours goes beside it). */
  placements: Placement[];
  /** The `Kết quả` the workbook held before this evaluation, if any. */
  stored: StoredResult | null;
  /** The warning (one of `issues`) that the stored `Kết quả` no longer matches its inputs; moot once Score rewrites it. */
  outOfDate: Issue | null;
}

export function evaluate(sheets: SheetGrid[]): Evaluation {
  const read = readBloc(sheets);
  // The inputs' check code reads every cell: made once, and only when needed.
  let code: string | undefined;
  const checkCode = () => (code ??= inputFingerprint(sheets));
  const stored = readStoredResult(sheets, checkCode);
  const outOfDate: Issue | null =
    stored && !stored.current
      ? {
          severity: 'warning',
          sheet: stored.sheet,
          cell: null,
          message: {
            vi: `Trang ${stored.sheet} đã cũ: sổ đã thay đổi sau lần chấm điểm gần nhất. Hãy chấm điểm lại.`,
            en: `Sheet ${stored.sheet} is out of date: the workbook changed after it was last scored. Score again.`,
          },
        }
      : null;
  const issues = outOfDate ? [...read.issues, outOfDate] : [...read.issues];
  const hasErrors = read.issues.some((i) => i.severity === 'error');
  if (!read.bloc || !read.layout || hasErrors) {
    return {
      issues,
      bloc: null,
      info: infoDespiteErrors(sheets),
      layout: read.layout,
      result: null,
      // Our highlights come off the score sheet, found by name when its table could not be read.
      plan: planOutOfDate(stored, read.layout?.scoreSheet ?? findSheet(sheets, SHEET_NAMES.scores)?.name ?? null),
      placements: [],
      stored,
      outOfDate,
    };
  }
  const result = scoreBloc(read.bloc);
  const { plan, placements } = planResult(read.bloc, result, read.layout, sheets, checkCode());
  return { issues, bloc: read.bloc, info: read.bloc.info, layout: read.layout, result, plan, placements, stored, outOfDate };
}

function infoDespiteErrors(sheets: SheetGrid[]): BlocInfo | null {
  const sheet = findSheet(sheets, SHEET_NAMES.info);
  try {
    return sheet ? readInfo(sheet, null, new IssueSink()) : null;
  } catch {
    return null; // the issues already say what is wrong with the sheet
  }
}
