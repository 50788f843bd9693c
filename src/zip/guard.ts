// Checks on an Office file's zip container (.xlsx inputs, .docx templates): the central directory (the entry count,
// one name per entry, the declared sizes: a zip bomb declares huge ones), then each entry's real size, inflated as a
// stream and stopped as soon as it grows past its declared size or its bound (a bomb can also lie about its sizes).
// The .xlsx reader measures each part in the very pass that parses it (archive.ts); templates, read by JSZip, are
// measured here first (checkPackage). Every refusal is a BxtdError carrying its ZipProblem. Pure byte work: runs in
// Node and browsers.

import type JSZip from 'jszip';
import { BxtdError, isBxtdError, type ErrorCode, type Where } from '../domain/errors';
import { formatCount, formatSize } from '../domain/format';
import type { Text } from '../domain/model';

export interface ZipEntry {
  name: string;
  /** The name's bytes as the directory holds them (copied as they are when the entry is written again). */
  rawName: Uint8Array;
  method: number; // 0 stored, 8 deflated
  flags: number; // general purpose bits (1: encrypted)
  crc32: number;
  time: number; // MS-DOS time and date
  date: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Why a container was refused; the loader turns it into a user message. */
export type ZipProblem =
  | { kind: 'notZip' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'duplicateEntry'; name: string }
  | { kind: 'tooManyEntries'; count: number }
  | { kind: 'entryTooLarge'; name: string; size: number; limit: number }
  | { kind: 'totalTooLarge'; size: number; limit: number }
  | { kind: 'inflatesBeyondDeclared'; name: string; declared: number };

const CODE: Record<ZipProblem['kind'], ErrorCode> = {
  notZip: 'file.notXlsx',
  damaged: 'file.damaged',
  duplicateEntry: 'file.damaged',
  tooManyEntries: 'file.unsafe',
  entryTooLarge: 'file.unsafe',
  totalTooLarge: 'file.unsafe',
  inflatesBeyondDeclared: 'file.unsafe',
};

/** How a part is named in a message: "phần xl/styles.xml", or with its sheet when the caller knows it. */
export type PartNamer = (part: string, lang: 'vi' | 'en') => string;
const plainPart: PartNamer = (part, lang) => (lang === 'vi' ? `phần ${part}` : `part ${part}`);

/** The refusal of a container, as a BxtdError carrying the problem (see zipProblemOf). */
export function zipError(problem: ZipProblem, name: PartNamer = plainPart): BxtdError {
  const part = 'name' in problem ? problem.name : null;
  return new BxtdError(CODE[problem.kind], zipMessage(problem, name), part ? { part } : {}, { detail: problem });
}

/** The problem behind a refusal made by zipError, or null for any other error. */
export function zipProblemOf(e: unknown): ZipProblem | null {
  if (!isBxtdError(e)) return null;
  const d = e.detail as ZipProblem | undefined;
  return d && typeof d === 'object' && typeof d.kind === 'string' && d.kind in CODE ? d : null;
}

/** The same refusal worded again with parts named by `name` (e.g. with their sheet), and located at `where`. */
export function renamed(e: BxtdError, name: PartNamer, where: Where = {}): BxtdError {
  const p = zipProblemOf(e);
  if (!p) return e;
  return new BxtdError(e.code, zipMessage(p, name), { ...e.where, ...where }, { cause: e.cause, detail: p });
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function zipMessage(p: ZipProblem, name: PartNamer): Text {
  switch (p.kind) {
    case 'notZip':
      return {
        vi: 'Tệp không phải là bảng tính .xlsx (không phải tệp nén zip). Hãy chọn tệp Excel .xlsx.',
        en: 'The file is not an .xlsx workbook (not a zip archive). Choose an Excel .xlsx file.',
      };
    case 'damaged':
      return {
        // The library's own words (English, technical) stay out of the Vietnamese sentence.
        vi: 'Tệp .xlsx bị hỏng, không đọc được. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.',
        en: `The .xlsx file is damaged and cannot be read (${p.detail}). Open it in Excel, save it again and retry.`,
      };
    case 'duplicateEntry':
      return {
        vi: `Tệp nén chứa hai lần ${name(p.name, 'vi')}: không rõ bản nào là thật, từ chối. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
        en: `The archive holds ${name(p.name, 'en')} twice: which one is real is unclear, refused. Open it in Excel, save it again and retry.`,
      };
    case 'tooManyEntries':
      return {
        vi: `Tệp chứa quá nhiều thành phần (${formatCount(p.count, 'vi')}): không phải một bảng tính bình thường, từ chối.`,
        en: `The file holds too many parts (${formatCount(p.count, 'en')}): not an ordinary workbook, refused.`,
      };
    case 'entryTooLarge':
      return {
        vi: `${cap(name(p.name, 'vi'))} khi giải nén quá lớn (${formatSize(p.size, 'vi')}, giới hạn ${formatSize(p.limit, 'vi')}): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `${cap(name(p.name, 'en'))} is too large once inflated (${formatSize(p.size, 'en')}, limit ${formatSize(p.limit, 'en')}): refused (possibly a zip bomb).`,
      };
    case 'totalTooLarge':
      return {
        vi: `Tệp khi giải nén quá lớn (${formatSize(p.size, 'vi')}, giới hạn ${formatSize(p.limit, 'vi')}): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `The file is too large once inflated (${formatSize(p.size, 'en')}, limit ${formatSize(p.limit, 'en')}): refused (possibly a zip bomb).`,
      };
    case 'inflatesBeyondDeclared':
      return {
        vi: `${cap(name(p.name, 'vi'))} giải nén ra nhiều hơn kích thước khai báo (${formatSize(p.declared, 'vi')}): tệp hỏng hoặc là "bom zip", từ chối.`,
        en: `${cap(name(p.name, 'en'))} inflates beyond its declared size (${formatSize(p.declared, 'en')}): damaged or a zip bomb, refused.`,
      };
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, at: number): number {
  // Sizes beyond 2^53 are absurd here: they read as the largest safe integer, beyond every limit and still a finite
  // number that a message can print (Infinity made the refusal's message throw).
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  return hi >= 0x200000 ? Number.MAX_SAFE_INTEGER : hi * 0x100000000 + lo;
}

/** The entries listed in the central directory (no data is inflated). Throws zipError's refusal. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries = 10000): ZipEntry[] {
  const n = bytes.length;
  if (n < 22) throw zipError({ kind: 'notZip' });
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw zipError({
      kind: u32(bytes, 0) === 0x04034b50 ? 'damaged' : 'notZip',
      detail: 'no end of central directory',
    } as ZipProblem);
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== ZIP64_LOCATOR) throw zipError({ kind: 'damaged', detail: 'zip64 locator missing' });
    const z = u64(bytes, loc + 8);
    if (!(z + 56 <= n) || u32(bytes, z) !== ZIP64_EOCD) throw zipError({ kind: 'damaged', detail: 'zip64 record missing' });
    count = u64(bytes, z + 32);
    size = u64(bytes, z + 40);
    offset = u64(bytes, z + 48);
  } else if (offset + size !== eocd && size <= eocd) {
    // Data prepended to the archive shifts every offset: the directory ends where the end record starts.
    offset = eocd - size;
  }
  if (count > maxEntries) throw zipError({ kind: 'tooManyEntries', count });
  if (!(offset + size <= n)) throw zipError({ kind: 'damaged', detail: 'central directory out of range' });

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  const seen = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > n || u32(bytes, p) !== CENTRAL) throw zipError({ kind: 'damaged', detail: 'bad central directory entry' });
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const time = u16(bytes, p + 12);
    const date = u16(bytes, p + 14);
    const crc32 = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen + extraLen > n) throw zipError({ kind: 'damaged', detail: 'truncated central directory' });
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = decoder.decode(rawName).replace(/^\//, '');
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The zip64 extra field holds the real values, in this order, for the fields that overflowed.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 0x0001) {
          // Only from within the field: a value it is too short to hold stays 0xFFFFFFFF (4 GB, refused or verified).
          let q = e + 4;
          const fieldEnd = Math.min(q + len, end);
          if (uncompressedSize === 0xffffffff && q + 8 <= fieldEnd) {
            uncompressedSize = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff && q + 8 <= fieldEnd) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (localOffset === 0xffffffff && q + 8 <= fieldEnd) localOffset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    // Part names are compared without case (OPC): two entries with one name are two candidate parts, and readers
    // disagree on which one counts.
    const key = name.toLowerCase();
    if (!name.endsWith('/')) {
      if (seen.has(key)) throw zipError({ kind: 'duplicateEntry', name });
      seen.add(key);
    }
    entries.push({ name, rawName, method, flags, crc32, time, date, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export interface ZipLimits {
  maxTotal: number; // all entries together, uncompressed
  maxEntry: (name: string) => number; // per entry, uncompressed
}

/** Refuses an archive whose declared sizes are beyond the limits. */
export function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of entries) {
    const limit = limits.maxEntry(e.name);
    if (e.uncompressedSize > limit) throw zipError({ kind: 'entryTooLarge', name: e.name, size: e.uncompressedSize, limit });
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotal) throw zipError({ kind: 'totalTooLarge', size: total, limit: limits.maxTotal });
}

/** DEFLATE cannot expand data by more than about 1032:1 (258-byte matches coded in 2 bits). */
export const MAX_DEFLATE_RATIO = 1032;

/** The most bytes an entry can inflate to, whatever its header says. */
export function worstCaseSize(e: ZipEntry): number {
  return e.method === 0 ? e.compressedSize : e.compressedSize * MAX_DEFLATE_RATIO;
}

/**
 * The entries that must be inflated to prove their real size. An entry whose worst case is within its limit cannot
 * hurt even if it lies about its size, so it is left to the parser (most real workbooks: no entry at all), unless
 * the worst cases together could pass the total limit.
 */
export function entriesToVerify(entries: readonly ZipEntry[], limits: ZipLimits): ZipEntry[] {
  const risky = entries.filter((e) => worstCaseSize(e) > limits.maxEntry(e.name));
  const safe = entries.filter((e) => !risky.includes(e));
  const bound = safe.reduce((n, e) => n + worstCaseSize(e), 0) + risky.reduce((n, e) => n + e.uncompressedSize, 0);
  return bound > limits.maxTotal ? [...entries] : risky;
}

/** A part's inflated bytes as they come (JSZip's documented internalStream, missing from its type declarations). */
export interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error', fn: (e: unknown) => void): ChunkStream;
  on(event: 'end', fn: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

/**
 * Inflates one entry as a stream, stopping as soon as it produces more than `limit` bytes. Resolves with the
 * bytes when `keep` is true (for small entries the loader reads itself), else with the byte count only.
 */
export function inflateBounded(file: JSZip.JSZipObject, limit: number, keep: boolean): Promise<{ size: number; data: Uint8Array | null }> {
  return new Promise((resolve, reject) => {
    const stream = partStream(file);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let stopped = false;
    stream
      .on('data', (chunk: Uint8Array) => {
        if (stopped) return;
        size += chunk.length;
        if (size > limit) {
          stopped = true;
          stream.pause();
          reject(zipError({ kind: 'inflatesBeyondDeclared', name: file.name, declared: limit }));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', (e: unknown) => {
        if (!stopped) reject(zipError({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) }));
        stopped = true;
      })
      .on('end', () => {
        if (stopped) return;
        if (!keep) return resolve({ size, data: null });
        const data = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          data.set(c, at);
          at += c.length;
        }
        resolve({ size, data });
      })
      .resume();
  });
}

/**
 * The whole check for an untrusted package: its central directory (entry count), the declared sizes, then the real
 * size of every entry that could pass its bound, inflated as a stream. `open` gives the archive (opened lazily by the
 * caller, so a workbook with nothing to verify is never opened twice). Returns the entries; throws zipError's refusal.
 */
export async function checkPackage(
  bytes: Uint8Array,
  limits: ZipLimits & { maxEntries?: number; verifyAll?: boolean },
  open: () => Promise<JSZip>,
): Promise<ZipEntry[]> {
  const entries = readCentralDirectory(bytes, limits.maxEntries);
  checkDeclaredSizes(entries, limits);
  // verifyAll: small packages (templates) are inflated in full, so a part that lies about its size is refused too.
  const verify = limits.verifyAll ? entries : entriesToVerify(entries, limits);
  if (verify.length) {
    let zip: JSZip;
    try {
      zip = await open();
    } catch (e) {
      throw zipError({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) });
    }
    for (const e of verify) {
      const file = zip.file(e.name);
      if (!file || file.dir) continue;
      const { size } = await inflateBounded(file, Math.min(e.uncompressedSize, limits.maxEntry(e.name)), false);
      if (limits.verifyAll && size !== e.uncompressedSize) {
        throw zipError({ kind: 'inflatesBeyondDeclared', name: e.name, declared: e.uncompressedSize });
      }
    }
  }
  return entries;
}

export function partStream(file: JSZip.JSZipObject): ChunkStream {
  return (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
}
