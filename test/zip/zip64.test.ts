// The zip guard (src/zip/guard.ts) on ZIP64 archives, crafted byte by byte (./zip64.ts): every shape is either read
// right — the same entries and sizes as the plain archive, the same workbook through loadXlsx — or refused with a
// user's sentence in both languages; never a crash (a TypeError, a RangeError, a hang).

import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { checkPackage, readCentralDirectory, type ZipEntry } from '../../src/zip/guard';
import { loadXlsx } from '../../src/xlsx/read';
import { buildZip, type Archive, type Entry, type Zip64Fields } from './zip64';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const text = (s: string) => new TextEncoder().encode(s);
const big = text('<x>' + 'bình xét thi đua '.repeat(4000) + '</x>'); // compresses well: usize far above csize
const ENTRIES: Entry[] = [
  { name: 'a.xml', data: big },
  { name: 'thư mục/b.txt', data: text('Khối thi đua số 3'), method: 0 },
];
const BOTH: Zip64Fields = { overflow: ['usize', 'csize'] };

/** What readCentralDirectory reports, without the method (same for all shapes). */
const sizes = (entries: ZipEntry[]) => entries.map((e) => [e.name, e.uncompressedSize, e.compressedSize]);
const plain = sizes(readCentralDirectory(buildZip({ entries: ENTRIES })));

/** The refusal `fn` throws: a user's sentence in both languages (the loader's error), never a bare exception. */
async function refusal(fn: () => unknown): Promise<{ vi: string; en: string }> {
  let thrown: unknown = null;
  try {
    await fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(Error);
  const t = (thrown as { text?: { vi?: unknown; en?: unknown } }).text;
  if (typeof t?.vi !== 'string' || typeof t.en !== 'string') throw new Error(`not a refusal with a message: ${String(thrown)}`);
  return { vi: t.vi, en: t.en };
}

/** The problem a guard refusal carries (as `problem`, or as the error's `detail`), or null for any other error. */
function problemOf(e: unknown): { kind: string; detail?: string; name?: string; size?: number; declared?: number } | null {
  const x = e as { problem?: unknown; detail?: unknown } | null;
  for (const p of [x?.problem, x?.detail])
    if (p && typeof p === 'object' && typeof (p as { kind?: unknown }).kind === 'string') return p as never;
  return null;
}

/** The kind of problem the guard reports (with its detail), "accepted", or the error when it is not a refusal. */
function guardProblem(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    const p = problemOf(e);
    return p ? [p.kind, p.detail].filter(Boolean).join(': ') : `not a guard error: ${String(e)}`;
  }
  return 'accepted';
}

/** The problem of the refusal `p` rejects with (it must reject with one). */
async function rejection(p: Promise<unknown>): Promise<ReturnType<typeof problemOf>> {
  try {
    await p;
  } catch (e) {
    return problemOf(e) ?? { kind: `not a guard error: ${String(e)}` };
  }
  return { kind: 'accepted' };
}

/** The sample workbook's parts rewritten as `shape` says. */
async function sampleAs(shape: (entries: Entry[]) => Archive): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const entries: Entry[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) entries.push({ name: f.name, data: await f.async('uint8array') });
  return buildZip(shape(entries));
}

