// The add-in's Excel code through the real Office.js client (test/excel/office-js.ts): every action serialized by
// Microsoft's library exactly as Excel receives it, answered by the double. The assertions are on what Excel gets —
// the actions and the objects they reach, and the size of every request and response against Excel on the web's
// 5 MB — and on the workbook after it: kept templates never in the all-sheets read, merged areas read in tiles
// Excel can answer, our highlights deleted by id and placed after the user's rules, the date system, manual
// calculation, protection, text that stays text, and the ExcelApi 1.12 floor enforced by the client itself.

import { syntheticBloc } from '../../bench/synthetic';
import { isBxtdError, type BxtdError } from '../../src/domain/errors';
import {
  createExcelDouble,
  createWorkbook,
  dateSerial,
  snapshot,
  WEB_PAYLOAD_LIMIT,
  type ExcelDouble,
  type Exchange,
  type SheetFormats,
  type WorkbookModel,
} from '../../src/excel-double';
import { addSheets, applyWritePlan, readWorkbook, scoreWorkbook, selectCell } from '../../src/excel/actions';
import { KEPT_TEMPLATES_LIMIT } from '../../src/excel/apply';
import { REQUEST_BUDGET, RESPONSE_BUDGET } from '../../src/excel/budget';
import { MERGE_TILE_CELLS } from '../../src/excel/read';
import { readStoredTemplates, storedTemplatesValues, STORED_SHEET } from '../../src/minutes/stored';
import { storedTemplatesPlan } from '../../src/taskpane/panels/minutes/actions';
import type { CellRange, SheetGrid } from '../../src/workbook/grid';
import { planNewBloc } from '../../src/workbook/new-bloc';
import { ownedPlan } from '../../src/workbook/ownership';
import { isOurHighlightFormula, RESULT_SHEET, type WritePlan } from '../../src/workbook/plan';
import { readBloc } from '../../src/workbook/read';
import { infoSheet, standardBloc } from '../fixtures/bloc-grids';
import { computeScore } from './helpers';
import { realClient, type RealClient } from './office-js';

function setup(grids: SheetGrid[], formats: Record<string, SheetFormats> = {}, tweak: (m: WorkbookModel) => void = () => undefined) {
  const double = createExcelDouble(createWorkbook(grids, formats));
  tweak(double.model);
  return { double, client: realClient(double) };
}

