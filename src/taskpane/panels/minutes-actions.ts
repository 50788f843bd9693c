// The work behind the Minutes tab, without React (tested in node), loaded by the panel on first use: the bloc and its result from the open workbook,
// both minutes filled from the chosen, stored or default template, a picked template checked before it is used,
// and the write plan that keeps templates in the workbook's very hidden `_bxtd_mau` sheet (or removes them).
// docxtemplater, jszip and pizzip are imported only when a minute is filled or a template checked.

import type { Bloc, BlocResult, Issue, Lang, Text } from '../../domain/model';
import type { SheetGrid } from '../../workbook/grid';
import { ownedPlan } from '../../workbook/ownership';
import type { WritePlan } from '../../workbook/plan';
import { buildMinutesData, minutesFileName, minutesGaps, type MinutesKind } from '../../minutes/data';
import { MinutesError } from '../../minutes/errors';
import type { PreviewBlock } from '../../minutes/preview';
import { findStoredSheet, readStoredTemplates, STORED_SHEET, storedTemplatesValues, type StoredTemplates } from '../../minutes/stored';
import { evaluate } from '../../workbook/evaluate';
import { KINDS, originOf, type ChosenTemplate, type ChosenTemplates, type TemplateOrigin } from './minutes-choice';

export { KINDS, originOf, type ChosenTemplate, type ChosenTemplates, type TemplateOrigin };

/** What the minutes are made from: the bloc, its result and the templates kept in the workbook. */
export interface MinutesSource {
  bloc: Bloc;
  result: BlocResult;
  stored: StoredTemplates;
  /** Stored templates that could not be read back (a damaged `_bxtd_mau`), as located messages. */
  storedIssues: string[];
  /** What the minutes leave blank for lack of data in the workbook. */
  gaps: Text[];
}

const located = (i: Issue, lang: Lang) => `${i.cell ? `${i.sheet}!${i.cell}` : i.sheet}: ${i.message[lang]}`;

/** The source read from the open workbook's grids, or the workbook's errors (by cell) that stop the minutes. */
export function minutesSource(sheets: SheetGrid[], lang: Lang): { source: MinutesSource | null; errors: string[] } {
  const evaluation = evaluate(sheets);
  const errors = evaluation.issues.filter((i) => i.severity === 'error').map((i) => located(i, lang));
  const { bloc, result } = evaluation;
  if (!bloc || !result || errors.length) {
    return {
      source: null,
      errors: errors.length ? errors : [lang === 'vi' ? 'Không đọc được bảng chấm điểm.' : 'The score table could not be read.'],
    };
  }
  const { templates, issues } = storedOf(sheets);
  return {
    source: {
      bloc,
      result,
      stored: templates,
      storedIssues: issues.map((i) => located(i, lang)),
      gaps: minutesGaps(bloc, result),
    },
    errors: [],
  };
}

/** The templates kept in the workbook (none when there is no `_bxtd_mau`). */
export function storedOf(sheets: readonly SheetGrid[]): { templates: StoredTemplates; issues: Issue[] } {
  const sheet = findStoredSheet(sheets);
  return sheet ? readStoredTemplates(sheet) : { templates: {}, issues: [] };
}

/** A template file the user picked, read only once its size is known to be within bounds. */
export interface PickedTemplate {
  name: string;
  size: number;
  read: () => Promise<ArrayBuffer>;
}

/** Checks a picked template: size first (without reading), then the .docx and its placeholders. Throws MinutesError. */
export async function loadTemplate(file: PickedTemplate): Promise<ChosenTemplate> {
  const { checkTemplate, MAX_TEMPLATE_BYTES } = await import('../../minutes/fill');
  const mb = (n: number, sep: string) => (n / 1048576).toFixed(1).replace('.', sep);
  if (file.size > MAX_TEMPLATE_BYTES) {
    throw new MinutesError('tooLarge', {
      vi: `Tệp mẫu ${file.name} nặng ${mb(file.size, ',')} MB, vượt giới hạn ${MAX_TEMPLATE_BYTES / 1048576} MB.`,
      en: `Template ${file.name} is ${mb(file.size, '.')} MB, over the ${MAX_TEMPLATE_BYTES / 1048576} MB limit.`,
    });
  }
  const bytes = new Uint8Array(await file.read());
  try {
    const info = await checkTemplate(bytes);
    return { name: file.name, bytes, placeholders: info.placeholders };
  } catch (e) {
    throw e instanceof MinutesError
      ? new MinutesError(e.code, { vi: `Mẫu ${file.name}: ${e.text.vi}`, en: `Template ${file.name}: ${e.text.en}` })
      : e;
  }
}

