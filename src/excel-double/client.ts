// The request machinery of the Excel double, as strict as Office.js: calls only queue commands; context.sync()
// runs them in order against the model; a property can be read only after it was loaded *and* synced, otherwise
// reading it throws (PropertyNotLoaded), unlike office-addin-mock. Syncs are counted.

import { versionAtLeast, type WorkbookModel } from './model';

/** The shape of OfficeExtension.Error: a code from Excel.ErrorCodes, a message and debug information. */
export class DoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
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

/** Estimated request bytes of a command with these arguments. */
export function commandBytes(args: unknown): number {
  return 48 + (args === undefined ? 0 : utf8Length(JSON.stringify(args)));
}

export class DoubleContext {
  private queue: Command[] = [];
  /** context.sync() calls on this context, including failed ones. */
  syncCount = 0;
  /** The largest request this context sent, in estimated bytes. */
  largestRequest = 0;
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

  enqueue(location: string, bytes: number, run: () => void): void {
    this.queue.push({ location, bytes, run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.syncCount++;
    await Promise.resolve(); // a round trip is always asynchronous
    if (commands.length === 0) return;
    if (this.model.cellEditMode) {
      throw new DoubleError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    const bytes = commands.reduce((n, c) => n + c.bytes, 0);
    this.largestRequest = Math.max(this.largestRequest, bytes);
    if (bytes > this.model.requestLimit) {
      throw new DoubleError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.executing = true;
    try {
      for (const c of commands) {
        try {
          c.run();
        } catch (e) {
          if (e instanceof DoubleError) throw new DoubleError(e.code, e.message, c.location);
          throw e;
        }
      }
    } finally {
      this.executing = false;
      this.model.syncs++;
      this.onSync();
    }
  }

  requireApi(version: string, location: string): void {
    if (!versionAtLeast(this.model.apiVersion, version)) {
      throw new DoubleError('ApiNotFound', `The API you are trying to use could not be found (${location} needs ExcelApi ${version}).`);
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
}

/**
 * A proxy for one object of the Excel object model. `resolve` finds the model object when a command runs (null:
 * it does not exist); once found it stays bound to that object, as real proxies keep their object's identity.
 */
export abstract class ClientObject<T> implements Loadable {
  private bound: T | undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, Loadable>();

  protected constructor(
    readonly context: DoubleContext,
    private readonly resolve: () => T | null,
    readonly label: string,
    private readonly nullable = false,
  ) {
    // An ...OrNullObject learns whether it exists at the next sync, without a load.
    if (nullable && !context.executing) {
      context.enqueue(`${label}.isNullObject`, 32, () => this.loaded.set('isNullObject', this.peek() === null));
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

  /** The model object, or null; only while a command runs. */
  peek(): T | null {
    if (this.bound !== undefined) return this.bound;
    const t = this.resolve();
    if (t !== null) this.bound = t;
    return t;
  }

  /** The model object while a command runs; a missing one fails the sync like Office.js does. */
  target(): T {
    const t = this.peek();
    if (t === null) {
      throw new DoubleError(
        this.nullable ? 'InvalidOperation' : 'ItemNotFound',
        this.nullable ? `${this.label} is a null object.` : `The requested resource doesn't exist (${this.label}).`,
      );
    }
    return t;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  /** Reading a property needs load() and a completed sync first. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new DoubleError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${this.label})`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a change; `apply` runs at sync against the model object. */
  protected write(name: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue(`${this.label}.${name}`, commandBytes(args), () => apply(this.target()));
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this.label}.load`, commandBytes(paths), () => this.applyLoad(paths));
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
        this.loaded.set(head, clone(scalars[head](t as T)));
      } else if (head in nav) {
        const list = deeper.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join('/'));
        deeper.set(head, list);
      } else {
        throw new DoubleError('InvalidArgument', `Cannot load '${path}' on ${this.label}.`);
      }
    }
    for (const [head, rest] of deeper) nav[head]().applyLoad(rest);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection proxy: `items` is loaded as fresh item proxies bound to the objects present at that sync. */
export abstract class ClientCollection<T, I extends Loadable> extends ClientObject<T> {
  private loadedItems: I[] | null = null;

  protected abstract list(target: T): unknown[];
  protected abstract itemProxy(entity: unknown, index: number): I;

  protected scalars(): Scalars<T> {
    return { count: (t) => this.list(t).length };
  }

  get items(): I[] {
    if (this.loadedItems === null) this.read('items'); // throws PropertyNotLoaded
    return this.loadedItems as I[];
  }

  override applyLoad(paths: string[]): void {
    const t = this.target();
    const itemPaths = paths
      .filter((p) => p === 'items' || p.startsWith('items/'))
      .map((p) => p.slice('items/'.length))
      .filter(Boolean);
    const own = paths.filter((p) => !(p === 'items' || p.startsWith('items/')));
    if (own.length > 0) super.applyLoad(own);
    if (paths.length === 0 || own.length < paths.length) {
      this.loadedItems = this.list(t).map((e, i) => this.itemProxy(e, i));
      for (const item of this.loadedItems) item.applyLoad(itemPaths);
    }
  }
}

function clone<V>(v: V): V {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as V);
}
