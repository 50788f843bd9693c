// The Office.js adapter on the strict double: constant syncs whatever the bloc size, idempotent Score, the user's
// own formatting untouched, text that stays text, chunked large writes, errors as plain messages.

import { syntheticBloc } from '../../bench/synthetic';
import { addSheets, applyWritePlan, readWorkbook, scoreWorkbook, selectCell } from '../../src/excel/actions';
import { snapshot, type SheetModel } from '../../src/excel-double';
import { BxtdError } from '../../src/domain/errors';
import { HIGHLIGHT_FILLS, isOurHighlightFormula, RESULT_SHEET, type WritePlan } from '../../src/workbook/plan';
import { standardBloc } from '../fixtures/bloc-grids';
import { computeScore, doubleOf, lastSyncs } from './helpers';

const sheetOf = (sheets: SheetModel[], name: string) => sheets.find((s) => s.name === name)!;

describe('sync counts', () => {
  const scoreAt = async (units: number) => {
    const { double, host } = doubleOf(syntheticBloc({ units, criteria: 30, seed: units }));
    const out = await scoreWorkbook(host, computeScore);
    expect(out.written).toBe(true);
    return { syncs: lastSyncs(double), largest: double.contexts[0].largestRequest, double };
  };

  test('Score takes the same number of syncs (4) at 5 and at 500 units', async () => {
    const small = await scoreAt(5);
    const large = await scoreAt(500);
    expect(small.syncs).toBe(4);
    expect(large.syncs).toBe(small.syncs);
    expect(large.largest).toBeLessThan(4 * 1024 * 1024);
    const result = sheetOf(large.double.model.sheets, RESULT_SHEET);
    expect(result.charts).toHaveLength(1);
    expect(result.charts[0].type).toBe('BarClustered');
  });

  test('Check reads everything in 3 syncs, with merged areas when ExcelApi 1.13 is there', async () => {
    const { sheets } = standardBloc();
    const { double, host } = doubleOf(sheets);
    const read = await readWorkbook(host);
    expect(lastSyncs(double)).toBe(3);
    expect(read.mergesRead).toBe(true);
    const score = read.sheets.find((s) => s.name === 'Chấm điểm')!;
    const expected = sheets.find((s) => s.name === 'Chấm điểm')!;
    expect(score.values).toEqual(expected.values.map((r) => trimRow(r)).slice(0, lastNonEmpty(expected.values) + 1));
    expect(sortRanges(score.merges)).toEqual(sortRanges(expected.merges));
  });

  test('without ExcelApi 1.13 the grids come without merges and nothing fails', async () => {
    const { double, host } = doubleOf(standardBloc().sheets);
    double.model.apiVersion = '1.12';
    const read = await readWorkbook(host);
    expect(read.mergesRead).toBe(false);
    expect(read.sheets.every((s) => s.merges.length === 0)).toBe(true);
  });
});

function trimRow<T>(r: T[]): T[] {
  const out = [...r];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === '')) out.pop();
  return out;
}
function lastNonEmpty(rows: unknown[][]): number {
  let last = -1;
  rows.forEach((r, i) => {
    if (trimRow(r).length > 0) last = i;
  });
  return last;
}
function sortRanges<T extends { top: number; left: number }>(rs: T[]): T[] {
  return [...rs].sort((a, b) => a.top - b.top || a.left - b.left);
}

