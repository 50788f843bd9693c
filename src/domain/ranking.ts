// Ranking by total, then by the bloc's tie-break steps. Units still equal after every step share a rank and the
// tie is left to the meeting: the order is never decided by name, sheet order or chance.

import { formatScore } from './format';
import type { Bloc, Text } from './model';
import { describeStepValue, stepName, stepValues } from './tiebreak';
import type { UnitTotals } from './totals';

export interface Ranked {
  order: number[]; // unit indexes, best first; equal units in `Đơn vị` order
  rank: number[]; // [unit] 1-based, shared by equal units
  reasons: Text[][]; // [unit] why it stands where it does against the units it tied with on total
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
  const reasons: Text[][] = Array.from({ length: n }, () => []);
  const ties: number[][] = [];
  order.forEach((u, i) => {
    const prev = order[i - 1];
    if (i > 0 && compare(prev, u) === 0) {
      rank[u] = rank[prev];
      const tie = ties[ties.length - 1];
      if (tie && tie[tie.length - 1] === prev) tie.push(u);
      else ties.push([prev, u]);
    } else rank[u] = i + 1;
    if (i > 0 && keys[prev * m] === keys[u * m]) explainPair(prev, u);
  });
  for (const tie of ties) {
    const names = tie.map((u) => bloc.units[u].name);
    for (const u of tie) {
      const others = names.filter((x) => x !== bloc.units[u].name).join(', ');
      reasons[u].push({
        vi: `Bằng điểm với ${others} sau mọi bước ưu tiên: hội nghị cần quyết định (bỏ phiếu lại).`,
        en: `Equal with ${others} after every tie-break step: the meeting must decide (re-vote).`,
      });
    }
  }
  return { order, rank, reasons, ties };

  /** Two neighbours with the same total: say which step separated them, with both values, or that none did. */
  function explainPair(upper: number, lower: number): void {
    const total = keys[upper * m];
    const nameU = bloc.units[upper].name;
    const nameL = bloc.units[lower].name;
    const equalSteps: string[][] = [[], []]; // vi, en
    for (let i = 0; i < active.length; i++) {
      const a = keys[upper * m + i + 1];
      const b = keys[lower * m + i + 1];
      const step = active[i].step;
      const name = stepName(step);
      if (a === b) {
        equalSteps[0].push(`${name.vi} (${describeStepValue(step, a, 'vi')})`);
        equalSteps[1].push(`${name.en} (${describeStepValue(step, a, 'en')})`);
        continue;
      }
      const sameVi = equalSteps[0].length ? `; bằng ${equalSteps[0].join(', ')}` : '';
      const sameEn = equalSteps[1].length ? `; equal on ${equalSteps[1].join(', ')}` : '';
      const [aVi, aEn, bVi, bEn] = [
        describeStepValue(step, a, 'vi'),
        describeStepValue(step, a, 'en'),
        describeStepValue(step, b, 'vi'),
        describeStepValue(step, b, 'en'),
      ];
      const [totalVi, totalEn] = [formatScore(total, 'vi'), formatScore(total, 'en')];
      reasons[upper].push({
        vi: `Bằng tổng điểm (${totalVi}) với ${nameL}${sameVi}; xếp trên nhờ ${name.vi}: ${aVi} so với ${bVi}.`,
        en: `Same total (${totalEn}) as ${nameL}${sameEn}; ranked above on ${name.en}: ${aEn} against ${bEn}.`,
      });
      reasons[lower].push({
        vi: `Bằng tổng điểm (${totalVi}) với ${nameU}${sameVi}; xếp dưới theo ${name.vi}: ${bVi} so với ${aVi}.`,
        en: `Same total (${totalEn}) as ${nameU}${sameEn}; ranked below on ${name.en}: ${bEn} against ${aEn}.`,
      });
      return;
    }
  }
}
