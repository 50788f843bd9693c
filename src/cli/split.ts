// `bxtd split FILE.xlsx --out DIR [--json]`: one self-scoring workbook per member unit, to send out by email.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Text } from '../domain/model';
import { planSplit } from '../workbook/split';
import { loadMaster } from '../xlsx/collect';
import { splitBytes, uniqueFileNames } from '../xlsx/split';
import { parseArgs, UsageError } from './args';
import { checkOutDir, guarded, issueJson, issueLine, located, readInput, type Io } from './io';

const USAGE: Text = {
  vi: 'Cách dùng: bxtd split TỆP.xlsx --out THƯ_MỤC [--json]',
  en: 'Usage: bxtd split FILE.xlsx --out DIR [--json]',
};

export async function runSplit(args: string[], io: Io): Promise<number> {
  const jsonMode = { enabled: args.includes('--json'), document: (errors: object[]) => ({ fingerprint: null, files: [], errors }) };
  return guarded(
    io,
    USAGE,
    args.includes('--debug'),
    async () => {
      const parsed = parseArgs(args, ['json', 'debug'], ['out', 'lang']);
      if (parsed.positional.length !== 1)
        throw new UsageError(parsed.positional.length ? parsed.positional.slice(1).join(' ') : 'TỆP.xlsx');
      const file = parsed.positional[0];
      const outDir = String(parsed.options.get('out') ?? 'out');
      const json = parsed.options.has('json');

      await checkOutDir(outDir);
      const loaded = await located(file, async () => loadMaster(await readInput(file)));
      if (!loaded.master) {
        const errors = loaded.issues.filter((x) => x.severity === 'error');
        for (const i of errors) io.err(issueLine(i, io.lang));
        if (json) io.out(JSON.stringify({ fingerprint: null, files: [], errors: errors.map((i) => issueJson(i, io.lang)) }, null, 2));
        return 2;
      }
      const books = planSplit(loaded.master);
      // Built first, written after: a failure leaves no half set. Names that differ only by case would overwrite
      // each other on Windows and macOS: they are told apart.
      const bytes = await Promise.all(books.map((b) => splitBytes(b)));
      const names = uniqueFileNames(books.map((b) => b.fileName));
      await fs.mkdir(outDir, { recursive: true });
      const written: { unit: string; file: string }[] = [];
      for (let i = 0; i < books.length; i++) {
        const target = path.join(outDir, names[i]);
        await fs.writeFile(target, bytes[i]);
        written.push({ unit: books[i].unitName, file: target });
      }
      if (json) {
        const warnings = loaded.issues.filter((x) => x.severity === 'warning').map((i) => issueJson(i, io.lang));
        io.out(JSON.stringify({ fingerprint: books[0]?.fingerprint ?? null, files: written, warnings, errors: [] }, null, 2));
      } else {
        for (const w of loaded.issues) io.err(issueLine(w, io.lang));
        const head = io.lang === 'vi' ? `Đã tạo ${written.length} bảng tự chấm:` : `Made ${written.length} self-scoring workbooks:`;
        io.out(head);
        for (const w of written) io.out(`  ${w.file}  (${w.unit})`);
      }
      return 0;
    },
    jsonMode,
  );
}
