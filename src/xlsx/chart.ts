// The bar chart of totals as DrawingML: a drawing anchored on the result sheet and a clustered bar chart whose
// series refer to the sheet's cells, with cached values so that viewers show it without recalculating. Text in
// chart XML has no `_xHHHH_` convention: characters XML cannot carry are dropped (xmlText).

import type { CellRange, CellValue } from '../workbook/grid';
import { columnName, plainText } from '../workbook/grid';
import type { ChartPlan } from '../workbook/plan';
import { xmlText } from './xml';

export const CHART_NS = {
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  drawingType: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chartType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const NS = CHART_NS;

/** The drawing part that anchors one chart (relationship rId1) over the cells of `a`. */
export function drawingXml(a: CellRange, name = 'Biểu đồ tổng điểm'): string {
  const corner = (tag: string, row: number, col: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor>${corner('from', a.top, a.left)}${corner('to', a.bottom + 1, a.right + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** A series' reference to cells, as chart XML writes it: `'Kết quả'!$B$5:$B$15`. */
export function cellRef(sheet: string, r: CellRange): string {
  const a = (row: number, col: number) => `$${columnName(col)}$${row + 1}`;
  return xmlText(`'${sheet.replace(/'/g, "''")}'!${a(r.top, r.left)}:${a(r.bottom, r.right)}`);
}

/** The chart part; `values` are the sheet's cells (the plan's values, from A1). */
export function chartXml(sheet: string, chart: ChartPlan, values: readonly (readonly CellValue[])[]): string {
  const cells = (r: CellRange) => Array.from({ length: r.bottom - r.top + 1 }, (_, i) => values[r.top + i]?.[r.left] ?? null);
  const cats = cells(chart.categories).map((v) => plainText(v));
  const vals = cells(chart.values).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
  const pts = (list: (string | number)[]) => list.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`).join('');
  const rich = (text: string, size: number) =>
    `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${rich(chart.title, 1400)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(chart.seriesName)}</c:v></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="2F5597"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${cellRef(sheet, chart.categories)}</c:f><c:strCache><c:ptCount val="${cats.length}"/>${pts(cats)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${cellRef(sheet, chart.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${pts(vals)}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>' +
    '<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}
