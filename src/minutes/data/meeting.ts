// The values about the bloc and its meeting: who and what the bloc is (Khối or Cụm, its words), the period and the
// review it holds (tổng kết or sơ kết), the legal grounds in force on the meeting date, the time and place, the head
// and deputy (this period's and the next), and who attended.

import { reviewWord } from '../../domain/bloc-words';
import { tidy } from '../../domain/text';
import { countWithWords, dateWords } from '../../domain/vietnamese';
import { frameDay, groundsFor } from '../legal';
import { evenLines, HEAD_CHARS, phraseLines } from '../lines';
import type { GroupData } from '../vocabulary';
import {
  BLANK,
  BLANK_DATE,
  BLANK_SHORT,
  BLANK_TIME,
  ends,
  findUnit,
  headPosition,
  lines,
  managingBody,
  orBlank,
  personName,
  personWithTitle,
  type Context,
} from './common';

/** A unit's representative as a name (a dotted blank when the workbook does not give a person's name). */
export const repName = (u: { representative: string | null } | null) => orBlank(personName(u?.representative));

export function blocGroup(ctx: Context): GroupData['bloc'] {
  const { bloc, words, tongKet } = ctx;
  const { info } = bloc;
  const halfOrQuarter = info.periodKind !== 'year';
  return {
    ten_khoi: orBlank(info.name),
    ten_khoi_hoa: evenLines(orBlank(info.name).toLocaleUpperCase('vi'), HEAD_CHARS),
    tinh: orBlank(info.province, BLANK_SHORT),
    co_quan_khen_thuong: orBlank(info.awardingBody),
    co_quan_chu_quan_hoa: managingBody(orBlank(info.awardingBody)),
    ten_co: ctx.awards.flag,
    ten_bang_khen: ctx.awards.merit,
    nam: ctx.year,
    nam_truoc: info.year == null ? BLANK_SHORT : String(info.year - 1),
    nam_sau: ctx.next,
    ky: orBlank(info.period, BLANK_SHORT),
    ky_danh_gia: ctx.period,
    khoi: words.noun.vi,
    khoi_thi_dua: words.full.vi,
    chuc_danh_truong: words.head.vi,
    chuc_danh_truong_hoa: words.head.vi.toLocaleUpperCase('vi'),
    chuc_danh_pho: words.deputy.vi,
    ky_hieu: words.abbr,
    quy_che: words.regulation.vi,
    hoi_nghi: reviewWord(ctx.result.review).vi,
    la_tong_ket: tongKet,
    can_cu: lines(groundsFor(frameDay(ctx.date, info.year, halfOrQuarter), info.legalGrounds), ';', ';'),
  };
}

export function timeGroup(ctx: Context): GroupData['time'] {
  const { bloc, tongKet, period } = ctx;
  const { info } = bloc;
  const province = orBlank(info.province, BLANK_SHORT);
  const review = `Hội nghị ${reviewWord(ctx.result.review).vi} công tác thi đua, khen thưởng ${period}`;
  return {
    ngay_hop: ctx.date ? dateWords(ctx.date) : BLANK_DATE,
    tieu_de_bien_ban: tongKet ? phraseLines([review, 'bình xét, suy tôn đơn vị dẫn đầu']) : phraseLines([review]),
    hoi_nghi_noi_dung: tongKet ? `${review}; bình xét, suy tôn đơn vị dẫn đầu và đề nghị khen thưởng` : review,
    dia_danh_ngay: `${province}, ${ctx.date ? dateWords(ctx.date) : BLANK_DATE}`,
    dia_danh_ngay_lap: `${province}, ngày ${BLANK_SHORT} tháng ${BLANK_SHORT} năm ${ctx.date ? ctx.date.year : BLANK_SHORT}`,
    dia_diem: orBlank(info.meetingPlace),
    gio_bat_dau: BLANK_TIME,
    gio_ket_thuc: BLANK_TIME,
    chu_tri: orBlank(personWithTitle(info.chair)),
    chu_tri_ho_ten: orBlank(personName(info.chair)),
    thu_ky: orBlank(personWithTitle(info.secretary)),
    thu_ky_ho_ten: orBlank(personName(info.secretary)),
    ban_kiem_phieu: BLANK,
    so_ban: BLANK_SHORT,
  };
}

