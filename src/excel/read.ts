// Reading the open workbook, bounded by what Excel on the web returns at once (5 MB):
//   sync 1 — the sheets (name, visibility, protection), the workbook's structure protection, its calculation mode
//            and its date system;
//   sync 2 — each sheet's used range (its extent only) and the conditional formats of the sheets that may carry our
//            highlights; in manual calculation mode the workbook is recalculated first (F9), so that formula values
//            are current;
//   sync 3 — the values of every sheet, in row bands planned against a 4 MB response budget (one sync for any
//            ordinary workbook), and on Excel with ExcelApi 1.13 the merged areas of the bloc's sheets, in tiles of
//            at most 512 cells (getMergedAreasOrNullObject fails above 512 areas, and returns an area in the tile
//            that holds its top-left cell). A band Excel still finds too large is split and read again.
// The templates kept in `_bxtd_mau` (up to megabytes of base64) are never part of this read: only when asked,
// they are read on their own, in bands of their own. Never a sync per sheet or per unit.

import type { Text } from '../domain/model';
import { formatCount } from '../domain/format';
import { fold } from '../domain/text';
import { cellAddress, parseAddress, type CellRange, type CellValue, type SheetGrid } from '../workbook/grid';
import { SHEET_NAMES } from '../workbook/format-v1';
import { OWNED_NAMES } from '../workbook/ownership';
import { isOurHighlightFormula } from '../workbook/plan';
import { RESPONSE_BUDGET } from './budget';
import { gridValue } from './cells';
import { officeCodeOf, REFUSALS } from './errors';

export interface SheetInfo {
  name: string;
  protected: boolean;
  visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  /** Review › Protect Workbook: sheets cannot be added, deleted or hidden. */
  structureProtected: boolean;
  /** Formulas › Calculation Options › Manual: formula values may be stale until recalculated. */
  manualCalculation: boolean;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904: boolean;
}

/** What the read phase leaves for the write phase: grids, and our earlier highlights ready to delete. */
export interface ReadState {
  info: WorkbookInfo;
  sheets: SheetInfo[];
  grids: SheetGrid[];
  /** Our conditional formats found per sheet (loaded proxies, reached by id, that can be deleted in the write phase). */
  ourHighlights: Map<string, Excel.ConditionalFormat[]>;
  /** False when Excel lacks getMergedAreasOrNullObject (ExcelApi 1.13); a bloc sheet too large to read them all has a note. */
  mergesRead: boolean;
  /** What the user should know about this read (a recalculation, merged cells not read). */
  notes: Text[];
}

/** Cells of used ranges the add-in reads at most in one workbook (the .xlsx reader's own limit). */
export const READ_CELLS_LIMIT = 5_000_000;
/** Response bytes planned per cell of values (numbers, short texts and blanks; a band over it is split and retried). */
const CELL_BYTES = 32;
/** Response bytes planned per row of kept templates: one chunk of base64 (30,000 characters) and its labels. */
const KEPT_ROW_BYTES = 33 * 1024;
/** getMergedAreasOrNullObject "will fail to return the result" above 512 areas; a tile of 512 cells holds no more. */
export const MERGE_TILE_CELLS = 512;
/** Tiles of merged areas read at most per workbook (about 200,000 cells of bloc sheets). */
const MAX_MERGE_TILES = 400;
/** Response bytes planned per tile of merged areas (a few addresses; a crowded tile is split and retried). */
const TILE_BYTES = 2048;

