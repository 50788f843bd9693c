// The bloc model: plain data read from a bloc workbook (format v1, docs/design.md, "The bloc workbook").
// Nothing here knows about Excel, files or the DOM.

/** A message in both languages the product speaks. Vietnamese is the default. */
export interface Text {
  vi: string;
  en: string;
}

export type Lang = 'vi' | 'en';

/** An error or warning about the input, located at a sheet and (where known) a cell such as "F12". */
export interface Issue {
  severity: 'error' | 'warning';
  sheet: string;
  cell: string | null;
  message: Text;
  topic?: IssueTopic;
}

/**
 * Khối thi đua or Cụm thi đua: from the bloc's name, or `Loại` in `Thông tin`. Every word about the bloc's roles and
 * rules follows it (bloc-words.ts: Khối trưởng / Cụm trưởng, KTĐ / CTĐ, "quy chế của Khối" / "quy chế của Cụm").
 */
export type BlocKind = 'khoi' | 'cum';

/** `Kỳ`: the year (a tổng kết: awards proposed) or a part of it (a sơ kết: ranking only). */
export type PeriodKind = 'year' | 'halfYear' | 'quarter';

/** The review a period holds: tổng kết for the year, sơ kết for a half-year or a quarter. */
export type ReviewKind = 'tongKet' | 'soKet';

export interface BlocInfo {
  name: string; // Tên khối, e.g. "Khối thi đua số 3"
  province: string; // Tỉnh
  year: number | null; // Năm
  period: string; // Kỳ as written: "Năm" or "6 tháng đầu năm"
  periodKind: PeriodKind; // what `Kỳ` says: the year when blank
  periodPart: number | null; // 1 or 2 for a half-year (đầu / cuối năm), 1 to 4 for a quarter; null for the year
  kind: BlocKind; // Khối or Cụm
  kindGiven: boolean; // true: written in `Thông tin` (`Loại`); false: read from the name (Khối when it says neither)
  head: string | null; // Khối trưởng: a unit name as written in `Đơn vị` when it matches one
  deputy: string | null; // Khối phó
  awardingBody: string; // Cơ quan khen thưởng; default "Ủy ban nhân dân tỉnh <Tỉnh>"
  meetingDate: string | null; // Ngày họp, ISO yyyy-mm-dd
  meetingPlace: string | null; // Địa điểm
  chair: string | null; // Chủ trì
  secretary: string | null; // Thư ký
  nextHead: string | null; // Khối trưởng năm sau
  nextDeputy: string | null; // Khối phó năm sau
  dossierRecipient?: string | null; // Nơi nhận hồ sơ: where the award dossier goes (e.g. the provincial emulation board)
  nextHost: string | null; // Đơn vị đăng cai kỳ sau: who hosts the next review (a sơ kết's handover)
  /** `Căn cứ` rows, one legal ground a row, in order: they replace the grounds chosen by the meeting date. */
  legalGrounds: string[] | null;
}

export interface Unit {
  name: string; // Tên đơn vị, as written
  shortName: string | null; // Tên viết tắt
  representative: string | null; // Người đại diện
  title: string | null; // Chức vụ
  present: boolean; // Có mặt
  flagLastPeriod: boolean; // Cờ năm trước
  ineligibleReason: string | null; // Lý do không xét
  address?: string | null; // Địa chỉ (optional column): for the achievement report
  phone?: string | null; // Điện thoại (optional column)
  chief?: string | null; // Thủ trưởng (optional column): the unit's head, who signs its report
}

export type GroupKind = 'ordinary' | 'bonus' | 'deduction';

export interface Group {
  numeral: string; // "I", "II", ...
  title: string;
  kind: GroupKind;
  max: number | null; // the group's Điểm chuẩn (the cap for bonus and deduction groups)
  ref: string; // where the group row is, e.g. "Chấm điểm!A8"
}

/** A leaf criterion: only these are scored and summed. */
export interface Criterion {
  key: string; // STT as written: "1", "2.1", "a)"
  title: string;
  max: number | null; // Điểm chuẩn
  group: number; // index into ScoreTable.groups
  ref: string; // where the row is, e.g. "Chấm điểm!A12"
}

export type Score = number | null; // null: no score given

