// From a bloc and its result to the plain values every bloc document is filled with (see vocabulary.ts). Every value
// is text, a yes/no condition or a list of rows; what the workbook does not say becomes a dotted blank to fill by hand,
// never "undefined" or "null". Nothing here decides an award: the flag, the Certificates, the vote rounds and what the
// meeting must still decide are read from the engine's result (result.flag, merit, pending, vote, tieBreaks, notes),
// and a pending decision is written as what the meeting must do, never as a result.

import { awardNames, notices, noteText, pendingText, proposalLabel, thresholdText, tieBreakText, votesText } from '../domain/explain';
import { meets } from '../domain/awards';
import { formatPercent as percent, formatScore } from '../domain/format';
import type { BallotCount, Bloc, BlocResult, TieBreakPair, Unit, UnitResult, VoteRound } from '../domain/model';
import { fold, lowerFirst, tidy } from '../domain/text';
import { countWithWords, dateWords, joinNames, ordinalWords, parseIsoDate } from '../domain/vietnamese';
import { documentFileName, type DocumentKind } from './kinds';
import { MAX_GROUP_COLUMNS } from './vocabulary';

export const BLANK = '…………………………';
export const BLANK_SHORT = '……';
export const BLANK_DATE = 'ngày …… tháng …… năm ……';
export const BLANK_TIME = '…… giờ …… phút';

export type MinutesValue = string | boolean | MinutesRow[];
export interface MinutesRow {
  [field: string]: MinutesValue;
}
export type MinutesData = Record<string, MinutesValue>;

/** The meeting's documents (kindsOf('minutes') in the registry, kinds.ts): what `--minutes` and the Biên bản tab make. */
export type MinutesKind = Extract<DocumentKind, 'nomination' | 'handover' | 'ballot' | 'count'>;

function orBlank(value: string | null | undefined, blank = BLANK): string {
  const s = value == null ? '' : tidy(value);
  return s || blank;
}

export function findUnit(bloc: Bloc, name: string | null | undefined): Unit | null {
  if (!name) return null;
  const f = fold(name);
  return bloc.units.find((u) => fold(u.name) === f || (u.shortName != null && fold(u.shortName) === f)) ?? null;
}

/** "năm 2023", "6 tháng đầu năm 2024": the period as the minute's sentences use it. */
export function periodText(period: string, year: number | null): string {
  const y = year == null ? BLANK_SHORT : String(year);
  const p = tidy(period);
  if (!p) return `năm ${y}`;
  return fold(p).endsWith('nam') ? `${lowerFirst(p)} ${y}` : `${lowerFirst(p)} năm ${y}`;
}

/** "Ủy ban nhân dân tỉnh Đắk Lắk" -> "UBND TỈNH ĐẮK LẮK", as the document head names the managing body. */
export function managingBody(awarding: string): string {
  if (awarding === BLANK) return BLANK;
  const s = tidy(awarding);
  const m = /^(ủy|uỷ) ban nhân dân\s+/i.exec(s.normalize('NFC'));
  return (m ? `UBND ${s.slice(m[0].length)}` : s).toLocaleUpperCase('vi');
}

// ---------------------------------------------------------------------------------------------------------------
// People's names

const HONORIFIC = /^(đồng chí|đ\/c|ông\/bà|ông \(bà\)|ông|bà|anh|chị)\s+/i;
// Ranks and degrees are signed with the name ("Đại tá Trần Minh Quang", "TS. Lê Văn A"); they stay.
const RANK = /^((đại|thượng|trung|thiếu) (tướng|tá|úy|uý)|(gs|pgs|ts|ths|bs|ds|ks)\.?(\s*(gs|pgs|ts|ths)\.?)*)\s+/i;

/** Text without a leading "Đồng chí", "Đ/c", "Ông", "Bà": "Bà Vũ Thị Mai, Phó Giám đốc" -> "Vũ Thị Mai, Phó Giám đốc". */
export function withoutHonorific(text: string): string {
  let s = tidy(text);
  while (HONORIFIC.test(s)) s = s.replace(HONORIFIC, '');
  return s;
}

/**
 * Whether a text is a person's name (a rank or degree allowed before it): two to seven words, each starting with a
 * capital letter, no digits. "Đồng chí đại diện", "Cán bộ thi đua", "Đại diện lãnh đạo Sở" are not names.
 */
