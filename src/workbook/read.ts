// The bloc workbook reader (format v1, docs/design.md, "The bloc workbook"): sheets of plain cells -> the bloc model,
// with every problem located at a sheet and cell. The bloc is null when there is any error; warnings leave it usable.

import type { Bloc, Issue, Rules, ScoreTable } from '../domain/model';
import { ballotState } from '../domain/ballot';
import { reviewOf } from '../domain/bloc-words';
import { ballotProblems } from '../domain/engine';
import { criterionLeaves } from '../domain/tiebreak';
import { SHEET, SHEET_NAMES } from './format-v1';
import type { SheetGrid } from './grid';
import { readBallot, reportBallotProblems } from './read-ballot';
import { readCross } from './read-cross';
import { readInfo } from './read-info';
import { checkRules, readRules } from './read-rules';
import { readScores, type BlocLayout } from './read-scores';
import { findSheet, IssueSink, UnitNames } from './read-support';
import { readUnits } from './read-units';

export type { BlocLayout } from './read-scores';

export interface ReadResult {
  bloc: Bloc | null;
  issues: Issue[];
  layout: BlocLayout | null;
}

export { SHEET_NAMES } from './format-v1';

export interface ReadOptions {
  /** False for the round trip's master, read before any score is in: no score at all is then no error. */
  scoresRequired?: boolean;
}

export function readBloc(sheets: SheetGrid[], options: ReadOptions = {}): ReadResult {
  const sink = new IssueSink();
  // None of the bloc's sheets: not a bloc workbook (yet). One message that says how to start.
  if (!(['info', 'units', 'scores'] as const).some((key) => findSheet(sheets, SHEET_NAMES[key]))) {
    sink.error(SHEET.scores, null, {
      vi: `Sổ này chưa có các trang của sổ chấm điểm (${SHEET.info}, ${SHEET.units}, ${SHEET.scores}). Trong Excel, dùng thẻ «Lập sổ» của Bình xét Thi đua để thêm các trang mẫu, hoặc mở sổ chấm điểm của Khối.`,
      en: `This workbook has none of the score workbook's sheets (${SHEET.info}, ${SHEET.units}, ${SHEET.scores}). In Excel, use the «Set up» tab of Bình xét Thi đua to add the template sheets, or open the bloc's score workbook.`,
    });
    return { bloc: null, issues: sink.list, layout: null };
  }
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
  const rulesRead = readRules(rulesSheet, sink);
  const { rules } = rulesRead;

  const scores =
    scoreSheet && unitRows && names
      ? readScores(scoreSheet, unitRows.units, unitRows.cells, unitSheet!.name, names, rules, sink, options.scoresRequired ?? true)
      : null;

  if (scores && rulesSheet && rulesRead.cells.tieBreaks) checkSteps(rules, scores.table, rulesSheet.name, rulesRead.cells.tieBreaks, sink);

  const cross =
    crossSheet && scores && names ? readCross(crossSheet, names, scores.table.criteria, scores.table.groups, scores.finder, sink) : null;
  const ballotRead = ballotSheet && names ? readBallot(ballotSheet, names, sink) : null;
  const ballot = ballotRead?.ballot ?? null;
  if (rulesSheet && unitRows) checkRules(rulesRead, rulesSheet.name, unitRows.units, crossSheet != null, sink);

  const bloc: Bloc | null =
    sink.errorCount === 0 && info && unitRows && scores ? { info, units: unitRows.units, table: scores.table, cross, ballot, rules } : null;
  if (bloc && ballotRead && ballotState(ballot) === 'held') {
    if (reviewOf(bloc.info) === 'soKet') {
      sink.warn(ballotSheet!.name, ballotRead.cells[0].table, {
        vi: `Kỳ "${bloc.info.period}" là hội nghị sơ kết, không xét khen thưởng: số phiếu trong trang ${ballotSheet!.name} không được dùng.`,
        en: `Period "${bloc.info.period}" is an interim review, which proposes no award: the votes on sheet ${ballotSheet!.name} are not used.`,
      });
    } else {
      const names = bloc.units.map((u) => u.name);
      reportBallotProblems(ballotProblems(bloc), ballotRead.cells, ballotSheet!.name, names, sink);
    }
  }
  return {
    bloc: sink.errorCount === 0 ? bloc : null,
    issues: sink.list,
    layout: scores?.layout ?? null,
  };
}

/** The tie-break steps that name a part of the score table: its group (`Điểm nhóm II`), its criterion (`Điểm tiêu chí 2.1`). */
function checkSteps(rules: Rules, table: ScoreTable, sheet: string, cell: string, sink: IssueSink): void {
  const numerals = table.groups.map((g) => g.numeral).filter((n) => n !== '');
  for (const step of rules.tieBreaks) {
    if (step.kind === 'group' && !numerals.includes(step.numeral)) {
      sink.error(sheet, cell, {
        vi: `Bước ưu tiên "Điểm nhóm ${step.numeral}": bảng chấm điểm không có nhóm ${step.numeral} (các nhóm: ${numerals.join(', ') || 'không có'}).`,
        en: `Tie-break step "Điểm nhóm ${step.numeral}": the score table has no group ${step.numeral} (groups: ${numerals.join(', ') || 'none'}).`,
      });
    }
    if (step.kind !== 'criterion') continue;
    const leaves = criterionLeaves(table, step.stt);
    if (leaves === 'unknown') {
      sink.error(sheet, cell, {
        vi: `Bước ưu tiên "Điểm tiêu chí ${step.stt}": bảng chấm điểm không có tiêu chí ${step.stt}.`,
        en: `Tie-break step "Điểm tiêu chí ${step.stt}": the score table has no criterion ${step.stt}.`,
      });
    } else if (leaves === 'ambiguous') {
      sink.error(sheet, cell, {
        vi: `Bước ưu tiên "Điểm tiêu chí ${step.stt}": có tiêu chí ${step.stt} ở nhiều nhóm; ghi kèm số La Mã của nhóm, ví dụ "Điểm tiêu chí II.${step.stt}".`,
        en: `Tie-break step "Điểm tiêu chí ${step.stt}": several groups have a criterion ${step.stt}; add the group's numeral, e.g. "Điểm tiêu chí II.${step.stt}".`,
      });
    }
  }
}
