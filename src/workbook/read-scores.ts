// Sheet `Chấm điểm`: the criteria table (rows) and each unit's scores (columns).
//
// Rows are read in two passes. The first finds the structure: parts (A, B, C), groups (Roman numerals), criteria
// (1, 2, 2.1, a), -) and total rows; a criterion with sub-rows is a sub-heading, and only leaves are scored. The
// second reads the leaf scores per unit and checks every subtotal the sheet carries (group, part, sub-heading and
// total rows) against the reader's own sums: a mismatch is a warning, and such cells are never added.
//
// Blank scores are stored as null ("not given"); the engine counts null as 0. A blank is reported (warning) only
// where the rule `Điểm xếp hạng` needs it: for `Khối chấm`, when both the bloc and the self score are blank; for
// `Tự chấm`, when the self score is blank; never for `Chấm chéo` (scores come from `Chấm chéo`).

import type { Criterion, Group, GroupKind, Rules, ScoreTable, Unit } from '../domain/model';
import { fold, parseNumber, romanValue } from '../domain/text';
import { cellAddress, columnName, isCellProblem, type CellValue, type SheetGrid } from './grid';
import { readScoreHeader, type ScoreHeader, type UnitColumns } from './read-score-header';
import { cellText, isBlank, problemMessage, quote, say, TOTAL_LABEL, type IssueSink, type UnitNames } from './read-support';

export interface BlocLayout {
  scoreSheet: string;
  headerRow: number; // 0-based row with STT / Nội dung / Điểm chuẩn
  columns: { stt: number; content: number; max: number }; // 0-based, as the header reader found them
  unitColumns: { self: number | null; bloc: number | null }[]; // per unit, 0-based; one column per unit: `self`
  criterionRows: number[]; // per leaf criterion, 0-based
  firstRow: number; // the unit header's first row
  lastRow: number; // the table's last row, including a total row
}

export interface ScoresRead {
  table: ScoreTable;
  layout: BlocLayout;
  finder: CriterionFinder;
}

type Style = string; // outline style of an STT: "n1" (2), "n2" (2.1), "alpha" (a), "b-" (-)

interface Item {
  kind: 'part' | 'group' | 'crit' | 'total';
  row: number;
  key: string; // STT as written
  title: string;
  max: number | null;
  group: number; // group index in force (-1 before any)
  part: number; // item index of the part in force, or -1
  parent: number; // item index of the parent criterion, or -1
  children: boolean;
  leaf: number; // leaf index, or -1
  strong: boolean; // total rows: "Tổng cộng" / "Tổng điểm" (else "Cộng", "Tổng")
  ownGroup: number; // part rows: the group made from the part when criteria sit right under it, else -1
}

const TOTAL = TOTAL_LABEL;
const STRONG_TOTAL = /^(tong cong|tong diem|tong so diem)/;
const RANK = /^(xep hang|xep thu|thu hang|xep loai|hang)(?=$|[\s:(.,])/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

type SttClass = { kind: 'none' } | { kind: 'part'; letter: string } | { kind: 'group'; numeral: string } | { kind: 'crit'; style: Style };

export function classifyStt(stt: string, lastPart: string | null): SttClass {
  const s = stt.trim();
  if (!s) return { kind: 'none' };
  if (/^[-+*•–·]$/.test(s)) return { kind: 'crit', style: `b${s}` };
  const c = s.replace(/[\s.):\-–]+$/, '');
  if (/^[A-Z]$/.test(c) && ((c === 'A' && lastPart == null) || (lastPart != null && c.charCodeAt(0) === lastPart.charCodeAt(0) + 1))) {
    return { kind: 'part', letter: c };
  }
  if (/^[IVXLC]+$/.test(c) && romanValue(c) != null) return { kind: 'group', numeral: c };
  if (/^\d+(\.\d+)*$/.test(c)) return { kind: 'crit', style: `n${c.split('.').length}` };
  if (/^[a-zđ]$/.test(c)) return { kind: 'crit', style: 'alpha' };
  return { kind: 'none' };
}

function groupKind(title: string): GroupKind {
  const f = fold(title);
  if (/diem tru|tru diem|khau tru/.test(f)) return 'deduction';
  if (/diem thuong|diem cong|cong diem|thuong diem/.test(f)) return 'bonus';
  return 'ordinary';
}

