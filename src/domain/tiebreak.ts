// Tie-break steps (`Thứ tự ưu tiên khi bằng điểm`): what each step compares and how it is named.

import { bilingual, formatScore } from './format';
import type { Bloc, Lang, Text, TieBreak } from './model';
import type { UnitTotals } from './totals';
import { fold } from './text';

/**
 * The value a step compares for a unit, oriented so that larger is better; null when the step has nothing to
 * compare (no ballot, no such group): such a step separates nobody.
 */
export function stepValue(step: TieBreak, bloc: Bloc, totals: UnitTotals, unit: number): number | null {
  switch (step.kind) {
    case 'votes':
      return bloc.ballot ? (bloc.ballot.votes[unit] ?? 0) : null;
    case 'group': {
      const g = bloc.table.groups.findIndex((x) => fold(x.numeral) === fold(step.numeral));
      return g < 0 ? null : totals.groupScores[g];
    }
    case 'fewerDeductions':
      return -totals.deduction;
    case 'moreBonus':
      return totals.bonus;
    case 'noFlagLastPeriod':
      return bloc.units[unit].flagLastPeriod ? 0 : 1;
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
export function describeStepValue(step: TieBreak, value: number, lang: Lang): string {
  const t = bilingual((l) => {
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
  });
  return t[lang];
}
