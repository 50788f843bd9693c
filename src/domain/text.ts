// Vietnamese text helpers for matching labels and names as people type them.

/**
 * The form used to compare labels and names: no diacritics (đ counts as d), lower case, single spaces, trimmed,
 * whatever the Unicode normalisation (NFC or NFD) of the input.
 */
export function fold(text: string): string {
  // Readers fold the same labels and names over and over: remember the short ones (bounded).
  const known = folded.get(text);
  if (known !== undefined) return known;
  const f = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (text.length <= 200) {
    if (folded.size >= 20000) folded.clear();
    folded.set(text, f);
  }
  return f;
}
const folded = new Map<string, string>();

/** Text in NFC with single spaces, trimmed: how names are kept and shown. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral such as "IV" (optionally followed by "." or ")"), or null. */
export function romanValue(text: string): number | null {
  const s = text.trim().replace(/[.)]$/, '').toUpperCase();
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/**
 * A number from a cell: a number as is; text such as "9,5", "9.5", " 10 " or "-2" parsed with a comma or point
 * decimal. Returns null for anything else (including blank text).
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\s+/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

/** Round half away from zero to `decimals` places, without binary drift (0.1 + 0.2 -> 0.3). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // toPrecision(15) removes the binary noise (2.675 * 100 = 267.49999...) before rounding.
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return Math.sign(value) * rounded || 0;
}

/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/**
 * For "did you mean": the candidate closest to `written` once both are folded, when it is near enough (a few
 * edits for a long word, or one is the other with words added or left out); else null.
 */
export function closest(written: string, candidates: readonly string[]): string | null {
  const w = fold(written);
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const f = fold(c);
    const d = f.startsWith(w) || w.startsWith(f) ? Math.abs(f.length - w.length) / 4 : editDistance(w, f);
    if (d < bestD) [best, bestD] = [c, d];
  }
  const allowed = Math.max(1, Math.floor(w.length / 6));
  return best != null && bestD <= allowed ? best : null;
}

/** The text with its first letter in lower case, to go on after a colon or inside a sentence. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
