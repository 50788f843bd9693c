// The Excel object model subset the add-in uses, over the in-memory model: Workbook (its protection, application,
// functions), Worksheets, Worksheet (protection, freeze panes, page layout), Range, RangeFormat (fill, font,
// borders) and merged areas. Conditional formats are in conditional.ts, charts in charts.ts. Names and shapes follow
// Office.js so the adapter's code runs unchanged, and rich-api.ts can serve the real client's requests with them.

import type { CellRange, CellValue } from '../workbook/grid';
import { formatAddress, MAX_COL, MAX_ROW, parseRange } from './address';
import { ChartCollection } from './charts';
import { ClientCollection, ClientObject, officeError, type DoubleContext, type PathOwner } from './client';
import { ConditionalFormatCollection } from './conditional';
import { WorksheetChangedEvent, WorksheetCollectionEvent } from './events';
import {
  cellFor,
  createSheet,
  findSheet,
  peekCell,
  usedRange,
  type CellModel,
  type PageLayoutModel,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { dateSerial, typeIn } from './typing';

type Scalars<T> = Record<string, (target: T) => unknown>;

export interface RangeRef {
  sheet: SheetModel;
  range: CellRange;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;
/** getMergedAreasOrNullObject "will fail to return the result" above this many areas (type definitions). */
export const MERGED_AREAS_LIMIT = 512;
/** Above about this many cells, `values` of a range comes back null (office-js #4783). */
export const VALUES_CELL_LIMIT = 5_000_000;

function model(ctx: DoubleContext): WorkbookModel {
  return ctx.model;
}

export function guardWrite(sheet: SheetModel): void {
  if (sheet.protected) {
    throw officeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }
}

function guardStructure(ctx: DoubleContext): void {
  if (ctx.model.structureProtected) {
    throw officeError('AccessDenied', 'The workbook structure is protected: sheets cannot be added, deleted, hidden or shown.');
  }
}

function sizeOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function contains(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function forEachCell(ref: RangeRef, fn: (c: CellModel, row: number, col: number) => void): void {
  if (sizeOf(ref.range) > 2_000_000) throw officeError('RangeExceedsLimit', 'The range is too large for this operation.');
  for (let r = ref.range.top; r <= ref.range.bottom; r++) {
    for (let c = ref.range.left; c <= ref.range.right; c++) fn(cellFor(ref.sheet, r, c), r, c);
  }
}

/** A uniform property of every cell in the range, or null when the cells differ (as Office.js reports it). */
function uniform<V>(ref: RangeRef, get: (c: CellModel) => V, empty: V): V | null {
  let first: V | undefined;
  for (let r = ref.range.top; r <= Math.min(ref.range.bottom, ref.range.top + 2000); r++) {
    for (let c = ref.range.left; c <= Math.min(ref.range.right, ref.range.left + 500); c++) {
      const cell = peekCell(ref.sheet, r, c);
      const v = cell ? get(cell) : empty;
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? empty;
}

/** A property of every cell, row by row; null (as Excel answers) for a range too large to return. */
function matrix<V>(ref: RangeRef, get: (c: CellModel | undefined) => V): V[][] | null {
  if (sizeOf(ref.range) > VALUES_CELL_LIMIT) return null;
  const out: V[][] = [];
  for (let r = ref.range.top; r <= ref.range.bottom; r++) {
    const row: V[] = [];
    for (let c = ref.range.left; c <= ref.range.right; c++) row.push(get(peekCell(ref.sheet, r, c)));
    out.push(row);
  }
  return out;
}

function checkDims(ref: RangeRef, values: unknown): unknown[][] {
  const rows = ref.range.bottom - ref.range.top + 1;
  const cols = ref.range.right - ref.range.left + 1;
  if (!Array.isArray(values) || values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw officeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  return values as unknown[][];
}

// ---------------------------------------------------------------------------------------------------------------

export class Workbook extends ClientObject<WorkbookModel> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model, 'workbook', null);
  }
  protected scalars(): Scalars<WorkbookModel> {
    return { name: () => 'Book1.xlsx' };
  }
  protected override navigation() {
    return { worksheets: () => this.worksheets, protection: () => this.protection, application: () => this.application };
  }
  get worksheets(): WorksheetCollection {
    return this.child('worksheets', () => new WorksheetCollection(this.context, this));
  }
  /** ExcelApi 1.7. */
  get protection(): WorkbookProtection {
    return this.child('protection', () => new WorkbookProtection(this.context, this));
  }
  get application(): Application {
    return this.child('application', () => new Application(this.context, this));
  }
  /** ExcelApi 1.2. */
  get functions(): Functions {
    return this.child('functions', () => new Functions(this.context, this));
  }
  getSelectedRange(): Range {
    const ctx = this.context;
    return new Range(
      ctx,
      () => {
        const sel = ctx.model.selection;
        const sheet = sel && findSheet(ctx.model, sel.sheet);
        return sheet && sel ? { sheet, range: sel.range } : null;
      },
      'getSelectedRange()',
      this,
    );
  }
}

export class WorkbookProtection extends ClientObject<WorkbookModel> {
  constructor(ctx: DoubleContext, parent: PathOwner) {
    super(ctx, () => ctx.model, 'protection', parent);
  }
  protected scalars(): Scalars<WorkbookModel> {
    return { protected: (m) => m.structureProtected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class Application extends ClientObject<WorkbookModel> {
  constructor(ctx: DoubleContext, parent: PathOwner) {
    super(ctx, () => ctx.model, 'application', parent);
  }
  protected scalars(): Scalars<WorkbookModel> {
    return { calculationMode: (m) => m.calculationMode };
  }
  get calculationMode(): string {
    return this.read('calculationMode');
  }
  /** The double holds formula results as loaded; a recalculation is counted, for tests. */
  calculate(calculationType: string): void {
    this.write('calculate', calculationType, (m) => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType)) {
        throw officeError('InvalidArgument', `"${calculationType}" is not a calculation type.`);
      }
      m.recalculations++;
    });
  }
}

export class Functions extends ClientObject<WorkbookModel> {
  constructor(ctx: DoubleContext, parent: PathOwner) {
    super(ctx, () => ctx.model, 'functions', parent);
  }
  protected scalars(): Scalars<WorkbookModel> {
    return {};
  }
  /** =DATE(year, month, day) in the workbook's date system. */
  date(year: number, month: number, day: number): FunctionResult {
    const ctx = this.context;
    return new FunctionResult(
      ctx,
      () => {
        ctx.requireApi('1.2', 'Functions.date');
        return { value: dateSerial(year, month, day, ctx.model.date1904), error: null };
      },
      `date(${year},${month},${day})`,
      this,
    );
  }
}

export class FunctionResult extends ClientObject<{ value: unknown; error: string | null }> {
  constructor(ctx: DoubleContext, resolve: () => { value: unknown; error: string | null }, segment: string, parent: PathOwner) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<{ value: unknown; error: string | null }> {
    return { value: (t) => t.value, error: (t) => t.error };
  }
  get value(): unknown {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }
}

export class WorksheetCollection extends ClientCollection<WorkbookModel, Worksheet> {
  constructor(ctx: DoubleContext, parent: PathOwner) {
    super(ctx, () => ctx.model, 'worksheets', parent);
  }
  protected list(t: WorkbookModel): unknown[] {
    return t.sheets;
  }
  protected itemProxy(entity: unknown): Worksheet {
    const sheet = entity as SheetModel;
    return new Worksheet(
      this.context,
      () => (model(this.context).sheets.includes(sheet) ? sheet : null),
      `getItem('{${sheet.name}}')`,
      this,
    );
  }
  protected itemAt(index: number, segment: string): Worksheet {
    return new Worksheet(this.context, () => model(this.context).sheets[index] ?? null, segment, this);
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key), `getItem('${key}')`, this);
  }
  /** ExcelApi 1.7 (events.ts). */
  get onAdded(): WorksheetCollectionEvent {
    return new WorksheetCollectionEvent(this.context, 'added');
  }
  get onDeleted(): WorksheetCollectionEvent {
    return new WorksheetCollectionEvent(this.context, 'deleted');
  }
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, () => this.find(key), `getItemOrNullObject('${key}')`, this, true);
  }
  /** By name or by id (the double's ids are "{name}"). */
  private find(key: string): SheetModel | null {
    const m = model(this.context);
    return findSheet(m, key) ?? m.sheets.find((s) => `{${s.name}}` === key) ?? null;
  }
  getActiveWorksheet(): Worksheet {
    const m = model(this.context);
    return new Worksheet(this.context, () => (m.activeSheet ? (findSheet(m, m.activeSheet) ?? null) : null), 'getActiveWorksheet()', this);
  }
  add(name?: string): Worksheet {
    const m = model(this.context);
    let created: SheetModel | null = null;
    this.write(`add('${name ?? ''}')`, name ?? null, () => {
      guardStructure(this.context);
      let sheetName = name;
      if (sheetName === undefined) {
        let i = m.sheets.length + 1;
        while (findSheet(m, `Sheet${i}`)) i++;
        sheetName = `Sheet${i}`;
      }
      if (sheetName.length === 0 || sheetName.length > 31 || INVALID_SHEET_CHARS.test(sheetName) || /^'|'$/.test(sheetName)) {
        throw officeError('InvalidArgument', `The sheet name "${sheetName}" is not valid.`);
      }
      if (findSheet(m, sheetName)) throw officeError('ItemAlreadyExists', `A sheet named "${sheetName}" already exists.`);
      created = createSheet(sheetName);
      m.sheets.push(created);
      m.activeSheet ??= sheetName;
    });
    return new Worksheet(this.context, () => created, `add('${name ?? ''}')`, this);
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, segment: string, parent: PathOwner, nullable = false) {
    super(ctx, resolve, segment, parent, nullable);
  }
  protected scalars(): Scalars<SheetModel> {
    return {
      name: (s) => s.name,
      position: (s) => model(this.context).sheets.indexOf(s),
      visibility: (s) => s.visibility,
      id: (s) => `{${s.name}}`,
    };
  }
  protected override navigation() {
    return { protection: () => this.protection, charts: () => this.charts, pageLayout: () => this.pageLayout };
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): SheetModel['visibility'] {
    return this.read('visibility');
  }
  set visibility(v: SheetModel['visibility']) {
    const m = model(this.context);
    this.write('visibility', v, (s) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw officeError('InvalidArgument', `"${v}" is not a sheet visibility.`);
      if (v === s.visibility) return;
      guardStructure(this.context);
      if (v !== 'Visible' && !m.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && m.activeSheet !== null && m.activeSheet.toLowerCase() === s.name.toLowerCase()) {
        m.activeSheet = m.sheets.find((o) => o.visibility === 'Visible')?.name ?? null;
      }
    });
  }
  /** ExcelApi 1.7 (events.ts). */
  get onChanged(): WorksheetChangedEvent {
    return new WorksheetChangedEvent(this.context, () => this.target(), this.label);
  }
  get protection(): WorksheetProtection {
    return this.child('protection', () => new WorksheetProtection(this.context, () => this.peek(), this));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this.child('freezePanes', () => new WorksheetFreezePanes(this.context, () => this.peek(), this));
  }
  get charts(): ChartCollection {
    return this.child('charts', () => new ChartCollection(this.context, () => this.peek(), this));
  }
  /** ExcelApi 1.9. */
  get pageLayout(): PageLayout {
    return this.child('pageLayout', () => new PageLayout(this.context, () => this.peek(), this));
  }
  getRange(address?: string): Range {
    const range = address === undefined || address === null ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseRange(address);
    return this.range(range, `getRange('${address ?? ''}')`);
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    if (
      rowCount < 1 ||
      columnCount < 1 ||
      startRow < 0 ||
      startColumn < 0 ||
      startRow + rowCount - 1 > MAX_ROW ||
      startColumn + columnCount - 1 > MAX_COL
    ) {
      throw officeError(
        'InvalidArgument',
        `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`,
      );
    }
    return this.range(
      { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 },
      `getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  private range(range: CellRange, segment: string): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.peek();
        return sheet ? { sheet, range } : null;
      },
      segment,
      this,
    );
  }
  getUsedRange(valuesOnly = false): Range {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.used(valuesOnly, true);
  }
  private used(valuesOnly: boolean, nullable: boolean): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.target();
        const r = usedRange(sheet, valuesOnly);
        if (r) return { sheet, range: r };
        return nullable ? null : { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      `getUsedRange${nullable ? 'OrNullObject' : ''}(${valuesOnly})`,
      this,
      nullable,
    );
  }
  delete(): void {
    const m = model(this.context);
    this.write('delete', null, (s) => {
      guardStructure(this.context);
      // Excel refuses to delete a very hidden sheet (office-js#365): it must be made visible or hidden first.
      if (s.visibility === 'VeryHidden') throw officeError('GeneralException', 'There was an internal error while processing the request.');
      if (!m.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      const i = m.sheets.indexOf(s);
      m.sheets.splice(i, 1);
      if (m.activeSheet !== null && m.activeSheet.toLowerCase() === s.name.toLowerCase()) {
        const before = m.sheets
          .slice(0, i)
          .reverse()
          .find((o) => o.visibility === 'Visible');
        m.activeSheet = (before ?? m.sheets.find((o) => o.visibility === 'Visible'))?.name ?? null;
      }
      if (m.selection && m.selection.sheet.toLowerCase() === s.name.toLowerCase()) m.selection = null;
    });
  }
  activate(): void {
    this.write('activate', null, (s) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', `The sheet "${s.name}" is hidden and cannot be activated.`);
      model(this.context).activeSheet = s.name;
    });
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, parent: PathOwner) {
    super(ctx, resolve, 'protection', parent);
  }
  protected scalars(): Scalars<SheetModel> {
    return { protected: (s) => s.protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, parent: PathOwner) {
    super(ctx, resolve, 'freezePanes', parent);
  }
  protected scalars(): Scalars<SheetModel> {
    return {};
  }
  freezeRows(count = 1): void {
    this.write('freezeRows', count, (s) => {
      guardWrite(s);
      s.freezeRows = count;
    });
  }
  unfreeze(): void {
    this.write('unfreeze', null, (s) => {
      s.freezeRows = 0;
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = ['A3', 'A4', 'A5', 'Letter', 'Legal'];

export class PageLayout extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, parent: PathOwner) {
    super(
      ctx,
      () => {
        ctx.requireApi('1.9', 'Worksheet.pageLayout');
        return resolve();
      },
      'pageLayout',
      parent,
    );
  }
  protected scalars(): Scalars<SheetModel> {
    return { orientation: (s) => s.pageLayout.orientation, paperSize: (s) => s.pageLayout.paperSize, zoom: (s) => s.pageLayout.zoom };
  }
  get orientation(): PageLayoutModel['orientation'] {
    return this.read('orientation');
  }
  set orientation(v: PageLayoutModel['orientation']) {
    this.write('orientation', v, (s) => {
      guardWrite(s);
      if (!ORIENTATIONS.includes(v)) throw officeError('InvalidArgument', `"${v}" is not a page orientation.`);
      s.pageLayout.orientation = v;
    });
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.write('paperSize', v, (s) => {
      guardWrite(s);
      if (!PAPER_SIZES.includes(v)) throw officeError('InvalidArgument', `"${v}" is not a paper size.`);
      s.pageLayout.paperSize = v;
    });
  }
  get zoom(): PageLayoutModel['zoom'] {
    return this.read('zoom');
  }
  set zoom(v: PageLayoutModel['zoom']) {
    this.write('zoom', v, (s) => {
      guardWrite(s);
      const pages = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32767);
      const scale = v.scale;
      const fits = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (
        !pages(v.horizontalFitToPages) ||
        !pages(v.verticalFitToPages) ||
        (scale !== undefined && (scale < 10 || scale > 400)) ||
        (fits && scale !== undefined)
      ) {
        throw officeError('InvalidArgument', 'The zoom is either a scale from 10 to 400 or a number of pages wide and tall.');
      }
      s.pageLayout.zoom = { ...v };
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class Range extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, segment: string, parent: PathOwner, nullable = false) {
    super(ctx, resolve, segment, parent, nullable);
  }
  protected scalars(): Scalars<RangeRef> {
    return {
      address: (t) => formatAddress(t.sheet.name, t.range),
      rowIndex: (t) => t.range.top,
      columnIndex: (t) => t.range.left,
      rowCount: (t) => t.range.bottom - t.range.top + 1,
      columnCount: (t) => t.range.right - t.range.left + 1,
      cellCount: (t) => sizeOf(t.range),
      values: (t) => matrix(t, (c) => c?.value ?? ''),
      formulas: (t) => matrix(t, (c) => c?.formula ?? c?.value ?? ''),
      numberFormat: (t) => matrix(t, (c) => c?.numberFormat ?? 'General'),
    };
  }
  protected override navigation() {
    return { format: () => this.format, conditionalFormats: () => this.conditionalFormats, worksheet: () => this.worksheet };
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(v: CellValue[][]) {
    const wb = model(this.context);
    this.write('values', v, (t) => {
      guardWrite(t.sheet);
      const rows = checkDims(t, v);
      rows.forEach((row, i) => row.forEach((input, j) => typeIn(cellFor(t.sheet, t.range.top + i, t.range.left + j), input, wb)));
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.write('numberFormat', v, (t) => {
      guardWrite(t.sheet);
      const rows = checkDims(t, v);
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null && f !== undefined) cellFor(t.sheet, t.range.top + i, t.range.left + j).numberFormat = String(f);
        }),
      );
    });
  }
  get format(): RangeFormat {
    return this.child('format', () => new RangeFormat(this.context, () => this.peek(), 'format', this));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this.child('conditionalFormats', () => new ConditionalFormatCollection(this.context, () => this.peek(), this));
  }
  get worksheet(): Worksheet {
    return this.child('worksheet', () => new Worksheet(this.context, () => this.peek()?.sheet ?? null, 'worksheet', this));
  }
  merge(across = false): void {
    this.write('merge', across, (t) => {
      guardWrite(t.sheet);
      const parts: CellRange[] = across
        ? Array.from({ length: t.range.bottom - t.range.top + 1 }, (_, i) => ({
            ...t.range,
            top: t.range.top + i,
            bottom: t.range.top + i,
          }))
        : [{ ...t.range }];
      for (const p of parts) {
        if (sizeOf(p) < 2) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !(m.top <= p.bottom && p.top <= m.bottom && m.left <= p.right && p.left <= m.right));
        t.sheet.merges.push(p);
      }
    });
  }
  unmerge(): void {
    this.write('unmerge', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.merges = t.sheet.merges.filter(
        (m) => !(m.top <= t.range.bottom && t.range.top <= m.bottom && m.left <= t.range.right && t.range.left <= m.right),
      );
    });
  }
  /** A row of the range (0-based within it). */
  getRow(row: number): Range {
    return new Range(
      this.context,
      () => {
        const t = this.target();
        if (row < 0 || t.range.top + row > t.range.bottom) throw officeError('InvalidArgument', `The range has no row ${row}.`);
        return { sheet: t.sheet, range: { ...t.range, top: t.range.top + row, bottom: t.range.top + row } };
      },
      `getRow(${row})`,
      this,
    );
  }
  /** The smallest range holding this one and `other` (on the same sheet). */
  getBoundingRect(other: Range): Range {
    return new Range(
      this.context,
      () => {
        const a = this.target();
        const b = other.target();
        if (a.sheet !== b.sheet) throw officeError('InvalidArgument', 'The ranges are on different sheets.');
        const r = {
          top: Math.min(a.range.top, b.range.top),
          left: Math.min(a.range.left, b.range.left),
          bottom: Math.max(a.range.bottom, b.range.bottom),
          right: Math.max(a.range.right, b.range.right),
        };
        return { sheet: a.sheet, range: r };
      },
      'getBoundingRect()',
      this,
    );
  }
  /** The client's reference bookkeeping: nothing for the double. */
  untrack(): this {
    return this;
  }
  select(): void {
    this.write('select', null, (t) => {
      if (t.sheet.visibility !== 'Visible') {
        throw officeError('InvalidOperation', `The sheet "${t.sheet.name}" is hidden: a range on it cannot be selected.`);
      }
      const m = model(this.context);
      m.activeSheet = t.sheet.name;
      m.selection = { sheet: t.sheet.name, range: { ...t.range } };
    });
  }
  /**
   * ExcelApi 1.13. The merged areas whose top-left cell is in the range (office-js #3611: an area that starts
   * outside it is not returned), each whole; more than 512 of them fail the request.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    const ctx = this.context;
    return new RangeAreas(
      ctx,
      () => {
        ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
        const t = this.target();
        const areas = t.sheet.merges.filter((m) => contains(t.range, m.top, m.left));
        if (areas.length > MERGED_AREAS_LIMIT) {
          throw officeError(
            'GeneralException',
            `The range has ${areas.length} merged areas; no more than ${MERGED_AREAS_LIMIT} can be returned.`,
          );
        }
        return areas.length > 0 ? { sheet: t.sheet, areas: [...areas].sort((a, b) => a.top - b.top || a.left - b.left) } : null;
      },
      'getMergedAreasOrNullObject()',
      this,
      true,
    );
  }
}

interface AreasRef {
  sheet: SheetModel;
  areas: CellRange[];
}

export class RangeAreas extends ClientObject<AreasRef> {
  constructor(ctx: DoubleContext, resolve: () => AreasRef | null, segment: string, parent: PathOwner, nullable: boolean) {
    super(ctx, resolve, segment, parent, nullable);
  }
  protected scalars(): Scalars<AreasRef> {
    return {
      address: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(', '),
      areaCount: (t) => t.areas.length,
    };
  }
  protected override navigation() {
    return { areas: () => this.areas };
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get areas(): RangeCollection {
    return this.child('areas', () => new RangeCollection(this.context, () => this.peek(), this));
  }
}

export class RangeCollection extends ClientCollection<AreasRef, Range> {
  constructor(ctx: DoubleContext, resolve: () => AreasRef | null, parent: PathOwner) {
    super(ctx, resolve, 'areas', parent);
  }
  protected list(t: AreasRef): unknown[] {
    return t.areas.map((range) => ({ sheet: t.sheet, range }));
  }
  protected itemProxy(_entity: unknown, index: number): Range {
    return this.getItemAt(index);
  }
  protected itemAt(index: number, segment: string): Range {
    return new Range(this.context, () => (this.list(this.target())[index] as RangeRef | undefined) ?? null, segment, this);
  }
}

export class RangeFormat extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, segment: string, parent: PathOwner) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<RangeRef> {
    return {
      horizontalAlignment: (t) => uniform(t, (c) => c.horizontal, 'General'),
      wrapText: (t) => uniform(t, (c) => c.wrap, false),
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = t.range.left; c <= Math.min(t.range.right, t.range.left + 500); c++) widths.add(t.sheet.columnWidths[c] ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      },
    };
  }
  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): RangeFill {
    return this.child('fill', () => new RangeFill(this.context, () => this.peek(), this));
  }
  get font(): RangeFont {
    return this.child('font', () => new RangeFont(this.context, () => this.peek(), this));
  }
  get borders(): RangeBorderCollection {
    return this.child('borders', () => new RangeBorderCollection(this.context, () => this.peek(), this));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.cells('horizontalAlignment', v, (c) => {
      if (!['General', 'Left', 'Center', 'Right'].includes(v)) throw officeError('InvalidArgument', `Unknown alignment ${v}.`);
      c.horizontal = v as CellModel['horizontal'];
    });
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.cells('wrapText', v, (c) => {
      c.wrap = v;
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v, (t) => {
      guardWrite(t.sheet);
      for (let c = t.range.left; c <= t.range.right; c++) t.sheet.columnWidths[c] = v;
    });
  }
  private cells(name: string, args: unknown, fn: (c: CellModel) => void): void {
    this.write(name, args, (t) => {
      guardWrite(t.sheet);
      forEachCell(t, fn);
    });
  }
  /** For the fill, font and border children: a change to every cell, queued on the child's own path. */
  static change(
    proxy: ClientObject<RangeRef> & { queue(name: string, args: unknown, apply: (t: RangeRef) => void): void },
    name: string,
    args: unknown,
    fn: (c: CellModel, row: number, col: number, range: CellRange) => void,
  ): void {
    proxy.queue(name, args, (t) => {
      guardWrite(t.sheet);
      forEachCell(t, (c, r, col) => fn(c, r, col, t.range));
    });
  }
}

const COLOR = /^#[0-9A-F]{6}$/i;

export function normaliseColor(v: string): string {
  if (!COLOR.test(v)) throw officeError('InvalidArgument', `"${v}" is not a colour.`);
  return v.toUpperCase();
}

/** A child of a range format: changes every cell of the range through its own path. */
abstract class RangeFormatPart extends ClientObject<RangeRef> {
  queue(name: string, args: unknown, apply: (t: RangeRef) => void): void {
    this.write(name, args, apply);
  }
}

export class RangeFill extends RangeFormatPart {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, parent: PathOwner) {
    super(ctx, resolve, 'fill', parent);
  }
  protected scalars(): Scalars<RangeRef> {
    return { color: (t) => uniform(t, (c) => c.fill, null) ?? '#FFFFFF' };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    RangeFormat.change(this, 'color', v, (c) => {
      c.fill = color;
    });
  }
  clear(): void {
    RangeFormat.change(this, 'clear', null, (c) => {
      c.fill = null;
    });
  }
}

export class RangeFont extends RangeFormatPart {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, parent: PathOwner) {
    super(ctx, resolve, 'font', parent);
  }
  protected scalars(): Scalars<RangeRef> {
    return {
      bold: (t) => uniform(t, (c) => c.bold, false),
      italic: (t) => uniform(t, (c) => c.italic, false),
      color: (t) => uniform(t, (c) => c.fontColor, null) ?? '#000000',
    };
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    RangeFormat.change(this, 'bold', v, (c) => {
      c.bold = v;
    });
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    RangeFormat.change(this, 'italic', v, (c) => {
      c.italic = v;
    });
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    RangeFormat.change(this, 'color', v, (c) => {
      c.fontColor = color;
    });
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

export class RangeBorderCollection extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, parent: PathOwner) {
    super(ctx, resolve, 'borders', parent);
  }
  protected scalars(): Scalars<RangeRef> {
    return {};
  }
  getItem(index: string): RangeBorder {
    if (!EDGES.includes(index as Edge)) throw officeError('InvalidArgument', `Unknown border ${index}.`);
    return new RangeBorder(this.context, () => this.peek(), `getItem('${index}')`, this, index as Edge);
  }
}

export class RangeBorder extends RangeFormatPart {
  constructor(
    ctx: DoubleContext,
    resolve: () => RangeRef | null,
    segment: string,
    parent: PathOwner,
    readonly sideIndex: Edge,
  ) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<RangeRef> {
    return {};
  }
  set style(v: string) {
    const edge = this.sideIndex;
    RangeFormat.change(this, 'style', v, (c, row, col, r) => {
      const set = (side: 'top' | 'bottom' | 'left' | 'right') => {
        if (v === 'None') delete c.borders[side];
        else c.borders[side] = v;
      };
      if (edge === 'EdgeTop' && row === r.top) set('top');
      if (edge === 'EdgeBottom' && row === r.bottom) set('bottom');
      if (edge === 'EdgeLeft' && col === r.left) set('left');
      if (edge === 'EdgeRight' && col === r.right) set('right');
      if (edge === 'InsideHorizontal') {
        if (row > r.top) set('top');
        if (row < r.bottom) set('bottom');
      }
      if (edge === 'InsideVertical') {
        if (col > r.left) set('left');
        if (col < r.right) set('right');
      }
    });
  }
}
