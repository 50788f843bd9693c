// Which template each document is filled from, shared by the Minutes panel (first load) and its actions (loaded on
// demand): the one picked now, else the one kept in the workbook, else the default. The kinds and their titles come
// from the registry (src/minutes/kinds.ts): the pane lists none of its own.

import type { Text } from '../../../domain/model';
import type { MinutesKind } from '../../../minutes/data';
import { DOCUMENTS, kindsOf, type DocumentKind } from '../../../minutes/kinds';
import type { StoredTemplates } from '../../../minutes/stored';

/** The meeting's documents (Biên bản tab), in the registry's order. */
export const KINDS = kindsOf('minutes') as MinutesKind[];
/** The dossier's own documents, whose templates the Hồ sơ part offers (kinds.ts's DOSSIER_KINDS adds the meeting's minutes the dossier includes). */
export const DOSSIER_OWN_KINDS: DocumentKind[] = kindsOf('dossier');
/** Every kind whose template the tab manages. */
export const TEMPLATE_KINDS: DocumentKind[] = [...KINDS, ...DOSSIER_OWN_KINDS];

/** A document's title ("Biên bản họp bình xét, suy tôn"), as the registry gives it. */
export function titleOf(kind: DocumentKind): Text {
  return DOCUMENTS[kind].title;
}

/** True for a document made once per proposed unit (the achievement report). */
export function perUnit(kind: DocumentKind): boolean {
  return DOCUMENTS[kind].perUnit;
}

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
