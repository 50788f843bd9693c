// The request machinery of the Excel double, as strict as Office.js: calls only queue commands; context.sync()
// runs them in order against the model; a property can be read only after it was loaded *and* synced, otherwise
// reading it throws (PropertyNotLoaded), unlike office-addin-mock. Syncs are counted.
//
// Request and response sizes: Excel on the web refuses a request or a response over 5 MB. The real client sends
// every object a command reaches as an object path plus an instantiation, once per request, and the command itself
// as an action; `requestBytes` estimates exactly that (a path's bytes the first time a request reaches it, then the
// action with its arguments), and test/excel/office-js checks the estimate against the real client's serializer.
// Responses are the JSON of what the loads return.

import { versionAtLeast, type WorkbookModel } from './model';

/**
 * An error as Office.js raises it (OfficeExtension.Error): `code` from Excel.ErrorCodes, a message, and
 * `debugInfo.errorLocation`. Excel's own errors, simulated; the add-in maps them to sentences in src/excel/errors.ts.
 */
export interface OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
}

export function officeError(code: string, message: string, errorLocation?: string): OfficeError {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message, errorLocation } });
}

export function isOfficeError(e: unknown): e is OfficeError {
  return e instanceof Error && e.name === 'RichApi.Error' && typeof (e as Partial<OfficeError>).code === 'string';
}

interface Command {
  location: string;
  bytes: number;
  run: () => void;
}

/** UTF-8 length of a string (requests travel as UTF-8 JSON). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of JSON for a value, as it travels. */
export function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : utf8Length(JSON.stringify(v) ?? '');
}

/**
 * What the real client sends for one object path the first time a request reaches it: the path
 * (`{"Id":12,"ObjectPathType":3,"Name":"GetRangeByIndexes","ParentObjectPathId":10,"ArgumentInfo":{…}}`) and its
 * instantiation (`{"Id":13,"ActionType":1,"Name":"","ObjectPathId":12}`), arguments counted apart.
 */
export const PATH_BYTES = 150;
/** One action (`{"Id":14,"ActionType":4,"Name":"Values","ObjectPathId":12,"ArgumentInfo":{…},"L":[…]}`) without arguments. */
export const ACTION_BYTES = 110;

/** Excel's answer to one instantiation (`{"ActionId":13,"Value":{"_ReferenceId":"…"}}`), and to a load, beside its values. */
export const RESULT_BYTES = 40;

/** A proxy as the context sees it: its label, and the proxy it was reached from. */
export interface PathOwner {
  readonly label: string;
  readonly parentPath: PathOwner | null;
  readonly segmentBytes: number;
}

