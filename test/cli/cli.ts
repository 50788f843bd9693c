// What the CLI tests share: running `bxtd` in-process with its output captured, a fresh folder per test, the sample.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WriteFs } from '../../src/cli/files';
import { main } from '../../src/cli/main';

export const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

/** `bxtd ARGS` in-process; `fs` replaces the file system outputs are written through (fault injection). */
export async function run(args: string[], fs?: WriteFs): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), fs });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A fresh temporary folder for each test of the file, removed after it: `const tmp = tempDir(); ... tmp.dir`. */
export function tempDir(prefix = 'bxtd-cli-'): { dir: string } {
  const holder = { dir: '' };
  beforeEach(async () => {
    holder.dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await fs.rm(holder.dir, { recursive: true, force: true });
  });
  return holder;
}
