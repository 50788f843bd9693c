// The flag and Certificate proposals (DESIGN.md section 4): eligibility, the vote threshold and quorum, the revote,
// and what stays pending. The product never decides what the meeting must: a tie for the flag is a revote, a tie
// across the Certificate cut-off is the meeting's, and Certificates that depend on an undecided flag are pending.

import type { Ballot, BallotCount, Bloc, FlagOutcome, PendingDecision, Threshold, UnitNote, VoteResult, VoteRound } from './model';
import type { Ranked } from './ranking';

export interface Awards {
  flag: number[];
  merit: number[];
  pending: PendingDecision[];
  flagOutcome: FlagOutcome;
  meritCount: number;
  vote: VoteResult | null;
  ignoredRevoteUnits: number[];
  /** Per unit, what the vote said of it (its own ranking row). */
  notes: Map<number, UnitNote[]>;
}

/** Whether a share passes a threshold; a small tolerance keeps 2/3 of 12 units equal to "2/3". */
export function meets(share: number, t: Threshold): boolean {
  const eps = 1e-9;
  return t.op === '>' ? share > t.fraction + eps : share >= t.fraction - eps;
}

/** The Certificates the rules allow: `Số Bằng khen`, or floor(50% of members) less `Số Cờ thi đua` (the rule's value). */
export function meritCountOf(bloc: Bloc): number {
  return bloc.rules.meritCount ?? Math.max(0, Math.floor(bloc.units.length * 0.5) - bloc.rules.flagCount);
}

/** Flag candidates not decided yet, and how many of them the decision surely puts forward. */
interface Undecided {
  units: number[];
  slots: number;
  minWinners: number; // a revote fills its places; a first vote may put nobody forward
  decision: PendingDecision;
}

export function selectAwards(bloc: Bloc, ranked: Ranked, eligible: boolean[], flagEligible: boolean[]): Awards {
  const { rules, units, ballot } = bloc;
  const n = units.length;
  const flagCount = rules.flagCount;
  const meritCount = meritCountOf(bloc);
  const notes = new Map<number, UnitNote[]>();
  const note = (u: number, x: UnitNote) => notes.set(u, [...(notes.get(u) ?? []), x]);
  const passes = (votes: number) => n > 0 && meets(votes / n, rules.voteThreshold);

  const rankOf = (u: number) => ranked.rank[u];
  // Flag candidates: the best-ranked flag-eligible units; a tie across the last flag place reserves the whole tie.
  const pool = ranked.order.filter((u) => flagEligible[u]);
  const cut = takeUntilTie(pool, flagCount, rankOf);
  const tieSlots = flagCount - cut.clear.length;
  const undecided: Undecided[] = [];
  const pend = (units: number[], slots: number, minWinners: number, how: PendingDecision['how'], cause: PendingDecision['cause']) =>
    undecided.push({ units, slots, minWinners, decision: { award: 'flag', among: units, slots, how, othersGet: null, cause } });

  let flag: number[] = [];
  let flagOutcome: FlagOutcome;
  let vote: VoteResult | null = null;
  const ignoredRevoteUnits: number[] = [];

  if (flagCount === 0) {
    flagOutcome = 'noneByRule';
  } else if (pool.length === 0) {
    flagOutcome = 'noEligibleUnit';
  } else if (!ballot) {
    // No vote yet: the leading unit(s) are proposed pending the vote; a tie goes to the vote among the tied.
    flag = cut.clear;
    if (cut.clear.length) pend(cut.clear, cut.clear.length, 0, 'vote', 'awaitingVote');
    if (cut.tie.length) pend(cut.tie, tieSlots, tieSlots, 'vote', 'tie');
    flagOutcome = cut.tie.length ? 'unresolvedTie' : 'pendingVote';
  } else {
    const present = units.filter((u) => u.present).length;
    const quorum = { present, total: n, met: n > 0 && meets(present / n, rules.quorum) };
    const first: VoteRound = { round: 1, count: ballot, candidates: [...cut.clear, ...cut.tie], winners: [] };
    vote = { quorum, rounds: [first] };
    if (!quorum.met) {
      flagOutcome = 'noQuorum'; // the ballot does not count: no flag; the candidates stay in the Certificate line
    } else {
      const votes1 = (u: number) => ballot.votes[u] ?? 0;
      first.winners = cut.clear.filter((u) => passes(votes1(u)));
      const failed = cut.clear.filter((u) => !passes(votes1(u)));
      for (const u of first.winners) note(u, { kind: 'wonVote', round: 1, votes: votes1(u), members: n });
      for (const u of failed) note(u, { kind: 'shortOfVotes', round: 1, votes: votes1(u), members: n });
      // A candidate failed while a unit below had enough votes: only the top-ranked unit may be put forward.
      for (const u of failed.length ? ranked.order : []) {
        if (!first.candidates.includes(u) && ballot.votes[u] != null && passes(votes1(u))) {
          note(u, { kind: 'notPutForward', round: 1, votes: votes1(u), members: n });
        }
      }
      flag = [...first.winners];
      const again = [...failed, ...cut.tie];
      const slots = flagCount - flag.length;
      if (ballot.revote && again.length) {
        const second = revoteRound(ballot, ballot.revote, again, slots, passes, n, note, ignoredRevoteUnits);
        vote.rounds.push(second.round);
        flag.push(...second.round.winners);
        if (second.tie.length) pend(second.tie, second.tieSlots, second.tieSlots, 'revote', 'revoteTie');
      } else if (cut.tie.length) {
        pend(cut.tie, tieSlots, tieSlots, 'revote', 'tie');
      }
      flagOutcome = undecided.length ? 'unresolvedTie' : flag.length ? 'proposed' : 'belowThreshold';
    }
  }

  // Certificates: eligible units in rank order, the flag units and the undecided candidates aside. The undecided
  // candidates that do not win come first in the line; what they may take is not anyone else's for sure.
  const flagSet = new Set(flag);
  const aside = new Set(undecided.flatMap((g) => g.units));
  const line = ranked.order.filter((u) => eligible[u] && !flagSet.has(u) && !aside.has(u));
  const losersMax = undecided.reduce((s, g) => s + g.units.length - g.minWinners, 0);
  const losersMin = undecided.reduce((s, g) => s + g.units.length - g.slots, 0);
  const pending: PendingDecision[] = undecided.map((g) => g.decision);
  // Certificates that wait on the flag are settled by the same vote (or revote) as the flag.
  const how = undecided.some((g) => g.decision.how === 'revote') ? 'revote' : 'vote';
  if (losersMax <= meritCount) {
    for (const g of undecided) if (g.units.length > g.slots || g.minWinners < g.slots) g.decision.othersGet = 'merit';
  } else if (meritCount > 0) {
    // More undecided candidates than Certificates: which of them get one is pending too.
    const among = ranked.order.filter((u) => aside.has(u) && eligible[u]);
    pending.push({ award: 'merit', among, slots: meritCount, how, othersGet: null, cause: 'afterFlag' });
  }
  const sure = Math.max(0, meritCount - losersMax);
  const maybe = Math.max(0, meritCount - losersMin) - sure;
  const meritCut = takeUntilTie(line, sure, rankOf);
  const merit = meritCut.clear;
  if (maybe > 0) {
    // These places go below the undecided candidates only if enough of them win the flag.
    const upTo = takeUntilTie(line, sure + maybe, rankOf);
    const among = [...upTo.clear, ...upTo.tie].filter((u) => !merit.includes(u));
    if (among.length) pending.push({ award: 'merit', among, slots: sure + maybe - merit.length, how, othersGet: null, cause: 'afterFlag' });
  } else if (meritCut.tie.length) {
    pending.push({ award: 'merit', among: meritCut.tie, slots: sure - merit.length, how: 'meeting', othersGet: null, cause: 'cutOffTie' });
  }
  return { flag, merit, pending, flagOutcome, meritCount, vote, ignoredRevoteUnits, notes };
}

