// The offline stand-in for "Excel/Word open it without repair": ../shared/tools/ooxml-check validates every XML
// part of .xlsx/.docx files against the ISO/IEC 29500 schemas (it needs xmllint, Debian's libxml2-utils, which
// .ci/run installs). One call checks many files (the checker costs about half a second per call).
//
//   expectValidOoxml(['out/a.xlsx', 'out/b.docx']);   // fails the test with the checker's lines when one is not valid
//
// The checker lives beside the repository in this workplace and in CI, which sets BXTD_REQUIRE_OOXML=1: there a
// missing checker fails the test. On another machine (a fresh clone, `npm test`) the unit suite's checks are skipped
// with a note, so that the README's quick start holds.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The checker beside the project (shared/ is a sibling of the repository, in development and in CI). */
export const OOXML_CHECK = path.join(__dirname, '..', '..', 'shared', 'tools', 'ooxml-check');

export interface OoxmlReport {
  ok: boolean;
  /** The checker's output: one line per invalid part, then a summary per file. */
  output: string;
}

/** Whether the checker, xmllint and python3 are on this machine. */
export function ooxmlCheckAvailable(): boolean {
  return fs.existsSync(OOXML_CHECK) && !spawnSync('xmllint', ['--version']).error && !spawnSync('python3', ['--version']).error;
}

let warned = false;
/** True where the checks run: the checker is here, or CI requires it (then a missing one fails). */
function checking(): boolean {
  if (ooxmlCheckAvailable() || process.env.BXTD_REQUIRE_OOXML) return true;
  if (!warned) console.warn(`ooxml-check is not available (${OOXML_CHECK}, xmllint, python3): the schema checks are skipped here.`);
  warned = true;
  return false;
}

/** `test`, or `test.skip` where the checker is missing outside CI. */
export const withOoxmlCheck = (): jest.It => (checking() ? test : test.skip);

export function ooxmlCheck(files: readonly string[]): OoxmlReport {
  if (!fs.existsSync(OOXML_CHECK)) throw new Error(`ooxml-check not found at ${OOXML_CHECK}`);
  if (spawnSync('xmllint', ['--version']).error) throw new Error('ooxml-check needs xmllint (Debian package libxml2-utils)');
  const r = spawnSync('python3', [OOXML_CHECK, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Fails with the checker's lines for the invalid parts when any file is not valid. */
export function expectValidOoxml(files: readonly string[]): void {
  if (!files.length || !checking()) return;
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
  if (!pairs.length || !checking()) return;
  const found = invalidParts(pairs.flatMap((p) => [p.input, p.output]));
  const added: string[] = [];
  for (const { input, output } of pairs) {
    for (const part of found.get(output)!) if (!found.get(input)!.has(part)) added.push(`${output}: ${part} (valid in ${input})`);
  }
  if (added.length)
    throw new Error(`parts made invalid by writing:\n${added.join('\n')}\n${ooxmlCheck(pairs.map((p) => p.output)).output}`);
}
