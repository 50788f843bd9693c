// Sheet `Chấm chéo` (optional): one row per score a unit gave another unit on one criterion.

import { crossTable } from '../domain/cross';
import type { Criterion, CrossTable, Group } from '../domain/model';
import { fold, parseNumber } from '../domain/text';
import { cellAddress, type CellValue, type SheetGrid } from './grid';
import type { CriterionFinder } from './read-scores';
import { CROSS_COLUMNS } from './format-v1';
import { findHeader, isBlank, labelIndex, numberHint, quote, say, TOTAL_LABEL, type IssueSink, type UnitNames } from './read-support';

const COLUMNS = labelIndex(CROSS_COLUMNS);

export function readCross(
  sheet: SheetGrid,
  names: UnitNames,
  criteria: readonly Criterion[],
  groups: readonly Group[],
  finder: CriterionFinder,
  sink: IssueSink,
): CrossTable {
  const header = findHeader(sheet, COLUMNS, ['scorer', 'scored', 'value']);
  const critCol = header?.cols.criterion ?? header?.cols.rowNumber;
  if (!header || critCol == null) {
    sink.error(sheet.name, null, {
      vi: `Không tìm thấy dòng tiêu đề trong trang ${sheet.name}: cần các cột "Đơn vị chấm", "Đơn vị được chấm", "STT" (tiêu chí) và "Điểm".`,
      en: `No header row on sheet ${sheet.name}: it needs the columns "Đơn vị chấm" (scorer), "Đơn vị được chấm" (scored), "STT" (criterion) and "Điểm" (score).`,
    });
    return crossTable([]);
  }
  const { scorer: scorerCol, scored: scoredCol, value: valueCol } = header.cols;
  const out = crossTable([]);
  const seen = new Map<number, number>(); // (scorer, scored, criterion) -> first row, 1-based
  // The same names and STTs repeat on every row: look each distinct value up once.
  const unitOf = memo((cell: CellValue) => names.find(cell));
  const criterionOf = memo((cell: CellValue) => finder.find(cell));
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const a = row[scorerCol] ?? null;
    const b = row[scoredCol] ?? null;
    const c = row[critCol] ?? null;
    const v = row[valueCol] ?? null;
    if ([a, b, c, v].every(isBlank)) continue;
    if (isBlank(b) && typeof a === 'string' && TOTAL_LABEL.test(fold(a))) continue;

    const unit = (cell: CellValue, col: number, role: { vi: string; en: string }): number => {
      if (isBlank(cell)) {
        sink.error(sheet.name, cellAddress(r, col), { vi: `Thiếu ${role.vi}.`, en: `Missing ${role.en}.` });
        return -1;
      }
      const u = unitOf(cell);
      if (u < 0) {
        sink.error(sheet.name, cellAddress(r, col), {
          vi: `${role.vi[0].toUpperCase()}${role.vi.slice(1)} "${quote(cell)}" không khớp với đơn vị nào trong trang Đơn vị.`,
          en: `${role.en[0].toUpperCase()}${role.en.slice(1)} "${quote(cell)}" matches no unit on sheet Đơn vị.`,
        });
      }
      return u;
    };
    const scorer = unit(a, scorerCol, { vi: 'đơn vị chấm', en: 'scoring unit' });
    const scored = unit(b, scoredCol, { vi: 'đơn vị được chấm', en: 'scored unit' });

    let k = -1;
    const critAt = () => cellAddress(r, critCol);
    if (isBlank(c)) {
      sink.error(sheet.name, critAt(), { vi: 'Thiếu STT tiêu chí.', en: 'Missing criterion STT.' });
    } else {
      k = criterionOf(c);
      if (k === -1) {
        sink.error(sheet.name, critAt(), {
          vi: `Không có tiêu chí được chấm điểm nào mang STT "${quote(c)}" trong trang Chấm điểm.`,
          en: `No scored criterion has STT "${quote(c)}" on sheet Chấm điểm.`,
        });
      } else if (k === -2) {
        sink.error(sheet.name, critAt(), {
          vi: `STT "${quote(c)}" trùng ở nhiều tiêu chí: ghi rõ kèm mục hoặc nhóm, ví dụ "2.1.a" hoặc "II.1".`,
          en: `STT "${quote(c)}" belongs to several criteria: qualify it with its item or group, e.g. "2.1.a" or "II.1".`,
        });
        k = -1;
      }
    }

    const valueAt = () => cellAddress(r, valueCol);
    if (isBlank(v)) {
      sink.warn(sheet.name, valueAt(), { vi: 'Dòng chấm chéo chưa có điểm: bỏ qua.', en: 'Cross-score row without a score: skipped.' });
      continue;
    }
    let n = parseNumber(v);
    if (n == null) {
      const hint = numberHint(v);
      sink.error(sheet.name, valueAt(), {
        vi: `"${quote(v)}" không phải là số${hint.vi}.`,
        en: `"${quote(v)}" is not a number${hint.en}.`,
      });
      continue;
    }
    if (scorer < 0 || scored < 0 || k < 0) continue;
    const crit = criteria[k];
    const deduction = groups[crit.group].kind === 'deduction';
    if (deduction) n = Math.abs(n);
    if (n < 0 || (crit.max != null && n > crit.max + 1e-9)) {
      const value = n;
      sink.error(
        sheet.name,
        valueAt(),
        say((f, l) =>
          value < 0
            ? l === 'vi'
              ? `Điểm ${f(value)} âm.`
              : `Score ${f(value)} is negative.`
            : l === 'vi'
              ? `Điểm ${f(value)} vượt điểm chuẩn ${f(crit.max!)} của tiêu chí ${crit.key}.`
              : `Score ${f(value)} is above the maximum ${f(crit.max!)} of criterion ${crit.key}.`,
        ),
      );
      continue;
    }
    const key = (scorer * names.units.length + scored) * criteria.length + k;
    const first = seen.get(key);
    if (first) {
      sink.error(sheet.name, valueAt(), {
        vi: `${names.units[scorer].name} đã chấm ${names.units[scored].name} ở tiêu chí ${crit.key} tại dòng ${first}: mỗi cặp chỉ chấm một lần.`,
        en: `${names.units[scorer].name} already scored ${names.units[scored].name} on criterion ${crit.key} on row ${first}: once per pair.`,
      });
      continue;
    }
    seen.set(key, r + 1);
    out.scorer.push(scorer);
    out.scored.push(scored);
    out.criterion.push(k);
    out.value.push(n);
  }
  return out;
}

function memo<T>(fn: (cell: CellValue) => T): (cell: CellValue) => T {
  const cache = new Map<CellValue, T>();
  return (cell) => {
    let v = cache.get(cell);
    if (v === undefined && !cache.has(cell)) cache.set(cell, (v = fn(cell)));
    return v as T;
  };
}
