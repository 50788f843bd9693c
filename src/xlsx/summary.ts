// The province summary workbook (`Tong-hop-<tỉnh>-<năm>.xlsx`): a new workbook built with ExcelJS from the plain
// sheets of src/province/book.ts, then the stacked bar chart of proposals per bloc added to the package as DrawingML
// (ExcelJS cannot write charts). Nothing here decides what the sheets say.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SummaryBook, SummaryChart, SummarySheet } from '../province/book';
import { isCellProblem, type CellRange, type CellValue } from '../workbook/grid';
import { cellRef, drawingXml } from './chart';
import { sheetParts } from './package';
import { applyFormat } from './split';
import { xmlText } from './xml';

const FONT = { name: 'Times New Roman', size: 11 } as const;

export async function summaryBytes(book: SummaryBook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Bình xét Thi đua';
  workbook.title = book.title;
  workbook.created = new Date();
  workbook.modified = workbook.created;
  for (const sheet of book.sheets) writeSheet(workbook, sheet);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const charts = book.sheets.filter((s) => s.chart);
  if (!charts.length) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let n = 1;
  for (const sheet of charts) await addChart(zip, sheet.name, sheet.chart!, sheet.values, n++);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function writeSheet(workbook: ExcelJS.Workbook, s: SummarySheet): void {
  const ws = workbook.addWorksheet(s.name, {
    views: [{ state: 'frozen', ySplit: s.freezeRows }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: s.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${s.headerRow + 1}:${s.headerRow + 1}`,
    },
    headerFooter: { oddFooter: '&C&P/&N' },
  });
  s.values.forEach((row, r) => {
    row.forEach((value: CellValue, c) => {
      if (value === null || value === undefined || value === '') return;
      // Strings are always text: a bloc or file name that starts with "=" is never a formula.
      ws.getCell(r + 1, c + 1).value = isCellProblem(value) ? value.text : value;
    });
  });
  const lastCol = s.columnWidths.length;
  for (let r = 1; r <= s.values.length; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { ...FONT };
      cell.alignment = { vertical: 'top' };
    }
  }
  s.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  s.rowHeights.forEach((height, r) => {
    if (height) ws.getRow(r + 1).height = height;
  });
  for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const op of s.formats) {
    for (let r = op.range.top; r <= op.range.bottom; r++) {
      for (let c = op.range.left; c <= op.range.right; c++) applyFormat(ws.getCell(r + 1, c + 1), op.format);
    }
  }
  const header = ws.getRow(s.headerRow + 1);
  header.eachCell((cell) => (cell.alignment = { ...cell.alignment, vertical: 'middle' }));
  ws.getCell(1, 1).font = { ...FONT, bold: true, size: 13 };
}

// ---------------------------------------------------------------------------------------------------------------
// The chart: a stacked horizontal bar chart whose series refer to the sheet's cells, with cached values.

const NS = {
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

async function addChart(zip: JSZip, sheet: string, chart: SummaryChart, values: CellValue[][], n: number): Promise<void> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const sheetPath = sheetParts(wb, wbRels).get(sheet);
  if (!sheetPath) throw new Error(`summary: no part for sheet ${sheet}`);
  zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet, chart, values));
  zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart.anchor, 'Biểu đồ đề nghị khen thưởng'));
  zip.file(
    `xl/drawings/_rels/drawing${n}.xml.rels`,
    `${XML_HEAD}<Relationships xmlns="${NS.rel}"><Relationship Id="rId1" Type="${NS.chartRel}" Target="../charts/chart${n}.xml"/></Relationships>`,
  );
  // The sheet's relationship to its drawing.
  const slash = sheetPath.lastIndexOf('/');
  const relPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const existing = (await zip.file(relPath)?.async('string')) ?? `${XML_HEAD}<Relationships xmlns="${NS.rel}"></Relationships>`;
  const used = new Set([...existing.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
  let i = 1;
  while (used.has(`rId${i}`)) i++;
  const relId = `rId${i}`;
  zip.file(
    relPath,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${relId}" Type="${NS.drawingRel}" Target="../drawings/drawing${n}.xml"/></Relationships>`,
    ),
  );
  const xml = await zip.file(sheetPath)!.async('string');
  const withNs = /xmlns:r=/.test(xml.slice(0, 1000)) ? xml : xml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
  // <drawing> comes before these elements in the worksheet schema.
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/.exec(
    withNs,
  )!;
  zip.file(sheetPath, withNs.slice(0, before.index) + `<drawing r:id="${relId}"/>` + withNs.slice(before.index));
  let types = await zip.file('[Content_Types].xml')!.async('string');
  for (const [part, type] of [
    [`/xl/charts/chart${n}.xml`, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
    [`/xl/drawings/drawing${n}.xml`, 'application/vnd.openxmlformats-officedocument.drawing+xml'],
  ]) {
    if (!types.includes(`PartName="${part}"`))
      types = types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
  }
  zip.file('[Content_Types].xml', types);
}

function chartXml(sheet: string, chart: SummaryChart, values: CellValue[][]): string {
  const cells = (r: CellRange) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => values[r.top + i]?.[r.left] ?? null);
  const cats = cells(chart.categories).map((v) => String(v ?? ''));
  const pts = (list: (string | number)[]) => list.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`).join('');
  const rich = (text: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  const series = chart.series
    .map((s, i) => {
      const vals = cells(s.values).map((v) => (typeof v === 'number' ? v : 0));
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${cellRef(sheet, chart.categories)}</c:f><c:strCache><c:ptCount val="${cats.length}"/>${pts(cats)}</c:strCache></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${cellRef(sheet, s.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${pts(vals)}</c:numCache></c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${rich(chart.title, 1300)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
    series +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    '<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="60010"/><c:axId val="60020"/></c:barChart>' +
    '<c:catAx><c:axId val="60010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="60020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="60020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="60010"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="1"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
