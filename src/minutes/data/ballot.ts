// The vote for the flag as the documents show it: the quorum, each counted round with the figures of its candidates
// only, and the round still to hold (the next ballot paper) with every figure left to fill; the ballot paper lists
// exactly the candidates its count will count, with how many units a voter may approve when it is limited. A vote
// held without quorum is no result: its figures are not printed, the vote to hold again is.

import { flagConclusion, roundVerdicts, thresholdText } from '../../domain/explain';
import { formatPercent } from '../../domain/format';
import type { BallotCount, BallotPaper } from '../../domain/model';
import { countWithWords } from '../../domain/vietnamese';
import type { GroupData } from '../vocabulary';
import { BLANK, BLANK_SHORT, count, ends, type Context } from './common';

type Round = GroupData['ballot']['vong_bo_phieu'][number];

function share(ctx: Context, v: number | null | undefined): string {
  return v == null || ctx.n === 0 ? `${BLANK_SHORT}%` : formatPercent(v / ctx.n, 'vi');
}

const invalid = (c: BallotCount) => (c.returned != null && c.valid != null && c.returned >= c.valid ? c.returned - c.valid : null);

/** A counted round's figures and what it decided. */
function countedRound(ctx: Context, roundNo: 1 | 2, name: string): Round {
  const round = ctx.result.vote!.rounds.find((r) => r.round === roundNo)!;
  const c = round.count;
  return {
    ten_vong: name,
    phat_ra: count(c.issued),
    thu_ve: count(c.returned),
    hop_le: count(c.valid),
    khong_hop_le: count(invalid(c)),
    phieu: ends(
      round.candidates.map((u, k) => ({
        stt: String(k + 1),
        ten_don_vi: ctx.name(u),
        dong_y: count(c.votes[u] ?? 0),
        ty_le_dong_y: share(ctx, c.votes[u] ?? 0),
        khong_dong_y: count(c.against[u]),
        ty_le_khong_dong_y: share(ctx, c.against[u]),
      })),
    ),
    ket_qua: roundVerdicts(ctx.bloc, ctx.result, roundNo).join(' ') || BLANK,
  };
}

/** The round still to hold: its candidates, every figure a blank. */
function roundToHold(ctx: Context, paper: BallotPaper, name: string): Round {
  return {
    ten_vong: name,
    phat_ra: BLANK_SHORT,
    thu_ve: BLANK_SHORT,
    hop_le: BLANK_SHORT,
    khong_hop_le: BLANK_SHORT,
    phieu: ends(
      paper.candidates.map((u, k) => ({
        stt: String(k + 1),
        ten_don_vi: ctx.name(u),
        dong_y: BLANK_SHORT,
        ty_le_dong_y: `${BLANK_SHORT}%`,
        khong_dong_y: BLANK_SHORT,
        ty_le_khong_dong_y: `${BLANK_SHORT}%`,
      })),
    ),
    ket_qua: BLANK,
  };
}

/** The rounds a document shows: the counted ones, then the one to hold. */
export function rounds(ctx: Context): Round[] {
  const { vote, nextBallot } = ctx.result;
  const counted = vote?.counted ? vote.rounds : [];
  const total = counted.length + (nextBallot ? 1 : 0);
  const names = ['Lần thứ nhất', 'Bỏ phiếu lại (lần thứ hai)', 'Bỏ phiếu lại (lần thứ ba)'];
  const nameOf = (i: number) => (total === 1 ? 'Kết quả bỏ phiếu' : names[i]);
  const out = counted.map((r, i) => countedRound(ctx, r.round, nameOf(i)));
  if (nextBallot) out.push(roundToHold(ctx, nextBallot, nameOf(counted.length)));
  return out;
}

/** The paper a ballot document prints: the vote still to hold, else the last one held. */
export function paperOf(ctx: Context): BallotPaper | null {
  const { vote, nextBallot } = ctx.result;
  return nextBallot ?? (vote ? vote.rounds[vote.rounds.length - 1] : null);
}

