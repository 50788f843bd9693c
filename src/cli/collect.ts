// `bxtd collect MASTER.xlsx RETURNED.xlsx... --out DIR [--overwrite] [--json]`: check returned self-scoring
// workbooks and merge them into a copy of the master (`<master>.da-gop.xlsx`; the input is never changed).
// Exit codes: 0 all merged (conflicts, if any, overwritten as confirmed by --overwrite); 2 invalid input, a rejected
// or duplicate file, or conflicts left unconfirmed; 1 unexpected.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Lang, Text } from '../domain/model';
import { reportLines, type CollectReport, type ReturnedWorkbook } from '../workbook/collect';
import { collectIntoMaster, loadMaster, MAX_RETURN_BYTES, tooLarge, type NamedBytes } from '../xlsx/collect';
import { parseArgs, UsageError } from './args';
import { checkOutDir, exists, guarded, issueJson, issueLine, located, readInput, InputError, type Io } from './io';

const USAGE: Text = {
  vi: 'Cách dùng: bxtd collect SỔ_GỐC.xlsx TỆP_TRẢ_VỀ.xlsx... --out THƯ_MỤC [--overwrite] [--json]',
  en: 'Usage: bxtd collect MASTER.xlsx RETURNED.xlsx... --out DIR [--overwrite] [--json]',
};

/** One JSON document: per-file outcome, conflicts, the output, the exit code. */
export function collectJson(report: CollectReport, output: string | null, exitCode: number, lang: Lang): object {
  return {
    output,
    exitCode,
    fingerprint: report.fingerprint,
    accepted: report.files.filter((f) => f.status === 'accepted').length,
    rejected: report.files.filter((f) => f.status === 'rejected').length,
    duplicates: report.files.filter((f) => f.status === 'duplicate').length,
    written: report.plan.cellWrites.length,
    pendingConflicts: report.pendingConflicts,
    files: report.files.map((f) => ({
      file: f.file,
      status: f.status,
      unit: f.unitName,
      values: f.values,
      written: f.written,
      unchanged: f.unchanged,
      conflicts: f.conflicts.length,
      reasons: f.reasons.map((r) => r[lang]),
      notes: f.notes.map((r) => r[lang]),
    })),
    conflicts: report.conflicts.map((c) => ({
      file: c.file,
      unit: c.unitName,
      criterion: c.criterion,
      cell: `${c.sheet}!${c.cell}`,
      master: c.master,
      returned: c.returned,
      overwritten: c.overwritten,
    })),
  };
}

/** Why the exit code is 2, in words (empty when everything merged). */
function problems(report: CollectReport): Text[] {
  const out: Text[] = [];
  const rejected = report.files.filter((f) => f.status === 'rejected').length;
  const duplicates = report.files.filter((f) => f.status === 'duplicate').length;
  if (rejected) out.push({ vi: `${rejected} tệp bị từ chối.`, en: `${rejected} file(s) rejected.` });
  if (duplicates) out.push({ vi: `${duplicates} tệp trùng đơn vị.`, en: `${duplicates} duplicate file(s) from the same unit.` });
  if (report.pendingConflicts) {
    out.push({
      vi: `${report.pendingConflicts} ô xung đột chưa ghi đè; kiểm tra rồi chạy lại với --overwrite để ghi đè.`,
      en: `${report.pendingConflicts} conflicting cell(s) not overwritten; check them, then run again with --overwrite.`,
    });
  }
  return out;
}

export async function runCollect(args: string[], io: Io): Promise<number> {
  const jsonMode = {
    enabled: args.includes('--json'),
    document: (errors: object[], exitCode: number) => ({ output: null, exitCode, errors }),
  };
  return guarded(
    io,
    USAGE,
    args.includes('--debug'),
    async () => {
      const parsed = parseArgs(args, ['json', 'debug', 'overwrite'], ['out', 'lang']);
      if (parsed.positional.length < 2) throw new UsageError(parsed.positional.length ? 'TỆP_TRẢ_VỀ.xlsx' : 'SỔ_GỐC.xlsx');
      const [masterFile, ...returnFiles] = parsed.positional;
      const outDir = String(parsed.options.get('out') ?? 'out');
      const json = parsed.options.has('json');
      const overwrite = parsed.options.has('overwrite');
      const L = (x: Text) => x[io.lang];

      // The output is checked before any work: an existing merged master is never replaced without --overwrite.
      await checkOutDir(outDir);
      const target = path.join(outDir, `${path.basename(masterFile).replace(/\.xlsx$/i, '')}.da-gop.xlsx`);
      if (!overwrite && (await exists(target))) {
        throw new InputError(
          {
            vi: `Tệp ${target} đã có: không ghi đè. Hãy chọn thư mục khác (--out), hoặc thêm --overwrite để ghi đè tệp này (và các ô xung đột).`,
            en: `${target} already exists: not overwritten. Choose another folder (--out), or add --overwrite to replace it (and the conflicting cells).`,
          },
          target,
        );
      }

      const loaded = await located(masterFile, async () => loadMaster(await readInput(masterFile)));
      if (!loaded.master) {
        const errors = loaded.issues.filter((x) => x.severity === 'error');
        for (const i of errors) io.err(issueLine(i, io.lang));
        if (json) io.out(JSON.stringify({ output: null, exitCode: 2, errors: errors.map((i) => issueJson(i, io.lang)) }, null, 2));
        return 2;
      }
      // Returns are read one by one, each refused before reading when it is too large.
      const returns: (NamedBytes | ReturnedWorkbook)[] = [];
      for (const f of returnFiles) {
        const name = path.basename(f);
        try {
          returns.push({ name, data: await readInput(f, MAX_RETURN_BYTES, (size) => tooLarge(name, size)) });
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          returns.push({ name, sheets: null, loadError: e.text });
        }
      }
      const { report, reread, bytes } = await collectIntoMaster({ ...loaded, master: loaded.master }, returns, { overwrite });
      // Nothing is written when no return was accepted.
      let output: string | null = null;
      if (bytes) {
        await fs.mkdir(outDir, { recursive: true });
        await fs.writeFile(target, bytes);
        output = target;
      }
      const why = problems(report);
      if (!output) {
        why.push({
          vi: 'Không có tệp nào được nhận: không ghi bảng tổng hợp.',
          en: 'No file was accepted: no merged master was written.',
        });
      }
      const code = why.length ? 2 : 0;

      if (json) {
        io.out(
          JSON.stringify(
            {
              ...collectJson(report, output, code, io.lang),
              issues: reread.issues.map((i) => issueLine(i, io.lang)),
              // Why the exit code is 2: each rejected file's reasons located at the file, then the summary lines.
              errors: [
                ...report.files
                  .filter((f) => f.status !== 'accepted')
                  .flatMap((f) => f.reasons.map((r) => ({ cell: f.file, message: r[io.lang] }))),
                ...why.map((p) => ({ cell: null, message: L(p) })),
              ],
            },
            null,
            2,
          ),
        );
        for (const p of why) io.err(L(p));
        return code;
      }
      for (const line of reportLines(report, io.lang)) io.out(line);
      for (const i of reread.issues.filter((x) => x.severity === 'error')) io.err(issueLine(i, io.lang));
      if (output) {
        io.out(
          L({
            vi: `Đã ghi ${report.plan.cellWrites.length} ô vào bảng tổng hợp: ${output}`,
            en: `Wrote ${report.plan.cellWrites.length} cells into the master: ${output}`,
          }),
        );
      }
      for (const p of why) io.err(L(p));
      return code;
    },
    jsonMode,
  );
}