export interface FilledMinute {
  kind: MinutesKind;
  fileName: string;
  origin: TemplateOrigin;
  templateName: string | null; // the picked file's name, for 'chosen'
  bytes: Uint8Array | null; // null when the template was refused
  preview: PreviewBlock[];
  error: Text | null;
}

/** Fills both minutes; a refused template gives that minute an error and leaves the other one made. */
export async function makeMinutes(source: MinutesSource, chosen: ChosenTemplates): Promise<FilledMinute[]> {
  const [{ fillTemplate }, { buildDefaultTemplate }, { docxPreview }] = await Promise.all([
    import('../../minutes/fill'),
    import('../../minutes/templates'),
    import('../../minutes/preview'),
  ]);
  const data = buildMinutesData(source.bloc, source.result);
  const out: FilledMinute[] = [];
  for (const kind of KINDS) {
    const origin = originOf(kind, chosen, source.stored);
    const template = origin === 'chosen' ? chosen[kind]!.bytes : origin === 'stored' ? source.stored[kind]! : buildDefaultTemplate(kind);
    const base = { kind, fileName: minutesFileName(kind, source.bloc), origin, templateName: chosen[kind]?.name ?? null };
    try {
      const bytes = await fillTemplate(template, data);
      out.push({ ...base, bytes, preview: docxPreview(bytes), error: null });
    } catch (e) {
      if (!(e instanceof MinutesError)) throw e;
      const where = origin === 'chosen' ? chosen[kind]!.name : origin === 'stored' ? `${STORED_SHEET} (${kind})` : null;
      const error = where ? { vi: `Mẫu ${where}: ${e.text.vi}`, en: `Template ${where}: ${e.text.en}` } : e.text;
      out.push({ ...base, bytes: null, preview: [], error });
    }
  }
  return out;
}

/** A default template as a file to start from (`bien-ban-binh-xet-suy-ton.docx`, ...). */
export async function defaultTemplate(kind: MinutesKind): Promise<{ name: string; bytes: Uint8Array }> {
  const { buildDefaultTemplate, TEMPLATE_FILES } = await import('../../minutes/templates');
  return { name: TEMPLATE_FILES[kind], bytes: buildDefaultTemplate(kind) };
}

/**
 * The plan that keeps these templates in the workbook: `_bxtd_mau` (ours, see ownership.ts) rewritten very hidden with
 * `next`, or removed when nothing is left to keep. Throws MinutesError for a template over the stored limit.
 */
export function storedTemplatesPlan(sheets: SheetGrid[], next: StoredTemplates): WritePlan {
  const values = storedTemplatesValues(next);
  if (!values) return ownedPlan(sheets, { remove: ['templates'] }).plan;
  const sheet = { values, formats: [], columnWidths: [], merges: [], chart: null, freezeRows: 0, visibility: 'veryHidden' as const };
  return ownedPlan(sheets, { owned: [{ ...sheet, role: 'templates' }] }).plan;
}

/** The stored set once the chosen templates are added to it. */
export function withChosen(stored: StoredTemplates, chosen: ChosenTemplates): StoredTemplates {
  const next: StoredTemplates = { ...stored };
  for (const kind of KINDS) if (chosen[kind]) next[kind] = chosen[kind]!.bytes;
  return next;
}

/** The stored set without these kinds. */
export function without(stored: StoredTemplates, kinds: MinutesKind[]): StoredTemplates {
  const next: StoredTemplates = { ...stored };
  for (const kind of kinds) delete next[kind];
  return next;
}
