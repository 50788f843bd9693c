// The values of one proposed unit's achievement report (vocabulary group `unit`), on top of the bloc's values: the
// collective achievement report form of the decree in force on the meeting date (legal.ts: its number when it has
// one), what the workbook knows of the unit (name, address, phone and head from the optional `Đơn vị` columns; its
// scores per group, total, rank, and — the flag unit only — the votes of the round that decided; the bloc's
// conclusion; last period's flag). The rest of the form stays dotted, for the unit to write.

import { decidingVote, unitAwardSentence } from '../domain/explain';
import { formatPercent as percent, formatScore } from '../domain/format';
import type { Bloc, BlocResult, Text } from '../domain/model';
import { fold, tidy } from '../domain/text';
import { countWithWords, dateWords, ordinalWords, parseIsoDate } from '../domain/vietnamese';
import { BLANK, BLANK_SHORT, groupTitle, NONE, periodText, personName } from './data/common';
import type { BlocData } from './data';
import type { KindData } from './kinds';
import { frameDay, legalPeriod } from './legal';
import { capsTitle } from './lines';

export type ReportData = KindData<'report'>;

/** "Công an tỉnh" -> "Công an tỉnh Đắk Lắk": a name ending in "tỉnh" takes the province, as documents write it. */
export function fullUnitName(name: string, province: string): string {
  const n = tidy(name);
  const p = tidy(province);
  return p && /(^| )tinh$/.test(fold(n)) ? `${n} ${p}` : n;
}

/** The report values of unit `u` (a unit proposed for the flag or a Certificate), merged over the bloc's `base`. */
export function buildReportData(bloc: Bloc, result: BlocResult, u: number, base: BlocData): ReportData {
  const unit = bloc.units[u];
  const row = result.ranking.find((r) => r.unit === u);
  if (!unit || !row) throw new RangeError(`no unit ${u}`);
  const score = (v: number) => formatScore(v, 'vi', bloc.rules.decimals);
  const n = bloc.units.length;
  const flag = result.flag.includes(u);
  const award = flag ? base.ten_co : base.ten_bang_khen;
  const full = fullUnitName(unit.name, bloc.info.province);
  const vote = flag ? decidingVote(result, u) : null;
  const date = bloc.info.meetingDate ? parseIsoDate(bloc.info.meetingDate) : null;
  const period = periodText(bloc.info.period, bloc.info.year);
  const form = legalPeriod(frameDay(date, bloc.info.year, bloc.info.periodKind !== 'year')).reportForm;
  const or = (s: string | null | undefined) => (s && tidy(s)) || BLANK;
  return {
    ...base,
    dv_ten: tidy(unit.name),
    dv_ten_day_du: full,
    dv_ten_hoa: full.toLocaleUpperCase('vi'),
    dv_cap_tren_hoa: BLANK,
    dv_mau_so: form.number ? `${form.number} - ${form.decree}` : '',
    dv_co_mau_so: form.number != null,
    dv_tieu_de: capsTitle(`ĐỀ NGHỊ TẶNG ${award.toLocaleUpperCase('vi')}`),
    dv_co_phieu: vote != null,
    dv_dia_chi: or(unit.address),
    dv_dien_thoai: or(unit.phone),
    dv_thu_truong: or(personName(unit.chief)),
    dv_hinh_thuc: award,
    dv_hinh_thuc_hoa: award.toLocaleUpperCase('vi'),
    dv_tong_diem: score(row.total),
    dv_hang: String(row.rank),
    dv_thu_hang: ordinalWords(row.rank),
    dv_so_phieu: vote ? countWithWords(vote.votes) : NONE,
    dv_ty_le: vote ? percent(n ? vote.votes / n : 0, 'vi') : NONE,
    dv_diem_thuong: score(row.bonus),
    dv_diem_tru: score(row.deduction),
    dv_diem_nhom: bloc.table.groups
      .map((g, i) => ({ g, i }))
      .filter((x) => x.g.kind === 'ordinary')
      .map(({ g, i }) => ({
        so_la_ma: g.numeral,
        ten_nhom: groupTitle(g.title),
        diem_chuan: g.max == null ? BLANK_SHORT : formatScore(g.max, 'vi'),
        diem: score(row.groupScores[i] ?? 0),
      })),
    dv_ket_luan: unitAwardSentence(bloc, result, u, period, date ? ` tại Hội nghị ${dateWords(date)}` : ''),
    dv_co_nam_truoc: unit.flagLastPeriod,
  };
}

/** What the dossier leaves blank for lack of data in the workbook: shown beside it so the user can complete the workbook. */
export function dossierGaps(bloc: Bloc, result: BlocResult): Text[] {
  const gaps: Text[] = [];
  if (!bloc.info.dossierRecipient?.trim()) {
    gaps.push({ vi: 'Nơi nhận hồ sơ (trang Thông tin)', en: 'Where the dossier goes: Nơi nhận hồ sơ (Thông tin sheet)' });
  }
  const units = [...result.flag, ...result.merit].map((u) => bloc.units[u]);
  const missing = (what: (u: (typeof units)[number]) => string | null | undefined) => units.filter((u) => !what(u)?.trim()).length;
  const columns: [string, string, (u: (typeof units)[number]) => string | null | undefined][] = [
    ['Địa chỉ', 'address', (u) => u.address],
    ['Điện thoại', 'phone', (u) => u.phone],
    ['Thủ trưởng', 'head of unit', (u) => personName(u.chief)],
  ];
  for (const [column, en, what] of columns) {
    const k = missing(what);
    if (k)
      gaps.push({
        vi: `${column} của ${k} đơn vị được đề nghị (cột ${column}, trang Đơn vị)`,
        en: `The ${en} of ${k} proposed unit${k > 1 ? 's' : ''} (${column} column, Đơn vị sheet)`,
      });
  }
  return gaps;
}