describe('read right', () => {
  test('a ZIP64 end of central directory record and its locator', () => {
    const bytes = buildZip({ entries: ENTRIES, zip64End: true });
    expect(sizes(readCentralDirectory(bytes))).toEqual(plain);
    expect(plain[0][1]).toBe(big.length);
  });

  test('ZIP64 extra fields in the central headers: both sizes, or only the one that overflowed', () => {
    for (const overflow of [['usize', 'csize'], ['usize'], ['csize']] as Zip64Fields['overflow'][]) {
      const bytes = buildZip({ entries: ENTRIES.map((e) => ({ ...e, central: { overflow } })), zip64End: true });
      expect([overflow, sizes(readCentralDirectory(bytes))]).toEqual([overflow, plain]);
    }
  });

  test('ZIP64 extra fields in the local headers only (the central directory is what counts)', async () => {
    const bytes = buildZip({ entries: ENTRIES.map((e) => ({ ...e, local: BOTH })) });
    expect(sizes(readCentralDirectory(bytes))).toEqual(plain);
    const limits = { maxTotal: 1e6, maxEntry: () => 1e6, verifyAll: true };
    await expect(checkPackage(bytes, limits, () => JSZip.loadAsync(bytes))).resolves.toHaveLength(2);
  });

  test('the sample workbook written as ZIP64 throughout loads as the same workbook', async () => {
    const zip64 = await sampleAs((entries) => ({
      entries: entries.map((e) => ({ ...e, central: BOTH, local: BOTH })),
      zip64End: true,
    }));
    const [a, b] = await Promise.all([loadXlsx(fs.readFileSync(SAMPLE)), loadXlsx(zip64)]);
    expect(b.sheets.map((s) => s.name)).toEqual(['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']);
    expect(b.sheets).toEqual(a.sheets);
  });
});