describe('Score writes', () => {
  const userFormats = {
    'Chấm điểm': {
      cells: [
        { row: 0, col: 0, format: { bold: true, fill: '#BDD7EE' } },
        { row: 5, col: 3, format: { fill: '#FF0000', fontColor: '#FFFFFF' } },
      ],
      columnWidths: { 1: 180 },
      freezeRows: 3,
      conditionalFormats: [
        { type: 'Custom', range: { top: 4, left: 3, bottom: 20, right: 8 }, formula: '=D5>10', fill: '#F8CBAD', fontColor: null },
        { type: 'ColorScale', range: { top: 4, left: 2, bottom: 20, right: 2 }, formula: null, fill: null, fontColor: null },
      ],
    },
  };

  test('Kết quả, the chart and the highlights; the flag unit in gold', async () => {
    const { double, host } = doubleOf(standardBloc().sheets, userFormats);
    const out = await scoreWorkbook(host, computeScore);
    const scored = out.result.result!;
    const result = sheetOf(double.model.sheets, RESULT_SHEET);
    expect(double.model.sheets.map((s) => s.name).at(-1)).toBe(RESULT_SHEET);
    expect(double.model.activeSheet).toBe(RESULT_SHEET);
    const names = result.cells.map((row) => row?.[1]?.value);
    for (const r of scored.ranking) expect(names).toContain(r.name);
    expect(result.freezeRows).toBeGreaterThan(0);
    const ours = sheetOf(double.model.sheets, 'Chấm điểm').conditionalFormats.filter((cf) => isOurHighlightFormula(cf.formula));
    expect(ours.length).toBeGreaterThan(0);
    if (scored.flag.length > 0) expect(ours.some((cf) => cf.fill === HIGHLIGHT_FILLS.flag)).toBe(true);
    // no formula anywhere: every string was written as text
    for (const s of double.model.sheets) for (const row of s.cells) for (const c of row ?? []) expect(c?.formula ?? null).toBeNull();
  });

  test('Score twice gives the same workbook; the user’s formatting and values are untouched', async () => {
    const { double, host } = doubleOf(standardBloc().sheets, userFormats);
    const before = JSON.parse(JSON.stringify(snapshot(double.model))) as { name: string }[];
    await scoreWorkbook(host, computeScore);
    const once = JSON.stringify(snapshot(double.model));
    await scoreWorkbook(host, computeScore);
    expect(JSON.stringify(snapshot(double.model))).toBe(once);

    // Input sheets: the same as before, apart from our marked conditional formats.
    const after = snapshot(double.model) as { name: string; conditionalFormats: { formula: string | null }[] }[];
    for (const sheet of before) {
      const now = after.find((s) => s.name === sheet.name)!;
      expect({ ...now, conditionalFormats: now.conditionalFormats.filter((cf) => !isOurHighlightFormula(cf.formula)) }).toEqual(sheet);
    }
  });

  test("a user's own sheet named like ours (KẾT QUẢ) keeps every cell and format; ours goes beside it", async () => {
    const { sheets } = standardBloc();
    const user = { name: 'KẾT QUẢ', values: [['Ghi chép riêng'], [], [], [], [], [], [], [], ['rác', 12]], merges: [] };
    const { double, host } = doubleOf([...sheets, user], {
      'KẾT QUẢ': { cells: [{ row: 0, col: 0, format: { fill: '#FF0000', bold: true } }] },
    });
    const userSheet = () => (snapshot(double.model) as { name: string }[]).find((s) => s.name === 'KẾT QUẢ');
    const before = userSheet();
    await scoreWorkbook(host, computeScore);
    await scoreWorkbook(host, computeScore); // again: ours is replaced, the user's still untouched
    expect(userSheet()).toEqual(before);
    const ours = double.model.sheets.filter((s) => s.name === `${RESULT_SHEET} (bxtd)`);
    expect(ours).toHaveLength(1);
    expect(ours[0].cells[0]?.[0]?.value).toBe('KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA');
  });

  test('an earlier Kết quả of ours (before the registry) is recognised and replaced whole', async () => {
    const { sheets } = standardBloc();
    const { double, host } = doubleOf(sheets);
    await scoreWorkbook(host, computeScore);
    // Forget the registry, as in a workbook scored by an earlier version.
    await host.run(async (context) => {
      const reg = context.workbook.worksheets.getItem('_bxtd');
      reg.visibility = 'Hidden';
      reg.delete();
      await context.sync();
    });
    await scoreWorkbook(host, computeScore);
    expect(double.model.sheets.filter((s) => s.name.startsWith(RESULT_SHEET)).map((s) => s.name)).toEqual([RESULT_SHEET]);
  });

  test('input errors: nothing is written', async () => {
    const { sheets } = standardBloc();
    const { double, host } = doubleOf(sheets.filter((s) => s.name !== 'Đơn vị'));
    const before = JSON.stringify(snapshot(double.model));
    const out = await scoreWorkbook(host, computeScore);
    expect(out.written).toBe(false);
    expect(out.result.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
    expect(lastSyncs(double)).toBe(3);
  });

  test('a failed re-score marks the earlier Kết quả out of date and removes our highlights; Check says it is out of date', async () => {
    const { double, host } = doubleOf(standardBloc().sheets);
    await scoreWorkbook(host, computeScore);
    const ours = (name: string) =>
      double.model.sheets.find((s) => s.name === name)!.conditionalFormats.filter((cf) => isOurHighlightFormula(cf.formula));
    expect(ours('Chấm điểm').length).toBeGreaterThan(0);
    // The user breaks a score: the workbook no longer scores.
    const score = double.model.sheets.find((s) => s.name === 'Chấm điểm')!;
    const cell = score.cells.flat().find((c) => typeof c?.value === 'number' && c.value > 1)!;
    cell.value = 'chín';
    const out = await scoreWorkbook(host, computeScore);
    expect(out.result.result).toBeNull();
    const result = double.model.sheets.find((s) => s.name === RESULT_SHEET)!;
    expect(String(result.cells[2]?.[0]?.value)).toMatch(/^KẾT QUẢ NÀY ĐÃ CŨ/);
    expect(result.cells[2]?.[0]?.fill).toBe('#C00000');
    expect(ours('Chấm điểm')).toEqual([]);
    expect(out.result.issues.some((i) => i.sheet === RESULT_SHEET && /đã cũ/.test(i.message.vi))).toBe(true);
  });
});

describe('plans written as given', () => {
  const plan = (values: WritePlan['ownedSheets'][number]['values']): WritePlan => ({
    ownedSheets: [{ name: RESULT_SHEET, values, formats: [], columnWidths: [], merges: [], chart: null, freezeRows: 0 }],
    highlightSheets: [],
    highlights: [],
    cellWrites: [],
  });

  test('strings that Excel would parse stay text exactly', async () => {
    const tricky = [
      '=SUM(A1:A3)',
      '2/3',
      '> 50%',
      '50%',
      '0012',
      '+84 912',
      '-',
      '@home',
      'TRUE',
      '#N/A',
      ' 9,5',
      "'quoted",
      'Công an tỉnh',
    ];
    const { double, host } = doubleOf([{ name: 'A', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan(tricky.map((t) => [t, 1, null, true])));
    const sheet = sheetOf(double.model.sheets, RESULT_SHEET);
    expect(sheet.cells.map((r) => r?.[0]?.value)).toEqual(tricky);
    expect(sheet.cells.every((r) => r?.[0]?.formula === null && r?.[1]?.value === 1 && r?.[3]?.value === true)).toBe(true);
  });

  test('a plan over the 4 MB budget is written in chunks, each request under Excel on the web’s limit', async () => {
    const big = Array.from({ length: 12000 }, (_, i) => [i, `Đơn vị ${i} — ${'ghi chú dài '.repeat(60)}`]);
    const { double, host } = doubleOf([{ name: 'A', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan(big));
    const ctx = double.contexts[0];
    expect(ctx.syncCount).toBeGreaterThan(3); // list + several chunks
    expect(ctx.largestRequest).toBeLessThanOrEqual(double.model.requestLimit);
    const sheet = sheetOf(double.model.sheets, RESULT_SHEET);
    expect(sheet.cells.length).toBe(12000);
    expect(sheet.cells[11999]?.[1]?.value).toBe(big[11999][1]);
  });

  test('cell writes go into input cells as values (null clears), after checking the sheet is writable', async () => {
    const { double, host } = doubleOf([
      {
        name: 'Chấm điểm',
        values: [
          ['a', 'b'],
          [1, 2],
        ],
        merges: [],
      },
    ]);
    await applyWritePlan(host, {
      ownedSheets: [],
      highlightSheets: [],
      highlights: [],
      cellWrites: [
        { sheet: 'Chấm điểm', row: 1, col: 0, value: 9.5 },
        { sheet: 'Chấm điểm', row: 1, col: 1, value: null },
        { sheet: 'Chấm điểm', row: 2, col: 0, value: '=1+1' },
      ],
    });
    const cells = double.model.sheets[0].cells;
    expect([cells[1][0]?.value, cells[1][1]?.value, cells[2][0]?.value, cells[2][0]?.formula]).toEqual([9.5, null, '=1+1', null]);
  });
});

describe('errors become plain messages', () => {
  test('cell edit mode', async () => {
    const { double, host } = doubleOf(standardBloc().sheets);
    double.model.cellEditMode = true;
    const err = await scoreWorkbook(host, computeScore).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BxtdError);
    expect((err as BxtdError).text.vi).toMatch(/chế độ sửa ô/);
    expect((err as BxtdError).text.en).toMatch(/editing a cell/);
  });

  test('a protected Chấm điểm is named before anything is written', async () => {
    const { double, host } = doubleOf(standardBloc().sheets);
    sheetOf(double.model.sheets, 'Chấm điểm').protected = true;
    const before = JSON.stringify(snapshot(double.model));
    const err = (await scoreWorkbook(host, computeScore).catch((e: unknown) => e)) as BxtdError;
    expect(err.text.vi).toMatch(/«Chấm điểm» đang được bảo vệ/);
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
  });

  test('too large a single request', async () => {
    const { double, host } = doubleOf([{ name: 'A', values: [['x']], merges: [] }]);
    double.model.requestLimit = 2000;
    const err = (await applyWritePlan(host, {
      ownedSheets: [{ name: 'B', values: [['y'.repeat(5000)]], formats: [], columnWidths: [], merges: [], chart: null, freezeRows: 0 }],
      highlightSheets: [],
      highlights: [],
      cellWrites: [],
    }).catch((e: unknown) => e)) as BxtdError;
    expect(err.text.en).toMatch(/too large/);
  });
});

describe('New bloc sheets and selection', () => {
  const sheetPlan = (name: string) => ({ name, values: [['x']], formats: [], columnWidths: [10], merges: [], chart: null, freezeRows: 1 });

  test('refuses when a sheet of that name exists (ignoring case and diacritics), changing nothing', async () => {
    const { double, host } = doubleOf([{ name: 'cham diem', values: [['mine']], merges: [] }]);
    const before = JSON.stringify(snapshot(double.model));
    const err = (await addSheets(host, [sheetPlan('Thông tin'), sheetPlan('Chấm điểm')]).catch((e: unknown) => e)) as BxtdError;
    expect(err.text.vi).toMatch(/«cham diem»/);
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
  });

  test('adds the sheets in 2 syncs', async () => {
    const { double, host } = doubleOf([{ name: 'Sheet1', values: [], merges: [] }]);
    await addSheets(host, [sheetPlan('Thông tin'), sheetPlan('Chấm điểm')]);
    expect(double.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Thông tin', 'Chấm điểm']);
    expect(lastSyncs(double)).toBe(2);
  });

  test('selectCell selects the cell of an issue', async () => {
    const { double, host } = doubleOf(standardBloc().sheets);
    await selectCell(host, 'Chấm điểm', 'F12');
    expect(double.model.selection).toEqual({ sheet: 'Chấm điểm', range: { top: 11, left: 5, bottom: 11, right: 5 } });
    expect(double.model.activeSheet).toBe('Chấm điểm');
    expect(lastSyncs(double)).toBe(2);
  });
});