/** Next period's head and deputy as decided ("suggested" by the rotation is not a decision: a blank). */
export function appointed(ctx: Context): { head: string | null; deputy: string | null } {
  const { nextHead, nextDeputy } = ctx.result;
  return {
    head: nextHead.unit && !nextHead.suggested ? nextHead.unit : null,
    deputy: nextDeputy.unit && !nextDeputy.suggested ? nextDeputy.unit : null,
  };
}

export function rolesGroup(ctx: Context): GroupData['roles'] {
  const { bloc, result } = ctx;
  const { info } = bloc;
  const head = findUnit(bloc, info.head);
  const deputy = findUnit(bloc, info.deputy);
  const next = appointed(ctx);
  const nextHead = findUnit(bloc, next.head);
  const nextDeputy = findUnit(bloc, next.deputy);
  const host = findUnit(bloc, result.nextHost);
  const headName = orBlank(head?.name ?? info.head);
  return {
    khoi_truong: headName,
    khoi_truong_hoa: headName.toLocaleUpperCase('vi'),
    khoi_truong_dai_dien: repName(head),
    khoi_truong_chuc_vu: orBlank(head?.title),
    khoi_truong_thu_truong: orBlank(personName(head?.chief) ?? personName(head?.representative)),
    khoi_truong_chuc_vu_ky: evenLines(headPosition(head) ?? BLANK, 26),
    khoi_pho: orBlank(deputy?.name ?? info.deputy),
    khoi_pho_dai_dien: repName(deputy),
    khoi_pho_chuc_vu: orBlank(deputy?.title),
    khoi_truong_nam_sau: orBlank(nextHead?.name ?? next.head),
    khoi_truong_nam_sau_dai_dien: repName(nextHead),
    khoi_truong_nam_sau_chuc_vu: orBlank(nextHead?.title),
    khoi_pho_nam_sau: orBlank(nextDeputy?.name ?? next.deputy),
    khoi_pho_nam_sau_dai_dien: repName(nextDeputy),
    khoi_pho_nam_sau_chuc_vu: orBlank(nextDeputy?.title),
    don_vi_dang_cai: orBlank(host?.name ?? result.nextHost),
    don_vi_dang_cai_dai_dien: repName(host),
    don_vi_dang_cai_chuc_vu: orBlank(host?.title),
  };
}

export function attendanceGroup(ctx: Context): GroupData['attendance'] {
  const units = ctx.bloc.units;
  // No unit marked present means the workbook does not record attendance (a meeting with nobody present is not a
  // meeting): the figures stay blank rather than claim "00 (không)".
  const present = units.filter((u) => u.present);
  const absent = units.filter((u) => !u.present);
  const known = present.length > 0;
  return {
    so_don_vi: countWithWords(ctx.n),
    so_don_vi_co_mat: known ? countWithWords(present.length) : BLANK_SHORT,
    so_don_vi_vang_mat: known ? countWithWords(absent.length) : BLANK_SHORT,
    dai_bieu_moi: [],
    don_vi: ends(
      units.map((u, i) => ({
        stt: String(i + 1),
        ten_don_vi: tidy(u.name),
        ten_viet_tat: orBlank(u.shortName, BLANK_SHORT),
        dai_dien: repName(u),
        chuc_vu: orBlank(u.title),
        co_mat: known ? (u.present ? 'Có mặt' : 'Vắng mặt') : BLANK_SHORT,
      })),
    ),
    don_vi_co_mat: ends(
      present.map((u, k) => ({ stt: String(k + 1), ten_don_vi: tidy(u.name), dai_dien: repName(u), chuc_vu: orBlank(u.title) })),
    ),
    don_vi_vang_mat: known ? ends(absent.map((u, k) => ({ stt: String(k + 1), ten_don_vi: tidy(u.name) }))) : [],
    co_don_vi_vang_mat: known && absent.length > 0,
    vang_mat: known ? 'Vắng mặt: không.' : `Vắng mặt: ${BLANK_SHORT} đơn vị.`,
  };
}
