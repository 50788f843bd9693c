// The one place the pane reads the engine's result: what the ranking table, the outcome and the next-head lines show,
// as plain data (names, numbers, bilingual texts). Sentences come from domain/explain.ts (shared with the CLI,
// `Kết quả` and the minutes). Ranking.tsx and Outcome.tsx only lay this out, so a change in the result's shape is
// handled here.

import { awardNames, flagActionText, flagOutcomeTitle, notices, unitReasons } from '../../domain/explain';
import { formatScore } from '../../domain/format';
import type { Bloc, BlocResult, FlagOutcome, Lang, Proposal, Text } from '../../domain/model';
import { describeRules } from '../../workbook/rules-table';
import { UI } from '../i18n';

export interface RankRow {
  unit: number;
  rank: number;
  name: string;
  total: (lang: Lang) => string;
  votes: number | null;
  /** The round whose votes these are: 2 when a revote decided the unit's standing (its votes are the revote's). */
  voteRound: 1 | 2 | null;
  proposal: Proposal;
  eligible: boolean;
  tied: boolean;
  /** In a decision the meeting must still take (and not simply tied). */
  pending: boolean;
  reasons: Text[];
}

export interface OutcomeView {
  outcome: FlagOutcome;
  intent: 'success' | 'info' | 'warning';
  title: Text;
  /** "Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk" */
  flagLabel: Text;
  meritLabel: Text;
  flag: string[];
  merit: string[];
  /** What the meeting must still do about the flag, when anything, and how it is introduced ("Bước tiếp theo" for a
   *  vote not yet held, which is the next step of the day, not a failure; "Hội nghị cần" otherwise). */
  action: Text | null;
  actionLabel: Text;
  /** The flag waits on a vote (not yet held, or again): it is written on `Phiếu bầu`. */
  needsBallot: boolean;
  /** What the meeting must know or decide (pending decisions, quorum, votes), one sentence each. */
  notices: Text[];
  /** Ties at the Certificate cut-off while the flag itself is settled: names per tie. */
  otherTies: string[][];
}

export function rankingRows(bloc: Bloc, result: BlocResult): RankRow[] {
  const tied = new Set(result.unresolvedTies.flat());
  const pending = new Set(result.pending.flatMap((p) => p.among));
  return result.ranking.map((r) => ({
    unit: r.unit,
    rank: r.rank,
    name: r.name,
    total: (lang: Lang) => formatScore(r.total, lang, bloc.rules.decimals),
    votes: r.votes,
    voteRound: r.voteRound,
    proposal: r.proposal,
    eligible: r.eligible,
    tied: tied.has(r.unit),
    pending: pending.has(r.unit) && !tied.has(r.unit),
    reasons: unitReasons(bloc, r),
  }));
}

export function hasVotes(result: BlocResult): boolean {
  return result.ranking.some((r) => r.votes !== null);
}

export function outcomeView(bloc: Bloc, result: BlocResult): OutcomeView {
  const o = result.flagOutcome;
  const names = (units: number[]) => units.map((u) => bloc.units[u].name);
  const needsMeeting = o === 'noQuorum' || o === 'belowThreshold' || o === 'unresolvedTie' || o === 'noEligibleUnit';
  const awards = awardNames(bloc);
  return {
    outcome: o,
    intent: needsMeeting ? 'warning' : o === 'proposed' ? 'success' : 'info',
    title: flagOutcomeTitle(bloc, o),
    flagLabel: UI.score.proposeFlag(awards.flag),
    meritLabel: UI.score.proposeMerit(awards.merit),
    flag: names(result.flag),
    merit: names(result.merit),
    action: flagActionText(bloc, o),
    actionLabel: o === 'pendingVote' ? UI.score.nextStep : UI.score.meetingMust,
    needsBallot: result.pending.some((p) => p.award === 'flag' && p.how !== 'meeting'),
    notices: notices(bloc, result),
    otherTies: result.pending.filter((p) => p.cause === 'cutOffTie').map((p) => names(p.among)),
  };
}

/** The flag units' names, for the announcement after scoring. */
export function flagNames(bloc: Bloc, result: BlocResult): string[] {
  return result.flag.map((u) => bloc.units[u].name);
}

export function rulesApplied(bloc: Bloc, result: BlocResult): Text[] {
  return describeRules(bloc.rules, result.meritCount);
}
