// The Excel double is strict like Office.js: nothing is readable before load + sync, syncs are counted, requests
// over the limit fail, strings typed into cells are parsed like Excel parses them.

import { createExcelDouble, createWorkbook } from '../../src/excel-double';

function double(
  values = [
    ['a', 1],
    ['b', 2],
  ],
) {
  return createExcelDouble(createWorkbook([{ name: 'Sheet1', values, merges: [{ top: 0, left: 2, bottom: 0, right: 3 }] }]));
}

test('a property read before load and sync throws PropertyNotLoaded', async () => {
  const d = double();
  await d.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    expect(() => range.values).toThrow(/not available/);
    range.load('values');
    expect(() => range.values).toThrow(/not available/); // loaded but not synced
    await ctx.sync();
    expect(range.values).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(() => range.address).toThrow(/address/); // not asked for
  });
});

test('syncs are counted per context and the final pending commands are sent by run', async () => {
  const d = double();
  await d.run(async (ctx) => {
    await ctx.sync();
    await ctx.sync();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
  });
  expect(d.contexts[0].syncCount).toBe(3);
  expect(d.model.sheets[0].cells[0][0]?.value).toBe('x');
});

test('collections load items with nested paths; null objects report isNullObject', async () => {
  const d = double();
  await d.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    const missing = sheets.getItemOrNullObject('Nope');
    const used = sheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnCount');
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([['Sheet1', false]]);
    expect(missing.isNullObject).toBe(true);
    expect(used.columnCount).toBe(2);
  });
});

test('strings are typed in as Excel would: formulas, numbers, dates, unless text-formatted or apostrophed', async () => {
  const d = createExcelDouble(createWorkbook([{ name: 'S', values: [], merges: [] }]));
  await d.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('B1').numberFormat = [['@']];
    ws.getRange('A1:A6').values = [['=SUM(1,2)'], ['12'], ['50%'], ['2/3'], ["'=kept"], ['TRUE']];
    ws.getRange('B1').values = [['=text']];
    await ctx.sync();
  });
  const cells = d.model.sheets[0].cells;
  expect(cells[0][0]?.formula).toBe('=SUM(1,2)');
  expect(cells[1][0]?.value).toBe(12);
  expect(cells[2][0]?.value).toBe(0.5);
  expect(typeof cells[3][0]?.value).toBe('number');
  expect(cells[4][0]).toMatchObject({ value: '=kept', formula: null });
  expect(cells[5][0]?.value).toBe(true);
  expect(cells[0][1]).toMatchObject({ value: '=text', formula: null });
});

test('values must match the range dimensions; null leaves a cell unchanged', async () => {
  const d = double();
  await expect(
    d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [['x']];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
  await d.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[null, 'y']];
    await ctx.sync();
  });
  expect(d.model.sheets[0].cells[0].map((c) => c?.value)).toEqual(['a', 'y']);
});

test('a request over the limit fails whole; cell edit mode and protected sheets fail like Excel', async () => {
  const d = double();
  d.model.requestLimit = 1000;
  await expect(
    d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x'.repeat(2000)]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(d.model.sheets[0].cells[0][0]?.value).toBe('a');

  d.model.requestLimit = 5e6;
  d.model.cellEditMode = true;
  await expect(d.run(async (ctx) => ctx.workbook.worksheets.load('items/name') && ctx.sync())).rejects.toMatchObject({
    code: 'InvalidOperationInCellEditMode',
  });
  d.model.cellEditMode = false;

  d.model.sheets[0].protected = true;
  await expect(
    d.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = '#FF0000';
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
});

test('merged areas need ExcelApi 1.13', async () => {
  const d = double();
  const read = () =>
    d.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('Sheet1').getRange().getMergedAreasOrNullObject();
      areas.load('address');
      await ctx.sync();
      return areas.isNullObject ? null : areas.address;
    });
  expect(await read()).toBe('Sheet1!C1:D1');
  d.model.apiVersion = '1.12';
  expect(d.isSetSupported('ExcelApi', '1.13')).toBe(false);
  await expect(read()).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('conditional formats: custom rules are added first, listed through customOrNullObject and deleted', async () => {
  const d = double();
  d.model.sheets[0].conditionalFormats.push({
    id: 99,
    type: 'ColorScale',
    range: { top: 0, left: 0, bottom: 5, right: 0 },
    formula: null,
    fill: null,
    fontColor: null,
  });
  await d.run(async (ctx) => {
    const cf = ctx.workbook.worksheets.getItem('Sheet1').getRange('B1:B2').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=TRUE';
    cf.custom.format.fill.color = '#ffd966';
    await ctx.sync();
  });
  const formulas = await d.run(async (ctx) => {
    const cfs = ctx.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats;
    cfs.load('items/type,items/customOrNullObject/rule/formula');
    await ctx.sync();
    const out = cfs.items.map((cf) => (cf.type === 'Custom' ? cf.customOrNullObject.rule.formula : cf.type));
    cfs.items.filter((cf) => cf.type === 'Custom').forEach((cf) => cf.delete());
    await ctx.sync();
    return out;
  });
  expect(formulas).toEqual(['=TRUE', 'ColorScale']); // a new rule comes first
  expect(d.model.sheets[0].conditionalFormats.map((c) => c.type)).toEqual(['ColorScale']);
});
