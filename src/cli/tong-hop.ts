// `bxtd tong-hop FILE.xlsx... [--out DIR] [--province P] [--year N] [--json] [--lang en]`: the province's summary of
// its blocs' scored workbooks. Each file is read on its own (bounded), scored again from its inputs and accepted only
// when its `Kết quả` agrees and is current (src/province/check.ts); then one summary workbook and the Tờ trình,
// written as one set. Exit codes: 0 every file accepted; 2 a file rejected or dropped as a duplicate (the summary of
// the accepted ones is still written), or bad arguments; 1 unexpected.

import { promises as fs } from 'node:fs';
import { isBxtdError } from '../domain/errors';
import type { Lang, Text } from '../domain/model';
import { asciiSlug } from '../domain/vietnamese';
import { summaryBook, periodLine } from '../province/book';
import { checkScored, proposedText, unreadable, type AcceptedFile, type CheckedFile } from '../province/check';
import { summariseProvince, type ProvinceSummary, type Target } from '../province/summary';
import { loadXlsx } from '../xlsx/read';
import { summaryBytes } from '../xlsx/summary';
import { makeProvinceDocument } from '../minutes/province';
import { usageError } from './args';
import { templateOption, type CommandArgs } from './commands';
import { writeFiles } from './files';
import { readWorkbookFile } from './input';
import { jsonText, type Io, type JsonIssue } from './io';
import { readTemplate } from './minutes';

/** Files the summary is written to, without the directory. */
export function summaryFileNames(summary: ProvinceSummary): { workbook: string } {
  const period = summary.period && !/^n[aă]m$/i.test(summary.period.trim()) ? `-${asciiSlug(summary.period)}` : '';
  const stem = `${asciiSlug(summary.province ?? '') || 'Tinh'}${period}-${summary.year ?? ''}`.replace(/-$/, '');
  return { workbook: `Tong-hop-${stem}.xlsx` };
}

/** Read and check one file; every failure the user can act on becomes the file's rejection, never a crash. */
async function checkFile(file: string): Promise<CheckedFile> {
  try {
    const stat = await fs.stat(file).catch(() => null);
    const { sheets } = await loadXlsx(await readWorkbookFile(file));
    return checkScored(file, sheets, stat ? stat.mtimeMs : null);
  } catch (e) {
    const text = isBxtdError(e) ? e.text : (e as { text?: Text }).text;
    if (text && typeof text.vi === 'string') return unreadable(file, text);
    const message = String((e as Error)?.message ?? e).split('\n')[0];
    return unreadable(file, { vi: `Lỗi ngoài dự kiến khi đọc tệp: ${message}`, en: `Unexpected failure reading the file: ${message}` });
  }
}

function blocJson(a: AcceptedFile, lang: Lang): object {
  const b = a.bloc;
  return {
    bloc: { name: b.name, province: b.province, year: b.year, period: b.period, members: b.members, head: b.head, deputy: b.deputy },
    file: a.file,
    checkCode: a.checkCode,
    flag: b.flag,
    merit: b.merit,
    pending: b.pending.map((p) => ({
      award: p.award,
      among: p.among,
      slots: p.slots,
      how: p.how,
      othersGet: p.othersGet,
      reason: p.reason[lang],
    })),
    nextHead: b.nextHead,
    nextDeputy: b.nextDeputy,
  };
}

export function summaryJson(summary: ProvinceSummary, written: string[], lang: Lang): object {
  return {
    province: summary.province,
    year: summary.year,
    period: summary.period,
    blocs: summary.blocs.map((b) => blocJson(b, lang)),
    rejected: summary.rejected.map((r) => ({ file: r.file, reason: r.reasons.map((x) => x[lang]).join(' ') })),
    duplicates: summary.duplicates.map((d) => ({
      bloc: d.bloc,
      kept: d.kept,
      dropped: d.dropped,
      identical: d.identical,
      reason: d.reason[lang],
    })),
    written,
    errors: problems(summary).map((p) => ({ cell: p.cell, code: p.code, message: p.text[lang] })),
  };
}

/** Why the exit code is 2: each file left out, each duplicate dropped, or nothing summarised; each with its code. */
function problems(summary: ProvinceSummary): { cell: string | null; code: JsonIssue['code']; text: Text }[] {
  return [
    ...summary.rejected.map((r) => ({
      cell: r.file,
      code: 'province.rejected' as const,
      text: { vi: r.reasons.map((x) => x.vi).join(' '), en: r.reasons.map((x) => x.en).join(' ') },
    })),
    ...summary.duplicates.flatMap((d) => d.dropped.map((file) => ({ cell: file, code: 'province.duplicate' as const, text: d.reason }))),
    ...(summary.blocs.length
      ? []
      : [
          {
            cell: null,
            code: 'province.nothingSummarised' as const,
            text: { vi: 'Không có sổ nào được tổng hợp: không ghi tệp nào.', en: 'No workbook could be summarised: nothing written.' },
          },
        ]),
  ];
}

