// Vietnamese forms used in minutes: numbers in words, dates as administrative documents write them, counts such as "08 (tám)", and ASCII slugs for file names. Pure functions, no I/O.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

export interface NumberWordsOptions {
  /** The word for a zero tens digit before a units digit: "linh" (default, northern) or "lẻ" (southern). */
  zeroTens?: 'linh' | 'lẻ';
  /** "nghìn" (default) or "ngàn". */
  thousand?: 'nghìn' | 'ngàn';
}

/**
 * Words for 0..999 as a group. `full` (every group after the first) says "không trăm" and "linh" where the first
 * group would drop them: 1 005 is "một nghìn không trăm linh năm".
 */
function groupWords(n: number, full: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push(zeroTens, DIGITS[units]);
    else if (units > 0) words.push(DIGITS[units]);
    return words;
  }
  if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens], 'mươi');
  if (units === 1) words.push(tens >= 2 ? 'mốt' : 'một');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(DIGITS[units]);
  return words;
}

/**
 * A whole number in Vietnamese words: 21 "hai mươi mốt", 15 "mười lăm", 105 "một trăm linh năm",
 * 1 000 000 "một triệu", 2 500 000 000 "hai tỷ năm trăm triệu". A fraction is read after "phẩy" as its digits
 * form a number (9,5 "chín phẩy năm", 95,25 "chín mươi lăm phẩy hai mươi lăm"). Up to 999 999 tỷ.
 */
export function numberWords(value: number, options: NumberWordsOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value < 0) return `âm ${numberWords(-value, options)}`;
  if (!Number.isInteger(value)) {
    const [whole, fraction] = String(value).split('.');
    if (!fraction || /e/i.test(String(value))) throw new RangeError(`cannot read ${value} in words`);
    const leadingZeros = /^0*/.exec(fraction)![0].length;
    const rest = fraction.slice(leadingZeros);
    const fractionWords = [...Array(leadingZeros).fill('không'), numberWords(Number(rest), options)].join(' ');
    return `${numberWords(Number(whole), options)} phẩy ${fractionWords}`;
  }
  if (value >= 1e15) throw new RangeError(`too large to read in words: ${value}`);
  if (value === 0) return 'không';
  const zeroTens = options.zeroTens ?? 'linh';
  const thousand = options.thousand ?? 'nghìn';
  const scales = ['', thousand, 'triệu', 'tỷ', `${thousand} tỷ`];
  const groups: number[] = [];
  for (let n = value; n > 0; n = Math.floor(n / 1000)) groups.push(n % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue; // a group of zeros is not read: 1 000 005 is "một triệu không trăm linh năm"
    words.push(...groupWords(g, i < groups.length - 1, zeroTens));
    if (scales[i]) words.push(scales[i]);
  }
  return words.join(' ');
}

/** A count as minutes write it: two-digit numeral and words, "08 (tám)", "11 (mười một)", "100 (một trăm)". */
export function countWithWords(n: number, options: NumberWordsOptions = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
  return `${String(n).padStart(2, '0')} (${numberWords(n, options)})`;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** A date from "yyyy-mm-dd" (ISO, as the model keeps it), or null when it is not a real calendar date. */
export function parseIsoDate(iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

/**
 * A date as Decree 30/2020/NĐ-CP writes it: "ngày 09 tháng 01 năm 2023". Days below 10 and the months January
 * and February take a leading zero; the other months do not ("ngày 15 tháng 3 năm 2024").
 */
export function dateWords(date: DateParts): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The place-and-date line of a document: "Đắk Lắk, ngày 09 tháng 01 năm 2023". */
export function placeDateLine(place: string, date: DateParts): string {
  return `${place}, ${dateWords(date)}`;
}

/**
 * An ASCII slug for file names: "Khối thi đua số 3" -> "Khoi-thi-dua-so-3". Case is kept; anything that is not a
 * letter or digit becomes one "-". Empty when nothing is left.
 */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** An ordinal as Vietnamese says it: 1 "thứ nhất", 2 "thứ hai", 4 "thứ tư", 14 "thứ mười bốn". */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not an ordinal: ${n}`);
  if (n === 1) return 'thứ nhất';
  if (n === 4) return 'thứ tư';
  return `thứ ${numberWords(n)}`;
}

/** Names joined as a sentence lists them: "A", "A và B", "A, B và C" (in English "A, B and C"). */
export function joinNames(names: readonly string[], lang: 'vi' | 'en' = 'vi'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${names[names.length - 1]}`;
}
