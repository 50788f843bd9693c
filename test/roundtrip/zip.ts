// A minimal zip writer for hostile test files: entries deflated from chunks, so a "zip bomb" entry of hundreds of
// megabytes is produced without holding it in memory. `lie` writes a small uncompressed size in the headers.

import * as zlib from 'node:zlib';

export interface BombEntry {
  name: string;
  /** The content as `repeat` copies of `chunk` (a plain entry: repeat 1), optionally between a head and a tail. */
  head?: Buffer;
  chunk: Buffer;
  repeat: number;
  tail?: Buffer;
}

async function deflate(e: BombEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  const d = zlib.createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve) => d.on('end', resolve));
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!d.write(b)) await new Promise((r) => d.once('drain', r));
  };
  if (e.head) await write(e.head);
  for (let i = 0; i < e.repeat; i++) await write(e.chunk);
  if (e.tail) await write(e.tail);
  d.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

export async function buildZip(entries: BombEntry[], opts: { lie?: boolean } = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, crc, size } = await deflate(e);
    const declared = opts.lie ? Math.min(size, 1024) : size;
    if (size > 0xffffffff) throw new Error('zip64 not supported by this test writer');
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(declared, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

/** The entries of an existing zip (an .xlsx), to rebuild it with one entry replaced. */
export async function zipEntries(bytes: Uint8Array): Promise<BombEntry[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const out: BombEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    out.push({ name, chunk: Buffer.from(await zip.files[name].async('uint8array')), repeat: 1 });
  }
  return out;
}
