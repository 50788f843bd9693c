// Numbers as people read them in each language: "95,5" in Vietnamese, "95.5" in English.

import type { Lang, Text } from './model';

/** A score without trailing zeros, e.g. 95.5 -> "95,5" (vi) or "95.5" (en). */
export function formatScore(value: number, lang: Lang): string {
  // Rounded to 6 decimals to hide binary noise (0.1 + 0.2); Math.round is much cheaper than toFixed on hot paths.
  const s = String(Number.isInteger(value) ? value : Math.round(value * 1e6) / 1e6);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** A share such as 0.875 -> "87,5%" (vi) or "87.5%" (en). */
export function formatPercent(share: number, lang: Lang): string {
  return `${formatScore(Math.round(share * 1000) / 10, lang)}%`;
}

/** Build a Text by running the same template in both languages. */
export function bilingual(make: (lang: Lang) => string): Text {
  return { vi: make('vi'), en: make('en') };
}
