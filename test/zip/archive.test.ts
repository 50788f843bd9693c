// The zip layer of the .xlsx reader and writer (src/zip/archive.ts), with both codecs: pako (browsers) and Node's
// zlib (the CLI). Each entry is read in one bounded pass: never past its declared size, never short of it; unchanged
// entries are written again as their very compressed bytes.

import * as zlib from 'node:zlib';
import JSZip from 'jszip';
import { crc32, jsCodec, writeZip, zlibCodec, ZipArchive, type Codec } from '../../src/zip/archive';
import { zipProblemOf } from '../../src/zip/guard';

const text = (s: string) => new TextEncoder().encode(s);
const CODECS: [string, Codec][] = [
  ['pako', jsCodec],
  ['zlib', zlibCodec(zlib)],
];

describe.each(CODECS)('with %s', (_, codec) => {
  test('written archives read back, by us and by JSZip; the CRC is the zip CRC', async () => {
    const big = 'Công an tỉnh; '.repeat(50_000);
    const bytes = await writeZip(
      [
        { name: 'a.xml', data: text('<a/>') },
        { name: 'thư mục/b.xml', data: text(big) },
        { name: 'empty', data: new Uint8Array(0) },
      ],
      { codec },
    );
    const archive = ZipArchive.open(bytes);
    expect(archive.entries.map((e) => e.name)).toEqual(['a.xml', 'thư mục/b.xml', 'empty']);
    const b = archive.entry('THƯ MỤC/B.XML')!; // part names are case-insensitive
    expect(new TextDecoder().decode(await archive.bytesOf(b, 10 * 1024 * 1024, codec))).toBe(big);
    expect(b.crc32).toBe(crc32(text(big)));
    const zip = await JSZip.loadAsync(bytes);
    expect(await zip.file('thư mục/b.xml')!.async('string')).toBe(big);
    expect(await zip.file('empty')!.async('string')).toBe('');
  });

  test('an entry is copied as its compressed bytes', async () => {
    const first = await writeZip([{ name: 'x.xml', data: text('<x>'.repeat(1000)) }], { codec });
    const archive = ZipArchive.open(first);
    const again = await writeZip([{ name: 'x.xml', from: { archive, entry: archive.entries[0] } }], { codec });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  test('an entry that inflates beyond its declared size stops there, whatever it really holds', async () => {
    const bytes = await writeZip([{ name: 'bomb.xml', data: new Uint8Array(5_000_000) }], { codec });
    // Declare 1,000 bytes in the central directory (the local header keeps the truth).
    const archive = ZipArchive.open(bytes);
    const e = archive.entries[0];
    const dir = bytes.length - 22 - (46 + e.rawName.length);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(dir + 24, 1000, true);
    const lying = ZipArchive.open(bytes);
    let seen = 0;
    const error = await lying.read(lying.entries[0], 100 * 1024 * 1024, (c) => (seen += c.length), codec).catch((x) => x);
    expect(zipProblemOf(error)).toMatchObject({ kind: 'inflatesBeyondDeclared', name: 'bomb.xml', declared: 1000 });
    expect(seen).toBeLessThanOrEqual(1000);
  });

  test('an entry that ends short of its declared size is damaged', async () => {
    const bytes = await writeZip([{ name: 'short.xml', data: text('<a/>') }], { codec });
    const e = ZipArchive.open(bytes).entries[0];
    const dir = bytes.length - 22 - (46 + e.rawName.length);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(dir + 24, 10, true);
    const archive = ZipArchive.open(bytes);
    const error = await archive.bytesOf(archive.entries[0], 1000, codec).catch((x) => x);
    expect(zipProblemOf(error)).toMatchObject({ kind: 'damaged' });
  });

  test('what the sink throws stops the inflation and comes out as it is', async () => {
    const bytes = await writeZip([{ name: 'a.xml', data: new Uint8Array(3_000_000).fill(65) }], { codec });
    const archive = ZipArchive.open(bytes);
    const mine = new Error('stop here');
    await expect(
      archive.read(
        archive.entries[0],
        10_000_000,
        () => {
          throw mine;
        },
        codec,
      ),
    ).rejects.toBe(mine);
  });
});

test('two entries of one name (compared without case) are refused', async () => {
  const bytes = await writeZip([
    { name: 'xl/a.xml', data: text('1') },
    { name: 'XL/A.xml', data: text('2') },
  ]);
  expect(() => ZipArchive.open(bytes)).toThrow(expect.objectContaining({ code: 'file.damaged' }));
});

test('a local header that names another file than the directory is damaged', async () => {
  const bytes = await writeZip([{ name: 'a.xml', data: text('<a/>') }]);
  bytes[30] = 'b'.charCodeAt(0); // the local header's name
  const archive = ZipArchive.open(bytes);
  expect(zipProblemOf(await archive.bytesOf(archive.entries[0], 100).catch((x) => x))).toMatchObject({ kind: 'damaged' });
});
