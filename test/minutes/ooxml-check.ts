// The shared OOXML schema check (../shared/tools/ooxml-check, needs xmllint) on written documents.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const OOXML_CHECK = path.resolve(__dirname, '..', '..', '..', 'shared', 'tools', 'ooxml-check');

/** Whether the tool and xmllint are here (the docs suite requires them; the unit suite runs them when present). */
export function ooxmlCheckAvailable(): boolean {
  if (!fs.existsSync(OOXML_CHECK)) return false;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Validates the files; returns the tool's report. Throws with that report when a file is invalid. */
export function ooxmlCheck(files: string[]): string {
  try {
    return execFileSync(OOXML_CHECK, files, { encoding: 'utf8', stdio: 'pipe', timeout: 120000 });
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string };
    throw new Error(`ooxml-check failed:\n${x.stdout ?? ''}${x.stderr ?? ''}`);
  }
}