export function sameSheet(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** The sheet holding the templates kept in the workbook (`_bxtd_mau`, or ours beside a user's sheet of that name). */
export function isKeptTemplatesSheet(name: string): boolean {
  return fold(name).startsWith(fold(OWNED_NAMES.templates));
}

/** A sheet the reader looks for (Thông tin, Đơn vị, Chấm điểm...): the sheets whose merged cells it uses. */
function isBlocSheet(name: string): boolean {
  return Object.values(SHEET_NAMES).some((names) => names.some((n) => sameSheet(n, name)));
}

/** Sync 1: the sheets, their protection and visibility; the workbook's protection, calculation mode, date system. */
export async function readWorkbookInfo(context: Excel.RequestContext): Promise<WorkbookInfo> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  workbook.protection.load('protected');
  workbook.application.load('calculationMode');
  // =DATE(1904,1,1) is 0 in the 1904 date system and 1462 in the 1900 one.
  const epoch = workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await context.sync();
  return {
    sheets: sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected, visibility: ws.visibility })),
    structureProtected: workbook.protection.protected,
    manualCalculation: workbook.application.calculationMode === 'Manual',
    date1904: epoch.value === 0,
  };
}

/** Queues the load of a sheet's conditional formats (type, id, custom formula) and returns the collection. */
export function queueHighlightLoad(context: Excel.RequestContext, sheet: string): Excel.ConditionalFormatCollection {
  const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  // The id makes the client reach each rule by id when it is deleted; by position, a second delete in the same
  // request would hit the rule after the one meant (positions shift).
  cfs.load('items/type,items/id,items/customOrNullObject/rule/formula');
  return cfs;
}

/** After the sync: the formats among them that are ours (the marker in a custom rule's formula). */
export function ourFormats(cfs: Excel.ConditionalFormatCollection): Excel.ConditionalFormat[] {
  return cfs.items.filter((cf) => cf.type === 'Custom' && isOurHighlightFormula(cf.customOrNullObject.rule.formula));
}

interface Extent {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A rectangle of one sheet read in one go: values, or (tile) its merged areas. */
interface Part extends Extent {
  sheet: string;
  kind: 'values' | 'merges';
  bytes: number;
}

function valueBands(sheet: string, e: Extent, rowBytes: number): Part[] {
  const perBand = Math.max(1, Math.floor(RESPONSE_BUDGET / Math.max(1, rowBytes)));
  const out: Part[] = [];
  for (let r = 0; r < e.rows; r += perBand) {
    const rows = Math.min(perBand, e.rows - r);
    out.push({ sheet, kind: 'values', top: e.top + r, left: e.left, rows, cols: e.cols, bytes: rows * rowBytes });
  }
  return out;
}

function mergeTiles(sheet: string, e: Extent): Part[] {
  const out: Part[] = [];
  const cols = Math.min(e.cols, MERGE_TILE_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_TILE_CELLS / cols));
  for (let r = 0; r < e.rows; r += rows) {
    for (let c = 0; c < e.cols; c += cols) {
      out.push({
        sheet,
        kind: 'merges',
        top: e.top + r,
        left: e.left + c,
        rows: Math.min(rows, e.rows - r),
        cols: Math.min(cols, e.cols - c),
        bytes: TILE_BYTES,
      });
    }
  }
  return out;
}

interface Loaded {
  values: Map<string, { top: number; left: number; values: unknown[][] }[]>;
  merges: Map<string, CellRange[]>;
}

/**
 * Reads the parts, as few syncs as the response budget allows. A sync Excel refuses as too large to answer is
 * split: the parts in halves, a single band by its rows; a single row still too large is refused, naming it.
 */
async function readParts(context: Excel.RequestContext, parts: Part[], into: Loaded): Promise<void> {
  const batches: Part[][] = [];
  let batch: Part[] = [];
  let bytes = 0;
  for (const p of parts) {
    if (batch.length > 0 && bytes + p.bytes > RESPONSE_BUDGET) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(p);
    bytes += p.bytes;
  }
  if (batch.length > 0) batches.push(batch);
  for (const b of batches) await readBatch(context, b, into);
}

