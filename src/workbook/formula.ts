// The few formulas the product computes itself: plain arithmetic over numbers and same-sheet cells — + - * /,
// parentheses, references and ranges, SUM, MIN, MAX. The .xlsx reader uses it for a formula saved without its
// cached value (so a score `=4+5.5` is 9.5, not blank), and the browser harness to recalculate subtotals after a
// change. Anything else (other sheets, names, other functions, text, errors) is formulaUnsupported's refusal: the caller
// decides (the reader reports the cell; the harness keeps the cached result). Pure: no I/O.

import { BxtdError, isBxtdError } from '../domain/errors';

export interface FormulaRef {
  row: number; // 0-based
  col: number; // 0-based
}

/** A formula this evaluator does not compute (the caller reports the cell, or keeps the saved result). */
export function formulaUnsupported(formula: string): BxtdError {
  return new BxtdError(
    'file.formula',
    { vi: `Công thức ${formula} không tính được ở đây.`, en: `The formula ${formula} cannot be computed here.` },
    {},
    { detail: formula },
  );
}

export function isFormulaUnsupported(e: unknown): boolean {
  return isBxtdError(e) && e.code === 'file.formula';
}

/** The formula as written, without its leading "=". */
const bare = (formula: string) => formula.replace(/^\s*=/, '');

const colIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

type Token =
  { kind: 'num'; value: number } | { kind: 'ref'; ref: FormulaRef } | { kind: 'name'; name: string } | { kind: 'op'; op: string };

export function formulaTokens(formula: string): Token[] {
  const text = bare(formula);
  const out: Token[] = [];
  const re =
    /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?|\.\d+(?:E[+-]?\d+)?)|\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Z0-9_(!.])|([A-Z][A-Z0-9.]*)(?=\s*\()|([-+*/(),:]))/iy;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) throw formulaUnsupported(formula);
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', value: Number(m[1]) });
    else if (m[2] !== undefined) {
      const ref = { row: Number(m[3]) - 1, col: colIndex(m[2]) };
      if (ref.row < 0 || ref.row >= MAX_ROWS || ref.col >= MAX_COLS) throw formulaUnsupported(formula);
      out.push({ kind: 'ref', ref });
    } else if (m[4] !== undefined) out.push({ kind: 'name', name: m[4].toUpperCase() });
    else out.push({ kind: 'op', op: m[5] });
  }
  return out;
}

/** The most cells one range in a formula may cover (a whole-column SUM is not "plain arithmetic" here). */
const MAX_RANGE_CELLS = 100_000;

/**
 * Evaluates one formula (with or without "="); `cell` gives a referenced cell's number (blank = 0) and throws
 * formulaUnsupported's refusal for anything else. Throws formulaUnsupported's refusal for what is not plain arithmetic, and for a
 * result that is not a finite number (division by zero).
 */
export function evaluateFormula(formula: string, cell: (r: FormulaRef) => number): number {
  const ts = formulaTokens(formula);
  let i = 0;
  const fail = () => formulaUnsupported(formula);
  const peek = (op: string) => ts[i]?.kind === 'op' && (ts[i] as { op: string }).op === op;
  const expect = (op: string) => {
    if (!peek(op)) throw fail();
    i++;
  };
  let depth = 0;
  const args = (): number[] => {
    const values: number[] = [];
    expect('(');
    while (!peek(')')) {
      const t = ts[i];
      if (t?.kind === 'ref' && ts[i + 1]?.kind === 'op' && (ts[i + 1] as { op: string }).op === ':' && ts[i + 2]?.kind === 'ref') {
        const a = t.ref;
        const b = (ts[i + 2] as { ref: FormulaRef }).ref;
        const rows = Math.abs(a.row - b.row) + 1;
        const cols = Math.abs(a.col - b.col) + 1;
        if (rows * cols > MAX_RANGE_CELLS) throw fail();
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
    if (!t) throw fail();
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
    throw fail();
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
    if (++depth > 200) throw fail(); // nesting a hostile file could use to exhaust the stack
    let v = product();
    while (peek('+') || peek('-')) {
      const op = (ts[i++] as { op: string }).op;
      const w = product();
      v = op === '+' ? v + w : v - w;
    }
    depth--;
    return v;
  };
  const v = sum();
  if (i !== ts.length || !Number.isFinite(v)) throw fail();
  return Math.round(v * 1e9) / 1e9;
}

/**
 * A formula moved by (rows, cols), as Excel fills a shared formula: relative references move, `$` ones stay.
 * Strings and quoted sheet names are copied as they are. Null when the formula holds something this cannot move
 * safely (whole columns or rows, R1C1, structured references) or a reference would leave the grid.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string | null {
  const text = bare(formula);
  if (rows === 0 && cols === 0) return text;
  let out = '';
  let i = 0;
  const isWord = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_.\\]/.test(ch);
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      // A string ("a""b") or a quoted sheet name ('It''s'!A1): copied whole.
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return null;
        if (text[j] === ch) {
          if (text[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[' || ch === '{') return null; // structured references, array constants
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/.exec(text.slice(i, i + 13));
    if (m && !isWord(text[i - 1]) && !/[A-Za-z0-9_(!.]/.test(text[i + m[0].length] ?? '')) {
      let col = colIndex(m[2]);
      let row = Number(m[4]) - 1;
      if (!m[1]) col += cols;
      if (!m[3]) row += rows;
      if (col < 0 || row < 0 || col >= MAX_COLS || row >= MAX_ROWS) return null;
      out += `${m[1]}${columnLetters(col)}${m[3]}${row + 1}`;
      i += m[0].length;
      continue;
    }
    // A whole column or row (A:A, 1:3) or an R1C1 reference cannot be moved here.
    if (/^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_(])/.test(text.slice(i)) && !isWord(text[i - 1])) return null;
    if (/^\$?\d+:\$?\d+/.test(text.slice(i)) && !isWord(text[i - 1])) return null;
    // A word (function, name, sheet name) is copied whole, so that its digits are not read as a reference.
    const w = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(text.slice(i));
    if (w) {
      out += w[0];
      i += w[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function columnLetters(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
