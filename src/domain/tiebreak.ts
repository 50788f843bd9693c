// Tie-break steps (`Thứ tự ưu tiên khi bằng điểm`): what each step compares and how it is named.

import { isCounted } from './ballot';
import type { Bloc, ScoreTable, Text, TieBreak } from './model';
import { criterionScores, type UnitTotals } from './totals';
import { fold } from './text';

/**
 * The values a step compares, one per unit, oriented so that larger is better; null for a unit the step cannot
 * compare (not on a counted ballot; no such group or criterion): the ranking passes over the step for any group of
 * equal units that holds one (ranking.ts).
 */
export function stepValues(step: TieBreak, bloc: Bloc, totals: UnitTotals[]): (number | null)[] {
  switch (step.kind) {
    case 'votes': {
      const counted = isCounted(bloc);
      return totals.map((_, u) => (counted ? (bloc.ballot!.votes[u] ?? null) : null));
    }
    case 'group': {
      const g = bloc.table.groups.findIndex((x) => fold(x.numeral) === fold(step.numeral));
      return totals.map((t) => (g < 0 ? null : t.groupScores[g]));
    }
    case 'criterion': {
      const leaves = criterionLeaves(bloc.table, step.stt);
      return Array.isArray(leaves) ? criterionScores(bloc, leaves) : totals.map(() => null);
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
    case 'criterion':
      return { vi: `Điểm tiêu chí ${step.stt}`, en: `Criterion ${step.stt} score` };
    case 'fewerDeductions':
      return { vi: 'Điểm trừ ít hơn', en: 'Fewer deductions' };
    case 'moreBonus':
      return { vi: 'Điểm thưởng nhiều hơn', en: 'More bonus points' };
    case 'noFlagLastPeriod':
      return { vi: 'Không nhận Cờ năm trước', en: 'No flag last period' };
  }
}

const normStt = (s: string) => fold(s).replace(/[\s)]/g, '').replace(/\.+$/, '');

/**
 * The leaf criteria a `Điểm tiêu chí <STT>` step sums: the leaf of that STT ("2.1", "a)"), or a sub-heading's leaves
 * (the leaves numbered "2.…" under "2"), within one group; where the STT is in several groups, the group's numeral
 * says which ("II.2", "II.2.1"). "unknown" or "ambiguous" otherwise (an error at the rule's cell).
 */
export function criterionLeaves(table: ScoreTable, stt: string): number[] | 'unknown' | 'ambiguous' {
  const want = normStt(stt);
  const matches = (key: string) => key === want || key.startsWith(want + '.');
  const byGroup = new Map<number, number[]>();
  table.criteria.forEach((c, k) => {
    const key = normStt(c.key);
    const numeral = normStt(table.groups[c.group]?.numeral ?? '');
    if (matches(key) || (numeral !== '' && matches(`${numeral}.${key}`))) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), k]);
  });
  if (byGroup.size === 0) return 'unknown';
  if (byGroup.size > 1) return 'ambiguous';
  const leaves = [...byGroup.values()][0];
  // An exact leaf wins over leaves below a sub-heading of the same number ("2" a leaf, "2.1" elsewhere cannot be).
  const exact = leaves.filter((k) => normStt(table.criteria[k].key) === want);
  return exact.length === 1 ? exact : leaves;
}
