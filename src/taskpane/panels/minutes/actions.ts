// The work behind the Biên bản tab, without React (tested in node), loaded by the panel on first use: the bloc and its
// result from the open workbook, both minutes filled from the chosen, kept or default template, a picked template
// checked before it is used, and the write plan that keeps templates hidden in the workbook (or removes them).
// docxtemplater, jszip and pizzip are imported only when a minute is filled or a template checked. Refusals of a
// template are worded in refusal.ts.

import type { BxtdError } from '../../../domain/errors';
import type { Bloc, BlocResult, Issue, Text } from '../../../domain/model';
import { evaluate } from '../../../workbook/evaluate';
import type { SheetGrid } from '../../../workbook/grid';
import { ownedPlan } from '../../../workbook/ownership';
import type { WritePlan } from '../../../workbook/plan';
import { buildMinutesData, minutesFileName, minutesGaps, type MinutesKind } from '../../../minutes/data';
import { isTemplateError } from '../../../minutes/errors';
import { refusal, templateRefusal } from './refusal';
import { blocSheetsIn } from '../../../workbook/new-bloc';
import { isBlank } from '../../evaluation';
import type { PreviewBlock } from '../../../minutes/preview';
import { findStoredSheet, readStoredTemplates, storedTemplatesValues, type StoredTemplates } from '../../../minutes/stored';
import { meetingKinds, type DocumentKind } from '../../../minutes/kinds';
import { shapeOf } from '../../../minutes/layout';
import { UI } from '../../i18n';
import { KINDS, originOf, type ChosenTemplate, type ChosenTemplates, type TemplateOrigin } from './choice';

export { KINDS, originOf, type ChosenTemplate, type ChosenTemplates, type TemplateOrigin };
export { isTemplateRefusal, knownPlaceholders, type TemplateRefusal } from './refusal';

/** What the minutes are made from: the bloc, its result and the templates kept in the workbook. */
export interface MinutesSource {
  bloc: Bloc;
  result: BlocResult;
  stored: StoredTemplates;
  /** True when a kept template could not be read back (the minute falls back to the default). */
  storedDamaged: boolean;
  /** What the minutes leave blank for lack of data in the workbook. */
  gaps: Text[];
  /** The reader's warnings (the minute's notes list those about a printed figure). */
  warnings: Issue[];
  /** The workbook has a `Phiếu bầu` sheet (to write the vote in, while one is pending). */
  hasBallotSheet: boolean;
}

/**
 * The source read from the open workbook's grids, or the workbook's errors (by cell) that stop the minutes; `blank`
 * when the workbook has none of the bloc's sheets (the tab then points to Lập sổ, not to cells that do not exist).
 */
export function minutesSource(sheets: SheetGrid[]): { source: MinutesSource | null; issues: Issue[]; blank: boolean } {
  if (isBlank(sheets)) return { source: null, issues: [], blank: true };
  const { bloc, result, issues: all } = evaluate(sheets);
  const issues = all.filter((i) => i.severity === 'error');
  if (!bloc || !result || issues.length) return { source: null, issues, blank: false };
  const stored = storedOf(sheets);
  return {
    source: {
      bloc,
      result,
      stored: stored.templates,
      storedDamaged: stored.issues.length > 0,
      gaps: minutesGaps(bloc, result),
      warnings: all.filter((i) => i.severity === 'warning'),
      hasBallotSheet: blocSheetsIn(sheets.map((s) => s.name)).ballot !== undefined,
    },
    issues: [],
    blank: false,
  };
}

/** The templates kept in the workbook (none when there are none). */
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

/**
 * Checks a picked template of a kind: size first (without reading), then the .docx and the placeholders of that kind.
 * Throws TemplateRefusal.
 */
export async function loadTemplate(file: PickedTemplate, kind: DocumentKind = 'nomination'): Promise<ChosenTemplate> {
  const { checkTemplate, MAX_TEMPLATE_BYTES } = await import('../../../minutes/fill');
  if (file.size > MAX_TEMPLATE_BYTES) {
    throw templateRefusal(UI.minutes.tooLarge(file.name, file.size, MAX_TEMPLATE_BYTES), null);
  }
  const bytes = new Uint8Array(await file.read());
  try {
    const info = await checkTemplate(bytes, kind);
    return { name: file.name, bytes, placeholders: info.placeholders };
  } catch (e) {
    throw isTemplateError(e) ? refusal(file.name, e) : e;
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

/** Fills the meeting's documents; a refused template gives that document an error and leaves the others made. */
export async function makeMinutes(source: MinutesSource, chosen: ChosenTemplates): Promise<FilledMinute[]> {
  const [{ fillDocument }, { buildDefaultTemplate }, { docxPreview }] = await Promise.all([
    import('../../../minutes/fill'),
    import('../../../minutes/templates'),
    import('../../../minutes/preview'),
  ]);
  const data = buildMinutesData(source.bloc, source.result, source.warnings);
  const out: FilledMinute[] = [];
  for (const kind of meetingKinds(source.result)) {
    const origin = originOf(kind, chosen, source.stored);
    const template =
      origin === 'chosen'
        ? chosen[kind]!.bytes
        : origin === 'stored'
          ? source.stored[kind]!
          : buildDefaultTemplate(kind, shapeOf(source.bloc, source.result));
    const base = { kind, fileName: minutesFileName(kind, source.bloc), origin, templateName: chosen[kind]?.name ?? null };
    try {
      const bytes = await fillDocument(kind, template, data);
      out.push({ ...base, bytes, preview: docxPreview(bytes), error: null });
    } catch (e) {
      if (!isTemplateError(e)) throw e;
      const error = origin === 'chosen' ? refusal(chosen[kind]!.name, e).text : origin === 'stored' ? keptWording(e) : e.text;
      out.push({ ...base, bytes: null, preview: [], error });
    }
  }
  return out;
}

/** A kept template's refusal, with "the kept template" in each language. */
function keptWording(e: BxtdError): Text {
  const vi = refusal(UI.minutes.keptTemplate.vi, e).text.vi;
  const en = refusal(UI.minutes.keptTemplate.en, e).text.en;
  return { vi, en };
}

/** A default template as a file to start from (`bien-ban-binh-xet-suy-ton.docx`, ...); the score annex for this bloc's groups. */
export async function defaultTemplate(kind: DocumentKind, bloc?: Bloc): Promise<{ name: string; bytes: Uint8Array }> {
  const [{ buildDefaultTemplate, TEMPLATE_FILES }, { shapeOf }] = await Promise.all([
    import('../../../minutes/templates'),
    import('../../../minutes/documents'),
  ]);
  return { name: TEMPLATE_FILES[kind], bytes: bloc ? buildDefaultTemplate(kind, shapeOf(bloc)) : buildDefaultTemplate(kind) };
}

/**
 * The plan that keeps these templates in the workbook: our very hidden templates sheet (see ownership.ts) rewritten
 * with `next`, or removed when nothing is left to keep. Throws `template.tooLarge` for a template over the stored limit.
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
  for (const [kind, template] of Object.entries(chosen) as [DocumentKind, ChosenTemplate | undefined][])
    if (template) next[kind] = template.bytes;
  return next;
}

/** The stored set without these kinds. */
export function without(stored: StoredTemplates, kinds: readonly DocumentKind[]): StoredTemplates {
  const next: StoredTemplates = { ...stored };
  for (const kind of kinds) delete next[kind];
  return next;
}
