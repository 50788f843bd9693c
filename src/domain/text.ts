// Vietnamese text helpers for matching labels and names as people type them.

/**
 * Characters that show nothing but make two equal-looking texts differ: format characters (zero-width space and
 * joiners, soft hyphen, left-to-right and right-to-left marks and embeddings, word joiner, byte order mark, ...),
 * variation selectors, and the Hangul fillers that render blank.
 */
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u115F\u1160\u3164\uFFA0]/gu;

/** Whether the text holds an invisible character (see INVISIBLE). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/**
 * The form used to compare labels and names: no diacritics (đ counts as d), no invisible characters, lower case,
 * single spaces, trimmed, whatever the Unicode normalisation (NFC or NFD) of the input.
 */
export function fold(text: string): string {
  // Readers fold the same labels and names over and over: remember the short ones (bounded).
  const known = folded.get(text);
  if (known !== undefined) return known;
  const f = text
    .normalize('NFD')
    .replace(INVISIBLE, '')
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
 * A number from a cell: a number as is; text that is exactly one number — an optional sign, digits, at most one
 * decimal comma or point ("9,5", "9.5", " 10 ", "-2", "+0,25"). Anything else is null: blank text, text with a space
 * or any other character inside ("1 5", "1" + no-break space + "9", "9abc"), two separators ("1.000,5"), and a
 * separator followed by exactly three digits after one to three digits that do not start with 0 ("1.000", "1,000",
 * "12.500"): in Vietnamese the point groups thousands, in English the comma does, so such text is read neither way.
 * The one parser of numbers typed as text: every reader of the bloc workbook and of the returns goes through it.
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = NUMBER_TEXT.exec(value.trim());
  if (!m) return null;
  const [, sign, whole, fraction] = m;
  if (!whole && !fraction) return null;
  if (fraction !== undefined && thousandsLike(whole, fraction)) return null;
  const n = Number(`${sign}${whole || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(n) ? n : null;
}
const NUMBER_TEXT = /^([+-]?)(\d*)(?:[.,](\d+))?$/;

/** "1.000", "12,500": one group of thousands after a first group (1–3 digits, not starting with 0). */
function thousandsLike(whole: string, fraction: string): boolean {
  return fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole[0] !== '0';
}

/**
 * Why `text` is not a number, when the reason is worth telling: `thousands` for "1.000" / "1,000" (ambiguous),
 * `space` for a space inside digits ("1 5"); null otherwise.
 */
export function numberTextProblem(text: string): 'thousands' | 'space' | null {
  const s = text.trim();
  const m = NUMBER_TEXT.exec(s);
  if (m && m[3] !== undefined && thousandsLike(m[2], m[3])) return 'thousands';
  if (/\d[\s\u00a0\u2000-\u200b\u202f\u2060\ufeff]+\d/.test(s)) return 'space';
  return null;
}

/**
 * Whether a name mixes scripts within a word: a Cyrillic or Greek letter among Latin ones ("Cоng an" with a
 * Cyrillic о) looks the same and compares different.
 */
export function mixesScripts(text: string): boolean {
  for (const word of text.split(/[\s\p{P}]+/u)) {
    if (/\p{Script=Latin}/u.test(word) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(word)) return true;
  }
  return false;
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
