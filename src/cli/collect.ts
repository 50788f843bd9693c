// `bxtd collect SỔ_GỐC.xlsx TỆP_GỬI_VỀ.xlsx... [--out DIR] [--overwrite] [--json]`: check returned self-scoring
// workbooks and merge them into a copy of the master (`<master>.da-gop.xlsx`; the files given are never written).
// Returns are read, checked and dropped one at a time. Exit codes: 0 all merged (conflicts, if any, overwritten as
// confirmed by --overwrite); 2 invalid input, a rejected or duplicate file, or conflicts left unconfirmed; 1 unexpected.

import * as path from 'node:path';
import { BxtdError, isBxtdError, type ErrorCode } from '../domain/errors';
import type { Lang, Text } from '../domain/model';
import { reportLines, type CollectReport } from '../workbook/collect';
import { readRegistry } from '../workbook/ownership';
import { collectIntoMaster, loadMaster, MAX_RETURN_BYTES, tooLarge, type ReturnSource } from '../xlsx/collect';
import type { CommandArgs } from './commands';
import { exists, writeFiles } from './files';
import { readWorkbookFile } from './input';
import { issueLine, jsonText, located, refuseIssues, type Io, type JsonIssue } from './io';
import { main } from './main';
import { masterName, mergedName } from './names';

/** `bxtd collect ARGS` run from code (tests): the same as the command line. */
export const runCollect = (args: string[], io?: Partial<Io>): Promise<number> => main(['collect', ...args], io);

