// A refused template as the pane says it (a BxtdError of code `pane.template`): one sentence worded from the
// template's `template.*` code and data (never a library's message), and the known placeholders as its detail when
// they help. Apart from actions.ts so that the panel's first load does not bring in the minutes' machinery.

import { BxtdError, isBxtdError } from '../../../domain/errors';
import type { Text } from '../../../domain/model';
import { placeholderRefusal } from '../../../minutes/errors';
import { UI } from '../../i18n';

/** A template refused, as the pane says it: one sentence, and the known placeholders when they help. */
export type TemplateRefusal = BxtdError & { code: 'pane.template' };

export function templateRefusal(text: Text, known: string[] | null): TemplateRefusal {
  return new BxtdError('pane.template', text, {}, { detail: { known } }) as TemplateRefusal;
}

export function isTemplateRefusal(e: unknown): e is TemplateRefusal {
  return isBxtdError(e) && e.code === 'pane.template';
}

/** The known placeholders a refusal lists (folded under its sentence), or null. */
export function knownPlaceholders(e: TemplateRefusal): string[] | null {
  const known = (e.detail as { known?: unknown } | undefined)?.known;
  return Array.isArray(known) ? (known as string[]) : null;
}

/** The refusal of the template `name` (a file name, or "the kept template") for a refused template's error. */
export function refusal(name: string, e: BxtdError): TemplateRefusal {
  switch (e.code) {
    case 'template.notDocx':
    case 'template.unsafe':
      return templateRefusal(UI.minutes.notDocx(name), null);
    case 'template.unknownPlaceholder': {
      const p = placeholderRefusal(e);
      return templateRefusal(UI.minutes.template(name, p?.head ?? e.text), p?.known ?? null);
    }
    default:
      return templateRefusal(UI.minutes.template(name, e.text), null);
  }
}

/**
 * A refusal that already names its template ("Mẫu Báo cáo thành tích lưu trong sổ: …", from the dossier), without
 * the list of known placeholders inside the sentence (and its pointers for developers): the list is its detail.
 */
export function namedRefusal(e: BxtdError): TemplateRefusal {
  const p = placeholderRefusal(e);
  if (!p) return templateRefusal(e.text, null);
  const cut = (full: string, part: string) => (full.includes(part) ? full.slice(0, full.indexOf(part) + part.length) : part);
  return templateRefusal({ vi: cut(e.text.vi, p.head.vi), en: cut(e.text.en, p.head.en) }, p.known);
}
