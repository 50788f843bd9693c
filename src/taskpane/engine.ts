// The pure work behind the buttons: grids -> bloc (reader) -> result (engine) -> write plan. No Excel here.

import { scoreBloc } from '../domain/engine';
import type { BlocResult } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { readBloc, type ReadResult } from '../workbook/read';
import { planResult } from '../workbook/write';

export interface ScoreResult {
  read: ReadResult;
  scored: BlocResult | null; // null when the workbook has errors
}

export function checkSheets(sheets: SheetGrid[]): ReadResult {
  return readBloc(sheets);
}

export function scoreSheets(sheets: SheetGrid[]): { result: ScoreResult; plan: WritePlan | null } {
  const read = readBloc(sheets);
  if (!read.bloc || !read.layout) return { result: { read, scored: null }, plan: null };
  const scored = scoreBloc(read.bloc);
  return { result: { read, scored }, plan: planResult(read.bloc, scored, read.layout, sheets).plan };
}