export class DoubleContext {
  private queue: Command[] = [];
  private reached = new Set<PathOwner>();
  private queuedBytes = 0;
  private responseBytes = 0;
  /** context.sync() calls on this context, including failed ones. */
  syncCount = 0;
  /** The largest request this context sent, in estimated bytes. */
  largestRequest = 0;
  /** The largest response this context received, in bytes. */
  largestResponse = 0;
  /** Each sync's request and response, in estimated bytes (test/excel/office-js compares them with the real ones). */
  readonly requests: number[] = [];
  readonly responses: number[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly workbook: unknown;
  /** True while a sync runs the queued commands. */
  executing = false;

  constructor(
    readonly model: WorkbookModel,
    makeWorkbook: (ctx: DoubleContext) => unknown,
    private readonly onSync: () => void,
  ) {
    this.workbook = makeWorkbook(this);
  }

  /** Queues a command on `owner` (the proxy it acts on) with arguments of `argBytes`. */
  enqueue(location: string, argBytes: number, run: () => void, owner: PathOwner | null = null): void {
    let bytes = ACTION_BYTES + argBytes;
    for (let p = owner; p && !this.reached.has(p); p = p.parentPath) {
      this.reached.add(p);
      bytes += p.segmentBytes;
    }
    this.queuedBytes += bytes;
    this.queue.push({ location, bytes, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Counted by a load while it runs: the bytes of what Excel returns. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const bytes = this.queuedBytes;
    const instantiated = this.reached.size;
    this.queue = [];
    this.queuedBytes = 0;
    this.reached = new Set();
    this.syncCount++;
    await Promise.resolve(); // a round trip is always asynchronous
    if (commands.length === 0) return;
    this.checkEditMode();
    this.requests.push(bytes);
    this.largestRequest = Math.max(this.largestRequest, bytes);
    if (bytes > this.model.requestLimit) {
      throw officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    try {
      const response = this.execute(commands) + instantiated * RESULT_BYTES;
      this.responses.push(response);
      this.largestResponse = Math.max(this.largestResponse, response);
      if (response > this.model.responseLimit) {
        throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
    } finally {
      this.model.syncs++;
      this.onSync();
    }
  }

  /**
   * Runs what is queued now, without the request checks: for src/excel-double/rich-api.ts, which serves the real
   * client's requests (it checks their real sizes itself) and runs them action by action.
   */
  runQueued(): void {
    const commands = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    this.execute(commands);
  }

  /** A request served by rich-api.ts is done: counted as a sync, and the listeners told. */
  completed(): void {
    this.syncCount++;
    this.model.syncs++;
    this.onSync();
  }

  checkEditMode(): void {
    if (this.model.cellEditMode) {
      throw officeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
  }

  /** Runs the commands in order; returns the bytes of what their loads return. */
  private execute(commands: Command[]): number {
    this.responseBytes = 0;
    this.executing = true;
    try {
      for (const c of commands) {
        try {
          c.run();
        } catch (e) {
          if (isOfficeError(e)) throw officeError(e.code, e.message, c.location);
          throw e;
        }
      }
    } finally {
      this.executing = false;
    }
    return this.responseBytes;
  }

  requireApi(version: string, location: string): void {
    if (!versionAtLeast(this.model.apiVersion, version)) {
      throw officeError('ApiNotFound', `The API you are trying to use could not be found (${location} needs ExcelApi ${version}).`);
    }
  }
}

/** Parses the argument of load(): "a, b/c", ["a", "b/c"] or { select: "a,b" }. */
function loadPaths(spec?: string | string[] | { select?: string | string[] }): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'object' && !Array.isArray(spec)) return loadPaths(spec.select);
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

type Scalars<T> = Record<string, (target: T) => unknown>;

/** Any proxy, as a parent sees its children. */
export interface Loadable {
  applyLoad(paths: string[]): void;
  /** What the last load returned, in Office.js's response shape (names as in the API; see rich-api.ts). */
  loadedJson(paths: string[]): unknown;
}

/**
 * A proxy for one object of the Excel object model. `resolve` finds the model object when a command runs (null:
 * it does not exist); once found it stays bound to that object, as real proxies keep their object's identity.
 * `parent` is the proxy it was reached from (null for the workbook): a request carries the path of each.
 */
export abstract class ClientObject<T> implements Loadable, PathOwner {
  private bound: T | undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, Loadable>();
  readonly label: string;
  readonly segmentBytes: number;

  protected constructor(
    readonly context: DoubleContext,
    private readonly resolve: () => T | null,
    segment: string,
    readonly parentPath: PathOwner | null,
    private readonly nullable = false,
  ) {
    this.label = parentPath ? `${parentPath.label}.${segment}` : segment;
    this.segmentBytes = PATH_BYTES + utf8Length(segment);
    // An ...OrNullObject learns whether it exists at the next sync, without a load.
    if (nullable && !context.executing) {
      context.enqueue(`${this.label}.isNullObject`, 0, () => this.loaded.set('isNullObject', this.peek() === null), this);
    }
  }

  /** Readable properties and how to read them from the model object. */
  protected abstract scalars(): Scalars<T>;

  /** Navigation properties (objects reached by a property, such as range.format). */
  protected navigation(): Record<string, () => Loadable> {
    return {};
  }

  /** The same child proxy every time (range.format is one object). */
  protected child<C extends Loadable>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as C;
  }

  /** Looked up again by every command instead of staying bound (items reached by position). */
  relookup = false;

  /** The model object, or null; only while a command runs. */
  peek(): T | null {
    if (this.bound !== undefined) return this.bound;
    const t = this.resolve();
    if (t !== null && !this.relookup) this.bound = t;
    return t;
  }

  /** The model object while a command runs; a missing one fails the sync like Office.js does. */
  target(): T {
    const t = this.peek();
    if (t === null) {
      throw officeError(
        this.nullable ? 'InvalidOperation' : 'ItemNotFound',
        this.nullable ? `${this.label} is a null object.` : `The requested resource doesn't exist (${this.label}).`,
      );
    }
    return t;
  }

  get isNullable(): boolean {
    return this.nullable;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  /** Reading a property needs load() and a completed sync first. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw officeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${this.label})`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a change; `apply` runs at sync against the model object. */
  protected write(name: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue(`${this.label}.${name}`, jsonBytes(args), () => apply(this.target()), this);
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this.label}.load`, jsonBytes(paths), () => this.applyLoad(paths), this);
    return this;
  }

  /** Runs at sync: copies the requested properties from the model into the proxy. */
  applyLoad(paths: string[]): void {
    const t = this.peek();
    this.loaded.set('isNullObject', t === null);
    if (t === null) {
      if (this.nullable) return;
      this.target(); // throws ItemNotFound
    }
    const scalars = this.scalars();
    const nav = this.navigation();
    const wanted = paths.length > 0 ? paths : Object.keys(scalars);
    const deeper = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split('/');
      if (head in scalars && rest.length === 0) {
        const value = clone(scalars[head](t as T));
        this.context.addResponse(jsonBytes(value) + utf8Length(head) + 4);
        this.loaded.set(head, value);
      } else if (head in nav) {
        const list = deeper.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        deeper.set(head, list);
      } else {
        throw officeError('InvalidArgument', `Cannot load '${path}' on ${this.label}.`);
      }
    }
    for (const [head, rest] of deeper) nav[head]().applyLoad(rest);
  }

  /** The loaded properties as Excel returns them: `{ "Values": …, "Format": { "Fill": { … } } }`; null for a null object. */
  loadedJson(paths: string[]): unknown {
    if (this.loaded.get('isNullObject') === true) return null;
    const scalars = this.scalars();
    const nav = this.navigation();
    const wanted = paths.length > 0 ? paths : Object.keys(scalars);
    const out: Record<string, unknown> = {};
    const deeper = new Map<string, string[]>();
    for (const path of wanted) {
      const [head, ...rest] = path.split('/');
      if (head in scalars && rest.length === 0) out[pascal(head)] = this.loaded.get(head);
      else if (head in nav) deeper.set(head, [...(deeper.get(head) ?? []), ...(rest.length > 0 ? [rest.join('/')] : [])]);
    }
    for (const [head, rest] of deeper) out[pascal(head)] = nav[head]().loadedJson(rest);
    return out;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** "values" -> "Values": the names Excel uses in requests and responses. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "GetRangeByIndexes" -> "getRangeByIndexes": the name of the same member in the API. */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A collection proxy: `items` is loaded as fresh item proxies bound to the objects present at that sync. */
export abstract class ClientCollection<T, I extends Loadable> extends ClientObject<T> {
  private loadedItems: I[] | null = null;

  protected abstract list(target: T): unknown[];
  /** The proxy for a loaded item whose id was loaded: Office.js reaches it by that id afterwards. */
  protected abstract itemProxy(entity: unknown, index: number): I;

  protected scalars(): Scalars<T> {
    return { count: (t) => this.list(t).length };
  }

  get items(): I[] {
    if (this.loadedItems === null) this.read('items'); // throws PropertyNotLoaded
    return this.loadedItems as I[];
  }

  /**
   * The item at this position when each command runs: positions shift as items are deleted. Office.js reaches a
   * loaded item this way when its id was not loaded.
   */
  getItemAt(index: number): I {
    const item = this.itemAt(index, `getItemAt(${index})`);
    (item as unknown as ClientObject<unknown>).relookup = true;
    return item;
  }

  protected abstract itemAt(index: number, segment: string): I;

  /** Item paths relative to an item: Office.js accepts "items/name" as well as "name" on a collection. */
  private static itemPaths(paths: string[]): string[] {
    return paths.map((p) => (p === 'items' ? '' : p.startsWith('items/') ? p.slice('items/'.length) : p)).filter(Boolean);
  }

  private static ownPaths(paths: string[]): string[] {
    return paths.filter((p) => p === 'count');
  }

  override applyLoad(paths: string[]): void {
    const t = this.target();
    const own = ClientCollection.ownPaths(paths);
    if (own.length > 0) super.applyLoad(own);
    if (paths.length === 0 || own.length < paths.length) {
      const itemPaths = ClientCollection.itemPaths(paths.filter((p) => p !== 'count'));
      const byId = itemPaths.length === 0 || itemPaths.includes('id');
      this.loadedItems = this.list(t).map((e, i) => (byId ? this.itemProxy(e, i) : this.getItemAt(i)));
      for (const item of this.loadedItems) item.applyLoad(itemPaths);
    }
  }

  override loadedJson(paths: string[]): unknown {
    const out: Record<string, unknown> = {};
    const own = ClientCollection.ownPaths(paths);
    if (own.length > 0) Object.assign(out, super.loadedJson(own));
    if (this.loadedItems && (paths.length === 0 || own.length < paths.length)) {
      const itemPaths = ClientCollection.itemPaths(paths.filter((p) => p !== 'count'));
      out._Items = this.loadedItems.map((item) => item.loadedJson(itemPaths));
    }
    return out;
  }
}

function clone<V>(v: V): V {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as V);
}
