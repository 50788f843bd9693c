// The offline stand-in for "Excel/Word open it without repair": scripts/ooxml-check.mjs validates every XML part of
// .xlsx/.docx files against the ISO/IEC 29500 schemas vendored in schemas/ooxml, with libxml2 compiled to
// WebAssembly (the devDependency libxml2-wasm). It runs wherever `npm install` ran: no system tool, no folder beside
// the repository. A check that cannot run fails the test (the checker's own error is the failure); it never skips.
// One call checks many files (each call is a Node process that compiles the schemas it needs: about 0.5 s of CPU
// for SpreadsheetML).
//
//   expectValidOoxml(['out/a.xlsx', 'out/b.docx']);   // fails the test with the checker's lines when one is not valid
//
// By hand: `npm run ooxml-check -- out/a.xlsx out/b.docx`.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** The checker, in the repository. */
export const OOXML_CHECK = path.join(__dirname, '..', 'scripts', 'ooxml-check.mjs');

export interface OoxmlReport {
  ok: boolean;
  /** The checker's output: one line per invalid part, then a summary per file. */
  output: string;
}

/**
 * Runs the checker; `args` are files, or `--schema XSD` then plain XML files. Throws when the checker could not run
 * or stopped on its own error (an exit code other than 0, "all valid", and 1, "some invalid", or no closing count).
 */
export function runChecker(args: readonly string[]): OoxmlReport {
  const r = spawnSync(process.execPath, [OOXML_CHECK, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.error) throw r.error;
  const output = `${r.stdout}${r.stderr}`.trim();
  // A run that ended before its closing count (a module missing, a crash) is no verdict, whatever its exit code.
  const finished = /^ooxml-check: \d+\/\d+ files valid$/.test(r.stdout.trimEnd().split('\n').pop() ?? '');
  if ((r.status !== 0 && r.status !== 1) || !finished)
    throw new Error(`ooxml-check could not run (exit ${r.status ?? r.signal}):\n${output}`);
  return { ok: r.status === 0, output };
}

export function ooxmlCheck(files: readonly string[]): OoxmlReport {
  if (!files.length) throw new Error('ooxmlCheck: no file to check');
  return runChecker(files);
}

/** Fails with the checker's lines for the invalid parts when any file is not valid. */
export function expectValidOoxml(files: readonly string[]): void {
  if (!files.length) return;
  const r = ooxmlCheck(files);
  if (!r.ok)
    throw new Error(
      `ooxml-check found invalid parts:\n${r.output
        .split('\n')
        .filter((l) => !/ 0 invalid/.test(l))
        .join('\n')}`,
    );
}

/** Per file, the parts the checker found invalid (an empty set for a valid file). */
export function invalidParts(files: readonly string[]): Map<string, Set<string>> {
  const out = new Map(files.map((f) => [f, new Set<string>()]));
  if (!files.length) return out;
  const r = ooxmlCheck(files);
  for (const line of r.output.split('\n')) {
    for (const f of files) {
      if (!line.startsWith(`${f}: `)) continue;
      const rest = line.slice(f.length + 2);
      const part = /^([^:]+): /.exec(rest)?.[1];
      if (part && !/parts valid/.test(rest)) out.get(f)!.add(part);
    }
  }
  return out;
}

/**
 * For outputs written from inputs that may themselves break the schemas (hostile files): every part invalid in an
 * output was already invalid in its input — what we write never adds an invalid part.
 */
export function expectNoNewInvalidParts(pairs: readonly { input: string; output: string }[]): void {
  if (!pairs.length) return;
  const found = invalidParts(pairs.flatMap((p) => [p.input, p.output]));
  const added: string[] = [];
  for (const { input, output } of pairs) {
    for (const part of found.get(output)!) if (!found.get(input)!.has(part)) added.push(`${output}: ${part} (valid in ${input})`);
  }
  if (added.length)
    throw new Error(`parts made invalid by writing:\n${added.join('\n')}\n${ooxmlCheck(pairs.map((p) => p.output)).output}`);
}
