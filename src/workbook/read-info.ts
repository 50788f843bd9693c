// Sheet `Thông tin`: the bloc's details as label/value rows (label in column A, value beside it).

import { blocKindOfName, parseBlocKind, parsePeriod } from '../domain/bloc-words';
import type { BlocInfo } from '../domain/model';
import { fold } from '../domain/text';
import { INFO_LABELS } from './format-v1';
import { cellAddress, type CellValue, type SheetGrid } from './grid';
import { canonical, cellText, labelIndex, quote, readLabelRows, type IssueSink, type LabelRow, type UnitNames } from './read-support';

const LABELS = labelIndex(INFO_LABELS);
type InfoKey = keyof typeof LABELS.vocabulary;

// Rows that head the label/value columns rather than carry a value.
const HEADINGS = new Set(['noi dung', 'thong tin', 'muc', 'gia tri', 'nhan', 'thong tin chung', 'stt']);

export function readInfo(sheet: SheetGrid, units: UnitNames | null, sink: IssueSink): BlocInfo {
  const { known, unknown } = readLabelRows(sheet, LABELS);
  const rows = new Map<InfoKey, LabelRow<InfoKey>>();
  // `Căn cứ`: one legal ground a row, every row in order.
  const grounds = known.filter((row) => row.key === 'legalGrounds' && row.value != null).map((row) => cellText(row.value));
  for (const row of known) {
    if (row.key === 'legalGrounds') continue;
    const first = rows.get(row.key);
    if (first) {
      sink.warn(sheet.name, cellAddress(row.row, row.labelCol), {
        vi: `"${row.label}" đã có ở dòng ${first.row + 1}: dùng giá trị ở dòng ${first.row + 1}.`,
        en: `"${row.label}" is already on row ${first.row + 1}: the value on row ${first.row + 1} is used.`,
      });
    } else {
      rows.set(row.key, row);
    }
  }
  for (const u of unknown) {
    if (HEADINGS.has(fold(u.label))) continue;
    sink.warn(sheet.name, cellAddress(u.row, u.col), {
      vi: `Không nhận ra mục "${quote(u.label)}": bỏ qua. Các mục dùng được: ${Object.keys(LABELS.vocabulary)
        .map((k) => canonical(LABELS, k as InfoKey))
        .join(', ')}.`,
      en: `Unknown item "${quote(u.label)}": ignored. Known items: ${Object.keys(LABELS.vocabulary)
        .map((k) => canonical(LABELS, k as InfoKey))
        .join(', ')}.`,
    });
  }

  const value = (key: InfoKey): CellValue => rows.get(key)?.value ?? null;
  const text = (key: InfoKey): string | null => cellText(value(key)) || null;
  const at = (key: InfoKey): string => {
    const r = rows.get(key)!;
    return cellAddress(r.row, r.valueCol);
  };

  const name = text('name');
  if (!name) {
    sink.warn(sheet.name, null, {
      vi: `Trang ${sheet.name} chưa có "Tên khối" (ví dụ "Khối thi đua số 3"): biên bản sẽ để trống tên khối.`,
      en: `Sheet ${sheet.name} has no "Tên khối" (bloc name, e.g. "Khối thi đua số 3"): the minutes leave it blank.`,
    });
  }
  const province = text('province');
  if (!province) {
    sink.warn(sheet.name, null, {
      vi: `Trang ${sheet.name} chưa có "Tỉnh".`,
      en: `Sheet ${sheet.name} has no "Tỉnh" (province).`,
    });
  }

  let year: number | null = null;
  if (value('year') != null) {
    year = parseYear(value('year'));
    if (year == null) {
      sink.warn(sheet.name, at('year'), {
        vi: `"${quote(value('year'))}" không phải là một năm (ví dụ 2024): bỏ qua.`,
        en: `"${quote(value('year'))}" is not a year (e.g. 2024): ignored.`,
      });
    }
  }

  let meetingDate: string | null = null;
  if (value('meetingDate') != null) {
    // A date stored in a 1904-date workbook counts from 1904-01-01: 1,462 days fewer than the usual serial.
    const raw = value('meetingDate');
    meetingDate = parseDate(typeof raw === 'number' && sheet.date1904 ? raw + 1462 : raw);
    if (meetingDate == null) {
      sink.warn(sheet.name, at('meetingDate'), {
        vi: `Không đọc được ngày "${quote(value('meetingDate'))}": ghi dạng 09/01/2025 hoặc "ngày 09 tháng 01 năm 2025".`,
        en: `Cannot read the date "${quote(value('meetingDate'))}": write it as 09/01/2025 or "ngày 09 tháng 01 năm 2025".`,
      });
    }
  }

  // A role names a unit: keep the unit's name as written in `Đơn vị` so that every document spells it one way.
  const unitRole = (key: InfoKey): string | null => {
    const written = text(key);
    if (!written || !units) return written;
    const i = units.find(written);
    if (i >= 0) return units.units[i].name;
    sink.warn(sheet.name, at(key), {
      vi: `${canonical(LABELS, key)} "${written}" không khớp với đơn vị nào trong trang Đơn vị.`,
      en: `${canonical(LABELS, key)} "${written}" matches no unit on sheet Đơn vị.`,
    });
    return written;
  };

  const periodText = text('period') ?? 'Năm';
  let period = parsePeriod(periodText);
  if (!period) {
    sink.error(sheet.name, at('period'), {
      vi: `Kỳ "${quote(periodText)}" không rõ: ghi "Năm" (hội nghị tổng kết), hoặc "6 tháng đầu năm", "6 tháng cuối năm", "Quý I"… (hội nghị sơ kết).`,
      en: `Period "${quote(periodText)}" is not clear: write "Năm" (the year: a year-end review), or "6 tháng đầu năm", "6 tháng cuối năm", "Quý I"… (an interim review).`,
    });
    period = { kind: 'year', part: null };
  }

  // Khối or Cụm: as `Loại` says, else as the name says.
  let kind = blocKindOfName(name ?? '');
  let kindGiven = false;
  const kindText = text('kind');
  if (kindText) {
    const given = parseBlocKind(kindText);
    if (given) {
      kind = given;
      kindGiven = true;
    } else {
      sink.warn(sheet.name, at('kind'), {
        vi: `${canonical(LABELS, 'kind')} "${quote(kindText)}" không rõ: ghi "Khối" hoặc "Cụm". Dùng "${kind === 'cum' ? 'Cụm' : 'Khối'}" theo tên khối.`,
        en: `${canonical(LABELS, 'kind')} "${quote(kindText)}" is not clear: write "Khối" or "Cụm". "${kind === 'cum' ? 'Cụm' : 'Khối'}" is used, from the bloc's name.`,
      });
    }
  }

  return {
    name: name ?? '',
    province: province ?? '',
    year,
    period: periodText,
    periodKind: period.kind,
    periodPart: period.part,
    kind,
    kindGiven,
    head: unitRole('head'),
    deputy: unitRole('deputy'),
    awardingBody: text('awardingBody') ?? (province ? `Ủy ban nhân dân tỉnh ${province}` : 'Ủy ban nhân dân tỉnh'),
    meetingDate,
    meetingPlace: text('meetingPlace'),
    chair: text('chair'),
    secretary: text('secretary'),
    nextHead: unitRole('nextHead'),
    nextDeputy: unitRole('nextDeputy'),
    dossierRecipient: text('dossierRecipient') ?? undefined, // optional: left out when not given
    nextHost: unitRole('nextHost'),
    legalGrounds: grounds.length ? grounds : null,
  };
}

export function parseYear(v: CellValue): number | null {
  const m = /^(?:nam\s*)?(\d{4})$/.exec(fold(cellText(v)));
  const y = m ? Number(m[1]) : null;
  return y != null && y >= 1900 && y <= 2200 ? y : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** An Excel serial day (days since 1899-12-30; a time part is dropped) as yyyy-mm-dd. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * A date from a cell: an Excel serial number, "09/01/2023" (also with "-" or "."), "2023-01-09", or
 * "ngày 09 tháng 01 năm 2023" (possibly after a place: "Đắk Lắk, ngày 09 tháng 01 năm 2023"). ISO or null.
 */
export function parseDate(v: CellValue): string | null {
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v !== 'string') return null;
  const s = fold(v);
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(?:^|\s|,)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\.?$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