/** "10", "10 điểm", "10đ", "-5" -> number; blank -> null; anything else -> undefined. */
function parseMax(v: CellValue): number | null | undefined {
  if (isBlank(v)) return null;
  const n = parseNumber(v);
  if (n != null) return n;
  if (typeof v !== 'string') return undefined;
  const m = /^([+-]?\d+(?:[.,]\d+)?)\s*(diem|d)?\.?$/.exec(fold(v));
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

export function readScores(
  sheet: SheetGrid,
  units: readonly Unit[],
  unitCells: readonly string[],
  unitSheet: string,
  names: UnitNames,
  rules: Rules,
  sink: IssueSink,
  scoresRequired = true,
): ScoresRead | null {
  const header = readScoreHeader(sheet, names, sink);
  if (!header) return null;
  units.forEach((u, i) => {
    const c = header.unitColumns[i];
    if (c.self == null && c.bloc == null) {
      sink.error(unitSheet, unitCells[i], {
        vi: `Đơn vị "${u.name}" không có cột điểm trong trang ${sheet.name} (dòng tiêu đề ${header.unitRow + 1}): thêm cột mang tên hoặc tên viết tắt của đơn vị.`,
        en: `Unit "${u.name}" has no score column on sheet ${sheet.name} (header row ${header.unitRow + 1}): add a column headed by its name or short name.`,
      });
    }
  });

  const structure = readStructure(sheet, header, sink);
  if (!structure) return null;
  const { items, groups, leaves, lastRow } = structure;
  const criteria: Criterion[] = leaves.map((i) => ({
    key: items[i].key,
    title: items[i].title,
    max: items[i].max,
    group: items[i].group,
    ref: `${sheet.name}!${cellAddress(items[i].row, header.stt)}`,
  }));
  checkMaxima(sheet, header, items, groups, leaves, sink);

  const scores = readLeafScores(sheet, header, units, rules, items, groups, leaves, sink, scoresRequired);
  checkSubtotals(sheet, header, units, rules, items, groups, leaves, scores, sink);

  const layout: BlocLayout = {
    scoreSheet: sheet.name,
    headerRow: header.row,
    columns: { stt: header.stt, content: header.content, max: header.max },
    unitColumns: header.unitColumns.map((c) => ({ ...c })),
    criterionRows: leaves.map((i) => items[i].row),
    firstRow: header.unitRow,
    lastRow,
  };
  return {
    table: { groups, criteria, self: scores.self, bloc: scores.bloc, cells: scores.cells },
    layout,
    finder: new CriterionFinder(items, groups, leaves),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 1: structure

function readStructure(
  sheet: SheetGrid,
  header: ScoreHeader,
  sink: IssueSink,
): { items: Item[]; groups: Group[]; leaves: number[]; lastRow: number } | null {
  const items: Item[] = [];
  const groups: Group[] = [];
  const scoreCols = header.unitColumns.flatMap((c) => [c.self, c.bloc]).filter((c): c is number => c != null);
  const ref = (r: number) => `${sheet.name}!${cellAddress(r, header.stt)}`;
  let group = -1;
  let part = -1;
  let lastPart: string | null = null;
  let stack: { style: Style; item: number }[] = [];
  let lastRow = header.unitRow;

  const hasNumbers = (row: CellValue[]) =>
    parseNumber(row[header.max] ?? null) != null || scoreCols.some((c) => parseNumber(row[c] ?? null) != null);
  const maxOf = (row: CellValue[], r: number, deduction: boolean): number | null => {
    const v = row[header.max] ?? null;
    const m = parseMax(v);
    if (m === undefined) {
      sink.error(sheet.name, cellAddress(r, header.max), {
        vi: `Điểm chuẩn "${quote(v)}" không phải là số.`,
        en: `Maximum "${quote(v)}" is not a number.`,
      });
      return null;
    }
    if (m != null && m < 0 && !deduction) {
      sink.error(
        sheet.name,
        cellAddress(r, header.max),
        say((n, l) =>
          l === 'vi'
            ? `Điểm chuẩn ${n(m)} âm: chỉ nhóm điểm trừ mới được ghi số âm.`
            : `Maximum ${n(m)} is negative: only the deduction group may be negative.`,
        ),
      );
      return null;
    }
    return m == null ? null : Math.abs(m);
  };
  const newGroup = (numeral: string, title: string, kind: GroupKind, max: number | null, r: number) => {
    groups.push({ numeral, title, kind, max, ref: ref(r) });
    return groups.length - 1;
  };

  for (let r = header.dataStart; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (!row) continue;
    const sttText = cellText(row[header.stt] ?? null);
    const content = cellText(row[header.content] ?? null);
    if (COLUMN_NUMBER.test(content) && (sttText === '' || COLUMN_NUMBER.test(sttText) || /^[A-Z]$/.test(sttText))) {
      continue; // a row numbering the columns: (1) (2) (3) ...
    }
    const cls = classifyStt(sttText, lastPart);
    const base = { row: r, key: sttText, title: content, parent: -1, children: false, leaf: -1, strong: false, ownGroup: -1 };

    if (cls.kind === 'none') {
      if (sttText === '' && content === '' && !hasNumbers(row)) continue;
      const label = fold(sttText && (!content || TOTAL.test(fold(sttText))) ? sttText : content);
      if ((sttText === '' || label === fold(sttText)) && TOTAL.test(label)) {
        const strong = STRONG_TOTAL.test(label);
        items.push({ ...base, kind: 'total', max: null, group, part, strong, title: sttText || content });
        lastRow = r;
        if (strong && !moreGroupsBelow(sheet, header, r, lastPart)) break;
        continue;
      }
      if ((sttText === '' || label === fold(sttText)) && RANK.test(label)) break;
      if (hasNumbers(row)) {
        sink.warn(sheet.name, cellAddress(r, header.stt), {
          vi: `Dòng ${r + 1} có điểm nhưng STT "${quote(sttText)}" không phải số thứ tự của nhóm (I, II), tiêu chí (1, 2.1, a) hoặc dòng tổng: dòng này không được tính.`,
          en: `Row ${r + 1} has scores but its STT "${quote(sttText)}" is not a group (I, II), criterion (1, 2.1, a) or total row: the row is not counted.`,
        });
      }
      continue;
    }

    lastRow = r;
    if (cls.kind === 'part') {
      const kind = groupKind(content);
      items.push({ ...base, kind: 'part', max: maxOf(row, r, kind === 'deduction'), group: -1, part: -1 });
      part = items.length - 1;
      group = -1;
      lastPart = cls.letter;
      stack = [];
      continue;
    }
    if (cls.kind === 'group') {
      let kind = groupKind(content);
      if (kind === 'ordinary' && part >= 0) kind = groupKind(items[part].title);
      const max = maxOf(row, r, kind === 'deduction');
      group = newGroup(cls.numeral, content, kind, max, r);
      items.push({ ...base, kind: 'group', max, group, part });
      stack = [];
      continue;
    }

    // A criterion. Criteria right under a part make the part a group; criteria before any group form one.
    if (group < 0) {
      if (part >= 0) {
        const p = items[part];
        group = newGroup(p.key.replace(/[\s.):\-–]+$/, ''), p.title, groupKind(p.title), p.max, p.row);
        p.ownGroup = group;
      } else {
        group = newGroup('', '', 'ordinary', null, header.row);
      }
    }
    const deduction = groups[group].kind === 'deduction';
    let parent = -1;
    const at = stack.findIndex((s) => s.style === cls.style);
    if (at >= 0) {
      stack.length = at;
    }
    if (stack.length > 0) parent = stack[stack.length - 1].item;
    items.push({ ...base, kind: 'crit', max: maxOf(row, r, deduction), group, part, parent });
    const index = items.length - 1;
    if (parent >= 0) items[parent].children = true;
    stack.push({ style: cls.style, item: index });
  }

  const leaves: number[] = [];
  items.forEach((it, i) => {
    if (it.kind === 'crit' && !it.children) {
      it.leaf = leaves.length;
      leaves.push(i);
    }
  });
  if (leaves.length === 0) {
    sink.error(sheet.name, cellAddress(header.row, header.stt), {
      vi: `Bảng chấm điểm trong trang ${sheet.name} không có tiêu chí nào dưới dòng tiêu đề (STT 1, 2, 2.1, a)...).`,
      en: `The score table on sheet ${sheet.name} has no criteria under its header row (STT 1, 2, 2.1, a)...).`,
    });
    return null;
  }
  return { items, groups, leaves, lastRow };
}

/** After a "Tổng cộng" row: does another part or group follow (a part total), or is the table over? */
function moreGroupsBelow(sheet: SheetGrid, header: ScoreHeader, from: number, lastPart: string | null): boolean {
  for (let r = from + 1; r < sheet.values.length && r <= from + 5; r++) {
    const stt = cellText(sheet.values[r]?.[header.stt] ?? null);
    if (!stt) continue;
    const cls = classifyStt(stt, lastPart);
    return cls.kind === 'part' || cls.kind === 'group';
  }
  return false;
}

/** The maxima should add up: a group's or sub-heading's `Điểm chuẩn` against its criteria's, and the total's. */
function checkMaxima(sheet: SheetGrid, header: ScoreHeader, items: Item[], groups: Group[], leaves: number[], sink: IssueSink): void {
  const leafMax = (filter: (it: Item) => boolean): number | null => {
    let sum = 0;
    for (const i of leaves) {
      const it = items[i];
      if (!filter(it)) continue;
      if (it.max == null) return null;
      sum += it.max;
    }
    return sum;
  };
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  for (const i of leaves) {
    const it = items[i];
    if (it.max == null && groups[it.group].kind === 'ordinary') {
      sink.warn(sheet.name, cellAddress(it.row, header.max), {
        vi: `Tiêu chí ${it.key} chưa có điểm chuẩn: không kiểm tra được điểm vượt mức.`,
        en: `Criterion ${it.key} has no maximum: scores above it cannot be checked.`,
      });
    }
  }
  const warn = (it: Item, what: { vi: string; en: string }, sum: number) =>
    sink.warn(
      sheet.name,
      cellAddress(it.row, header.max),
      say((n, l) =>
        l === 'vi'
          ? `Điểm chuẩn của ${what.vi} là ${n(it.max!)} nhưng điểm chuẩn các tiêu chí cộng lại là ${n(sum)}.`
          : `The maximum of ${what.en} is ${n(it.max!)} but its criteria's maxima add up to ${n(sum)}.`,
      ),
      'printedFigure',
    );
  items.forEach((it, idx) => {
    if (it.max == null) return;
    if (it.kind === 'group' && groups[it.group].kind === 'ordinary') {
      const sum = leafMax((x) => x.group === it.group);
      if (sum != null && !close(sum, it.max)) warn(it, { vi: `nhóm ${it.key}`, en: `group ${it.key}` }, sum);
    } else if (it.kind === 'crit' && it.children && groups[it.group].kind === 'ordinary') {
      const sum = leafMax((x) => descends(items, x, idx));
      if (sum != null && !close(sum, it.max)) warn(it, { vi: `mục ${it.key}`, en: `item ${it.key}` }, sum);
    }
  });
  // A "Tổng cộng" row's `Điểm chuẩn`: the ordinary groups' maxima, with or without the bonus cap.
  let ordinary = 0;
  let bonus = 0;
  let known = true;
  groups.forEach((g, gi) => {
    const m = g.kind === 'ordinary' ? (g.max ?? leafMax((x) => x.group === gi)) : g.max;
    if (g.kind === 'ordinary') {
      if (m == null) known = false;
      else ordinary += m;
    } else if (g.kind === 'bonus' && m != null) bonus += m;
  });
  const last = items[items.length - 1];
  if (known && last.kind === 'total') {
    const v = parseNumber(sheet.values[last.row]?.[header.max] ?? null);
    if (v != null && !close(v, ordinary) && !close(v, ordinary + bonus)) {
      sink.warn(
        sheet.name,
        cellAddress(last.row, header.max),
        say((n, l) =>
          l === 'vi'
            ? `Điểm chuẩn ở dòng tổng là ${n(v)} nhưng các nhóm cộng lại là ${n(ordinary)}${bonus ? ` (${n(ordinary + bonus)} kể cả điểm thưởng)` : ''}.`
            : `The total row's maximum is ${n(v)} but the groups add up to ${n(ordinary)}${bonus ? ` (${n(ordinary + bonus)} with the bonus)` : ''}.`,
        ),
        'printedFigure',
      );
    }
  }
}

function descends(items: Item[], it: Item, ancestor: number): boolean {
  for (let p = it.parent; p >= 0; p = items[p].parent) if (p === ancestor) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 2: leaf scores

interface Scores {
  self: (number | null)[][];
  bloc: (number | null)[][];
  cells: { self: (string | null)[][]; bloc: (string | null)[][] };
  /** Per [unit][criterion] the number written (0 when blank, NaN when not a number), even when out of range:
   * what the sheet's own formulas add up, for checking its subtotals. */
  raw: { self: Float64Array[]; bloc: Float64Array[] };
}

const MAX_BLANK_LIST = 5;

function readLeafScores(
  sheet: SheetGrid,
  header: ScoreHeader,
  units: readonly Unit[],
  rules: Rules,
  items: Item[],
  groups: Group[],
  leaves: number[],
  sink: IssueSink,
  scoresRequired: boolean,
): Scores {
  const nU = units.length;
  const nK = leaves.length;
  const colName: string[] = [];
  const nameOf = (c: number) => (colName[c] ??= columnName(c));
  const self: (number | null)[][] = [];
  const bloc: (number | null)[][] = [];
  const cells: Scores['cells'] = { self: [], bloc: [] };
  const blanks: string[][] = [];
  const raw: Scores['raw'] = { self: [], bloc: [] };
  const twoColumns = header.unitColumns.map((c) => c.bloc != null && c.self != null);
  const entered = units.map(() => false); // a unit has at least one score cell filled that the ranking uses
  // A unit's row starts as numbers when it has the column (every cell of it is written below) and gets null only
  // where no score is given: a row of numbers alone stays an unboxed array of doubles in the JavaScript engine,
  // which keeps totals fast on province-scale blocs.
  for (let u = 0; u < nU; u++) {
    const cols = header.unitColumns[u];
    self.push(new Array<number | null>(nK).fill(cols.self == null ? null : 0));
    bloc.push(new Array<number | null>(nK).fill(cols.bloc == null ? null : 0));
    cells.self.push(new Array<string | null>(nK).fill(null));
    cells.bloc.push(new Array<string | null>(nK).fill(null));
    blanks.push([]);
    raw.self.push(new Float64Array(nK));
    raw.bloc.push(new Float64Array(nK));
  }
  const roleText = (u: number, role: 'self' | 'bloc') =>
    header.unitColumns[u].bloc == null
      ? { vi: units[u].name, en: units[u].name }
      : role === 'self'
        ? { vi: `${units[u].name}, tự chấm`, en: `${units[u].name}, self-score` }
        : { vi: `${units[u].name}, khối chấm`, en: `${units[u].name}, bloc score` };

  for (let k = 0; k < nK; k++) {
    const it = items[leaves[k]];
    const row = sheet.values[it.row] ?? [];
    const rowNo = String(it.row + 1);
    const deduction = groups[it.group].kind === 'deduction';
    const max = it.max;
    // Returns the score, null for blank, undefined for an invalid cell (already reported).
    const read = (u: number, col: number, role: 'self' | 'bloc'): number | null | undefined => {
      const v = row[col] ?? null;
      if (v == null) return null;
      if (isCellProblem(v)) {
        // A formula saved without its result, or a number that is not one: never read as blank or as part of it.
        raw[role][u][k] = NaN;
        const who = roleText(u, role);
        sink.error(
          sheet.name,
          nameOf(col) + rowNo,
          problemMessage(v, { vi: `tiêu chí ${it.key}, ${who.vi}`, en: `criterion ${it.key}, ${who.en}` }),
        );
        return undefined;
      }
      let n: number | null;
      if (typeof v === 'number') n = Number.isFinite(v) ? v : null;
      else if (typeof v === 'string') {
        if (v.trim() === '') return null;
        n = parseNumber(v);
      } else n = null;
      raw[role][u][k] = n == null ? NaN : deduction ? Math.abs(n) : n;
      const cell = nameOf(col) + rowNo;
      if (n == null) {
        const who = roleText(u, role);
        sink.error(sheet.name, cell, {
          vi: `"${quote(v)}" không phải là số (tiêu chí ${it.key}, ${who.vi}).`,
          en: `"${quote(v)}" is not a number (criterion ${it.key}, ${who.en}).`,
        });
        return undefined;
      }
      if (deduction) n = Math.abs(n);
      else if (n < 0) {
        const who = roleText(u, role);
        const value = n;
        sink.error(
          sheet.name,
          cell,
          say((f, l) =>
            l === 'vi'
              ? `Điểm ${f(value)} âm: chỉ nhóm điểm trừ mới được ghi số âm (tiêu chí ${it.key}, ${who.vi}).`
              : `Score ${f(value)} is negative: only the deduction group may be negative (criterion ${it.key}, ${who.en}).`,
          ),
        );
        return undefined;
      }
      if (max != null && n > max + 1e-9) {
        const who = roleText(u, role);
        const value = n;
        sink.error(
          sheet.name,
          cell,
          say((f, l) =>
            l === 'vi'
              ? `Điểm ${f(value)} vượt điểm chuẩn ${f(max)} của tiêu chí ${it.key} (${who.vi}).`
              : `Score ${f(value)} is above the maximum ${f(max)} of criterion ${it.key} (${who.en}).`,
          ),
        );
        return undefined;
      }
      return n;
    };
    for (let u = 0; u < nU; u++) {
      const cols = header.unitColumns[u];
      let s: number | null | undefined = null;
      let b: number | null | undefined = null;
      if (cols.self != null) {
        s = read(u, cols.self, 'self');
        self[u][k] = s ?? null;
        cells.self[u][k] = nameOf(cols.self) + rowNo;
        if (s !== null) entered[u] = true; // a number, or a cell already reported as wrong
      }
      if (cols.bloc != null) {
        b = read(u, cols.bloc, 'bloc');
        bloc[u][k] = b ?? null;
        cells.bloc[u][k] = nameOf(cols.bloc) + rowNo;
        if (b !== null && rules.scoreSource !== 'self') entered[u] = true;
      }
      if (cols.self == null && cols.bloc == null) continue;
      // Blank where the ranking needs a score (undefined: invalid, already an error).
      if (rules.scoreSource === 'bloc' && s === null && b === null) {
        blanks[u].push(cols.bloc != null ? cells.bloc[u][k]! : cells.self[u][k]!);
      } else if (rules.scoreSource === 'self' && s === null && cols.self != null) {
        blanks[u].push(cells.self[u][k]!);
      }
    }
  }

  // Nothing entered at all, or nothing for one unit: refused, never scored as zeros (a blank workbook would rank
  // every unit equal on 0 and propose a flag).
  if (scoresRequired && rules.scoreSource !== 'cross') {
    const withColumn = header.unitColumns.map((c) => (rules.scoreSource === 'self' ? c.self != null : c.self != null || c.bloc != null));
    const empty = units.map((_, u) => withColumn[u] && !entered[u]);
    if (empty.some(Boolean) && empty.every((e, u) => e || !withColumn[u])) {
      sink.error(sheet.name, null, {
        vi: 'Chưa có điểm nào được nhập: mọi ô điểm của các đơn vị đều trống. Nhập điểm tự chấm (và khối chấm) rồi chấm điểm lại.',
        en: 'No score has been entered: every unit’s score cells are blank. Enter the self-scores (and bloc scores), then score again.',
      });
      return { self, bloc, cells, raw };
    }
    empty.forEach((e, u) => {
      if (!e) return;
      const cols = header.unitColumns[u];
      const col = (rules.scoreSource === 'self' ? cols.self : (cols.self ?? cols.bloc))!;
      sink.error(sheet.name, cellAddress(header.unitRow, col), {
        vi: `${units[u].name} chưa có điểm nào (cột ${columnName(col)}${cols.bloc != null && rules.scoreSource !== 'self' ? ` và ${columnName(cols.bloc)}` : ''}): nhập điểm của đơn vị rồi chấm điểm lại.`,
        en: `${units[u].name} has no score at all (column ${columnName(col)}${cols.bloc != null && rules.scoreSource !== 'self' ? ` and ${columnName(cols.bloc)}` : ''}): enter its scores, then score again.`,
      });
      blanks[u] = [];
    });
  }

  for (let u = 0; u < nU; u++) {
    const list = blanks[u];
    if (list.length === 0) continue;
    const which = rules.scoreSource === 'self' || !twoColumns[u] ? '' : ' (cả tự chấm và khối chấm)';
    const whichEn = rules.scoreSource === 'self' || !twoColumns[u] ? '' : ' (neither self nor bloc score)';
    if (list.length <= MAX_BLANK_LIST) {
      for (const cell of list) {
        sink.warn(sheet.name, cell, {
          vi: `Ô trống: ${units[u].name} chưa có điểm${which}, tính là 0.`,
          en: `Blank cell: ${units[u].name} has no score${whichEn}, counted as 0.`,
        });
      }
    } else {
      const shown = list.slice(0, MAX_BLANK_LIST).join(', ');
      sink.warn(sheet.name, list[0], {
        vi: `${units[u].name} có ${list.length} ô trống chưa có điểm${which} (${shown}...), tính là 0.`,
        en: `${units[u].name} has ${list.length} blank cells with no score${whichEn} (${shown}...), counted as 0.`,
      });
    }
  }
  return { self, bloc, cells, raw };
}

// ---------------------------------------------------------------------------------------------------------------
// Subtotals written in the sheet

function checkSubtotals(
  sheet: SheetGrid,
  header: ScoreHeader,
  units: readonly Unit[],
  rules: Rules,
  items: Item[],
  groups: Group[],
  leaves: number[],
  scores: Scores,
  sink: IssueSink,
): void {
  const tolerance = 0.5 * 10 ** -rules.decimals + 1e-9;
  const bearing = items.map((it, i) => ({ it, i })).filter(({ it }) => it.kind !== 'crit' || it.children);
  if (bearing.length === 0) return;
  const lastStructure = items.reduce((acc, it, i) => (it.kind !== 'total' ? i : acc), -1);
  const leafGroup = leaves.map((i) => items[i].group);
  const descendantsCache = new Map<number, number[]>();
  const descendants = (idx: number): number[] => {
    let list = descendantsCache.get(idx);
    if (!list) {
      list = [];
      for (let k = 0; k < leaves.length; k++) if (descends(items, items[leaves[k]], idx)) list.push(k);
      descendantsCache.set(idx, list);
    }
    return list;
  };
  const partGroups = new Map<number, number[]>(); // part item -> its groups
  for (const it of items) {
    if (it.kind === 'group' && it.part >= 0) partGroups.set(it.part, [...(partGroups.get(it.part) ?? []), it.group]);
  }
  const capped = (g: number, sum: number) => (groups[g].max == null ? sum : Math.min(sum, groups[g].max!));

  header.unitColumns.forEach((cols: UnitColumns, u: number) => {
    for (const role of ['self', 'bloc'] as const) {
      const col = cols[role];
      if (col == null) continue;
      const values = scores.raw[role][u];
      let groupSums: number[] | null = null;
      const sums = (): number[] => {
        if (!groupSums) {
          groupSums = new Array<number>(groups.length).fill(0);
          for (let k = 0; k < values.length; k++) groupSums[leafGroup[k]] += values[k];
        }
        return groupSums;
      };
      // Totals over groups [0, upTo]: ordinary + bonus - deduction, each of bonus/deduction raw or capped.
      const totals = (upTo: number): number[] => {
        const s = sums();
        let ord = 0;
        let bRaw = 0;
        let bCap = 0;
        let dRaw = 0;
        let dCap = 0;
        for (let g = 0; g <= upTo && g < groups.length; g++) {
          if (groups[g].kind === 'ordinary') ord += s[g];
          else if (groups[g].kind === 'bonus') {
            bRaw += s[g];
            bCap += capped(g, s[g]);
          } else {
            dRaw += s[g];
            dCap += capped(g, s[g]);
          }
        }
        return [ord + bCap - dCap, ord + bRaw - dRaw, ord + bCap - dRaw, ord + bRaw - dCap];
      };
      for (const { it, i } of bearing) {
        const n = parseNumber(sheet.values[it.row]?.[col] ?? null);
        if (n == null) continue;
        let expected: number[];
        let what: { vi: string; en: string };
        let magnitude = false;
        if (it.kind === 'group' || (it.kind === 'part' && it.ownGroup >= 0)) {
          const g = it.kind === 'group' ? it.group : it.ownGroup;
          const s = sums()[g];
          expected = [capped(g, s), s];
          magnitude = groups[g].kind === 'deduction';
          what = { vi: `Tổng nhóm ${groups[g].numeral}`, en: `Group ${groups[g].numeral} subtotal` };
        } else if (it.kind === 'part') {
          const s = sums();
          let raw = 0;
          let cap = 0;
          for (const g of partGroups.get(i) ?? []) {
            raw += s[g];
            cap += capped(g, s[g]);
          }
          expected = [cap, raw];
          magnitude = true;
          what = { vi: `Tổng phần ${it.key}`, en: `Part ${it.key} subtotal` };
        } else if (it.kind === 'crit') {
          let s = 0;
          for (const k of descendants(i)) s += values[k];
          expected = [s];
          magnitude = groups[it.group].kind === 'deduction';
          what = { vi: `Tổng mục ${it.key}`, en: `Item ${it.key} subtotal` };
        } else if (i > lastStructure) {
          expected = totals(groups.length - 1);
          what = { vi: 'Tổng cộng', en: 'The total' };
        } else {
          // A "Cộng" row inside the table: the group it closes, or the running total so far.
          const g = it.group;
          const s = g >= 0 ? sums()[g] : 0;
          expected = [...(g >= 0 ? [capped(g, s), s] : []), ...totals(g)];
          magnitude = g >= 0 && groups[g].kind === 'deduction';
          what = { vi: `Dòng "${it.title}"`, en: `Row "${it.title}"` };
        }
        const seen = magnitude ? Math.abs(n) : n;
        if (expected.some((e) => Number.isNaN(e))) continue; // a criterion cell is not a number: already an error
        if (expected.some((e) => Math.abs(e - seen) <= tolerance)) continue;
        const want = expected[0];
        const who =
          header.unitColumns[u].bloc == null
            ? { vi: units[u].name, en: units[u].name }
            : role === 'self'
              ? { vi: `${units[u].name} (tự chấm)`, en: `${units[u].name} (self-score)` }
              : { vi: `${units[u].name} (khối chấm)`, en: `${units[u].name} (bloc score)` };
        sink.warn(
          sheet.name,
          cellAddress(it.row, col),
          say((f, l) =>
            l === 'vi'
              ? `${what.vi} của ${who.vi} ghi ${f(n)} nhưng cộng các tiêu chí được ${f(Number(want.toFixed(6)))}: ô này không được cộng, chương trình dùng tổng tự tính. Hãy kiểm tra công thức.`
              : `${what.en} of ${who.en} reads ${f(n)} but its criteria add up to ${f(Number(want.toFixed(6)))}: the cell is not added; the computed sum is used. Check the formula.`,
          ),
          'printedFigure',
        );
      }
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Criteria by STT, for `Chấm chéo`

const normKey = (s: string) => fold(s).replace(/[\s)]/g, '').replace(/\.+$/, '');

/**
 * Finds a leaf criterion by STT as written in another sheet: "1.2", "a)", or qualified where the STT alone is
 * ambiguous: "2.1.a", "II.1".
 */
export class CriterionFinder {
  private ids = new Map<string, Set<number>>();

  constructor(items: Item[], groups: Group[], leaves: number[]) {
    leaves.forEach((i, k) => {
      const path: string[] = [];
      for (let p: number = i; p >= 0; p = items[p].parent) path.unshift(normKey(items[p].key));
      const numeral = normKey(groups[items[i].group].numeral);
      for (let s = 0; s < path.length; s++) {
        const tail = path.slice(s).join('.');
        this.add(tail, k);
        if (numeral) this.add(`${numeral}.${tail}`, k);
      }
    });
  }

  private add(id: string, leaf: number) {
    let set = this.ids.get(id);
    if (!set) this.ids.set(id, (set = new Set()));
    set.add(leaf);
  }

  /** The leaf index; -1 unknown; -2 ambiguous. */
  find(stt: CellValue): number {
    const set = this.ids.get(normKey(cellText(stt)));
    if (!set) return -1;
    return set.size === 1 ? set.values().next().value! : -2;
  }
}