/** Every request and response of these exchanges within Excel on the web's limits, and none refused. */
function withinLimits(exchanges: Exchange[]): void {
  expect(exchanges.length).toBeGreaterThan(0);
  for (const e of exchanges) {
    expect(e.error).toBeNull();
    expect(e.requestBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(e.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  }
}

/**
 * The syncs among these exchanges: Excel.run ends with a request of the client's own, removing the references it
 * kept to ranges (`_RemoveReference`), which is not one of the action's syncs.
 */
const syncsOf = (exchanges: Exchange[]) =>
  exchanges.filter((e) => e.actions.some((a) => a.kind !== 'instantiate' && a.name !== '_RemoveReference'));

/** The commands of these exchanges: instantiations and the client's reference bookkeeping (`_KeepReference`) left out. */
const actionsOf = (exchanges: Exchange[]) =>
  exchanges.flatMap((e) => e.actions).filter((a) => a.kind !== 'instantiate' && !a.name.startsWith('_'));
/** The cells of `getRangeByIndexes(r,c,rows,cols)` in a path expression. */
const cellsOf = (path: string) => {
  const m = /getRangeByIndexes\((\d+),(\d+),(\d+),(\d+)\)/.exec(path);
  return m ? Number(m[3]) * Number(m[4]) : Infinity;
};
const failure = async (p: Promise<unknown>) =>
  (await p.then(
    () => null,
    (e: unknown) => e,
  )) as BxtdError;
const sheetOf = (double: ExcelDouble, name: string) => double.model.sheets.find((s) => s.name === name)!;

const USER_RULES: SheetFormats = {
  conditionalFormats: [
    { type: 'Custom', range: { top: 4, left: 3, bottom: 20, right: 8 }, formula: '=D5>10', fill: '#F8CBAD', fontColor: null },
    { type: 'ColorScale', range: { top: 4, left: 2, bottom: 20, right: 2 }, formula: null, fill: null, fontColor: null },
  ],
};

/** A `Kết quả` of `rows` × 10 numbers, every cell formatted on its own: about ten commands per cell. */
function formattedSheet(rows: number): WritePlan {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
  const formats = values.flatMap((row, r) =>
    row.map((_, c) => ({
      range: { top: r, left: c, bottom: r, right: c },
      format: { bold: true, fill: '#FFEEDD', numberFormat: '0.00', border: true, horizontal: 'right' as const },
    })),
  );
  return {
    ownedSheets: [{ name: RESULT_SHEET, values, formats, columnWidths: [], merges: [], chart: null, freezeRows: 0 }],
    highlightSheets: [],
    highlights: [],
    cellWrites: [],
  };
}

describe('Check and Score as Excel receives them', () => {
  test('Check: 3 requests; Score: 4; the reads reach what they need and nothing else', async () => {
    const { client } = setup(standardBloc().sheets);
    const read = await readWorkbook(client.host);
    const all = await client.take();
    withinLimits(all);
    const check = syncsOf(all);
    expect(check).toHaveLength(3);
    expect(read.mergesRead).toBe(true);
    expect(read.sheets.find((s) => s.name === 'Chấm điểm')!.merges.length).toBeGreaterThan(0);

    const [info, extents, values] = check.map((e) => actionsOf([e]));
    expect(info.map((a) => a.path)).toEqual([
      'workbook.worksheets',
      'workbook.protection',
      'workbook.application',
      'workbook.functions.date(1904,1,1)',
    ]);
    expect(extents.every((a) => /getUsedRangeOrNullObject\(true\)$|conditionalFormats$/.test(a.path))).toBe(true);
    // Merged areas only on the bloc's sheets, each tile at most 512 cells (Excel fails above 512 areas).
    const tiles = values.filter((a) => a.path.endsWith('getMergedAreasOrNullObject()'));
    expect(tiles.length).toBeGreaterThan(0);
    for (const t of tiles) expect(cellsOf(t.path)).toBeLessThanOrEqual(MERGE_TILE_CELLS);

    const out = await scoreWorkbook(client.host, computeScore);
    expect(out.written).toBe(true);
    const score = await client.take();
    withinLimits(score);
    expect(syncsOf(score)).toHaveLength(4);
  });

  test('re-scoring deletes our rules by id and puts the new ones after the user’s own', async () => {
    const { double, client } = setup(standardBloc().sheets, { 'Chấm điểm': USER_RULES });
    await scoreWorkbook(client.host, computeScore);
    const rules = () => sheetOf(double, 'Chấm điểm').conditionalFormats;
    const ours = rules().filter((cf) => isOurHighlightFormula(cf.formula));
    expect(ours.length).toBeGreaterThan(0);
    await client.take();

    await scoreWorkbook(client.host, computeScore);
    const write = actionsOf(syncsOf(await client.take()).slice(-1));
    const deletes = write.filter((a) => a.kind === 'method' && a.name === 'Delete' && a.path.includes('conditionalFormats'));
    expect(deletes).toHaveLength(ours.length);
    for (const d of deletes) expect(d.path).toMatch(/conditionalFormats\["\d+"\]$/); // by id, never getItemAt(i)
    expect(write.filter((a) => a.kind === 'set' && a.name === 'Priority').map((a) => a.args)).toEqual(ours.map(() => [-1]));

    // The user's two rules first, untouched, in their order; ours after them, as many as before.
    const after = rules();
    expect(after.slice(0, 2).map((cf) => [cf.type, cf.formula])).toEqual([
      ['Custom', '=D5>10'],
      ['ColorScale', null],
    ]);
    expect(after.slice(2).every((cf) => isOurHighlightFormula(cf.formula))).toBe(true);
    expect(after.slice(2)).toHaveLength(ours.length);
  });

  test('why the id matters: rules reached by position shift as they are deleted in one request', async () => {
    const rules = ['=A1=1', '=A1=2', '=A1=3'].map((formula) => ({
      type: 'Custom',
      range: { top: 0, left: 0, bottom: 5, right: 5 },
      formula,
      fill: '#FF0000',
      fontColor: null,
    }));
    const { double, client } = setup([{ name: 'S', values: [['x']], merges: [] }], { S: { conditionalFormats: rules } });
    await client.host.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem('S').getRange().conditionalFormats;
      cfs.load('items/type'); // no id
      await context.sync();
      cfs.items[0].delete();
      cfs.items[1].delete(); // meant: '=A1=2'; reached: position 1 after the first delete, '=A1=3'
      await context.sync();
    });
    expect(double.model.sheets[0].conditionalFormats.map((cf) => cf.formula)).toEqual(['=A1=2']);
  });

  test('a bloc of 500 units: every request and response under 5 MB, the same number of requests', async () => {
    const { client } = setup(syntheticBloc({ units: 500, criteria: 30, seed: 5 }));
    const out = await scoreWorkbook(client.host, computeScore);
    expect(out.written).toBe(true);
    const score = await client.take();
    withinLimits(score);
    expect(syncsOf(score)).toHaveLength(4);
    // The budget's estimate bounds the real serializer: no request reaches the 4 MB budget itself.
    for (const e of score) expect(e.requestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
  });
});

describe('large writes are chunked on the real bytes', () => {
  const plan = (owned: WritePlan['ownedSheets'][number]): WritePlan => ({
    ownedSheets: [owned],
    highlightSheets: [],
    highlights: [],
    cellWrites: [],
  });
  const sheet = (values: WritePlan['ownedSheets'][number]['values'], formats: WritePlan['ownedSheets'][number]['formats'] = []) => ({
    name: RESULT_SHEET,
    values,
    formats,
    columnWidths: [],
    merges: [],
    chart: null,
    freezeRows: 0,
  });

  test('data-heavy: 12,000 rows of long Vietnamese text', async () => {
    const big = Array.from({ length: 12000 }, (_, i) => [i, `Đơn vị ${i} — ${'ghi chú dài '.repeat(60)}`]);
    const { double, client } = setup([{ name: 'A', values: [['x']], merges: [] }]);
    await applyWritePlan(client.host, plan(sheet(big)));
    const sent = await client.take();
    expect(sent.length).toBeGreaterThan(3);
    withinLimits(sent);
    for (const e of sent) expect(e.requestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
    expect(sheetOf(double, RESULT_SHEET).cells[11999]?.[1]?.value).toBe(big[11999][1]);
  });

  test('command-heavy: 1,500 formatted cells, each its own commands', async () => {
    const { client } = setup([{ name: 'A', values: [['x']], merges: [] }]);
    await applyWritePlan(client.host, formattedSheet(150));
    const sent = syncsOf(await client.take());
    expect(sent.length).toBeGreaterThan(2);
    withinLimits(sent);
    for (const e of sent) expect(e.requestBytes).toBeLessThanOrEqual(REQUEST_BUDGET);
  });
});

describe('kept templates (_bxtd_mau)', () => {
  // One 4 MB template, as in the issue: its base64 is about 5.6 MB, over what Excel on the web returns at once.
  const template = Uint8Array.from({ length: 4 * 1024 * 1024 }, (_, i) => (i * 7919) % 251);
  const kept = storedTemplatesValues({ nomination: template })!;
  const withKept = () =>
    setup([...standardBloc().sheets, { name: STORED_SHEET, values: kept, merges: [] }], {}, (m) => {
      m.sheets.find((s) => s.name === STORED_SHEET)!.visibility = 'VeryHidden';
    });

  test('a 4 MB template: never in the all-sheets read; read on its own in bands under 5 MB; back byte for byte', async () => {
    const { client } = withKept();
    const check = await readWorkbook(client.host);
    const sent = await client.take();
    withinLimits(sent);
    expect(check.sheets.find((s) => s.name === STORED_SHEET)?.values).toEqual([]);
    const reached = actionsOf(sent).filter((a) => a.kind === 'query' && a.path.includes(STORED_SHEET));
    expect(reached.map((a) => a.path)).toEqual([`workbook.worksheets["${STORED_SHEET}"].getUsedRangeOrNullObject(true)`]);
    expect(Math.max(...sent.map((e) => e.responseBytes))).toBeLessThan(64 * 1024);

    const minutes = await readWorkbook(client.host, { keptTemplates: true });
    const withTemplates = syncsOf(await client.take());
    withinLimits(withTemplates);
    for (const e of withTemplates) expect(e.responseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET + 64 * 1024);
    expect(withTemplates.length).toBe(5); // the 5.6 MB of base64 in two bands of its own
    const back = readStoredTemplates(minutes.sheets.find((s) => s.name === STORED_SHEET)!);
    expect(back.issues).toEqual([]);
    expect(Buffer.from(back.templates.nomination!).equals(Buffer.from(template))).toBe(true);
  });

  test('removing a large template works: nothing of it is read', async () => {
    const { double, client } = withKept();
    const sheets = (await readWorkbook(client.host)).sheets;
    await applyWritePlan(client.host, storedTemplatesPlan(sheets, {}));
    const sent = await client.take();
    withinLimits(sent);
    expect(Math.max(...sent.map((e) => e.responseBytes))).toBeLessThan(64 * 1024);
    expect(double.model.sheets.map((s) => s.name)).not.toContain(STORED_SHEET);
  });

  test('keeping templates: written in chunks under 5 MB; over 10 MB together, refused with nothing changed', async () => {
    // Rows laid out as the minutes lay them out (stored.ts), the base64 itself left plain: sizes are what counts here.
    const rows = (count: number) => [
      kept[0],
      ...Array.from({ length: count }, (_, i) => [kept[1][0], i + 1, count, count * 22500, kept[1][4], `b64:${'QUJD'.repeat(7500)}`]),
    ];
    const keep = (values: SheetGrid['values']): WritePlan =>
      ownedPlan(standardBloc().sheets, {
        owned: [
          { role: 'templates', values, formats: [], columnWidths: [], merges: [], chart: null, freezeRows: 0, visibility: 'veryHidden' },
        ],
      }).plan;
    const { double, client } = setup(standardBloc().sheets);
    await applyWritePlan(client.host, keep(rows(400))); // 12 million characters: 9 MB of templates
    const writes = syncsOf(await client.take());
    withinLimits(writes);
    expect(writes.length).toBeGreaterThan(3);
    expect(sheetOf(double, STORED_SHEET).visibility).toBe('VeryHidden');
    expect(sheetOf(double, STORED_SHEET).cells).toHaveLength(401);

    const before = JSON.stringify(snapshot(double.model));
    const err = await failure(applyWritePlan(client.host, keep(rows(480)))); // 10.8 MB
    expect(isBxtdError(err) && err.code).toBe('excel.tooLarge');
    expect(err.text.vi).toMatch(/quá 10 MB/);
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
    expect(KEPT_TEMPLATES_LIMIT).toBe(10 * 1024 * 1024);
  });
});

describe('merged areas', () => {
  /** Pairs of merged cells, `count` of them, in rows from `top`. */
  const pairs = (count: number, top: number, width = 20): CellRange[] =>
    Array.from({ length: count }, (_, i) => ({
      top: top + Math.floor(i / (width / 2)),
      left: (i % (width / 2)) * 2,
      bottom: top + Math.floor(i / (width / 2)),
      right: (i % (width / 2)) * 2 + 1,
    }));
  const filled = (rows: number, cols: number) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `r${r}c${c}`));

  test('a report sheet with 2,000 merged areas is never asked for them; a bloc sheet with 1,500 is read whole, in tiles', async () => {
    const { sheets } = standardBloc();
    const score = sheets.find((s) => s.name === 'Chấm điểm')!;
    const extra = pairs(1500, 40);
    const scoreWithMerges = {
      ...score,
      values: [...score.values, ...Array.from({ length: 40 - score.values.length }, () => []), ...filled(150, 20)],
      merges: [...score.merges, ...extra],
    };
    const report = { name: 'Báo cáo', values: filled(200, 20), merges: pairs(2000, 0) };
    const { client } = setup([...sheets.filter((s) => s !== score), scoreWithMerges, report]);
    const read = await readWorkbook(client.host);
    const sent = await client.take();
    withinLimits(sent);
    const tiles = actionsOf(sent).filter((a) => a.path.endsWith('getMergedAreasOrNullObject()'));
    expect(tiles.some((t) => t.path.includes('Báo cáo'))).toBe(false);
    for (const t of tiles) expect(cellsOf(t.path)).toBeLessThanOrEqual(MERGE_TILE_CELLS);
    const got = read.sheets.find((s) => s.name === 'Chấm điểm')!.merges;
    expect(got).toHaveLength(scoreWithMerges.merges.length);
    expect(read.sheets.find((s) => s.name === 'Báo cáo')!.merges).toEqual([]);
  });

  test('a bloc sheet too large for all its merged areas: read down to a row, and the user is told', async () => {
    const { sheets } = standardBloc();
    const score = sheets.find((s) => s.name === 'Chấm điểm')!;
    const values = [...score.values];
    values[799] = [];
    values[799][299] = 'xa'; // 800 rows × 300 columns: more tiles than the read allows
    const { client } = setup([...sheets.filter((s) => s !== score), { ...score, values }]);
    const read = await readWorkbook(client.host);
    withinLimits(await client.take());
    expect(read.mergesRead).toBe(true);
    const byPlace = (rs: CellRange[]) => [...rs].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(byPlace(read.sheets.find((s) => s.name === 'Chấm điểm')!.merges)).toEqual(byPlace(score.merges));
    expect(read.notes.map((n) => n.vi)).toEqual([
      expect.stringMatching(/^Trang «Chấm điểm» quá lớn để đọc hết các ô gộp: chỉ đọc được ô gộp tới dòng \d+/),
    ]);
  });

  test('whole-row and whole-column merges are read as such', async () => {
    const { sheets } = standardBloc();
    const score = sheets.find((s) => s.name === 'Chấm điểm')!;
    const wide = { ...score, merges: [...score.merges, { top: 30, left: 0, bottom: 30, right: 16383 }] };
    const values = [...wide.values];
    while (values.length < 31) values.push([]);
    values[30] = ['ghi chú cuối bảng'];
    const { client } = setup([...sheets.filter((s) => s !== score), { ...wide, values }]);
    const read = await readWorkbook(client.host);
    expect(read.sheets.find((s) => s.name === 'Chấm điểm')!.merges).toContainEqual({ top: 30, left: 0, bottom: 30, right: 16383 });
  });
});

