// Errors about minute templates and their data, carried as a bilingual Text so hosts can show them as they are.

import type { Text } from '../domain/model';

export type MinutesErrorCode =
  | 'tooLarge' // over MAX_TEMPLATE_BYTES
  | 'notDocx' // not a zip, or a zip without word/document.xml
  | 'unsafeZip' // a zip that inflates beyond its declared sizes or the overall bound
  | 'brokenTags' // docxtemplater could not parse the tags
  | 'unknownPlaceholder' // a tag outside the vocabulary, or used in the wrong place
  | 'noPlaceholder' // a .docx without a single placeholder: most likely the wrong file
  | 'storedTemplate' // a template kept in the workbook could not be read back
  | 'io'; // reading or writing a file failed (CLI)

/** For 'unknownPlaceholder': what is wrong without the list of known placeholders, and that list as data (a host
 *  shows the list folded under the sentence instead of parsing `text`). */
export interface PlaceholderRefusal {
  head: Text;
  known: string[];
}

export class MinutesError extends Error {
  readonly code: MinutesErrorCode;
  readonly text: Text;
  readonly placeholders?: PlaceholderRefusal;

  constructor(code: MinutesErrorCode, text: Text, placeholders?: PlaceholderRefusal) {
    super(text.en);
    this.name = 'MinutesError';
    this.code = code;
    this.text = text;
    if (placeholders) this.placeholders = placeholders;
  }
}

export function isMinutesError(e: unknown): e is MinutesError {
  return e instanceof MinutesError;
}
