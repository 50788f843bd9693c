// The Excel object model subset the add-in uses, over the in-memory model: Workbook, Worksheets, Worksheet, Range,
// RangeFormat (fill, font, borders), ConditionalFormats (custom rules), Charts and freeze panes. Names and shapes
// follow Office.js so the adapter's code runs unchanged.

import type { CellRange, CellValue } from '../workbook/grid';
import { formatAddress, MAX_COL, MAX_ROW, parseRange } from './address';
import { ClientCollection, ClientObject, commandBytes, DoubleError, type DoubleContext } from './client';
import { WorksheetChangedEvent, WorksheetCollectionEvent, worksheetId } from './events';
import {
  cellFor,
  createSheet,
  findSheet,
  intersects,
  peekCell,
  usedRange,
  type CellModel,
  type ChartModel,
  type ConditionalFormatModel,
  type SheetModel,
  type WorkbookModel,
} from './model';

type Scalars<T> = Record<string, (target: T) => unknown>;

interface RangeRef {
  sheet: SheetModel;
  range: CellRange;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

function model(ctx: DoubleContext): WorkbookModel {
  return ctx.model;
}

function guardWrite(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new DoubleError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }
}

function sizeOf(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function forEachCell(ref: RangeRef, fn: (c: CellModel, row: number, col: number) => void): void {
  if (sizeOf(ref.range) > 2_000_000) throw new DoubleError('RangeExceedsLimit', 'The range is too large for this operation.');
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

function matrix<V>(ref: RangeRef, get: (c: CellModel | undefined) => V): V[][] {
  if (sizeOf(ref.range) > 5_000_000)
    throw new DoubleError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
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
    throw new DoubleError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  return values as unknown[][];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE = /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/;

/**
 * What a cell holds after `range.values = [[input]]`: Office.js parses strings as if typed, so "=X" becomes a
 * formula, "12" a number, "50%" 0.5, "TRUE" a boolean, "1/2" a date, unless the cell's format is text ("@") or the
 * string starts with an apostrophe. null leaves the cell unchanged.
 */
function typeIn(cell: CellModel, input: unknown): void {
  if (input === null || input === undefined) return;
  cell.formula = null;
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s === '') cell.value = null;
  else if (cell.numberFormat === '@') cell.value = s;
  else if (s.startsWith("'")) cell.value = s.slice(1) === '' ? null : s.slice(1);
  else if (s.length > 1 && (s.startsWith('=') || (/^[+-]/.test(s) && !NUMBER.test(s)))) {
    cell.formula = s.startsWith('=') ? s : `=${s}`;
    cell.value = null; // the double does not calculate
  } else if (NUMBER.test(s.trim())) cell.value = Number(s.trim());
  else if (PERCENT.test(s.trim())) cell.value = Number(s.trim().slice(0, -1)) / 100;
  else if (/^(true|false)$/i.test(s.trim())) cell.value = s.trim().toLowerCase() === 'true';
  else if (DATE.test(s.trim())) cell.value = dateSerial(s.trim());
  else cell.value = s;
}

function dateSerial(s: string): number {
  const [a, b, c] = s.split(/[/-]/).map(Number);
  const year = c === undefined ? 2025 : c < 100 ? 2000 + c : c;
  const [y, m, d] = a > 31 ? [a, b, c ?? 1] : [year, a, b]; // m/d/y as en-US types it
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

// ---------------------------------------------------------------------------------------------------------------

export class Workbook extends ClientObject<WorkbookModel> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model, 'workbook');
  }
  protected scalars(): Scalars<WorkbookModel> {
    return { name: () => 'Book1.xlsx' };
  }
  protected override navigation() {
    return { worksheets: () => this.worksheets };
  }
  get worksheets(): WorksheetCollection {
    return this.child('worksheets', () => new WorksheetCollection(this.context));
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
      'workbook.getSelectedRange()',
    );
  }
}

