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
  if (method === 'mean') return meanCross(cross, unitCount, criterionCount);
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

/** The mean needs no list of values: a sum and a count per cell, in flat arrays. */
function meanCross(cross: readonly CrossScore[], unitCount: number, criterionCount: number): (number | null)[][] {
  const sums = new Float64Array(unitCount * criterionCount);
  const counts = new Uint32Array(unitCount * criterionCount);
  for (const c of cross) {
    if (c.scorer === c.scored) continue;
    const i = c.scored * criterionCount + c.criterion;
    sums[i] += c.value;
    counts[i]++;
  }
  return Array.from({ length: unitCount }, (_, u) =>
    Array.from({ length: criterionCount }, (_, k) => {
      const i = u * criterionCount + k;
      return counts[i] ? sums[i] / counts[i] : null;
    }),
  );
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