export interface ScoreTable {
  groups: Group[];
  criteria: Criterion[]; // leaves, in sheet order
  self: Score[][]; // [unit][criterion]: Tự chấm (or the single column per unit)
  bloc: Score[][]; // [unit][criterion]: Khối chấm; all null where the sheet has one column per unit
  /** Sheet cells per [unit][criterion] of the score used, for messages; optional. */
  cells?: { self: (string | null)[][]; bloc: (string | null)[][] };
}

/** One row of `Chấm chéo`: unit `scorer` scored unit `scored` on criterion `criterion`. */
export interface CrossScore {
  scorer: number; // unit index
  scored: number; // unit index
  criterion: number; // criterion index
  value: number;
}

/**
 * The rows of `Chấm chéo` by column: row i is (scorer[i], scored[i], criterion[i], value[i]). Arrays of plain
 * numbers take a third of the memory of one object per row, which matters at province scale (500,000 rows).
 */
export interface CrossTable {
  scorer: number[];
  scored: number[];
  criterion: number[];
  value: number[];
}

/**
 * The figures and votes of one round of the secret ballot. A unit is a candidate of the round only when its vote cell
 * holds a number: null is "not on the ballot" (a blank cell or no row), never 0. A round whose every vote cell is
 * blank has not been held yet (what `Lập sổ` writes, and the revote table the pane adds).
 */
export interface BallotCount {
  issued: number | null; // Số phiếu phát ra
  returned: number | null; // Số phiếu thu về
  valid: number | null; // Số phiếu hợp lệ
  votes: (number | null)[]; // [unit] Số phiếu đồng ý; null: not a candidate
  against: (number | null)[]; // [unit] Không đồng ý
}

/** No `Phiếu bầu` sheet; a ballot not held yet (every vote cell blank); a ballot held. */
export type BallotState = 'none' | 'notHeld' | 'held';

export interface Ballot extends BallotCount {
  /** The second table `Bỏ phiếu lại` (`Vòng 2`, `Bầu lại`): its figures default to the first round's. */
  revote: BallotCount | null;
}

/** A share such as "> 50%" or ">= 2/3". */
export interface Threshold {
  op: '>' | '>=';
  fraction: number; // 0.5, 2/3
  text: string; // as written or the default's text
}

export type TieBreak =
  | { kind: 'votes' } // compares candidates only: a tie with a unit not on the ballot is not separated by votes
  | { kind: 'group'; numeral: string }
  | { kind: 'criterion'; stt: string } // `Điểm tiêu chí 2.1`: the criterion's score (a sub-heading: its leaves')
  | { kind: 'fewerDeductions' }
  | { kind: 'moreBonus' }
  | { kind: 'noFlagLastPeriod' };

export type CrossAggregation = 'mean' | 'trimmed' | 'median';

export interface Rules {
  flagCount: number; // Số Cờ thi đua
  meritCount: number | null; // Số Bằng khen; null: floor(50% of units) less the flag units
  voteThreshold: Threshold; // Ngưỡng phiếu
  quorum: Threshold; // Tỷ lệ có mặt tối thiểu (op '>=' by default)
  scoreSource: 'bloc' | 'self' | 'cross'; // Điểm xếp hạng
  crossAggregation: CrossAggregation; // Tổng hợp chấm chéo
  tieBreaks: TieBreak[]; // Thứ tự ưu tiên khi bằng điểm
  decimals: number; // Số chữ số thập phân
  minFlagScore: number | null; // Điểm tối thiểu xét Cờ
  /**
   * Chỉ suy tôn đơn vị dẫn đầu: true (the default), only the best-ranked flag-eligible unit(s) may be put forward,
   * and a unit below with enough votes is set aside; false, the best-ranked candidate that passed the vote is.
   */
  leaderOnly: boolean;
  /** Which rules were written in `Quy tắc` (the others took their defaults). */
  given: (keyof Omit<Rules, 'given'>)[];
}

export interface Bloc {
  info: BlocInfo;
  units: Unit[]; // in `Đơn vị` order, which is the rotation order
  table: ScoreTable;
  cross: CrossTable | null; // null: no `Chấm chéo` sheet
  ballot: Ballot | null; // null: no `Phiếu bầu` sheet
  rules: Rules;
}

