// Editing XML parts as text, so that everything the product does not change stays byte for byte as the user's
// Excel (or LibreOffice, or Google Sheets) wrote it: a scanner that finds elements and their offsets (comments,
// CDATA, processing instructions and quoted attribute values are skipped correctly), and attribute helpers on one
// start tag. Linear in the text; no tree is built.

import { BxtdError, isBxtdError } from '../domain/errors';
import { damagedXml, localName, unescapeXml, type PartLabel } from './xml';

export interface Span {
  /** The qualified name as written ("x:row"), and its local part ("row"). */
  qname: string;
  name: string;
  start: number; // index of "<"
  openEnd: number; // index just after the start tag's ">"
  closeStart: number; // index of the end tag's "<" (openEnd for an empty element)
  end: number; // index just after the element
  empty: boolean; // written <x/>
}

/** Text the scanner cannot read as XML. Unlocated: the writer names the part (see inPart). */
function scanError(detail: string): BxtdError {
  return new BxtdError(
    'file.damaged',
    { vi: `Một phần XML của tệp bị hỏng (${detail}).`, en: `An XML part of the file is damaged (${detail}).` },
    {},
    { detail: { scan: detail } },
  );
}

/** Runs an edit of one part: the scanner's refusals come out naming the part (and its sheet). */
export function inPart<T>(label: PartLabel, edit: () => T): T {
  try {
    return edit();
  } catch (e) {
    const scan = isBxtdError(e) ? (e.detail as { scan?: unknown } | undefined)?.scan : undefined;
    if (typeof scan === 'string') throw damagedXml(label, scan, e);
    throw e;
  }
}

/**
 * The index just after the ">" that ends the tag starting at `at` (quoted attribute values may hold ">"). One pass
 * over the tag: a tag with hundreds of thousands of attributes costs its length, not its length squared.
 */
function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let j = at + 1; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62 /* > */) return j + 1;
    else if (c === 34 || c === 39) quote = c;
  }
  throw scanError(quote ? 'unterminated attribute value' : 'unterminated tag');
}

/**
 * The child elements of the content between `from` and `to` (e.g. an element's openEnd and closeStart), in order.
 * Text, comments, CDATA and processing instructions are skipped. The text is XML the reader has parsed (and so
 * checked well-formed): a child's content that holds no markup able to hide or open an element of its name is
 * stepped over to its end tag in one search (a worksheet's sheetData is most of the sheet: the writer edits around
 * it without reading every cell).
 */
export function children(xml: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let current: { qname: string; start: number; openEnd: number } | null = null;
  const markup = new NextMarkup(xml);
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = find(xml, '-->', lt + 4) + 3;
      else if (xml.startsWith('<![CDATA[', lt)) i = find(xml, ']]>', lt + 9) + 3;
      else i = tagEnd(xml, lt);
      continue;
    }
    if (next === 63 /* ? */) {
      i = find(xml, '?>', lt + 2) + 2;
      continue;
    }
    const end = tagEnd(xml, lt);
    if (next === 47 /* / */) {
      depth--;
      if (depth === 0 && current) {
        out.push({ ...current, name: localName(current.qname), closeStart: lt, end, empty: false });
        current = null;
      }
      if (depth < 0) throw scanError('unbalanced end tag');
      i = end;
      continue;
    }
    const empty = xml.charCodeAt(end - 2) === 47;
    if (depth === 0) {
      const qname = tagName(xml, lt);
      if (empty) out.push({ qname, name: localName(qname), start: lt, openEnd: end, closeStart: end, end, empty: true });
      else {
        const closeStart = plainEnd(xml, qname, end, to, markup);
        if (closeStart >= 0) {
          i = tagEnd(xml, closeStart);
          out.push({ qname, name: localName(qname), start: lt, openEnd: end, closeStart, end: i, empty: false });
          continue;
        }
        current = { qname, start: lt, openEnd: end };
      }
    }
    if (!empty) depth++;
    i = end;
  }
  if (depth !== 0) throw scanError('unbalanced elements');
  return out;
}

/** Where the next comment, CDATA section, declaration or processing instruction starts ("<!" or "<?"), from a point on. */
class NextMarkup {
  private bang = -1;
  private pi = -1;
  constructor(private readonly xml: string) {}

  /** The first "<!" or "<?" at or after `at` (Infinity when none), each found once per stretch of text. */
  from(at: number): number {
    if (this.bang < at) this.bang = this.after('!', at);
    if (this.pi < at) this.pi = this.after('?', at);
    return Math.min(this.bang, this.pi);
  }

