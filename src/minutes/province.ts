// The province's Tờ trình tổng hợp (document kind `province`, kinds.ts): from the provincial emulation board (Ban Thi
// đua - Khen thưởng, under the Sở Nội vụ; both overridable) to the provincial council (Hội đồng Thi đua - Khen thưởng
// tỉnh), proposing the awards the blocs put forward — the units for the flag and for Certificates, each list under
// the award's legal name — with the blocs' results and what some blocs must still decide. Its data are built here
// from the province summary (the `th_…` groups of vocabulary.ts), its default template is bodies/province.ts, and
// it is filled by the one filling path (fillDocument). It is an official text: the workbooks left out are named in
// the summary workbook and the JSON, the text says only how many blocs have no valid result yet; a unit whose award
// is still pending (a flag awaiting its bloc's vote) is not proposed; a rotation's suggestion is never printed.

import { formatPercent, formatScore } from '../domain/format';
import { fold, tidy } from '../domain/text';
import { asciiSlug, countWithWords, joinNames, parseIsoDate, type DateParts } from '../domain/vietnamese';
import type { ProvinceSummary } from '../province/summary';
import { BLANK, BLANK_DATE, periodText } from './data';
import { fromTemplate } from './errors';
import { fillDocument } from './fill';
import { DOCUMENTS, type KindData } from './kinds';
import { groundsFor } from './legal';
import { phraseLines } from './lines';
import { buildDefaultTemplate } from './templates';

export type ProvinceData = KindData<'province'>;

/** The body issuing the province's Tờ trình and its parent, when the province names them itself. */
export interface ProvinceIssuer {
  /** "Ban Thi đua - Khen thưởng" by default. */
  issuer?: string;
  /** "Sở Nội vụ tỉnh <Tỉnh>" by default. */
  parent?: string;
  /** The province's own legal grounds, one a line: they replace those chosen by the meeting dates. */
  grounds?: string[];
}

/** The value most blocs give (ties: the first met), or null. */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, { value: string; n: number }>();
  for (const v of values) {
    const k = fold(v);
    const e = counts.get(k) ?? { value: v, n: 0 };
    e.n++;
    counts.set(k, e);
  }
  let best: { value: string; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.value ?? null;
}

/** "Ban Thi đua - Khen thưởng" -> "BTĐKT": the initials of its words, as document numbers abbreviate a body. */
export function initials(body: string): string {
  return tidy(body)
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toLocaleUpperCase('vi'))
    .join('');
}

/** The latest meeting date of the blocs: the province's Tờ trình is made after every one of them. */
function latestMeeting(summary: ProvinceSummary): DateParts | null {
  const days = summary.blocs.map((a) => (a.bloc.meetingDate ? parseIsoDate(a.bloc.meetingDate) : null)).filter((d) => d != null);
  const key = (d: DateParts) => d.year * 10000 + d.month * 100 + d.day;
  return days.reduce<DateParts | null>((a, d) => (!a || key(d) > key(a) ? d : a), null);
}

const ends = <T extends object>(rows: T[]): (T & { dau_cuoi: string })[] =>
  rows.map((row, i) => ({ ...row, dau_cuoi: i === rows.length - 1 ? ',' : ';' }));