/**
 * The revote among `candidates` for `slots` flag places: most votes first, the threshold applies; units equal on
 * votes across the last place stay pending (a tie again). Votes for units outside the revote do not count.
 */
function revoteRound(
  ballot: Ballot,
  count: BallotCount,
  candidates: number[],
  slots: number,
  passes: (votes: number) => boolean,
  members: number,
  note: (u: number, x: UnitNote) => void,
  ignored: number[],
): { round: VoteRound; tie: number[]; tieSlots: number } {
  // Figures left blank in the revote table are the first round's.
  const merged: BallotCount = {
    ...count,
    issued: count.issued ?? ballot.issued,
    returned: count.returned ?? ballot.returned,
    valid: count.valid ?? ballot.valid,
  };
  count.votes.forEach((v, u) => {
    if (v != null && !candidates.includes(u)) ignored.push(u);
  });
  const votes = (u: number) => count.votes[u] ?? 0;
  const ranked = [...candidates].sort((a, b) => votes(b) - votes(a) || candidates.indexOf(a) - candidates.indexOf(b));
  const rank = ranked.map((u) => 1 + ranked.filter((o) => votes(o) > votes(u)).length);
  const rankOf = new Map(ranked.map((u, i) => [u, rank[i]]));
  const open = ranked.filter((u) => passes(votes(u)));
  const cut = takeUntilTie(open, slots, (u) => rankOf.get(u)!);
  for (const u of cut.clear) note(u, { kind: 'wonVote', round: 2, votes: votes(u), members });
  for (const u of candidates) if (!passes(votes(u))) note(u, { kind: 'shortOfVotes', round: 2, votes: votes(u), members });
  return {
    round: { round: 2, count: merged, candidates: ranked, winners: cut.clear },
    tie: cut.tie,
    tieSlots: slots - cut.clear.length,
  };
}

/**
 * The first `count` units of a ranked list, unless the last place is shared with the next unit: then the units
 * strictly above that shared rank are clear and the whole tied group is returned apart.
 */
function takeUntilTie(list: number[], count: number, rankOf: (u: number) => number): { clear: number[]; tie: number[] } {
  const head = list.slice(0, count);
  if (count <= 0 || list.length <= count || rankOf(list[count - 1]) !== rankOf(list[count])) return { clear: head, tie: [] };
  const r = rankOf(list[count - 1]);
  return { clear: head.filter((u) => rankOf(u) < r), tie: list.filter((u) => rankOf(u) === r) };
}
