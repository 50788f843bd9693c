// The flag and Certificate proposals (docs/design.md, "The rules engine" and "The meeting model"): eligibility, the
// ballot as held (candidates, quorum, threshold, the revote), the put-forward rule, and what stays pending. The
// product never decides what the meeting must: a vote not held (or held without quorum) is pending, a tie for the
// flag is a revote, a tie across the Certificate cut-off is the meeting's, and Certificates that depend on an
// undecided flag are pending. A sơ kết proposes nothing.

import { ballotState, candidatesOf, isHeld, meets, quorumOf, votersOf, type BallotProblem } from './ballot';
import { reviewOf } from './bloc-words';
import type { BallotCount, BallotPaper, Bloc, FlagOutcome, PendingDecision, UnitNote, VoteResult, VoteRound } from './model';
import type { Ranked } from './ranking';

export { meets } from './ballot';

export interface Awards {
  flag: number[];
  merit: number[];
  pending: PendingDecision[];
  flagOutcome: FlagOutcome;
  meritCount: number;
  vote: VoteResult | null;
  nextBallot: BallotPaper | null;
  ignoredRevoteUnits: number[];
  /** Per unit, what the vote said of it (its own ranking row). */
  notes: Map<number, UnitNote[]>;
  /** The revote's winners: they rank above the units they were tied with. */
  revoteWinners: number[];
  /** What the held tables cannot be (the reader reports them as errors at their cells). */
  problems: BallotProblem[];
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

/**
 * `preVote`: the ranking as it stood before the first vote (votes left out), from which the first round's paper
 * is known (a vote among tied units allows a voter as many approvals as places).
 */
export function selectAwards(bloc: Bloc, ranked: Ranked, eligible: boolean[], flagEligible: boolean[], preVote: () => Ranked): Awards {
  const { rules, units, ballot } = bloc;
  const n = units.length;
  const flagCount = rules.flagCount;
  const notes = new Map<number, UnitNote[]>();
  const awards: Awards = {
    flag: [],
    merit: [],
    pending: [],
    flagOutcome: 'interimReview',
    meritCount: 0,
    vote: null,
    nextBallot: null,
    ignoredRevoteUnits: [],
    notes,
    revoteWinners: [],
    problems: [],
  };
  if (reviewOf(bloc.info) === 'soKet') return awards;

  const meritCount = meritCountOf(bloc);
  const note = (u: number, x: UnitNote) => notes.set(u, [...(notes.get(u) ?? []), x]);
  const passes = (votes: number) => n > 0 && meets(votes / n, rules.voteThreshold);
  const rankOf = (u: number) => ranked.rank[u];
  const byRank = (list: number[]) => ranked.order.filter((u) => list.includes(u));
  // Flag candidates: the best-ranked flag-eligible units; a tie across the last flag place reserves the whole tie.
  const pool = ranked.order.filter((u) => flagEligible[u]);
  const cut = takeUntilTie(pool, flagCount, rankOf);
  const tieSlots = flagCount - cut.clear.length;
  const undecided: Undecided[] = [];
  const pend = (units: number[], slots: number, minWinners: number, how: PendingDecision['how'], cause: PendingDecision['cause']) =>
    undecided.push({ units, slots, minWinners, decision: { award: 'flag', among: units, slots, how, othersGet: null, cause } });

  let flag: number[] = [];
  let flagOutcome: FlagOutcome;
  const state = ballotState(ballot);
  const quorum = quorumOf(bloc);

  if (flagCount === 0) {
    flagOutcome = 'noneByRule';
  } else if (pool.length === 0) {
    flagOutcome = 'noEligibleUnit';
  } else if (state !== 'held' || !quorum.met) {
    // No vote yet, or one without quorum (no result): the leading unit(s) are proposed pending a vote; a tie goes to
    // the vote among the tied. Under `Chỉ suy tôn đơn vị dẫn đầu` = Không the vote is among every flag-eligible unit.
    const cause = state === 'held' ? 'noQuorum' : 'awaitingVote';
    if (state === 'held') {
      const rounds: VoteRound[] = [heldRound(1, ballot!, byRank, null)];
      if (isHeld(ballot!.revote)) rounds.push(heldRound(2, ballot!.revote, byRank, null));
      awards.vote = { quorum, counted: false, rounds };
    }
    flag = cut.clear;
    if (!rules.leaderOnly) pend(pool, flagCount, 0, 'vote', cause);
    else {
      if (cut.clear.length) pend(cut.clear, cut.clear.length, 0, 'vote', cause);
      if (cut.tie.length) pend(cut.tie, tieSlots, tieSlots, 'vote', 'tie');
    }
    awards.nextBallot = firstPaper(rules.leaderOnly, pool, cut, tieSlots);
    flagOutcome = state === 'held' ? 'noQuorum' : cut.tie.length && rules.leaderOnly ? 'unresolvedTie' : 'pendingVote';
  } else {
    const first = ballot!;
    const votes1 = (u: number) => first.votes[u] ?? 0;
    const onBallot = new Set(candidatesOf(first));
    // The first round's paper: a vote among units tied before it allowed as many approvals as places.
    const before = preVote();
    const prePool = before.order.filter((u) => flagEligible[u]);
    const preCut = takeUntilTie(prePool, flagCount, (u) => before.rank[u]);
    const prePaper = firstPaper(rules.leaderOnly, prePool, preCut, flagCount - preCut.clear.length);
    const slots1 = prePaper.slots != null && [...onBallot].every((u) => prePaper.candidates.includes(u)) ? prePaper.slots : null;
    const round1 = heldRound(1, first, byRank, slots1);
    awards.vote = { quorum, counted: true, rounds: [round1] };
    checkApprovals(round1, quorum.present, awards.problems);

    let again: number[];
    if (rules.leaderOnly) {
      // Only the leading unit(s) may be put forward: they must be on the ballot.
      const missing = [...cut.clear, ...cut.tie].filter((u) => !onBallot.has(u));
      if (missing.length) awards.problems.push({ kind: 'missingCandidates', round: 1, units: missing });
      const clear = cut.clear.filter((u) => onBallot.has(u));
      round1.winners = clear.filter((u) => passes(votes1(u)));
      const failed = clear.filter((u) => !passes(votes1(u)));
      for (const u of round1.winners) note(u, { kind: 'wonVote', round: 1, votes: votes1(u), members: n });
      for (const u of failed) note(u, { kind: 'shortOfVotes', round: 1, votes: votes1(u), members: n });
      // A leading unit failed while a unit below had enough votes: the rule sets it aside.
      const contenders = new Set([...cut.clear, ...cut.tie]);
      for (const u of failed.length ? pool : []) {
        if (!contenders.has(u) && onBallot.has(u) && passes(votes1(u)))
          note(u, { kind: 'notPutForward', round: 1, votes: votes1(u), members: n });
      }
      again = [...failed, ...cut.tie];
    } else {
      // The best-ranked candidates that passed are put forward; a tie among them across the last place is a revote.
      const passing = pool.filter((u) => onBallot.has(u) && passes(votes1(u)));
      const pc = takeUntilTie(passing, flagCount, rankOf);
      round1.winners = pc.clear;
      const filled = pc.clear.length + pc.tie.length >= flagCount;
      const lowest = pc.tie.length ? pc.tie[pc.tie.length - 1] : pc.clear[pc.clear.length - 1];
      const above = lowest == null || !filled ? pool.length : pool.indexOf(lowest);
      for (const u of pc.clear) note(u, { kind: 'wonVote', round: 1, votes: votes1(u), members: n });
      for (const u of pool.slice(0, above)) {
        if (onBallot.has(u) && !passes(votes1(u))) note(u, { kind: 'shortOfVotes', round: 1, votes: votes1(u), members: n });
      }
      again = pc.tie;
    }
    flag = [...round1.winners];
    const slots = flagCount - flag.length;
    const tied = again.filter((u) => cut.tie.includes(u) || !rules.leaderOnly);
    if (again.length && isHeld(first.revote)) {
      const second = revoteRound(first, first.revote, again, slots, passes, n, note, awards, byRank, quorum.present);
      awards.vote.rounds.push(second.round);
      flag.push(...second.round.winners);
      awards.revoteWinners = second.round.winners;
      if (second.tie.length) {
        pend(second.tie, second.tieSlots, second.tieSlots, 'revote', 'revoteTie');
        awards.nextBallot = { round: 2, candidates: second.tie, slots: second.tieSlots };
      }
    } else if (tied.length) {
      pend(tied, slots, slots, 'revote', 'tie');
      awards.nextBallot = { round: 2, candidates: tied, slots };
    }
    if (!again.length && isHeld(first.revote)) awards.ignoredRevoteUnits.push(...candidatesOf(first.revote));
    flagOutcome = undecided.length ? 'unresolvedTie' : flag.length ? 'proposed' : 'belowThreshold';
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
  return { ...awards, flag, merit, pending, flagOutcome, meritCount };
}

/**
 * The paper of a first vote still to hold: the leading unit(s), or every flag-eligible unit when any candidate that
 * passes may be put forward; a vote among tied units only allows as many approvals as places.
 */
function firstPaper(leaderOnly: boolean, pool: number[], cut: { clear: number[]; tie: number[] }, tieSlots: number): BallotPaper {
  if (!leaderOnly) return { round: 1, candidates: pool, slots: null };
  return { round: 1, candidates: [...cut.clear, ...cut.tie], slots: cut.clear.length === 0 && cut.tie.length ? tieSlots : null };
}

/** A held round as the rules read it: its candidates (a number in the vote cell) in ranking order. */
function heldRound(round: 1 | 2, count: BallotCount, byRank: (list: number[]) => number[], slots: number | null): VoteRound {
  return { round, candidates: byRank(candidatesOf(count)), slots, count, winners: [] };
}

/** A round whose paper allowed `slots` approvals a voter cannot count more than voters × slots. */
function checkApprovals(round: VoteRound, present: number, problems: BallotProblem[]): void {
  if (round.slots == null) return;
  const approvals = round.candidates.reduce((s, u) => s + (round.count.votes[u] ?? 0), 0);
  const voters = votersOf(round.count, present);
  if (approvals > voters * round.slots)
    problems.push({ kind: 'tooManyApprovals', round: round.round, approvals, voters, slots: round.slots });
}

/**
 * The revote among `again` for `slots` flag places: most votes first, the threshold applies; units equal on votes
 * across the last place stay pending (a tie again). Votes for units outside the revote do not count; a unit of the
 * revote left blank while others have votes is a problem of the table.
 */
function revoteRound(
  first: BallotCount,
  table: BallotCount,
  again: number[],
  slots: number,
  passes: (votes: number) => boolean,
  members: number,
  note: (u: number, x: UnitNote) => void,
  awards: Awards,
  byRank: (list: number[]) => number[],
  present: number,
): { round: VoteRound; tie: number[]; tieSlots: number } {
  // Figures left blank in the revote table are the first round's.
  const count: BallotCount = {
    ...table,
    issued: table.issued ?? first.issued,
    returned: table.returned ?? first.returned,
    valid: table.valid ?? first.valid,
  };
  count.votes.forEach((v, u) => {
    if (v != null && !again.includes(u)) awards.ignoredRevoteUnits.push(u);
  });
  const missing = again.filter((u) => count.votes[u] == null);
  if (missing.length) awards.problems.push({ kind: 'missingCandidates', round: 2, units: missing });
  const candidates = byRank(again.filter((u) => count.votes[u] != null));
  const votes = (u: number) => count.votes[u] ?? 0;
  const sorted = [...candidates].sort((a, b) => votes(b) - votes(a) || candidates.indexOf(a) - candidates.indexOf(b));
  const rankOf = new Map(sorted.map((u) => [u, 1 + sorted.filter((o) => votes(o) > votes(u)).length]));
  const open = sorted.filter((u) => passes(votes(u)));
  const cut = takeUntilTie(open, slots, (u) => rankOf.get(u)!);
  for (const u of cut.clear) note(u, { kind: 'wonVote', round: 2, votes: votes(u), members });
  for (const u of candidates) if (!passes(votes(u))) note(u, { kind: 'shortOfVotes', round: 2, votes: votes(u), members });
  const round: VoteRound = { round: 2, candidates, slots, count, winners: cut.clear };
  checkApprovals(round, present, awards.problems);
  return { round, tie: cut.tie, tieSlots: slots - cut.clear.length };
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