export class WorksheetCollection extends ClientCollection<WorkbookModel, Worksheet> {
  constructor(ctx: DoubleContext) {
    super(ctx, () => ctx.model, 'worksheets');
  }
  protected list(t: WorkbookModel): unknown[] {
    return t.sheets;
  }
  protected itemProxy(entity: unknown): Worksheet {
    const sheet = entity as SheetModel;
    return new Worksheet(this.context, () => (model(this.context).sheets.includes(sheet) ? sheet : null), `worksheet '${sheet.name}'`);
  }
  /** By name, or by id as events give it (ExcelApi 1.7 events name the sheet by id). */
  getItem(name: string): Worksheet {
    const m = model(this.context);
    return new Worksheet(
      this.context,
      () => findSheet(m, name) ?? m.sheets.find((s) => worksheetId(s) === name) ?? null,
      `worksheets.getItem('${name}')`,
    );
  }
  /** ExcelApi 1.7 (events.ts). */
  get onAdded(): WorksheetCollectionEvent {
    return new WorksheetCollectionEvent(this.context, 'added');
  }
  get onDeleted(): WorksheetCollectionEvent {
    return new WorksheetCollectionEvent(this.context, 'deleted');
  }
  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(
      this.context,
      () => findSheet(model(this.context), name) ?? null,
      `worksheets.getItemOrNullObject('${name}')`,
      true,
    );
  }
  getActiveWorksheet(): Worksheet {
    const m = model(this.context);
    return new Worksheet(
      this.context,
      () => (m.activeSheet ? (findSheet(m, m.activeSheet) ?? null) : null),
      'worksheets.getActiveWorksheet()',
    );
  }
  add(name?: string): Worksheet {
    const m = model(this.context);
    let created: SheetModel | null = null;
    this.context.enqueue(`worksheets.add('${name ?? ''}')`, commandBytes(name), () => {
      let sheetName = name;
      if (sheetName === undefined) {
        let i = m.sheets.length + 1;
        while (findSheet(m, `Sheet${i}`)) i++;
        sheetName = `Sheet${i}`;
      }
      if (sheetName.length === 0 || sheetName.length > 31 || INVALID_SHEET_CHARS.test(sheetName) || /^'|'$/.test(sheetName)) {
        throw new DoubleError('InvalidArgument', `The sheet name "${sheetName}" is not valid.`);
      }
      if (findSheet(m, sheetName)) throw new DoubleError('ItemAlreadyExists', `A sheet named "${sheetName}" already exists.`);
      created = createSheet(sheetName);
      m.sheets.push(created);
      m.activeSheet ??= sheetName;
    });
    return new Worksheet(this.context, () => created, `worksheets.add('${name ?? ''}')`);
  }
}

