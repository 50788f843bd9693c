// The harness's recalculation of simple formulas (the Excel double keeps cached results; the harness draws what
// Excel would show after a change).

import { createWorkbook } from '../../src/excel-double';
import { __test, recalc, type Computed, type SheetFormulas } from '../../src/harness/recalc';

const { evaluate } = __test;
const at = (values: Record<string, number>) => (r: { row: number; col: number }) => values[`${r.row},${r.col}`] ?? 0;

test('arithmetic, references, ranges, SUM/MIN/MAX', () => {
  expect(evaluate('1+2*3-(4/2)', at({}))).toBe(5);
  expect(evaluate('-A1+$B$1', at({ '0,0': 2, '0,1': 5 }))).toBe(3);
  expect(evaluate('SUM(A1:B2)', at({ '0,0': 1, '0,1': 2, '1,0': 3, '1,1': 4 }))).toBe(10);
  expect(evaluate('D6+D11+MIN(D19,5)-MIN(D22,5)', at({ '5,3': 38, '10,3': 30, '18,3': 6, '21,3': 0.5 }))).toBe(72.5);
  expect(evaluate('MAX(1,A1,3)', at({ '0,0': 7 }))).toBe(7);
  expect(evaluate('0.1+0.2', at({}))).toBe(0.3);
});

test('what it does not understand throws (the cached result stays)', () => {
  for (const f of ["'Chấm điểm'!D7", 'Sheet1!A1', 'IF(A1>1,1,0)', 'A1&"x"', 'SUM(A1', '']) expect(() => evaluate(f, at({}))).toThrow();
});

test('recalc follows changed inputs, keeps cached results it cannot compute, and yields to written values', () => {
  const model = createWorkbook([{ name: 'S', values: [[1, 2, 3, 'x', 99, 50]], merges: [] }]);
  const formulas: SheetFormulas = new Map([
    [
      'S',
      new Map([
        ['0,2', 'A1+B1'],
        ['0,4', 'SUM(A1,D1)'],
        ['0,5', 'C1*10'],
      ]),
    ],
  ]);
  const computed: Computed = new Map();
  const cellAt = (c: number) => model.sheets[0].cells[0]![c]!;
  const v = (...cols: number[]) => cols.map((c) => cellAt(c).value);
  expect(recalc(model, formulas, computed)).toBe(true);
  expect(v(2, 4, 5)).toEqual([3, 99, 30]); // text in D1: E1 keeps its cached 99
  cellAt(0).value = 10;
  recalc(model, formulas, computed);
  expect(v(2, 5)).toEqual([12, 120]);
  cellAt(2).value = 7; // written over the formula: a value from now on
  recalc(model, formulas, computed);
  expect(v(2, 5)).toEqual([7, 70]);
  expect(formulas.get('S')!.has('0,2')).toBe(false);
});
