// Tie-break steps (`Thứ tự ưu tiên khi bằng điểm`): what each step compares and how it is named.

import { formatScore } from './format';
import type { Bloc, Lang, Text, TieBreak } from './model';
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

/** A unit's value for a step as people read it: "9 phiếu", "38,5 điểm", "đã nhận Cờ năm trước". */
export function describeStepValue(step: TieBreak, value: number, l: Lang): string {
  switch (step.kind) {
    case 'votes':
      return l === 'vi' ? `${value} phiếu` : `${value} votes`;
    case 'group':
    case 'moreBonus':
      return l === 'vi' ? `${formatScore(value, l)} điểm` : `${formatScore(value, l)} points`;
    case 'fewerDeductions':
      return l === 'vi' ? `trừ ${formatScore(-value, l)} điểm` : `${formatScore(-value, l)} points deducted`;
    case 'noFlagLastPeriod':
      if (l === 'vi') return value ? 'không nhận Cờ năm trước' : 'đã nhận Cờ năm trước';
      return value ? 'no flag last period' : 'had the flag last period';
  }
}
