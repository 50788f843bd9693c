// The legal frame of the documents, as data: which law and which implementing decree a document cites ("Căn cứ …"),
// and which collective achievement report form it follows, chosen by the date of the meeting. The grounds change
// with the law (docs/design.md, "Legal grounds"); when they change again, add a period here — nothing else cites a
// law. A bloc (its `Căn cứ` rows in `Thông tin`) or a province may replace the grounds with its own, printed in
// order. A document never cites a text dated after its meeting: a period's texts all predate the day it starts, and
// the texts of an earlier period dated after the meeting are left out.

import type { DateParts } from '../domain/vietnamese';

/** A text a document cites: the words after "Căn cứ", and the day it was issued (ISO yyyy-mm-dd). */
export interface LegalText {
  text: string;
  issued: string;
}

/** The collective achievement report form of the decree in force. */
export interface ReportForm {
  /** "Mẫu số 02, Phụ lục I"; null when the form's number is not known. */
  number: string | null;
  /** The decree the form is annexed to: "Nghị định số 98/2023/NĐ-CP". */
  decree: string;
}

export interface LegalPeriod {
  /** The first day (ISO) this frame applies to a meeting; null for the earliest. */
  from: string | null;
  grounds: LegalText[];
  reportForm: ReportForm;
}

const LAW_2003: LegalText = {
  text:
    'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, ' +
    'khen thưởng ngày 14 tháng 6 năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày ' +
    '16 tháng 11 năm 2013',
  issued: '2013-11-16',
};
const LAW_2022: LegalText = { text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', issued: '2022-06-15' };
const DETAIL = 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng';

/** The frames in date order: the one in force on a meeting's date is the last that began on or before it. */
export const LEGAL_PERIODS: readonly LegalPeriod[] = [
  {
    from: null,
    grounds: [LAW_2003, { text: `Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 ${DETAIL}`, issued: '2017-07-31' }],
    reportForm: { number: 'Mẫu số 01', decree: 'Nghị định số 91/2017/NĐ-CP' },
  },
  {
    // Law 06/2022/QH15 in force; Decree 98/2023/NĐ-CP details it.
    from: '2024-01-01',
    grounds: [LAW_2022, { text: `Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 ${DETAIL}`, issued: '2023-12-31' }],
    reportForm: { number: 'Mẫu số 02, Phụ lục I', decree: 'Nghị định số 98/2023/NĐ-CP' },
  },
  {
    // Decree 152/2025/NĐ-CP replaces 98/2023 with its own appendix of forms.
    from: '2025-07-01',
    grounds: [
      LAW_2022,
      {
        text:
          'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong ' +
          'lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
        issued: '2025-06-14',
      },
    ],
    // The number of this decree's collective report form could not be verified: none is printed.
    reportForm: { number: null, decree: 'Nghị định số 152/2025/NĐ-CP' },
  },
];

const iso = (d: DateParts) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The frame in force on this day (the latest frame for no day at all). */
export function legalPeriod(day: DateParts | null): LegalPeriod {
  if (!day) return LEGAL_PERIODS[LEGAL_PERIODS.length - 1];
  const at = iso(day);
  let found = LEGAL_PERIODS[0];
  for (const p of LEGAL_PERIODS) if (p.from == null || p.from <= at) found = p;
  return found;
}

/**
 * What a document made for a meeting on `day` cites, one ground a line (without "Căn cứ" and the closing mark): the
 * bloc's or province's own grounds when given, else the frame in force — never a text issued after that day.
 */
export function groundsFor(day: DateParts | null, own?: readonly string[] | null): string[] {
  const given = (own ?? []).map((g) => g.trim()).filter(Boolean);
  if (given.length) return given;
  const at = day ? iso(day) : null;
  return legalPeriod(day)
    .grounds.filter((g) => at == null || g.issued <= at)
    .map((g) => g.text);
}

/**
 * The day that chooses the frame: the meeting's, else the last day of the period under review (the earliest a
 * meeting about it can be held), else none.
 */
export function frameDay(meeting: DateParts | null, year: number | null, halfYear: boolean): DateParts | null {
  if (meeting) return meeting;
  if (year == null) return null;
  return halfYear ? { year, month: 6, day: 30 } : { year, month: 12, day: 31 };
}
