// Text from a workbook made safe for WordprocessingML before a template is filled. XML 1.0 cannot carry most control
// characters at all, and docxtemplater refuses them ("corrupt characters"), which used to read as a fault of the
// template. A unit name pasted from Word brings a vertical tab (`_x000B_` in the .xlsx, its manual line break); a
// damaged file may bring anything. Line breaks stay line breaks (docxtemplater writes them as <w:br/>), tabs stay
// tabs, the other controls, lone surrogates and the non-characters U+FFFE/U+FFFF go.

import type { MinutesData, MinutesValue } from './data';

// C0 controls but tab and line feed, C1-free (they are legal XML 1.0), lone surrogates, U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One text value: CR LF, CR, vertical tab and form feed become a line feed; other illegal characters are dropped. */
export function safeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|[\u000B\u000C]/g, '\n').replace(ILLEGAL, '');
}

function safeValue(value: MinutesValue): MinutesValue {
  if (typeof value === 'string') return safeText(value);
  if (typeof value === 'boolean') return value;
  return value.map((row) => {
    const out: Record<string, MinutesValue> = {};
    for (const [k, v] of Object.entries(row)) out[k] = safeValue(v as MinutesValue);
    return out as (typeof value)[number];
  });
}

/** Every text in the data, lists and nested lists included, made safe. */
export function safeData(data: MinutesData): MinutesData {
  const out: MinutesData = {};
  for (const [k, v] of Object.entries(data)) out[k] = safeValue(v);
  return out;
}