  /** The "<" of the first "<" + `ch` at or after `at`: by the rare second character (one-character searches are fast). */
  private after(ch: string, at: number): number {
    for (let j = this.xml.indexOf(ch, at + 1); j >= 0; j = this.xml.indexOf(ch, j + 1)) {
      if (this.xml.charCodeAt(j - 1) === 60 /* < */) return j - 1;
    }
    return Infinity;
  }
}

const isNameEnd = (c: number) => c === 62 /* > */ || c === 47 /* / */ || c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The start of the end tag of an element named `qname` whose content starts at `from`, when the content is plain
 * (no comment, CDATA, processing instruction, nor an element of the same name before the first `</qname>`): in
 * well-formed XML that first end tag is the element's own. -1 otherwise (the caller scans the content).
 */
function plainEnd(xml: string, qname: string, from: number, to: number, markup: NextMarkup): number {
  const close = xml.indexOf(`</${qname}`, from);
  if (close < 0 || close >= to) return -1;
  const after = xml.charCodeAt(close + 2 + qname.length);
  if (after === 47 || !isNameEnd(after)) return -1;
  if (markup.from(from) < close) return -1;
  for (let open = xml.indexOf(`<${qname}`, from); open >= 0 && open < close; open = xml.indexOf(`<${qname}`, open + 1)) {
    if (isNameEnd(xml.charCodeAt(open + 1 + qname.length))) return -1; // an element of the same name inside
  }
  return close;
}

function find(xml: string, what: string, from: number): number {
  const at = xml.indexOf(what, from);
  if (at < 0) throw scanError(`unterminated ${what}`);
  return at;
}

function tagName(xml: string, lt: number): string {
  let j = lt + 1;
  while (j < xml.length) {
    const c = xml.charCodeAt(j);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    j++;
  }
  return xml.slice(lt + 1, j);
}

/**
 * The document's root element: found from both ends (its start tag after the prolog, its end tag the last one in the
 * text) rather than by scanning the whole document; what lies between is scanned by whoever reads its children.
 */
export function root(xml: string): Span {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) throw scanError('no root element');
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) i = find(xml, '?>', lt + 2) + 2;
    else if (xml.startsWith('<!--', lt)) i = find(xml, '-->', lt + 4) + 3;
    else if (next === 33 /* ! */) i = tagEnd(xml, lt);
    else {
      const qname = tagName(xml, lt);
      const openEnd = tagEnd(xml, lt);
      const name = localName(qname);
      if (xml.charCodeAt(openEnd - 2) === 47) return { qname, name, start: lt, openEnd, closeStart: openEnd, end: openEnd, empty: true };
      const closeStart = xml.lastIndexOf(`</${qname}`);
      if (closeStart < openEnd) throw scanError(`unterminated ${qname}`);
      return { qname, name, start: lt, openEnd, closeStart, end: tagEnd(xml, closeStart), empty: false };
    }
  }
}

export function childrenOf(xml: string, parent: Span): Span[] {
  return parent.empty ? [] : children(xml, parent.openEnd, parent.closeStart);
}

/** The prefix of a qualified name with its colon ("x:" for "x:row"), or "". */
export function prefixOf(span: Span): string {
  const i = span.qname.indexOf(':');
  return i < 0 ? '' : span.qname.slice(0, i + 1);
}

/** An attribute of the start tag of `span`, unescaped (by exact qualified name). */
export function getAttr(xml: string, span: Span, name: string): string | undefined {
  return attrOfTag(xml.slice(span.start, span.openEnd), name);
}

export function attrOfTag(tag: string, name: string): string | undefined {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with an attribute set (value already escaped), or removed when `value` is null. */
export function setAttrOfTag(tag: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, value === null ? '' : ` ${name}="${value}"`);
  if (value === null) return tag;
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${name}="${value}"${tag.slice(close)}`;
}

/** Applies replacements (sorted or not; they must not overlap) to a text. */
export function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  return edits.length ? spliced(xml, edits).join('') : xml;
}

/**
 * The same as pieces, in order, not joined: a writer that only encodes the result never makes the whole text (a
 * scored sheet runs to megabytes). The pieces split the text only where an edit starts or ends.
 */
export function spliced(xml: string, edits: { start: number; end: number; text: string }[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error('overlapping edits'); // a bug of the caller, never the file's
    parts.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(xml.slice(at));
  return parts;
}

/**
 * Where a new child goes so that the parent's schema order holds: before the first existing child whose name is
 * in `before` (the names that must follow it), else before the parent's end tag. An empty parent is opened first
 * by the caller.
 */
export function insertionPoint(kids: readonly Span[], parent: Span, before: readonly string[]): number {
  const later = new Set(before);
  const next = kids.find((k) => later.has(k.name));
  return next ? next.start : parent.closeStart;
}
