import type { Issue } from '../../src/domain/model';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';
import { readBloc } from '../../src/workbook/read';
import {
  BLOC,
  infoSheet,
  LEAF_COUNT,
  rulesSheet,
  scoreSheet,
  SELF,
  sheet,
  standardBloc,
  unitsSheet,
  UNITS,
  type ScoreSheetOptions,
} from '../fixtures/bloc-grids';
import { cpuMsSince } from '../cpu';

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: Issue[]) => issues.filter((i) => i.severity === 'warning');
const at = (issues: Issue[], cell: string) => issues.filter((i) => i.cell === cell);

/** Deductions are stored as positive magnitudes; the fixture writes one negative. */
const magnitudes = (rows: CellValue[][]) => rows.map((r) => r.map((v) => (typeof v === 'number' ? Math.abs(v) : v)));

function read(opts: ScoreSheetOptions = {}, extra: SheetGrid[] = []) {
  const built = standardBloc(opts);
  return { ...readBloc([...built.sheets, ...extra]), built: built.score };
}

describe('Chấm điểm layouts', () => {
  test.each(['two', 'two-unmerged', 'transposed'] as const)('two scores per unit (%s)', (layout) => {
    const { bloc, issues, layout: l, built } = read({ layout });
    expect(issues).toEqual([]);
    expect(bloc).not.toBeNull();
    expect(bloc!.table.self).toEqual(SELF);
    expect(bloc!.table.bloc).toEqual(magnitudes(BLOC));
    expect(l!.unitColumns).toEqual(UNITS.map((_, u) => ({ self: built.col(u, 'self'), bloc: built.col(u, 'bloc') })));
    expect(l!.criterionRows).toEqual(built.leafRows);
    expect(l!.headerRow).toBe(built.headerRow);
    expect(l!.lastRow).toBe(built.totalRow);
    expect(l!.scoreSheet).toBe('Chấm điểm');
  });

  test('one column per unit: scores in self, bloc all null, layout bloc null', () => {
    const { bloc, issues, layout, built } = read({ layout: 'one' });
    expect(issues).toEqual([]);
    expect(bloc!.table.self).toEqual(SELF);
    expect(bloc!.table.bloc.every((row) => row.every((v) => v === null))).toBe(true);
    expect(layout!.unitColumns).toEqual(UNITS.map((_, u) => ({ self: built.col(u, 'self'), bloc: null })));
    expect(layout!.firstRow).toBe(built.headerRow);
  });

  test('groups, kinds, leaf criteria and refs', () => {
    const { bloc, built } = read();
    const t = bloc!.table;
    expect(t.groups.map((g) => [g.numeral, g.kind, g.max])).toEqual([
      ['I', 'ordinary', 60],
      ['II', 'ordinary', 40],
      ['III', 'bonus', 5],
      ['IV', 'deduction', 5],
    ]);
    expect(t.criteria.map((c) => `${t.groups[c.group].numeral}.${c.key}`)).toEqual([
      'I.1',
      'I.2.1',
      'I.2.2',
      'II.1',
      'II.2',
      'III.1',
      'III.2',
      'IV.1',
    ]);
    expect(t.criteria).toHaveLength(LEAF_COUNT);
    expect(t.criteria[1].ref).toBe(`Chấm điểm!A${built.rowOf('2.1') + 1}`);
    expect(t.groups[0].ref).toBe(`Chấm điểm!A${built.rowOf('I') + 1}`);
    expect(t.cells!.self[0][0]).toBe(built.addr(built.leafRows[0], built.col(0, 'self')));
    expect(t.cells!.bloc[2][7]).toBe(built.addr(built.leafRows[7], built.col(2, 'bloc')));
  });

  test('title rows, blank rows and columns, extra columns do not matter', () => {
    for (const opts of [
      { titleRows: 4 },
      { blankRowAfterHeader: true },
      { blankColumnAt: 0 },
      { blankColumnAt: 1 },
      { blankColumnAt: 3 },
      { extraColumn: true },
      { layout: 'one' as const, blankColumnAt: 3, extraColumn: true, titleRows: 3 },
    ]) {
      const { bloc, issues, layout, built } = read(opts);
      expect(issues).toEqual([]);
      expect(bloc!.table.self).toEqual(SELF);
      expect(layout!.criterionRows).toEqual(built.leafRows);
      expect(layout!.unitColumns[2].self).toBe(built.col(2, 'self'));
    }
  });

  test('short names, upper case, NFD and extra spaces in unit headings', () => {
    const headers = ['CA', '  VIỆN KIỂM SÁT   nhân dân tỉnh '.normalize('NFD'), 'Tòa án nhân dân tỉnh (Khối phó)'];
    const { bloc, issues } = read({ headers });
    expect(issues).toEqual([]);
    expect(bloc!.table.self).toEqual(SELF);
  });

  test('sheet and header labels in NFD, upper case and synonyms', () => {
    const built = scoreSheet({ name: 'BẢNG CHẤM ĐIỂM'.normalize('NFD') });
    const h = built.sheet.values[built.headerRow];
    h[0] = 'TT';
    h[1] = 'TIÊU CHÍ'.normalize('NFD');
    h[2] = 'Thang  điểm';
    const sub = built.sheet.values[built.headerRow + 1];
    sub[3] = 'Điểm tự chấm';
    sub[4] = 'Thẩm định';
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.table.bloc[0]).toEqual(BLOC[0]);
    expect(r.layout!.scoreSheet).toBe('BẢNG CHẤM ĐIỂM'.normalize('NFD'));
  });

  test('"9,5" text scores are read with a comma decimal', () => {
    const self = SELF.map((r) => [...r]);
    self[0][0] = '9,5';
    self[1][1] = ' 13.5 ';
    const { bloc, issues } = read({ self, subtotals: false });
    expect(errors(issues)).toEqual([]);
    expect(bloc!.table.self[0][0]).toBe(9.5);
    expect(bloc!.table.self[1][1]).toBe(13.5);
  });

  test('deductions may be written negative or positive and are stored as magnitudes', () => {
    const bloc = BLOC.map((r) => [...r]);
    bloc[0][7] = -1.5;
    bloc[1][7] = '1,5';
    bloc[2][7] = '-2';
    const r = read({ bloc });
    expect(errors(r.issues)).toEqual([]);
    expect(r.bloc!.table.bloc.map((row) => row[7])).toEqual([1.5, 1.5, 2]);
  });
});

