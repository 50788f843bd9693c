// The values of one proposed unit's achievement report (vocabulary group `unit`), on top of the bloc's values: what
// the workbook knows of the unit (name, address, phone and head from the optional `Đơn vị` columns; its scores per
// group, total, rank, votes; the bloc's conclusion; last period's flag). The rest of the form stays dotted.

import { awardNames } from '../domain/explain';
import { formatPercent as percent, formatScore } from '../domain/format';
import type { Bloc, BlocResult } from '../domain/model';
import { fold, tidy } from '../domain/text';
import { countWithWords, dateWords, ordinalWords, parseIsoDate } from '../domain/vietnamese';
import { BLANK, BLANK_SHORT, groupTitle, periodText, personName, type MinutesData, type MinutesRow } from './data';

/** "Công an tỉnh" -> "Công an tỉnh Đắk Lắk": a name ending in "tỉnh" takes the province, as documents write it. */
export function fullUnitName(name: string, province: string): string {
  const n = tidy(name);
  const p = tidy(province);
  return p && /(^| )tinh$/.test(fold(n)) ? `${n} ${p}` : n;
}

/** The report values of unit `u` (a unit proposed for the flag or a Certificate), merged over the bloc's `base`. */
export function buildReportData(bloc: Bloc, result: BlocResult, u: number, base: MinutesData): MinutesData {
  const unit = bloc.units[u];
  const row = result.ranking.find((r) => r.unit === u);
  if (!unit || !row) throw new RangeError(`no unit ${u}`);
  const score = (v: number) => formatScore(v, 'vi', bloc.rules.decimals);
  const n = bloc.units.length;
  const awards = awardNames(bloc);
  const flag = result.flag.includes(u);
  const award = flag ? awards.flag : awards.merit;
  const full = fullUnitName(unit.name, bloc.info.province);
  const round = result.vote?.rounds.find((r) => r.winners.includes(u));
  const votes = round ? (round.count.votes[u] ?? 0) : row.votes;
  const voteText = votes == null ? '' : `; ${votes}/${n} phiếu đồng ý, đạt ${percent(n ? votes / n : 0, 'vi')}`;
  const date = bloc.info.meetingDate ? parseIsoDate(bloc.info.meetingDate) : null;
  const at = date ? ` tại Hội nghị ${dateWords(date)}` : '';
  const period = periodText(bloc.info.period, bloc.info.year);
  const blocName = tidy(bloc.info.name) || BLANK;
  const standing = `${score(row.total)} điểm, xếp ${ordinalWords(row.rank)}/${n} đơn vị${voteText}`;
  const conclusion = flag
    ? `${blocName} thống nhất suy tôn ${tidy(unit.name)} là đơn vị dẫn đầu phong trào thi đua ${period}${at}, đề nghị tặng ${award} (${standing}).`
    : `${blocName} thống nhất đề nghị tặng ${award} cho ${tidy(unit.name)}${at} (${standing}).`;
  const groups: MinutesRow[] = bloc.table.groups
    .map((g, i) => ({ g, i }))
    .filter((x) => x.g.kind === 'ordinary')
    .map(({ g, i }) => ({
      so_la_ma: g.numeral,
      ten_nhom: groupTitle(g.title),
      diem_chuan: g.max == null ? BLANK_SHORT : formatScore(g.max, 'vi'),
      diem: score(row.groupScores[i] ?? 0),
    }));
  const or = (s: string | null | undefined) => (s && tidy(s)) || BLANK;
  return {
    ...base,
    dv_ten: tidy(unit.name),
    dv_ten_day_du: full,
    dv_ten_hoa: full.toLocaleUpperCase('vi'),
    dv_dia_chi: or(unit.address),
    dv_dien_thoai: or(unit.phone),
    dv_thu_truong: or(personName(unit.chief)),
    dv_hinh_thuc: award,
    dv_hinh_thuc_hoa: award.toLocaleUpperCase('vi'),
    dv_tong_diem: score(row.total),
    dv_hang: String(row.rank),
    dv_thu_hang: ordinalWords(row.rank),
    dv_so_phieu: votes == null ? BLANK_SHORT : countWithWords(votes),
    dv_ty_le: votes == null ? `${BLANK_SHORT}%` : percent(n ? votes / n : 0, 'vi'),
    dv_diem_thuong: score(row.bonus),
    dv_diem_tru: score(row.deduction),
    dv_diem_nhom: groups,
    dv_ket_luan: conclusion,
    dv_co_nam_truoc: unit.flagLastPeriod,
  };
}

/** What the dossier leaves blank for lack of data in the workbook: shown beside it so the user can complete the workbook. */
export function dossierGaps(bloc: Bloc, result: BlocResult): { vi: string; en: string }[] {
  const gaps: { vi: string; en: string }[] = [];
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
    const n = missing(what);
    if (n)
      gaps.push({
        vi: `${column} của ${n} đơn vị được đề nghị (cột ${column}, trang Đơn vị)`,
        en: `The ${en} of ${n} proposed unit${n > 1 ? 's' : ''} (${column} column, Đơn vị sheet)`,
      });
  }
  return gaps;
}
