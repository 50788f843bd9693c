// Lines broken where a reader would break them: a title between its phrases ("Về việc đề nghị tặng Cờ thi đua và Bằng
// khen" / "cho các tập thể thuộc các Khối thi đua năm 2024"), a name in capitals into lines of even length ("VIỆN KIỂM
// SÁT" / "NHÂN DÂN TỈNH") rather than one word left alone. The result holds "\n", which the filling turns into line
// breaks. Widths are counted in characters: the documents' fonts are fixed (layout.ts), so a count per column is
// a fair measure.

/** Characters on a title line (bold 14 pt across the text width). */
export const TITLE_CHARS = 62;
/** Characters of a name in capitals in a signature column (bold 13 pt, half the text width). */
export const SIGNER_CHARS = 24;
/** Characters of the issuing body in capitals in the document head's left column. */
export const HEAD_CHARS = 26;

/**
 * Phrases joined into lines of at most `max` characters, a line breaking only between phrases (a phrase longer than
 * `max` stands on a line of its own).
 */
export function phraseLines(phrases: readonly string[], max = TITLE_CHARS): string {
  const lines: string[] = [];
  for (const phrase of phrases.map((p) => p.trim()).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + phrase.length <= max) lines[last] += ` ${phrase}`;
    else lines.push(phrase);
  }
  return lines.join('\n');
}

/**
 * Text in as few lines of at most `max` characters as its words allow, the lines as even as they can be (the longest
 * as short as possible). A word longer than `max` stands alone.
 */
export function evenLines(text: string, max: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '';
  const all = words.join(' ');
  if (all.length <= max) return all;
  const len = (from: number, to: number) => words.slice(from, to).join(' ').length;
  // best[i]: the fewest lines for words[i..], then the smallest longest line; by dynamic programming.
  const n = words.length;
  const best: { lines: number; longest: number; next: number }[] = Array(n + 1);
  best[n] = { lines: 0, longest: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    let choice = { lines: Infinity, longest: Infinity, next: i + 1 };
    for (let j = i + 1; j <= n; j++) {
      const width = len(i, j);
      if (width > max && j > i + 1) break;
      const rest = best[j];
      const candidate = { lines: rest.lines + 1, longest: Math.max(width, rest.longest), next: j };
      if (candidate.lines < choice.lines || (candidate.lines === choice.lines && candidate.longest < choice.longest)) choice = candidate;
    }
    best[i] = choice;
  }
  const lines: string[] = [];
  for (let i = 0; i < n; i = best[i].next) lines.push(words.slice(i, best[i].next).join(' '));
  return lines.join('\n');
}

/** Characters of a title line in capitals (bold 14 pt across the text width). */
export const TITLE_CAPS_CHARS = 44;

/**
 * A title in capitals broken before its phrases ("ĐỀ NGHỊ TẶNG CỜ THI ĐUA" / "CỦA ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"): a
 * line breaks before "CỦA" or "CHO" where the whole does not fit.
 */
export function capsTitle(text: string, max = TITLE_CAPS_CHARS): string {
  return phraseLines(text.split(/\s+(?=(?:CỦA|CHO)\s)/u), max);
}
