// The double as Excel's end of the real Office.js client: the client (@microsoft/office-js) serializes a batch of
// commands into one Rich API request — object paths (the workbook, a property, a method, an indexer) and actions
// on them (instantiate, query, set a property, call a method) — and sends it as JSON. This endpoint answers such a
// request from the double: it replays each action on the double's own proxies, in order, and returns the results
// in the shape the client reads (`{"Results":[{"ActionId":9,"Value":{"Values":[[…]]}}]}`), or an error naming the
// failing action. The limits are Excel on the web's, on the real bytes: a request or a response over 5 MB fails.
// test/excel/office-js runs the add-in's code through the real client and this endpoint.

import { camel, ClientObject, isOfficeError, utf8Length, type DoubleContext, type PathOwner } from './client';
import { Range, RangeAreas, type RangeRef } from './objects';

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path the argument is (a range passed to setPosition). */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

export interface RichApiRequest {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** One request and its answer, as a test inspects them. */
export interface Exchange {
  requestBytes: number;
  responseBytes: number;
  /** Each action: its kind, the path it acts on ("worksheets['Kết quả'].getRangeByIndexes(0,0,1,6)") and its name. */
  actions: { kind: 'instantiate' | 'query' | 'method' | 'set' | 'trace'; path: string; name: string; args?: unknown[] }[];
  error: string | null;
}

const KINDS: Record<number, Exchange['actions'][number]['kind']> = { 1: 'instantiate', 2: 'query', 3: 'method', 4: 'set', 5: 'trace' };

type Proxy = Record<string, unknown>;

class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: string,
  ) {
    super(message);
  }
}

/** A readable expression for a path: `worksheets['Chấm điểm'].getRange().conditionalFormats[3]` (memoized per request). */
export function pathExpression(paths: Record<string, ObjectPathInfo>, id: number, memo = new Map<number, string>()): string {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const p = paths[String(id)];
  if (!p) return `?${id}`;
  const args = () => (p.ArgumentInfo?.Arguments ?? []).map((a) => JSON.stringify(a) ?? 'undefined').join(',');
  const parent = p.ParentObjectPathId !== undefined ? pathExpression(paths, p.ParentObjectPathId, memo) : '';
  const dot = (s: string) => (parent ? `${parent}.${s}` : s);
  let out: string;
  if (p.ObjectPathType === 1) out = 'workbook';
  else if (p.ObjectPathType === 3) out = dot(`${camel(p.Name)}(${args()})`);
  else if (p.ObjectPathType === 4) out = dot(camel(p.Name));
  else if (p.ObjectPathType === 5) out = `${parent}[${args()}]`;
  else if (p.ObjectPathType === 6) out = `ref(${p.Name})`;
  else out = `<${p.ObjectPathType}:${p.Name}>`;
  memo.set(id, out);
  return out;
}

/**
 * Ranges the client keeps across requests. Inside Excel.run the client tracks every range it creates
 * (`_KeepReference`): Excel answers its instantiation with a `_ReferenceId`, by which later requests reach the
 * same cells (object path type 6), until `_RemoveReference` at the end of the run.
 */
export type References = Map<string, RangeRef>;

/**
 * Answers one serialized request against the double. `context` is a fresh context of the double (its workbook is
 * the global object); `references` persist between requests. The response body goes back with status 200 (errors
 * travel in the body).
 */
