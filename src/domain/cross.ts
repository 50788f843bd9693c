// Cross-scoring (`Chấm chéo`): each unit's score per criterion from the other units' scores of it.

import type { CrossScore, Rules } from './model';

/**
 * Per [scored unit][criterion], the aggregate of the scores other units gave (a unit's scores of itself are
 * ignored), or null where nobody else scored it.
 */
export function aggregateCross(
  cross: readonly CrossScore[],
  unitCount: number,
  criterionCount: number,
  method: Rules['crossAggregation'],
): (number | null)[][] {
  const buckets: number[][] = Array.from({ length: unitCount * criterionCount }, () => []);
  for (const c of cross) {
    if (c.scorer === c.scored) continue;
    buckets[c.scored * criterionCount + c.criterion].push(c.value);
  }
  const out: (number | null)[][] = [];
  for (let u = 0; u < unitCount; u++) {
    const row: (number | null)[] = new Array(criterionCount);
    for (let k = 0; k < criterionCount; k++) row[k] = aggregate(buckets[u * criterionCount + k], method);
    out.push(row);
  }
  return out;
}

export function aggregate(values: number[], method: Rules['crossAggregation']): number | null {
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