function quorumSentence(ctx: Context): string {
  const { bloc, result } = ctx;
  const q = thresholdText(bloc.rules.quorum, 'vi');
  const pct = (present: number, total: number) => formatPercent(total ? present / total : 0, 'vi');
  if (result.vote) {
    const { present, total, met } = result.vote.quorum;
    return met
      ? `Có mặt ${present}/${total} đơn vị (${pct(present, total)}), đạt tỷ lệ tối thiểu ${q}: kết quả bỏ phiếu có giá trị.`
      : `Có mặt ${present}/${total} đơn vị (${pct(present, total)}), chưa đạt tỷ lệ tối thiểu ${q}: cuộc bỏ phiếu đã tiến hành không có giá trị, Hội nghị bỏ phiếu lại khi đủ tỷ lệ đơn vị có mặt.`;
  }
  const present = bloc.units.filter((u) => u.present).length;
  if (!present) return `Số đơn vị có mặt: ${BLANK_SHORT}/${ctx.n} (tỷ lệ tối thiểu ${q}).`;
  return `Có mặt ${present}/${ctx.n} đơn vị (${pct(present, ctx.n)}); tỷ lệ tối thiểu ${q}.`;
}

export function ballotGroup(ctx: Context): GroupData['ballot'] {
  const { bloc, result } = ctx;
  const first = result.vote?.counted ? result.vote.rounds[0] : null;
  const paper = paperOf(ctx);
  const all = rounds(ctx);
  const firstRows = all[0]?.phieu ?? [];
  return {
    co_phieu_bau: result.ballotState === 'held',
    co_bo_phieu: ctx.tongKet && (result.vote != null || result.nextBallot != null),
    dong_y_toi_da: paper?.slots != null ? countWithWords(paper.slots) : '',
    co_gioi_han_dong_y: paper?.slots != null,
    phieu_phat_ra: count(first?.count.issued),
    phieu_thu_ve: count(first?.count.returned),
    phieu_hop_le: count(first?.count.valid),
    phieu_khong_hop_le: count(first ? invalid(first.count) : null),
    nguong_phieu: ctx.threshold,
    ty_le_co_mat_toi_thieu: thresholdText(bloc.rules.quorum, 'vi'),
    ket_luan_co_mat: quorumSentence(ctx),
    ket_qua_phieu: firstRows.map((r) => ({
      stt: r.stt,
      ten_don_vi: r.ten_don_vi,
      so_phieu: r.dong_y,
      ty_le: r.ty_le_dong_y,
      khong_dong_y: r.khong_dong_y,
      dau_cuoi: r.dau_cuoi,
    })),
    vong_bo_phieu: all,
    co_bo_phieu_lai: all.length > 1,
    ung_vien: (paper?.candidates ?? []).map((u, k) => ({
      stt: String(k + 1),
      ten_don_vi: ctx.name(u),
      tong_diem: ctx.total(u),
      hang: String(ctx.byUnit.get(u)?.rank ?? BLANK_SHORT),
    })),
    so_suat_co: countWithWords(paper?.slots ?? bloc.rules.flagCount),
    tieu_de_phieu_bau: `Suy tôn đơn vị dẫn đầu phong trào thi đua ${ctx.period}`,
    la_phieu_bau_lai: paper?.round === 2,
    co_mat_kiem_phieu:
      result.vote && !result.vote.counted
        ? `Số đơn vị có mặt: ${BLANK_SHORT}/${ctx.n} (tỷ lệ tối thiểu ${thresholdText(bloc.rules.quorum, 'vi')}).`
        : quorumSentence(ctx),
    ket_luan_kiem_phieu: result.nextBallot
      ? `Căn cứ kết quả kiểm phiếu, đơn vị được suy tôn dẫn đầu phong trào thi đua ${ctx.period}, đề nghị tặng ${ctx.awards.flag}: ${BLANK}.`
      : flagConclusion(bloc, result, ctx.period),
  };
}
