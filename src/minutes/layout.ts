// The building blocks of a Decree 30/2020/NĐ-CP document, shared by every default template: the document head (the
// issuing body and number top left, the national title and motto top right, then `Số` and the place-and-date line
// on one row), the centred title with its subject line, paragraph styles, lists, dotted lines to fill by hand, and
// signature blocks. Placeholders stay plain text so a bloc can edit the wording in Word.
//
// Typography: Times New Roman 14 pt body, 13 pt in the head and tables; paragraphs justified with a 1 cm first-line
// indent and at least 6 pt between them; headings and list lead-ins keep with the next paragraph; a line that holds
// a dotted blank is left-aligned (fill.ts also un-justifies any paragraph whose filled text has a dotted blank).

import type { Bloc, BlocResult } from '../domain/model';
import { p, r, tab, table, TEXT_WIDTH, type Cell, type ParaStyle, type RunStyle } from './ooxml';

export const BODY = 14; // pt
export const SMALL = 13; // pt: the document head
export const TABLE = 12; // pt: bordered tables
export const SIGNER = 13; // pt: the signer's authority and position, bold capitals
export const DOTS = '…'.repeat(16);

export const body: ParaStyle = { align: 'both', firstLine: 567, before: 0, after: 6, line: 1.15 };
/** A paragraph that leads into a list or a table: kept with what follows. */
export const lead: ParaStyle = { ...body, keepNext: true };
export const heading: ParaStyle = { align: 'both', firstLine: 567, before: 6, after: 6, keepNext: true, line: 1.15 };
export const item: ParaStyle = { align: 'both', firstLine: 567, before: 0, after: 6, line: 1.15 };
/** A line left to fill by hand: left-aligned so justification never spreads the dots. */
export const dotted: ParaStyle = { ...item, align: 'left' };
/** A one-line hint under a blank: what to write there. */
export const hint: ParaStyle = { ...item, align: 'left' };

/**
 * A line to fill by hand: `lead` text, then dots to the right margin (a right tab stop with a dotted leader, so the
 * line ends at the margin whatever the font). `width` is the text width the line spans.
 */
export function dottedLine(lead = '', width = TEXT_WIDTH, style: ParaStyle = dotted): string {
  return p([...(lead ? [r(lead)] : []), tab()], { ...style, tabs: [{ pos: width, align: 'right', leader: 'dot' }] });
}

/** `lead`, dots up to `pos` (twips from the left margin), then `tail`: "1. Ông (Bà) ……… - Trưởng ban;". */
export function dotsTo(lead: string, pos: number, tail: string, style: ParaStyle = dotted): string {
  return p([r(lead), tab(), r(tail)], { ...style, tabs: [{ pos, align: 'left', leader: 'dot' }] });
}

export const para = (text: string, style: ParaStyle = body) => p(text, style);
export const bold = (text: string, style: ParaStyle = heading) => p([r(text, { bold: true })], style);
export const italic = (text: string, style: ParaStyle = hint, size?: number) => p([r(text, { italic: true, size })], style);
/** A bold label followed by plain text: labelled("Thời gian: ", "{ngay_hop}"). */
export const labelled = (label: string, text: string, style: ParaStyle = body) => p([r(label, { bold: true }), r(text)], style);

/**
 * A list over paragraphs: {#name} and {/name} sit alone so docxtemplater repeats the paragraphs between; `whenEmpty`
 * shows when the list is empty.
 */
export function loop(name: string, items: string[], whenEmpty?: string[]): string {
  return [
    p(`{#${name}}`, item),
    ...items,
    p(`{/${name}}`, item),
    ...(whenEmpty ? [p(`{^${name}}`, item), ...whenEmpty, p(`{/${name}}`, item)] : []),
  ].join('');
}

/** Paragraphs shown only when a condition holds (or, with `not`, only when it does not). */
export function when(name: string, content: string[], not = false): string {
  return [p(`{${not ? '^' : '#'}${name}}`, item), ...content, p(`{/${name}}`, item)].join('');
}

/** A short centred rule: the top border of a narrow empty paragraph. */
export function shortRule(width: number, lineLength: number, after = 0, before = 2): string {
  const indent = Math.max(0, Math.round((width - lineLength) / 2));
  return p('', { borderTop: true, indentLeft: indent, indentRight: indent, size: 4, before, after });
}

const centred = (text: string, style: RunStyle, extra: ParaStyle = {}) => p([r(text, style)], { align: 'center', ...extra });

export interface HeadSpec {
  /** The managing body, upright capitals (may be empty). */
  upper: string;
  /** The issuing body, bold capitals. */
  issuer: string;
  /** Its size in points when it must stay on one line in the head's column (SMALL otherwise). */
  issuerSize?: number;
  /** "Số: ……/BB-KTĐ"; empty for documents without a number (the ballot paper). */
  number: string;
  /** The place-and-date line, in italics; empty for none. */
  date: string;
  /** The text width of the page (portrait by default). */
  width?: number;
}

/**
 * The document head as a borderless table of two rows, so that `Số` and the place-and-date line stand on one row
 * however many lines a long bloc name takes above them.
 */
