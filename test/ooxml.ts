// The offline stand-in for "Excel/Word open it without repair": ../shared/tools/ooxml-check validates every XML
// part of .xlsx/.docx files against the ISO/IEC 29500 schemas (it needs xmllint, Debian's libxml2-utils, which
// .ci/run installs). One call checks many files (the checker costs about half a second per call).
//
//   expectValidOoxml(['out/a.xlsx', 'out/b.docx']);   // fails the test with the checker's lines when one is not valid

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

export function ooxmlCheck(files: readonly string[]): OoxmlReport {
  if (!fs.existsSync(OOXML_CHECK)) throw new Error(`ooxml-check not found at ${OOXML_CHECK}`);
  if (spawnSync('xmllint', ['--version']).error) throw new Error('ooxml-check needs xmllint (Debian package libxml2-utils)');
  const r = spawnSync('python3', [OOXML_CHECK, ...files], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
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
