// The rules engine: from a bloc read from its workbook to the ranking, the proposals and what stays pending, all as
// data (sentences are made from it by explain.ts at the edges).

import { selectAwards, type Awards } from './awards';
import { ballotState, type BallotProblem } from './ballot';
import { reviewOf } from './bloc-words';
import type { Bloc, BlocResult, MeetingDocuments, UnitNote, UnitResult } from './model';
import { rankUnits, settleByRevote, type Ranked } from './ranking';
import { nextAppointments } from './rotation';
import { computeTotals, type UnitTotals } from './totals';

interface Decided {
  totals: UnitTotals[];
  ranked: Ranked; // after any decisive revote
  eligible: boolean[];
  flagEligible: boolean[];
  awards: Awards;
}

function decide(bloc: Bloc): Decided {
  const { units, rules, ballot } = bloc;
  const totals = computeTotals(bloc);
  const first = rankUnits(bloc, totals);
  const eligible = units.map((u) => !u.ineligibleReason);
  const flagEligible = totals.map((t, u) => eligible[u] && (rules.minFlagScore == null || t.total >= rules.minFlagScore));
  const awards = selectAwards(bloc, first, eligible, flagEligible, () => rankUnits({ ...bloc, ballot: null }, totals));
  const revote = ballot?.revote;
  const ranked = revote ? settleByRevote(first, awards.revoteWinners, (u) => revote.votes[u] ?? 0, units.length) : first;
  // Every list of candidates in the final ranking's order (a revote's winner above the units it was tied with).
  if (ranked !== first) {
    const at = new Map(ranked.order.map((u, i) => [u, i]));
    for (const round of awards.vote?.rounds ?? []) round.candidates.sort((a, b) => at.get(a)! - at.get(b)!);
  }
  return { totals, ranked, eligible, flagEligible, awards };
}

/** What a held ballot's tables cannot be, given the ranking and the rules (the reader reports them at their cells). */
export function ballotProblems(bloc: Bloc): BallotProblem[] {
  return ballotState(bloc.ballot) === 'held' ? decide(bloc).awards.problems : [];
}

export function scoreBloc(bloc: Bloc): BlocResult {
  const { units, rules } = bloc;
  const { totals, ranked, eligible, flagEligible, awards } = decide(bloc);
  const review = reviewOf(bloc.info);

  // Each unit's notes: how it stands against units of the same total, then eligibility, then the vote.
  const notes: UnitNote[][] = units.map(() => []);
  for (const pair of ranked.pairs) {
    if (!pair.decidedBy) continue;
    notes[pair.upper].push({ kind: 'tieBreak', pair, above: true });
    notes[pair.lower].push({ kind: 'tieBreak', pair, above: false });
  }
  const pairBelow = new Map(ranked.pairs.map((p) => [p.upper, p]));
  const decidedByMeeting = new Set(
    awards.pending.filter((p) => p.cause === 'tie' || p.cause === 'revoteTie' || p.cause === 'cutOffTie').flatMap((p) => p.among),
  );
  for (const tie of ranked.ties) {
    const { total, equalOn } = pairBelow.get(tie[0])!;
    const forMeeting = tie.some((u) => decidedByMeeting.has(u));
    for (const u of tie) notes[u].push({ kind: 'tied', others: tie.filter((o) => o !== u), total, equalOn, forMeeting });
  }
  units.forEach((unit, u) => {
    if (unit.ineligibleReason) notes[u].push({ kind: 'ineligible', reason: unit.ineligibleReason });
    else if (!flagEligible[u] && rules.minFlagScore != null && review === 'tongKet')
      notes[u].push({ kind: 'belowMinimum', total: totals[u].total, minimum: rules.minFlagScore });
    notes[u].push(...(awards.notes.get(u) ?? []));
  });

  // A unit's votes are those of the round that decided its standing, and only where it was a candidate of a counted vote.
  const counted = awards.vote?.counted ? awards.vote.rounds : [];
  const votesOf = (u: number): { votes: number; round: 1 | 2 } | null => {
    const round = [...counted].reverse().find((r) => r.candidates.includes(u));
    return round ? { votes: round.count.votes[u]!, round: round.round } : null;
  };
  const flagSet = new Set(awards.flag);
  const meritSet = new Set(awards.merit);
  const ranking: UnitResult[] = ranked.order.map((u) => {
    const t = totals[u];
    const vote = votesOf(u);
    return {
      unit: u,
      name: units[u].name,
      rank: ranked.rank[u],
      base: t.base,
      bonus: t.bonus,
      deduction: t.deduction,
      total: t.total,
      groupScores: t.groupScores,
      votes: vote?.votes ?? null,
      voteShare: vote && units.length ? vote.votes / units.length : null,
      voteRound: vote?.round ?? null,
      eligible: eligible[u],
      ineligibleReason: units[u].ineligibleReason,
      flagEligible: flagEligible[u],
      proposal: flagSet.has(u) ? 'flag' : meritSet.has(u) ? 'merit' : null,
      notes: notes[u],
    };
  });

  const next = nextAppointments(bloc);
  const none = { unit: null, suggested: false };
  const voting = awards.vote != null || awards.nextBallot != null;
  const documents: MeetingDocuments =
    review === 'tongKet'
      ? { ballot: voting, count: voting, handover: 'head', dossier: true }
      : { ballot: false, count: false, handover: bloc.info.nextHost ? 'host' : null, dossier: false };
  return {
    review,
    ballotState: ballotState(bloc.ballot),
    ranking,
    tieBreaks: ranked.pairs,
    unresolvedTies: ranked.ties,
    flag: awards.flag,
    merit: awards.merit,
    pending: awards.pending,
    flagOutcome: awards.flagOutcome,
    meritCount: awards.meritCount,
    vote: awards.vote,
    nextBallot: awards.nextBallot,
    ignoredRevoteUnits: awards.ignoredRevoteUnits,
    nextHead: review === 'tongKet' ? next.head : none,
    nextDeputy: review === 'tongKet' ? next.deputy : { ...none },
    nextHost: review === 'soKet' ? bloc.info.nextHost : null,
    documents,
  };
}
