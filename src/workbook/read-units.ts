// Sheet `Đơn vị`: the member units, one per row under a header row, in rotation order.

import type { Unit } from '../domain/model';
import { fold, hasInvisible, mixesScripts } from '../domain/text';
import { UNIT_COLUMNS } from './format-v1';
import { cellAddress, type CellValue, type SheetGrid } from './grid';
import { cellText, findHeader, isBlank, labelIndex, quote, say, type IssueSink } from './read-support';

const COLUMNS = labelIndex(UNIT_COLUMNS);

const YES = new Set(['x', 'co', 'true', '1', 'yes', 'v', 'co mat', 'da nhan', 'dat', '✓', '✔', '☑', '✅']);
const NO = new Set(['', 'khong', 'false', '0', 'no', '-', 'vang', 'vang mat', 'chua', 'chua nhan', '☐', '✗']);

/** "x", "X", "có", "✓", TRUE -> true; blank, "không", "vắng" -> false; anything else -> null (not understood). */
export function parseMark(v: CellValue): boolean | null {
  if (v == null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== 'string') return null; // a cell the file could not give a value for
  const f = fold(v);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  return null;
}

// Text in the name column that ends the table: totals and the signature block.
const FOOTER = /^(tong|ghi chu|nguoi lap|khoi truong|khoi pho|xac nhan|ngay \d|.*, ngay \d)/;

export interface UnitRows {
  units: Unit[];
  rows: number[]; // the sheet row of each unit
  cells: string[]; // the address of each unit's name cell
}

export function readUnits(sheet: SheetGrid, sink: IssueSink): UnitRows | null {
  const header = findHeader(sheet, COLUMNS, ['name']);
  if (!header) {
    sink.error(sheet.name, null, {
      vi: `Không tìm thấy dòng tiêu đề có cột "Tên đơn vị" trong trang ${sheet.name}.`,
      en: `No header row with a "Tên đơn vị" (unit name) column on sheet ${sheet.name}.`,
    });
    return null;
  }
  const col = header.cols;
  const units: Unit[] = [];
  const rows: number[] = [];
  const get = (row: CellValue[], c: number | undefined): CellValue => (c == null ? null : (row[c] ?? null));
  const text = (row: CellValue[], c: number | undefined): string | null => cellText(get(row, c)) || null;
  const mark = (row: CellValue[], r: number, c: number | undefined, what: { vi: string; en: string }): boolean => {
    if (c == null) return false;
    const v = get(row, c);
    const m = parseMark(v);
    if (m != null) return m;
    sink.warn(sheet.name, cellAddress(r, c), {
      vi: `Không hiểu giá trị "${quote(v)}" ở cột ${what.vi}: ghi "x" nếu có, để trống nếu không. Tạm coi là không.`,
      en: `Cannot read "${quote(v)}" in the ${what.en} column: write "x" for yes, leave blank for no. Taken as no.`,
    });
    return false;
  };

  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const nameCell = get(row, col.name);
    if (isBlank(nameCell)) {
      const other = [col.shortName, col.representative, col.title].some((c) => !isBlank(get(row, c)));
      if (other) {
        sink.warn(sheet.name, cellAddress(r, col.name), {
          vi: `Dòng ${r + 1} có thông tin nhưng thiếu tên đơn vị: bỏ qua dòng này.`,
          en: `Row ${r + 1} has details but no unit name: the row is skipped.`,
        });
      }
      continue;
    }
    const name = cellText(nameCell);
    if (FOOTER.test(fold(name))) break;
    units.push({
      name,
      shortName: text(row, col.shortName),
      representative: text(row, col.representative),
      title: text(row, col.title),
      present: mark(row, r, col.present, { vi: '"Có mặt"', en: '"Có mặt" (present)' }),
      flagLastPeriod: mark(row, r, col.flag, { vi: '"Cờ năm trước"', en: '"Cờ năm trước" (flag last period)' }),
      ineligibleReason: text(row, col.reason),
      // The optional columns are left out when blank (undefined, not null).
      address: text(row, col.address) ?? undefined,
      phone: text(row, col.phone) ?? undefined,
      chief: text(row, col.chief) ?? undefined,
    });
    rows.push(r);
    for (const [c, written] of [
      [col.name, name],
      [col.shortName, text(row, col.shortName)],
    ] as const) {
      if (c == null || !written || !mixesScripts(written)) continue;
      sink.warn(sheet.name, cellAddress(r, c), {
        vi: `Tên "${quote(written)}" trộn chữ Latinh với chữ Kirin hoặc Hy Lạp trông giống hệt (ví dụ chữ "о" Kirin thay cho "o"): hãy gõ lại tên để mọi nơi nhận ra đúng đơn vị.`,
        en: `The name "${quote(written)}" mixes Latin letters with look-alike Cyrillic or Greek ones (e.g. a Cyrillic "о" for "o"): retype it so that every sheet finds the unit.`,
      });
    }
  }

  if (units.length === 0) {
    sink.error(sheet.name, cellAddress(header.row, col.name), {
      vi: `Trang ${sheet.name} không có đơn vị nào dưới dòng tiêu đề.`,
      en: `Sheet ${sheet.name} lists no unit under its header row.`,
    });
    return null;
  }
  checkDuplicates(sheet, units, rows, col.name, col.shortName, sink);
  return { units, rows, cells: rows.map((r) => cellAddress(r, col.name)) };
}

/** Two units with the same name, or a short name that is another unit's name, make every lookup ambiguous. */
function checkDuplicates(
  sheet: SheetGrid,
  units: Unit[],
  rows: number[],
  nameCol: number,
  shortCol: number | undefined,
  sink: IssueSink,
): void {
  const seen = new Map<string, number>(); // folded name -> unit index
  units.forEach((u, i) => {
    const key = fold(u.name);
    const first = seen.get(key);
    if (first != null) {
      const hidden = hasInvisible(u.name) || hasInvisible(units[first].name);
      sink.error(
        sheet.name,
        cellAddress(rows[i], nameCol),
        say((_, l) =>
          l === 'vi'
            ? `Tên đơn vị "${u.name}" trùng với dòng ${rows[first] + 1}${hidden ? ' (hai tên chỉ khác nhau ở ký tự ẩn như dấu cách độ rộng 0, gạch nối mềm hoặc dấu chiều viết)' : ''}: mỗi đơn vị chỉ được ghi một lần.`
            : `Unit name "${u.name}" repeats row ${rows[first] + 1}${hidden ? ' (the two differ only by invisible characters such as a zero-width space, a soft hyphen or a direction mark)' : ''}: each unit must be listed once.`,
        ),
      );
    } else {
      seen.set(key, i);
    }
  });
  const shortSeen = new Map<string, number>();
  units.forEach((u, i) => {
    if (!u.shortName || shortCol == null) return;
    const key = fold(u.shortName);
    const full = seen.get(key);
    const other = full != null && full !== i ? full : shortSeen.get(key);
    if (other != null) {
      sink.error(sheet.name, cellAddress(rows[i], shortCol), {
        vi: `Tên viết tắt "${u.shortName}" của ${u.name} trùng với tên của ${units[other].name}.`,
        en: `Short name "${u.shortName}" of ${u.name} is also the name of ${units[other].name}.`,
      });
    } else {
      shortSeen.set(key, i);
    }
  });
}
