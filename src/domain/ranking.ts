// Ranking by total, then by the bloc's tie-break steps. Units still equal after every step share a rank and the
// tie is left to the meeting: the order is never decided by name, sheet order or chance. A decisive revote settles
// the tie it was held for (settleByRevote).

import type { Bloc, DecidingStep, StepValue, TieBreakPair } from './model';
import { stepValues } from './tiebreak';
import type { UnitTotals } from './totals';

export interface Ranked {
  order: number[]; // unit indexes, best first; equal units in `Đơn vị` order
  rank: number[]; // [unit] 1-based, shared by equal units
  pairs: TieBreakPair[]; // neighbours with equal totals, best first
  ties: number[][]; // groups of units equal after every step, each in `Đơn vị` order
}

/**
 * Units of the same total are ordered by the steps in turn, each step within the group the steps before left equal.
 * A step that cannot compare every unit of such a group (votes, when one of them is not on the ballot) is passed
 * over for that group: it separates none of them and is not said to make them equal.
 */
export function rankUnits(bloc: Bloc, totals: UnitTotals[]): Ranked {
  const n = bloc.units.length;
  const steps = bloc.rules.tieBreaks.map((step) => ({ step, values: stepValues(step, bloc, totals) }));
  const byTotal = Array.from({ length: n }, (_, u) => u).sort((a, b) => totals[b].total - totals[a].total || a - b);

  const order: number[] = [];
  const pairs: TieBreakPair[] = [];
  const ties: number[][] = [];
  const refine = (group: number[], from: number, equalOn: StepValue[]): void => {
    if (group.length === 1) {
      order.push(group[0]);
      return;
    }
    let i = from;
    while (i < steps.length && group.some((u) => steps[i].values[u] == null)) i++;
    if (i === steps.length) {
      for (let k = 1; k < group.length; k++) pairs.push(pair(group[k - 1], group[k], equalOn, null));
      ties.push(group);
      order.push(...group);
      return;
    }
    const { step, values } = steps[i];
    const value = (u: number) => values[u] as number;
    const sorted = [...group].sort((a, b) => value(b) - value(a) || a - b);
    let start = 0;
    for (let k = 1; k <= sorted.length; k++) {
      if (k < sorted.length && value(sorted[k]) === value(sorted[start])) continue;
      if (start > 0) {
        const upper = sorted[start - 1];
        const lower = sorted[start];
        pairs.push(pair(upper, lower, equalOn, { step, upper: value(upper), lower: value(lower) }));
      }
      refine(sorted.slice(start, k), i + 1, [...equalOn, { step, value: value(sorted[start]) }]);
      start = k;
    }
  };
  const pair = (upper: number, lower: number, equalOn: StepValue[], decidedBy: TieBreakPair['decidedBy']): TieBreakPair => ({
    upper,
    lower,
    total: totals[upper].total,
    equalOn,
    decidedBy,
  });

  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && totals[byTotal[k]].total === totals[byTotal[start]].total) continue;
    refine(byTotal.slice(start, k), 0, []);
    start = k;
  }
  return finish(order, pairs, ties);
}

/** Ranks from the final order (shared within a tie) and the pairs best first. */
function finish(order: number[], pairs: TieBreakPair[], ties: number[][]): Ranked {
  const rank = new Array<number>(order.length);
  const tieOf = new Map<number, number[]>();
  for (const tie of ties) for (const u of tie) tieOf.set(u, tie);
  order.forEach((u, i) => {
    const prev = order[i - 1];
    rank[u] = i > 0 && tieOf.get(u) !== undefined && tieOf.get(u) === tieOf.get(prev) ? rank[prev] : i + 1;
  });
  const at = new Map(order.map((u, i) => [u, i]));
  pairs.sort((a, b) => at.get(a.upper)! - at.get(b.upper)!);
  return { order, rank, pairs, ties };
}

/**
 * A decisive revote settles the tie it was held for: in each tie that holds some of its `winners` and other units,
 * the winners go above the others (who stay equal among themselves), the pair at the boundary decided by the revote
 * with both units' votes.
 */
export function settleByRevote(ranked: Ranked, winners: number[], votes: (u: number) => number, members: number): Ranked {
  const won = new Set(winners);
  const settled = ranked.ties.filter((tie) => tie.some((u) => won.has(u)) && tie.some((u) => !won.has(u)));
  if (!settled.length) return ranked;
  const newOrder = new Map<number, number[]>(); // first unit of a settled tie -> its new order
  const ties: number[][] = [];
  for (const tie of ranked.ties) {
    if (!settled.includes(tie)) {
      ties.push(tie);
      continue;
    }
    const up = tie.filter((u) => won.has(u));
    const down = tie.filter((u) => !won.has(u));
    newOrder.set(tie[0], [...up, ...down]);
    for (const part of [up, down]) if (part.length > 1) ties.push(part);
  }
  const order = ranked.order.flatMap((u) => newOrder.get(u) ?? (settled.some((t) => t.includes(u)) ? [] : [u]));
  const inSettled = (u: number) => settled.some((t) => t.includes(u));
  const pairs = ranked.pairs.filter((p) => !(inSettled(p.upper) && inSettled(p.lower)));
  const revote: DecidingStep = { kind: 'revote', members };
  for (const tie of settled) {
    const units = newOrder.get(tie[0])!;
    const { equalOn, total } = ranked.pairs.find((p) => p.upper === tie[0] && p.lower === tie[1])!;
    for (let k = 1; k < units.length; k++) {
      const upper = units[k - 1];
      const lower = units[k];
      const boundary = won.has(upper) && !won.has(lower);
      pairs.push({ upper, lower, total, equalOn, decidedBy: boundary ? { step: revote, upper: votes(upper), lower: votes(lower) } : null });
    }
  }
  return finish(order, pairs, ties);
}