describe('subtotals are checked, never added', () => {
  test('a sub-heading row is not a criterion, and its numbers are not added', () => {
    const { bloc, built } = read();
    const subRow = built.rowOf('2');
    expect(bloc!.table.criteria.some((c) => c.ref.endsWith(`A${subRow + 1}`))).toBe(false);
    // The sub-heading carries 39 for unit 0 (15 + 24); counting it would make group I 98, not 59.
    expect(built.sheet.values[subRow][built.col(0, 'self')]).toBe(39);
    const groupI = bloc!.table.criteria.filter((c) => c.group === 0).map((_, k) => bloc!.table.self[0][k]!);
    expect(groupI.reduce((a, b) => a + b, 0)).toBe(59);
  });

  test('a wrong group subtotal is a warning naming its cell', () => {
    const built = scoreSheet();
    const row = built.rowOf('I');
    const col = built.col(1, 'self');
    built.sheet.values[row][col] = 57; // true sum 56
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(errors(r.issues)).toEqual([]);
    expect(r.bloc).not.toBeNull();
    const w = at(r.issues, built.addr(row, col));
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(w[0].sheet).toBe('Chấm điểm');
    expect(w[0].message.vi).toBe(
      'Tổng nhóm I của Viện Kiểm sát nhân dân tỉnh (tự chấm) ghi 57 nhưng cộng các tiêu chí được 56: ô này không được cộng, chương trình dùng tổng tự tính. Hãy kiểm tra công thức.',
    );
    expect(w[0].message.en).toContain(
      'Group I subtotal of Viện Kiểm sát nhân dân tỉnh (self-score) reads 57 but its criteria add up to 56',
    );
  });

  test('wrong sub-heading and total cells are warnings; a rounding difference is not', () => {
    const built = scoreSheet();
    const sub = built.rowOf('2');
    const c0 = built.col(0, 'bloc');
    built.sheet.values[sub][c0] = 40; // true 39
    built.sheet.values[built.totalRow][built.col(2, 'self')] = 101; // true 95 + 1 bonus = 96
    built.sheet.values[built.rowOf('II')][built.col(2, 'bloc')] = 37.004; // true 37, within the rounding tolerance
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(
      warnings(r.issues)
        .map((i) => i.cell)
        .sort(),
    ).toEqual([built.addr(sub, c0), built.addr(built.totalRow, built.col(2, 'self'))].sort());
    expect(at(r.issues, built.addr(sub, c0))[0].message.vi).toContain('Tổng mục 2 của Công an tỉnh (khối chấm) ghi 40');
    expect(at(r.issues, built.addr(built.totalRow, built.col(2, 'self')))[0].message.vi).toContain(
      'Tổng cộng của Tòa án nhân dân tỉnh (tự chấm) ghi 101 nhưng cộng các tiêu chí được 96',
    );
  });

  test('bonus subtotals may be written raw or capped; the total with caps', () => {
    const self = SELF.map((r) => [...r]);
    self[0][5] = 3;
    self[0][6] = 3; // bonus 6, capped at 5
    const built = scoreSheet({ self });
    const row = built.rowOf('III');
    const c = built.col(0, 'self');
    expect(built.sheet.values[row][c]).toBe(5); // the fixture writes it capped
    expect(readBloc([infoSheet(), unitsSheet(), built.sheet]).issues).toEqual([]);
    built.sheet.values[row][c] = 6; // raw is fine too
    expect(readBloc([infoSheet(), unitsSheet(), built.sheet]).issues).toEqual([]);
  });

  test('a "Cộng" row closing a group is checked against that group', () => {
    const built = scoreSheet({ subtotals: false });
    const v = built.sheet.values;
    const iiRow = built.rowOf('II');
    // Insert "Cộng" rows after group I (right) and after group II (wrong for unit 0 self).
    const cong = (value: number): CellValue[] => {
      const row: CellValue[] = [null, 'Cộng'];
      row[built.col(0, 'self')] = value;
      return row;
    };
    v.splice(iiRow, 0, cong(59));
    const after = built.rowOf('III') + 1;
    v.splice(after, 0, cong(41));
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(errors(r.issues)).toEqual([]);
    expect(warnings(r.issues).map((i) => i.cell)).toEqual([built.addr(after, built.col(0, 'self'))]);
    expect(r.bloc!.table.criteria).toHaveLength(LEAF_COUNT);
  });
});

