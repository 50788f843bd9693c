// The words that follow what the bloc is and what its period holds, in one place: a Khối thi đua has a Khối trưởng
// and a quy chế của Khối, a Cụm thi đua a Cụm trưởng and a quy chế của Cụm (docs/design.md, "The meeting model");
// a year is reviewed at a tổng kết, a half-year or a quarter at a sơ kết. Everything the product writes about the
// bloc's roles takes them from here.

import type { BlocInfo, BlocKind, PeriodKind, ReviewKind, Text } from './model';
import { fold } from './text';

export interface BlocWords {
  noun: Text; // "Khối" / "bloc"
  full: Text; // "Khối thi đua" / "emulation bloc"
  head: Text; // "Khối trưởng" / "bloc head"
  deputy: Text; // "Khối phó" / "deputy bloc head"
  /** The abbreviation in document numbers: "KTĐ" (Số: 01/BB-KTĐ), "CTĐ". */
  abbr: string;
  /** "quy chế của Khối" / "the bloc's rules": the regulation the bloc's rules come from. */
  regulation: Text;
}

const WORDS: Record<BlocKind, BlocWords> = {
  khoi: {
    noun: { vi: 'Khối', en: 'bloc' },
    full: { vi: 'Khối thi đua', en: 'emulation bloc' },
    head: { vi: 'Khối trưởng', en: 'bloc head' },
    deputy: { vi: 'Khối phó', en: 'deputy bloc head' },
    abbr: 'KTĐ',
    regulation: { vi: 'quy chế của Khối', en: 'the bloc’s rules' },
  },
  cum: {
    noun: { vi: 'Cụm', en: 'cluster' },
    full: { vi: 'Cụm thi đua', en: 'emulation cluster' },
    head: { vi: 'Cụm trưởng', en: 'cluster head' },
    deputy: { vi: 'Cụm phó', en: 'deputy cluster head' },
    abbr: 'CTĐ',
    regulation: { vi: 'quy chế của Cụm', en: 'the cluster’s rules' },
  },
};

/** The words of a bloc (by its info) or of a kind. */
export function blocWords(of: BlocKind | Pick<BlocInfo, 'kind'>): BlocWords {
  return WORDS[typeof of === 'string' ? of : of.kind];
}

/** The kind a bloc's name says: "Cụm thi đua số 2", "Cụm 5" are Cụm; anything else (a Khối, or neither) is Khối. */
export function blocKindOfName(name: string): BlocKind {
  return /(^|\s)cum(\s|$)/.test(fold(name)) && !/(^|\s)khoi(\s|$)/.test(fold(name)) ? 'cum' : 'khoi';
}

/** "Khối", "Cụm", "Khối thi đua", "Cụm thi đua" (any case, with or without marks) as a kind; null otherwise. */
export function parseBlocKind(written: string): BlocKind | null {
  const s = fold(written).replace(/\s+thi dua$/, '');
  return s === 'khoi' ? 'khoi' : s === 'cum' ? 'cum' : null;
}

/** The review a period holds. */
export function reviewOf(period: PeriodKind | Pick<BlocInfo, 'periodKind'>): ReviewKind {
  return (typeof period === 'string' ? period : period.periodKind) === 'year' ? 'tongKet' : 'soKet';
}

const REVIEW: Record<ReviewKind, Text> = {
  tongKet: { vi: 'tổng kết', en: 'year-end review' },
  soKet: { vi: 'sơ kết', en: 'interim review' },
};

/** "tổng kết" / "sơ kết" (en: "year-end review" / "interim review"). */
export function reviewWord(review: ReviewKind): Text {
  return REVIEW[review];
}

/**
 * `Kỳ` as written -> its kind and part: "Năm", "Cả năm", "Tổng kết năm" (the year); "6 tháng đầu năm", "6 tháng cuối
 * năm", "Sơ kết 6 tháng", "Nửa đầu năm" (a half-year, part 1 or 2); "Quý I", "Quý 3" (a quarter). Blank is the year;
 * null: not a period the product knows.
 */
export function parsePeriod(written: string): { kind: PeriodKind; part: number | null } | null {
  const s = fold(written)
    .replace(/[.,;:]/g, ' ')
    .replace(/\s+\d{4}$/, '')
    .replace(/^(ky\s+)?(so ket|tong ket)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '' || s === 'nam' || s === 'ca nam' || s === '12 thang' || s === 'hang nam') return { kind: 'year', part: null };
  const half = /^(6|sau) thang( (dau|cuoi))?( nam)?$|^nua (dau|cuoi) nam$|^nua nam$/.exec(s);
  if (half) {
    const which = half[3] ?? half[5];
    return { kind: 'halfYear', part: which === 'cuoi' ? 2 : which === 'dau' ? 1 : null };
  }
  const quarter = /^quy (i{1,3}|iv|[1-4])( nam)?$/.exec(s);
  if (quarter) {
    const q = quarter[1];
    const part = /^\d$/.test(q) ? Number(q) : { i: 1, ii: 2, iii: 3, iv: 4 }[q as 'i' | 'ii' | 'iii' | 'iv'];
    return { kind: 'quarter', part };
  }
  return null;
}
