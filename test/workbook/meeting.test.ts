// The meeting model as the reader sees it (issue 17): `Kỳ`, Khối or Cụm, the next review's host and the `Căn cứ` rows
// in `Thông tin`; a `Phiếu bầu` half filled; the figures a sheet prints that do not add up, marked for the minute.

import { blocKindOfName, parsePeriod } from '../../src/domain/bloc-words';
import type { Issue } from '../../src/domain/model';
import { evaluate } from '../../src/workbook/evaluate';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';
import { readBloc } from '../../src/workbook/read';
import { describeRules, RULE_KEYS, RULES } from '../../src/workbook/rules-table';
import { planNewBloc } from '../../src/workbook/new-bloc';
import { ballotSheet, infoSheet, rulesSheet, scoreSheet, sheet, unitsSheet, UNITS } from '../fixtures/bloc-grids';

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const bloc = (info: [string, CellValue][] = [], extra: SheetGrid[] = []) =>
  readBloc([infoSheet(info), unitsSheet(), scoreSheet().sheet, ...extra]);

describe('Thông tin', () => {
  test('Kỳ: the year is a tổng kết, a half-year or a quarter a sơ kết; an unknown period is an error at its cell', () => {
    expect(parsePeriod('Năm')).toEqual({ kind: 'year', part: null });
    expect(parsePeriod('Tổng kết năm 2024')).toEqual({ kind: 'year', part: null });
    expect(parsePeriod('6 tháng đầu năm')).toEqual({ kind: 'halfYear', part: 1 });
    expect(parsePeriod('Sơ kết 6 tháng cuối năm 2024')).toEqual({ kind: 'halfYear', part: 2 });
    expect(parsePeriod('Quý III')).toEqual({ kind: 'quarter', part: 3 });
    expect(parsePeriod('quý 2 năm')).toEqual({ kind: 'quarter', part: 2 });
    expect(parsePeriod('Mùa xuân')).toBeNull();
    expect(bloc([['Kỳ', '6 tháng đầu năm']]).bloc!.info).toMatchObject({ periodKind: 'halfYear', periodPart: 1 });
    const bad = bloc([['Kỳ', 'Mùa xuân']]);
    expect(errors(bad.issues).map((i) => [i.sheet, i.cell])).toEqual([['Thông tin', 'B4']]);
    expect(errors(bad.issues)[0].message.vi).toContain('ghi "Năm" (hội nghị tổng kết)');
  });

  test('Khối or Cụm: from the name, or as `Loại` says', () => {
    expect(blocKindOfName('Cụm thi đua số 2')).toBe('cum');
    expect(blocKindOfName('CỤM THI ĐUA CÁC HUYỆN'.normalize('NFD'))).toBe('cum');
    expect(blocKindOfName('Khối thi đua số 3')).toBe('khoi');
    expect(blocKindOfName('Khối thi đua nội chính')).toBe('khoi');
    expect(bloc([['Tên khối', 'Cụm thi đua số 5']]).bloc!.info).toMatchObject({ kind: 'cum', kindGiven: false });
    expect(bloc([['Loại', 'Cụm thi đua']]).bloc!.info).toMatchObject({ kind: 'cum', kindGiven: true });
    const unclear = bloc([['Loại', 'Tổ']]);
    expect(unclear.bloc!.info.kind).toBe('khoi');
    expect(unclear.issues.map((i) => [i.severity, i.cell])).toEqual([['warning', 'B9']]);
  });

  test('the next review’s host names a unit; `Căn cứ` rows are kept whole, in order', () => {
    const r = bloc([
      ['Đơn vị đăng cai kỳ sau', 'TAND'],
      ['Căn cứ', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'],
    ]);
    // A second `Căn cứ` row: label/value rows keep the first of a label, but grounds are one a row.
    const info = infoSheet([['Đơn vị đăng cai kỳ sau', 'TAND']]);
    info.values.push(['Căn cứ', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;']);
    info.values.push(['Căn cứ', 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;']);
    const two = readBloc([info, unitsSheet(), scoreSheet().sheet]);
    expect(r.bloc!.info.nextHost).toBe(UNITS[2].name);
    expect(two.issues).toEqual([]);
    expect(two.bloc!.info.legalGrounds).toEqual([
      'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
    ]);
    expect(bloc().bloc!.info.legalGrounds).toBeNull();
  });
});

describe('Phiếu bầu half filled', () => {
  const votes = (rows: [string, CellValue, CellValue?][], figures?: [string, CellValue][]) => bloc([], [ballotSheet(rows, figures)]);

  test('every vote cell blank is a vote not held: no message, the flag pending', () => {
    const r = votes(
      UNITS.map((u) => [u.name, null]),
      [
        ['Số phiếu phát ra', null],
        ['Số phiếu thu về', null],
        ['Số phiếu hợp lệ', null],
      ],
    );
    expect(r.issues).toEqual([]);
    expect(r.bloc!.ballot!.votes).toEqual([null, null, null]);
  });

  test('votes against without votes for; figures of ballots returned with no vote at all', () => {
    const against = votes([
      [UNITS[0].name, 2],
      [UNITS[1].name, null, 1],
    ]);
    expect(errors(against.issues).map((i) => i.cell)).toEqual(['B8']);
    expect(errors(against.issues)[0].message.vi).toContain('có số phiếu không đồng ý nhưng chưa có số phiếu đồng ý');
    const figuresOnly = votes(UNITS.map((u) => [u.name, null]));
    expect(errors(figuresOnly.issues).map((i) => i.cell)).toEqual(['B3', 'B4']);
  });

  test('a sơ kết does not use its votes, and says so', () => {
    const r = bloc([['Kỳ', 'Quý I']], [ballotSheet([[UNITS[0].name, 3]])]);
    expect(r.issues.map((i) => [i.severity, i.message.vi])).toEqual([
      ['warning', 'Kỳ "Quý I" là hội nghị sơ kết, không xét khen thưởng: số phiếu trong trang Phiếu bầu không được dùng.'],
    ]);
  });
});

describe('what the minute lists', () => {
  test('a subtotal that does not add up is a warning about a printed figure', () => {
    const built = scoreSheet();
    const row = built.rowOf('I');
    built.sheet.values[row][built.col(0, 'bloc')] = 1;
    const e = evaluate([infoSheet(), unitsSheet(), built.sheet]);
    const printed = e.issues.filter((i) => i.topic === 'printedFigure');
    expect(printed.map((i) => [i.severity, i.cell])).toEqual([['warning', built.addr(row, built.col(0, 'bloc'))]]);
  });
});

describe('the rule table', () => {
  test('the template writes every rule it has a value for, and reads back to the defaults', () => {
    const template = planNewBloc().find((s) => s.name === 'Quy tắc')!;
    const labels = template.values.slice(2).map((r) => r[0]);
    expect(labels).toEqual(RULE_KEYS.filter((k) => RULES[k].template != null).map((k) => RULES[k].labels[0]));
    expect(labels).toContain('Chỉ suy tôn đơn vị dẫn đầu');
    const rules = sheet('Quy tắc', template.values);
    const r = readBloc([infoSheet(), unitsSheet(), scoreSheet().sheet, rules]);
    expect(errors(r.issues)).toEqual([]);
    expect(r.bloc!.rules.leaderOnly).toBe(true);
    expect(describeRules(r.bloc!.rules, 1).map((t) => t.vi)).toContain('Chỉ suy tôn đơn vị dẫn đầu: Có');
  });

  test('the put-forward rule reads Có / Không and refuses anything else at its cell', () => {
    const read = (v: CellValue) =>
      readBloc([infoSheet(), unitsSheet(), scoreSheet().sheet, rulesSheet([['Chỉ suy tôn đơn vị dẫn đầu', v]])]);
    expect(read('Không').bloc!.rules.leaderOnly).toBe(false);
    expect(read('có').bloc!.rules.leaderOnly).toBe(true);
    expect(errors(read('tùy').issues).map((i) => [i.cell, i.message.vi])).toEqual([
      ['B3', 'Quy tắc "Chỉ suy tôn đơn vị dẫn đầu": giá trị "tùy" không hợp lệ. Ghi "Có" hoặc "Không".'],
    ]);
  });
});
