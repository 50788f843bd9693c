// `bxtd ho-so SỔ.xlsx`: the award dossier the bloc head sends to the province — the Tờ trình, one achievement report
// per proposed unit, the score annex, the nomination minute (and the vote-count minute after a ballot), and one zip
// of them all, written as one set. Only final decisions go into a dossier: with any award pending (no vote yet, a
// tie, a revote) it exits 2, lists what the meeting must still decide, and writes nothing.

import { pendingText } from '../domain/explain';
import { makeDossier } from '../minutes/documents';
import { kindsWrittenBy, type DocumentKind } from '../minutes/kinds';
import { evaluate } from '../workbook/evaluate';
import { loadXlsx } from '../xlsx/read';
import type { CommandArgs } from './commands';
import { writeFiles } from './files';
import { readWorkbookFile } from './input';
import { issueLine, jsonText, located, refuseIssues, type Io, type JsonIssue } from './io';
import { ownTemplates, templateFiles } from './minutes';
import { resultJson } from './report';

export interface DossierJson {
  files: { kind: DocumentKind | 'zip'; unit: string | null; path: string }[];
  pending: unknown[];
  errors: JsonIssue[];
}

export const emptyJson = (): DossierJson => ({ files: [], pending: [], errors: [] });

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const file = args.positional[0];
  const { sheets } = await located(file, async () => loadXlsx(await readWorkbookFile(file)));
  const evaluation = evaluate(sheets);
  const { bloc, result } = evaluation;
  if (!bloc || !result || evaluation.issues.some((i) => i.severity === 'error')) refuseIssues(evaluation.issues, file);
  if (!args.json) for (const w of evaluation.issues) io.err(issueLine(w, io.lang));

  // Templates are read and every document made before anything is written.
  const files = templateFiles(args.options, kindsWrittenBy('dossier'));
  const own = await ownTemplates(files, sheets, io.lang, io.err);
  const dossier = await makeDossier(bloc, result, own);
  if (!dossier.ok) {
    const head = {
      vi: 'Chưa lập hồ sơ đề nghị khen thưởng: hồ sơ chỉ gồm các quyết định đã xong, mà Hội nghị còn phải quyết định:',
      en: 'No dossier written: a dossier holds final decisions only, and the meeting must still decide:',
    };
    const message = [head[io.lang], ...dossier.pending.map((p) => `  - ${pendingText(bloc, result, p, io.lang)}`)].join('\n');
    io.err(message);
    if (args.json) {
      const pending = (resultJson(bloc, result, [], io.lang) as { pending: unknown[] }).pending;
      io.out(jsonText({ ...emptyJson(), pending, errors: [{ cell: file, code: 'documents.pending', message }] }));
    }
    return 2;
  }
  const documents = [...dossier.documents, dossier.zip];
  const written = await writeFiles(
    args.out!,
    documents.map((d) => ({ name: d.fileName, bytes: d.bytes })),
    { inputs: [file, ...Object.values(files)], fs: io.fs },
  );
  const report: DossierJson = {
    files: [
      ...dossier.documents.map((d, i) => ({ kind: d.kind, unit: d.unit, path: written[i] })),
      { kind: 'zip' as const, unit: null, path: written[written.length - 1] },
    ],
    pending: [],
    errors: [],
  };
  if (args.json) io.out(jsonText(report));
  else for (const f of written) io.out(`${io.lang === 'vi' ? 'Đã ghi' : 'Written'}: ${f}`);
  return 0;
}