export const DEFAULT_RULES: Rules = {
  flagCount: 1,
  meritCount: null,
  voteThreshold: { op: '>', fraction: 0.5, text: '> 50%' },
  quorum: { op: '>=', fraction: 2 / 3, text: '2/3' },
  scoreSource: 'bloc',
  crossAggregation: 'mean',
  tieBreaks: [{ kind: 'votes' }, { kind: 'group', numeral: 'I' }, { kind: 'fewerDeductions' }, { kind: 'moreBonus' }],
  decimals: 2,
  minFlagScore: null,
  leaderOnly: true,
  given: [],
};

// ---------------------------------------------------------------------------------------------------------------
// The result of applying the rules (docs/design.md, "The rules engine" and "The meeting model"). Every decision is
// data: which step separated two units and with which values, which units are tied, what is decided and what the
// meeting must still decide. Sentences are made from it at the edges (explain.ts, for the pane, the CLI, `Kết quả`
// and the minutes).

export type Proposal = 'flag' | 'merit' | null;

/** A step's value for one unit (votes, a group's score, ...), oriented as the step compares it (see tiebreak.ts). */
export interface StepValue {
  step: TieBreak;
  value: number;
}

/**
 * What separated two units of the same total: a tie-break step of the rules, or the revote held for their tie (its
 * values are the revote's votes; `members` the member units the shares are of).
 */
export type DecidingStep = TieBreak | { kind: 'revote'; members: number };

/**
 * Two neighbours in the ranking with the same total: the steps on which they were equal (a step that could not
 * compare them, such as votes with a unit not on the ballot, is not listed), then the step that put `upper` above
 * `lower` with both values, or null when they are equal after every step (a tie for the meeting).
 */
export interface TieBreakPair {
  upper: number; // unit index
  lower: number;
  total: number;
  equalOn: StepValue[];
  decidedBy: { step: DecidingStep; upper: number; lower: number } | null;
}

/** Why a unit stands where it does, or why it is not proposed: data, rendered by explain.ts. */
export type UnitNote =
  | { kind: 'tieBreak'; pair: TieBreakPair; above: boolean } // separated from a unit of the same total
  /** Equal with `others` after every step (on `equalOn`); `forMeeting`: a pending decision turns on it. */
  | { kind: 'tied'; others: number[]; total: number; equalOn: StepValue[]; forMeeting: boolean }
  | { kind: 'ineligible'; reason: string } // `Lý do không xét`
  | { kind: 'belowMinimum'; total: number; minimum: number } // `Điểm tối thiểu xét Cờ`
  | { kind: 'shortOfVotes'; round: 1 | 2; votes: number; members: number } // below `Ngưỡng phiếu`
  | { kind: 'notPutForward'; round: 1 | 2; votes: number; members: number } // votes enough, but `leaderOnly`
  | { kind: 'wonVote'; round: 1 | 2; votes: number; members: number };

export interface UnitResult {
  unit: number; // index into Bloc.units
  name: string; // as written in `Đơn vị`
  rank: number; // shared by units still equal after every tie-break step (1, 2, 2, 4)
  base: number; // ordinary groups, rounded to rules.decimals
  bonus: number; // after its cap
  deduction: number; // after its cap, a positive number that is subtracted
  total: number; // rounded to rules.decimals
  groupScores: number[]; // [group] rounded; bonus and deduction after caps
  /**
   * The unit's votes in the round that decided its standing (the revote for a unit in it, else the first round), and
   * their share of the member units: null for a unit that was on no counted ballot (never 0 for "not a candidate").
   */
  votes: number | null;
  voteShare: number | null;
  voteRound: 1 | 2 | null;
  eligible: boolean; // false: `Lý do không xét`
  ineligibleReason: string | null;
  flagEligible: boolean; // eligible and not below `Điểm tối thiểu xét Cờ`
  proposal: Proposal; // decided, or the flag proposed pending the first vote; see BlocResult.pending
  notes: UnitNote[];
}

