// The ballot as the meeting holds it (docs/design.md, "The meeting model"): a round's candidates are the units whose
// vote cell holds a number (a blank is "not on the ballot", never 0); a round with no number at all is not held yet;
// a vote held without quorum is no result. What a ballot paper allows ("đồng ý tối đa 01 đơn vị") bounds the count.

import { reviewOf } from './bloc-words';
import type { Ballot, BallotCount, BallotState, Bloc, Threshold } from './model';

/** Whether a share passes a threshold; a small tolerance keeps 2/3 of 12 units equal to "2/3". */
export function meets(share: number, t: Threshold): boolean {
  const eps = 1e-9;
  return t.op === '>' ? share > t.fraction + eps : share >= t.fraction - eps;
}

/** A round is held when at least one vote cell holds a number. */
export function isHeld(count: BallotCount | null | undefined): count is BallotCount {
  return !!count && count.votes.some((v) => v != null);
}

export function ballotState(ballot: Ballot | null): BallotState {
  return !ballot ? 'none' : isHeld(ballot) ? 'held' : 'notHeld';
}

/** The units on a round's ballot (a number in their vote cell), in `Đơn vị` order. */
export function candidatesOf(count: BallotCount): number[] {
  return count.votes.flatMap((v, u) => (v == null ? [] : [u]));
}

/** Units present out of the members, and whether that meets `Tỷ lệ có mặt tối thiểu`. */
export function quorumOf(bloc: Bloc): { present: number; total: number; met: boolean } {
  const total = bloc.units.length;
  const present = bloc.units.filter((u) => u.present).length;
  return { present, total, met: total > 0 && meets(present / total, bloc.rules.quorum) };
}

/** Whether the first round counts: held at a tổng kết, with quorum. Only then do its votes rank anyone. */
export function isCounted(bloc: Bloc): boolean {
  return reviewOf(bloc.info) === 'tongKet' && isHeld(bloc.ballot) && quorumOf(bloc).met;
}

/** Who voted in a round: its valid ballots, else those returned, else issued, else the units present. */
export function votersOf(count: BallotCount, present: number): number {
  return count.valid ?? count.returned ?? count.issued ?? present;
}

/**
 * What a held round's table cannot be, given the paper it was voted on (docs/design.md, "The meeting model"): a unit
 * that had to be on it (the leading unit under `Chỉ suy tôn đơn vị dẫn đầu`, a unit of the revote) left blank while
 * others have votes; more approvals than voters × the units a voter may approve.
 */
export type BallotProblem =
  | { kind: 'missingCandidates'; round: 1 | 2; units: number[] }
  | { kind: 'tooManyApprovals'; round: 1 | 2; approvals: number; voters: number; slots: number };
