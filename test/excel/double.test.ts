// The Excel double is strict like Office.js: nothing is readable before load + sync, syncs are counted, requests
// over the limit fail, strings typed into cells are parsed like Excel parses them.

import { createExcelDouble, createWorkbook, dateSerial, type DoubleRequestContext } from '../../src/excel-double';
import type { SheetGrid } from '../../src/workbook/grid';

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

describe('what Excel refuses or does on its own, the double does too', () => {
  const sheetWith = (values: SheetGrid['values'] = [['a']]) => createExcelDouble(createWorkbook([{ name: 'S', values, merges: [] }]));
  const fails = (d: ReturnType<typeof sheetWith>, batch: (ctx: DoubleRequestContext) => void) =>
    d.run(async (ctx) => {
      batch(ctx);
      await ctx.sync();
    });

  test.each([
    ['vi-VN', '10/5/2025', dateSerial(2025, 5, 10, false)],
    ['en-US', '10/5/2025', dateSerial(2025, 10, 5, false)],
    ['en-US', 'May 10, 2025', dateSerial(2025, 5, 10, false)],
    ['en-US', '10-May-2025', dateSerial(2025, 5, 10, false)],
    ['vi-VN', 'May 10, 2025', 'May 10, 2025'],
    ['vi-VN', '1,5', 1.5],
    ['en-US', '1,5', '1,5'],
    ['en-US', '1,234.5', 1234.5],
    ['vi-VN', '1.234,5', 1234.5],
    ['en-US', '50%', 0.5],
    ['en-US', '(5)', -5],
    ['en-US', '-5', -5],
    ['en-US', '10:30', 0.4375],
    ['en-US', 'Công an tỉnh', 'Công an tỉnh'],
  ] as const)('typed in %s, "%s" becomes %p', async (locale, input, expected) => {
    const d = sheetWith();
    d.model.locale = locale;
    await fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('B1').values = [[input]]));
    expect(d.model.sheets[0].cells[0][1]).toMatchObject({ value: expected, formula: null });
  });

  test('"=", "+", "-" and "@" before a non-number start a formula; in a 1904 workbook dates count from 1904', async () => {
    const d = sheetWith();
    await fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A2:A5').values = [['=A1'], ['+x'], ['-x'], ['@x']]));
    expect(d.model.sheets[0].cells.slice(1).map((r) => r?.[0]?.formula)).toEqual(['=A1', '=+x', '=-x', '=@x']);
    const d1904 = sheetWith();
    d1904.model.date1904 = true;
    await fails(d1904, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['1/9/2025']]));
    expect(d1904.model.sheets[0].cells[0][0]?.value).toBe(dateSerial(2025, 1, 9, false) - 1462);
    const epoch = await d1904.run(async (ctx) => {
      const r = ctx.workbook.functions.date(1904, 1, 1);
      r.load('value');
      await ctx.sync();
      return r.value;
    });
    expect(epoch).toBe(0);
  });

  test('null, undefined, NaN and ±Infinity leave the cell; a text over 32,767 characters is refused', async () => {
    const d = sheetWith([['a', 'b', 'c', 'd']]);
    await fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1:D1').values = [[null, undefined, NaN, Infinity]] as never));
    expect(d.model.sheets[0].cells[0].map((c) => c?.value)).toEqual(['a', 'b', 'c', 'd']);
    await fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32767)]]));
    await expect(
      fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32768)]])),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
  });

  test('a range on a hidden sheet cannot be selected; a protected structure keeps its sheets', async () => {
    const d = createExcelDouble(
      createWorkbook([
        { name: 'A', values: [['a']], merges: [] },
        { name: 'B', values: [['b']], merges: [] },
      ]),
    );
    d.model.sheets[1].visibility = 'Hidden';
    await expect(fails(d, (ctx) => ctx.workbook.worksheets.getItem('B').getRange('A1').select())).rejects.toMatchObject({
      code: 'InvalidOperation',
    });
    d.model.structureProtected = true;
    for (const change of [
      (ctx: DoubleRequestContext) => ctx.workbook.worksheets.add('C'),
      (ctx: DoubleRequestContext) => ctx.workbook.worksheets.getItem('B').delete(),
      (ctx: DoubleRequestContext) => (ctx.workbook.worksheets.getItem('B').visibility = 'Visible'),
    ]) {
      await expect(fails(d, change)).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(d.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['A', 'Visible'],
      ['B', 'Hidden'],
    ]);
  });

  test('merged areas: only those starting in the range (office-js #3611), and no more than 512', async () => {
    const d = sheetWith();
    d.model.sheets[0].merges = Array.from({ length: 513 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    const read = (address: string) =>
      d.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem('S').getRange(address).getMergedAreasOrNullObject();
        areas.load('address');
        await ctx.sync();
        return areas.isNullObject ? null : areas.address;
      });
    expect(await read('B1:B3')).toBeNull(); // the areas start in column A
    expect(await read('A1:A2')).toBe('S!A1:B1, S!A2:B2');
    await expect(read('A1:A513')).rejects.toMatchObject({ code: 'GeneralException' });
    expect((await read('A1:A512'))?.split(', ')).toHaveLength(512);
  });

  test('conditional formats: a new rule comes first; priority moves it (-1 last, beyond the end clamps)', async () => {
    const d = sheetWith();
    const add = (formula: string) =>
      fails(d, (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('S').getRange('A1:A3').conditionalFormats.add('Custom');
        cf.custom.rule.formula = formula;
      });
    await add('=1');
    await add('=2');
    const order = () => d.model.sheets[0].conditionalFormats.map((cf) => cf.formula);
    expect(order()).toEqual(['=2', '=1']);
    await fails(d, (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('S').getRange('A1:A3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=3';
      cf.priority = -1;
    });
    expect(order()).toEqual(['=2', '=1', '=3']);
    await fails(d, (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('S').getRange().conditionalFormats;
      cfs.getItemAt(0).priority = 99;
    });
    expect(order()).toEqual(['=1', '=3', '=2']);
  });

  test('the print setup takes A4 landscape, fit one page wide; a scale with fit-to-pages is refused', async () => {
    const d = sheetWith();
    await fails(d, (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('S').pageLayout;
      layout.orientation = 'Landscape';
      layout.paperSize = 'A4';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    });
    expect(d.model.sheets[0].pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    await expect(
      fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })),
    ).rejects.toMatchObject({
      code: 'InvalidArgument',
    });
    d.model.apiVersion = '1.8';
    await expect(fails(d, (ctx) => (ctx.workbook.worksheets.getItem('S').pageLayout.orientation = 'Portrait'))).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
  });

  test('a response over 5 MB fails; values of a range over about 5 million cells come back null (office-js #4783)', async () => {
    const d = sheetWith(Array.from({ length: 300 }, () => Array.from({ length: 10 }, () => 'x'.repeat(2000))));
    await expect(
      d.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:J300').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const huge = await d.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:E1048576');
      r.load('values');
      await ctx.sync();
      return r.values;
    });
    expect(huge).toBeNull();
  });
});
