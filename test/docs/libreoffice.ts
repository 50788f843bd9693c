// LibreOffice for the document tests: soffice headless with a private profile (so runs never share or lock one).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Runs soffice with these arguments (e.g. `--convert-to pdf --outdir DIR FILE...`). */
export function soffice(args: string[], timeout = 300000): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { stdio: 'pipe', timeout });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts the files to PDF into `dir`, in one run. */
export function toPdf(files: string[], dir: string): void {
  soffice(['--convert-to', 'pdf', '--outdir', dir, ...files]);
}
