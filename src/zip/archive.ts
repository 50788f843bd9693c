// A zip archive read and written without a library: the .xlsx reader and writer need only the central directory,
// each entry's compressed bytes, and DEFLATE. Reading an entry is one bounded streaming pass: its inflated bytes are
// counted as they come (the guard's limits: never past the size the directory declares, never past the entry's
// bound) and handed on to the caller (the XML parser), never inflated twice. Writing copies every entry that did
// not change as its compressed bytes, byte for byte, and compresses only what changed.
//
// DEFLATE itself is a Codec: JavaScript (pako) by default, so this runs in browsers; a host with a native one (the
// CLI, Node's zlib) installs it with useCodec. Pure byte work otherwise.

// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- pako 1 ships no types; the CLI build includes only what is imported
/// <reference path="./pako.d.ts" />
import type { Level, Pako } from 'pako';
import { readCentralDirectory, zipError, type ZipEntry } from './guard';

/** DEFLATE as the archive needs it (raw streams, no zlib header). */
export interface Codec {
  /**
   * Inflates `data`, handing the output to `sink` in pieces as it comes. Resolves when the stream is over; rejects
   * with what `sink` throws (the inflation stops there), or with an Error for data that is not DEFLATE. `bound` is
   * the most the caller accepts: a codec may inflate up to it in one piece, and hands over one byte more when the
   * data goes beyond (the caller refuses it). A piece handed over is never written again: the sink may keep it.
   */
  inflateRaw(data: Uint8Array, sink: (chunk: Uint8Array) => void, bound: number): Promise<void>;
  deflateRaw(data: Uint8Array, level: number): Uint8Array | Promise<Uint8Array>;
  /** The CRC-32 of `data`, when the host has a native one (else the JavaScript one here is used). */
  crc32?(data: Uint8Array): number;
}

const CHUNK = 64 * 1024;
/** Native inflation hands over larger pieces: fewer trips through the thread pool. */
const NATIVE_CHUNK = 256 * 1024;

/** pako, loaded the first time it is needed (a host with its own codec never loads it). */
let pako: Promise<Pako> | null = null;
const loadPako = () => (pako ??= import('pako').then((m) => ((m as { default?: Pako }).default ?? m) as Pako));

/** DEFLATE in JavaScript (pako): what browsers use. */
export const jsCodec: Codec = {
  async inflateRaw(data, sink) {
    const { Inflate } = await loadPako();
    // Past the caller's bound the sink throws, which stops the inflation there.
    const inflator = new Inflate({ raw: true, chunkSize: CHUNK });
    inflator.onData = sink;
    if (!inflator.push(data, true) || inflator.err) throw new Error(inflator.msg || 'invalid deflate data');
  },
  async deflateRaw(data, level) {
    return (await loadPako()).deflateRaw(data, { level: level as Level });
  },
};

let installed: Codec = jsCodec;

/** Installs the codec the archive uses from now on (the CLI installs Node's zlib). */
export function useCodec(codec: Codec): void {
  installed = codec;
}

export function currentCodec(): Codec {
  return installed;
}

/**
 * The codec over Node's zlib module, passed in (this layer imports no Node API). Inflation streams through
 * zlib's own thread pool; deflation and the checksum are one native call each.
 */
export function zlibCodec(zlib: ZlibLike): Codec {
  return {
    inflateRaw(data, sink, bound) {
      // A small part in one native call (a stream costs more to set up than it inflates); a large one streamed.
      if (bound <= SMALL_INFLATE) {
        let out: Uint8Array;
        try {
          // One output buffer of the declared size (and the byte beyond): no pieces copied together at the end.
          out = zlib.inflateRawSync(data, { maxOutputLength: bound + 1, chunkSize: Math.max(64, bound + 1) });
        } catch (e) {
          if ((e as { code?: unknown }).code !== 'ERR_BUFFER_TOO_LARGE') return Promise.reject(e);
          out = new Uint8Array(bound + 1); // beyond the bound: the caller refuses it
        }
        try {
          for (let at = 0; at < out.length; at += NATIVE_CHUNK) sink(out.subarray(at, Math.min(out.length, at + NATIVE_CHUNK)));
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(e);
        }
      }
      return new Promise((resolve, reject) => {
        const stream = zlib.createInflateRaw({ chunkSize: NATIVE_CHUNK });
        let done = false;
        const fail = (e: unknown) => {
          if (done) return;
          done = true;
          stream.destroy();
          reject(e);
        };
        stream.on('data', (chunk: Uint8Array) => {
          if (done) return;
          try {
            sink(chunk);
          } catch (e) {
            fail(e);
          }
        });
        stream.on('error', fail);
        stream.on('end', () => {
          if (done) return;
          done = true;
          resolve();
        });
        stream.end(data);
      });
    },
    deflateRaw: (data, level) => zlib.deflateRawSync(data, { level }),
    crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32!(data) >>> 0 : undefined,
  };
}

