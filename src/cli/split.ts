// `bxtd split SỔ.xlsx [--out DIR] [--json]`: one self-scoring workbook per member unit, to send out by email. The
// first split of a master makes the bloc's secret; the master carrying it is written to the output folder as
// `<name>.so-goc.xlsx` beside the self-scoring workbooks (one set of files), and is the master from then on. The
// file given is never written.

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { BxtdError } from '../domain/errors';
import type { Lang, Text } from '../domain/model';
import { inputFingerprint } from '../workbook/result-sheet';
import { planSplit, withSecret } from '../workbook/split';
import { loadMaster } from '../xlsx/collect';
import { loadXlsx } from '../xlsx/read';
import { splitBytes } from '../xlsx/split';
import { writePlan } from '../xlsx/write';
import type { CommandArgs } from './commands';
import { exists, writeFiles, type OutputFile } from './files';
import { readWorkbookFile } from './input';
import { issueJson, issueLine, jsonText, located, refuseIssues, type Io } from './io';
import { main } from './main';
import { masterName } from './names';

export const emptyJson = (): object => ({ fingerprint: null, master: null, files: [], warnings: [], errors: [] });

/** `bxtd split ARGS` run from code (tests): the same as the command line. */
export const runSplit = (args: string[], io?: Partial<Io>): Promise<number> => main(['split', ...args], io);

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const file = args.positional[0];
  const outDir = args.out!;
  const loaded = await located(file, async () => loadMaster(await readWorkbookFile(file)));
  if (!loaded.master) refuseIssues(loaded.issues, file);

  // The bloc's secret signs each unit's key; made on the first split, it is kept in the master (our very hidden
  // registry sheet, nothing else changes), so that collect can tell a genuine return from a relabelled one.
  const { master, plan } = withSecret(loaded.master, () => randomBytes(16).toString('hex'));
  const outputs: OutputFile[] = [];
  if (plan) {
    const earlier = path.join(outDir, masterName(file));
    if (await exists(earlier)) throw earlierMaster(earlier);
    // Edited in its package: every part but the registry's, workbook.xml and its lists stays as it was.
    const bytes = await writePlan(loaded.package, plan);
    if (inputFingerprint((await loadXlsx(bytes)).sheets) !== inputFingerprint(loaded.sheets)) {
      throw new Error('the master written with its secret does not read back with the same data');
    }
    outputs.push({ name: masterName(file), bytes });
  }
  const books = planSplit(master);
  // Built first, written after as one set with the master: a failure leaves none of them.
  for (const b of books) outputs.push({ name: b.fileName, bytes: await splitBytes(b) });
  const written = await writeFiles(outDir, outputs, { inputs: [file], fs: io.fs });
  const masterPath = plan ? written[0] : null;
  const files = books.map((b, i) => ({ unit: b.unitName, file: written[i + (plan ? 1 : 0)] }));

  if (args.json) {
    const warnings = loaded.issues.filter((x) => x.severity === 'warning').map((i) => issueJson(i, io.lang));
    io.out(jsonText({ fingerprint: books[0]?.fingerprint ?? null, master: masterPath, files, warnings, errors: [] }));
    return 0;
  }
  for (const w of loaded.issues) io.err(issueLine(w, io.lang));
  const where = path.resolve(outDir);
  const defaulted = !args.options.has('out');
  io.out(
    io.lang === 'vi'
      ? `Đã tạo ${files.length} bảng tự chấm trong thư mục ${where}${defaulted ? ' (thư mục mặc định; chọn thư mục khác bằng --out)' : ''}:`
      : `Made ${files.length} self-scoring workbooks in the folder ${where}${defaulted ? ' (the default folder; choose another with --out)' : ''}:`,
  );
  for (const f of files) io.out(`  ${f.file}  (${f.unit})`);
  if (masterPath) io.out(`\n${masterLine(masterPath, file, io.lang)}`);
  return 0;
}

function masterLine(written: string, given: string, lang: Lang): string {
  return lang === 'vi'
    ? `SỔ GỐC TỪ NAY LÀ ${written}: tệp này mang mã bảo mật của Khối (trong trang ẩn của Bình xét Thi đua; dữ liệu của sổ không đổi). Hãy nhập điểm và gộp các bảng tự chấm gửi về (bxtd collect) trên tệp này. Tệp ${given} vẫn giữ nguyên và không dùng để gộp được.`
    : `FROM NOW ON THE MASTER IS ${written}: it carries the bloc’s secret (in Bình xét Thi đua’s hidden sheet; the workbook’s data is unchanged). Enter scores in it and collect the returns (bxtd collect) with it. The file you gave, ${given}, is unchanged and cannot be used to collect them.`;
}

/** A master made by an earlier split is there: replacing it would change the secret the sent files were signed with. */
function earlierMaster(earlier: string): BxtdError {
  const text: Text = {
    vi: `${earlier} đã có: đó là sổ gốc mang mã bảo mật của lần chia trước, và các bảng tự chấm đã gửi đi được ký bằng mã đó. Hãy chia lại từ chính tệp đó (bxtd split ${earlier}), hoặc chọn thư mục khác (--out).`,
    en: `${earlier} already exists: it is the master carrying the secret of an earlier split, which the workbooks sent out were signed with. Split that file instead (bxtd split ${earlier}), or choose another folder (--out).`,
  };
  return new BxtdError('output.exists', text, { file: earlier });
}