describe('bad scores', () => {
  function withScore(u: number, k: number, value: CellValue, role: 'self' | 'bloc' = 'self', rules?: SheetGrid) {
    const self = SELF.map((r) => [...r]);
    const bloc = BLOC.map((r) => [...r]);
    (role === 'self' ? self : bloc)[u][k] = value;
    // Subtotals written as the sheet's formulas would (text counts 0): a bad cell gives no subtotal warning too.
    const built = scoreSheet({ self, bloc });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet, ...(rules ? [rules] : [])]);
    return { ...r, cell: built.addr(built.leafRows[k], built.col(u, role)) };
  }

  test('above the maximum: an error naming the cell and the criterion', () => {
    const r = withScore(0, 0, 25);
    expect(r.bloc).toBeNull();
    const e = errors(r.issues);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ sheet: 'Chấm điểm', cell: r.cell });
    expect(e[0].message.vi).toBe('Điểm 25 vượt điểm chuẩn 20 của tiêu chí 1 (Công an tỉnh, tự chấm).');
    expect(e[0].message.en).toBe('Score 25 is above the maximum 20 of criterion 1 (Công an tỉnh, self-score).');
  });

  test('above the maximum with a decimal comma in Vietnamese', () => {
    const r = withScore(1, 1, '15,5', 'bloc');
    expect(errors(r.issues)[0].message.vi).toBe('Điểm 15,5 vượt điểm chuẩn 15 của tiêu chí 2.1 (Viện Kiểm sát nhân dân tỉnh, khối chấm).');
    expect(errors(r.issues)[0].cell).toBe(r.cell);
  });

  test('negative outside the deduction group', () => {
    const r = withScore(2, 3, -1);
    expect(errors(r.issues).map((i) => i.cell)).toEqual([r.cell]);
    expect(errors(r.issues)[0].message.vi).toContain('Điểm -1 âm');
  });

  test('deduction above its maximum even when written negative', () => {
    const r = withScore(2, 7, -6, 'bloc');
    expect(errors(r.issues).map((i) => i.cell)).toEqual([r.cell]);
    expect(errors(r.issues)[0].message.vi).toContain('Điểm 6 vượt điểm chuẩn 5 của tiêu chí 1');
  });

  test.each([['abc'], ['9.5đ'], [true], ['#VALUE!']])('not a number: %p', (value) => {
    const r = withScore(1, 4, value as CellValue);
    expect(r.bloc).toBeNull();
    expect(errors(r.issues).map((i) => i.cell)).toEqual([r.cell]);
    expect(errors(r.issues)[0].message.vi).toMatch(/không phải là số \(tiêu chí 2, Viện Kiểm sát nhân dân tỉnh, tự chấm\)/);
  });

  test('blank where a score is needed: a warning, stored as null (counted as 0)', () => {
    const self = SELF.map((r) => [...r]);
    const bloc = BLOC.map((r) => [...r]);
    self[0][2] = null;
    bloc[0][2] = null; // both blank: warning on the bloc cell
    bloc[1][3] = null; // bloc blank, self given: the self score is used, no warning
    const built = scoreSheet({ self, bloc, subtotals: false });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(r.bloc).not.toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', cell: built.addr(built.leafRows[2], built.col(0, 'bloc')) });
    expect(r.issues[0].message.vi).toBe('Ô trống: Công an tỉnh chưa có điểm (cả tự chấm và khối chấm), tính là 0.');
    expect(r.bloc!.table.self[0][2]).toBeNull();
    expect(r.bloc!.table.bloc[0][2]).toBeNull();
    expect(r.bloc!.table.bloc[1][3]).toBeNull();
    expect(r.bloc!.table.self[1][3]).toBe(10);
  });

  test('with `Điểm xếp hạng` = Tự chấm a blank self score is the warning', () => {
    const r = withScore(1, 3, null, 'self', rulesSheet([['Điểm xếp hạng', 'Tự chấm']]));
    expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([['warning', r.cell]]);
  });

  test('with `Điểm xếp hạng` = Chấm chéo blanks on the score sheet are not reported', () => {
    const r = withScore(1, 3, null, 'self', rulesSheet([['Điểm xếp hạng', 'Chấm chéo']]));
    // Only that the workbook has no Chấm chéo sheet to rank by.
    expect(r.issues.map((i) => [i.sheet, i.severity])).toEqual([['Quy tắc', 'error']]);
  });

  test('a unit with many blanks gets one warning listing the first cells', () => {
    const built = scoreSheet({ layout: 'one', self: [SELF[0], SELF[1], [5, ...new Array(LEAF_COUNT - 1).fill(null)]], subtotals: false });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].cell).toBe(built.addr(built.leafRows[1], built.col(2, 'self')));
    expect(r.issues[0].message.vi).toMatch(/^Tòa án nhân dân tỉnh có 7 ô trống chưa có điểm \(F6, F7, F9, F10, F12\.\.\.\), tính là 0\.$/);
  });

  test('a unit with no score at all is an error naming its column; no score anywhere is one error naming the sheet', () => {
    const built = scoreSheet({ layout: 'one', self: [SELF[0], SELF[1], new Array(LEAF_COUNT).fill(null)], subtotals: false });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(r.bloc).toBeNull();
    expect(r.issues.map((i) => [i.severity, i.cell, i.message.vi])).toEqual([
      [
        'error',
        built.addr(built.headerRow, built.col(2, 'self')),
        'Tòa án nhân dân tỉnh chưa có điểm nào (cột F): nhập điểm của đơn vị rồi chấm điểm lại.',
      ],
    ]);
    const none = scoreSheet({
      layout: 'two',
      self: SELF.map(() => new Array(LEAF_COUNT).fill(null)),
      bloc: BLOC.map(() => new Array(LEAF_COUNT).fill(null)),
      subtotals: false,
    });
    const n = readBloc([infoSheet(), unitsSheet(), none.sheet]);
    expect(n.issues.map((i) => [i.sheet, i.cell, i.severity])).toEqual([['Chấm điểm', null, 'error']]);
    expect(n.issues[0].message.vi).toMatch(/^Chưa có điểm nào được nhập/);
    // The round trip reads such a master without complaint about scores (the units' returns bring them).
    expect(readBloc([infoSheet(), unitsSheet(), none.sheet], { scoresRequired: false }).bloc).not.toBeNull();
  });
});

