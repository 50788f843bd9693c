// The header of `Chấm điểm`: where STT, Nội dung and Điểm chuẩn are, and which columns hold each unit's scores.
// A unit has either one column headed by its name (full or short), or its name over two sub-columns `Tự chấm` and
// `Khối chấm` (merged across both, or written in the first with the second left blank). The transposed form,
// `Tự chấm` / `Khối chấm` merged over a row of unit names, is read too.

import { SCORE_COLUMNS, SCORE_OTHER_COLUMNS, SCORE_SUB_COLUMNS } from './format-v1';
import { cellAddress, type CellRange, type CellValue, type SheetGrid } from './grid';
import { findHeader, isBlank, labelIndex, labelKey, matchLabel, quote, type IssueSink, type UnitNames } from './read-support';

export const HEAD = labelIndex(SCORE_COLUMNS);

const SUB = labelIndex(SCORE_SUB_COLUMNS);

// Headers of columns that are not units' scores: ignored wherever they are.
const EXTRA = new Set(SCORE_OTHER_COLUMNS.map(labelKey));

export interface UnitColumns {
  self: number | null;
  bloc: number | null;
}

export interface ScoreHeader {
  row: number; // the row with STT / Nội dung / Điểm chuẩn
  unitRow: number; // the row with the unit names
  dataStart: number; // the first row below the header
  stt: number;
  content: number;
  max: number;
  unitColumns: UnitColumns[]; // per unit; both null when the unit has no column
}

/** Merged ranges by the address of every cell they cover, for the few header rows only. */
function mergeLookup(merges: readonly CellRange[], fromRow: number, toRow: number): Map<string, CellRange> {
  const map = new Map<string, CellRange>();
  for (const m of merges) {
    if (m.bottom < fromRow || m.top > toRow) continue;
    for (let r = Math.max(m.top, fromRow); r <= Math.min(m.bottom, toRow); r++) {
      for (let c = m.left; c <= m.right && c - m.left < 512; c++) map.set(`${r}:${c}`, m);
    }
  }
  return map;
}

export function readScoreHeader(sheet: SheetGrid, names: UnitNames, sink: IssueSink): ScoreHeader | null {
  const header = findHeader(sheet, HEAD, ['stt', 'content', 'max']);
  if (!header) {
    sink.error(sheet.name, null, {
      vi: `Không tìm thấy dòng tiêu đề của bảng chấm điểm trong trang ${sheet.name}: cần các cột "STT", "Nội dung" và "Điểm chuẩn".`,
      en: `No header row for the score table on sheet ${sheet.name}: it needs the columns "STT", "Nội dung" (criterion) and "Điểm chuẩn" (maximum).`,
    });
    return null;
  }
  const { stt, content, max } = header.cols;
  const fixed = new Set([stt, content, max]);
  const rightOfLabels = Math.max(content, max);
  const merges = mergeLookup(sheet.merges, header.row, header.row + 3);
  const row = (r: number): CellValue[] => sheet.values[r] ?? [];
  // The value shown in a cell: a merged range shows its top-left value in all its cells.
  const shown = (r: number, c: number): CellValue => {
    const m = merges.get(`${r}:${c}`);
    return m ? (row(m.top)[m.left] ?? null) : (row(r)[c] ?? null);
  };
  const coveredNotFirst = (r: number, c: number): boolean => {
    const m = merges.get(`${r}:${c}`);
    return !!m && (m.top !== r || m.left !== c);
  };

  // The unit names are on the header row, or one or two rows below it (under a heading such as "Điểm các đơn vị").
  let unitRow = header.row;
  for (let r = header.row; r <= header.row + 2 && r < sheet.values.length; r++) {
    if (row(r).some((v, c) => !fixed.has(c) && c > Math.min(stt, content) && names.find(v) >= 0)) {
      unitRow = r;
      break;
    }
  }

  const columns: UnitColumns[] = names.units.map(() => ({ self: null, bloc: null }));
  const firstCell: { self: (string | null)[]; bloc: (string | null)[] } = {
    self: names.units.map(() => null),
    bloc: names.units.map(() => null),
  };
  let subRowUsed = false;
  const subRow = unitRow + 1;
  const cells = row(unitRow);

  // `labelled`: the column was found under a `Tự chấm` / `Khối chấm` heading (else it is the unit's only column).
  const assign = (u: number, role: 'self' | 'bloc', col: number, at: string, labelled: boolean) => {
    if (columns[u][role] != null) {
      const what = role === 'self' ? { vi: 'tự chấm', en: 'self-score' } : { vi: 'khối chấm', en: 'bloc-score' };
      const name = names.units[u].name;
      const both = `${firstCell[role][u]} và ${at}`;
      const bothEn = `${firstCell[role][u]} and ${at}`;
      sink.error(sheet.name, at, {
        vi: labelled ? `${name} có hai cột ${what.vi} (${both}).` : `${name} có hai cột điểm (${both}): mỗi đơn vị chỉ có một cột.`,
        en: labelled ? `${name} has two ${what.en} columns (${bothEn}).` : `${name} has two score columns (${bothEn}): one per unit.`,
      });
      return;
    }
    columns[u][role] = col;
    firstCell[role][u] = at;
  };

  for (let c = 0; c < cells.length; c++) {
    if (fixed.has(c) || c <= Math.min(stt, content)) continue;
    const v = cells[c];
    if (isBlank(v) || coveredNotFirst(unitRow, c)) continue;
    if (matchLabel(SUB, v) || (typeof v === 'string' && EXTRA.has(labelKey(v)))) continue;
    const at = cellAddress(unitRow, c);
    const u = names.find(v);
    if (u < 0) {
      if (c > rightOfLabels && typeof v === 'string') {
        sink.error(sheet.name, at, {
          vi: `Tiêu đề cột "${quote(v)}" không khớp với tên hoặc tên viết tắt của đơn vị nào trong trang Đơn vị.`,
          en: `Column heading "${quote(v)}" matches no unit's name or short name on sheet Đơn vị.`,
        });
      }
      continue;
    }
    // The unit's span: its merged range, or this column and the next when the next heading is blank.
    const m = merges.get(`${unitRow}:${c}`);
    let right = c;
    if (m) right = m.right;
    else if (isBlank(cells[c + 1] ?? null) && !merges.has(`${unitRow}:${c + 1}`)) right = c + 1;
    let found = false;
    for (let k = c; k <= right; k++) {
      const role = matchLabel(SUB, row(subRow)[k] ?? null);
      if (!role) continue;
      found = true;
      subRowUsed = true;
      assign(u, role, k, cellAddress(subRow, k), true);
    }
    if (found) continue;
    // Transposed: `Tự chấm` / `Khối chấm` over a row of unit names.
    const above = unitRow > header.row ? matchLabel(SUB, shown(unitRow - 1, c)) : null;
    assign(u, above ?? 'self', c, at, above != null);
  }

  const dataStart = Math.max(header.row + 1, subRowUsed ? subRow + 1 : unitRow + 1);
  return { row: header.row, unitRow, dataStart, stt, content, max, unitColumns: columns };
}