export function header(h: HeadSpec): string {
  const width = h.width ?? TEXT_WIDTH;
  const left = Math.round(width * 0.42);
  const right = width - left;
  const leftTop =
    (h.upper ? centred(h.upper, { size: SMALL }) : '') +
    centred(h.issuer, { bold: true, size: h.issuerSize ?? SMALL }) +
    shortRule(left, 1300);
  const rightTop =
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12.5 }) +
    centred('Độc lập - Tự do - Hạnh phúc', { bold: true, size: BODY }) +
    shortRule(right, 3200);
  const rows = [{ cells: [{ content: leftTop }, { content: rightTop }], cantSplit: true }];
  if (h.number || h.date) {
    rows.push({
      cantSplit: true,
      cells: [
        { content: h.number ? centred(h.number, { size: SMALL }, { before: 6 }) : '' },
        { content: h.date ? centred(h.date, { italic: true, size: BODY }, { before: 6 }) : '' },
      ],
    });
  }
  return table({ widths: [left, right], borders: false, margin: 0, rows });
}

/** The document's name ("BIÊN BẢN", "TỜ TRÌNH") and its subject lines, bold and centred, with a short rule under. */
export function title(name: string, lines: string[], width = TEXT_WIDTH): string {
  const line = (text: string, before = 0) => p([r(text, { bold: true })], { align: 'center', before, keepNext: true });
  return line(name, 18) + lines.map((l) => line(l)).join('') + shortRule(width, 2200, 12, 6); // clear of the title's descenders
}

export interface Signer {
  role: string; // bold capitals: "THƯ KÝ", "TM. KHỐI THI ĐUA SỐ 3" (a placeholder's value may hold line breaks)
  lines?: string[]; // more bold lines under the role ("KHỐI TRƯỞNG", the signer's position)
  note: string; // italics: "(Ký, ghi rõ họ tên)"
  /** Bold: the name, a placeholder, or empty for a dotted line on which the signer writes it. */
  name: string;
}

/** The line under a signature when the name is not known: written by hand. */
export const NAME_LINE = '……………………………';

/**
 * One signature: role, note, room to sign, name (a dotted line when unknown). Its lines never break apart (each
 * keeps with the next) and rows never split (cantSplit); cells align at the bottom, so the names of a row stand on
 * one line however many lines the roles take.
 */
export function signerCell(s: Signer): Cell {
  const centre = { align: 'center' as const, keepLines: true };
  return {
    vAlign: 'bottom',
    content:
      p([r(s.role, { bold: true, size: SIGNER })], { ...centre, before: 6 }) +
      (s.lines ?? []).map((l) => p([r(l, { bold: true, size: SIGNER })], centre)).join('') +
      p([r(s.note, { italic: true, size: SMALL })], centre) +
      [1, 2, 3, 4].map(() => p('')).join('') +
      p([r(s.name || NAME_LINE, { bold: !!s.name })], { ...centre, after: 12 }),
  };
}

/**
 * Signature blocks, two a row (a borderless table). The block is kept whole and with the paragraph before it (end
 * that paragraph with keepNext): a signature never stands alone at the top of a page.
 */
export function signatures(rows: (Signer | null)[][], width = TEXT_WIDTH): string {
  const half = Math.floor(width / 2);
  return table({
    widths: [half, width - half],
    borders: false,
    rows: rows.map((row, i) => ({
      cells: row.map((s) => (s ? signerCell(s) : { content: '' })),
      cantSplit: true,
      keep: i < rows.length - 1,
    })),
  });
}

/**
 * "Nơi nhận:" and its list (Decree 30: bold italic 12 pt, items 11 pt, the last "Lưu: VT, …."): fixed lines, or the
 * list `loopName` of the data ({noi_dung}{dau_cuoi} an item).
 */
export function recipients(lines: string[] | { loop: string }): string {
  const item = (text: string) => p([r(text, { size: 11 })], { keepNext: true, keepLines: true });
  const head = p([r('Nơi nhận:', { bold: true, italic: true, size: 12 })], { before: 6, keepNext: true });
  if (Array.isArray(lines)) return head + lines.map((l, i) => item(`- ${l}${i === lines.length - 1 ? '.' : ';'}`)).join('');
  return head + p(`{#${lines.loop}}`) + item('- {noi_dung}{dau_cuoi}') + p(`{/${lines.loop}}`);
}

/** The foot of an outgoing document: "Nơi nhận:" and its list at the left, the signature at the right. */
export function recipientsAndSignature(
  signer: Signer,
  list: string[] | { loop: string } = { loop: 'noi_nhan' },
  width = TEXT_WIDTH,
): string {
  const left = Math.round(width * 0.45);
  return table({
    widths: [left, width - left],
    borders: false,
    rows: [
      {
        cells: [
          { content: recipients(list), vAlign: 'top' },
          { ...signerCell(signer), vAlign: 'top' },
        ],
        cantSplit: true,
      },
    ],
  });
}

/** A bordered table cell's paragraph: centred (or left) text at the table size. */
export function cellText(text: string, align: 'center' | 'left' = 'center', style: RunStyle = {}): string {
  return p([r(text, { size: TABLE, ...style })], { align, before: 2, after: 2 });
}

/** What a default template needs of the meeting: its ordinary criteria groups (a column each), and a sơ kết's table. */
export interface TemplateShape {
  groups: { numeral: string; max: number | null }[];
  /** A sơ kết: ranking only (no vote or proposal column). */
  interim: boolean;
}

/** The shape of the assets' default templates: the usual three groups, a year's review. */
export const DEFAULT_SHAPE: TemplateShape = { groups: ['I', 'II', 'III'].map((numeral) => ({ numeral, max: null })), interim: false };

/** The shape of a meeting's default templates: its ordinary groups, and whether it is a sơ kết. */
export function shapeOf(bloc: Bloc, result?: BlocResult): TemplateShape {
  return {
    groups: bloc.table.groups.filter((g) => g.kind === 'ordinary').map((g) => ({ numeral: g.numeral, max: g.max })),
    interim: result?.review === 'soKet',
  };
}