export class Worksheet extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, label: string, nullable = false) {
    super(ctx, resolve, label, nullable);
  }
  protected scalars(): Scalars<SheetModel> {
    return {
      name: (s) => s.name,
      position: (s) => model(this.context).sheets.indexOf(s),
      visibility: (s) => s.visibility,
      id: (s) => worksheetId(s),
    };
  }
  protected override navigation() {
    return { protection: () => this.protection, charts: () => this.charts };
  }
  get name(): string {
    return this.read('name');
  }
  /** How events name the sheet (events.ts). */
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
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v)) throw new DoubleError('InvalidArgument', `"${v}" is not a sheet visibility.`);
      if (v !== 'Visible' && !m.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new DoubleError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
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
    return this.child('protection', () => new WorksheetProtection(this.context, () => this.peek(), `${this.label}.protection`));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this.child('freezePanes', () => new WorksheetFreezePanes(this.context, () => this.peek(), `${this.label}.freezePanes`));
  }
  get charts(): ChartCollection {
    return this.child('charts', () => new ChartCollection(this.context, () => this.peek(), `${this.label}.charts`));
  }
  getRange(address?: string): Range {
    const range = address === undefined ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } : parseRange(address);
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
      throw new DoubleError(
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
  private range(range: CellRange, what: string): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.peek();
        return sheet ? { sheet, range } : null;
      },
      `${this.label}.${what}`,
    );
  }
  getUsedRange(valuesOnly = false): Range {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.used(valuesOnly, true);
  }
  private used(valuesOnly: boolean, nullable: boolean): Range {
    const label = `${this.label}.getUsedRange${nullable ? 'OrNullObject' : ''}(${valuesOnly})`;
    return new Range(
      this.context,
      () => {
        const sheet = this.target();
        const r = usedRange(sheet, valuesOnly);
        if (r) return { sheet, range: r };
        return nullable ? null : { sheet, range: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      label,
      nullable,
    );
  }
  delete(): void {
    const m = model(this.context);
    this.write('delete', null, (s) => {
      // Excel refuses to delete a very hidden sheet (office-js#365): it must be made visible or hidden first.
      if (s.visibility === 'VeryHidden')
        throw new DoubleError('GeneralException', 'There was an internal error while processing the request.');
      if (!m.sheets.some((o) => o !== s && o.visibility === 'Visible'))
        throw new DoubleError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
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
      if (s.visibility !== 'Visible') throw new DoubleError('InvalidOperation', `The sheet "${s.name}" is hidden and cannot be activated.`);
      model(this.context).activeSheet = s.name;
    });
  }
}

export class WorksheetProtection extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<SheetModel> {
    return { protected: (s) => s.protected };
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class WorksheetFreezePanes extends ClientObject<SheetModel> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<SheetModel> {
    return {};
  }
  freezeRows(count = 1): void {
    this.write('freezeRows', count, (s) => {
      s.freezeRows = count;
    });
  }
  unfreeze(): void {
    this.write('unfreeze', null, (s) => {
      s.freezeRows = 0;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

export class Range extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string, nullable = false) {
    super(ctx, resolve, label, nullable);
  }
  protected scalars(): Scalars<RangeRef> {
    return {
      address: (t) => formatAddress(t.sheet.name, t.range),
      rowIndex: (t) => t.range.top,
      columnIndex: (t) => t.range.left,
      rowCount: (t) => t.range.bottom - t.range.top + 1,
      columnCount: (t) => t.range.right - t.range.left + 1,
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
  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(v: CellValue[][]) {
    this.write('values', v, (t) => {
      guardWrite(t.sheet);
      const rows = checkDims(t, v);
      rows.forEach((row, i) => row.forEach((input, j) => typeIn(cellFor(t.sheet, t.range.top + i, t.range.left + j), input)));
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
    return this.child('format', () => new RangeFormat(this.context, () => this.peek(), `${this.label}.format`));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this.child(
      'conditionalFormats',
      () => new ConditionalFormatCollection(this.context, () => this.peek(), `${this.label}.conditionalFormats`),
    );
  }
  get worksheet(): Worksheet {
    return this.child('worksheet', () => new Worksheet(this.context, () => this.peek()?.sheet ?? null, `${this.label}.worksheet`));
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
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, p));
        t.sheet.merges.push(p);
      }
    });
  }
  unmerge(): void {
    this.write('unmerge', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.range));
    });
  }
  select(): void {
    this.write('select', null, (t) => {
      const m = model(this.context);
      m.activeSheet = t.sheet.name;
      m.selection = { sheet: t.sheet.name, range: { ...t.range } };
    });
  }
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): RangeAreas {
    const ctx = this.context;
    return new RangeAreas(
      ctx,
      () => {
        ctx.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
        const t = this.target();
        const areas = t.sheet.merges.filter((m) => intersects(m, t.range));
        return areas.length > 0 ? { sheet: t.sheet, areas } : null;
      },
      `${this.label}.getMergedAreasOrNullObject()`,
      true,
    );
  }
}

interface AreasRef {
  sheet: SheetModel;
  areas: CellRange[];
}

