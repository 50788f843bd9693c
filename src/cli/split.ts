// `bxtd split FILE.xlsx --out DIR [--json]`: one self-scoring workbook per member unit, to send out by email.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Text } from '../domain/model';
import { randomBytes } from 'node:crypto';
import type { SheetGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { inputFingerprint } from '../workbook/result-sheet';
import { planSplit, withSecret } from '../workbook/split';
import { loadMaster } from '../xlsx/collect';
import { loadXlsx, type XlsxPackage } from '../xlsx/read';
import { splitBytes, uniqueFileNames } from '../xlsx/split';
import { writePlan } from '../xlsx/write';
import { parseArgs, UsageError } from './args';
import { checkOutDir, guarded, InputError, issueJson, issueLine, located, readInput, type Io } from './io';

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
        if (json) io.out(JSON.stringify(jsonMode.document(errors.map((i) => issueJson(i, io.lang))), null, 2));
        return 2;
      }
      // The bloc's secret signs each unit's key; made on the first split, it is kept in the master (our very hidden
      // registry sheet, nothing else changes), so that collect can tell a genuine return from a relabelled one.
      const { master, plan } = withSecret(loaded.master, () => randomBytes(16).toString('hex'));
      if (plan) {
        await saveIntoMaster(file, loaded.package, loaded.sheets, plan);
        if (!json) io.err(SECRET_SAVED[io.lang]);
      }
      const books = planSplit(master);
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

const SECRET_SAVED: Text = {
  vi: 'Đã lưu mã bảo mật của Khối vào sổ gốc (trong trang ẩn của Bình xét Thi đua; dữ liệu của sổ không đổi). Chỉ các bảng tự chấm do sổ này tạo mới được nhận khi gộp.',
  en: 'Saved the bloc’s secret in the master (in Bình xét Thi đua’s hidden sheet; the workbook’s data is unchanged). Only self-scoring workbooks made from this master are accepted when collecting.',
};

/**
 * Writes the plan into the master file itself: to a new file beside it, checked to read back with the same inputs,
 * then moved over the original. Any failure leaves the original as it was.
 */
async function saveIntoMaster(file: string, pkg: XlsxPackage, sheets: SheetGrid[], plan: WritePlan): Promise<void> {
  // Edited in its package: every part but the registry's, workbook.xml and its lists stays as it was.
  const bytes = await writePlan(pkg, plan);
  const again = await loadXlsx(bytes);
  if (inputFingerprint(again.sheets) !== inputFingerprint(sheets)) {
    throw new InputError({
      vi: `Không lưu được mã bảo mật vào ${file}: bản ghi thử không giữ nguyên dữ liệu của sổ. Sổ gốc không bị thay đổi.`,
      en: `Could not save the secret into ${file}: the trial copy did not keep the workbook's data. The master is unchanged.`,
    });
  }
  const temp = `${file}.bxtd-${process.pid}.tmp`;
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const busy = (e as { code?: string }).code;
    throw new InputError({
      vi: `Không ghi được vào ${file}${busy === 'EBUSY' || busy === 'EPERM' ? ' (tệp đang mở trong Excel?)' : ''}: hãy đóng tệp rồi chạy lại. Sổ gốc không bị thay đổi.`,
      en: `Could not write to ${file}${busy === 'EBUSY' || busy === 'EPERM' ? ' (is it open in Excel?)' : ''}: close it and run again. The master is unchanged.`,
    });
  }
}
