// The one place the pane reads the engine's result: what the ranking table, the outcome and the next-head lines show,
// as plain data (names, numbers, bilingual texts). Ranking.tsx and Outcome.tsx only lay this out, so a change in the
// result's shape is handled here.

import type { BlocResult, FlagOutcome, Proposal, Text } from '../../domain/model';
import { UI } from '../i18n';

export interface RankRow {
  unit: number;
  rank: number;
  name: string;
  total: number;
  votes: number | null;
  proposal: Proposal;
  eligible: boolean;
  tied: boolean;
  reasons: Text[];
}

export interface OutcomeView {
  outcome: FlagOutcome;
  intent: 'success' | 'info' | 'warning';
  title: Text;
  flag: string[];
  merit: string[];
  /** What the meeting must still do about the flag, when anything. */
  action: Text | null;
  notices: Text[];
  /** Ties elsewhere (e.g. at the Certificate cut-off) while the flag itself is settled: names per tie. */
  otherTies: string[][];
}

export interface NextHeadView {
  head: { unit: string | null; suggested: boolean };
  deputy: { unit: string | null; suggested: boolean };
}

export function rankingRows(result: BlocResult): RankRow[] {
  const tied = new Set(result.unresolvedTies.flat());
  return result.ranking.map((r) => ({
    unit: r.unit,
    rank: r.rank,
    name: r.name,
    total: r.total,
    votes: r.votes,
    proposal: r.proposal,
    eligible: r.eligible,
    tied: tied.has(r.unit),
    reasons: r.reasons,
  }));
}

export function hasVotes(result: BlocResult): boolean {
  return result.ranking.some((r) => r.votes !== null);
}

export function outcomeView(result: BlocResult): OutcomeView {
  const o = result.flagOutcome;
  const names = (units: number[]) => units.map((u) => result.ranking.find((r) => r.unit === u)?.name ?? '');
  const needsMeeting = o === 'noQuorum' || o === 'belowThreshold' || o === 'unresolvedTie' || o === 'noEligibleUnit';
  return {
    outcome: o,
    intent: needsMeeting ? 'warning' : o === 'proposed' ? 'success' : 'info',
    title: UI.score.outcome[o],
    flag: names(result.flag),
    merit: names(result.merit),
    action: o === 'proposed' ? null : UI.score.action[o],
    notices: result.notices,
    otherTies: o === 'unresolvedTie' ? [] : result.unresolvedTies.map(names),
  };
}

export function nextHeadView(result: BlocResult): NextHeadView {
  return { head: result.nextHead, deputy: result.nextDeputy };
}

export function rulesApplied(result: BlocResult): Text[] {
  return result.rulesApplied;
}
