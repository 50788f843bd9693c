// `bxtd score SỔ.xlsx`: score, rank and propose; write `<name>.ket-qua.xlsx` (the input with our sheets added) and,
// with --minutes, the meeting's documents, as one set of files. The input is never written.

import type { Lang } from '../domain/model';
import { kindsWrittenBy } from '../minutes/kinds';
import { evaluate } from '../workbook/evaluate';
import { loadXlsx } from '../xlsx/read';
import { writePlan } from '../xlsx/write';
import { usageError } from './args';
import { templateOption, type CommandArgs } from './commands';
import { writeFiles, type OutputFile } from './files';
import { readWorkbookFile } from './input';
import { issueLine, jsonText, located, refuseIssues, type Io } from './io';
import { resultName } from './names';
import { resultJson, resultText } from './report';

export const emptyJson = (): object => resultJson(null, null, [], 'vi');

export async function run(args: CommandArgs, io: Io): Promise<number> {
  const file = args.positional[0];
  const minutes = args.options.has('minutes');
  const templates = kindsWrittenBy('minutes').filter((k) => args.options.has(templateOption(k)));
  if (templates.length && !minutes) {
    const option = `--${templateOption(templates[0])}`;
    throw usageError({ vi: `${option} chỉ dùng cùng --minutes.`, en: `${option} is used with --minutes only.` });
  }

  const { package: pkg, sheets } = await located(file, async () => loadXlsx(await readWorkbookFile(file)));
  const evaluation = evaluate(sheets);
  const { bloc, result, plan } = evaluation;
  if (!bloc || !result || !plan || evaluation.issues.some((i) => i.severity === 'error')) refuseIssues(evaluation.issues, file);

  const outputs: OutputFile[] = [{ name: resultName(file), bytes: await writePlan(pkg, plan) }];
  const inputs = [file];
  if (minutes) {
    // Every template checked and every document made before anything is written: a refusal leaves nothing.
    const { meetingDocuments, templateFiles } = await import('./minutes');
    const files = templateFiles(args.options, kindsWrittenBy('minutes'));
    inputs.push(...Object.values(files));
    outputs.push(...(await meetingDocuments({ bloc, result, sheets, lang: io.lang, warn: io.err, templates: files })));
  }
  const written = await writeFiles(args.out!, outputs, { inputs, fs: io.fs });

  if (args.json) {
    io.out(jsonText(resultJson(bloc, result, evaluation.issues, io.lang)));
    return 0;
  }
  for (const w of evaluation.issues) io.err(issueLine(w, io.lang));
  for (const p of evaluation.placements.filter((x) => x.besideUserSheet)) io.err(besideLine(p.name, p.besideUserSheet!, io.lang));
  io.out(resultText(bloc, result, io.lang));
  io.out('');
  for (const f of written) io.out(`${io.lang === 'vi' ? 'Đã ghi' : 'Written'}: ${f}`);
  return 0;
}

/** Our sheet went beside a user's sheet of the same name, which is left as it is. */
function besideLine(ours: string, user: string, lang: Lang): string {
  return lang === 'vi'
    ? `Sổ đã có trang «${user}» của người dùng: trang này được giữ nguyên, kết quả được ghi vào trang «${ours}».`
    : `The workbook already has the user's own sheet “${user}”: it is left as it is, and the result is written to “${ours}”.`;
}
