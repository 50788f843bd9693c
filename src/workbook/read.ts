// The bloc workbook reader (format v1, DESIGN.md section 3): sheets of plain cells -> the bloc model, with every
// problem located at a sheet and cell. The bloc is null when there is any error; warnings leave it usable.

import type { Bloc, Issue } from '../domain/model';
import type { SheetGrid } from './grid';
import { readBallot } from './read-ballot';
import { readCross } from './read-cross';
import { readInfo } from './read-info';
import { readRules } from './read-rules';
import { readScores, type BlocLayout } from './read-scores';
import { findSheet, IssueSink, UnitNames } from './read-support';
import { readUnits } from './read-units';

export type { BlocLayout } from './read-scores';

export interface ReadResult {
  bloc: Bloc | null;
  issues: Issue[];
  layout: BlocLayout | null;
}

/** Each sheet's canonical name first, then the other names people give it. */
export const SHEET_NAMES = {
  info: ['Thông tin', 'Thông tin chung', 'Thông tin khối', 'Thông tin khối thi đua'],
  units: ['Đơn vị', 'Danh sách đơn vị', 'Đơn vị thành viên', 'Các đơn vị'],
  scores: ['Chấm điểm', 'Bảng chấm điểm', 'Bảng điểm', 'Chấm điểm thi đua', 'Bảng tiêu chí'],
  cross: ['Chấm chéo', 'Bảng chấm chéo', 'Chấm điểm chéo'],
  ballot: ['Phiếu bầu', 'Kết quả bỏ phiếu', 'Kết quả phiếu bầu', 'Bỏ phiếu', 'Biểu quyết'],
  rules: ['Quy tắc', 'Quy tắc xét', 'Quy định', 'Quy tắc bình xét'],
} as const;

export function readBloc(sheets: SheetGrid[]): ReadResult {
  const sink = new IssueSink();
  const find = (key: keyof typeof SHEET_NAMES, required: boolean): SheetGrid | null => {
    const sheet = findSheet(sheets, SHEET_NAMES[key]);
    if (!sheet && required) {
      const name = SHEET_NAMES[key][0];
      sink.error(name, null, {
        vi: `Sổ tính thiếu trang "${name}".`,
        en: `The workbook has no "${name}" sheet.`,
      });
    }
    return sheet;
  };
  const infoSheet = find('info', true);
  const unitSheet = find('units', true);
  const scoreSheet = find('scores', true);
  const crossSheet = find('cross', false);
  const ballotSheet = find('ballot', false);
  const rulesSheet = find('rules', false);

  const unitRows = unitSheet ? readUnits(unitSheet, sink) : null;
  const names = unitRows ? new UnitNames(unitRows.units) : null;
  const info = infoSheet ? readInfo(infoSheet, names, sink) : null;
  const { rules, groupSteps } = readRules(rulesSheet, sink);

  const scores =
    scoreSheet && unitRows && names ? readScores(scoreSheet, unitRows.units, unitRows.cells, unitSheet!.name, names, rules, sink) : null;

  if (scores && rulesSheet) {
    const numerals = scores.table.groups.map((g) => g.numeral).filter((n) => n !== '');
    for (const step of groupSteps) {
      if (numerals.includes(step.numeral)) continue;
      sink.error(rulesSheet.name, step.cell, {
        vi: `Bước ưu tiên "Điểm nhóm ${step.numeral}": bảng chấm điểm không có nhóm ${step.numeral} (các nhóm: ${numerals.join(', ') || 'không có'}).`,
        en: `Tie-break step "Điểm nhóm ${step.numeral}": the score table has no group ${step.numeral} (groups: ${numerals.join(', ') || 'none'}).`,
      });
    }
  }

  const cross =
    crossSheet && scores && names ? readCross(crossSheet, names, scores.table.criteria, scores.table.groups, scores.finder, sink) : null;
  const ballot = ballotSheet && names ? readBallot(ballotSheet, names, sink) : null;

  const ok = sink.errorCount === 0 && info && unitRows && scores;
  return {
    bloc: ok ? { info, units: unitRows.units, table: scores.table, cross, ballot, rules } : null,
    issues: sink.list,
    layout: scores?.layout ?? null,
  };
}