export function answerRichApi(
  context: DoubleContext & { workbook: unknown },
  bodyText: string,
  references: References,
  log?: (e: Exchange) => void,
): string {
  const model = context.model;
  const request = JSON.parse(bodyText) as RichApiRequest;
  const exchange: Exchange = { requestBytes: utf8Length(bodyText), responseBytes: 0, actions: [], error: null };
  const results: { ActionId: number; Value: unknown }[] = [];
  const proxies = new Map<number, Proxy | null>();
  const kept = new Set<number>();
  const expressions = new Map<number, string>();
  const expression = (id: number) => pathExpression(request.ObjectPaths, id, expressions);
  let error: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number } | null = null;

  const resolveArgs = (info: ArgumentInfo | undefined): unknown[] => {
    const args = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((ref, i) => {
      if (typeof ref === 'number' && ref !== 0) args[i] = resolve(ref);
    });
    return args.map((a) => (a === null ? undefined : a));
  };

  const resolve = (id: number): Proxy => {
    if (proxies.has(id)) {
      const known = proxies.get(id);
      if (!known) throw new RequestError('InvalidArgument', `Object path ${id} is a null object.`, expression(id));
      return known;
    }
    const p = request.ObjectPaths[String(id)];
    const where = expression(id);
    if (!p) throw new RequestError('InvalidRequest', `The request has no object path ${id}.`, where);
    let proxy: unknown;
    if (p.ObjectPathType === 1) proxy = context.workbook;
    else if (p.ObjectPathType === 6) {
      const ref = references.get(p.Name);
      if (!ref) throw new RequestError('InvalidArgument', `No object is kept under the reference "${p.Name}".`, where);
      const model = context.model;
      proxy = new Range(context, () => (model.sheets.includes(ref.sheet) ? ref : null), `ref(${p.Name})`, context.workbook as PathOwner);
    } else {
      const parent = resolve(p.ParentObjectPathId ?? -1);
      const args = resolveArgs(p.ArgumentInfo);
      const member = p.ObjectPathType === 5 ? 'getItem' : camel(p.Name);
      if (p.ObjectPathType === 4) proxy = parent[member];
      else if (p.ObjectPathType === 3 || p.ObjectPathType === 5) {
        const fn = parent[member];
        if (typeof fn !== 'function') throw unknownMember(where, member);
        proxy = (fn as (...a: unknown[]) => unknown).apply(parent, args);
      } else throw new RequestError('InvalidRequest', `The double does not serve object paths of type ${p.ObjectPathType}.`, where);
      if (proxy === undefined) throw unknownMember(where, member);
    }
    proxies.set(id, proxy as Proxy);
    return proxy as Proxy;
  };

  const run = (a: ActionInfo): unknown => {
    const target = resolve(a.ObjectPathId);
    const name = camel(a.Name);
    const where = expression(a.ObjectPathId);
    switch (a.ActionType) {
      case 1: {
        context.runQueued(); // the proxy's own check (isNullObject, an `add`) runs now
        const object = target as unknown as ClientObject<unknown>;
        if (object.isNullable && object.peek() === null) return null;
        object.target(); // a missing sheet or range fails here, as in Excel
        if (kept.has(a.ObjectPathId) && object instanceof Range) {
          const id = `ref${references.size + 1}:${a.ObjectPathId}`;
          references.set(id, object.target());
          return { _ReferenceId: id };
        }
        return {};
      }
      case 2: {
        const select = a.QueryInfo?.Select ?? [];
        (target as unknown as ClientObject<unknown>).load(select);
        context.runQueued();
        return (target as unknown as ClientObject<unknown>).loadedJson(select);
      }
      case 3: {
        if (a.Name === '_KeepReference') {
          if (target instanceof Range || target instanceof RangeAreas) kept.add(a.ObjectPathId);
          return undefined;
        }
        if (a.Name === '_RemoveReference') {
          references.delete(String(a.ArgumentInfo?.Arguments?.[0]));
          return undefined;
        }
        if (a.Name.startsWith('_')) return undefined; // _ValidateArraySize and the like: Excel's own checks
        const fn = target[name];
        if (typeof fn !== 'function') throw unknownMember(where, name);
        const value = (fn as (...args: unknown[]) => unknown).apply(target, resolveArgs(a.ArgumentInfo));
        context.runQueued();
        return value instanceof ClientObject ? undefined : value;
      }
      case 4: {
        const [value] = resolveArgs(a.ArgumentInfo);
        if (!hasSetter(target, name)) throw unknownMember(where, name);
        target[name] = value;
        context.runQueued();
        return undefined;
      }
      case 5:
        return undefined;
      default:
        throw new RequestError('InvalidRequest', `The double does not serve actions of type ${a.ActionType}.`, where);
    }
  };

  try {
    context.checkEditMode();
    if (exchange.requestBytes > model.requestLimit) {
      throw new RequestError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.', '');
    }
  } catch (e) {
    error = errorOf(e, -1);
  }
  for (let i = 0; !error && i < request.Actions.length; i++) {
    const a = request.Actions[i];
    exchange.actions.push({
      kind: KINDS[a.ActionType] ?? 'trace',
      path: expression(a.ObjectPathId),
      name: a.Name,
      ...(a.ArgumentInfo?.Arguments ? { args: a.ArgumentInfo.Arguments } : {}),
    });
    try {
      const value = run(a);
      if (value !== undefined) results.push({ ActionId: a.Id, Value: value });
    } catch (e) {
      error = errorOf(e, i);
    }
  }

  let body = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
  if (!error && utf8Length(body) > model.responseLimit) {
    // Excel does the work, then cannot send the answer: the client gets the error alone.
    error = errorOf(new RequestError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.', ''), -1);
    body = JSON.stringify({ Error: error });
  }
  exchange.responseBytes = utf8Length(body);
  exchange.error = error?.Code ?? null;
  context.completed();
  log?.(exchange);
  return body;
}

function unknownMember(where: string, member: string): Error {
  // Not an Excel error: the double lacks a member the add-in uses, which the double must learn.
  return new Error(`The Excel double does not implement '${member}' (on ${where}).`);
}

function hasSetter(o: object, name: string): boolean {
  for (let p: object | null = o; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.set === 'function' || d.writable === true;
  }
  return false;
}

function errorOf(e: unknown, actionIndex: number) {
  if (e instanceof RequestError)
    return { Code: e.code, Message: e.message, Location: e.location, ActionIndex: actionIndex, HttpStatusCode: 400 };
  if (isOfficeError(e)) {
    return { Code: e.code, Message: e.message, Location: e.debugInfo.errorLocation ?? '', ActionIndex: actionIndex, HttpStatusCode: 400 };
  }
  throw e; // a bug of the double or of the test: fail loudly
}
