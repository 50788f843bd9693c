// Draws the add-in's ribbon and store icons (16, 32, 64, 80 px): a red emulation flag with a gold star on a pole.
// Pure Node (zlib for the PNG stream), no image library: `npm run icons` writes assets/icons/icon-<size>.png.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const RED: RGBA = [218, 37, 29, 255];
const GOLD: RGBA = [255, 205, 0, 255];
const POLE: RGBA = [80, 80, 88, 255];
const KNOB: RGBA = [214, 160, 20, 255];

const FLAG_LEFT = 0.27;
const FLAG_RIGHT = 0.93;
const FLAG_HEIGHT = 0.46;

/** The flag's top edge at x (a gentle wave), in the unit square. */
function flagTop(x: number): number {
  return 0.1 + 0.035 * Math.sin(((x - FLAG_LEFT) / (FLAG_RIGHT - FLAG_LEFT)) * 2 * Math.PI);
}

const STAR = starPolygon(0.6, 0.33, 0.145, 0.058);

function starPolygon(cx: number, cy: number, outer: number, inner: number): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

function inPolygon(x: number, y: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The colour at a point of the unit square, or null for transparent. Later shapes paint over earlier ones. */
function colourAt(x: number, y: number): RGBA | null {
  let c: RGBA | null = null;
  if (x >= 0.17 && x <= 0.25 && y >= 0.08 && y <= 0.96) c = POLE;
  if ((x - 0.21) ** 2 + (y - 0.065) ** 2 <= 0.06 ** 2) c = KNOB;
  if (x >= FLAG_LEFT && x <= FLAG_RIGHT) {
    const top = flagTop(x);
    if (y >= top && y <= top + FLAG_HEIGHT) c = inPolygon(x, y + (0.1 - top), STAR) ? GOLD : RED;
  }
  return c;
}

/** Renders with 8x8 supersampling so small sizes stay smooth. */
export function render(size: number): Uint8Array {
  const n = 8;
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

if (require.main === module) {
  const dir = join(process.cwd(), 'assets', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${file}`);
  }
}
