// Tie-break steps (`Thứ tự ưu tiên khi bằng điểm`): what each step compares and how it is named.

import type { Bloc, Text, TieBreak } from './model';
import type { UnitTotals } from './totals';
import { fold } from './text';

/**
 * The values a step compares, one per unit, oriented so that larger is better; null when the step has nothing to
 * compare (no ballot, no such group): such a step separates nobody.
 */
export function stepValues(step: TieBreak, bloc: Bloc, totals: UnitTotals[]): (number | null)[] {
  switch (step.kind) {
    case 'votes':
      return totals.map((_, u) => (bloc.ballot ? (bloc.ballot.votes[u] ?? 0) : null));
    case 'group': {
      const g = bloc.table.groups.findIndex((x) => fold(x.numeral) === fold(step.numeral));
      return totals.map((t) => (g < 0 ? null : t.groupScores[g]));
    }
    case 'fewerDeductions':
      return totals.map((t) => -t.deduction);
    case 'moreBonus':
      return totals.map((t) => t.bonus);
    case 'noFlagLastPeriod':
      return totals.map((_, u) => (bloc.units[u].flagLastPeriod ? 0 : 1));
  }
}

/** The step's name as written in `Quy tắc`, or its English name. */
export function stepName(step: TieBreak): Text {
  switch (step.kind) {
    case 'votes':
      return { vi: 'Phiếu bầu', en: 'Votes' };
    case 'group':
      return { vi: `Điểm nhóm ${step.numeral}`, en: `Group ${step.numeral} score` };
    case 'fewerDeductions':
      return { vi: 'Điểm trừ ít hơn', en: 'Fewer deductions' };
    case 'moreBonus':
      return { vi: 'Điểm thưởng nhiều hơn', en: 'More bonus points' };
    case 'noFlagLastPeriod':
      return { vi: 'Không nhận Cờ năm trước', en: 'No flag last period' };
  }
}
