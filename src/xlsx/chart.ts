// ExcelJS cannot write charts, so the bar chart of totals is added to the written .xlsx package as DrawingML:
// a drawing anchored on the sheet and a clustered bar chart whose series refer to the sheet's cells, with cached
// values so that viewers show it without recalculating.

import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellRange } from '../workbook/grid';
import { columnName } from '../workbook/grid';
import type { ChartPlan } from '../workbook/plan';
import { escapeXml, sheetParts } from './package';

export interface SheetChart {
  sheet: string;
  chart: ChartPlan;
}

const NS = {
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

/** Adds the charts to a written .xlsx package. */
export async function addCharts(bytes: Uint8Array, charts: SheetChart[], workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await injectCharts(zip, charts, workbook);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Adds the charts' parts to a package being built (JSZip API): drawings, charts, relationships, content types. */
export async function injectCharts(zip: JSZip, charts: SheetChart[], workbook: ExcelJS.Workbook): Promise<void> {
  let n = 1;
  for (const { sheet, chart } of charts) {
    const sheetPath = await sheetPart(zip, sheet);
    const ws = workbook.worksheets.find((w) => w.name === sheet);
    if (!sheetPath || !ws) continue;
    while (zip.file(`xl/drawings/drawing${n}.xml`) || zip.file(`xl/charts/chart${n}.xml`)) n++;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(sheet, chart, ws));
    zip.file(`xl/drawings/drawing${n}.xml`, drawingXml(chart.anchor));
    zip.file(`xl/drawings/_rels/drawing${n}.xml.rels`, rels([{ id: 'rId1', type: NS.chartRel, target: `../charts/chart${n}.xml` }]));
    const relId = await addRelationship(zip, sheetPath, NS.drawingRel, `../drawings/drawing${n}.xml`);
    const xml = await zip.file(sheetPath)!.async('string');
    const withNs = /xmlns:r=/.test(xml.slice(0, 1000)) ? xml : xml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    // <drawing> comes before these elements in the worksheet schema.
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/.exec(withNs)!;
    zip.file(sheetPath, withNs.slice(0, before.index) + `<drawing r:id="${relId}"/>` + withNs.slice(before.index));
    await addContentTypes(zip, [
      [`/xl/charts/chart${n}.xml`, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
      [`/xl/drawings/drawing${n}.xml`, 'application/vnd.openxmlformats-officedocument.drawing+xml'],
    ]);
    n++;
  }
}

/** The package path of a sheet, e.g. "xl/worksheets/sheet7.xml". */
async function sheetPart(zip: JSZip, name: string): Promise<string | null> {
  const wb = await zip.file('xl/workbook.xml')?.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  return wb && wbRels ? (sheetParts(wb, wbRels).get(name) ?? null) : null;
}

async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const slash = partPath.lastIndexOf('/');
  const relPath = `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
  const existing = (await zip.file(relPath)?.async('string')) ?? rels([]);
  const used = new Set([...existing.matchAll(/Id="([^"]*)"/g)].map((m) => m[1]));
  let i = 1;
  while (used.has(`rId${i}`)) i++;
  const id = `rId${i}`;
  zip.file(relPath, existing.replace('</Relationships>', `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
  return id;
}

async function addContentTypes(zip: JSZip, parts: [string, string][]): Promise<void> {
  let xml = await zip.file('[Content_Types].xml')!.async('string');
  for (const [part, type] of parts) {
    if (!xml.includes(`PartName="${part}"`)) xml = xml.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
  }
  zip.file('[Content_Types].xml', xml);
}

function rels(list: { id: string; type: string; target: string }[]): string {
  const items = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${items}</Relationships>`;
}

function drawingXml(a: CellRange): string {
  const corner = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${corner('from', a.top, a.left)}${corner('to', a.bottom + 1, a.right + 1)}` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ tổng điểm"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

function ref(sheet: string, r: CellRange): string {
  const a = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;
  return escapeXml(`'${sheet.replace(/'/g, "''")}'!${a(r.top, r.left)}:${a(r.bottom, r.right)}`);
}

function chartXml(sheet: string, chart: ChartPlan, ws: ExcelJS.Worksheet): string {
  const cells = (r: CellRange) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ws.getCell(r.top + i + 1, r.left + 1).value);
  const cats = cells(chart.categories).map((v) => String(v ?? ''));
  const vals = cells(chart.values).map((v) => (typeof v === 'number' ? v : 0));
  const pts = (list: (string | number)[]) => list.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join('');
  const rich = (text: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${rich(chart.title, 1400)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${ref(sheet, chart.categories)}</c:f><c:strCache><c:ptCount val="${cats.length}"/>${pts(cats)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(sheet, chart.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${pts(vals)}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>' +
    '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