export type FlagOutcome =
  | 'proposed' // ballot held, threshold and quorum met (in the first round or the revote)
  | 'pendingVote' // no ballot, or not held yet: proposed, pending the vote
  | 'noQuorum' // a vote held without quorum is no result: pending a valid vote
  | 'belowThreshold'
  | 'interimReview' // a sơ kết (half-year, quarter): ranking only, no award is proposed
  | 'unresolvedTie' // a tie for the flag: a revote among the tied units (pending)
  | 'noEligibleUnit'
  | 'noneByRule'; // `Số Cờ thi đua` is 0

/**
 * A decision the meeting must still take: the product never takes it. `among` compete for `slots` places of
 * `award`, decided by the `how`; `othersGet: 'merit'` when those of `among` who do not win get a Certificate.
 */
export interface PendingDecision {
  award: 'flag' | 'merit';
  among: number[]; // unit indexes, in ranking order
  slots: number;
  how: 'vote' | 'revote' | 'meeting';
  othersGet: 'merit' | null;
  cause:
    | 'awaitingVote' // no ballot yet (or not held): the leading unit(s) await the secret ballot
    | 'noQuorum' // the vote was held without quorum: it must be held again
    | 'tie' // equal for the flag after every tie-break step
    | 'revoteTie' // the revote left them equal again
    | 'cutOffTie' // equal across the Certificate cut-off
    | 'afterFlag'; // these Certificates depend on the flag decision (they go to these units if the flag is won)
}

/**
 * A ballot paper: exactly the units a round counts, in ranking order, and how many of them a voter may approve
 * ("đồng ý tối đa 01 đơn vị"): a number for a vote among tied units or a revote, null when each candidate is
 * approved or not on its own.
 */
export interface BallotPaper {
  round: 1 | 2;
  candidates: number[];
  slots: number | null;
}

/** One round of the ballot as held: its paper (the units with a number), its count, and whom it put forward. */
export interface VoteRound extends BallotPaper {
  count: BallotCount;
  winners: number[]; // put forward for the flag by this round (none when the vote does not count)
}

export interface VoteResult {
  quorum: { present: number; total: number; met: boolean };
  /** False without quorum: the rounds are reported but are no result (their votes rank nobody). */
  counted: boolean;
  rounds: VoteRound[];
}

/**
 * The documents the meeting has, by its period and its vote: a tổng kết has them all (the ballot paper and the count
 * minute while a vote is held or to hold); a sơ kết has the minute, and a handover of the next review's hosting only
 * when `Đơn vị đăng cai kỳ sau` is given. `dossier`: the period proposes awards (whether one is pending is apart).
 */
export interface MeetingDocuments {
  ballot: boolean;
  count: boolean;
  handover: 'head' | 'host' | null;
  dossier: boolean;
}

export interface Appointment {
  unit: string | null;
  suggested: boolean; // by the rotation order, not written in `Thông tin`
}

export interface BlocResult {
  review: ReviewKind; // tổng kết (the year) or sơ kết: a sơ kết proposes no award
  ballotState: BallotState;
  ranking: UnitResult[]; // by rank, then `Đơn vị` order within a shared rank
  tieBreaks: TieBreakPair[]; // every pair of neighbours with equal totals, best first (a decisive revote included)
  unresolvedTies: number[][]; // groups of unit indexes still equal after every step and any revote
  flag: number[]; // decided, or proposed pending the first vote
  merit: number[]; // Certificates that hold whatever the pending decisions decide
  pending: PendingDecision[];
  flagOutcome: FlagOutcome;
  meritCount: number; // the number of Certificates the rules allow
  vote: VoteResult | null; // null: no ballot held (none, or not held yet)
  /** The paper of the vote still to hold (a first vote or a revote), null when none is pending. */
  nextBallot: BallotPaper | null;
  /** Revote votes for units that were not in the revote (they do not count). */
  ignoredRevoteUnits: number[];
  /** A tổng kết's next head and deputy; in a sơ kết both are { unit: null, suggested: false } (no election). */
  nextHead: Appointment;
  nextDeputy: Appointment;
  /** A sơ kết's handover: the unit hosting the next review (`Đơn vị đăng cai kỳ sau`), null when not given. */
  nextHost: string | null;
  documents: MeetingDocuments;
}

/**
 * A reader's issue about a figure the workbook prints (a subtotal or a group's maximum that does not add up): the
 * minute lists them in its notes, since the documents print the computed figure.
 */
export type IssueTopic = 'printedFigure';