function summaryText(summary: ProvinceSummary, lang: Lang): string[] {
  const vi = lang === 'vi';
  const lines: string[] = [];
  if (summary.blocs.length) {
    lines.push(
      `${vi ? periodLine(summary) : `Province ${summary.province} — ${/^n[aă]m$/i.test(summary.period ?? '') ? 'year' : summary.period} ${summary.year}`}: ${summary.blocs.length} ${vi ? 'khối được tổng hợp' : 'bloc(s) summarised'}`,
      '',
    );
  }
  summary.blocs.forEach((a, i) => {
    const b = a.bloc;
    const list = (units: typeof b.flag) => units.map((u) => proposedText(u, b.members, b.decimals, lang)).join('; ') || '—';
    lines.push(`${i + 1}. ${b.name} (${b.members} ${vi ? 'đơn vị' : 'units'}) — ${a.file}`);
    lines.push(`   ${vi ? 'Cờ thi đua' : 'Emulation Flag'}: ${b.flag.length ? list(b.flag) : (b.noFlagReason?.[lang] ?? '—')}`);
    lines.push(`   ${vi ? 'Bằng khen' : 'Certificates of Merit'}: ${list(b.merit)}`);
    for (const p of b.pending) lines.push(`   ${vi ? 'Chờ Khối quyết định' : 'For the bloc to decide'}: ${p.reason[lang]}`);
    const who = (x: typeof b.nextHead) =>
      `${x.unit ?? (vi ? '(chưa xác định)' : '(not decided)')}${x.unit && x.suggested ? (vi ? ' (gợi ý theo luân phiên)' : ' (suggested by rotation)') : ''}`;
    lines.push(
      `   ${vi ? 'Khối trưởng năm sau' : 'Next head'}: ${who(b.nextHead)}; ${vi ? 'Khối phó năm sau' : 'next deputy'}: ${who(b.nextDeputy)}`,
    );
  });
  return lines;
}

function problemLines(summary: ProvinceSummary, lang: Lang): string[] {
  const vi = lang === 'vi';
  return [
    ...summary.rejected.map((r) => `${vi ? 'Không tổng hợp' : 'Rejected'}: ${r.file}: ${r.reasons.map((x) => x[lang]).join(' ')}`),
    ...summary.duplicates.map((d) => `${vi ? 'Trùng khối' : 'Duplicate'}: ${d.reason[lang]}`),
  ];
}

function parseYear(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d{4}$/.test(value.trim()) || n < 1900 || n > 2200) {
    throw usageError({
      vi: `--year ${String(value)}: năm phải là bốn chữ số (ví dụ 2024).`,
      en: `--year ${String(value)}: a year is four digits (e.g. 2024).`,
    });
  }
  return n;
}

export const emptyJson = (): object => ({
  province: null,
  year: null,
  period: null,
  blocs: [],
  rejected: [],
  duplicates: [],
  written: [],
  errors: [],
});

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const outDir = args.out!;
  const province = args.options.get('province');
  const target: Target = { province: typeof province === 'string' ? province : undefined, year: parseYear(args.options.get('year')) };

  // One file at a time: only what the summary needs of each is kept.
  const checked: CheckedFile[] = [];
  for (const file of args.positional) checked.push(await checkFile(file));
  const summary = summariseProvince(checked, target);

  let written: string[] = [];
  if (summary.blocs.length) {
    // Both made before anything is written (a refused template leaves nothing), then written as one set.
    const templateFile = args.options.get(templateOption('province'));
    const own = typeof templateFile === 'string' ? { bytes: await readTemplate(templateFile), where: templateFile } : undefined;
    const document = await makeProvinceDocument(summary, own);
    const workbook = await summaryBytes(summaryBook(summary));
    written = await writeFiles(
      outDir,
      [
        { name: summaryFileNames(summary).workbook, bytes: workbook },
        { name: document.fileName, bytes: document.bytes },
      ],
      { inputs: [...args.positional, ...(typeof templateFile === 'string' ? [templateFile] : [])], fs: io.fs },
    );
  }
  const code = problems(summary).length ? 2 : 0;

  if (args.json) {
    io.out(jsonText(summaryJson(summary, written, io.lang)));
    for (const line of problemLines(summary, io.lang)) io.err(line);
    return code;
  }
  for (const line of summaryText(summary, io.lang)) io.out(line);
  for (const line of problemLines(summary, io.lang)) io.err(line);
  if (!summary.blocs.length) {
    io.err(io.lang === 'vi' ? 'Không có sổ nào được tổng hợp: không ghi tệp nào.' : 'No workbook could be summarised: nothing written.');
  }
  if (written.length) io.out('');
  for (const f of written) io.out(`${io.lang === 'vi' ? 'Đã ghi' : 'Written'}: ${f}`);
  return code;
}
