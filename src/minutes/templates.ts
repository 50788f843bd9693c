// The default templates as .docx bytes, laid out per Decree 30/2020/NĐ-CP (layout.ts, bodies/). scripts/make-templates.ts
// writes them to assets/templates/; the CLI and the task pane build the same bytes in memory. The score annex has a
// column per criteria group: built for a bloc, it has that bloc's groups (the assets' copy has three); a sơ kết's
// minute has no vote or proposal column.

import PizZip from 'pizzip';
import { annexBody, proposalBody, reportBody } from './bodies/dossier';
import { ballotBody, countBody, handoverBody, nominationBody } from './bodies/meeting';
import { provinceBody } from './bodies/province';
import { assertNever, DOCUMENTS, DOCUMENT_KINDS, type DocumentKind } from './kinds';
import { BODY, DEFAULT_SHAPE, type TemplateShape } from './layout';
import { documentParts } from './ooxml';

export { DEFAULT_SHAPE, type TemplateShape } from './layout';

/** The default template's file name of each kind (assets/templates/). */
export const TEMPLATE_FILES = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENTS[k].templateFile])) as Record<DocumentKind, string>;

function bodyOf(kind: DocumentKind, shape: TemplateShape): string {
  switch (kind) {
    case 'nomination':
      return nominationBody(shape);
    case 'handover':
      return handoverBody();
    case 'ballot':
      return ballotBody();
    case 'count':
      return countBody();
    case 'proposal':
      return proposalBody();
    case 'report':
      return reportBody();
    case 'annex':
      return annexBody(shape);
    case 'province':
      return provinceBody();
    default:
      return assertNever(kind);
  }
}

// A fixed date keeps the generated files byte-for-byte the same from one run to the next.
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** The default template of this kind as .docx bytes (for a bloc's `shape` where the layout depends on it). */
export function buildDefaultTemplate(kind: DocumentKind, shape: TemplateShape = DEFAULT_SHAPE): Uint8Array {
  const spec = DOCUMENTS[kind];
  const zip = new PizZip();
  const parts = documentParts({ title: spec.title.vi, body: bodyOf(kind, shape), fontSize: BODY, landscape: spec.landscape });
  for (const [path, content] of parts) zip.file(path, content, { date: FIXED_DATE });
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