describe('refused with a clear error', () => {
  test('a locator that points outside the file, before the record, or nowhere; no locator at all', () => {
    const at = (locatorOffset: bigint) =>
      guardProblem(() => readCentralDirectory(buildZip({ entries: ENTRIES, zip64End: true, locatorOffset })));
    expect(at(1_000_000n)).toBe('damaged: zip64 record missing');
    expect(at(0n)).toBe('damaged: zip64 record missing'); // a local header there, not the record
    expect(at(2n ** 63n)).toBe('damaged: zip64 record missing');
    expect(guardProblem(() => readCentralDirectory(buildZip({ entries: ENTRIES, zip64End: true, noLocator: true })))).toBe(
      'damaged: zip64 locator missing',
    );
  });

  test('a ZIP64 end record whose count, size or offset does not match the directory', () => {
    const with64 = (a: Partial<Archive>) => guardProblem(() => readCentralDirectory(buildZip({ entries: ENTRIES, zip64End: true, ...a })));
    expect(with64({ count64: 3n })).toBe('damaged: bad central directory entry');
    expect(with64({ count64: 20_000n })).toBe('tooManyEntries');
    expect(with64({ count64: 2n ** 62n })).toBe('tooManyEntries');
    expect(with64({ offset64: 1_000_000n })).toBe('damaged: central directory out of range');
    expect(with64({ offset64: 2n ** 62n })).toBe('damaged: central directory out of range');
    expect(with64({ size64: 1_000_000n })).toBe('damaged: central directory out of range');
  });

  test('0xFFFFFFFF sizes without the ZIP64 extra field: 4 GB declared, refused as too large', async () => {
    const bytes = await sampleAs((entries) => ({
      entries: entries.map((e) => (/sheet1\.xml$/.test(e.name) ? { ...e, central: { overflow: ['usize', 'csize'], extra: false } } : e)),
      zip64End: true,
    }));
    expect(readCentralDirectory(bytes).find((e) => e.name.endsWith('sheet1.xml'))!.uncompressedSize).toBe(0xffffffff);
    const r = await refusal(() => loadXlsx(bytes));
    // The part is named, with its sheet when the reader could read the workbook's sheet list.
    expect(r.en).toMatch(
      /^(Sheet "Thông tin" \(xl\/worksheets\/sheet1\.xml\)|Part xl\/worksheets\/sheet1\.xml) is too large once inflated \(4,096 MB, limit 100 MB\): refused \(possibly a zip bomb\)\.$/,
    );
    expect(r.vi).toMatch(/bom zip/);
  });

  test('inconsistent ZIP64 sizes: smaller than the data, far larger, beyond 2^53', async () => {
    const lying = (fields: Zip64Fields) =>
      sampleAs((entries) => ({
        entries: entries.map((e) => (/sheet3\.xml$/.test(e.name) ? { ...e, central: fields } : e)),
        zip64End: true,
      }));
    // Declares 100 bytes, inflates to kilobytes: refused, as damaged (the inflater checks the size at the end of the
    // part) or stopped at the declared size; where every part is verified (templates) the guard stops it there.
    const small = await lying({ overflow: ['usize'], usize: 100n });
    expect((await refusal(() => loadXlsx(small))).en).toMatch(
      /^(The \.xlsx file is damaged and cannot be read \(.*size mismatch\)|Sheet "Chấm điểm" \(xl\/worksheets\/sheet3\.xml\) inflates beyond its declared size \(100 bytes\))/,
    );
    const verified = checkPackage(small, { maxTotal: 1e8, maxEntry: () => 1e8, verifyAll: true }, () => JSZip.loadAsync(small));
    expect(await rejection(verified)).toMatchObject({ kind: 'inflatesBeyondDeclared', name: 'xl/worksheets/sheet3.xml', declared: 100 });
    const huge = await refusal(async () => loadXlsx(await lying({ overflow: ['usize'], usize: 2n ** 40n })));
    expect(huge.en).toMatch(/^Sheet "Chấm điểm" \(xl\/worksheets\/sheet3\.xml\) is too large once inflated \(1,048,576 MB, limit 100 MB\)/);
    const absurd = await refusal(async () => loadXlsx(await lying({ overflow: ['usize', 'csize'], usize: 2n ** 60n, csize: 2n ** 60n })));
    expect(absurd.en).toMatch(
      /^Sheet "Chấm điểm" \(xl\/worksheets\/sheet3\.xml\) is too large once inflated \(8,589,934,592 MB, limit 100 MB\)/,
    );
    // The same through the entry count: a refusal that names the count, not a crash.
    const counted = await refusal(async () => loadXlsx(await sampleAs((entries) => ({ entries, zip64End: true, count64: 2n ** 62n }))));
    expect(counted.en).toMatch(/^The file holds too many parts \(9,007,199,254,740,99\d\): not an ordinary workbook, refused\.$/);
  });

  test('a ZIP64 extra field shorter than the sizes it must hold: nothing is read from past its end', async () => {
    // Both sizes overflowed, but the field holds only the first (8 bytes): the compressed size stays at the 32-bit
    // marker (4 GB, so the entry is verified), never a value taken from the next header.
    const bytes = buildZip({ entries: [{ ...ENTRIES[0], central: { overflow: ['usize', 'csize'], length: 8 } }], zip64End: true });
    expect(sizes(readCentralDirectory(bytes))).toEqual([['a.xml', big.length, 0xffffffff]]);
    // A field too short for either: both stay at the marker, and the 4 GB declared are refused.
    const empty = buildZip({ entries: [{ ...ENTRIES[0], central: { overflow: ['usize', 'csize'], length: 0 } }], zip64End: true });
    expect(sizes(readCentralDirectory(empty))).toEqual([['a.xml', 0xffffffff, 0xffffffff]]);
    const limits = { maxTotal: 1e8, maxEntry: () => 1e8 };
    expect(await rejection(checkPackage(empty, limits, () => JSZip.loadAsync(empty)))).toMatchObject({
      kind: 'entryTooLarge',
      name: 'a.xml',
      size: 0xffffffff,
    });
  });
});

test('a thousand random corruptions of a ZIP64 archive: read or refused, never a crash', async () => {
  const base = await sampleAs((entries) => ({ entries: entries.map((e) => ({ ...e, central: BOTH, local: BOTH })), zip64End: true }));
  let seed = 20250106;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const outcomes = new Set<string>();
  // The corruptions hit the directory and end records (the last ~1,500 bytes), where ZIP64 is read.
  const tail = 1500;
  for (let i = 0; i < 1000; i++) {
    const bytes = Buffer.from(base);
    for (let k = 0; k < 1 + random(4); k++) bytes[bytes.length - 1 - random(tail)] = random(256);
    const o = guardProblem(() => readCentralDirectory(bytes));
    expect(o).not.toMatch(/^not a guard error/);
    outcomes.add(o.split(':')[0]);
  }
  expect(outcomes).toContain('accepted');
  expect(outcomes).toContain('damaged');
});
