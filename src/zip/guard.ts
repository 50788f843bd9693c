// Checks on an Office file's zip container (.xlsx inputs, .docx templates) before anything is inflated in full: the central directory's declared sizes
// (a zip bomb declares huge ones), then each entry inflated as a stream and stopped as soon as it grows past its
// declared size or the bound (a bomb can also lie about its sizes). Pure byte work: runs in Node and browsers.

import type JSZip from 'jszip';

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflated
  compressedSize: number;
  uncompressedSize: number;
}

/** Why a container was refused; the loader turns it into a user message. */
export type ZipProblem =
  | { kind: 'notZip' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'tooManyEntries'; count: number }
  | { kind: 'entryTooLarge'; name: string; size: number; limit: number }
  | { kind: 'totalTooLarge'; size: number; limit: number }
  | { kind: 'inflatesBeyondDeclared'; name: string; declared: number };

export class ZipGuardError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
    this.name = 'ZipGuardError';
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

/** The entries listed in the central directory (no data is inflated). Throws ZipGuardError. */
export function readCentralDirectory(bytes: Uint8Array, maxEntries = 10000): ZipEntry[] {
  const n = bytes.length;
  if (n < 22) throw new ZipGuardError({ kind: 'notZip' });
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new ZipGuardError({
      kind: u32(bytes, 0) === 0x04034b50 ? 'damaged' : 'notZip',
      detail: 'no end of central directory',
    } as ZipProblem);
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== ZIP64_LOCATOR) throw new ZipGuardError({ kind: 'damaged', detail: 'zip64 locator missing' });
    const z = u64(bytes, loc + 8);
    if (!(z + 56 <= n) || u32(bytes, z) !== ZIP64_EOCD) throw new ZipGuardError({ kind: 'damaged', detail: 'zip64 record missing' });
    count = u64(bytes, z + 32);
    size = u64(bytes, z + 40);
    offset = u64(bytes, z + 48);
  } else if (offset + size !== eocd && size <= eocd) {
    // Data prepended to the archive shifts every offset: the directory ends where the end record starts.
    offset = eocd - size;
  }
  if (count > maxEntries) throw new ZipGuardError({ kind: 'tooManyEntries', count });
  if (!(offset + size <= n)) throw new ZipGuardError({ kind: 'damaged', detail: 'central directory out of range' });

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > n || u32(bytes, p) !== CENTRAL) throw new ZipGuardError({ kind: 'damaged', detail: 'bad central directory entry' });
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    if (p + 46 + nameLen + extraLen > n) throw new ZipGuardError({ kind: 'damaged', detail: 'truncated central directory' });
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // The zip64 extra field holds the real sizes, in this order, for the fields that overflowed.
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
          if (compressedSize === 0xffffffff && q + 8 <= fieldEnd) compressedSize = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    entries.push({ name: name.replace(/^\//, ''), method, compressedSize, uncompressedSize });
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
    if (e.uncompressedSize > limit) throw new ZipGuardError({ kind: 'entryTooLarge', name: e.name, size: e.uncompressedSize, limit });
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotal) throw new ZipGuardError({ kind: 'totalTooLarge', size: total, limit: limits.maxTotal });
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
          reject(new ZipGuardError({ kind: 'inflatesBeyondDeclared', name: file.name, declared: limit }));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('error', (e: unknown) => {
        if (!stopped) reject(new ZipGuardError({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) }));
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
 * caller, so a workbook with nothing to verify is never opened twice). Returns the entries; throws ZipGuardError.
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
      throw new ZipGuardError({ kind: 'damaged', detail: e instanceof Error ? e.message : String(e) });
    }
    for (const e of verify) {
      const file = zip.file(e.name);
      if (!file || file.dir) continue;
      const { size } = await inflateBounded(file, Math.min(e.uncompressedSize, limits.maxEntry(e.name)), false);
      if (limits.verifyAll && size !== e.uncompressedSize) {
        throw new ZipGuardError({ kind: 'inflatesBeyondDeclared', name: e.name, declared: e.uncompressedSize });
      }
    }
  }
  return entries;
}

export function partStream(file: JSZip.JSZipObject): ChunkStream {
  return (file as unknown as { internalStream(type: 'uint8array'): ChunkStream }).internalStream('uint8array');
}
