// Hearing the workbook change (src/excel/watch.ts) on the Excel double's events (src/excel-double/events.ts), strict as
// Office.js: a handler counts from the sync that registers it, hears changes made after it (by the add-in or by the
// user), once per sync and asynchronously; events need ExcelApi 1.7; sheets are watched once; a sheet added or deleted
// is heard; the add-in's own sheets are not inputs.

import { createExcelDouble, createWorkbook, doubleHost, type ExcelDouble, type WorksheetChangedEventArgs } from '../../src/excel-double';
import { watchWorkbook } from '../../src/excel/watch';
import { blocSheetKey } from '../../src/workbook/new-bloc';

const flush = () => new Promise((r) => setTimeout(r, 10));

function workbook(): ExcelDouble {
  return createExcelDouble(
    createWorkbook([
      { name: 'Thông tin', values: [['Tên khối', 'Khối thi đua số 3']], merges: [] },
      {
        name: 'Chấm điểm',
        values: [
          ['STT', 'Nội dung'],
          ['1', 'Tiêu chí', 10],
        ],
        merges: [],
      },
      { name: 'Ghi chú', values: [['của thư ký']], merges: [] },
    ]),
  );
}

async function type(double: ExcelDouble, sheet: string, address: string, value: string | number): Promise<void> {
  await double.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

describe('the double’s events', () => {
  test('onChanged: registered by a sync, then one event per sync with the changed range, asynchronously', async () => {
    const double = workbook();
    const heard: WorksheetChangedEventArgs[] = [];
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm').onChanged.add(async (args) => void heard.push(args));
      await context.sync();
    });
    await flush();
    expect(heard).toEqual([]); // registering changes nothing
    await double.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Chấm điểm');
      ws.getRange('C2').values = [[8]];
      ws.getRange('D3').values = [['x']];
      await context.sync();
      expect(heard).toEqual([]); // not during the request
    });
    await flush();
    expect(heard).toEqual([
      { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: '{Chấm điểm}', address: 'C2:D3' },
    ]);
    await type(double, 'Ghi chú', 'A2', 'khác'); // another sheet: not heard here
    await flush();
    expect(heard).toHaveLength(1);
  });

  test('events need ExcelApi 1.7', async () => {
    const double = workbook();
    double.model.apiVersion = '1.6';
    await expect(
      double.run(async (context) => {
        context.workbook.worksheets.getItem('Chấm điểm').onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('a handler removed at the next sync hears nothing more', async () => {
    const double = workbook();
    let heard = 0;
    const result = await double.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Chấm điểm').onChanged.add(async () => void heard++);
      await context.sync();
      return r;
    });
    result.remove();
    await result.context.sync();
    await type(double, 'Chấm điểm', 'A5', 1);
    await flush();
    expect(heard).toBe(0);
  });
});

describe('watchWorkbook', () => {
  test('the bloc’s input sheets are heard, once each; a sheet of its own or of the user is not', async () => {
    const double = workbook();
    const changed: string[] = [];
    const watch = watchWorkbook(doubleHost(double), { isInput: (n) => blocSheetKey(n) !== null, onChange: (s) => changed.push(s) });
    const names = double.model.sheets.map((s) => s.name);
    await watch.watch(names);
    await watch.watch(names); // a second read registers nothing more
    const syncs = double.contexts.length;
    await type(double, 'Chấm điểm', 'C2', 7);
    await type(double, 'Ghi chú', 'A1', 'sửa');
    await flush();
    expect(changed).toEqual(['Chấm điểm']);
    expect(double.contexts.length).toBe(syncs + 2); // the two edits only: no read behind the user's back
  });

  test('a bloc sheet added or deleted is heard; the add-in’s own sheets (Kết quả) are not', async () => {
    const double = workbook();
    const changed: string[] = [];
    const watch = watchWorkbook(doubleHost(double), { isInput: (n) => blocSheetKey(n) !== null, onChange: (s) => changed.push(s) });
    await watch.watch(double.model.sheets.map((s) => s.name));
    await double.run(async (context) => {
      context.workbook.worksheets.add('Kết quả');
      context.workbook.worksheets.add('Phiếu bầu');
      await context.sync();
    });
    await flush();
    await flush(); // the added sheet's name is read in a request of its own
    expect(changed).toEqual(['Phiếu bầu']);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('Thông tin').delete();
      await context.sync();
    });
    await flush();
    expect(changed).toEqual(['Phiếu bầu', 'Thông tin']);
  });

  test('on an Excel without events nothing is registered, and nothing fails', async () => {
    const double = workbook();
    double.model.apiVersion = '1.6';
    const watch = watchWorkbook({ ...doubleHost(double), supports: () => false }, { isInput: () => true, onChange: () => undefined });
    await watch.watch(['Chấm điểm']);
    expect(double.contexts).toHaveLength(0);
  });
});
