// The same workbook scored by both hosts: `bxtd score` (src/xlsx edits the package) and the add-in (src/excel,
// through the real Office.js client, on the double loaded from the same file). What a user sees must be the same:
// every sheet's values, our highlights and where they stand among the user's own conditional formats, `Kết quả`
// (values, merges, frozen rows), its print setup, and the chart (series, categories, labels, axes, colours).

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { insertIntoSheet, openPackage, bytesOf, sheetPath, editSheet } from '../../bench/shapes';
import { main } from '../../src/cli/main';
import { createExcelDouble, snapshot, toGrid, type ChartModel, type SheetModel } from '../../src/excel-double';
import { scoreWorkbook } from '../../src/excel/actions';
import { modelFromXlsx } from '../../src/harness/load-workbook';
import { columnName, rangeAddress, type CellRange } from '../../src/workbook/grid';
import { RESULT_SHEET } from '../../src/workbook/plan';
import { loadXlsx } from '../../src/xlsx/read';
import { computeScore } from './helpers';
import { realClient } from './office-js';

const SCORES = 'Chấm điểm';
/** The user's own rule on the scores: a colour scale over the first unit's column. */
const USER_RULE =
  '<conditionalFormatting sqref="D6:D40"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/>' +
  '<color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting>';

let dir: string;
let cli: JSZip;
let cliBytes: Uint8Array;
let excel: SheetModel[];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-hosts-'));
  const zip = await openPackage();
  await editSheet(zip, SCORES, (xml) => insertIntoSheet(xml, 'conditionalFormatting', USER_RULE));
  const input = await bytesOf(zip);
  const file = path.join(dir, 'so.xlsx');
  await fs.writeFile(file, input);

  const out: string[] = [];
  expect(await main(['score', file, '--out', dir], { out: (s) => out.push(s), err: (s) => out.push(s) })).toBe(0);
  cliBytes = new Uint8Array(await fs.readFile(path.join(dir, 'so.ket-qua.xlsx')));
  cli = await JSZip.loadAsync(cliBytes);

  const { model } = await modelFromXlsx(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  const double = createExcelDouble(model);
  const outcome = await scoreWorkbook(realClient(double).host, computeScore);
  expect(outcome.written).toBe(true);
  excel = double.model.sheets;
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sheetXml = async (name: string) => cli.file(await sheetPath(cli, name))!.async('string');
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const model = (name: string) => excel.find((s) => s.name === name)!;

test('the same sheets, in the same order, with the same values', async () => {
  const loaded = await loadXlsx(cliBytes);
  expect(excel.map((s) => s.name)).toEqual(loaded.sheets.map((s) => s.name));
  for (const sheet of loaded.sheets) expect([sheet.name, toGrid(model(sheet.name)).values]).toEqual([sheet.name, sheet.values]);
  expect(toGrid(model(RESULT_SHEET)).merges.map(rangeAddress).sort()).toEqual(
    loaded.sheets
      .find((s) => s.name === RESULT_SHEET)!
      .merges.map(rangeAddress)
      .sort(),
  );
});

test('Kết quả looks the same: every cell’s value and format, merges, column widths, frozen rows', async () => {
  // The CLI's file read back as the harness reads a file (ExcelJS for the formats), beside the add-in's sheet.
  const { model: fromFile } = await modelFromXlsx(
    cliBytes.buffer.slice(cliBytes.byteOffset, cliBytes.byteOffset + cliBytes.byteLength) as ArrayBuffer,
  );
  const view = (sheet: SheetModel) => {
    const { cells, merges, columnWidths, freezeRows } = (snapshot({ ...fromFile, sheets: [sheet] }) as Record<string, unknown>[])[0];
    return { cells, merges, columnWidths, freezeRows };
  };
  const ours = view(model(RESULT_SHEET));
  expect(ours).toEqual(view(fromFile.sheets.find((s) => s.name === RESULT_SHEET)!));
  const cells = ours.cells as { bold: boolean; fill: string | null; borders: object; numberFormat: string }[];
  expect(cells.length).toBeGreaterThan(50);
  for (const has of [
    (c: (typeof cells)[number]) => c.bold,
    (c: (typeof cells)[number]) => c.fill !== null,
    (c: (typeof cells)[number]) => Object.keys(c.borders).length > 0,
    (c: (typeof cells)[number]) => c.numberFormat !== 'General',
  ]) {
    expect(cells.some(has)).toBe(true); // formats there to compare, not only values
  }
});

test('our highlights: the same cells and fills, after the user’s own rule in both', async () => {
  const xml = await sheetXml(SCORES);
  const styles = await cli.file('xl/styles.xml')!.async('string');
  const dxfs = [...(/<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]);
  const fillOf = (dxf: string | null) =>
    dxf === null ? null : `#${/<bgColor rgb="FF([0-9A-F]{6})"/i.exec(dxfs[Number(dxf)])?.[1]?.toUpperCase()}`;
  const fromCli = [...xml.matchAll(/<conditionalFormatting sqref="([^"]*)">([\s\S]*?)<\/conditionalFormatting>/g)]
    .flatMap((m) =>
      [...m[2].matchAll(/<cfRule\b([^>]*)>([\s\S]*?)<\/cfRule>/g)].map((r) => ({
        priority: Number(attr(r[1], 'priority')),
        rule: {
          sqref: m[1],
          type: attr(r[1], 'type'),
          formula: /<formula>([\s\S]*?)<\/formula>/.exec(r[2])?.[1]?.replace(/&quot;/g, '"') ?? null,
          fill: fillOf(attr(r[1], 'dxfId')),
        },
      })),
    )
    .sort((a, b) => a.priority - b.priority)
    .map((r) => r.rule);
  const fromExcel = model(SCORES).conditionalFormats.map((cf) => ({
    sqref: rangeAddress(cf.range),
    type: cf.type === 'Custom' ? 'expression' : 'colorScale',
    formula: cf.formula?.replace(/^=/, '') ?? null,
    fill: cf.type === 'Custom' ? cf.fill : null,
  }));
  expect(fromExcel).toEqual(fromCli);
  expect(fromCli[0].type).toBe('colorScale'); // the user's rule first
  expect(fromCli.length).toBeGreaterThan(1);
});

test('Kết quả prints the same: A4, landscape, one page wide', async () => {
  const xml = await sheetXml(RESULT_SHEET);
  const setup = /<pageSetup\b[^>]*>/.exec(xml)![0];
  const fromCli = {
    orientation: attr(setup, 'orientation'),
    paper: attr(setup, 'paperSize') === '9' ? 'A4' : attr(setup, 'paperSize'),
    wide: Number(attr(setup, 'fitToWidth')),
    tall: Number(attr(setup, 'fitToHeight')),
    fit: /<pageSetUpPr\b[^>]*fitToPage="1"/.test(xml),
  };
  const layout = model(RESULT_SHEET).pageLayout;
  const fromExcel = {
    orientation: layout.orientation.toLowerCase(),
    paper: layout.paperSize,
    wide: layout.zoom.horizontalFitToPages,
    tall: layout.zoom.verticalFitToPages,
    fit: layout.zoom.scale === undefined,
  };
  expect(fromExcel).toEqual(fromCli);
  expect(fromCli).toEqual({ orientation: 'landscape', paper: 'A4', wide: 1, tall: 0, fit: true });
  expect(model(RESULT_SHEET).freezeRows).toBe(Number(/<pane\b[^>]*ySplit="(\d+)"/.exec(xml)?.[1] ?? 0));
});

test('the chart: the same series, categories, labels, axes, colour and place', async () => {
  const chartPart = Object.keys(cli.files).find((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))!;
  const xml = await cli.file(chartPart)!.async('string');
  const drawing = await cli.file(Object.keys(cli.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))!)!.async('string');
  const ref = (tag: string) =>
    /<c:f>'[^']*'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)<\/c:f>/.exec(/<c:[a-z]+>[\s\S]*?<\/c:[a-z]+>/.exec(xml.slice(xml.indexOf(tag)))![0]);
  const cell = (m: RegExpExecArray) => `${m[1]}${m[2]}:${m[3]}${m[4]}`;
  const corner = (tag: string) => {
    const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>[\\s\\S]*?<xdr:row>(\\d+)</xdr:row>`).exec(drawing)!;
    return { row: Number(m[2]), col: Number(m[1]) };
  };
  const from = corner('from');
  const to = corner('to');
  const fromCli = {
    type: /<c:barDir val="bar"\/>/.test(xml) && /<c:grouping val="clustered"\/>/.test(xml) ? 'BarClustered' : 'other',
    title: /<c:title>[\s\S]*?<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1],
    titleBold: /<c:title>[\s\S]*?<a:defRPr sz="(\d+)" b="1"\/>/.exec(xml)
      ? Number(/<c:title>[\s\S]*?sz="(\d+)"/.exec(xml)![1]) / 100
      : null,
    legend: /<c:legend>/.test(xml),
    series: /<c:ser>[\s\S]*?<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(xml)?.[1],
    categories: cell(ref('<c:cat>')!),
    values: cell(ref('<c:val>')!),
    labels: /<c:dLbls>[\s\S]*?<c:showVal val="1"\/>/.test(xml),
    reversed: /<c:catAx>[\s\S]*?<c:orientation val="maxMin"\/>/.test(xml),
    valueAxisAtEnd: /<c:valAx>[\s\S]*?<c:crosses val="max"\/>/.test(xml),
    fill: `#${/<c:ser>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"\/>/i.exec(xml)?.[1]}`,
    gap: Number(/<c:gapWidth val="(\d+)"\/>/.exec(xml)?.[1]),
    place: { from, to: { row: to.row - 1, col: to.col - 1 } },
  };
  const chart: ChartModel = model(RESULT_SHEET).charts[0];
  const series = chart.series[0];
  const a1 = (r: CellRange) => `${columnName(r.left)}${r.top + 1}:${columnName(r.right)}${r.bottom + 1}`;
  const fromExcel = {
    type: chart.type,
    title: chart.title,
    titleBold: chart.titleFont.bold ? chart.titleFont.size : null,
    legend: chart.legendVisible,
    series: series.name,
    categories: a1(series.categories!),
    values: a1(series.values),
    labels: series.dataLabels?.showValue === true,
    reversed: chart.reversedCategories,
    valueAxisAtEnd: chart.valueAxisCrosses === 'Maximum',
    fill: series.fill,
    gap: series.gapWidth,
    place: chart.position,
  };
  expect(fromExcel).toEqual(fromCli);
  expect(model(RESULT_SHEET).charts).toHaveLength(1);
});