export function isPersonName(text: string): boolean {
  const s = tidy(text).replace(RANK, '');
  const words = s.split(' ');
  if (words.length < 2 || words.length > 7 || /\d/.test(s)) return false;
  const f = fold(s);
  if (/^(dai dien|can bo|lanh dao|thu truong|truong|pho|chanh|giam doc|dong chi|chua|khong)\b/.test(f)) return false;
  return words.every((w) => /^[\p{Lu}]/u.test(w.replace(/^['’(]/, '')));
}

/**
 * The name to print under a signature or in a list: "Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh" -> "Nguyễn Văn A".
 * The title after a comma or a dash goes, and so does a leading honorific; a rank such as "Đại tá" stays, as it is
 * signed with the name. Null when what is left is not a person's name ("Đồng chí đại diện").
 */
export function personName(text: string | null | undefined): string | null {
  if (!text) return null;
  const first = withoutHonorific(text)
    .split(/\s*[,;]\s*|\s+[-–—]\s+/)[0]
    .trim();
  return first && isPersonName(first) ? first : null;
}

/** "Nguyễn Văn A, Giám đốc" with its honorific dropped, or null when its name part is not a person's name. */
export function personWithTitle(text: string | null | undefined): string | null {
  if (!text || !personName(text)) return null;
  return withoutHonorific(text);
}

/** A group's title without a trailing "(tối đa 5 điểm)": the documents say the maximum themselves. */
export function groupTitle(title: string): string {
  return tidy(title).replace(/\s*\(\s*tối đa[^)]*\)\s*$/iu, '') || BLANK;
}

// ---------------------------------------------------------------------------------------------------------------

interface Context {
  bloc: Bloc;
  result: BlocResult;
  n: number; // member units
  byUnit: Map<number, UnitResult>;
  total: (u: number) => string;
  name: (u: number) => string;
  period: string;
  awards: { flag: string; merit: string };
  threshold: string;
}

const count = (v: number | null | undefined): string => (v == null ? BLANK_SHORT : countWithWords(v));
const ends = <T extends MinutesRow>(rows: T[], last = '.', other = ';'): T[] =>
  rows.map((row, i) => ({ ...row, dau_cuoi: i === rows.length - 1 ? last : other }));
const lines = (texts: string[], last = '.', other = ';'): MinutesRow[] =>
  ends(
    texts.map((t) => ({ noi_dung: t.replace(/[.;]$/, '') })),
    last,
    other,
  );
const sentences = (texts: string[]): MinutesRow[] => texts.map((t) => ({ noi_dung: t.replace(/\.$/, ''), dau_cuoi: '.' }));

function share(ctx: Context, v: number | null | undefined): string {
  return v == null || ctx.n === 0 ? `${BLANK_SHORT}%` : percent(v / ctx.n, 'vi');
}

function rankPhrase(ctx: Context, u: number): string {
  const r = ctx.byUnit.get(u);
  return r ? `${ctx.total(u)} điểm, xếp ${ordinalWords(r.rank)}` : `${ctx.total(u)} điểm`;
}

/** The round in which a unit was put forward, and its votes there. */
function winningVotes(ctx: Context, u: number): { round: VoteRound; votes: number } | null {
  const round = ctx.result.vote?.rounds.find((r) => r.winners.includes(u));
  return round ? { round, votes: round.count.votes[u] ?? 0 } : null;
}

/** "A bằng tổng điểm (98,00) với B, bằng số phiếu bầu (5 phiếu); xếp trên nhờ Điểm nhóm I: 38,5 so với 38". */
function pairSentence(ctx: Context, pair: TieBreakPair): string {
  const text = lowerFirst(tieBreakText(ctx.bloc, pair, true, 'vi')).replace(/\.$/, '');
  const tail = pair.decidedBy ? '' : ' sau mọi tiêu chí ưu tiên của quy chế: Hội nghị quyết định';
  return `${ctx.name(pair.upper)} ${text}${tail}`;
}

/** The award a unit holds or may hold, for telling whether a tie-break decided one. */
function standing(result: BlocResult, u: number): string {
  if (result.flag.includes(u)) return 'flag';
  if (result.merit.includes(u)) return 'merit';
  return result.pending.some((p) => p.among.includes(u)) ? 'pending' : 'none';
}

function flagConclusion(ctx: Context): string {
  const { bloc, result } = ctx;
  const scope = `phong trào thi đua ${bloc.info.name ? tidy(bloc.info.name) : 'của Khối'} ${ctx.period}`;
  switch (result.flagOutcome) {
    case 'noneByRule':
      return `Theo quy chế của Khối, ${ctx.period} không đề nghị tặng Cờ thi đua.`;
    case 'noEligibleUnit':
      return `Không có đơn vị đủ điều kiện đề nghị tặng Cờ thi đua ${ctx.period}.`;
    case 'noQuorum': {
      const q = result.vote!.quorum;
      return (
        `Số đơn vị có mặt là ${q.present}/${q.total}, chưa đạt tỷ lệ tối thiểu ${thresholdText(bloc.rules.quorum, 'vi')} ` +
        `tổng số đơn vị thành viên nên kết quả bỏ phiếu không có giá trị; Hội nghị chưa suy tôn đơn vị đề nghị tặng Cờ thi đua.`
      );
    }
    default:
      break;
  }
  const out: string[] = [];
  const many = result.flag.length > 1;
  const decided = result.flag.filter((u) => winningVotes(ctx, u));
  if (decided.length) {
    const details = decided.map((u) => {
      const w = winningVotes(ctx, u)!;
      const again = w.round.round === 2 ? 'bỏ phiếu lại: ' : '';
      return `${ctx.name(u)} (${ctx.total(u)} điểm; ${again}${w.votes}/${ctx.n} phiếu đồng ý, đạt ${share(ctx, w.votes)})`;
    });
    out.push(
      `Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn ${joinNames(details)} là ` +
        `${many ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${scope}, đề nghị tặng ${ctx.awards.flag}.`,
    );
  }
  const awaiting = result.flag.filter((u) => !winningVotes(ctx, u));
  if (awaiting.length) {
    const details = awaiting.map((u) => `${ctx.name(u)} (${rankPhrase(ctx, u)})`);
    out.push(
      `Căn cứ kết quả chấm điểm, ${joinNames(details)} được giới thiệu để Hội nghị bỏ phiếu suy tôn ` +
        `${awaiting.length > 1 ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${scope}, đề nghị tặng ${ctx.awards.flag}. ` +
        `Kết quả bỏ phiếu: ${BLANK_SHORT} phiếu đồng ý trên tổng số ${ctx.n} đơn vị thành viên, đạt ${BLANK_SHORT}% ` +
        `(tỷ lệ cần đạt: ${ctx.threshold} tổng số đơn vị thành viên).`,
    );
  }
  // Units that fell short of the threshold, in every round they stood in.
  for (const r of result.ranking) {
    const short = r.notes.filter((x) => x.kind === 'shortOfVotes');
    if (!short.length || result.flag.includes(r.unit)) continue;
    const rounds = short.map((x) => `${x.round === 2 ? 'bỏ phiếu lại được ' : 'được '}${votesText(x.votes, ctx.n, 'vi')}`);
    const merit = result.merit.includes(r.unit) ? `; ${ctx.name(r.unit)} được xét đề nghị tặng Bằng khen theo thứ hạng` : '';
    out.push(
      `${ctx.name(r.unit)} (${rankPhrase(ctx, r.unit)}) ${rounds.join(', ')}, chưa đạt tỷ lệ ${ctx.threshold} tổng số đơn vị thành viên${merit}.`,
    );
  }
  for (const r of result.ranking) {
    for (const x of r.notes) if (x.kind === 'notPutForward') out.push(`${ctx.name(r.unit)}: ${lowerFirst(noteText(bloc, x, 'vi'))}`);
  }
  for (const p of result.pending.filter((x) => x.award === 'flag' && x.cause !== 'awaitingVote')) {
    const u0 = p.among[0];
    const again = p.cause === 'revoteTie' ? 'Sau khi bỏ phiếu lại, ' : '';
    const equal =
      p.cause === 'revoteTie'
        ? 'vẫn bằng số phiếu'
        : `bằng điểm (${ctx.total(u0)} điểm) sau khi xét các tiêu chí ưu tiên theo quy chế của Khối`;
    const others = p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị tặng Bằng khen' : '';
    out.push(
      `${again}${joinNames(p.among.map(ctx.name))} ${equal}: Hội nghị ${p.how === 'revote' ? 'bỏ phiếu lại' : 'bỏ phiếu'} giữa ` +
        `các đơn vị này để suy tôn ${countWithWords(p.slots)} đơn vị đề nghị tặng Cờ thi đua${others}. Kết quả: ${BLANK}.`,
    );
  }
  if (!out.length || (!result.flag.length && !result.pending.some((p) => p.award === 'flag'))) {
    out.push(`Hội nghị không suy tôn đơn vị đề nghị tặng Cờ thi đua ${ctx.period}.`);
  }
  return out.join(' ');
}

function meritConclusion(ctx: Context): string {
  const { result } = ctx;
  const pendingMerit = result.pending.filter((p) => p.award === 'merit').reduce((s, p) => s + p.slots, 0);
  const fromFlag = result.pending
    .filter((p) => p.award === 'flag' && p.othersGet === 'merit')
    .reduce((s, p) => s + p.among.length - p.slots, 0);
  const open = pendingMerit + fromFlag;
  const left = open ? ` (${countWithWords(open)} suất còn lại chờ Hội nghị quyết định, xem mục 5)` : '';
  if (result.merit.length) return `Đề nghị tặng ${ctx.awards.merit} cho ${countWithWords(result.merit.length)} đơn vị${left}, gồm:`;
  if (open) return `Các suất Bằng khen chờ Hội nghị quyết định (xem mục 5).`;
  if (result.meritCount === 0) return 'Theo quy chế của Khối, kỳ này không đề nghị tặng Bằng khen.';
  return 'Không có đơn vị đủ điều kiện đề nghị tặng Bằng khen.';
}

/** The figures of a round as text, and what that round decided. */
function roundRows(ctx: Context, round: VoteRound, label: string): MinutesRow {
  const { bloc, result } = ctx;
  const c: BallotCount = round.count;
  const invalid = c.returned != null && c.valid != null && c.returned >= c.valid ? c.returned - c.valid : null;
  const units =
    round.round === 1
      ? result.ranking.map((r) => r.unit).filter((u) => c.votes[u] != null || round.candidates.includes(u))
      : result.ranking.map((r) => r.unit).filter((u) => round.candidates.includes(u));
  const phieu = ends(
    units.map((u, k) => ({
      stt: String(k + 1),
      ten_don_vi: ctx.name(u),
      dong_y: count(c.votes[u] ?? 0),
      ty_le_dong_y: share(ctx, c.votes[u] ?? 0),
      khong_dong_y: count(c.against[u]),
      ty_le_khong_dong_y: c.against[u] == null ? `${BLANK_SHORT}%` : share(ctx, c.against[u]),
    })),
  );
  const decided: string[] = [];
  if (result.vote && !result.vote.quorum.met) {
    decided.push(`Số đơn vị có mặt chưa đạt tỷ lệ tối thiểu ${thresholdText(bloc.rules.quorum, 'vi')}: kết quả bỏ phiếu không có giá trị.`);
  } else {
    for (const u of round.candidates) {
      const v = c.votes[u] ?? 0;
      const note = ctx.byUnit.get(u)?.notes.find((x) => (x.kind === 'wonVote' || x.kind === 'shortOfVotes') && x.round === round.round);
      if (round.winners.includes(u))
        decided.push(`${ctx.name(u)} được ${votesText(v, ctx.n, 'vi')}, đạt tỷ lệ ${ctx.threshold} tổng số đơn vị thành viên.`);
      else if (note?.kind === 'shortOfVotes')
        decided.push(`${ctx.name(u)} được ${votesText(v, ctx.n, 'vi')}, chưa đạt tỷ lệ ${ctx.threshold} tổng số đơn vị thành viên.`);
      else decided.push(`${ctx.name(u)} được ${votesText(v, ctx.n, 'vi')}.`);
    }
    // Candidates equal after every tie-break step go to a revote whatever their first-round votes.
    const tied = round.candidates.filter((u) =>
      result.unresolvedTies.some((g) => g.includes(u) && g.some((o) => o !== u && round.candidates.includes(o))),
    );
    if (round.round === 1 && tied.length) {
      decided.push(
        `${joinNames(tied.map(ctx.name))} bằng điểm sau mọi tiêu chí ưu tiên của quy chế: Hội nghị bỏ phiếu lại giữa các đơn vị này.`,
      );
    }
    if (round.round === 1) {
      for (const r of result.ranking) {
        for (const x of r.notes) {
          if (x.kind === 'notPutForward' && x.round === 1) decided.push(`${ctx.name(r.unit)}: ${lowerFirst(noteText(bloc, x, 'vi'))}`);
        }
      }
    }
    const tie = result.pending.find((p) => p.cause === 'revoteTie');
    if (round.round === 2 && tie) decided.push(`${joinNames(tie.among.map(ctx.name))} bằng số phiếu: Hội nghị bỏ phiếu lại.`);
  }
  return {
    ten_vong: label,
    phat_ra: count(c.issued),
    thu_ve: count(c.returned),
    hop_le: count(c.valid),
    khong_hop_le: count(invalid),
    phieu,
    ket_qua: decided.join(' ') || BLANK,
  };
}

function voteRounds(ctx: Context, candidates: number[]): MinutesRow[] {
  const vote = ctx.result.vote;
  if (!vote) {
    // Before the vote: one round, the units put forward, every figure blank.
    return [
      {
        ten_vong: 'Kết quả bỏ phiếu',
        phat_ra: BLANK_SHORT,
        thu_ve: BLANK_SHORT,
        hop_le: BLANK_SHORT,
        khong_hop_le: BLANK_SHORT,
        phieu: ends(
          candidates.map((u, k) => ({
            stt: String(k + 1),
            ten_don_vi: ctx.name(u),
            dong_y: BLANK_SHORT,
            ty_le_dong_y: `${BLANK_SHORT}%`,
            khong_dong_y: BLANK_SHORT,
            ty_le_khong_dong_y: `${BLANK_SHORT}%`,
          })),
        ),
        ket_qua: BLANK,
      },
    ];
  }
  const two = vote.rounds.length > 1;
  return vote.rounds.map((r) =>
    roundRows(ctx, r, !two ? 'Kết quả bỏ phiếu' : r.round === 1 ? 'Lần thứ nhất' : 'Bỏ phiếu lại (lần thứ hai)'),
  );
}

/** The units on the ballot paper: a revote's tied units when one is pending, else the first round's candidates. */
function ballotCandidates(ctx: Context): { units: number[]; slots: number; revote: boolean } {
  const { result, bloc } = ctx;
  const flagPending = result.pending.filter((p) => p.award === 'flag');
  const revote = flagPending.find((p) => p.how === 'revote');
  if (revote) return { units: revote.among, slots: revote.slots, revote: true };
  if (result.vote) return { units: result.vote.rounds[0].candidates, slots: bloc.rules.flagCount, revote: false };
  const units = [...new Set([...result.flag, ...flagPending.flatMap((p) => p.among)])];
  return { units: result.ranking.map((r) => r.unit).filter((u) => units.includes(u)), slots: bloc.rules.flagCount, revote: false };
}

function attendanceSentence(ctx: Context): string {
  const { bloc, result } = ctx;
  const q = thresholdText(bloc.rules.quorum, 'vi');
  if (result.vote) {
    const { present, total, met } = result.vote.quorum;
    return `Có mặt ${present}/${total} đơn vị (${percent(total ? present / total : 0, 'vi')}), ${met ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${q}: kết quả bỏ phiếu ${met ? 'có giá trị' : 'không có giá trị'}.`;
  }
  const present = bloc.units.filter((u) => u.present).length;
  if (!present) return `Số đơn vị có mặt: ${BLANK_SHORT}/${ctx.n} (tỷ lệ tối thiểu ${q}).`;
  const ok = ctx.n > 0 && meets(present / ctx.n, bloc.rules.quorum);
  return `Có mặt ${present}/${ctx.n} đơn vị (${percent(present / ctx.n, 'vi')}), ${ok ? 'đạt' : 'chưa đạt'} tỷ lệ tối thiểu ${q}.`;
}

/** Notes under the score table, and the note numbers of each unit. */
function tableNotes(ctx: Context): { notes: MinutesRow[]; refs: Map<number, string[]> } {
  const refs = new Map<number, string[]>();
  const texts: string[] = [];
  const add = (units: number[], text: string) => {
    texts.push(text);
    for (const u of units) refs.set(u, [...(refs.get(u) ?? []), `(${texts.length})`]);
  };
  // In ranking order: a unit's tie with the unit below it, then why it is not eligible.
  for (const r of ctx.result.ranking) {
    for (const pair of ctx.result.tieBreaks.filter((x) => x.upper === r.unit)) add([pair.upper, pair.lower], pairSentence(ctx, pair));
    for (const x of r.notes) {
      if (x.kind === 'ineligible') add([r.unit], `${ctx.name(r.unit)} không được xét khen thưởng: ${tidy(x.reason).replace(/\.$/, '')}`);
      if (x.kind === 'belowMinimum') add([r.unit], `${ctx.name(r.unit)}: ${lowerFirst(noteText(ctx.bloc, x, 'vi'))}`);
    }
  }
  return { notes: sentences(texts).map((row, i) => ({ ky_hieu: `(${i + 1})`, ...row })), refs };
}

function awardRows(ctx: Context, units: number[]): MinutesRow[] {
  return ends(
    units.map((u, k) => {
      const w = winningVotes(ctx, u);
      const v = w ? w.votes : (ctx.bloc.ballot?.votes[u] ?? (ctx.bloc.ballot ? 0 : null));
      const rank = ctx.byUnit.get(u)?.rank;
      return {
        stt: String(k + 1),
        ten_don_vi: ctx.name(u),
        tong_diem: ctx.total(u),
        hang: rank == null ? BLANK_SHORT : String(rank),
        thu_hang: rank == null ? BLANK_SHORT : ordinalWords(rank),
        so_phieu: count(v),
        ty_le: share(ctx, v),
        phieu_ty_le: v == null ? `${BLANK_SHORT}/${ctx.n} (${BLANK_SHORT}%)` : `${v}/${ctx.n} (${share(ctx, v)})`,
      };
    }),
  );
}

interface Party {
  unit: Unit | null;
  written: string | null; // as written in `Thông tin` when it names no unit
}

function party(bloc: Bloc, name: string | null | undefined): Party {
  return { unit: findUnit(bloc, name), written: name ? tidy(name) : null };
}
const same = (a: Party, b: Party) => a.unit != null && a.unit === b.unit;
const partyName = (x: Party) => orBlank(x.unit?.name ?? x.written);
const repName = (u: Unit | null) => orBlank(personName(u?.representative));

function handover(ctx: Context, year: string, next: string): MinutesData {
  const { bloc, result } = ctx;
  const head = party(bloc, bloc.info.head);
  const deputy = party(bloc, bloc.info.deputy);
  const nextHead = party(bloc, result.nextHead.suggested ? null : result.nextHead.unit);
  const nextDeputy = party(bloc, result.nextDeputy.suggested ? null : result.nextDeputy.unit);
  const witnesses: { role: string; party: Party }[] = [];
  if (!same(deputy, head) && !same(deputy, nextHead)) {
    const continues = same(deputy, nextDeputy);
    witnesses.push({ role: `Đơn vị Khối phó năm ${year}${continues ? ` và năm ${next}` : ''}`, party: deputy });
  }
  if (!same(nextDeputy, head) && !same(nextDeputy, nextHead) && !same(nextDeputy, deputy)) {
    witnesses.push({ role: `Đơn vị Khối phó năm ${next}`, party: nextDeputy });
  }
  const caps = (s: string) => s.toLocaleUpperCase('vi');
  const signer = (role: string, x: Party) => ({
    vai_tro: `${role}\n${caps(partyName(x))}`,
    ghi_chu: '(Ký, ghi rõ họ tên, đóng dấu)',
    ho_ten: repName(x.unit),
  });
  const signers = [
    signer('ĐẠI DIỆN BÊN GIAO', head),
    signer('ĐẠI DIỆN BÊN NHẬN', nextHead),
    ...witnesses.map((w) => signer(caps(w.role), w.party)),
    { vai_tro: 'ĐẠI DIỆN BAN THI ĐUA - KHEN THƯỞNG TỈNH', ghi_chu: '(Ký, ghi rõ họ tên)', ho_ten: '' },
  ];
  const pairs: MinutesRow[] = [];
  for (let i = 0; i < signers.length; i += 2) {
    const [a, b] = [signers[i], signers[i + 1]];
    pairs.push({
      trai_vai_tro: a.vai_tro,
      trai_ghi_chu: a.ghi_chu,
      trai_ho_ten: a.ho_ten,
      phai_vai_tro: b?.vai_tro ?? '',
      phai_ghi_chu: b?.ghi_chu ?? '',
      phai_ho_ten: b?.ho_ten ?? '',
    });
  }
  return {
    ben_giao_kiem: same(head, nextDeputy) ? `, đồng thời là đơn vị Khối phó năm ${next}` : '',
    ben_nhan_kiem: same(nextHead, deputy) ? `, đồng thời là đơn vị Khối phó năm ${year}` : '',
    chung_kien: ends(
      witnesses.map((w) => ({
        vai_tro: w.role,
        ten_don_vi: partyName(w.party),
        dai_dien: repName(w.party.unit),
        chuc_vu: orBlank(w.party.unit?.title),
      })),
    ),
    chu_ky_ban_giao: pairs,
  };
}

/** The values of every bloc document (all groups of the vocabulary but a unit's report). */
export function buildMinutesData(bloc: Bloc, result: BlocResult): MinutesData {
  const { info, units, rules, ballot } = bloc;
  const n = units.length;
  const byUnit = new Map(result.ranking.map((r) => [r.unit, r]));
  const ctx: Context = {
    bloc,
    result,
    n,
    byUnit,
    total: (u) => {
      const r = byUnit.get(u);
      return r ? formatScore(r.total, 'vi', rules.decimals) : BLANK_SHORT;
    },
    name: (u) => tidy(units[u]?.name ?? '') || BLANK,
    period: periodText(info.period, info.year),
    awards: awardNames(bloc),
    threshold: thresholdText(rules.voteThreshold, 'vi'),
  };
  const score = (v: number) => formatScore(v, 'vi', rules.decimals);
  const year = info.year == null ? BLANK_SHORT : String(info.year);
  const next = info.year == null ? BLANK_SHORT : String(info.year + 1);

  const date = info.meetingDate ? parseIsoDate(info.meetingDate) : null;
  const province = orBlank(info.province, BLANK_SHORT);
  const head = findUnit(bloc, info.head);
  const deputy = findUnit(bloc, info.deputy);
  const nextHeadName = result.nextHead.unit && !result.nextHead.suggested ? result.nextHead.unit : null;
  const nextDeputyName = result.nextDeputy.unit && !result.nextDeputy.suggested ? result.nextDeputy.unit : null;
  const nextHead = findUnit(bloc, nextHeadName);
  const nextDeputy = findUnit(bloc, nextDeputyName);
  const headName = orBlank(head?.name ?? info.head);

  // No unit marked present means the workbook does not record attendance (a meeting with nobody present is
  // not a meeting): the figures stay blank rather than claim "00 (không)".
  const present = units.map((u, i) => ({ u, i })).filter((x) => x.u.present);
  const absent = units.map((u, i) => ({ u, i })).filter((x) => !x.u.present);
  const attendanceKnown = present.length > 0;

  const ballotPaper = ballotCandidates(ctx);
  const rounds = voteRounds(ctx, ballotPaper.units);
  const notes = tableNotes(ctx);
  const ordinary = bloc.table.groups.map((g, i) => ({ g, i })).filter((x) => x.g.kind === 'ordinary');
  const deciding = result.tieBreaks.filter((p) => p.decidedBy && standing(result, p.upper) !== standing(result, p.lower));
  const chairName = personName(info.chair);
  const secretaryName = personName(info.secretary);
  const proposed = [...result.flag, ...result.merit];

  const firstRound = result.vote?.rounds[0] ?? null;
  const voteUnits = firstRound
    ? result.ranking.map((r) => r.unit).filter((u) => ballot!.votes[u] != null || firstRound.candidates.includes(u))
    : ballotPaper.units;

  const data: MinutesData = {
    // Bloc and period
    ten_khoi: orBlank(info.name),
    ten_khoi_hoa: orBlank(info.name).toLocaleUpperCase('vi'),
    tinh: province,
    co_quan_khen_thuong: orBlank(info.awardingBody),
    co_quan_chu_quan_hoa: managingBody(orBlank(info.awardingBody)),
    ten_co: ctx.awards.flag,
    ten_bang_khen: ctx.awards.merit,
    nam: year,
    nam_truoc: info.year == null ? BLANK_SHORT : String(info.year - 1),
    nam_sau: next,
    ky: orBlank(info.period, BLANK_SHORT),
    ky_danh_gia: ctx.period,

    // Time, place, chair
    ngay_hop: date ? dateWords(date) : BLANK_DATE,
    dia_danh_ngay: `${province}, ${date ? dateWords(date) : BLANK_DATE}`,
    dia_danh_ngay_lap: `${province}, ngày ${BLANK_SHORT} tháng ${BLANK_SHORT} năm ${date ? date.year : BLANK_SHORT}`,
    dia_diem: orBlank(info.meetingPlace),
    gio_bat_dau: BLANK_TIME,
    gio_ket_thuc: BLANK_TIME,
    chu_tri: orBlank(personWithTitle(info.chair)),
    chu_tri_ho_ten: orBlank(chairName),
    thu_ky: orBlank(personWithTitle(info.secretary)),
    thu_ky_ho_ten: orBlank(secretaryName),
    ban_kiem_phieu: BLANK,
    so_ban: BLANK_SHORT,

    // Head and deputy
    khoi_truong: headName,
    khoi_truong_hoa: headName.toLocaleUpperCase('vi'),
    khoi_truong_dai_dien: repName(head),
    khoi_truong_chuc_vu: orBlank(head?.title),
    khoi_truong_thu_truong: orBlank(personName(head?.chief) ?? personName(head?.representative)),
    khoi_pho: orBlank(deputy?.name ?? info.deputy),
    khoi_pho_dai_dien: repName(deputy),
    khoi_pho_chuc_vu: orBlank(deputy?.title),
    khoi_truong_nam_sau: orBlank(nextHead?.name ?? nextHeadName),
    khoi_truong_nam_sau_dai_dien: repName(nextHead),
    khoi_truong_nam_sau_chuc_vu: orBlank(nextHead?.title),
    khoi_pho_nam_sau: orBlank(nextDeputy?.name ?? nextDeputyName),
    khoi_pho_nam_sau_dai_dien: repName(nextDeputy),
    khoi_pho_nam_sau_chuc_vu: orBlank(nextDeputy?.title),

    // Attendance
    so_don_vi: countWithWords(n),
    so_don_vi_co_mat: attendanceKnown ? countWithWords(present.length) : BLANK_SHORT,
    so_don_vi_vang_mat: attendanceKnown ? countWithWords(absent.length) : BLANK_SHORT,
    dai_bieu_moi: [],
    don_vi: ends(
      units.map((u, i) => ({
        stt: String(i + 1),
        ten_don_vi: tidy(u.name),
        ten_viet_tat: orBlank(u.shortName, BLANK_SHORT),
        dai_dien: repName(u),
        chuc_vu: orBlank(u.title),
        co_mat: attendanceKnown ? (u.present ? 'Có mặt' : 'Vắng mặt') : BLANK_SHORT,
      })),
    ),
    don_vi_co_mat: ends(
      present.map((x, k) => ({ stt: String(k + 1), ten_don_vi: tidy(x.u.name), dai_dien: repName(x.u), chuc_vu: orBlank(x.u.title) })),
    ),
    don_vi_vang_mat: attendanceKnown ? ends(absent.map((x, k) => ({ stt: String(k + 1), ten_don_vi: tidy(x.u.name) }))) : [],
    co_don_vi_vang_mat: attendanceKnown && absent.length > 0,

    // Scores
    bang_diem: result.ranking.map((r, k) => {
      const groupCells: MinutesRow = {};
      for (let i = 0; i < MAX_GROUP_COLUMNS; i++) {
        const g = ordinary[i];
        groupCells[`diem_nhom_${i + 1}`] = g ? score(r.groupScores[g.i] ?? 0) : '';
      }
      const label = proposalLabel(result, r.unit, 'vi');
      return {
        stt: String(k + 1),
        hang: String(r.rank),
        ten_don_vi: tidy(r.name),
        tong_diem: score(r.total),
        diem_co_ban: score(r.base),
        ...groupCells,
        diem_cac_nhom: ordinary.map((x) => `${x.g.numeral}: ${score(r.groupScores[x.i] ?? 0)}`).join('; '),
        diem_thuong: score(r.bonus),
        diem_tru: score(r.deduction),
        so_phieu: count(r.votes),
        so_phieu_so: r.votes == null ? '' : String(r.votes),
        ty_le_phieu: r.voteShare == null ? '' : percent(r.voteShare, 'vi'),
        de_nghi: label === '—' ? '' : label,
        ghi_chu: (notes.refs.get(r.unit) ?? []).join(', '),
      };
    }),
    nhom: ends(
      bloc.table.groups.map((g) => ({
        so_la_ma: g.numeral,
        ten_nhom: groupTitle(g.title),
        diem_chuan: g.max == null ? BLANK_SHORT : formatScore(g.max, 'vi'),
        loai: g.kind === 'bonus' ? 'thưởng' : g.kind === 'deduction' ? 'trừ' : 'thường',
      })),
    ),
    ghi_chu_bang_diem: notes.notes,
    co_ghi_chu_bang_diem: notes.notes.length > 0,
    don_vi_khong_xet: ends(
      result.ranking
        .filter((r) => !r.eligible)
        .map((r, k) => ({ stt: String(k + 1), ten_don_vi: tidy(r.name), ly_do: orBlank(r.ineligibleReason).replace(/\.$/, '') })),
    ),

    // Ballot
    co_phieu_bau: ballot != null,
    phieu_phat_ra: count(ballot?.issued),
    phieu_thu_ve: count(ballot?.returned),
    phieu_hop_le: count(ballot?.valid),
    phieu_khong_hop_le:
      ballot && ballot.returned != null && ballot.valid != null && ballot.returned >= ballot.valid
        ? countWithWords(ballot.returned - ballot.valid)
        : BLANK_SHORT,
    nguong_phieu: ctx.threshold,
    ty_le_co_mat_toi_thieu: thresholdText(rules.quorum, 'vi'),
    ket_luan_co_mat: attendanceSentence(ctx),
    ket_qua_phieu: ends(
      voteUnits.map((u, k) => ({
        stt: String(k + 1),
        ten_don_vi: ctx.name(u),
        so_phieu: ballot ? count(ballot.votes[u] ?? 0) : BLANK_SHORT,
        ty_le: ballot ? share(ctx, ballot.votes[u] ?? 0) : `${BLANK_SHORT}%`,
        khong_dong_y: ballot ? count(ballot.against[u]) : BLANK_SHORT,
      })),
    ),
    vong_bo_phieu: rounds,
    co_bo_phieu_lai: (result.vote?.rounds.length ?? 0) > 1,
    ung_vien: ballotPaper.units.map((u, k) => ({
      stt: String(k + 1),
      ten_don_vi: ctx.name(u),
      tong_diem: ctx.total(u),
      hang: String(byUnit.get(u)?.rank ?? BLANK_SHORT),
    })),
    so_suat_co: countWithWords(ballotPaper.slots),
    tieu_de_phieu_bau: `Suy tôn đơn vị dẫn đầu phong trào thi đua ${ctx.period}`,
    la_phieu_bau_lai: ballotPaper.revote,

    // Conclusion
    ket_luan_co: flagConclusion(ctx),
    co_de_nghi_co: result.flag.length > 0,
    ten_don_vi_co: result.flag.length ? joinNames(result.flag.map(ctx.name)) : BLANK,
    so_co: countWithWords(result.flag.length),
    don_vi_co: awardRows(ctx, result.flag),
    so_bang_khen: countWithWords(result.merit.length),
    so_bang_khen_toi_da: countWithWords(result.meritCount),
    don_vi_bang_khen: awardRows(ctx, result.merit),
    co_bang_khen: result.merit.length > 0,
    ket_luan_bang_khen: meritConclusion(ctx),
    phan_dinh: lines(deciding.map((p) => pairSentence(ctx, p))),
    co_phan_dinh: deciding.length > 0,
    viec_can_quyet_dinh: sentences(result.pending.map((p) => pendingText(bloc, result, p, 'vi'))),
    co_viec_can_quyet_dinh: result.pending.length > 0,
    ket_luan_khoi_truong:
      `Hội nghị thống nhất đề nghị ${orBlank(nextHead?.name ?? nextHeadName)} làm Khối trưởng và ` +
      `${orBlank(nextDeputy?.name ?? nextDeputyName)} làm Khối phó ${orBlank(info.name)} năm ${next}.`,
    luu_y: sentences(notices(bloc, result).map((t) => t.vi)),
    co_luu_y: false,

    // Handover
    ...handover(ctx, year, next),

    // Dossier
    trich_yeu_to_trinh:
      `Về việc đề nghị tặng ${[result.flag.length ? 'Cờ thi đua' : '', result.merit.length ? 'Bằng khen' : ''].filter(Boolean).join(', ') || 'Cờ thi đua, Bằng khen'}` +
      ` cho các đơn vị thuộc ${orBlank(info.name)} ${ctx.period}`,
    kinh_gui: lines([orBlank(info.awardingBody), ...(info.dossierRecipient ? [tidy(info.dossierRecipient)] : [])]),
    kinh_gui_nhieu: !!info.dossierRecipient?.trim(),
    noi_nhan_ho_so: orBlank(info.dossierRecipient),
    so_don_vi_de_nghi: countWithWords(proposed.length),
    ho_so_kem_theo: lines([
      `Biên bản họp bình xét, suy tôn thi đua ${ctx.period} của ${orBlank(info.name)} ${date ? dateWords(date) : BLANK_DATE}`,
      ...(ballot ? ['Biên bản kiểm phiếu bầu suy tôn đơn vị dẫn đầu'] : []),
      `Bảng tổng hợp kết quả chấm điểm thi đua ${ctx.period} của các đơn vị thành viên`,
      `Báo cáo thành tích của ${countWithWords(proposed.length)} đơn vị được đề nghị khen thưởng`,
    ]),
    noi_nhan: lines(['Như trên', `Các đơn vị thành viên ${orBlank(info.name)}`, `Lưu: ${headName} (đơn vị Khối trưởng)`]),
  };
  data.co_luu_y = (data.luu_y as MinutesRow[]).length > 0;
  return data;
}

/** "Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx", "Bien-ban-ban-giao-Khoi-thi-dua-so-3-2023.docx". */
export function minutesFileName(kind: DocumentKind, bloc: Bloc): string {
  return documentFileName(kind, bloc);
}

/** What the minutes leave blank for lack of data: shown next to the preview so the user can complete the workbook. */
export function minutesGaps(bloc: Bloc, result: BlocResult): { vi: string; en: string }[] {
  const { info } = bloc;
  const gaps: { vi: string; en: string }[] = [];
  const add = (vi: string, en: string) => gaps.push({ vi, en });
  if (!info.meetingDate || !parseIsoDate(info.meetingDate)) add('Ngày họp (trang Thông tin)', 'Meeting date (Thông tin sheet)');
  if (!info.meetingPlace) add('Địa điểm (trang Thông tin)', 'Meeting place (Thông tin sheet)');
  if (!info.chair) add('Chủ trì (trang Thông tin)', 'Chair (Thông tin sheet)');
  if (!info.secretary) add('Thư ký (trang Thông tin)', 'Secretary (Thông tin sheet)');
  if (!info.head) add('Khối trưởng (trang Thông tin)', 'Bloc head (Thông tin sheet)');
  if (!bloc.units.some((u) => u.present)) add('Đơn vị có mặt (cột Có mặt, trang Đơn vị)', 'Units present (Có mặt column, Đơn vị sheet)');
  if (!bloc.ballot) add('Kết quả bỏ phiếu (trang Phiếu bầu)', 'Ballot result (Phiếu bầu sheet)');
  if (result.nextHead.suggested) {
    const s = result.nextHead.unit;
    add(
      `Khối trưởng năm sau (trang Thông tin)${s ? `; theo thứ tự luân phiên là ${s}` : ''}`,
      `Next year’s head (Thông tin sheet)${s ? `; by rotation: ${s}` : ''}`,
    );
  }
  if (result.nextDeputy.suggested) add('Khối phó năm sau (trang Thông tin)', 'Next year’s deputy (Thông tin sheet)');
  if (bloc.units.some((u) => !personName(u.representative)))
    add('Người đại diện của một số đơn vị (trang Đơn vị)', 'Representatives of some units (Đơn vị sheet)');
  return gaps;
}