async function readBatch(context: Excel.RequestContext, parts: Part[], into: Loaded): Promise<void> {
  const queued = parts.map((p) => {
    const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.top, p.left, p.rows, p.cols);
    if (p.kind === 'values') return { p, values: range.load('values'), merged: null };
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    return { p, values: null, merged };
  });
  try {
    await context.sync();
  } catch (e) {
    if (officeCodeOf(e) !== 'ResponsePayloadSizeLimitExceeded') throw e;
    if (parts.length > 1) {
      const half = Math.ceil(parts.length / 2);
      await readBatch(context, parts.slice(0, half), into);
      await readBatch(context, parts.slice(half), into);
      return;
    }
    const [p] = parts;
    if (p.rows < 2) throw REFUSALS.rowTooLarge(p.sheet, p.top + 1);
    const upper = Math.ceil(p.rows / 2);
    await readBatch(context, [{ ...p, rows: upper }], into);
    await readBatch(context, [{ ...p, top: p.top + upper, rows: p.rows - upper }], into);
    return;
  }
  for (const { p, values, merged } of queued) {
    if (values) {
      // Excel answers null for a range too large to return (office-js #4783); bands are far below that.
      if (values.values === null)
        throw REFUSALS.sheetTooLarge(p.sheet, cellAddress(p.top + p.rows - 1, p.left + p.cols - 1), p.rows * p.cols, READ_CELLS_LIMIT);
      into.values.set(p.sheet, [...(into.values.get(p.sheet) ?? []), { top: p.top, left: p.left, values: values.values }]);
    } else if (merged && !merged.isNullObject) {
      into.merges.set(p.sheet, [...(into.merges.get(p.sheet) ?? []), ...parseAreas(merged.address)]);
    }
  }
}

export interface ReadOptions {
  /** ExcelApi 1.13 is there: merged areas can be read. */
  mergedAreas: boolean;
  /** Also read the templates kept in the workbook (only the minutes need them). */
  keptTemplates?: boolean;
  /** The sheets whose conditional formats are loaded (our highlights); default: `Chấm điểm` and its other names. */
  highlightable?: (name: string) => boolean;
}

/** Syncs 2 and 3 (see the top of this file): every sheet's grid, our highlights, the notes about the read. */
export async function readGrids(context: Excel.RequestContext, info: WorkbookInfo, opts: ReadOptions): Promise<ReadState> {
  const highlightable = opts.highlightable ?? ((name: string) => SHEET_NAMES.scores.some((s) => sameSheet(name, s)));
  const notes: Text[] = [];
  if (info.manualCalculation) {
    context.workbook.application.calculate('Recalculate');
    notes.push({
      vi: 'Excel đang ở chế độ tính toán thủ công: tiện ích đã tính lại sổ (như nhấn F9) trước khi đọc, để các ô công thức có giá trị mới nhất.',
      en: 'Excel is in manual calculation mode: the add-in recalculated the workbook (as F9 does) before reading, so that formula cells hold current values.',
    });
  }
  const cfLoads = new Map<string, Excel.ConditionalFormatCollection>();
  const used = info.sheets.map(({ name }) => {
    if (highlightable(name)) cfLoads.set(name, queueHighlightLoad(context, name));
    const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name, range };
  });
  await context.sync();

  const extents = new Map<string, Extent | null>();
  for (const { name, range } of used) {
    extents.set(
      name,
      range.isNullObject ? null : { top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, cols: range.columnCount },
    );
  }
  checkSize(
    info.sheets.filter((s) => !isKeptTemplatesSheet(s.name)),
    extents,
  );

  const parts: Part[] = [];
  let tiles = 0;
  for (const { name } of info.sheets) {
    const e = extents.get(name);
    if (!e || isKeptTemplatesSheet(name)) continue;
    parts.push(...valueBands(name, e, e.cols * CELL_BYTES));
    if (!opts.mergedAreas || !isBlocSheet(name)) continue;
    const sheetTiles = mergeTiles(name, e);
    const room = Math.max(0, MAX_MERGE_TILES - tiles);
    parts.push(...sheetTiles.slice(0, room));
    tiles += Math.min(room, sheetTiles.length);
    if (sheetTiles.length > room) {
      const lastRow = sheetTiles[room]?.top ?? e.top;
      notes.push({
        vi: `Trang «${name}» quá lớn để đọc hết các ô gộp: chỉ đọc được ô gộp tới dòng ${formatCount(lastRow, 'vi')}; tên đơn vị gộp ở dưới đó được nhận theo cột Tự chấm, Khối chấm.`,
        en: `Sheet “${name}” is too large to read all its merged cells: they were read down to row ${formatCount(lastRow, 'en')}; unit names merged below are matched through the Tự chấm and Khối chấm columns.`,
      });
    }
  }
  const loaded: Loaded = { values: new Map(), merges: new Map() };
  await readParts(context, parts, loaded);
  if (opts.keptTemplates) {
    const kept = info.sheets.filter((s) => isKeptTemplatesSheet(s.name));
    for (const { name } of kept) {
      const e = extents.get(name);
      if (e) await readParts(context, valueBands(name, e, KEPT_ROW_BYTES), loaded);
    }
  }

  const grids: SheetGrid[] = info.sheets.map(({ name }) => {
    const bands = loaded.values.get(name) ?? [];
    const grid: SheetGrid = { name, values: placeBands(bands), merges: loaded.merges.get(name) ?? [] };
    if (info.date1904) grid.date1904 = true;
    return grid;
  });
  const ourHighlights = new Map<string, Excel.ConditionalFormat[]>();
  for (const [name, cfs] of cfLoads) ourHighlights.set(name, ourFormats(cfs));
  return { info, sheets: info.sheets, grids, ourHighlights, mergesRead: opts.mergedAreas, notes };
}

