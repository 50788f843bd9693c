// Which template each minute is filled from, shared by the Minutes panel (first load) and its actions (loaded on
// demand): the one picked now, else the one kept in the workbook, else the default. Types only from the minutes.

import type { MinutesKind } from '../../../minutes/data';
import type { StoredTemplates } from '../../../minutes/stored';

export const KINDS: MinutesKind[] = ['nomination', 'handover'];

export type TemplateOrigin = 'chosen' | 'stored' | 'default';

/** A picked template, checked: its bytes and the placeholders it uses. */
export interface ChosenTemplate {
  name: string;
  bytes: Uint8Array;
  placeholders: string[];
}

export type ChosenTemplates = Partial<Record<MinutesKind, ChosenTemplate>>;

export function originOf(kind: MinutesKind, chosen: ChosenTemplates, stored: StoredTemplates): TemplateOrigin {
  return chosen[kind] ? 'chosen' : stored[kind] ? 'stored' : 'default';
}
