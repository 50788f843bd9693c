// "The floor": the least any reader of a workbook must do — the sheets (worksheets and shared strings) inflated with
// Node's native zlib and passed through a SAX parser (saxes), building nothing. The bench sets `bxtd score` beside it.
// Run alone (`node dist-cli/bench/floor.js FILE.xlsx`) it is measured in a process of its own; with `--pair FILE DIR`
// it is paired with `bxtd score` in a fresh process of their own (floorPair), so that no other yardstick's garbage
// (ExcelJS, SheetJS) weighs on either.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { SaxesParser } from 'saxes';

interface Part {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The parts listed in the central directory, with where their data starts (plain zip: the bench's own files). */
function parts(b: Buffer): Part[] {
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const out: Part[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = b.readUInt16LE(p + 28);
    out.push({
      name: b.toString('utf8', p + 46, p + 46 + nameLen),
      method: b.readUInt16LE(p + 10),
      compressedSize: b.readUInt32LE(p + 20),
      localOffset: b.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return out;
}

/** Inflates and SAX-parses every sheet part of the workbook; returns the number of elements seen. */
export function floor(bytes: Buffer): number {
  let elements = 0;
  for (const part of parts(bytes)) {
    if (!/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(part.name)) continue;
    const at = part.localOffset + 30 + bytes.readUInt16LE(part.localOffset + 26) + bytes.readUInt16LE(part.localOffset + 28);
    const data = bytes.subarray(at, at + part.compressedSize);
    const xml = part.method === 8 ? inflateRawSync(data) : data;
    const parser = new SaxesParser();
    parser.on('opentag', () => void elements++);
    parser.on('text', () => undefined);
    parser.write(xml.toString('utf8')).close();
  }
  return elements;
}

const PAIR_ROUNDS = 15;

/** `bxtd score FILE` and the floor on FILE, alternated in a fresh process: CPU ms of each run. */
export function floorPair(file: string, dir: string): { bxtd: number[]; floor: number[] } {
  const out = execFileSync(process.execPath, [__filename, '--pair', file, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { bxtd: number[]; floor: number[] };
}

/** `bxtd score FILE --out DIR` in this process, its output silenced (the CLI loaded on the first call). */
export async function bxtdScore(file: string, dir: string): Promise<void> {
  const { main } = await import('../src/cli/main');
  const code = await main(['score', file, '--out', dir, '--json'], { out: () => {}, err: () => {} });
  if (code !== 0) throw new Error(`bxtd score exited ${code}`);
}

async function pair(file: string, dir: string): Promise<void> {
  const { alternate, cpuOf } = await import('./cpu');
  const cases = {
    bxtd: () => bxtdScore(file, dir),
    floor: () => floor(fs.readFileSync(file)),
  };
  for (const c of Object.values(cases)) await c(); // warm up
  const r = await alternate({ bxtd: () => cpuOf(cases.bxtd), floor: () => cpuOf(cases.floor) }, PAIR_ROUNDS);
  process.stdout.write(JSON.stringify(r));
}

if (require.main === module) {
  if (process.argv[2] === '--pair') {
    void pair(process.argv[3], process.argv[4]);
  } else {
    const n = floor(fs.readFileSync(process.argv[2]));
    if (!(n > 0)) throw new Error('no sheet element read');
  }
}
