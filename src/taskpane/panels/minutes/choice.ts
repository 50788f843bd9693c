// Which template each minute is filled from, shared by the Minutes panel (first load) and its actions (loaded on
// demand): the one picked now, else the one kept in the workbook, else the default. Types only from the minutes.

import type { MinutesKind } from '../../../minutes/data';
import type { DocumentKind } from '../../../minutes/kinds';
import type { StoredTemplates } from '../../../minutes/stored';

/** The meeting's documents, in the registry's order (kindsOf('minutes'), kept equal by a test). */
export const KINDS: MinutesKind[] = ['nomination', 'handover', 'ballot', 'count'];
/** The dossier's own documents, whose templates the Hồ sơ part offers (kindsOf('dossier')). */
export const DOSSIER_KINDS: DocumentKind[] = ['proposal', 'report', 'annex'];

export type TemplateOrigin = 'chosen' | 'stored' | 'default';

/** A picked template, checked: its bytes and the placeholders it uses. */
export interface ChosenTemplate {
  name: string;
  bytes: Uint8Array;
  placeholders: string[];
}

export type ChosenTemplates = Partial<Record<DocumentKind, ChosenTemplate>>;

export function originOf(kind: DocumentKind, chosen: ChosenTemplates, stored: StoredTemplates): TemplateOrigin {
  return chosen[kind] ? 'chosen' : stored[kind] ? 'stored' : 'default';
}
