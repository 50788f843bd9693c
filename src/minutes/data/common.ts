// What every builder of a bloc document's data shares: the blanks left to fill by hand, the context of one meeting
// (the bloc, its result, how a unit, a total or a count is written), and the small text helpers of the documents
// (a period, the managing body, people's names and positions).

import { awardNames, thresholdText } from '../../domain/explain';
import { blocWords, type BlocWords } from '../../domain/bloc-words';
import { formatScore } from '../../domain/format';
import type { Bloc, BlocResult, Issue, Unit, UnitResult } from '../../domain/model';
import { fold, lowerFirst, tidy } from '../../domain/text';
import { countWithWords, parseIsoDate, type DateParts } from '../../domain/vietnamese';

export const BLANK = '…………………………';
export const BLANK_SHORT = '……';
export const BLANK_DATE = 'ngày …… tháng …… năm ……';
export const BLANK_TIME = '…… giờ …… phút';
/** A table cell with nothing to say (a unit that was on no ballot has no vote figure). */
export const NONE = '—';

export type MinutesValue = string | boolean | MinutesRow[];
export interface MinutesRow {
  [field: string]: MinutesValue;
}
/** Any document's data, as the filling takes it (each kind's typed data is one: kinds.ts, KindData). */
export type MinutesData = Record<string, MinutesValue>;

export function orBlank(value: string | null | undefined, blank = BLANK): string {
  const s = value == null ? '' : tidy(value);
  return s || blank;
}

/** A count as the documents write it everywhere: "01 (một)"; a dotted blank when unknown. */
export const count = (v: number | null | undefined): string => (v == null ? BLANK_SHORT : countWithWords(v));

/** Rows closed by ";" and the last by "." (or the marks given). */
export const ends = <T extends object>(rows: T[], last = '.', other = ';'): (T & { dau_cuoi: string })[] =>
  rows.map((row, i) => ({ ...row, dau_cuoi: i === rows.length - 1 ? last : other }));

/** Lines of text as list rows ({noi_dung, dau_cuoi}), their own closing mark replaced by the list's. */
export const lines = (texts: string[], last = '.', other = ';') =>
  ends(
    texts.map((t) => ({ noi_dung: t.replace(/[.;,]$/, '') })),
    last,
    other,
  );

/** Whole sentences as list rows, each closed by ".". */
export const sentences = (texts: string[]) => texts.map((t) => ({ noi_dung: t.replace(/\.$/, ''), dau_cuoi: '.' }));

export function findUnit(bloc: Bloc, name: string | null | undefined): Unit | null {
  if (!name) return null;
  const f = fold(name);
  return bloc.units.find((u) => fold(u.name) === f || (u.shortName != null && fold(u.shortName) === f)) ?? null;
}

/** "năm 2023", "6 tháng đầu năm 2024": the period as the documents' sentences use it. */
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

/** A group's title without a trailing "(tối đa 5 điểm)": the documents say the maximum themselves. */
export function groupTitle(title: string): string {
  return tidy(title).replace(/\s*\(\s*tối đa[^)]*\)\s*$/iu, '') || BLANK;
}

/** One meeting, as every builder reads it. */
export interface Context {
  bloc: Bloc;
  result: BlocResult;
  /** The reader's warnings and errors (the minute lists those about a printed figure). */
  issues: readonly Issue[];
  n: number; // member units
  words: BlocWords;
  tongKet: boolean; // a year's review (awards, ballot, handover of the head); false: a sơ kết
  byUnit: Map<number, UnitResult>;
  name: (u: number) => string;
  total: (u: number) => string;
  score: (v: number) => string;
  period: string; // "năm 2024"
  awards: { flag: string; merit: string };
  threshold: string; // "trên 50%"
  date: DateParts | null; // Ngày họp
  year: string; // "2024"
  next: string; // "2025"
}

