// From a bloc and its result to the plain values a minute template is filled with (see vocabulary.ts). Every value
// is text, a yes/no condition or a list of rows of text; what the workbook does not say becomes a dotted blank to
// fill by hand, never "undefined" or "null". The minute states what the result is: a unit is "proposed" only when
// the rules say so, and vote figures stay blank before the vote.

import type { Bloc, BlocResult, Unit, UnitResult } from '../domain/model';
import { notices, thresholdText } from '../domain/explain';
import { formatPercent as percent, formatScore } from '../domain/format';
import { fold, tidy } from '../domain/text';
import { asciiSlug, countWithWords, dateWords, joinNames, ordinalWords, parseIsoDate } from '../domain/vietnamese';

export const BLANK = '…………………………';
export const BLANK_SHORT = '……';
export const BLANK_DATE = 'ngày …… tháng …… năm ……';
export const BLANK_TIME = '…… giờ …… phút';

export type MinutesRow = Record<string, string>;
export type MinutesValue = string | boolean | MinutesRow[];
export type MinutesData = Record<string, MinutesValue>;

export type MinutesKind = 'nomination' | 'handover';

function orBlank(value: string | null | undefined, blank = BLANK): string {
  const s = value == null ? '' : tidy(value);
  return s || blank;
}

function findUnit(bloc: Bloc, name: string | null): Unit | null {
  if (!name) return null;
  const f = fold(name);
  return bloc.units.find((u) => fold(u.name) === f || (u.shortName != null && fold(u.shortName) === f)) ?? null;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
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

/**
 * The name to print under a signature: "Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh" -> "Nguyễn Văn A". The
 * title after a comma or a dash goes, and so does a leading "Đồng chí", "Đ/c", "Ông" or "Bà"; a rank such as
 * "Đại tá" stays, as it is signed with the name.
 */
export function personName(text: string | null): string | null {
  if (!text) return null;
  const first = tidy(text).split(/\s*[,;]\s*|\s+[-–—]\s+/)[0];
  return first.replace(/^(đồng chí|đ\/c|ông|bà)\s+/i, '').trim() || null;
}

interface Context {
  bloc: Bloc;
  result: BlocResult;
  n: number; // member units
  byUnit: Map<number, UnitResult>;
  total: (u: number) => string;
  name: (u: number) => string;
  period: string;
  awarding: string;
}

/** The flag candidates before the vote, as the engine chose them: the clear places and a tie across the last one. */
function flagCandidates(ctx: Context): { clear: number[]; tie: number[] } {
  const pool = ctx.result.ranking.filter((r) => r.flagEligible);
  const count = ctx.bloc.rules.flagCount;
  const head = pool.slice(0, count);
  if (count <= 0 || pool.length <= count || pool[count - 1].rank !== pool[count].rank) {
    return { clear: head.map((r) => r.unit), tie: [] };
  }
  const rank = pool[count - 1].rank;
  return {
    clear: head.filter((r) => r.rank < rank).map((r) => r.unit),
    tie: pool.filter((r) => r.rank === rank).map((r) => r.unit),
  };
}

/** Units left equal across the Certificate cut-off, and how many places they compete for. */
function meritTie(ctx: Context, reserved: Set<number>): { tie: number[]; open: number } {
  const { result } = ctx;
  const pool = result.ranking.filter((r) => r.eligible && !reserved.has(r.unit));
  const count = result.meritCount;
  if (count <= 0 || pool.length <= count || pool[count - 1].rank !== pool[count].rank) return { tie: [], open: 0 };
  const rank = pool[count - 1].rank;
  const clear = pool.slice(0, count).filter((r) => r.rank < rank).length;
  return { tie: pool.filter((r) => r.rank === rank).map((r) => r.unit), open: count - clear };
}

function votesOf(ctx: Context, u: number): number | null {
  const ballot = ctx.bloc.ballot;
  return ballot ? (ballot.votes[u] ?? 0) : null;
}

function voteRow(ctx: Context, u: number, stt: number): MinutesRow {
  const v = votesOf(ctx, u);
  return {
    stt: String(stt),
    ten_don_vi: ctx.name(u),
    tong_diem: ctx.total(u),
    so_phieu: v == null ? BLANK_SHORT : countWithWords(v),
    ty_le: v == null || ctx.n === 0 ? `${BLANK_SHORT}%` : percent(v / ctx.n, 'vi'),
  };
}

function rankPhrase(ctx: Context, u: number): string {
  const r = ctx.byUnit.get(u);
  return r ? `${ctx.total(u)} điểm, xếp ${ordinalWords(r.rank)}` : `${ctx.total(u)} điểm`;
}

function flagConclusion(ctx: Context): string {
  const { bloc, result, n } = ctx;
  const threshold = thresholdText(bloc.rules.voteThreshold, 'vi');
  const scope = `phong trào thi đua ${bloc.info.name ? tidy(bloc.info.name) : 'của Khối'} ${ctx.period}`;
  const names = (list: number[]) => joinNames(list.map(ctx.name));
  const sentences: string[] = [];
  const candidates = flagCandidates(ctx);

  if (result.flagOutcome === 'noEligibleUnit') {
    return `Không có đơn vị đủ điều kiện đề nghị tặng Cờ thi đua ${ctx.period}.`;
  }
  const quorum = result.vote?.quorum;
  if (result.flagOutcome === 'noQuorum' && quorum) {
    return (
      `Số đơn vị có mặt là ${quorum.present}/${quorum.total}, chưa đạt tỷ lệ tối thiểu ` +
      `${thresholdText(bloc.rules.quorum, 'vi')} tổng số đơn vị thành viên nên kết quả bỏ phiếu không có giá trị. ` +
      `Hội nghị chưa suy tôn đơn vị đề nghị tặng Cờ thi đua.`
    );
  }
  if (result.flag.length) {
    const many = result.flag.length > 1;
    if (bloc.ballot) {
      const details = result.flag.map((u) => {
        const v = votesOf(ctx, u) ?? 0;
        return `${ctx.name(u)} (${ctx.total(u)} điểm; ${v}/${n} phiếu đồng ý, đạt ${percent(v / Math.max(1, n), 'vi')})`;
      });
      sentences.push(
        `Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn ${joinNames(details)} là ` +
          `${many ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${scope}, đề nghị ${ctx.awarding} tặng Cờ thi đua.`,
      );
    } else {
      const details = result.flag.map((u) => `${ctx.name(u)} (${rankPhrase(ctx, u)})`);
      sentences.push(
        `Căn cứ kết quả chấm điểm, ${joinNames(details)} được giới thiệu để Hội nghị bỏ phiếu suy tôn ` +
          `${many ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${scope}, đề nghị ${ctx.awarding} tặng Cờ thi đua. ` +
          `Kết quả bỏ phiếu: ${BLANK_SHORT} phiếu đồng ý trên tổng số ${n} đơn vị thành viên, đạt ${BLANK_SHORT}% ` +
          `(ngưỡng đề nghị: ${threshold} tổng số đơn vị thành viên).`,
      );
    }
  }
  if (result.flagOutcome === 'belowThreshold') {
    const failed = candidates.clear.filter((u) => !result.flag.includes(u));
    const details = failed.map((u) => {
      const v = votesOf(ctx, u) ?? 0;
      return `${ctx.name(u)} (${rankPhrase(ctx, u)}) được ${v}/${n} phiếu đồng ý (${percent(v / Math.max(1, n), 'vi')})`;
    });
    if (details.length) {
      sentences.push(
        `${joinNames(details)}, chưa đạt ngưỡng ${threshold} tổng số đơn vị thành viên; Hội nghị chưa suy tôn ` +
          `đơn vị đề nghị tặng Cờ thi đua ${failed.length < candidates.clear.length ? 'cho suất còn lại ' : ''}và cần bỏ phiếu lại.`,
      );
    }
  }
  if (result.flagOutcome === 'unresolvedTie' && candidates.tie.length) {
    const u0 = candidates.tie[0];
    sentences.push(
      `${names(candidates.tie)} bằng điểm (${ctx.total(u0)} điểm) sau khi xét các tiêu chí ưu tiên theo quy chế của ` +
        `Khối; Hội nghị bỏ phiếu để chọn đơn vị đề nghị tặng Cờ thi đua. Kết quả: ${BLANK}`,
    );
  }
  return sentences.join(' ') || `Hội nghị chưa suy tôn đơn vị đề nghị tặng Cờ thi đua.`;
}

function meritConclusion(ctx: Context, reserved: Set<number>): string {
  const { result } = ctx;
  const count = result.merit.length;
  const { tie, open } = meritTie(ctx, reserved);
  const lead = `Đề nghị ${ctx.awarding} tặng Bằng khen cho ${countWithWords(count)} đơn vị`;
  const tieText = tie.length
    ? `${joinNames(tie.map(ctx.name))} bằng điểm ở suất Bằng khen cuối cùng (còn ${countWithWords(open)} suất) sau khi ` +
      `xét các tiêu chí ưu tiên; Hội nghị quyết định đơn vị được đề nghị: ${BLANK}`
    : '';
  if (count > 0) return tie.length ? `${lead} dưới đây; ${tieText}.` : `${lead}, gồm:`;
  if (tie.length) return `${tieText}.`;
  if (result.meritCount === 0) return 'Theo quy chế của Khối, kỳ này không đề nghị tặng Bằng khen.';
  return 'Không có đơn vị đủ điều kiện đề nghị tặng Bằng khen.';
}

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
    awarding: orBlank(info.awardingBody),
  };

  const date = info.meetingDate ? parseIsoDate(info.meetingDate) : null;
  const province = orBlank(info.province, BLANK_SHORT);
  const head = findUnit(bloc, info.head);
  const deputy = findUnit(bloc, info.deputy);
  const nextHeadName = result.nextHead.unit && !result.nextHead.suggested ? result.nextHead.unit : null;
  const nextDeputyName = result.nextDeputy.unit && !result.nextDeputy.suggested ? result.nextDeputy.unit : null;
  const nextHead = findUnit(bloc, nextHeadName);

  // No unit marked present means the workbook does not record attendance (a meeting with nobody present is
  // not a meeting): the figures stay blank rather than claim "00 (không)".
  const present = units.map((u, i) => ({ u, i })).filter((x) => x.u.present);
  const absent = units.map((u, i) => ({ u, i })).filter((x) => !x.u.present);
  const attendanceKnown = present.length > 0;

  const candidates = flagCandidates(ctx);
  const reserved = new Set([...candidates.clear, ...candidates.tie]);
  // The ballot lists the units put forward and every unit that received votes; before the vote, the units put
  // forward, with blank figures.
  const voteUnits = ballot
    ? result.ranking.filter((r) => (ballot.votes[r.unit] ?? 0) > 0 || reserved.has(r.unit)).map((r) => r.unit)
    : [...new Set([...result.flag, ...candidates.tie])];

  const proposalText = (r: UnitResult): string => {
    if (r.proposal === 'flag') return ballot ? 'Cờ thi đua' : 'Cờ thi đua (chờ bỏ phiếu)';
    if (r.proposal === 'merit') return 'Bằng khen';
    return '';
  };
  const noteText = (r: UnitResult): string => {
    if (!r.eligible) return `Không xét khen thưởng: ${tidy(r.ineligibleReason ?? '')}`.replace(/: $/, '');
    if (!r.flagEligible && rules.minFlagScore != null) {
      return `Dưới điểm tối thiểu xét Cờ (${formatScore(rules.minFlagScore, 'vi', rules.decimals)})`;
    }
    return '';
  };
  const count = (v: number | null | undefined): string => (v == null ? BLANK_SHORT : countWithWords(v));

  return {
    ten_khoi: orBlank(info.name),
    ten_khoi_hoa: orBlank(info.name).toLocaleUpperCase('vi'),
    tinh: province,
    co_quan_khen_thuong: ctx.awarding,
    co_quan_chu_quan_hoa: managingBody(ctx.awarding),
    nam: info.year == null ? BLANK_SHORT : String(info.year),
    nam_sau: info.year == null ? BLANK_SHORT : String(info.year + 1),
    ky: orBlank(info.period, BLANK_SHORT),
    ky_danh_gia: ctx.period,

    ngay_hop: date ? dateWords(date) : BLANK_DATE,
    dia_danh_ngay: `${province}, ${date ? dateWords(date) : BLANK_DATE}`,
    dia_diem: orBlank(info.meetingPlace),
    gio_bat_dau: BLANK_TIME,
    gio_ket_thuc: BLANK_TIME,
    chu_tri: orBlank(info.chair),
    chu_tri_ho_ten: orBlank(personName(info.chair)),
    thu_ky: orBlank(info.secretary),
    thu_ky_ho_ten: orBlank(personName(info.secretary)),
    ban_kiem_phieu: BLANK,

    khoi_truong: orBlank(head?.name ?? info.head),
    khoi_truong_dai_dien: orBlank(head?.representative),
    khoi_truong_chuc_vu: orBlank(head?.title),
    khoi_pho: orBlank(deputy?.name ?? info.deputy),
    khoi_pho_dai_dien: orBlank(deputy?.representative),
    khoi_pho_chuc_vu: orBlank(deputy?.title),
    khoi_truong_nam_sau: orBlank(nextHead?.name ?? nextHeadName),
    khoi_truong_nam_sau_dai_dien: orBlank(nextHead?.representative),
    khoi_truong_nam_sau_chuc_vu: orBlank(nextHead?.title),
    khoi_pho_nam_sau: orBlank(findUnit(bloc, nextDeputyName)?.name ?? nextDeputyName),

    so_don_vi: countWithWords(n),
    so_don_vi_co_mat: attendanceKnown ? countWithWords(present.length) : BLANK_SHORT,
    so_don_vi_vang_mat: attendanceKnown ? countWithWords(absent.length) : BLANK_SHORT,
    dai_bieu_moi: [],
    don_vi: units.map((u, i) => ({
      stt: String(i + 1),
      ten_don_vi: tidy(u.name),
      ten_viet_tat: orBlank(u.shortName, BLANK_SHORT),
      dai_dien: orBlank(u.representative),
      chuc_vu: orBlank(u.title),
      co_mat: attendanceKnown ? (u.present ? 'Có mặt' : 'Vắng mặt') : BLANK_SHORT,
    })),
    don_vi_co_mat: present.map((x, k) => ({
      stt: String(k + 1),
      ten_don_vi: tidy(x.u.name),
      dai_dien: orBlank(x.u.representative),
      chuc_vu: orBlank(x.u.title),
    })),
    don_vi_vang_mat: attendanceKnown ? absent.map((x, k) => ({ stt: String(k + 1), ten_don_vi: tidy(x.u.name) })) : [],
    co_don_vi_vang_mat: attendanceKnown && absent.length > 0,

    bang_diem: result.ranking.map((r, k) => ({
      stt: String(k + 1),
      hang: String(r.rank),
      ten_don_vi: tidy(r.name),
      tong_diem: formatScore(r.total, 'vi', rules.decimals),
      diem_co_ban: formatScore(r.base, 'vi', rules.decimals),
      diem_thuong: formatScore(r.bonus, 'vi', rules.decimals),
      diem_tru: formatScore(r.deduction, 'vi', rules.decimals),
      so_phieu: count(r.votes),
      ty_le_phieu: r.voteShare == null ? `${BLANK_SHORT}%` : percent(r.voteShare, 'vi'),
      de_nghi: proposalText(r),
      ghi_chu: noteText(r),
    })),
    don_vi_khong_xet: result.ranking
      .filter((r) => !r.eligible)
      .map((r, k) => ({ stt: String(k + 1), ten_don_vi: tidy(r.name), ly_do: orBlank(r.ineligibleReason) })),

    co_phieu_bau: ballot != null,
    phieu_phat_ra: count(ballot?.issued),
    phieu_thu_ve: count(ballot?.returned),
    phieu_hop_le: count(ballot?.valid),
    phieu_khong_hop_le:
      ballot && ballot.returned != null && ballot.valid != null && ballot.returned >= ballot.valid
        ? countWithWords(ballot.returned - ballot.valid)
        : BLANK_SHORT,
    nguong_phieu: thresholdText(rules.voteThreshold, 'vi'),
    ty_le_co_mat_toi_thieu: thresholdText(rules.quorum, 'vi'),
    ket_qua_phieu: voteUnits.map((u, k) => {
      const row = voteRow(ctx, u, k + 1);
      return { stt: row.stt, ten_don_vi: row.ten_don_vi, so_phieu: row.so_phieu, ty_le: row.ty_le };
    }),

    ket_luan_co: flagConclusion(ctx),
    co_de_nghi_co: result.flag.length > 0,
    ten_don_vi_co: result.flag.length ? joinNames(result.flag.map(ctx.name)) : BLANK,
    don_vi_co: result.flag.map((u, k) => voteRow(ctx, u, k + 1)),
    so_bang_khen: countWithWords(result.merit.length),
    so_bang_khen_toi_da: countWithWords(result.meritCount),
    don_vi_bang_khen: result.merit.map((u, k) => ({
      stt: String(k + 1),
      ten_don_vi: ctx.name(u),
      tong_diem: ctx.total(u),
      hang: String(byUnit.get(u)?.rank ?? BLANK_SHORT),
    })),
    ket_luan_bang_khen: meritConclusion(ctx, reserved),
    luu_y: notices(bloc, result).map((x) => ({ noi_dung: x.vi })),
    co_luu_y: notices(bloc, result).length > 0,
  };
}

/** "Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx", "Bien-ban-ban-giao-Khoi-thi-dua-so-3-2023.docx". */
export function minutesFileName(kind: MinutesKind, bloc: Bloc): string {
  const prefix = kind === 'nomination' ? 'Bien-ban-binh-xet' : 'Bien-ban-ban-giao';
  const parts = [prefix, asciiSlug(bloc.info.name) || 'Khoi-thi-dua'];
  if (bloc.info.year != null) parts.push(String(bloc.info.year));
  return `${parts.join('-')}.docx`;
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
  if (bloc.units.some((u) => !u.representative))
    add('Người đại diện của một số đơn vị (trang Đơn vị)', 'Representatives of some units (Đơn vị sheet)');
  return gaps;
}
