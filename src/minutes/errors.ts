// Refusals about document templates and the documents, as the project's one error type (BxtdError, codes
// `template.*` and `documents.*` of ERROR_CODES): a template too large, not a .docx, unsafe, with broken or unknown
// placeholders; documents that cannot be made yet. Hosts show `text` as it is and switch on `code`.

import { BxtdError, isBxtdError, type ErrorCode } from '../domain/errors';
import type { Text } from '../domain/model';

/** The codes of a template refusal. */
export type TemplateErrorCode = Extract<ErrorCode, `template.${string}`>;

/**
 * For `template.unknownPlaceholder` (the error's `detail`): what is wrong without the list of known placeholders, and
 * that list as data (a host shows the list folded under the sentence instead of parsing `text`).
 */
export interface PlaceholderRefusal {
  head: Text;
  known: string[];
}

export function templateError(code: TemplateErrorCode, text: Text, detail?: PlaceholderRefusal): BxtdError {
  return new BxtdError(code, text, {}, { detail });
}

/** Whether an error is a refused template (any `template.*` code). */
export function isTemplateError(e: unknown): e is BxtdError & { code: TemplateErrorCode } {
  return isBxtdError(e) && e.code.startsWith('template.');
}

/** The placeholders' refusal carried by a `template.unknownPlaceholder` error, if any. */
export function placeholderRefusal(e: BxtdError): PlaceholderRefusal | null {
  const d = e.detail as PlaceholderRefusal | undefined;
  return d && Array.isArray(d.known) && typeof d.head?.vi === 'string' ? d : null;
}

/** A refused template's error named after where the template came from: "Mẫu <where>: …". Other errors pass. */
export function fromTemplate(e: unknown, where: Text | string | null): unknown {
  if (!isTemplateError(e) || where == null) return e;
  const w = typeof where === 'string' ? { vi: where, en: where } : where;
  return new BxtdError(e.code, { vi: `Mẫu ${w.vi}: ${e.text.vi}`, en: `Template ${w.en}: ${e.text.en}` }, e.where, {
    cause: e.cause,
    detail: e.detail,
  });
}
