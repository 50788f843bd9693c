// Totals per unit: leaf scores summed per group, bonus and deduction capped, rounded before any comparison.

import { aggregateCross } from './cross';
import type { Bloc, Score } from './model';
import { roundTo } from './text';

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

/** The score each unit gets per criterion under `Điểm xếp hạng`; a missing score counts as 0. */
export function rankingScores(bloc: Bloc): Score[][] {
  const { table, rules, units } = bloc;
  if (rules.scoreSource === 'cross') {
    return aggregateCross(bloc.cross ?? [], units.length, table.criteria.length, rules.crossAggregation);
  }
  if (rules.scoreSource === 'self') return table.self;
  return table.self.map((selfRow, u) => selfRow.map((s, k) => table.bloc[u]?.[k] ?? s));
}

export function computeTotals(bloc: Bloc): UnitTotals[] {
  const { groups, criteria } = bloc.table;
  const decimals = bloc.rules.decimals;
  const scores = rankingScores(bloc);
  return scores.map((row) => {
    const sums = new Array<number>(groups.length).fill(0);
    for (let k = 0; k < criteria.length; k++) {
      const v = row[k];
      if (v != null) sums[criteria[k].group] += micro(Math.abs(v));
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
      return roundTo(value / SCALE, decimals);
    });
    return {
      base: roundTo(base / SCALE, decimals),
      bonus: roundTo(bonus / SCALE, decimals),
      deduction: roundTo(deduction / SCALE, decimals),
      total: roundTo((base + bonus - deduction) / SCALE, decimals),
      groupScores,
    };
  });
}
