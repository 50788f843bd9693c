// Numbers as people read them, in one place: the decimal comma and "." between thousands in Vietnamese ("1.234,5"),
// the point and "," in English ("1,234.5"); scores with the bloc's `Số chữ số thập phân`; shares; file sizes; counts.
// Rounding is half away from zero without binary drift (2.675 -> "2,68").

import type { Lang, Text } from './model';

const SEPARATORS: Record<Lang, { decimal: string; thousands: string }> = {
  vi: { decimal: ',', thousands: '.' },
  en: { decimal: '.', thousands: ',' },
};

/**
 * A number with exactly `decimals` decimals ("95,50"), or — with `trim` — at most that many, trailing zeros dropped
 * ("95,5", "10").
 */
export function formatNumber(value: number, lang: Lang, decimals: number, trim = false): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const { decimal, thousands } = SEPARATORS[lang];
  const factor = 10 ** decimals;
  // toPrecision(15) removes the binary noise (2.675 * 100 = 267.49999...) before rounding.
  const scaled = Math.round(Number((Math.abs(value) * factor).toPrecision(15)));
  const sign = value < 0 && scaled !== 0 ? '-' : '';
  const whole = String(Math.floor(scaled / factor)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  let fraction = decimals > 0 ? String(scaled % factor).padStart(decimals, '0') : '';
  if (trim) fraction = fraction.replace(/0+$/, '');
  return sign + whole + (fraction ? decimal + fraction : '');
}

/**
 * A score. With `decimals` (the bloc's `Số chữ số thập phân`) it shows exactly that many, so that two totals the
 * ranking tells apart never look equal ("95,126" and "95,129"); without, as written (up to 6 decimals, no trailing
 * zeros: "9,5").
 */
export function formatScore(value: number, lang: Lang, decimals?: number): string {
  return decimals == null ? formatNumber(value, lang, 6, true) : formatNumber(value, lang, decimals);
}

/** A share as a percentage: 0.875 -> "87,5%" (vi) or "87.5%" (en), 0.5 -> "50%", 5/9 -> "55,6%". */
export function formatPercent(share: number, lang: Lang, maxDecimals = 1): string {
  return `${formatNumber(share * 100, lang, maxDecimals, true)}%`;
}

/** A file size in the unit that says something: "1,5 MB" (vi) / "1.5 MB" (en), "12 KB", "300 byte"; never "0,0 MB". */
export function formatSize(bytes: number, lang: Lang): string {
  const MB = 1024 * 1024;
  if (bytes >= 0.1 * MB) return `${formatNumber(bytes / MB, lang, 1, true)} MB`;
  if (bytes >= 1024) return `${formatNumber(Math.round(bytes / 1024), lang, 0)} KB`;
  return lang === 'vi' || bytes === 1 ? `${bytes} byte` : `${bytes} bytes`;
}

/** A count with thousands separators: 5000000 -> "5.000.000" (vi) / "5,000,000" (en). */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, lang, 0);
}

/** Build a Text by running the same template in both languages. */
export function bilingual(make: (lang: Lang) => string): Text {
  return { vi: make('vi'), en: make('en') };
}
