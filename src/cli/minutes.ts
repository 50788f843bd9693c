// The documents of `bxtd score --minutes` and `bxtd ho-so`: each made from a template file given on the command
// line, else the template kept in the workbook, else the default. Kinds, titles and options come from the registry
// (src/minutes/kinds.ts); this module lists none.

import { promises as fs } from 'node:fs';
import { BxtdError } from '../domain/errors';
import { formatSize } from '../domain/format';
import type { Bloc, BlocResult, Lang } from '../domain/model';
import type { SheetGrid } from '../workbook/grid';
import { makeMinutesDocuments, type OwnTemplates } from '../minutes/documents';
import { MAX_TEMPLATE_BYTES } from '../minutes/fill';
import { DOCUMENT_KINDS, DOCUMENTS, type DocumentKind } from '../minutes/kinds';
import { findStoredSheet, readStoredTemplates, STORED_SHEET } from '../minutes/stored';
import { templateOption } from './commands';
import { writeFiles, type OutputFile, type WriteFs } from './files';
import { readInput } from './input';

export { placeholdersText } from './placeholders';

/** The template files named on the command line, by kind. */
export function templateFiles(options: Map<string, string | true>, kinds: readonly DocumentKind[]): Partial<Record<DocumentKind, string>> {
  const out: Partial<Record<DocumentKind, string>> = {};
  for (const k of kinds) {
    const v = options.get(templateOption(k));
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** A template file's bytes: missing, a folder or above the templates' limit is refused naming the file. */
export async function readTemplate(file: string): Promise<Uint8Array> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat)
    throw new BxtdError('file.notFound', { vi: `Không tìm thấy tệp mẫu: ${file}`, en: `Template file not found: ${file}` }, { file });
  return readInput(file, MAX_TEMPLATE_BYTES, (size) => ({
    vi: `Tệp mẫu ${file} nặng ${formatSize(size, 'vi')}, vượt giới hạn ${formatSize(MAX_TEMPLATE_BYTES, 'vi')}.`,
    en: `Template ${file} is ${formatSize(size, 'en')}, over the ${formatSize(MAX_TEMPLATE_BYTES, 'en')} limit.`,
  })).catch((e: BxtdError) => {
    throw e.code === 'file.tooLarge' ? new BxtdError('template.tooLarge', e.text, e.where) : e;
  });
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

export interface MeetingDocumentsOptions {
  bloc: Bloc;
  result: BlocResult;
  lang: Lang;
  /** Template files by kind (.docx paths); a kind without one uses the workbook's stored template, else the default. */
  templates?: Partial<Record<DocumentKind, string>>;
  /** The workbook's sheets: templates kept in `_bxtd_mau` are used when no file is given. */
  sheets?: readonly SheetGrid[];
  /** Where warnings go (a stored template that cannot be read); stderr by default. */
  warn?: (line: string) => void;
}

/** The meeting's documents, made (every template checked) but not written. */
export async function meetingDocuments(opts: MeetingDocumentsOptions): Promise<OutputFile[]> {
  const warn = opts.warn ?? ((s: string) => process.stderr.write(s + '\n'));
  const own = await ownTemplates(opts.templates ?? {}, opts.sheets, opts.lang, warn);
  const docs = await makeMinutesDocuments(opts.bloc, opts.result, own);
  return docs.map((d) => ({ name: d.fileName, bytes: d.bytes }));
}

export interface WriteMinutesOptions extends MeetingDocumentsOptions {
  outDir: string;
  nominationTemplate?: string; // same as templates.nomination
  handoverTemplate?: string; // same as templates.handover
  fs?: WriteFs;
}

/** The meeting's documents written into outDir as one set; returns the paths written. */
export async function writeMinutes(opts: WriteMinutesOptions): Promise<string[]> {
  const templates = { ...opts.templates };
  if (opts.nominationTemplate) templates.nomination = opts.nominationTemplate;
  if (opts.handoverTemplate) templates.handover = opts.handoverTemplate;
  const docs = await meetingDocuments({ ...opts, templates });
  return writeFiles(opts.outDir, docs, { inputs: Object.values(templates), fs: opts.fs });
}
