// The rules engine: from a bloc read from its workbook to the ranking, the proposals and what stays pending, all as
// data (sentences are made from it by explain.ts at the edges).

import { selectAwards } from './awards';
import type { Bloc, BlocResult, UnitNote, UnitResult } from './model';
import { rankUnits } from './ranking';
import { nextAppointments } from './rotation';
import { computeTotals } from './totals';

export function scoreBloc(bloc: Bloc): BlocResult {
  const { units, rules, ballot } = bloc;
  const totals = computeTotals(bloc);
  const ranked = rankUnits(bloc, totals);
  const eligible = units.map((u) => !u.ineligibleReason);
  const flagEligible = totals.map((t, u) => eligible[u] && (rules.minFlagScore == null || t.total >= rules.minFlagScore));
  const awards = selectAwards(bloc, ranked, eligible, flagEligible);

  // Each unit's notes: how it stands against units of the same total, then eligibility, then the vote.
  const notes: UnitNote[][] = units.map(() => []);
  for (const pair of ranked.pairs) {
    if (!pair.decidedBy) continue;
    notes[pair.upper].push({ kind: 'tieBreak', pair, above: true });
    notes[pair.lower].push({ kind: 'tieBreak', pair, above: false });
  }
  for (const tie of ranked.ties) for (const u of tie) notes[u].push({ kind: 'tied', others: tie.filter((o) => o !== u) });
  units.forEach((unit, u) => {
    if (unit.ineligibleReason) notes[u].push({ kind: 'ineligible', reason: unit.ineligibleReason });
    else if (!flagEligible[u] && rules.minFlagScore != null)
      notes[u].push({ kind: 'belowMinimum', total: totals[u].total, minimum: rules.minFlagScore });
    notes[u].push(...(awards.notes.get(u) ?? []));
  });

  const flagSet = new Set(awards.flag);
  const meritSet = new Set(awards.merit);
  const ranking: UnitResult[] = ranked.order.map((u) => {
    const t = totals[u];
    const votes = ballot ? (ballot.votes[u] ?? 0) : null;
    return {
      unit: u,
      name: units[u].name,
      rank: ranked.rank[u],
      base: t.base,
      bonus: t.bonus,
      deduction: t.deduction,
      total: t.total,
      groupScores: t.groupScores,
      votes,
      voteShare: votes == null || units.length === 0 ? null : votes / units.length,
      eligible: eligible[u],
      ineligibleReason: units[u].ineligibleReason,
      flagEligible: flagEligible[u],
      proposal: flagSet.has(u) ? 'flag' : meritSet.has(u) ? 'merit' : null,
      notes: notes[u],
    };
  });

  const next = nextAppointments(bloc);
  return {
    ranking,
    tieBreaks: ranked.pairs,
    unresolvedTies: ranked.ties,
    flag: awards.flag,
    merit: awards.merit,
    pending: awards.pending,
    flagOutcome: awards.flagOutcome,
    meritCount: awards.meritCount,
    vote: awards.vote,
    ignoredRevoteUnits: awards.ignoredRevoteUnits,
    nextHead: next.head,
    nextDeputy: next.deputy,
  };
}
