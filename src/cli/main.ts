// The `bxtd` command: the engine without Excel, for batch use and machines without it.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Lang, Text } from '../domain/model';
import { evaluate } from '../workbook/evaluate';
import { loadXlsx } from '../xlsx/read';
import { writePlan } from '../xlsx/write';
import { parseArgs, UsageError } from './args';
import { runCollect } from './collect';
import { dossierJson, runDossier } from './dossier';
import { placeholdersText, templateFiles, templateOptions, writeMinutes } from './minutes';
import { kindsOf } from '../minutes/kinds';
import { checkOutDir, guarded, issueLine, located, readInput, type Io, type JsonIssue } from './io';
import { resultJson, resultText } from './report';
import { runSplit } from './split';
import { runTongHop } from './tong-hop';
import { useCodec, zlibCodec } from '../zip/archive';

// Packages are inflated and compressed with Node's native zlib (the browser keeps the JavaScript one).
useCodec(zlibCodec(zlib));

const USAGE: Text = {
  vi: `Cách dùng:
  bxtd score TỆP.xlsx [--out THƯ_MỤC] [--json] [--lang vi|en] [--minutes
             [--template-nomination TỆP.docx] [--template-handover TỆP.docx]
             [--template-ballot TỆP.docx] [--template-count TỆP.docx]]
  bxtd ho-so TỆP.xlsx --out THƯ_MỤC [--json] [--lang vi|en] [--template-proposal TỆP.docx]
             [--template-report TỆP.docx] [--template-annex TỆP.docx] [--template-nomination TỆP.docx]
  bxtd split TỆP.xlsx --out THƯ_MỤC
  bxtd collect SỔ_GỐC.xlsx TỆP_TRẢ_VỀ.xlsx... --out THƯ_MỤC [--overwrite] [--json]
  bxtd placeholders [--lang vi|en]
  bxtd tong-hop SỔ_ĐÃ_CHẤM.xlsx... --out THƯ_MỤC [--province TỈNH] [--year NĂM] [--json]
             [--template-to-trinh TỆP.docx]
Mã thoát: 0 thành công (có thể kèm cảnh báo); 2 dữ liệu không hợp lệ; 1 lỗi ngoài dự kiến (--debug để xem chi tiết).`,
  en: `Usage:
  bxtd score FILE.xlsx [--out DIR] [--json] [--lang vi|en] [--minutes
             [--template-nomination FILE.docx] [--template-handover FILE.docx]
             [--template-ballot FILE.docx] [--template-count FILE.docx]]
  bxtd ho-so FILE.xlsx --out DIR [--json] [--lang vi|en] [--template-proposal FILE.docx]
             [--template-report FILE.docx] [--template-annex FILE.docx] [--template-nomination FILE.docx]
  bxtd split FILE.xlsx --out DIR
  bxtd collect MASTER.xlsx RETURNED.xlsx... --out DIR [--overwrite] [--json]
  bxtd placeholders [--lang vi|en]
  bxtd tong-hop SCORED.xlsx... --out DIR [--province NAME] [--year YEAR] [--json]
             [--template-to-trinh FILE.docx]
Exit codes: 0 success (warnings allowed); 2 invalid input; 1 unexpected failure (--debug for details).`,
};

export async function main(argv: string[], io?: Partial<Io>): Promise<number> {
  const lang: Lang = langOf(argv);
  const out = io?.out ?? ((s: string) => process.stdout.write(s + '\n'));
  const err = io?.err ?? ((s: string) => process.stderr.write(s + '\n'));
  const ctx: Io = { out, err, lang };
  const [command, ...rest] = argv;
  // `score --json` and `ho-so --json` answer a refusal with their own document shape (collect and split guard themselves).
  const json = {
    enabled: (command === 'score' || command === 'ho-so') && argv.includes('--json'),
    document: (errors: JsonIssue[]) => (command === 'ho-so' ? dossierJson(errors) : { ...resultJson(null, null, [], lang), errors }),
  };
  return guarded(
    ctx,
    USAGE,
    argv.includes('--debug'),
    async () => {
      switch (command) {
        case 'score':
          return await score(rest, ctx);
        case 'ho-so':
          return await runDossier(rest, ctx);
        case 'split':
          return await runSplit(rest, ctx);
        case 'collect':
          return await runCollect(rest, ctx);
        case 'tong-hop':
          return await runTongHop(rest, ctx);
        case 'placeholders':
          parseArgs(rest, [], ['lang']);
          out(placeholdersText(lang));
          return 0;
        case undefined:
        case 'help':
        case '--help':
        case '-h':
          out(USAGE[lang]);
          return command === undefined ? 2 : 0;
        default:
          err(`${lang === 'vi' ? 'Lệnh không rõ' : 'Unknown command'}: ${command}\n${USAGE[lang]}`);
          return 2;
      }
    },
    json,
  );
}

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

async function score(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['json', 'debug', 'minutes'], ['out', 'lang', ...templateOptions(kindsOf('minutes'))]);
  if (args.positional.length !== 1) throw new UsageError(args.positional.length ? args.positional.slice(1).join(' ') : 'TỆP.xlsx');
  const file = args.positional[0];
  const outDir = String(args.options.get('out') ?? 'out');
  const json = args.options.has('json');

  await checkOutDir(outDir);
  const { package: pkg, sheets } = await located(file, async () => loadXlsx(await readInput(file)));
  const evaluation = evaluate(sheets);
  const { bloc, result, plan } = evaluation;
  const errors = evaluation.issues.filter((i) => i.severity === 'error');
  if (!bloc || !result || !plan || errors.length) {
    for (const e of errors) io.err(issueLine(e, io.lang));
    if (json) io.out(JSON.stringify(resultJson(null, null, evaluation.issues, io.lang), null, 2));
    return 2;
  }
  const target = path.join(outDir, `${path.basename(file).replace(/\.xlsx$/i, '')}.ket-qua.xlsx`);
  const bytes = await writePlan(pkg, plan);
  const written: string[] = [];
  if (args.options.has('minutes')) {
    // The minutes go first: a refused template leaves nothing written.
    const templates = templateFiles(args.options, kindsOf('minutes'));
    written.push(...(await writeMinutes({ bloc, result, outDir, sheets, lang: io.lang, warn: io.err, templates })));
  }
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(target, bytes);
  written.unshift(target);

  if (json) {
    io.out(JSON.stringify(resultJson(bloc, result, evaluation.issues, io.lang), null, 2));
  } else {
    for (const w of evaluation.issues) io.err(issueLine(w, io.lang));
    for (const p of evaluation.placements.filter((x) => x.besideUserSheet)) io.err(besideLine(p.name, p.besideUserSheet!, io.lang));
    io.out(resultText(bloc, result, io.lang));
    io.out('');
    for (const f of written) io.out(`${io.lang === 'vi' ? 'Đã ghi' : 'Written'}: ${f}`);
  }
  return 0;
}

/** Our sheet went beside a user's sheet of the same name, which is left as it is. */
function besideLine(ours: string, user: string, lang: Lang): string {
  return lang === 'vi'
    ? `Sổ đã có trang «${user}» của người dùng: trang này được giữ nguyên, kết quả được ghi vào trang «${ours}».`
    : `The workbook already has the user's own sheet “${user}”: it is left as it is, and the result is written to “${ours}”.`;
}
