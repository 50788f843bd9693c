// `bxtd score --minutes` and `bxtd placeholders`: the two minutes written next to the scored workbook, from the
// default templates, the templates kept in the workbook, or template files given on the command line.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Bloc, BlocResult, Lang } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import { buildMinutesData, minutesFileName, type MinutesKind } from '../minutes/data';
import { MinutesError } from '../minutes/errors';
import { fillTemplate, MAX_TEMPLATE_BYTES } from '../minutes/fill';
import { findStoredSheet, readStoredTemplates } from '../minutes/stored';
import { buildDefaultTemplate } from '../minutes/templates';
import { placeholdersText as vocabularyText } from '../minutes/vocabulary';

export interface WriteMinutesOptions {
  bloc: Bloc;
  result: BlocResult;
  outDir: string;
  nominationTemplate?: string; // a .docx path; else the workbook's stored template; else the default
  handoverTemplate?: string;
  lang: Lang;
  /** The workbook's sheets: templates kept in `_bxtd_mau` are used when no file is given. */
  sheets?: readonly SheetGrid[];
  /** Where warnings go (a stored template that cannot be read); stderr by default. */
  warn?: (line: string) => void;
}

async function readTemplate(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) {
    throw new MinutesError('io', { vi: `Không tìm thấy tệp mẫu: ${file}`, en: `Template file not found: ${file}` });
  }
  if (stat.size > MAX_TEMPLATE_BYTES) {
    throw new MinutesError('tooLarge', {
      vi: `Tệp mẫu ${file} nặng ${(stat.size / 1048576).toFixed(1).replace('.', ',')} MB, vượt giới hạn 10 MB.`,
      en: `Template ${file} is ${(stat.size / 1048576).toFixed(1)} MB, over the 10 MB limit.`,
    });
  }
  return new Uint8Array(await fs.readFile(file));
}

/** Fill both minutes and write them into outDir; returns the paths written. Throws MinutesError. */
export async function writeMinutes(opts: WriteMinutesOptions): Promise<string[]> {
  const warn = opts.warn ?? ((s: string) => process.stderr.write(s + '\n'));
  const stored = opts.sheets ? findStoredSheet(opts.sheets) : null;
  const kept = stored ? readStoredTemplates(stored) : { templates: {}, issues: [] };
  for (const issue of kept.issues) warn(`${issue.sheet}!${issue.cell}: ${issue.message[opts.lang]}`);

  const data = buildMinutesData(opts.bloc, opts.result);
  const files: Record<MinutesKind, string | undefined> = {
    nomination: opts.nominationTemplate,
    handover: opts.handoverTemplate,
  };
  const filled: [string, Uint8Array][] = [];
  for (const kind of ['nomination', 'handover'] as const) {
    const file = files[kind];
    const template = file ? await readTemplate(file) : (kept.templates[kind] ?? buildDefaultTemplate(kind));
    try {
      filled.push([minutesFileName(kind, opts.bloc), await fillTemplate(template, data)]);
    } catch (e) {
      if (!(e instanceof MinutesError)) throw e;
      const where = file ?? (kept.templates[kind] ? `${stored?.name ?? '_bxtd_mau'} (${kind})` : null);
      throw where ? new MinutesError(e.code, { vi: `Mẫu ${where}: ${e.text.vi}`, en: `Template ${where}: ${e.text.en}` }) : e;
    }
  }
  // Every template is checked before anything is written: a refused template leaves no half-written pair.
  await fs.mkdir(opts.outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of filled) {
    const target = path.join(opts.outDir, name);
    try {
      await fs.writeFile(target, bytes);
    } catch (e) {
      throw new MinutesError('io', {
        vi: `Không ghi được ${target}: ${(e as Error).message}`,
        en: `Cannot write ${target}: ${(e as Error).message}`,
      });
    }
    written.push(target);
  }
  return written;
}

/** What `bxtd placeholders` prints. */
export function placeholdersText(lang: Lang): string {
  return vocabularyText(lang);
}
