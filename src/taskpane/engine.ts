// The pure work behind the buttons: grids -> bloc (reader) -> result (engine) -> write plan, and what the pane says
// about a workbook before it can be read (its bloc line, whether it has the bloc sheets at all). No Excel here.

import { scoreBloc } from '../domain/engine';
import type { Bloc, BlocInfo, BlocResult } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import type { Placement } from '../workbook/ownership';
import type { WritePlan } from '../workbook/plan';
import { readBloc, SHEET_NAMES, type ReadResult } from '../workbook/read';
import { readInfo } from '../workbook/read-info';
import { findSheet, IssueSink } from '../workbook/read-support';
import { planResult } from '../workbook/write';

export interface ScoreResult {
  read: ReadResult;
  scored: BlocResult | null; // null when the workbook has errors
  /** Where the plan puts the sheets of ours (a user's sheet named like ours is kept; ours goes beside it). */
  placements: Placement[];
}

export function checkSheets(sheets: SheetGrid[]): ReadResult {
  return readBloc(sheets);
}

export function scoreSheets(sheets: SheetGrid[]): { result: ScoreResult; plan: WritePlan | null } {
  const read = readBloc(sheets);
  if (!read.bloc || !read.layout) return { result: { read, scored: null, placements: [] }, plan: null };
  const scored = scoreBloc(read.bloc);
  const { plan, placements } = planResult(read.bloc, scored, read.layout, sheets);
  return { result: { read, scored, placements }, plan };
}

/** False when the workbook has none of the bloc's main sheets (a blank workbook, or the wrong one). */
export function hasBlocSheets(sheets: readonly SheetGrid[]): boolean {
  return [SHEET_NAMES.info, SHEET_NAMES.units, SHEET_NAMES.scores].some((names) => findSheet(sheets, names) !== null);
}

/** The bloc's name, province, year and period as `Thông tin` gives them, even when other sheets have errors. */
export function blocInfoOf(sheets: readonly SheetGrid[], bloc: Bloc | null): BlocInfo | null {
  if (bloc) return bloc.info;
  const sheet = findSheet(sheets, SHEET_NAMES.info);
  try {
    return sheet ? readInfo(sheet, null, new IssueSink()) : null;
  } catch {
    return null; // the issue list already says what is wrong with the sheet
  }
}
