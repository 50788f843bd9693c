// SpreadsheetML for the cells and sheets the product writes: one cell (values as values — a string is always
// inline text, never a formula; control characters kept as `_xHHHH_`), and a whole sheet of ours from its plan
// (values, formats, widths, row heights, merges, frozen rows, print setup, the chart's drawing).

import { cellAddress, isCellProblem, rangeAddress, type CellValue } from '../workbook/grid';
import type { CellFormat, OwnedSheetPlan } from '../workbook/plan';
import type { StyleBook } from './styles';
import { encodeCellText } from './xml';

export const SHEET_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The children of a worksheet in the order the schema (CT_Worksheet) requires. */
const WORKSHEET_CHILDREN = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** The worksheet children that must come after `element` (a new one is inserted before the first of these). */
export function childrenAfter(element: string): string[] {
  const i = WORKSHEET_CHILDREN.indexOf(element);
  if (i < 0) throw new Error(`not a worksheet child: ${element}`);
  return WORKSHEET_CHILDREN.slice(i + 1);
}

/** One cell element; `p` is the element prefix ("" or "x:"), `style` the cellXfs index (or null). */
export function cellXml(p: string, row: number, col: number, value: CellValue | undefined, style: number | null): string {
  const s = style ? ` s="${style}"` : '';
  const r = cellAddress(row, col);
  if (value === null || value === undefined) return `<${p}c r="${r}"${s}/>`;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<${p}c r="${r}"${s}><${p}v>${String(value)}</${p}v></${p}c>` : `<${p}c r="${r}"${s}/>`;
  }
  if (typeof value === 'boolean') return `<${p}c r="${r}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const text = isCellProblem(value) ? value.text : value;
  return `<${p}c r="${r}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${encodeCellText(text)}</${p}t></${p}is></${p}c>`;
}

/** Every format op of the plan merged per cell, later ops over earlier ones. */
function cellFormats(plan: OwnedSheetPlan): Map<number, Map<number, CellFormat>> {
  const out = new Map<number, Map<number, CellFormat>>();
  for (const op of plan.formats) {
    for (let r = op.range.top; r <= op.range.bottom; r++) {
      let line = out.get(r);
      if (!line) out.set(r, (line = new Map()));
      for (let c = op.range.left; c <= op.range.right; c++) line.set(c, { ...line.get(c), ...op.format });
    }
  }
  return out;
}

/** The worksheet part of a sheet of ours. `drawingRelId`: the relationship of its chart's drawing, if any. */
export function ownedSheetXml(plan: OwnedSheetPlan, styles: StyleBook, drawingRelId: string | null): string {
  const formats = cellFormats(plan);
  const rows = Math.max(plan.values.length, ...[...formats.keys()].map((r) => r + 1), 0);
  let lastCol = 0;
  const body: string[] = [];
  for (let r = 0; r < rows; r++) {
    const values = plan.values[r] ?? [];
    const fmt = formats.get(r);
    const cols = new Set<number>();
    values.forEach((v, c) => {
      if (v !== null && v !== undefined) cols.add(c);
    });
    fmt?.forEach((_, c) => cols.add(c));
    const height = plan.rowHeights?.[r];
    if (!cols.size && !height) continue;
    const cells = [...cols]
      .sort((a, b) => a - b)
      .map((c) => {
        lastCol = Math.max(lastCol, c);
        const f = fmt?.get(c);
        return cellXml('', r, c, values[c], f ? styles.cellXf(f) : null);
      });
    const ht = height ? ` ht="${height}" customHeight="1"` : '';
    body.push(cells.length ? `<row r="${r + 1}"${ht}>${cells.join('')}</row>` : `<row r="${r + 1}"${ht}/>`);
  }
  const dimension = rows ? rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: lastCol }) : 'A1';
  const frozen = plan.freezeRows
    ? `<pane ySplit="${plan.freezeRows}" topLeftCell="${cellAddress(plan.freezeRows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
    : '';
  const cols = plan.columnWidths.map((w, c) => (w ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : '')).join('');
  const merges = plan.merges.length
    ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join('')}</mergeCells>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${SHEET_MAIN}" xmlns:r="${REL_NS}">` +
    (plan.print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    (body.length ? `<sheetData>${body.join('')}</sheetData>` : '<sheetData/>') +
    merges +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (plan.print ? `<pageSetup paperSize="9" orientation="${plan.print}" fitToWidth="1" fitToHeight="0"/>` : '') +
    (drawingRelId ? `<drawing r:id="${drawingRelId}"/>` : '') +
    '</worksheet>'
  );
}