/** One JSON document: per-file outcome, conflicts, the output, the exit code. */
export function collectJson(report: CollectReport | null, output: string | null, exitCode: number, lang: Lang): object {
  return {
    output,
    exitCode,
    fingerprint: report?.fingerprint ?? null,
    accepted: report?.files.filter((f) => f.status === 'accepted').length ?? 0,
    rejected: report?.files.filter((f) => f.status === 'rejected').length ?? 0,
    duplicates: report?.files.filter((f) => f.status === 'duplicate').length ?? 0,
    written: report?.plan.cellWrites.length ?? 0,
    pendingConflicts: report?.pendingConflicts ?? 0,
    files: (report?.files ?? []).map((f) => ({
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
    conflicts: (report?.conflicts ?? []).map((c) => ({
      file: c.file,
      unit: c.unitName,
      criterion: c.criterion,
      cell: `${c.sheet}!${c.cell}`,
      master: c.master,
      returned: c.returned,
      overwritten: c.overwritten,
    })),
    issues: [],
    errors: [],
  };
}

export const emptyJson = (): object => collectJson(null, null, 2, 'vi');

/** Why the exit code is 2, in words, each with its code (empty when everything merged). */
function problems(report: CollectReport, written: boolean): { code: ErrorCode; text: Text }[] {
  const out: { code: ErrorCode; text: Text }[] = [];
  const rejected = report.files.filter((f) => f.status === 'rejected').length;
  const duplicates = report.files.filter((f) => f.status === 'duplicate').length;
  if (rejected) out.push({ code: 'roundtrip.refused', text: { vi: `${rejected} tệp bị từ chối.`, en: `${rejected} file(s) rejected.` } });
  if (duplicates) {
    out.push({
      code: 'roundtrip.duplicate',
      text: { vi: `${duplicates} tệp trùng đơn vị.`, en: `${duplicates} duplicate file(s) from the same unit.` },
    });
  }
  if (report.pendingConflicts) {
    out.push({
      code: 'roundtrip.conflicts',
      text: {
        vi: `${report.pendingConflicts} ô xung đột chưa ghi đè; kiểm tra rồi chạy lại với --overwrite để ghi đè.`,
        en: `${report.pendingConflicts} conflicting cell(s) not overwritten; check them, then run again with --overwrite.`,
      },
    });
  }
  if (!written) {
    out.push({
      code: 'roundtrip.nothingAccepted',
      text: {
        vi: 'Không có tệp nào được nhận: không ghi bản gộp của sổ gốc.',
        en: 'No file was accepted: no merged master was written.',
      },
    });
  }
  return out;
}

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const [masterFile, ...returnFiles] = args.positional;
  const outDir = args.out!;
  const overwrite = args.options.has('overwrite');

  // The output is checked before any work: an existing merged master is never replaced without --overwrite.
  const target = path.join(outDir, mergedName(masterFile));
  if (!overwrite && (await exists(target))) {
    throw new BxtdError(
      'output.exists',
      {
        vi: `Tệp ${target} đã có: không ghi đè. Hãy chọn thư mục khác (--out), hoặc thêm --overwrite để ghi đè tệp này (và các ô xung đột).`,
        en: `${target} already exists: not overwritten. Choose another folder (--out), or add --overwrite to replace it (and the conflicting cells).`,
      },
      { file: target },
    );
  }

  const loaded = await located(masterFile, async () => loadMaster(await readWorkbookFile(masterFile)));
  if (!loaded.master) refuseIssues(loaded.issues, masterFile);
  // Each return is read when its turn comes; a file that cannot be read is that return's refusal.
  const returns: ReturnSource[] = returnFiles.map((f) => {
    const name = path.basename(f);
    return {
      name,
      read: () =>
        readWorkbookFile(f, MAX_RETURN_BYTES, (size) => tooLarge(name, size)).then(
          (data) => ({ name, data }),
          (e: unknown) => {
            if (!isBxtdError(e)) throw e;
            return { name, sheets: null, loadError: e.text };
          },
        ),
    };
  });
  const { report, reread, bytes } = await collectIntoMaster({ ...loaded, master: loaded.master }, returns, { overwrite });
  // Nothing is written when no return was accepted.
  const output = bytes
    ? (await writeFiles(outDir, [{ name: path.basename(target), bytes }], { inputs: args.positional, fs: io.fs }))[0]
    : null;
  const why = problems(report, output !== null);
  // Returns signed with a secret the master does not carry: most likely the file given is the master from before
  // the split, not the one split wrote with the secret.
  if (!readRegistry(loaded.sheets).secret && report.files.some((f) => f.status === 'rejected')) {
    why.unshift({
      code: 'roundtrip.refused',
      text: {
        vi: `Sổ gốc ${masterFile} chưa có mã bảo mật của Khối. Nếu các tệp gửi về được tạo bằng bxtd split, hãy gộp vào sổ gốc mà lệnh đó đã ghi (${masterName(masterFile)}).`,
        en: `The master ${masterFile} carries no secret of the bloc. If the returns were made by bxtd split, collect them into the master it wrote (${masterName(masterFile)}).`,
      },
    });
  }
  const code = why.length ? 2 : 0;

  if (args.json) {
    // Why the exit code is 2: each file not merged, with its reasons, located at the file; then the summary lines.
    const errors: JsonIssue[] = [
      ...report.files
        .filter((f) => f.status !== 'accepted')
        .flatMap((f) => f.reasons.map((r) => ({ cell: f.file, code: f.code ?? 'roundtrip.refused', message: r[io.lang] }))),
      ...why.map((p) => ({ cell: null, code: p.code, message: p.text[io.lang] })),
    ];
    io.out(jsonText({ ...collectJson(report, output, code, io.lang), issues: reread.issues.map((i) => issueLine(i, io.lang)), errors }));
    for (const p of why) io.err(p.text[io.lang]);
    return code;
  }
  for (const line of reportLines(report, io.lang)) io.out(line);
  if (output) {
    for (const i of reread.issues.filter((x) => x.severity === 'error')) io.err(issueLine(i, io.lang));
    io.out(
      io.lang === 'vi'
        ? `Đã ghi ${report.plan.cellWrites.length} ô vào bản gộp của sổ gốc: ${output}`
        : `Wrote ${report.plan.cellWrites.length} cells into the merged copy of the master: ${output}`,
    );
  }
  for (const p of why) io.err(p.text[io.lang]);
  return code;
}
