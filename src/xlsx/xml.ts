// XML text as SpreadsheetML and DrawingML need it: escaping, the `_xHHHH_` escapes of cell text, characters XML
// cannot carry, and a streaming parse of one package part (saxes over inflated chunks: a 100 MB sheet never sits
// in memory whole). Runs in Node and browsers.

import type JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { partStream, ZipGuardError } from '../zip/guard';

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

export interface SaxHandlers {
  open?(tag: SaxesTagPlain, name: string): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** A SAX parser over the handlers (element names given without prefix). Parse errors throw. */
export function saxParser(h: SaxHandlers): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => open(tag as SaxesTagPlain, localName(tag.name)));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  return parser;
}

/** Parses a whole (small) XML text. */
export function parseXml(xml: string, h: SaxHandlers): void {
  const parser = saxParser(h);
  parser.write(xml);
  parser.close();
}

/**
 * Inflates one part as a stream and parses it as it comes, never holding the whole text. Stops with a
 * ZipGuardError past `limit` bytes; a handler's exception stops the parse and rejects with it.
 */
export function parsePartStream(file: JSZip.JSZipObject, limit: number, h: SaxHandlers): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = saxParser(h);
    const stream = partStream(file);
    const decoder = new TextDecoder('utf-8');
    let size = 0;
    let stopped = false;
    const stop = (e: unknown) => {
      if (stopped) return;
      stopped = true;
      stream.pause();
      reject(e);
    };
    stream
      .on('data', (chunk: Uint8Array) => {
        if (stopped) return;
        size += chunk.length;
        if (size > limit) return stop(new ZipGuardError({ kind: 'inflatesBeyondDeclared', name: file.name, declared: limit }));
        try {
          parser.write(decoder.decode(chunk, { stream: true }));
        } catch (e) {
          stop(e);
        }
      })
      .on('error', (e: unknown) => stop(new ZipGuardError({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) })))
      .on('end', () => {
        if (stopped) return;
        try {
          const rest = decoder.decode();
          if (rest) parser.write(rest);
          parser.close();
          stopped = true;
          resolve();
        } catch (e) {
          stop(e);
        }
      })
      .resume();
  });
}