export function contextOf(bloc: Bloc, result: BlocResult, issues: readonly Issue[] = []): Context {
  const { info, units, rules } = bloc;
  const byUnit = new Map(result.ranking.map((r) => [r.unit, r]));
  const score = (v: number) => formatScore(v, 'vi', rules.decimals);
  return {
    bloc,
    result,
    issues,
    n: units.length,
    words: blocWords(info),
    tongKet: result.review === 'tongKet',
    byUnit,
    name: (u) => tidy(units[u]?.name ?? '') || BLANK,
    total: (u) => {
      const r = byUnit.get(u);
      return r ? score(r.total) : BLANK_SHORT;
    },
    score,
    period: periodText(info.period, info.year),
    awards: awardNames(bloc),
    threshold: thresholdText(rules.voteThreshold, 'vi'),
    date: info.meetingDate ? parseIsoDate(info.meetingDate) : null,
    year: info.year == null ? BLANK_SHORT : String(info.year),
    next: info.year == null ? BLANK_SHORT : String(info.year + 1),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// People's names and positions

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

const NAME_AND_TITLE = /\s*[,;]\s*|\s+[-–—]\s+/;

/**
 * The name to print under a signature or in a list: "Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh" -> "Nguyễn Văn A".
 * The title after a comma or a dash goes, and so does a leading honorific; a rank such as "Đại tá" stays, as it is
 * signed with the name. Null when what is left is not a person's name ("Đồng chí đại diện").
 */
export function personName(text: string | null | undefined): string | null {
  if (!text) return null;
  const first = withoutHonorific(text).split(NAME_AND_TITLE)[0].trim();
  return first && isPersonName(first) ? first : null;
}

/** "Nguyễn Văn A, Giám đốc" with its honorific dropped, or null when its name part is not a person's name. */
export function personWithTitle(text: string | null | undefined): string | null {
  if (!text || !personName(text)) return null;
  return withoutHonorific(text);
}

/** The title written after a person's name ("Đại tá Lê Vinh Hùng, Giám đốc" -> "Giám đốc"), or null. */
export function titleAfterName(text: string | null | undefined): string | null {
  if (!text || !personName(text)) return null;
  const rest = withoutHonorific(text).split(NAME_AND_TITLE).slice(1).join(', ').trim();
  return rest || null;
}

// The title of a unit's head by the kind of unit its name says, for the signer's position when the workbook does
// not write it ("Đại tá Lê Vinh Hùng, Giám đốc" in `Thủ trưởng` does). First match wins.
const HEAD_TITLES: [RegExp, string][] = [
  [/^vien kiem sat/, 'Viện trưởng'],
  [/^toa an/, 'Chánh án'],
  [/^thanh tra/, 'Chánh Thanh tra'],
  [/^van phong/, 'Chánh Văn phòng'],
  [/^(bo chi huy|ban chi huy)/, 'Chỉ huy trưởng'],
  [/^chi cuc/, 'Chi cục trưởng'],
  [/^cuc/, 'Cục trưởng'],
  [/^trai giam/, 'Giám thị'],
  [/^trung doan/, 'Trung đoàn trưởng'],
  [/^(cong an|so|kho bac|ngan hang|benh vien|dai phat thanh|trung tam|cong ty|bao hiem)/, 'Giám đốc'],
  [/^ban /, 'Trưởng ban'],
  [/^truong /, 'Hiệu trưởng'],
  [/^(hoi|lien doan|lien hiep|uy ban)/, 'Chủ tịch'],
];

/**
 * The position a unit's head signs with, in capitals: "GIÁM ĐỐC CÔNG AN TỈNH" — the title written after the name
 * in `Thủ trưởng` when there is one, else the usual title of such a unit, else none (null).
 */
export function headPosition(unit: Unit | null): string | null {
  if (!unit) return null;
  const title = titleAfterName(unit.chief) ?? HEAD_TITLES.find(([re]) => re.test(fold(unit.name)))?.[1] ?? null;
  if (!title) return null;
  const name = tidy(unit.name);
  if (fold(title).includes(fold(name))) return title.toLocaleUpperCase('vi'); // written in full
  // The words the title ends with and the name begins with are said once: "Chánh Thanh tra" + "Thanh tra tỉnh".
  const t = title.split(' ');
  const w = name.split(' ');
  let overlap = 0;
  for (let k = Math.min(t.length, w.length); k > 0 && !overlap; k--) {
    if (fold(t.slice(t.length - k).join(' ')) === fold(w.slice(0, k).join(' '))) overlap = k;
  }
  return [...t, ...w.slice(overlap)].join(' ').toLocaleUpperCase('vi');
}
