// Numbers typed as text (issue 22, item 1): one parser (domain/text.ts parseNumber) for every reader. Text that is
// not exactly one number is an error naming its cell, never another number.

import type { Issue } from '../../src/domain/model';
import { numberTextProblem, parseNumber } from '../../src/domain/text';
import { collectReturns } from '../../src/workbook/collect';
import type { CellValue } from '../../src/workbook/grid';
import { readBloc } from '../../src/workbook/read';
import { planSplit } from '../../src/workbook/split';
import { ballotSheet, BLOC, rulesSheet, SELF, standardBloc, UNITS } from '../fixtures/bloc-grids';
import { filledReturn, masterFixture } from '../roundtrip/fixture';

const errorsAt = (issues: Issue[], cell: string) => issues.filter((i) => i.severity === 'error' && i.cell === cell);

describe('parseNumber', () => {
  test.each([
    ['9,5', 9.5],
    ['9.5', 9.5],
    [' 10 ', 10],
    ['-2', -2],
    ['+3', 3],
    ['0,125', 0.125],
    ['1234.567', 1234.567],
    ['1,25', 1.25],
    ['12,5', 12.5],
    ['100', 100],
    ['1000', 1000],
    ['.5', 0.5],
    ['\u00a010\u00a0', 10],
  ])('%j is %p', (text, n) => expect(parseNumber(text)).toBe(n));

  test.each([
    '1 5',
    '1\u00a09',
    '1\u202f000',
    '2 9',
    '1.000',
    '1,000',
    '12.500',
    '-1.000',
    '1.000,5',
    '1,000.5',
    '9,5,5',
    '9abc',
    '',
    ' ',
    '1e3',
    '١٢',
    '0x1A',
    'NaN',
    '-',
    '.',
    '1.',
    '9'.repeat(400),
  ])('%j is not a number', (text) => expect(parseNumber(text)).toBeNull());

  test('numbers as they are; anything else is not one', () => {
    expect(parseNumber(7.25)).toBe(7.25);
    expect(parseNumber(Infinity)).toBeNull();
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber(null)).toBeNull();
  });

  test('why: an ambiguous thousands separator, a space inside digits', () => {
    expect(numberTextProblem('1.000')).toBe('thousands');
    expect(numberTextProblem('1,000')).toBe('thousands');
    expect(numberTextProblem('1 5')).toBe('space');
    expect(numberTextProblem('1\u00a09')).toBe('space');
    expect(numberTextProblem('9abc')).toBeNull();
  });
});

describe('every reader refuses such text at its cell', () => {
  const withSelf = (u: number, k: number, v: CellValue) => {
    const self = SELF.map((r) => [...r]);
    self[u][k] = v;
    return standardBloc({ self, bloc: BLOC });
  };

  test.each(['1 5', '1\u00a09', '1.000', '1,000'])('a score %j in Chấm điểm', (text) => {
    const { sheets, score } = withSelf(0, 0, text);
    const { bloc, issues } = readBloc(sheets);
    expect(bloc).toBeNull();
    const cell = score.addr(score.leafRows[0], score.col(0, 'self'));
    const [e] = errorsAt(issues, cell);
    expect(e.sheet).toBe('Chấm điểm');
    expect(e.message.vi).toContain(`"${text.replace(/\u00a0/g, ' ')}" không phải là số`);
    expect(e.message.en).toContain('is not a number');
  });

  test('the message says why when the reason is an ambiguous separator or a space', () => {
    const { sheets, score } = withSelf(1, 2, '1.000');
    const cell = score.addr(score.leafRows[2], score.col(1, 'self'));
    expect(errorsAt(readBloc(sheets).issues, cell)[0].message.vi).toMatch(/phân cách hàng nghìn/);
    const spaced = withSelf(1, 2, '1 5');
    expect(errorsAt(readBloc(spaced.sheets).issues, cell)[0].message.en).toMatch(/space between the digits/);
  });

  test('a comma decimal is read', () => {
    const { sheets } = withSelf(0, 0, '9,5');
    const { bloc, issues } = readBloc(sheets);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(bloc!.table.self[0][0]).toBe(9.5);
  });

  test('Điểm chuẩn "1.000 điểm" is refused, "10 điểm" read', () => {
    const built = standardBloc();
    const row = built.score.leafRows[0];
    const maxCol = 2;
    built.score.sheet.values[row][maxCol] = '1.000 điểm';
    expect(errorsAt(readBloc(built.sheets).issues, built.score.addr(row, maxCol))).toHaveLength(1);
  });

  test('rules: a minimum flag score "1 5" and a threshold "50.000%" are refused at their cell', () => {
    const built = standardBloc();
    const rules = rulesSheet([
      ['Điểm tối thiểu xét Cờ', '1 5'],
      ['Ngưỡng phiếu', '50.000%'],
    ]);
    const { issues } = readBloc([...built.sheets, rules]);
    expect(errorsAt(issues, 'B3')).toHaveLength(1);
    expect(errorsAt(issues, 'B4')).toHaveLength(1);
  });

  test('ballot: "1.000" votes is refused at its cell', () => {
    const built = standardBloc();
    const ballot = ballotSheet(UNITS.map((u, i) => [u.name, i === 0 ? '1.000' : 1] as [string, CellValue]));
    const { issues } = readBloc([...built.sheets, ballot]);
    const wrong = issues.filter((i) => i.severity === 'error' && i.sheet === 'Phiếu bầu');
    expect(wrong).toHaveLength(1);
    expect(wrong[0].message.vi).toContain('"1.000"');
  });

  test('collect: a return with "2 9" in a 30-point cell is refused naming the cell, never merged as 29', () => {
    const master = masterFixture();
    const [book] = planSplit(master);
    const report = collectReturns(master, [{ name: 'ca.xlsx', sheets: filledReturn(book, ['2 9', 14, 13.5, 20, 19, 2, 3, 1]) }]);
    expect(report.files[0].status).toBe('rejected');
    expect(report.files[0].reasons.map((r) => r.vi).join('\n')).toMatch(/Chấm điểm!D9: “2 9” không phải là số/);
    expect(report.plan.cellWrites).toEqual([]);
  });
});
