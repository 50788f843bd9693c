// `bxtd split FILE.xlsx --out DIR [--json]`: one self-scoring workbook per member unit, to send out by email.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Text } from '../domain/model';
import { planSplit } from '../workbook/split';
import { loadMaster } from '../xlsx/collect';
import { splitBytes } from '../xlsx/split';
import { parseArgs, UsageError } from './args';
import { guarded, issueLine, readInput, type Io } from './io';

const USAGE: Text = {
  vi: 'Cách dùng: bxtd split TỆP.xlsx --out THƯ_MỤC [--json]',
  en: 'Usage: bxtd split FILE.xlsx --out DIR [--json]',
};

export async function runSplit(args: string[], io: Io): Promise<number> {
  return guarded(io, USAGE, args.includes('--debug'), async () => {
    const parsed = parseArgs(args, ['json', 'debug'], ['out', 'lang']);
    if (parsed.positional.length !== 1) throw new UsageError(parsed.positional.length ? parsed.positional.slice(1).join(' ') : 'TỆP.xlsx');
    const file = parsed.positional[0];
    const outDir = String(parsed.options.get('out') ?? 'out');
    const json = parsed.options.has('json');

    const loaded = await loadMaster(await readInput(file));
    if (!loaded.master) {
      for (const i of loaded.issues.filter((x) => x.severity === 'error')) io.err(issueLine(i, io.lang));
      if (json)
        io.out(
          JSON.stringify(
            { files: [], errors: loaded.issues.filter((x) => x.severity === 'error').map((i) => issueLine(i, io.lang)) },
            null,
            2,
          ),
        );
      return 2;
    }
    const books = planSplit(loaded.master);
    await fs.mkdir(outDir, { recursive: true });
    const written: { unit: string; file: string }[] = [];
    for (const book of books) {
      const target = path.join(outDir, book.fileName);
      await fs.writeFile(target, await splitBytes(book));
      written.push({ unit: book.unitName, file: target });
    }
    if (json) {
      io.out(JSON.stringify({ fingerprint: books[0]?.fingerprint ?? null, files: written }, null, 2));
    } else {
      for (const w of loaded.issues) io.err(issueLine(w, io.lang));
      const head = io.lang === 'vi' ? `Đã tạo ${written.length} bảng tự chấm:` : `Made ${written.length} self-scoring workbooks:`;
      io.out(head);
      for (const w of written) io.out(`  ${w.file}  (${w.unit})`);
    }
    return 0;
  });
}
