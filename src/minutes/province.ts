// The province's Tờ trình tổng hợp (document kind `province`, kinds.ts): from the provincial emulation body (Ban Thi
// đua - Khen thưởng tỉnh) to the provincial council (Hội đồng Thi đua - Khen thưởng tỉnh), proposing the awards the
// blocs put forward — the units for the flag and for Certificates, each list under the award's legal name — with
// the blocs' results, what some blocs must still decide and the workbooks left out. Its data are built here from the
// province summary (the `th_…` groups of vocabulary.ts), its default template in bodies/province.ts, and it is filled
// by the one filling path (fillDocument). A unit whose award is still pending (a flag awaiting its bloc's vote) is
// not proposed: it is listed with what its bloc must decide.

import type { Text } from '../domain/model';
import { formatPercent, formatScore } from '../domain/format';
import { fold, tidy } from '../domain/text';
import { asciiSlug, countWithWords } from '../domain/vietnamese';
import type { ProvinceSummary } from '../province/summary';
import { BLANK, BLANK_DATE, managingBody, periodText, type MinutesData } from './data';
import { fromTemplate } from './errors';
import { fillDocument } from './fill';
import { DOCUMENTS } from './kinds';
import { buildDefaultTemplate } from './templates';

// ---------------------------------------------------------------------------------------------------------------
// Data

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

const baseName = (file: string) => file.replace(/^.*[\\/]/, '');

export function buildProvinceData(summary: ProvinceSummary): MinutesData {
  const province = tidy(summary.province ?? '') || BLANK;
  const blocs = summary.blocs.map((a) => a.bloc);
  const awarding = mostCommon(blocs.map((b) => tidy(b.awardingBody)).filter(Boolean)) ?? `Ủy ban nhân dân tỉnh ${province}`;
  const committee = /^(ủy|uỷ) ban nhân dân/i.test(awarding.normalize('NFC'));
  const awardNames = mostCommon(blocs.map((b) => `${b.awards.flag}\n${b.awards.merit}`))?.split('\n') ?? [
    `Cờ thi đua của ${awarding}`,
    `Bằng khen của ${committee ? `Chủ tịch ${awarding}` : awarding}`,
  ];

  const flags = summary.blocs.flatMap((a) => a.bloc.flag.filter((u) => !u.awaitingVote).map((u) => ({ a, u })));
  const merits = summary.blocs.flatMap((a) => a.bloc.merit.map((u) => ({ a, u })));
  const score = (v: number, decimals: number) => formatScore(v, 'vi', decimals);
  const pending = summary.blocs.flatMap((a) => a.bloc.pending.map((p) => ({ ten_khoi: a.bloc.name, noi_dung: p.reason.vi })));
  const leftOut = summary.rejected.map((x) => ({
    ten_tep: baseName(x.file),
    ten_khoi: x.blocName ?? 'chưa đọc được tên khối',
    ly_do: x.reasons.map((reason: Text) => reason.vi).join(' '),
  }));
  const leading = (a: (typeof summary.blocs)[number]): string => {
    const b = a.bloc;
    if (!b.flag.length) return b.noFlagReason?.vi ?? '—';
    return b.flag.map((u) => (u.awaitingVote ? `${u.unit} (chờ Khối bỏ phiếu suy tôn)` : u.unit)).join('; ');
  };
  const next = (x: { unit: string | null; suggested: boolean }) =>
    x.unit ? `${x.unit}${x.suggested ? ' (gợi ý theo luân phiên)' : ''}` : BLANK;

  return {
    th_tinh: province,
    th_nam: summary.year == null ? BLANK : String(summary.year),
    th_ky_danh_gia: periodText(summary.period ?? '', summary.year),
    th_co_quan_khen_thuong: awarding,
    th_co_quan_chu_quan_hoa: managingBody(awarding),
    th_nguoi_quyet_dinh: committee ? `Chủ tịch ${awarding}` : awarding,
    th_hoi_dong: `Hội đồng Thi đua - Khen thưởng tỉnh ${province}`,
    th_dia_danh_ngay: `${province}, ${BLANK_DATE}`,

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
      khoi_truong_nam_sau: next(a.bloc.nextHead),
    })),

    th_ten_co_thi_dua: awardNames[0],
    th_ten_bang_khen: awardNames[1],
    th_so_co: countWithWords(flags.length),
    th_so_bang_khen: countWithWords(merits.length),
    th_co_de_nghi_co: flags.length > 0,
    th_co_de_nghi_bang_khen: merits.length > 0,
    th_don_vi_co: flags.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      ty_le_phieu: u.voteShare == null ? '' : formatPercent(u.voteShare, 'vi'),
    })),
    th_don_vi_bang_khen: merits.map(({ a, u }, i) => ({
      stt: String(i + 1),
      ten_don_vi: u.unit,
      ten_khoi: a.bloc.name,
      tong_diem: score(u.total, a.bloc.decimals),
      hang: String(u.rank),
    })),

    th_co_cho_quyet_dinh: pending.length > 0,
    th_cho_quyet_dinh: pending,
    th_co_tep_khong_tong_hop: leftOut.length > 0,
    th_tep_khong_tong_hop: leftOut,
    th_co_chua_de_nghi: pending.length > 0 || leftOut.length > 0,
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
 * it came from, for messages). Throws a `template.*` BxtdError for a template it refuses.
 */
export async function makeProvinceDocument(
  summary: ProvinceSummary,
  own?: { bytes: Uint8Array; where: string },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const template = own?.bytes ?? buildDefaultTemplate('province');
  try {
    return { fileName: provinceDocumentName(summary), bytes: await fillDocument('province', template, buildProvinceData(summary)) };
  } catch (e) {
    throw fromTemplate(e, own?.where ?? null);
  }
}
