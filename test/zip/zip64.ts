// A zip writer for tests that can say everything ZIP64 can, truthfully or not: the ZIP64 end of central directory
// record and its locator, ZIP64 extra fields (0x0001) in central and local headers, sizes of 0xFFFFFFFF with or
// without the extra field, and any value in any of them (APPNOTE.TXT 4.3.14–4.3.16 and 4.5.3).

import { deflateRawSync } from 'node:zlib';

export interface Entry {
  name: string;
  data: Uint8Array;
  /** 8 deflated (default) or 0 stored. */
  method?: 0 | 8;
  /** The central header's ZIP64 handling. */
  central?: Zip64Fields;
  /** The local header's ZIP64 handling. */
  local?: Zip64Fields;
}

/** Which 32-bit size fields say 0xFFFFFFFF, and what the ZIP64 extra field holds. */
export interface Zip64Fields {
  /** The sizes that overflow to 0xFFFFFFFF: `usize` (uncompressed), `csize` (compressed). */
  overflow: ('usize' | 'csize')[];
  /** false: no extra field at all (the 0xFFFFFFFF stays unexplained). Default true. */
  extra?: boolean;
  /** Values written in the extra field instead of the true ones (a lie, or more than 2^53). */
  usize?: bigint;
  csize?: bigint;
  /** The extra field's data length, shorter than the values (a truncated field: the values are cut to it). */
  length?: number;
}

export interface Archive {
  entries: Entry[];
  /** Write the ZIP64 end record and its locator, the classic end record's fields saying 0xFFFF / 0xFFFFFFFF. */
  zip64End?: boolean;
  /** The locator's offset of the ZIP64 end record, instead of the true one. */
  locatorOffset?: bigint;
  /** Write no locator (with zip64End). */
  noLocator?: boolean;
  /** The ZIP64 end record's entry count, central directory size and offset, instead of the true ones. */
  count64?: bigint;
  size64?: bigint;
  offset64?: bigint;
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Out {
  private parts: Buffer[] = [];
  length = 0;
  private push(b: Buffer) {
    this.parts.push(b);
    this.length += b.length;
  }
  u16(v: number) {
    const b = Buffer.alloc(2);
    b.writeUInt16LE(v);
    this.push(b);
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v >>> 0);
    this.push(b);
  }
  u64(v: bigint) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(v);
    this.push(b);
  }
  bytes(b: Uint8Array) {
    this.push(Buffer.from(b));
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const MAX32 = 0xffffffff;

/** The extra field for `f` (empty when there is none to write). */
function extraField(f: Zip64Fields | undefined, usize: number, csize: number): Buffer {
  if (!f || f.extra === false || !f.overflow.length) return Buffer.alloc(0);
  const o = new Out();
  const values: bigint[] = [];
  if (f.overflow.includes('usize')) values.push(f.usize ?? BigInt(usize));
  if (f.overflow.includes('csize')) values.push(f.csize ?? BigInt(csize));
  o.u16(0x0001);
  o.u16(f.length ?? values.length * 8);
  for (const v of values) o.u64(v);
  return o.done().subarray(0, 4 + (f.length ?? values.length * 8));
}

const sized = (f: Zip64Fields | undefined, which: 'usize' | 'csize', v: number) => (f?.overflow.includes(which) ? MAX32 : v);

/** The archive's bytes. */
export function buildZip(a: Archive): Buffer {
  const out = new Out();
  const central = new Out();
  for (const e of a.entries) {
    const method = e.method ?? 8;
    const body = method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(e.data);
    const offset = out.length;
    const localExtra = extraField(e.local, e.data.length, body.length);
    out.u32(0x04034b50);
    out.u16(45);
    out.u16(0x0800);
    out.u16(method);
    out.u16(0);
    out.u16(0x5a21); // 2025-01-01
    out.u32(crc);
    out.u32(sized(e.local, 'csize', body.length));
    out.u32(sized(e.local, 'usize', e.data.length));
    out.u16(name.length);
    out.u16(localExtra.length);
    out.bytes(name);
    out.bytes(localExtra);
    out.bytes(body);

    const centralExtra = extraField(e.central, e.data.length, body.length);
    central.u32(0x02014b50);
    central.u16(45);
    central.u16(45);
    central.u16(0x0800);
    central.u16(method);
    central.u16(0);
    central.u16(0x5a21);
    central.u32(crc);
    central.u32(sized(e.central, 'csize', body.length));
    central.u32(sized(e.central, 'usize', e.data.length));
    central.u16(name.length);
    central.u16(centralExtra.length);
    central.u16(0); // comment
    central.u16(0); // disk
    central.u16(0); // internal attributes
    central.u32(0); // external attributes
    central.u32(offset);
    central.bytes(name);
    central.bytes(centralExtra);
  }
  const cdOffset = out.length;
  const cd = central.done();
  out.bytes(cd);
  const count = a.entries.length;
  if (a.zip64End) {
    const record = out.length;
    out.u32(0x06064b50);
    out.u64(44n);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(a.count64 ?? BigInt(count));
    out.u64(a.count64 ?? BigInt(count));
    out.u64(a.size64 ?? BigInt(cd.length));
    out.u64(a.offset64 ?? BigInt(cdOffset));
    if (!a.noLocator) {
      out.u32(0x07064b50);
      out.u32(0);
      out.u64(a.locatorOffset ?? BigInt(record));
      out.u32(1);
    }
  }
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(a.zip64End ? 0xffff : count);
  out.u16(a.zip64End ? 0xffff : count);
  out.u32(a.zip64End ? MAX32 : cd.length);
  out.u32(a.zip64End ? MAX32 : cdOffset);
  out.u16(0);
  return out.done();
}
