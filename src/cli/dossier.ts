// `bxtd ho-so SỔ.xlsx --out DIR [--json] [--lang en]`: the award dossier the bloc head sends to the province — the
// Tờ trình, one achievement report per proposed unit, the score annex, the nomination minute (and the vote-count
// minute after a ballot), and one zip of them all. Only final decisions go into a dossier: with any award pending
// (no vote yet, a tie, a revote) it exits 2, lists what the meeting must still decide, and writes nothing.
// With --json it prints exactly one JSON document, on refusal too: {"files":[{kind,unit,path}],"pending":[…],"errors":[…]}.

import * as path from 'node:path';
import { dossierKinds, makeDossier } from '../minutes/documents';
import { DOSSIER_KINDS, type DocumentKind } from '../minutes/kinds';
import { evaluate } from '../workbook/evaluate';
import { loadXlsx } from '../xlsx/read';
import { parseArgs, UsageError } from './args';
import { checkOutDir, issueJson, issueLine, located, readInput, type Io, type JsonIssue } from './io';
import { ownTemplates, templateFiles, templateOptions, writeDocuments } from './minutes';
import { resultJson } from './report';

/** The kinds a dossier may be given templates for. */
const KINDS: DocumentKind[] = DOSSIER_KINDS;

export interface DossierJson {
  files: { kind: DocumentKind | 'zip'; unit: string | null; path: string }[];
  pending: unknown[];
  errors: JsonIssue[];
}

/** The JSON document of a refusal (the shared guard prints it for a file or template refused). */
export function dossierJson(errors: JsonIssue[]): DossierJson {
  return { files: [], pending: [], errors };
}

export async function runDossier(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['json', 'debug'], ['out', 'lang', ...templateOptions(KINDS)]);
  if (args.positional.length !== 1) throw new UsageError(args.positional.length ? args.positional.slice(1).join(' ') : 'TỆP.xlsx');
  const file = args.positional[0];
  const outDir = String(args.options.get('out') ?? 'out');
  const json = args.options.has('json');
  const report: DossierJson = dossierJson([]);
  const done = (code: number) => {
    if (json) io.out(JSON.stringify(report, null, 2));
    return code;
  };

  await checkOutDir(outDir);
  const { sheets } = await located(file, async () => loadXlsx(await readInput(file)));
  const evaluation = evaluate(sheets);
  const { bloc, result } = evaluation;
  const errors = evaluation.issues.filter((i) => i.severity === 'error');
  if (!bloc || !result || errors.length) {
    for (const e of errors) io.err(issueLine(e, io.lang));
    report.errors = errors.map((e) => issueJson(e, io.lang));
    return done(2);
  }
  if (!json) for (const w of evaluation.issues) io.err(issueLine(w, io.lang));

  // Templates are read and every document made before anything is written (a refusal throws to the shared guard).
  const own = await ownTemplates(templateFiles(args.options, dossierKinds(result)), sheets, io.lang, io.err);
  const dossier = await makeDossier(bloc, result, own, evaluation.issues);
  if (!dossier.ok) {
    report.pending = (resultJson(bloc, result, [], io.lang) as { pending: unknown[] }).pending;
    io.err(dossier.refusal.text[io.lang]);
    if (!dossier.pending.length) report.errors = [{ cell: null, message: dossier.refusal.text[io.lang] }];
    return done(2);
  }
  const written = await writeDocuments(outDir, [...dossier.documents, dossier.zip]);
  report.files = [
    ...dossier.documents.map((d, i) => ({ kind: d.kind, unit: d.unit, path: written[i] })),
    { kind: 'zip' as const, unit: null, path: written[written.length - 1] },
  ];
  if (!json) for (const f of written) io.out(`${io.lang === 'vi' ? 'Đã ghi' : 'Written'}: ${path.normalize(f)}`);
  return done(0);
}