export function buildProvinceData(summary: ProvinceSummary, own: ProvinceIssuer = {}): ProvinceData {
  const province = tidy(summary.province ?? '') || BLANK;
  const blocs = summary.blocs.map((a) => a.bloc);
  const awarding = mostCommon(blocs.map((b) => tidy(b.awardingBody)).filter(Boolean)) ?? `Ủy ban nhân dân tỉnh ${province}`;
  const committee = /^(ủy|uỷ) ban nhân dân/i.test(awarding.normalize('NFC'));
  const awardNames = mostCommon(blocs.map((b) => `${b.awards.flag}\n${b.awards.merit}`))?.split('\n') ?? [
    `Cờ thi đua của ${awarding}`,
    `Bằng khen của ${committee ? `Chủ tịch ${awarding}` : awarding}`,
  ];
  const issuer = tidy(own.issuer ?? '') || 'Ban Thi đua - Khen thưởng';
  const parent = tidy(own.parent ?? '') || `Sở Nội vụ tỉnh ${province}`;

  const flags = summary.blocs.flatMap((a) => a.bloc.flag.filter((u) => !u.awaitingVote).map((u) => ({ a, u })));
  const merits = summary.blocs.flatMap((a) => a.bloc.merit.map((u) => ({ a, u })));
  const score = (v: number, decimals: number) => formatScore(v, 'vi', decimals);
  const pending = summary.blocs.flatMap((a) => a.bloc.pending.map((p) => ({ ten_khoi: a.bloc.name, noi_dung: p.reason.vi })));
  const leading = (a: (typeof summary.blocs)[number]): string => {
    const b = a.bloc;
    if (!b.flag.length) return b.noFlagReason?.vi ?? '—';
    return b.flag.map((u) => (u.awaitingVote ? `${u.unit} (chờ Khối bỏ phiếu suy tôn)` : u.unit)).join('; ');
  };

  // Blocs without a valid result (a file of another province or period is no bloc of this one): counted, and named
  // when every one could be read; the files and reasons are in the summary workbook and the JSON.
  const accepted = new Set(blocs.map((b) => fold(b.name)));
  const without = summary.rejected.filter((r) => !r.otherPeriod && !(r.blocName && accepted.has(fold(r.blocName))));
  const names = [...new Set(without.map((r) => (r.blocName ? tidy(r.blocName) : null)))];
  const notValid = without.length
    ? `Còn ${countWithWords(names.length)} khối chưa gửi kết quả hợp lệ${names.every((n) => n != null) ? `: ${joinNames(names as string[])}` : ''}.`
    : '';

  const what =
    [flags.length ? 'Cờ thi đua' : '', merits.length ? 'Bằng khen' : ''].filter(Boolean).join(' và ') || 'Cờ thi đua và Bằng khen';
  const kinds = new Set(blocs.map((b) => b.kind));
  const kindWord = kinds.size > 1 ? 'Khối, Cụm thi đua' : kinds.has('cum') ? 'Cụm thi đua' : 'Khối thi đua';
  const groupWord = `các ${kindWord}`;
  const period = periodText(summary.period ?? '', summary.year);
  const anyAward = flags.length + merits.length > 0;

  return {
    th_tinh: province,
    th_nam: summary.year == null ? BLANK : String(summary.year),
    th_ky_danh_gia: period,
    th_co_quan_khen_thuong: awarding,
    th_co_quan_chu_quan_hoa: parent.toLocaleUpperCase('vi'),
    th_co_quan_ban_hanh: issuer,
    th_co_quan_ban_hanh_hoa: issuer.toLocaleUpperCase('vi'),
    th_ky_hieu: initials(issuer),
    th_nguoi_quyet_dinh: committee ? `Chủ tịch ${awarding}` : awarding,
    th_hoi_dong: `Hội đồng Thi đua - Khen thưởng tỉnh ${province}`,
    th_dia_danh_ngay: `${province}, ${BLANK_DATE}`,
    th_trich_yeu: phraseLines([`Về việc đề nghị tặng thưởng ${what}`, `cho các tập thể thuộc ${groupWord} ${period}`]),
    th_can_cu: ends(groundsFor(latestMeeting(summary), own.grounds).map((g) => ({ noi_dung: g }))),
    th_cac_khoi: groupWord,
    th_loai_khoi: kindWord,

    th_so_tep: countWithWords(
      summary.blocs.length + summary.rejected.length + summary.duplicates.reduce((n, d) => n + d.dropped.length, 0),
    ),
    th_so_khoi: countWithWords(summary.blocs.length),
    th_khoi: summary.blocs.map((a, i) => ({
      stt: String(i + 1),
      ten_khoi: a.bloc.name,
      so_don_vi: String(a.bloc.members),
      don_vi_dan_dau: leading(a),
      so_bang_khen: String(a.bloc.merit.length),
      khoi_truong_nam_sau: a.bloc.nextHead.unit && !a.bloc.nextHead.suggested ? a.bloc.nextHead.unit : '—',
    })),
    th_co_chua_hop_le: notValid !== '',
    th_chua_hop_le: notValid,

    th_ten_co_thi_dua: awardNames[0],
    th_ten_bang_khen: awardNames[1],
    th_so_co: countWithWords(flags.length),
    th_so_bang_khen: countWithWords(merits.length),
    th_co_de_nghi: anyAward,
    th_co_de_nghi_co: flags.length > 0,
    th_co_de_nghi_bang_khen: merits.length > 0,
    th_stt_co: '1',
    th_stt_bang_khen: flags.length ? '2' : '1',
    th_don_vi_co: flags.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      ty_le_phieu: u.voteShare == null ? '—' : formatPercent(u.voteShare, 'vi'),
    })),
    th_don_vi_bang_khen: merits.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      hang: String(u.rank),
    })),

    th_co_cho_quyet_dinh: pending.length > 0,
    th_muc_cho_quyet_dinh: anyAward ? 'III' : 'II',
    th_cho_quyet_dinh: pending,
  };
}

/** `To-trinh-tong-hop-<tỉnh>-<năm>.docx` (the half year: `…-6-thang-dau-nam-<năm>.docx`). */
export function provinceDocumentName(summary: ProvinceSummary): string {
  const period = summary.period && fold(summary.period) !== 'nam' ? `-${asciiSlug(summary.period)}` : '';
  const stem = `${asciiSlug(summary.province ?? '') || 'Tinh'}${period}${summary.year != null ? `-${summary.year}` : ''}`;
  return `${DOCUMENTS.province.fileStem}-${stem}.docx`;
}

/**
 * The Tờ trình of a province summary, from the default template or the province's own (`own`: its bytes and where
 * it came from, for messages), issued by the board the province names (`issuer`, default the Ban Thi đua - Khen
 * thưởng under the Sở Nội vụ). Throws a `template.*` BxtdError for a template it refuses.
 */
export async function makeProvinceDocument(
  summary: ProvinceSummary,
  own?: { bytes: Uint8Array; where: string },
  issuer: ProvinceIssuer = {},
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const template = own?.bytes ?? buildDefaultTemplate('province');
  try {
    return { fileName: provinceDocumentName(summary), bytes: await fillDocument('province', template, buildProvinceData(summary, issuer)) };
  } catch (e) {
    throw fromTemplate(e, own?.where ?? null);
  }
}
