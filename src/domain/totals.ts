// Totals per unit: leaf scores summed per group, bonus and deduction capped, rounded before any comparison.

import { aggregateCross, crossTable } from './cross';
import type { Bloc, Score } from './model';

export interface UnitTotals {
  base: number;
  bonus: number;
  deduction: number; // positive, subtracted
  total: number;
  groupScores: number[]; // [group], bonus and deduction after their caps
}

// Sums are kept in millionths as integers so that 0.1 + 0.2 is exactly 0.3.
const SCALE = 1e6;
const micro = (v: number) => Math.round(v * SCALE);
/** A sum in millionths rounded half away from zero to `decimals` places, in integers (exact, and fast). */
export function rounded(sum: number, decimals: number): number {
  const step = 10 ** Math.max(0, 6 - decimals);
  return (Math.sign(sum) * Math.round(Math.abs(sum) / step) * step) / SCALE || 0;
}

/**
 * The scores each unit gets per criterion under `Điểm xếp hạng`, as a primary row and a fallback row: with
 * `Khối chấm` the bloc's score where given, else the unit's own. A missing score counts as 0.
 */
function rankingRows(bloc: Bloc): { primary: Score[][]; fallback: Score[][] | null } {
  const { table, rules, units } = bloc;
  if (rules.scoreSource === 'cross') {
    return {
      primary: aggregateCross(bloc.cross ?? crossTable([]), units.length, table.criteria.length, rules.crossAggregation),
      fallback: null,
    };
  }
  return rules.scoreSource === 'self' ? { primary: table.self, fallback: null } : { primary: table.bloc, fallback: table.self };
}

/** Each unit's score on the given leaf criteria (a criterion tie-break step), summed and rounded like a group's. */
export function criterionScores(bloc: Bloc, leaves: number[]): number[] {
  const { primary, fallback } = rankingRows(bloc);
  // Oriented like every step, larger is better: a deduction criterion counts against.
  const sign = leaves.every((k) => bloc.table.groups[bloc.table.criteria[k].group]?.kind === 'deduction') ? -1 : 1;
  return bloc.units.map((_, u) => {
    let sum = 0;
    for (const k of leaves) {
      const v = primary[u]?.[k] ?? fallback?.[u]?.[k];
      if (v != null) sum += micro(Math.abs(v));
    }
    return sign * rounded(sum, bloc.rules.decimals);
  });
}

export function computeTotals(bloc: Bloc): UnitTotals[] {
  const { groups, criteria } = bloc.table;
  const decimals = bloc.rules.decimals;
  const { primary, fallback } = rankingRows(bloc);
  const groupOf = criteria.map((c) => c.group);
  return bloc.units.map((_, u) => {
    const row = primary[u] ?? [];
    const back = fallback?.[u] ?? [];
    const sums = new Array<number>(groups.length).fill(0);
    for (let k = 0; k < groupOf.length; k++) {
      const v = row[k] ?? back[k];
      if (v != null) sums[groupOf[k]] += micro(Math.abs(v));
    }
    let base = 0;
    let bonus = 0;
    let deduction = 0;
    const groupScores = groups.map((g, i) => {
      const cap = g.max == null ? Infinity : micro(g.max);
      const value = g.kind === 'ordinary' ? sums[i] : Math.min(sums[i], cap);
      if (g.kind === 'bonus') bonus += value;
      else if (g.kind === 'deduction') deduction += value;
      else base += value;
      return rounded(value, decimals);
    });
    return {
      base: rounded(base, decimals),
      bonus: rounded(bonus, decimals),
      deduction: rounded(deduction, decimals),
      total: rounded(base + bonus - deduction, decimals),
      groupScores,
    };
  });
}
