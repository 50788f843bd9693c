// Ranking by total, then by the bloc's tie-break steps. Units still equal after every step share a rank and the
// tie is left to the meeting: the order is never decided by name, sheet order or chance.

import { bilingual, formatScore } from './format';
import type { Bloc, Text } from './model';
import { describeStepValue, stepName, stepValue } from './tiebreak';
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
  // Each unit's key: total, then each step's value (null when the step compares nothing).
  const keys = totals.map((t, u) => [t.total, ...steps.map((s) => stepValue(s, bloc, t, u))]);
  const compare = (a: number, b: number): number => {
    for (let i = 0; i < keys[a].length; i++) {
      const x = keys[a][i];
      const y = keys[b][i];
      if (x != null && y != null && x !== y) return y - x;
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
      if (tie && tie.includes(prev)) tie.push(u);
      else ties.push([prev, u]);
    } else rank[u] = i + 1;
    if (i > 0 && keys[prev][0] === keys[u][0]) explainPair(prev, u);
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
    const total = keys[upper][0] as number;
    const nameU = bloc.units[upper].name;
    const nameL = bloc.units[lower].name;
    const equalSteps: string[][] = [[], []]; // vi, en
    for (let i = 0; i < steps.length; i++) {
      const a = keys[upper][i + 1];
      const b = keys[lower][i + 1];
      if (a == null || b == null) continue;
      const name = stepName(steps[i]);
      if (a === b) {
        equalSteps[0].push(`${name.vi} (${describeStepValue(steps[i], a, 'vi')})`);
        equalSteps[1].push(`${name.en} (${describeStepValue(steps[i], a, 'en')})`);
        continue;
      }
      const sameVi = equalSteps[0].length ? `; bằng ${equalSteps[0].join(', ')}` : '';
      const sameEn = equalSteps[1].length ? `; equal on ${equalSteps[1].join(', ')}` : '';
      const vA = (l: 'vi' | 'en') => describeStepValue(steps[i], a, l);
      const vB = (l: 'vi' | 'en') => describeStepValue(steps[i], b, l);
      reasons[upper].push(
        bilingual((l) =>
          l === 'vi'
            ? `Bằng tổng điểm (${formatScore(total, l)}) với ${nameL}${sameVi}; xếp trên nhờ ${name.vi}: ${vA(l)} so với ${vB(l)}.`
            : `Same total (${formatScore(total, l)}) as ${nameL}${sameEn}; ranked above on ${name.en}: ${vA(l)} against ${vB(l)}.`,
        ),
      );
      reasons[lower].push(
        bilingual((l) =>
          l === 'vi'
            ? `Bằng tổng điểm (${formatScore(total, l)}) với ${nameU}${sameVi}; xếp dưới theo ${name.vi}: ${vB(l)} so với ${vA(l)}.`
            : `Same total (${formatScore(total, l)}) as ${nameU}${sameEn}; ranked below on ${name.en}: ${vB(l)} against ${vA(l)}.`,
        ),
      );
      return;
    }
  }
}