describe('the workbook as Excel holds it', () => {
  test('a 1904 date-system workbook gives the same meeting date as a 1900 one', async () => {
    const meeting = (date1904: boolean) => {
      const sheets = standardBloc().sheets.map((s) =>
        s.name === 'Thông tin' ? infoSheet([['Ngày họp', dateSerial(2025, 1, 9, date1904)]]) : s,
      );
      return setup(sheets, {}, (m) => (m.date1904 = date1904));
    };
    const dates: (string | null | undefined)[] = [];
    for (const date1904 of [false, true]) {
      const { client } = meeting(date1904);
      const read = await readWorkbook(client.host);
      expect(read.sheets.every((s) => (s.date1904 ?? false) === date1904)).toBe(true);
      dates.push(readBloc(read.sheets).bloc?.info.meetingDate);
    }
    expect(dates).toEqual(['2025-01-09', '2025-01-09']);
  });

  test('manual calculation: the workbook is recalculated before its values are read, and the user is told', async () => {
    const { double, client } = setup(standardBloc().sheets, {}, (m) => (m.calculationMode = 'Manual'));
    const out = await scoreWorkbook(client.host, computeScore);
    expect(double.model.recalculations).toBe(1);
    const [, extents] = syncsOf(await client.take());
    expect(extents.actions.find((a) => a.kind === 'method')).toMatchObject({
      path: 'workbook.application',
      name: 'Calculate',
      args: ['Recalculate'],
    });
    expect(out.notes.map((n) => n.vi).join()).toMatch(/tính toán thủ công/);
  });

  test('a protected workbook structure: Score says so and changes nothing; Check still reads', async () => {
    const { double, client } = setup(standardBloc().sheets, {}, (m) => (m.structureProtected = true));
    const before = JSON.stringify(snapshot(double.model));
    const err = await failure(scoreWorkbook(client.host, computeScore));
    expect(err.code).toBe('excel.protected');
    expect(err.text.vi).toMatch(/Cấu trúc sổ đang được bảo vệ/);
    expect(err.text.vi).not.toMatch(/Bỏ bảo vệ trang tính/);
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
    expect((await readWorkbook(client.host)).sheets).toHaveLength(3);
  });

  test('a stray entry far away: the size message names the sheet and the cell, before any value is asked for', async () => {
    const far = { name: 'Nháp', values: [['ghi chú']] as SheetGrid['values'], merges: [] };
    far.values[999_999] = [null, null, null, null, null, null, null, null, null, 'x'];
    const { client } = setup([...standardBloc().sheets, far]);
    const err = await failure(readWorkbook(client.host));
    expect(err.code).toBe('excel.tooLarge');
    expect(err.where).toMatchObject({ sheet: 'Nháp', cell: 'J1000000' });
    expect(syncsOf(await client.take())).toHaveLength(2);
  });

  test('a sheet of long texts larger than one response: read again in smaller bands', async () => {
    const long = {
      name: 'Ghi chép',
      values: Array.from({ length: 120 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${r}:${c} ${'văn bản dài '.repeat(300)}`)),
      merges: [],
    };
    const { client } = setup([...standardBloc().sheets, long]);
    const read = await readWorkbook(client.host);
    const sent = await client.take();
    expect(sent.some((e) => e.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    for (const e of sent) expect(e.responseBytes).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(read.sheets.find((s) => s.name === 'Ghi chép')!.values).toEqual(long.values);
  });

  test('text is written as text, whatever Excel would take it for, in either locale', async () => {
    const tricky = ['May 10', '10/5', '1,5', '1.234,5', '50%', '=1+1', '+84 912', '@home', '-', 'TRUE', '10:30', '(5)', '$5', "'x", '9e3'];
    for (const locale of ['en-US', 'vi-VN'] as const) {
      const { double, client } = setup([{ name: 'A', values: [['x']], merges: [] }], {}, (m) => (m.locale = locale));
      const values = tricky.map((t) => [t]);
      await applyWritePlan(client.host, {
        ownedSheets: [{ name: RESULT_SHEET, values, formats: [], columnWidths: [], merges: [], chart: null, freezeRows: 0 }],
        highlightSheets: [],
        highlights: [],
        cellWrites: [],
      });
      const cells = sheetOf(double, RESULT_SHEET).cells.map((r) => r?.[0]);
      expect(cells.map((c) => c?.value)).toEqual(tricky);
      expect(cells.every((c) => c?.formula === null)).toBe(true);
    }
    // Without the apostrophe, Excel's parser would have taken them: the double does as Excel does.
    const { double, client } = setup([{ name: 'A', values: [], merges: [] }]);
    await client.host.run(async (context) => {
      context.workbook.worksheets.getItem('A').getRange('A1:A3').values = [['May 10'], ['50%'], ['=1+1']];
      await context.sync();
    });
    const raw = double.model.sheets[0].cells.map((r) => r?.[0]);
    expect([typeof raw[0]?.value, raw[1]?.value, raw[2]?.formula]).toEqual(['number', 0.5, '=1+1']);
  });

  test('a text over 32,767 characters is refused before anything is written, naming its cell', async () => {
    const { double, client } = setup([{ name: 'A', values: [['x']], merges: [] }]);
    const before = JSON.stringify(snapshot(double.model));
    const err = await failure(
      applyWritePlan(client.host, {
        ownedSheets: [
          {
            name: RESULT_SHEET,
            values: [['ok'], [null, 'y'.repeat(40000)]],
            formats: [],
            columnWidths: [],
            merges: [],
            chart: null,
            freezeRows: 0,
          },
        ],
        highlightSheets: [],
        highlights: [],
        cellWrites: [],
      }),
    );
    expect(err.code).toBe('excel.tooLarge');
    expect(err.where).toMatchObject({ sheet: RESULT_SHEET, cell: 'B2' });
    expect(JSON.stringify(snapshot(double.model))).toBe(before);
  });

  test('selecting a cell on a hidden sheet: the user is told to unhide it; on a visible one, it is selected', async () => {
    const { double, client } = setup(standardBloc().sheets, {}, (m) => (m.sheets[1].visibility = 'Hidden'));
    const err = await failure(selectCell(client.host, 'Đơn vị', 'B4'));
    expect(err.code).toBe('excel.refused');
    expect(err.text.vi).toMatch(/«Đơn vị» đang bị ẩn/);
    expect(double.model.selection).toBeNull();
    await selectCell(client.host, 'Chấm điểm', 'F12');
    expect(double.model.selection).toEqual({ sheet: 'Chấm điểm', range: { top: 11, left: 5, bottom: 11, right: 5 } });
  });
});

describe('the ExcelApi 1.12 floor, enforced by the real client', () => {
  /** Every action the pane runs (New on an empty workbook, the others on a bloc); the client's API-set check is on. */
  async function everyAction(api: string): Promise<Exchange[]> {
    const empty = setup([{ name: 'Sheet1', values: [], merges: [] }], {}, (m) => (m.apiVersion = api));
    await addSheets(empty.client.host, planNewBloc({ units: ['A', 'B', 'C'], year: 2025 }));
    const { client } = setup(standardBloc().sheets, { 'Chấm điểm': USER_RULES }, (m) => (m.apiVersion = api));
    expect((await readWorkbook(client.host)).mergesRead).toBe(api !== '1.12');
    await scoreWorkbook(client.host, computeScore);
    await scoreWorkbook(client.host, computeScore);
    const sheets = (await readWorkbook(client.host, { keptTemplates: true })).sheets;
    await applyWritePlan(client.host, storedTemplatesPlan(sheets, { nomination: new Uint8Array([1, 2, 3]) }));
    const again = (await readWorkbook(client.host, { keptTemplates: true })).sheets;
    await applyWritePlan(client.host, storedTemplatesPlan(again, {}));
    await selectCell(client.host, 'Chấm điểm', 'D5');
    return [...(await empty.client.take()), ...(await client.take())];
  }

  test('at 1.12 every action works and nothing above it is called; merged areas wait for 1.13', async () => {
    const sent = await everyAction('1.12');
    withinLimits(sent);
    expect(actionsOf(sent).some((a) => a.path.includes('getMergedAreasOrNullObject'))).toBe(false);
    expect(actionsOf(await everyAction('1.13')).some((a) => a.path.includes('getMergedAreasOrNullObject'))).toBe(true);
  });

  test('the check is real: at 1.8 the client refuses the print setup (ExcelApi 1.9) before Excel sees it', async () => {
    const { client } = setup(standardBloc().sheets, {}, (m) => (m.apiVersion = '1.8'));
    const err = await failure(scoreWorkbook(client.host, computeScore));
    expect(err.code).toBe('excel.unsupported');
    expect(String((err.cause as { message?: string }).message)).toMatch(/pageLayout/);
  });
});

describe('the double’s own size estimate, against the real serializer', () => {
  /** The same action through the double's own client and through the real one: request and response sizes per sync. */
  async function compare(grids: () => SheetGrid[], action: (host: RealClient['host']) => Promise<unknown>) {
    const own = createExcelDouble(createWorkbook(grids()));
    const before = own.contexts.length;
    await action({ run: own.run as unknown as RealClient['host']['run'], supports: (v) => own.isSetSupported('ExcelApi', v) });
    const ctx = own.contexts[before];
    const { client } = setup(grids());
    await action(client.host);
    const real = syncsOf(await client.take());
    expect(ctx.requests).toHaveLength(real.length);
    return real.map((e, i) => ({ request: ctx.requests[i] / e.requestBytes, response: ctx.responses[i] / e.responseBytes, real: e }));
  }

  test.each([
    ['Check', () => standardBloc().sheets, (host: RealClient['host']) => readWorkbook(host)],
    ['Score', () => standardBloc().sheets, (host: RealClient['host']) => scoreWorkbook(host, computeScore)],
    [
      'Score, 100 units',
      () => syntheticBloc({ units: 100, criteria: 30, seed: 1 }),
      (host: RealClient['host']) => scoreWorkbook(host, computeScore),
    ],
    [
      'a formatted sheet',
      () => [{ name: 'A', values: [['x']], merges: [] }],
      (host: RealClient['host']) => applyWritePlan(host, formattedSheet(60)),
    ],
  ])('%s: requests within a quarter of the real bytes, responses within a half', async (_name, grids, action) => {
    const ratios = await compare(grids, action);
    for (const r of ratios) {
      expect(r.request).toBeGreaterThan(0.75);
      expect(r.request).toBeLessThan(1.33);
      expect(r.response).toBeGreaterThan(0.6);
      expect(r.response).toBeLessThan(1.5);
    }
  });
});
