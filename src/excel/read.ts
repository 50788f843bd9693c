// Reading the open workbook: sheet names and protection in one sync, then every sheet's values, merged areas and
// (on the sheets that may carry highlights) conditional formats in one more. Never a sync inside a loop.

import { fold } from '../domain/text';
import { parseAddress, type CellRange, type CellValue, type SheetGrid } from '../workbook/grid';
import { SHEET_NAMES } from '../workbook/format-v1';
import { isOurHighlightFormula } from '../workbook/plan';
import { gridValue } from './cells';

export interface SheetInfo {
  name: string;
  protected: boolean;
  visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
}

/** What the read phase leaves for the write phase: grids, and our earlier highlights ready to delete. */
export interface ReadState {
  sheets: SheetInfo[];
  grids: SheetGrid[];
  /** Our conditional formats found per sheet (loaded proxies that can be deleted in the write phase). */
  ourHighlights: Map<string, Excel.ConditionalFormat[]>;
  /** False when Excel lacks getMergedAreasOrNullObject (ExcelApi 1.13): grids then carry no merges. */
  mergesRead: boolean;
}

export function sameSheet(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** Sync 1: the sheets and whether each is protected. */
export async function readSheetList(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  await context.sync();
  return sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected, visibility: ws.visibility }));
}

/** Queues the load of a sheet's conditional formats (type and custom formula) and returns the collection. */
export function queueHighlightLoad(context: Excel.RequestContext, sheet: string): Excel.ConditionalFormatCollection {
  const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  cfs.load('items/type,items/customOrNullObject/rule/formula');
  return cfs;
}

/** After the sync: the formats among them that are ours (the marker in a custom rule's formula). */
export function ourFormats(cfs: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return cfs.items.filter((cf) => cf.type === 'Custom' && isOurHighlightFormula(cf.customOrNullObject.rule.formula));
}

interface Pending {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/**
 * Sync 2: every sheet's values (ours too: which sheets are ours is read from them) and merged areas, plus the conditional formats of the
 * sheets `highlightable` picks. One sync, whatever the number of sheets or units.
 */
export async function readGrids(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  opts: { mergedAreas: boolean; highlightable?: (name: string) => boolean },
): Promise<ReadState> {
  const highlightable = opts.highlightable ?? ((name: string) => SHEET_NAMES.scores.some((s) => sameSheet(name, s)));
  const pending: Pending[] = [];
  const cfLoads = new Map<string, Excel.ConditionalFormatCollection>();
  for (const { name } of sheets) {
    if (highlightable(name)) cfLoads.set(name, queueHighlightLoad(context, name));
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    let merged: Excel.RangeAreas | null = null;
    if (opts.mergedAreas) {
      merged = ws.getRange().getMergedAreasOrNullObject();
      merged.load('address');
    }
    pending.push({ name, used, merged });
  }
  await context.sync();

  const grids = pending.map(({ name, used, merged }) => ({
    name,
    values: used.isNullObject ? [] : placeAt(used.values, used.rowIndex, used.columnIndex),
    merges: merged && !merged.isNullObject ? parseAreas(merged.address) : [],
  }));
  const ourHighlights = new Map<string, Excel.ConditionalFormat[]>();
  for (const [name, cfs] of cfLoads) ourHighlights.set(name, ourFormats(cfs));
  return { sheets, grids, ourHighlights, mergesRead: opts.mergedAreas };
}

/** The used range's values placed at their offset from A1, "" as null, trailing blanks trimmed. */
export function placeAt(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  for (const line of values) {
    const row: CellValue[] = Array.from({ length: columnIndex }, () => null);
    for (const v of line) row.push(gridValue(v));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** "'Chấm điểm'!D4:E4, 'Chấm điểm'!F4:G4" (sheet names may hold commas or quotes) to 0-based ranges. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /(?:'(?:[^']|'')*'|[^'!,\s][^'!,]*)!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/gi;
  for (const m of address.matchAll(re)) {
    const from = parseAddress(`${m[1]}${m[2]}`);
    const to = m[3] ? parseAddress(`${m[3]}${m[4]}`) : from;
    out.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return out;
}
