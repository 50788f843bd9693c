// Cross-scoring (`Chấm chéo`): each unit's score per criterion from the other units' scores of it.

import type { CrossAggregation, CrossScore, CrossTable } from './model';

/**
 * Per [scored unit][criterion], the aggregate of the scores other units gave (a unit's scores of itself are
 * ignored), or null where nobody else scored it.
 */
export function aggregateCross(
  cross: CrossTable,
  unitCount: number,
  criterionCount: number,
  method: CrossAggregation,
): (number | null)[][] {
  const { scorer, scored, criterion, value } = cross;
  const cell = (i: number) => scored[i] * criterionCount + criterion[i];
  const grid = <T>(at: (i: number) => T) =>
    Array.from({ length: unitCount }, (_, u) => Array.from({ length: criterionCount }, (_, k) => at(u * criterionCount + k)));
  if (method === 'mean') {
    // The mean needs no list of values: a sum and a count per cell.
    const sums = new Float64Array(unitCount * criterionCount);
    const counts = new Uint32Array(unitCount * criterionCount);
    for (let i = 0; i < value.length; i++) {
      if (scorer[i] === scored[i]) continue;
      sums[cell(i)] += value[i];
      counts[cell(i)]++;
    }
    return grid((c) => (counts[c] ? sums[c] / counts[c] : null));
  }
  const buckets: number[][] = Array.from({ length: unitCount * criterionCount }, () => []);
  for (let i = 0; i < value.length; i++) if (scorer[i] !== scored[i]) buckets[cell(i)].push(value[i]);
  return grid((c) => aggregate(buckets[c], method));
}

/** A cross table from rows (tests, small fixtures). */
export function crossTable(rows: readonly CrossScore[]): CrossTable {
  return {
    scorer: rows.map((r) => r.scorer),
    scored: rows.map((r) => r.scored),
    criterion: rows.map((r) => r.criterion),
    value: rows.map((r) => r.value),
  };
}

/** The rows of a cross table. */
export function crossRows(t: CrossTable): CrossScore[] {
  return t.value.map((value, i) => ({ scorer: t.scorer[i], scored: t.scored[i], criterion: t.criterion[i], value }));
}

export function aggregate(values: number[], method: CrossAggregation): number | null {
  const n = values.length;
  if (n === 0) return null;
  if (method === 'mean') return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  if (method === 'trimmed') return n >= 3 ? mean(sorted.slice(1, n - 1)) : mean(sorted);
  const mid = n >> 1;
  return n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function mean(values: number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