/** The used ranges together must stay within what the add-in reads; else the largest sheet is named. */
function checkSize(sheets: SheetInfo[], extents: Map<string, Extent | null>): void {
  let total = 0;
  let largest: { name: string; e: Extent } | null = null;
  for (const { name } of sheets) {
    const e = extents.get(name);
    if (!e) continue;
    total += e.rows * e.cols;
    if (!largest || e.rows * e.cols > largest.e.rows * largest.e.cols) largest = { name, e };
  }
  if (total > READ_CELLS_LIMIT && largest) {
    const { name, e } = largest;
    throw REFUSALS.sheetTooLarge(name, cellAddress(e.top + e.rows - 1, e.left + e.cols - 1), e.rows * e.cols, READ_CELLS_LIMIT);
  }
}

/** Bands of values (each at its offset from A1) as one grid: "" as null, trailing blanks trimmed. */
function placeBands(bands: { top: number; left: number; values: unknown[][] }[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const band of bands) {
    band.values.forEach((line, i) => {
      const row: CellValue[] = Array.from({ length: band.left }, () => null);
      for (const v of line) row.push(gridValue(v));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      rows[band.top + i] = row;
    });
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** The used range's values placed at their offset from A1, "" as null, trailing blanks trimmed. */
export function placeAt(values: unknown[][], rowIndex: number, columnIndex: number): CellValue[][] {
  return placeBands([{ top: rowIndex, left: columnIndex, values }]);
}

const COLUMN = '\\$?([A-Z]{1,3})';
const ROW = '\\$?(\\d{1,7})';

/**
 * "'Chấm điểm'!D4:E4, 'Chấm điểm'!F4:G4" (sheet names may hold commas, quotes and "!") to 0-based ranges;
 * whole rows ("'S'!3:5") and whole columns ("S!A:C") too.
 */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  const sheet = "(?:'(?:[^']|'')*'|[^'!,\\s][^'!,]*)!";
  const re = new RegExp(`${sheet}(?:${COLUMN}${ROW}(?::${COLUMN}${ROW})?|${COLUMN}:${COLUMN}|${ROW}:${ROW})`, 'gi');
  for (const m of address.matchAll(re)) {
    if (m[1]) {
      const from = parseAddress(`${m[1]}${m[2]}`);
      const to = m[3] ? parseAddress(`${m[3]}${m[4]}`) : from;
      out.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
    } else if (m[5]) {
      out.push({ top: 0, left: parseAddress(`${m[5]}1`).col, bottom: LAST_ROW, right: parseAddress(`${m[6]}1`).col });
    } else {
      out.push({ top: Number(m[7]) - 1, left: 0, bottom: Number(m[8]) - 1, right: LAST_COL });
    }
  }
  return out;
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