/** Parts up to this size are inflated by one native call (bounded by their declared size). */
const SMALL_INFLATE = 4 * 1024 * 1024;

/** The part of Node's zlib module the codec uses. */
export interface ZlibLike {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize?: number }): Uint8Array;
  createInflateRaw(options: { chunkSize: number }): {
    on(event: 'data', fn: (chunk: Uint8Array) => void): unknown;
    on(event: 'error', fn: (e: unknown) => void): unknown;
    on(event: 'end', fn: () => void): unknown;
    end(data: Uint8Array): unknown;
    destroy(): unknown;
  };
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?(data: Uint8Array): number;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** An opened archive: its directory, and each entry's bytes on request. */
export class ZipArchive {
  /** Entries by lower-case name (part names are case-insensitive; the directory holds no two equal names). */
  private readonly byName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** The archive's directory (see readCentralDirectory: counts, duplicates). Throws zipError's BxtdError. */
  static open(bytes: Uint8Array, maxEntries?: number): ZipArchive {
    return new ZipArchive(bytes, readCentralDirectory(bytes, maxEntries));
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The entry's compressed bytes, found through its local header (which must agree with the directory). */
  raw(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const at = e.localOffset;
    const damaged = (detail: string) => zipError({ kind: 'damaged', detail: `${e.name}: ${detail}` });
    if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw damaged('no local header');
    const nameLen = u16(b, at + 26);
    const extraLen = u16(b, at + 28);
    const start = at + 30 + nameLen + extraLen;
    if (start + e.compressedSize > b.length) throw damaged('data out of range');
    // Another name in the local header than in the directory: two readers would see two different files.
    if (!sameBytes(b.subarray(at + 30, at + 30 + nameLen), e.rawName)) throw damaged('local and central names differ');
    return b.subarray(start, start + e.compressedSize);
  }

  /**
   * Inflates one entry in a single pass, handing its bytes to `sink` as they come, and stops as soon as it grows
   * past `limit` or past its declared size (a bomb may lie about its size); an entry that ends short of its declared
   * size is damaged. Resolves with the size.
   */
  async read(e: ZipEntry, limit: number, sink: (chunk: Uint8Array) => void, codec: Codec = installed): Promise<number> {
    if (e.flags & 1) throw zipError({ kind: 'damaged', detail: `${e.name}: encrypted` });
    const bound = Math.min(limit, e.uncompressedSize);
    if (e.uncompressedSize > limit) throw zipError({ kind: 'entryTooLarge', name: e.name, size: e.uncompressedSize, limit });
    const data = this.raw(e);
    let size = 0;
    // What the count or the sink throws stops the inflation and is passed on as it is; the codec's own failures
    // are damaged data.
    let stopped: { error: unknown } | null = null;
    const count = (chunk: Uint8Array) => {
      try {
        size += chunk.length;
        if (size > bound) throw zipError({ kind: 'inflatesBeyondDeclared', name: e.name, declared: bound });
        sink(chunk);
      } catch (error) {
        stopped = { error };
        throw error;
      }
    };
    if (e.method === 0) {
      for (let at = 0; at < data.length; at += CHUNK) count(data.subarray(at, Math.min(data.length, at + CHUNK)));
    } else if (e.method === 8) {
      try {
        await codec.inflateRaw(data, count, bound);
      } catch (err) {
        if (stopped) throw (stopped as { error: unknown }).error;
        throw zipError({ kind: 'damaged', detail: `${e.name}: ${err instanceof Error ? err.message : String(err)}` });
      }
    } else {
      throw zipError({ kind: 'damaged', detail: `${e.name}: compression method ${e.method}` });
    }
    if (size !== e.uncompressedSize)
      throw zipError({ kind: 'damaged', detail: `${e.name}: ${size} bytes, ${e.uncompressedSize} declared` });
    return size;
  }

  /** The whole entry, bounded as `read`. */
  async bytesOf(e: ZipEntry, limit: number, codec: Codec = installed): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    const size = await this.read(e, limit, (c) => chunks.push(c), codec);
    return concat(chunks, size);
  }
}

