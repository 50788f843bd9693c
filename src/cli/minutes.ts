// `bxtd score --minutes` and `bxtd placeholders`: the meeting's documents (nomination and handover minutes, ballot
// paper, vote-count minute) written next to the scored workbook, each from a template file given on the command
// line, else the template kept in the workbook, else the default. Shared with `bxtd ho-so` (dossier.ts).

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatSize } from '../domain/format';
import type { Bloc, BlocResult, Issue, Lang } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import { makeMinutesDocuments, type MadeDocument, type OwnTemplates } from '../minutes/documents';
import { BxtdError } from '../domain/errors';
import { templateError } from '../minutes/errors';
import { MAX_TEMPLATE_BYTES } from '../minutes/fill';
import { BLOC_KINDS, DOCUMENT_KINDS, DOCUMENTS, kindsUsing, type DocumentKind } from '../minutes/kinds';
import { findStoredSheet, readStoredTemplates, STORED_SHEET } from '../minutes/stored';
import { placeholdersText as vocabularyText } from '../minutes/vocabulary';

/** `--template-<option>` of every kind, for the argument parser. */
export function templateOptions(kinds: readonly DocumentKind[]): string[] {
  return kinds.map((k) => `template-${DOCUMENTS[k].option}`);
}

/** The template files named on the command line, by kind. */
export function templateFiles(options: Map<string, string | true>, kinds: readonly DocumentKind[]): Partial<Record<DocumentKind, string>> {
  const out: Partial<Record<DocumentKind, string>> = {};
  for (const k of kinds) {
    const v = options.get(`template-${DOCUMENTS[k].option}`);
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export interface WriteMinutesOptions {
  bloc: Bloc;
  result: BlocResult;
  outDir: string;
  /** Template files by kind (.docx paths); a kind without one uses the workbook's stored template, else the default. */
  templates?: Partial<Record<DocumentKind, string>>;
  nominationTemplate?: string; // same as templates.nomination
  handoverTemplate?: string; // same as templates.handover
  lang: Lang;
  /** The workbook's sheets: templates kept in `_bxtd_mau` are used when no file is given. */
  sheets?: readonly SheetGrid[];
  /** Where warnings go (a stored template that cannot be read); stderr by default. */
  warn?: (line: string) => void;
  /** The reader's issues: the minute's notes list those about a printed figure. */
  issues?: readonly Issue[];
}

export async function readTemplate(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) {
    throw new BxtdError('file.notFound', { vi: `Không tìm thấy tệp mẫu: ${file}`, en: `Template file not found: ${file}` }, { file });
  }
  if (stat.size > MAX_TEMPLATE_BYTES) {
    throw templateError('template.tooLarge', {
      vi: `Tệp mẫu ${file} nặng ${formatSize(stat.size, 'vi')}, vượt giới hạn ${formatSize(MAX_TEMPLATE_BYTES, 'vi')}.`,
      en: `Template ${file} is ${formatSize(stat.size, 'en')}, over the ${formatSize(MAX_TEMPLATE_BYTES, 'en')} limit.`,
    });
  }
  return new Uint8Array(await fs.readFile(file));
}

/** The bloc's own templates: files first, then those kept in the workbook (a damaged one is a warning). */
export async function ownTemplates(
  files: Partial<Record<DocumentKind, string>>,
  sheets: readonly SheetGrid[] | undefined,
  lang: Lang,
  warn: (line: string) => void,
): Promise<OwnTemplates> {
  const stored = sheets ? findStoredSheet(sheets) : null;
  const kept = stored ? readStoredTemplates(stored) : { templates: {}, issues: [] };
  for (const issue of kept.issues) warn(`${issue.sheet}!${issue.cell}: ${issue.message[lang]}`);
  const own: OwnTemplates = {};
  for (const kind of DOCUMENT_KINDS) {
    const file = files[kind];
    const bytes = kept.templates[kind];
    if (file) own[kind] = { bytes: await readTemplate(file), where: file };
    else if (bytes) own[kind] = { bytes, where: `${stored?.name ?? STORED_SHEET} (${DOCUMENTS[kind].stored})` };
  }
  return own;
}

/** Write made documents into outDir; returns the paths written. */
export async function writeDocuments(outDir: string, docs: { fileName: string; bytes: Uint8Array }[]): Promise<string[]> {
  await fs.mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const d of docs) {
    const target = path.join(outDir, d.fileName);
    try {
      await fs.writeFile(target, d.bytes);
    } catch (e) {
      throw new BxtdError(
        'file.write',
        { vi: `Không ghi được ${target}: ${(e as Error).message}`, en: `Cannot write ${target}: ${(e as Error).message}` },
        { file: target },
      );
    }
    written.push(target);
  }
  return written;
}

/** Fill the meeting's documents (those it has) and write them into outDir; returns the paths written. Throws BxtdError. */
export async function writeMinutes(opts: WriteMinutesOptions): Promise<string[]> {
  const warn = opts.warn ?? ((s: string) => process.stderr.write(s + '\n'));
  const files = { ...opts.templates };
  if (opts.nominationTemplate) files.nomination = opts.nominationTemplate;
  if (opts.handoverTemplate) files.handover = opts.handoverTemplate;
  const own = await ownTemplates(files, opts.sheets, opts.lang, warn);
  // Every template is checked and every document made before anything is written: a refusal leaves nothing behind.
  const docs: MadeDocument[] = await makeMinutesDocuments(opts.bloc, opts.result, own, opts.issues);
  return writeDocuments(opts.outDir, docs);
}

/** What `bxtd placeholders` prints: each group with the documents whose templates may use it. */
export function placeholdersText(lang: Lang): string {
  return vocabularyText(lang, (group) => {
    const kinds = kindsUsing(group);
    return kinds.length === BLOC_KINDS.length && BLOC_KINDS.every((k) => kinds.includes(k))
      ? [lang === 'vi' ? 'mọi văn bản của Khối' : 'every document of a bloc']
      : kinds.map((k) => DOCUMENTS[k].title[lang]);
  });
}
