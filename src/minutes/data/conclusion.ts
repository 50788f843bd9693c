// The meeting's conclusion: the flag and the Certificates as the result has them (sentences from explain.ts), the
// ties whose tie-break decided an award, what the meeting must still do (each with its outcome left blank), next
// period's head and deputy, or — a sơ kết — the ranking agreed and the next review's host; and the numbers of the
// minute's parts, which follow the parts it has.

import {
  decidingVote,
  flagConclusion,
  interimConclusion,
  meetingTask,
  meritConclusion,
  nextRolesSentence,
  notices,
  pairSentence,
} from '../../domain/explain';
import { formatPercent } from '../../domain/format';
import type { BlocResult } from '../../domain/model';
import { countWithWords, joinNames, ordinalWords } from '../../domain/vietnamese';
import type { GroupData } from '../vocabulary';
import { BLANK, BLANK_SHORT, ends, NONE, sentences, type Context } from './common';

/** The award a unit holds or may hold, for telling whether a tie-break decided one. */
function standing(result: BlocResult, u: number): string {
  if (result.flag.includes(u)) return 'flag';
  if (result.merit.includes(u)) return 'merit';
  return result.pending.some((p) => p.among.includes(u)) ? 'pending' : 'none';
}

/** The rows of an award list: a flag unit with the votes of the round that decided it; no figure otherwise. */
export function awardRows(ctx: Context, units: number[]): GroupData['conclusion']['don_vi_co'] {
  return ends(
    units.map((u, k) => {
      const v = decidingVote(ctx.result, u);
      const rank = ctx.byUnit.get(u)?.rank;
      return {
        stt: String(k + 1),
        ten_don_vi: ctx.name(u),
        tong_diem: ctx.total(u),
        hang: rank == null ? BLANK_SHORT : String(rank),
        thu_hang: rank == null ? BLANK_SHORT : ordinalWords(rank),
        so_phieu: v ? countWithWords(v.votes) : NONE,
        ty_le: v && ctx.n ? formatPercent(v.votes / ctx.n, 'vi') : NONE,
        phieu_ty_le: v ? `${v.votes}/${ctx.n} (${formatPercent(ctx.n ? v.votes / ctx.n : 0, 'vi')})` : NONE,
      };
    }),
  );
}

/** The numbers of the minute's parts under II. NỘI DUNG: a part with nothing to say is left out. */
function partNumbers(ctx: Context, vote: boolean, ineligible: boolean) {
  let n = 1; // 1. Kết quả chấm điểm thi đua
  const next = (present: boolean) => (present ? String(++n) : '');
  const khongXet = next(ineligible);
  const boPhieu = next(vote);
  const ketLuan = next(true);
  const quyetDinh = next(ctx.result.pending.length > 0);
  return { muc_khong_xet: khongXet, muc_bo_phieu: boPhieu, muc_ket_luan: ketLuan, muc_quyet_dinh: quyetDinh };
}

export function conclusionGroup(ctx: Context, parts: { vote: boolean; ineligible: boolean }): GroupData['conclusion'] {
  const { bloc, result, period } = ctx;
  const deciding = result.tieBreaks.filter((p) => p.decidedBy && standing(result, p.upper) !== standing(result, p.lower));
  const tongKet = ctx.tongKet;
  return {
    ket_luan_co: tongKet ? flagConclusion(bloc, result, period) : '',
    co_de_nghi_co: result.flag.length > 0,
    ten_don_vi_co: result.flag.length ? joinNames(result.flag.map(ctx.name)) : BLANK,
    so_co: countWithWords(result.flag.length),
    don_vi_co: awardRows(ctx, result.flag),
    so_bang_khen: countWithWords(result.merit.length),
    so_bang_khen_toi_da: countWithWords(result.meritCount),
    don_vi_bang_khen: awardRows(ctx, result.merit),
    co_bang_khen: result.merit.length > 0,
    ket_luan_bang_khen: tongKet ? meritConclusion(bloc, result, period) : '',
    phan_dinh: ends(deciding.map((p) => ({ noi_dung: pairSentence(bloc, result, p).replace(/\.$/, '') }))),
    co_phan_dinh: deciding.length > 0,
    viec_can_quyet_dinh: sentences(result.pending.map((p) => meetingTask(bloc, result, p))),
    co_viec_can_quyet_dinh: result.pending.length > 0,
    ket_luan_khoi_truong: tongKet ? nextRolesSentence(bloc, result, ctx.next, BLANK) : '',
    ket_luan_so_ket: tongKet ? '' : interimConclusion(result, period),
    co_dang_cai: !tongKet && result.nextHost != null,
    ...partNumbers(ctx, parts.vote, parts.ineligible),
    luu_y: sentences(notices(bloc, result).map((t) => t.vi)),
    co_luu_y: notices(bloc, result).length > 0,
  };
}