/** The chunks as one array: a view when they lie one after the other in one buffer (a native inflation's), else a copy. */
export function concat(chunks: readonly Uint8Array[], size = chunks.reduce((n, c) => n + c.length, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  if (
    chunks.length &&
    chunks.every((c, i) => i === 0 || (c.buffer === chunks[0].buffer && c.byteOffset === chunks[i - 1].byteOffset + chunks[i - 1].length))
  )
    return new Uint8Array(chunks[0].buffer, chunks[0].byteOffset, size);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/**
 * One entry of an archive being written: copied as it was, or new content to compress, as bytes or as text (in
 * pieces that split no surrogate pair), written in UTF-8.
 */
export type ZipItem =
  | { name: string; from: { archive: ZipArchive; entry: ZipEntry } }
  | { name: string; data: Uint8Array }
  | { name: string; text: string | readonly string[] };

const encoder = new TextEncoder();

/**
 * Where text is encoded before it is compressed, kept from one archive to the next (up to SCRATCH_KEEP bytes):
 * fresh memory costs more than the encoding (a scored sheet is megabytes of XML), and the bytes are needed only
 * until they are compressed. Taken while in use, so that archives written at the same time never share it.
 */
let scratch: Uint8Array | null = null;
const SCRATCH_KEEP = 16 * 1024 * 1024;

/** The text's UTF-8 bytes, in a scratch space taken for the caller, who gives it back (release) when done. */
function encodeText(text: string | readonly string[]): { bytes: Uint8Array; space: Uint8Array } {
  const pieces = typeof text === 'string' ? [text] : text;
  let most = 0;
  for (const p of pieces) most += p.length * 3;
  let space = scratch;
  if (space && space.length >= most) scratch = null;
  else space = new Uint8Array(most);
  let at = 0;
  for (const p of pieces) at += encoder.encodeInto(p, space.subarray(at)).written;
  return { bytes: space.subarray(0, at), space };
}

function release(space: Uint8Array): void {
  if (space.length <= SCRATCH_KEEP && (!scratch || scratch.length < space.length)) scratch = space;
}

/** A new archive of `items` in order. Copied entries keep their compressed bytes; new content is deflated at `level`. */
export async function writeZip(items: readonly ZipItem[], opts: { level?: number; codec?: Codec } = {}): Promise<Uint8Array> {
  const codec = opts.codec ?? installed;
  const level = opts.level ?? 6;
  interface Out {
    name: Uint8Array;
    method: number;
    crc: number;
    compressed: Uint8Array;
    size: number;
    time: number;
    date: number;
  }
  const outs: Out[] = [];
  for (const item of items) {
    if ('from' in item) {
      const e = item.from.entry;
      outs.push({
        name: e.rawName,
        method: e.method,
        crc: e.crc32,
        compressed: item.from.archive.raw(e),
        size: e.uncompressedSize,
        time: e.time,
        date: e.date,
      });
    } else {
      const encoded = 'data' in item ? null : encodeText(item.text);
      const data = encoded ? encoded.bytes : (item as { data: Uint8Array }).data;
      const crc = codec.crc32 ? codec.crc32(data) : crc32(data);
      const compressed = data.length ? await codec.deflateRaw(data, level) : new Uint8Array(0);
      const stored = compressed.length >= data.length;
      const kept = stored ? (encoded ? data.slice() : data) : compressed;
      if (encoded) release(encoded.space);
      outs.push({
        name: encoder.encode(item.name),
        method: stored ? 0 : 8,
        crc,
        compressed: kept,
        size: data.length,
        // 1980-01-01 00:00: written content carries no clock time, so the same plan gives the same bytes.
        time: 0,
        date: (0 << 9) | (1 << 5) | 1,
      });
    }
  }
  let total = 22;
  for (const o of outs) total += 30 + o.name.length + o.compressed.length + 46 + o.name.length;
  if (total > 0xffffffff || outs.length > 0xffff) throw new Error('archive too large to write');
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // What the local header and the central directory both say, from the general purpose flags to the name's length.
  const common = (p: number, o: Out) => {
    view.setUint16(p, o.name.some((c) => c > 0x7f) ? 0x0800 : 0, true); // bit 11: the name is UTF-8
    view.setUint16(p + 2, o.method, true);
    view.setUint16(p + 4, o.time, true);
    view.setUint16(p + 6, o.date, true);
    view.setUint32(p + 8, o.crc, true);
    view.setUint32(p + 12, o.compressed.length, true);
    view.setUint32(p + 16, o.size, true);
    view.setUint16(p + 20, o.name.length, true);
  };
  for (const o of outs) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed to extract: 2.0
    common(at + 6, o);
    out.set(o.name, at + 30);
    out.set(o.compressed, at + 30 + o.name.length);
    at += 30 + o.name.length + o.compressed.length;
  }
  const dirStart = at;
  outs.forEach((o, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by
    view.setUint16(at + 6, 20, true); // needed to extract
    common(at + 8, o);
    // extra, comment, disk, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(o.name, at + 46);
    at += 46 + o.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, outs.length, true);
  view.setUint16(at + 10, outs.length, true);
  view.setUint32(at + 12, at - dirStart, true);
  view.setUint32(at + 16, dirStart, true);
  return out;
}

let table: Uint32Array | null = null;

/** CRC-32 (the zip checksum), in JavaScript. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
