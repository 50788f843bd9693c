// XML text as SpreadsheetML and DrawingML need it: escaping, the `_xHHHH_` escapes of cell text, characters XML
// cannot carry, and the parse of one package part in the same pass that inflates it (saxes over the inflated
// chunks: a 100 MB sheet never sits in memory whole). The parse is strict where readers could disagree: the part's
// bytes must be UTF-8 or UTF-16 (as OPC allows) and valid; elements are told apart by namespace, so an element of a
// foreign namespace is never taken for one of ours; every refusal names the part (and its sheet). Runs in Node and
// browsers.

import { SaxesParser, type SaxesTagPlain, type XMLDecl } from 'saxes';
import { BxtdError } from '../domain/errors';
import type { Text } from '../domain/model';
import { concat, type ZipArchive } from '../zip/archive';
import type { ZipEntry } from '../zip/guard';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => codePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => codePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

const codePoint = (n: number) => (n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

/**
 * Cell text as SpreadsheetML stores it (ST_Xstring), before XML escaping: a character XML 1.0 cannot carry
 * (controls other than tab and line feed, a carriage return that parsers would turn into a line feed, lone
 * surrogates, U+FFFE/U+FFFF) is written `_xHHHH_`, and an underscore that starts something looking like such an
 * escape is written `_x005F_`, so that the literal text `_x0041_` reads back as itself.
 */
export function xstring(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)|[\0-\x08\x0B-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g, (ch) =>
    ch.length === 2 ? ch : ch === '_' ? '_x005F_' : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/** Cell text for a `<t>` element: `_xHHHH_`-encoded, then XML-escaped. */
export function encodeCellText(s: string): string {
  return escapeXml(xstring(s));
}

/** The inverse of the `_xHHHH_` escaping, on text already XML-unescaped (left to right: `_x005F_x0041_` is `_x0041_`). */
export function decodeCellText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/** Text without the characters XML 1.0 cannot carry (dropped); a carriage return becomes a line feed. */
export function xmlSafe(s: string): string {
  return (
    s
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g, (ch) => (ch.length === 2 ? ch : ''))
  );
}

/** Text for XML that has no `_xHHHH_` convention (charts, drawings): xmlSafe, then XML-escaped. */
export function xmlText(s: string): string {
  return escapeXml(xmlSafe(s));
}

/** The local part of a tag or attribute name ("x:c" -> "c"): producers may prefix SpreadsheetML elements. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/**
 * An attribute: by its exact (unprefixed) name, or with `prefixed` by the local part of a prefixed name (`r:id`,
 * `relationships:id` both answer "id").
 */
export function attr(tag: SaxesTagPlain, name: string, prefixed = false): string | undefined {
  const attrs = tag.attributes as Record<string, string>;
  if (!prefixed) return attrs[name];
  for (const key in attrs) {
    const i = key.indexOf(':');
    if (i >= 0 && key.slice(i + 1) === name && key.slice(0, i) !== 'xmlns') return attrs[key];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Namespaces

/** The namespaces of the parts the product reads (transitional, and strict where it differs). */
export const NS = {
  main: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  rels: ['http://schemas.openxmlformats.org/package/2006/relationships'],
  contentTypes: ['http://schemas.openxmlformats.org/package/2006/content-types'],
  officeRels: [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
} as const;

export interface SaxHandlers {
  /**
   * An element opens: its local name, and whether it is in one of the part's namespaces (`ours`); `ns` tells the
   * namespace of a prefixed attribute.
   */
  open?(tag: SaxesTagPlain, name: string, ours: boolean, ns: AttrNamespaces): void;
  close?(name: string, ours: boolean): void;
  text?(text: string): void;
}

type Scope = ReadonlyMap<string, string>; // prefix ('' for the default) -> namespace URI

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface AttrNamespaces {
  /** Whether a prefixed attribute name ("r:id") is bound to one of `uris` where the element is. */
  attrIn(name: string, uris: readonly string[]): boolean;
}

/**
 * Which namespace each element is in, cheaply: the root element's declarations are read once; declarations below
 * the root are rare (no producer of SpreadsheetML writes them inside the sheet data), so scopes are tracked per
 * element only from the first element below the root that declares one (`declares`, set by the parser's attribute
 * events, which see every attribute before its element opens).
 */
class Namespaces implements AttrNamespaces {
  private depth = 0;
  private root: Scope | null = null;
  private scopes: Scope[] | null = null; // per open element, once careful
  /** The element about to open declares a namespace (an xmlns attribute). */
  declares = false;
  // Under the root's scope alone: whether unprefixed names are ours, and each prefix's answer (few prefixes).
  private defaultOurs = false;
  private readonly prefixOurs = new Map<string, boolean>();

  constructor(
    private readonly ours: ReadonlySet<string>,
    careful: boolean,
  ) {
    if (careful) this.scopes = [];
  }

  /** Enters an element (`prefix`: '' when unprefixed); says whether it is ours. */
  open(tag: SaxesTagPlain, prefix: string): boolean {
    if (this.declares) {
      this.declares = false;
      if (!this.scopes && this.root !== null) {
        // From here on, every element's scope: the elements already open are all in the root's.
        this.scopes = [];
        for (let i = 0; i < this.depth; i++) this.scopes.push(this.root);
      }
    }
    this.depth++;
    if (this.scopes) {
      const parent = this.scopes.length ? this.scopes[this.scopes.length - 1] : EMPTY;
      const scope = declared(tag, parent);
      this.scopes.push(scope);
      if (this.depth === 1) this.root = scope;
      return this.inScope(prefix, scope);
    }
    if (this.root === null) {
      this.root = declared(tag, EMPTY);
      this.defaultOurs = this.inScope('', this.root);
    }
    return prefix === '' ? this.defaultOurs : this.rootPrefix(prefix);
  }

  /** Leaves an element; says whether it was ours. */
  close(prefix: string): boolean {
    this.depth--;
    if (this.scopes) {
      const scope = this.scopes.pop();
      return scope ? this.inScope(prefix, scope) : false;
    }
    return prefix === '' ? this.defaultOurs : this.rootPrefix(prefix);
  }

  /** Whether a prefixed attribute name ("r:id") is in one of `uris`. */
  attrIn(name: string, uris: readonly string[]): boolean {
    const i = name.indexOf(':');
    if (i < 0) return false;
    const scope = this.scopes ? this.scopes[this.scopes.length - 1] : this.root;
    const uri = scope?.get(name.slice(0, i));
    return uri !== undefined && uris.includes(uri);
  }

  private rootPrefix(prefix: string): boolean {
    let known = this.prefixOurs.get(prefix);
    if (known === undefined) this.prefixOurs.set(prefix, (known = this.inScope(prefix, this.root ?? EMPTY)));
    return known;
  }

  private inScope(prefix: string, scope: Scope): boolean {
    const uri = scope.get(prefix);
    return uri !== undefined && this.ours.has(uri);
  }
}

const EMPTY: Scope = new Map([['xml', XML_NS]]);

/** The scope inside an element: its parent's, with the element's own declarations. */
function declared(tag: SaxesTagPlain, parent: Scope): Scope {
  let scope: Map<string, string> | null = null;
  const attrs = tag.attributes as Record<string, string>;
  for (const key in attrs) {
    if (key.charCodeAt(0) !== 120 || !key.startsWith('xmlns')) continue;
    const prefix = key === 'xmlns' ? '' : key.startsWith('xmlns:') ? key.slice(6) : null;
    if (prefix === null) continue;
    scope ??= new Map(parent);
    if (attrs[key] === '') scope.delete(prefix);
    else scope.set(prefix, attrs[key]);
  }
  return scope ?? parent;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

/** How a refusal names the part being read: "trang "Đơn vị" (xl/worksheets/sheet2.xml)", and where it is. */
export interface PartLabel {
  text: Text;
  where: { part: string; sheet?: string | null };
}

export function partLabel(part: string, sheet?: string | null): PartLabel {
  return sheet
    ? { text: { vi: `trang "${sheet}" (${part})`, en: `sheet "${sheet}" (${part})` }, where: { part, sheet } }
    : { text: { vi: `phần ${part}`, en: `part ${part}` }, where: { part } };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The refusal of a part whose XML is damaged. */
export function damagedXml(label: PartLabel, detail: string, cause?: unknown): BxtdError {
  const d = detail.split('\n')[0].slice(0, 200);
  return new BxtdError(
    'file.damaged',
    {
      vi: `${cap(label.text.vi)} bị hỏng, không đọc được (lỗi XML: ${d}). Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
      en: `${cap(label.text.en)} is damaged and cannot be read (XML error: ${d}). Open the file in Excel, save it again and retry.`,
    },
    label.where,
    { cause, detail: d },
  );
}

function badEncoding(label: PartLabel, what: Text): BxtdError {
  return new BxtdError(
    'file.damaged',
    {
      vi: `${cap(label.text.vi)} ${what.vi}: tệp hỏng, từ chối. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
      en: `${cap(label.text.en)} ${what.en}: the file is damaged, refused. Open it in Excel, save it again and retry.`,
    },
    label.where,
  );
}

/** A parser over the handlers, with namespaces told apart. Parse errors throw (saxes' Error). */
function saxParser(h: SaxHandlers, ns: Namespaces, label: PartLabel, declaredEncoding: (e: string) => void): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const open = h.open;
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const i = name.indexOf(':');
    if (i < 0) {
      const ours = ns.open(tag as SaxesTagPlain, '');
      if (open) open(tag as SaxesTagPlain, name, ours, ns);
    } else {
      const ours = ns.open(tag as SaxesTagPlain, name.slice(0, i));
      if (open) open(tag as SaxesTagPlain, name.slice(i + 1), ours, ns);
    }
  });
  const close = h.close;
  parser.on('closetag', (tag) => {
    const name = tag.name;
    const i = name.indexOf(':');
    if (i < 0) {
      const ours = ns.close('');
      if (close) close(name, ours);
    } else {
      const ours = ns.close(name.slice(0, i));
      if (close) close(name.slice(i + 1), ours);
    }
  });
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  parser.on('attribute', (a) => {
    if (a.name.charCodeAt(0) === 120 /* x */ && a.name.startsWith('xmlns')) ns.declares = true;
  });
  parser.on('xmldecl', (decl: XMLDecl) => {
    if (decl.encoding !== undefined) declaredEncoding(decl.encoding);
  });
  // OPC forbids document type declarations in a package's XML (they carry entity bombs).
  parser.on('doctype', () => {
    throw damagedXml(label, 'DOCTYPE');
  });
  return parser;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding of a part from its first bytes (XML 1.0 appendix F): a byte order mark, or "<?" in UTF-16. */
function sniff(b: Uint8Array): Encoding {
  if (b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
    if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
    if (b.length >= 4 && b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
    if (b.length >= 4 && b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  }
  return 'utf-8';
}

/**
 * A part's text kept for a writer: the text, or (a sheet's) made when first needed from the bytes the parser read
 * and checked — most kept sheets are never edited, and bytes outside the engine's heap cost its collector nothing.
 */
export type KeptText = string | (() => string);

/**
 * Parses a part as it is inflated: the bytes decoded strictly (UTF-8, or UTF-16 with its byte order mark), handed
 * to the parser chunk by chunk. `limit` bounds the inflated size (see ZipArchive.read). A handler's exception stops
 * the parse and rejects with it; damaged XML, bytes that are not text, and an encoding other than UTF-8/16 reject
 * with a refusal naming the part. With `keep`, resolves with the part's text (for a writer that edits it next),
 * decoded when asked for.
 */
export async function parsePart(
  archive: ZipArchive,
  entry: ZipEntry,
  limit: number,
  h: SaxHandlers,
  opts: { label: PartLabel; namespaces: readonly string[]; keep?: boolean },
): Promise<KeptText | null> {
  const { label } = opts;
  const ns = new Namespaces(new Set(opts.namespaces), entry.uncompressedSize <= SMALL_TEXT);
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  const parser = saxParser(h, ns, label, (name) => checkDeclared(name, label));
  const kept: Uint8Array[] | null = opts.keep ? [] : null;
  const write = (text: string) => {
    if (!text) return;
    try {
      parser.write(text);
    } catch (e) {
      throw e instanceof BxtdError ? e : damagedXml(label, e instanceof Error ? e.message : String(e), e);
    }
  };
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(chunk, { stream });
    } catch {
      throw badEncoding(label, { vi: 'chứa byte không phải văn bản hợp lệ', en: 'holds bytes that are not valid text' });
    }
  };
  let encoding: Encoding = 'utf-8';
  await archive.read(entry, limit, (chunk) => {
    kept?.push(chunk); // the codec never writes a piece again (see Codec)
    decoder ??= new TextDecoder((encoding = sniff(chunk)), { fatal: true });
    // Decoded in pieces small enough for the engine's ordinary heap: a string over about 128 KB goes to a space of
    // its own, allocated and freed page by page, which costs ten times the decoding itself.
    for (let at = 0; at < chunk.length; at += DECODE_PIECE) write(decode(chunk.subarray(at, at + DECODE_PIECE), true));
  });
  if (!decoder) decoder = new TextDecoder('utf-8', { fatal: true });
  write(decode(new Uint8Array(0), false));
  try {
    parser.close();
  } catch (e) {
    throw e instanceof BxtdError ? e : damagedXml(label, e instanceof Error ? e.message : String(e), e);
  }
  if (!kept) return null;
  let text: string | null = null;
  // Checked above: the same bytes decode again without fault.
  return () => (text ??= new TextDecoder(encoding).decode(concat(kept)));
}

/** Bytes decoded at a time: at most 64 KB of text even in UTF-16 (V8 keeps strings up to 128 KB in its young heap). */
const DECODE_PIECE = 32 * 1024;

/** Parts up to this size are read with every element's namespace declarations tracked (cheap at that size). */
const SMALL_TEXT = 1024 * 1024;

/**
 * The encoding the XML declaration names: OPC allows UTF-8 and UTF-16 only (the bytes themselves were read as their
 * byte order mark says, and strictly).
 */
function checkDeclared(name: string, label: PartLabel): void {
  if (!['utf8', 'utf16', 'utf16le', 'utf16be'].includes(name.toLowerCase().replace(/[^a-z0-9]/g, '')))
    throw badEncoding(label, {
      vi: `khai báo bảng mã "${name}": gói Office chỉ dùng UTF-8 hoặc UTF-16`,
      en: `declares the encoding "${name}": Office packages use UTF-8 or UTF-16 only`,
    });
}

/** Parses a whole (small) XML text already decoded; elements are told apart by namespace. */
export function parseXml(xml: string, h: SaxHandlers, opts: { label: PartLabel; namespaces: readonly string[] }): void {
  const ns = new Namespaces(new Set(opts.namespaces), true);
  const parser = saxParser(h, ns, opts.label, (name) => checkDeclared(name, opts.label));
  try {
    parser.write(xml);
    parser.close();
  } catch (e) {
    throw e instanceof BxtdError ? e : damagedXml(opts.label, e instanceof Error ? e.message : String(e), e);
  }
}

/** A (small) part's text: inflated within `limit`, decoded strictly; null when the package has no such part. */
export async function partText(archive: ZipArchive, name: string, limit: number, label = partLabel(name)): Promise<string | null> {
  const entry = archive.entry(name);
  if (!entry || entry.name.endsWith('/')) return null;
  const bytes = await archive.bytesOf(entry, limit);
  const encoding = sniff(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw badEncoding(label, { vi: 'chứa byte không phải văn bản hợp lệ', en: 'holds bytes that are not valid text' });
  }
}
