// The new-bloc sheets read back cleanly with the real reader and score once filled in.

import { scoreBloc } from '../../src/domain/engine';
import { addSheets, scoreWorkbook } from '../../src/excel/actions';
import { toGrid } from '../../src/excel-double';
import { DEFAULT_CRITERIA, NEW_BLOC_SHEETS, planNewBloc } from '../../src/workbook/new-bloc';
import type { SheetGrid } from '../../src/workbook/grid';
import { readBloc } from '../../src/workbook/read';
import { computeScore, doubleOf } from './helpers';

const asGrids = (opts: Parameters<typeof planNewBloc>[0] = {}): SheetGrid[] =>
  planNewBloc(opts).map((s) => ({ name: s.name, values: s.values, merges: s.merges }));

test('the default criteria table: ordinary groups total 100, a capped bonus and deduction group', () => {
  const groups = DEFAULT_CRITERIA.filter((c) => c[3] === 'group');
  const ordinary = groups.filter((g) => !/điểm thưởng|điểm trừ/i.test(g[1]));
  expect(ordinary.reduce((n, g) => n + g[2], 0)).toBe(100);
  expect(groups.some((g) => /Điểm thưởng/.test(g[1]))).toBe(true);
  expect(groups.some((g) => /Điểm trừ/.test(g[1]))).toBe(true);
});

test('a new bloc reads without errors for the round trip; for scoring, the one error says no score is entered yet', () => {
  const grids = asGrids({
    blocName: 'Khối thi đua số 3',
    province: 'Đắk Lắk',
    year: 2025,
    units: ['Công an tỉnh', 'Thanh tra tỉnh', 'Sở Tư pháp'],
  });
  const toScore = readBloc(grids);
  expect(toScore.bloc).toBeNull();
  expect(toScore.issues.filter((i) => i.severity === 'error').map((i) => [i.sheet, i.cell, i.message.vi.split(':')[0]])).toEqual([
    ['Chấm điểm', null, 'Chưa có điểm nào được nhập'],
  ]);
  const read = readBloc(grids, { scoresRequired: false });
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(read.bloc!.units.map((u) => u.name)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh', 'Sở Tư pháp']);
  const table = read.bloc!.table;
  expect(table.criteria).toHaveLength(DEFAULT_CRITERIA.filter((c) => c[3] === 'leaf').length);
  expect(table.groups.map((g) => g.kind)).toEqual(['ordinary', 'ordinary', 'ordinary', 'ordinary', 'bonus', 'deduction']);
  expect(read.bloc!.rules.tieBreaks.length).toBe(4);
});

test('placeholder units: renaming a unit on Đơn vị is enough (headers use the short names)', () => {
  const grids = asGrids();
  const units = grids.find((g) => g.name === 'Đơn vị')!;
  units.values[3][1] = 'Công an tỉnh';
  const read = readBloc(grids, { scoresRequired: false });
  expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(read.bloc!.units[0].name).toBe('Công an tỉnh');
});

test('added to an empty workbook through the adapter, filled in, it scores', async () => {
  const { double, host } = doubleOf([{ name: 'Sheet1', values: [], merges: [] }]);
  await addSheets(host, planNewBloc({ units: ['A', 'B', 'C'], year: 2025, province: 'Điện Biên' }));
  expect(double.model.sheets.map((s) => s.name)).toEqual(['Sheet1', ...NEW_BLOC_SHEETS]);
  // Fill the Khối chấm column of every unit with the maximum minus its index, then drop the ballot sheet.
  const score = double.model.sheets.find((s) => s.name === 'Chấm điểm')!;
  const grid = toGrid(score);
  const read = readBloc([grid, ...double.model.sheets.filter((s) => s.name !== 'Chấm điểm').map(toGrid)], { scoresRequired: false });
  for (const [u, cols] of read.layout!.unitColumns.entries()) {
    read.layout!.criterionRows.forEach((r, k) => {
      const max = read.bloc?.table.criteria[k].max ?? DEFAULT_CRITERIA.filter((c) => c[3] === 'leaf')[k][2];
      score.cells[r]![cols.bloc!]!.value = Math.max(0, max - u * (k % 2));
    });
  }
  double.model.sheets = double.model.sheets.filter((s) => s.name !== 'Phiếu bầu');
  const out = await scoreWorkbook(host, computeScore);
  expect(out.written).toBe(true);
  const scored = out.result.result!;
  expect(scored.ranking[0].name).toBe('A');
  expect(scored.flagOutcome).toBe('pendingVote');
  expect(scoreBloc(out.result.bloc!).ranking.map((r) => r.rank)).toEqual([1, 2, 3]);
});