export class RangeAreas extends ClientObject<AreasRef> {
  constructor(ctx: DoubleContext, resolve: () => AreasRef | null, label: string, nullable: boolean) {
    super(ctx, resolve, label, nullable);
  }
  protected scalars(): Scalars<AreasRef> {
    return {
      address: (t) => t.areas.map((a) => formatAddress(t.sheet.name, a)).join(','),
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
    return this.child('areas', () => new RangeCollection(this.context, () => this.peek(), `${this.label}.areas`));
  }
}

export class RangeCollection extends ClientCollection<AreasRef, Range> {
  constructor(ctx: DoubleContext, resolve: () => AreasRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected list(t: AreasRef): unknown[] {
    return t.areas.map((range) => ({ sheet: t.sheet, range }));
  }
  protected itemProxy(entity: unknown, index: number): Range {
    const ref = entity as RangeRef;
    return new Range(this.context, () => ref, `${this.label}[${index}]`);
  }
}

export class RangeFormat extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string) {
    super(ctx, resolve, label);
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
    return this.child('fill', () => new RangeFill(this.context, () => this.peek(), `${this.label}.fill`));
  }
  get font(): RangeFont {
    return this.child('font', () => new RangeFont(this.context, () => this.peek(), `${this.label}.font`));
  }
  get borders(): RangeBorderCollection {
    return this.child('borders', () => new RangeBorderCollection(this.context, () => this.peek(), `${this.label}.borders`));
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.cells('horizontalAlignment', v, (c) => {
      if (!['General', 'Left', 'Center', 'Right'].includes(v)) throw new DoubleError('InvalidArgument', `Unknown alignment ${v}.`);
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
  /** For the fill, font and border children: a change to every cell. */
  change(name: string, args: unknown, fn: (c: CellModel, row: number, col: number, range: CellRange) => void): void {
    this.write(name, args, (t) => {
      guardWrite(t.sheet);
      forEachCell(t, (c, r, col) => fn(c, r, col, t.range));
    });
  }
}

const COLOR = /^#[0-9A-F]{6}$/i;

function normaliseColor(v: string): string {
  if (!COLOR.test(v)) throw new DoubleError('InvalidArgument', `"${v}" is not a colour.`);
  return v.toUpperCase();
}

export class RangeFill extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<RangeRef> {
    return { color: (t) => uniform(t, (c) => c.fill, null) ?? '#FFFFFF' };
  }
  private get parent(): RangeFormat {
    return new RangeFormat(this.context, () => this.peek(), this.label);
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    this.parent.change('fill.color', v, (c) => {
      c.fill = color;
    });
  }
  clear(): void {
    this.parent.change('fill.clear', null, (c) => {
      c.fill = null;
    });
  }
}

export class RangeFont extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<RangeRef> {
    return {
      bold: (t) => uniform(t, (c) => c.bold, false),
      italic: (t) => uniform(t, (c) => c.italic, false),
      color: (t) => uniform(t, (c) => c.fontColor, null) ?? '#000000',
    };
  }
  private get parent(): RangeFormat {
    return new RangeFormat(this.context, () => this.peek(), this.label);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.parent.change('font.bold', v, (c) => {
      c.bold = v;
    });
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(v: boolean) {
    this.parent.change('font.italic', v, (c) => {
      c.italic = v;
    });
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    this.parent.change('font.color', v, (c) => {
      c.fontColor = color;
    });
  }
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';
const EDGES: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

export class RangeBorderCollection extends ClientObject<RangeRef> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<RangeRef> {
    return {};
  }
  getItem(index: string): RangeBorder {
    if (!EDGES.includes(index as Edge)) throw new DoubleError('InvalidArgument', `Unknown border ${index}.`);
    return new RangeBorder(this.context, () => this.peek(), `${this.label}.getItem('${index}')`, index as Edge);
  }
}

export class RangeBorder extends ClientObject<RangeRef> {
  constructor(
    ctx: DoubleContext,
    resolve: () => RangeRef | null,
    label: string,
    readonly sideIndex: Edge,
  ) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<RangeRef> {
    return {};
  }
  set style(v: string) {
    const edge = this.sideIndex;
    const format = new RangeFormat(this.context, () => this.peek(), this.label);
    format.change(`${edge}.style`, v, (c, row, col, r) => {
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

// ---------------------------------------------------------------------------------------------------------------

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class ConditionalFormatCollection extends ClientCollection<RangeRef, ConditionalFormat> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected list(t: RangeRef): unknown[] {
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.range, t.range)).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected itemProxy(entity: unknown, index: number): ConditionalFormat {
    const ref = entity as CfRef;
    return new ConditionalFormat(
      this.context,
      () => (ref.sheet.conditionalFormats.includes(ref.cf) ? ref : null),
      `${this.label}[${index}]`,
    );
  }
  add(type: string): ConditionalFormat {
    let created: CfRef | null = null;
    this.write(`add('${type}')`, type, (t) => {
      guardWrite(t.sheet);
      const cf: ConditionalFormatModel = {
        id: this.context.model.nextId++,
        type,
        range: { ...t.range },
        formula: null,
        fill: null,
        fontColor: null,
      };
      t.sheet.conditionalFormats.push(cf);
      created = { sheet: t.sheet, cf };
    });
    return new ConditionalFormat(this.context, () => created, `${this.label}.add('${type}')`);
  }
  clearAll(): void {
    this.write('clearAll', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.range, t.range));
    });
  }
}

export class ConditionalFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<CfRef> {
    return { type: (t) => t.cf.type, id: (t) => String(t.cf.id) };
  }
  protected override navigation() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get type(): string {
    return this.read('type');
  }
  get custom(): CustomConditionalFormat {
    return this.child(
      'custom',
      () =>
        new CustomConditionalFormat(
          this.context,
          () => {
            const t = this.target();
            if (t.cf.type !== 'Custom')
              throw new DoubleError('InvalidOperation', `The conditional format is of type ${t.cf.type}, not Custom.`);
            return t;
          },
          `${this.label}.custom`,
          false,
        ),
    );
  }
  get customOrNullObject(): CustomConditionalFormat {
    return this.child(
      'customOrNullObject',
      () =>
        new CustomConditionalFormat(
          this.context,
          () => {
            const t = this.target();
            return t.cf.type === 'Custom' ? t : null;
          },
          `${this.label}.customOrNullObject`,
          true,
        ),
    );
  }
  delete(): void {
    this.write('delete', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

export class CustomConditionalFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, label: string, nullable: boolean) {
    super(ctx, resolve, label, nullable);
  }
  protected scalars(): Scalars<CfRef> {
    return {};
  }
  protected override navigation() {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): ConditionalFormatRule {
    return this.child('rule', () => new ConditionalFormatRule(this.context, () => this.peek(), `${this.label}.rule`));
  }
  get format(): ConditionalRangeFormat {
    return this.child('format', () => new ConditionalRangeFormat(this.context, () => this.peek(), `${this.label}.format`));
  }
}

export class ConditionalFormatRule extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<CfRef> {
    return { formula: (t) => t.cf.formula ?? '' };
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.write('formula', v, (t) => {
      guardWrite(t.sheet);
      t.cf.formula = v;
    });
  }
}

