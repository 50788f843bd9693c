// Ranking by total, then by the bloc's tie-break steps. Units still equal after every step share a rank and the
// tie is left to the meeting: the order is never decided by name, sheet order or chance.

import type { Bloc, StepValue, TieBreakPair } from './model';
import { stepValues } from './tiebreak';
import type { UnitTotals } from './totals';

export interface Ranked {
  order: number[]; // unit indexes, best first; equal units in `Đơn vị` order
  rank: number[]; // [unit] 1-based, shared by equal units
  pairs: TieBreakPair[]; // neighbours with equal totals, best first
  ties: number[][]; // groups of units equal after every step, each in `Đơn vị` order
}

export function rankUnits(bloc: Bloc, totals: UnitTotals[]): Ranked {
  const n = bloc.units.length;
  const steps = bloc.rules.tieBreaks;
  // Each unit's key: total, then each step's value, flat in one array (a step with nothing to compare, e.g. votes
  // without a ballot, is left out: it separates nobody).
  const active = steps.map((step) => ({ step, values: stepValues(step, bloc, totals) })).filter((c) => c.values.every((v) => v !== null));
  const m = active.length + 1;
  const keys = new Float64Array(n * m);
  totals.forEach((t, u) => {
    keys[u * m] = t.total;
    active.forEach((c, i) => (keys[u * m + i + 1] = c.values[u] as number));
  });
  const compare = (a: number, b: number): number => {
    for (let i = 0; i < m; i++) {
      const x = keys[a * m + i];
      const y = keys[b * m + i];
      if (x !== y) return y - x;
    }
    return 0;
  };
  const order = Array.from({ length: n }, (_, u) => u).sort((a, b) => compare(a, b) || a - b);

  const rank = new Array<number>(n);
  const pairs: TieBreakPair[] = [];
  const ties: number[][] = [];
  order.forEach((u, i) => {
    const prev = order[i - 1];
    if (i > 0 && compare(prev, u) === 0) {
      rank[u] = rank[prev];
      const tie = ties[ties.length - 1];
      if (tie && tie[tie.length - 1] === prev) tie.push(u);
      else ties.push([prev, u]);
    } else rank[u] = i + 1;
    if (i > 0 && keys[prev * m] === keys[u * m]) pairs.push(pair(prev, u));
  });
  return { order, rank, pairs, ties };

  /** Two neighbours with the same total: the steps they were equal on, then the one that separated them. */
  function pair(upper: number, lower: number): TieBreakPair {
    const equalOn: StepValue[] = [];
    for (let i = 0; i < active.length; i++) {
      const a = keys[upper * m + i + 1];
      const b = keys[lower * m + i + 1];
      const step = active[i].step;
      if (a === b) equalOn.push({ step, value: a });
      else return { upper, lower, total: keys[upper * m], equalOn, decidedBy: { step, upper: a, lower: b } };
    }
    return { upper, lower, total: keys[upper * m], equalOn, decidedBy: null };
  }
}
