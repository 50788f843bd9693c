// Excel recalculates formulas when their inputs change; the Excel double does not calculate (it keeps the cached
// results a file was saved with). The harness keeps the loaded workbook's formulas aside and, after every change,
// recalculates the ones it understands — + - * /, parentheses, numbers, same-sheet references and ranges, SUM, MIN,
// MAX — so the drawn subtotals and totals follow merged or rescored values. Anything else (other sheets, other
// functions, text) keeps its cached result. A formula cell the add-in writes a value into is a value from then on.

import type { CellValue } from '../workbook/grid';
import type { WorkbookModel } from '../excel-double';

/** Per sheet, the formulas (without "=") by "row,col" (0-based). */
export type SheetFormulas = Map<string, Map<string, string>>;

interface Ref {
  row: number;
  col: number;
}

const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

class Unsupported extends Error {}

type Token = { kind: 'num'; value: number } | { kind: 'ref'; ref: Ref } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Z0-9_(!])|([A-Z][A-Z0-9.]*)(?=\s*\()|([-+*/(),:]))/iy;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(formula);
    if (!m) throw new Unsupported(formula);
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ kind: 'ref', ref: { row: Number(m[3]) - 1, col: colIndex(m[2]) } });
    else if (m[4] !== undefined) out.push({ kind: 'name', name: m[4].toUpperCase() });
    else out.push({ kind: 'op', op: m[5] });
  }
  return out;
}

/** Evaluates one formula; `cell` gives a referenced cell's number (blank = 0), throwing Unsupported for text. */
function evaluate(formula: string, cell: (r: Ref) => number): number {
  const ts = tokens(formula);
  let i = 0;
  const peek = (op: string) => ts[i]?.kind === 'op' && (ts[i] as { op: string }).op === op;
  const expect = (op: string) => {
    if (!peek(op)) throw new Unsupported(formula);
    i++;
  };
  const args = (): number[] => {
    const values: number[] = [];
    expect('(');
    while (!peek(')')) {
      const t = ts[i];
      if (t?.kind === 'ref' && ts[i + 1]?.kind === 'op' && (ts[i + 1] as { op: string }).op === ':' && ts[i + 2]?.kind === 'ref') {
        const a = t.ref;
        const b = (ts[i + 2] as { ref: Ref }).ref;
        for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
          for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) values.push(cell({ row: r, col: c }));
        i += 3;
      } else values.push(sum());
      if (!peek(')')) expect(',');
    }
    expect(')');
    return values;
  };
  const factor = (): number => {
    const t = ts[i++];
    if (!t) throw new Unsupported(formula);
    if (t.kind === 'num') return t.value;
    if (t.kind === 'ref') return cell(t.ref);
    if (t.kind === 'op' && t.op === '-') return -factor();
    if (t.kind === 'op' && t.op === '+') return factor();
    if (t.kind === 'op' && t.op === '(') {
      const v = sum();
      expect(')');
      return v;
    }
    if (t.kind === 'name') {
      const v = args();
      if (t.name === 'SUM') return v.reduce((a, b) => a + b, 0);
      if (t.name === 'MIN') return v.length ? Math.min(...v) : 0;
      if (t.name === 'MAX') return v.length ? Math.max(...v) : 0;
    }
    throw new Unsupported(formula);
  };
  const product = (): number => {
    let v = factor();
    while (peek('*') || peek('/')) {
      const op = (ts[i++] as { op: string }).op;
      const w = factor();
      v = op === '*' ? v * w : v / w;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (peek('+') || peek('-')) {
      const op = (ts[i++] as { op: string }).op;
      const w = product();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };
  const v = sum();
  if (i !== ts.length || !Number.isFinite(v)) throw new Unsupported(formula);
  return Math.round(v * 1e9) / 1e9;
}

/** What each formula cell held after the last recalculation, to notice the add-in writing over it. */
export type Computed = Map<string, CellValue>;

/** Recalculates the formulas of every sheet in place; returns whether a drawn value changed. */
export function recalc(model: WorkbookModel, formulas: SheetFormulas, computed: Computed): boolean {
  let changed = false;
  for (const sheet of model.sheets) {
    const own = formulas.get(sheet.name);
    if (!own?.size) continue;
    // A value written over a formula cell (not by us) replaces the formula, as in Excel.
    for (const key of [...own.keys()]) {
      const [r, c] = key.split(',').map(Number);
      const id = `${sheet.name}!${key}`;
      if (computed.has(id) && sheet.cells[r]?.[c]?.value !== computed.get(id)) {
        own.delete(key);
        computed.delete(id);
      }
    }
    const done = new Map<string, number | null>();
    const visiting = new Set<string>();
    const valueOf = (r: number, c: number): number | null => {
      const key = `${r},${c}`;
      const formula = own.get(key);
      if (formula === undefined) {
        const v = sheet.cells[r]?.[c]?.value ?? null;
        if (v === null || v === '') return 0;
        if (typeof v === 'number') return v;
        if (typeof v === 'boolean') return v ? 1 : 0;
        throw new Unsupported(String(v));
      }
      if (done.has(key)) return done.get(key)!;
      if (visiting.has(key)) throw new Unsupported('circular');
      visiting.add(key);
      let result: number | null;
      try {
        result = evaluate(formula, (ref) => {
          const v = valueOf(ref.row, ref.col);
          if (v === null) throw new Unsupported('input');
          return v;
        });
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        result = null; // keep the cached result
      }
      visiting.delete(key);
      done.set(key, result);
      return result;
    };
    for (const key of own.keys()) {
      const [r, c] = key.split(',').map(Number);
      let v: number | null = null;
      try {
        v = valueOf(r, c);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
      }
      const target = sheet.cells[r]?.[c];
      if (!target) continue;
      if (v !== null && target.value !== v) {
        target.value = v;
        changed = true;
      }
      computed.set(`${sheet.name}!${key}`, target.value);
    }
  }
  return changed;
}

export const __test = { evaluate, tokens };