export class ConditionalRangeFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<CfRef> {
    return {};
  }
  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): ConditionalColor {
    return this.child('fill', () => new ConditionalColor(this.context, () => this.peek(), `${this.label}.fill`, 'fill'));
  }
  get font(): ConditionalColor {
    return this.child('font', () => new ConditionalColor(this.context, () => this.peek(), `${this.label}.font`, 'fontColor'));
  }
}

export class ConditionalColor extends ClientObject<CfRef> {
  constructor(
    ctx: DoubleContext,
    resolve: () => CfRef | null,
    label: string,
    private readonly key: 'fill' | 'fontColor',
  ) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<CfRef> {
    return { color: (t) => t.cf[this.key] };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    this.write('color', v, (t) => {
      guardWrite(t.sheet);
      t.cf[this.key] = color;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

function rangeOf(proxy: Range, sheet: SheetModel): CellRange {
  const t = proxy.target();
  if (t.sheet !== sheet) throw new DoubleError('InvalidArgument', 'The chart data must be on the chart sheet in this double.');
  return t.range;
}

export class ChartCollection extends ClientCollection<SheetModel, Chart> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, label: string) {
    super(ctx, resolve, label);
  }
  protected list(t: SheetModel): unknown[] {
    return t.charts.map((chart) => ({ sheet: t, chart }));
  }
  protected itemProxy(entity: unknown, index: number): Chart {
    const ref = entity as ChartRef;
    return new Chart(this.context, () => (ref.sheet.charts.includes(ref.chart) ? ref : null), `${this.label}[${index}]`);
  }
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    let created: ChartRef | null = null;
    this.write(`add('${type}')`, [type, seriesBy], (sheet) => {
      guardWrite(sheet);
      const src = rangeOf(sourceData, sheet);
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && src.right - src.left > src.bottom - src.top);
      const series: ChartModel['series'] = [];
      if (byRows)
        for (let r = src.top; r <= src.bottom; r++)
          series.push({ name: `Series${series.length + 1}`, values: { ...src, top: r, bottom: r }, categories: null });
      else
        for (let c = src.left; c <= src.right; c++)
          series.push({ name: `Series${series.length + 1}`, values: { ...src, left: c, right: c }, categories: null });
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        name: `Chart ${n}`,
        type,
        title: '',
        legendVisible: true,
        reversedCategories: false,
        series,
        position: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new Chart(this.context, () => created, `${this.label}.add('${type}')`);
  }
}

export class Chart extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, label: string) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<ChartRef> {
    return { name: (t) => t.chart.name, chartType: (t) => t.chart.type };
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      t.chart.name = v;
    });
  }
  get title(): { text: string } {
    const set = (text: string) =>
      this.write('title.text', text, (t) => {
        t.chart.title = text;
      });
    const read = () => this.read<string>('title');
    return {
      get text() {
        return read();
      },
      set text(v: string) {
        set(v);
      },
    };
  }
  get legend(): { visible: boolean } {
    const set = (visible: boolean) =>
      this.write('legend.visible', visible, (t) => {
        t.chart.legendVisible = visible;
      });
    const read = () => this.read<boolean>('legendVisible');
    return {
      get visible() {
        return read();
      },
      set visible(v: boolean) {
        set(v);
      },
    };
  }
  get axes(): { categoryAxis: { reversePlotOrder: boolean } } {
    const set = (v: boolean) =>
      this.write('axes.categoryAxis.reversePlotOrder', v, (t) => {
        t.chart.reversedCategories = v;
      });
    const read = () => this.read<boolean>('reversedCategories');
    return {
      categoryAxis: {
        get reversePlotOrder() {
          return read();
        },
        set reversePlotOrder(v: boolean) {
          set(v);
        },
      },
    };
  }
  get series(): { getItemAt(index: number): ChartSeries } {
    return { getItemAt: (index: number) => new ChartSeries(this.context, () => this.peek(), `${this.label}.series[${index}]`, index) };
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this.write(
      'setPosition',
      [typeof startCell === 'string' ? startCell : 'range', typeof endCell === 'string' ? endCell : 'range'],
      (t) => {
        const corner = (c: Range | string) => {
          const r = typeof c === 'string' ? parseRange(c) : rangeOf(c, t.sheet);
          return { row: r.top, col: r.left };
        };
        const from = corner(startCell);
        t.chart.position = { from, to: endCell === undefined ? { row: from.row + 14, col: from.col + 7 } : corner(endCell) };
      },
    );
  }
  delete(): void {
    this.write('delete', null, (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class ChartSeries extends ClientObject<ChartRef> {
  constructor(
    ctx: DoubleContext,
    resolve: () => ChartRef | null,
    label: string,
    private readonly index: number,
  ) {
    super(ctx, resolve, label);
  }
  protected scalars(): Scalars<ChartRef> {
    return { name: (t) => this.item(t).name };
  }
  private item(t: ChartRef): ChartModel['series'][number] {
    const s = t.chart.series[this.index];
    if (!s) throw new DoubleError('ItemNotFound', `The chart has no series ${this.index}.`);
    return s;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      this.item(t).name = v;
    });
  }
  setXAxisValues(source: Range): void {
    this.write('setXAxisValues', null, (t) => {
      this.item(t).categories = { ...rangeOf(source, t.sheet) };
    });
  }
  setValues(source: Range): void {
    this.write('setValues', null, (t) => {
      this.item(t).values = { ...rangeOf(source, t.sheet) };
    });
  }
}