describe('unit headings', () => {
  test('a heading that matches no unit is an error naming its cell', () => {
    const built = scoreSheet({ headers: ['Công an tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Tòa án tỉnh'] });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(r.bloc).toBeNull();
    const cell = built.addr(built.headerRow, built.col(2, 'self'));
    const e = at(r.issues, cell);
    expect(e).toHaveLength(1);
    expect(e[0].message.vi).toBe('Tiêu đề cột "Tòa án tỉnh" không khớp với tên hoặc tên viết tắt của đơn vị nào trong trang Đơn vị.');
    // ... and the unit without a column is reported on `Đơn vị` at its name cell.
    const missing = errors(r.issues).find((i) => i.sheet === 'Đơn vị')!;
    expect(missing.cell).toBe('B6');
    expect(missing.message.vi).toContain('"Tòa án nhân dân tỉnh" không có cột điểm trong trang Chấm điểm');
  });

  test('a unit with two columns is an error', () => {
    const built = scoreSheet({ layout: 'one', headers: ['Công an tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'CA'] });
    const r = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    const e = at(r.issues, built.addr(built.headerRow, built.col(2, 'self')));
    expect(e[0].message.vi).toContain('Công an tỉnh có hai cột điểm (D2 và F2)');
  });

  test('no header row: an error', () => {
    const r = readBloc([infoSheet(), unitsSheet(), sheet('Chấm điểm', [['Bảng điểm'], ['a', 'b']])]);
    expect(r.bloc).toBeNull();
    expect(r.layout).toBeNull();
    expect(errors(r.issues)[0]).toMatchObject({ sheet: 'Chấm điểm', cell: null });
    expect(errors(r.issues)[0].message.vi).toContain('cần các cột "STT", "Nội dung" và "Điểm chuẩn"');
  });
});

describe('criteria structures', () => {
  const header: CellValue[] = ['STT', 'Nội dung', 'Điểm tối đa', 'CA', 'VKS', 'TAND'];
  const grid = (rows: CellValue[][]) =>
    readBloc([infoSheet(), unitsSheet(), sheet('Chấm điểm', [['BẢNG ĐIỂM'], header, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'], ...rows])]);

  test('letters and bullets nest; only leaves are scored', () => {
    const r = grid([
      ['I', 'Nhóm một', 20, 20, 20, 20],
      ['1', 'Mục có tiểu mục chữ', 10, 10, 10, 10],
      ['a)', 'Tiểu mục a', 4, 4, 4, 4],
      ['b)', 'Tiểu mục b', 6, 6, 6, 6],
      ['2', 'Mục có gạch đầu dòng', 10, 10, 10, 10],
      ['-', 'Ý một', 5, 5, 5, 5],
      ['-', 'Ý hai', 5, 5, 5, 5],
      ['Tổng cộng', null, 20, 20, 20, 20],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.table.criteria.map((c) => c.key)).toEqual(['a)', 'b)', '-', '-']);
    expect(r.bloc!.table.self[0]).toEqual([4, 6, 5, 5]);
  });

  test('criteria without any group form one unnamed ordinary group', () => {
    const r = grid([
      ['1', 'Tiêu chí 1', 50, 40, 45, 50],
      ['2', 'Tiêu chí 2', 50, 40, 45, 50],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.table.groups).toEqual([{ numeral: '', title: '', kind: 'ordinary', max: null, ref: 'Chấm điểm!A2' }]);
    expect(r.bloc!.table.criteria).toHaveLength(2);
  });

  test('parts A, B, C: groups inside a part, and a part used as the bonus / deduction group', () => {
    const r = grid([
      ['A', 'PHẦN CHẤM ĐIỂM', 100, 90, 90, 90],
      ['I', 'Nhóm I', 50, 45, 45, 45],
      ['1', 'a', 50, 45, 45, 45],
      ['II', 'Nhóm II', 50, 45, 45, 45],
      ['1', 'b', 50, 45, 45, 45],
      ['B', 'ĐIỂM CỘNG', 5, 2, 0, 0],
      ['1', 'c', 5, 2, 0, 0],
      ['C', 'Điểm trừ', 5, 1, 0, 0],
      ['1', 'd', 5, -1, 0, 0],
      ['', 'Tổng điểm', 105, 91, 90, 90],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.table.groups.map((g) => [g.numeral, g.kind])).toEqual([
      ['I', 'ordinary'],
      ['II', 'ordinary'],
      ['B', 'bonus'],
      ['C', 'deduction'],
    ]);
    expect(r.bloc!.table.self[0]).toEqual([45, 45, 2, 1]);
  });

  test('a wrong part subtotal and a group maximum that does not add up are warnings', () => {
    const r = grid([
      ['A', 'PHẦN CHẤM ĐIỂM', 100, 80, 80, 80],
      ['I', 'Nhóm I', 50, 40, 40, 40],
      ['1', 'a', 40, 40, 40, 40],
      ['II', 'Nhóm II', 50, 40, 40, 45],
      ['1', 'b', 50, 40, 40, 45],
    ]);
    expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', 'C5'], // group I's maximum 50, its criteria's 40
      ['warning', 'F4'], // part A: 80 written, 85 added
    ]);
    expect(r.issues[1].message.vi).toContain('Tổng phần A của Tòa án nhân dân tỉnh ghi 80 nhưng cộng các tiêu chí được 85');
  });

  test('a row with scores but no usable STT is a warning; text rows below the table are ignored', () => {
    const r = grid([
      ['I', 'Nhóm', 10, 10, 10, 10],
      ['1', 'Tiêu chí', 10, 10, 10, 10],
      ['', 'Dòng lạ', null, 3, 3, 3],
      ['Tổng cộng', null, 10, 10, 10, 10],
      [],
      ['1', 'Ghi chú: văn bản hướng dẫn', null, null, null, null],
    ]);
    expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([['warning', 'A6']]);
    expect(r.bloc!.table.criteria).toHaveLength(1);
    expect(r.layout!.lastRow).toBe(6);
  });

  test('a leaf maximum that is not a number is an error on the maximum cell', () => {
    const r = grid([
      ['I', 'Nhóm', 10, 10, 10, 10],
      ['1', 'Tiêu chí', 'mười', 10, 10, 10],
    ]);
    expect(errors(r.issues).map((i) => i.cell)).toEqual(['C5']);
  });

  test('"10 điểm" is a maximum of 10', () => {
    const r = grid([
      ['I', 'Nhóm', '10 điểm', 10, 10, 10],
      ['1', 'Tiêu chí', '10đ', 10, 10, 10],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.table.criteria[0].max).toBe(10);
  });
});

describe('speed', () => {
  test('1,000 units x 200 criteria in two columns each: read whole, without a quadratic blow-up', () => {
    const nU = 1000;
    const nK = 200;
    const units = sheet('Đơn vị', [
      ['STT', 'Tên đơn vị', 'Tên viết tắt'],
      ...Array.from({ length: nU }, (_, u) => [u + 1, `Đơn vị số ${u + 1}`, `ĐV${u + 1}`]),
    ]);
    const h1: CellValue[] = ['STT', 'Nội dung', 'Điểm chuẩn'];
    const h2: CellValue[] = [null, null, null];
    const merges = [];
    for (let u = 0; u < nU; u++) {
      h1.push(`ĐV${u + 1}`, null);
      h2.push('Tự chấm', 'Khối chấm');
      merges.push({ top: 0, bottom: 0, left: 3 + 2 * u, right: 4 + 2 * u });
    }
    const rows: CellValue[][] = [h1, h2];
    for (let g = 0; g < 10; g++) {
      rows.push([['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][g], `Nhóm ${g + 1}`, 100]);
      for (let k = 0; k < nK / 10; k++) {
        const row: CellValue[] = [String(k + 1), `Tiêu chí ${k + 1}`, 5];
        for (let u = 0; u < nU; u++) row.push((u + k) % 6, (u * k) % 6 === 5 ? '4,5' : (u + k) % 5);
        rows.push(row);
      }
    }
    const cpu = process.cpuUsage();
    const r = readBloc([infoSheet(), units, sheet('Chấm điểm', rows, merges)]);
    const ms = cpuMsSince(cpu);
    expect(errors(r.issues)).toEqual([]);
    expect(r.bloc!.table.criteria).toHaveLength(nK);
    expect(r.bloc!.table.self).toHaveLength(nU);
    // A guard against a quadratic reader only (about 0.5 s of CPU here): the speed figures are `npm run bench`'s.
    expect(ms).toBeLessThan(10_000);
  });
});
