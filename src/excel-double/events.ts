// Events of the Excel double, as Office.js delivers them: `worksheet.onChanged` (ExcelApi 1.7) and the worksheet
// collection's `onAdded` / `onDeleted` (ExcelApi 1.7). A handler is registered by a command, so it counts only after
// the sync that sends it; it hears what changes after that sync, whoever makes the change (the add-in or the user
// typing into a cell), once per sync, asynchronously (as Excel's events arrive after the request that caused them).
//
// The workbook is compared with what it held before, after every sync, only while a handler is registered: the
// changed cells of a watched sheet give one `RangeEdited` event with the range that holds them all.

import { cellAddress, type CellValue } from '../workbook/grid';
import { officeError, type DoubleContext } from './client';
import type { SheetModel, WorkbookModel } from './model';

/** Excel.WorksheetChangedEventArgs, the fields the double fills. */
export interface WorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local';
  worksheetId: string;
  /** The changed cells' range on the sheet, "C12" or "C12:D14" (no sheet name, as Office.js gives it). */
  address: string;
}

/** Excel.WorksheetAddedEventArgs / WorksheetDeletedEventArgs. */
export interface WorksheetCollectionEventArgs {
  type: 'WorksheetAdded' | 'WorksheetDeleted';
  source: 'Local';
  worksheetId: string;
}

type Handler<A> = (args: A) => Promise<unknown> | void;

/** What `onChanged.add(handler)` returns (OfficeExtension.EventHandlerResult). */
export interface EventHandlerResult {
  readonly context: DoubleContext;
  /** Unregisters the handler at the next sync of its context. */
  remove(): void;
}

/** The id Office.js gives a worksheet in the double (the same as its `id` property). */
export function worksheetId(sheet: SheetModel): string {
  return `{${sheet.name}}`;
}

interface Registry {
  changed: Map<SheetModel, { handlers: Set<Handler<WorksheetChangedEventArgs>>; before: Map<string, string> }>;
  added: Set<Handler<WorksheetCollectionEventArgs>>;
  deleted: Set<Handler<WorksheetCollectionEventArgs>>;
  sheets: SheetModel[]; // the sheets at the last sync, to tell what was added or deleted
}

const registries = new WeakMap<WorkbookModel, Registry>();

function registryOf(model: WorkbookModel): Registry {
  let r = registries.get(model);
  if (!r) {
    r = { changed: new Map(), added: new Set(), deleted: new Set(), sheets: [...model.sheets] };
    registries.set(model, r);
  }
  return r;
}

/** Each non-empty cell of a sheet as "row,col" -> its value and formula (what a change is measured against). */
function snapshot(sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  sheet.cells.forEach((row, r) =>
    row?.forEach((c, col) => {
      if (c && (c.value !== null || c.formula)) out.set(`${r},${col}`, JSON.stringify([c.value as CellValue, c.formula]));
    }),
  );
  return out;
}

/** The range holding every cell that differs between two snapshots, or null. */
function changedRange(before: Map<string, string>, after: Map<string, string>): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const note = (key: string) => {
    const [r, c] = key.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [key, v] of after) if (before.get(key) !== v) note(key);
  for (const key of before.keys()) if (!after.has(key)) note(key);
  if (bottom < 0) return null;
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

function deliver<A>(handlers: Iterable<Handler<A>>, args: A): void {
  for (const h of [...handlers]) {
    // Office.js calls handlers after the request, outside it; a handler's failure is its own.
    setTimeout(() => void Promise.resolve(h(args)).catch(() => undefined), 0);
  }
}

/** Called after every sync: raises the events the sync's changes caused, for the handlers registered before it. */
export function raiseEvents(model: WorkbookModel): void {
  const r = registries.get(model);
  if (!r) return;
  const now = model.sheets;
  const added = now.filter((s) => !r.sheets.includes(s));
  const deleted = r.sheets.filter((s) => !now.includes(s));
  r.sheets = [...now];
  for (const s of deleted) {
    r.changed.delete(s);
    deliver(r.deleted, { type: 'WorksheetDeleted', source: 'Local', worksheetId: worksheetId(s) });
  }
  for (const s of added) deliver(r.added, { type: 'WorksheetAdded', source: 'Local', worksheetId: worksheetId(s) });
  for (const [sheet, watch] of r.changed) {
    const after = snapshot(sheet);
    const address = changedRange(watch.before, after);
    watch.before = after;
    if (address) {
      deliver(watch.handlers, {
        type: 'WorksheetChanged',
        changeType: 'RangeEdited',
        source: 'Local',
        worksheetId: worksheetId(sheet),
        address,
      });
    }
  }
}

/**
 * Formulas were recalculated outside a request (the harness calculates as Excel does): their new results are not edits,
 * so they raise no `onChanged` (Excel raises `onCalculated` for them); the sheets' state is taken as it is now.
 */
export function calculated(model: WorkbookModel): void {
  const r = registries.get(model);
  if (!r) return;
  for (const [sheet, watch] of r.changed) watch.before = snapshot(sheet);
}

/** Registers (at the next sync) a handler; `remove` unregisters it (at the sync after). */
function register<A>(
  context: DoubleContext,
  label: string,
  handler: Handler<A>,
  add: (r: Registry) => Set<Handler<A>>,
): EventHandlerResult {
  if (typeof handler !== 'function') throw officeError('InvalidArgument', `${label}.add needs a function.`);
  context.requireApi('1.7', label);
  let set: Set<Handler<A>> | null = null;
  context.enqueue(`${label}.add`, 0, () => {
    set = add(registryOf(context.model));
    set.add(handler);
  });
  return {
    context,
    remove() {
      context.enqueue(`${label}.remove`, 0, () => {
        set?.delete(handler);
      });
    },
  };
}

/** `worksheet.onChanged` of one sheet of the double. */
export class WorksheetChangedEvent {
  constructor(
    private readonly context: DoubleContext,
    private readonly sheet: () => SheetModel,
    private readonly label: string,
  ) {}

  add(handler: Handler<WorksheetChangedEventArgs>): EventHandlerResult {
    return register(this.context, `${this.label}.onChanged`, handler, (r) => {
      const sheet = this.sheet(); // a missing sheet fails the sync (ItemNotFound)
      let watch = r.changed.get(sheet);
      if (!watch) {
        watch = { handlers: new Set(), before: snapshot(sheet) };
        r.changed.set(sheet, watch);
      }
      return watch.handlers;
    });
  }
}

/** `worksheets.onAdded` / `worksheets.onDeleted`. */
export class WorksheetCollectionEvent {
  constructor(
    private readonly context: DoubleContext,
    private readonly which: 'added' | 'deleted',
  ) {}

  add(handler: Handler<WorksheetCollectionEventArgs>): EventHandlerResult {
    const name = this.which === 'added' ? 'onAdded' : 'onDeleted';
    return register(this.context, `worksheets.${name}`, handler, (r) => r[this.which]);
  }
}
