// The typography rules of the default documents, read from the filled WordprocessingML: paragraphs of the body at
// least 6 pt apart, headings and list lead-ins kept with what follows, no justified line with a dotted blank.

import PizZip from 'pizzip';
import { makeDocuments } from '../../src/minutes/documents';
import { DOCUMENT_KINDS } from '../../src/minutes/kinds';
import { parseXml } from '../../src/minutes/preview';
import { makeBallot, scored } from './fixture';

type Node = ReturnType<typeof parseXml>;
const kids = (n: Node) => n.children.filter((c): c is Node => typeof c !== 'string');
const child = (n: Node | undefined, name: string) => (n ? kids(n).find((c) => c.name === name) : undefined);
const textOf = (n: Node): string => n.children.map((c) => (typeof c === 'string' ? c : c.name === 'w:tab' ? '\t' : textOf(c))).join('');

interface Para {
  text: string;
  align: string;
  spacing: number; // before + after, twips
  keepNext: boolean;
  bold: boolean;
}

/** The body's own paragraphs (not those in tables), as the filled document has them. */
function paragraphs(docx: Uint8Array): Para[] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  const body = child(child(parseXml(xml), 'w:document'), 'w:body')!;
  return kids(body)
    .filter((n) => n.name === 'w:p')
    .map((n) => {
      const pPr = child(n, 'w:pPr');
      const spacing = child(pPr, 'w:spacing')?.attrs ?? {};
      const firstRun = kids(n).find((c) => c.name === 'w:r');
      return {
        text: textOf(n).replace(/^ +| +$/g, ''),
        align: child(pPr, 'w:jc')?.attrs['w:val'] ?? 'left',
        spacing: Number(spacing['w:before'] ?? 0) + Number(spacing['w:after'] ?? 0),
        keepNext: !!child(pPr, 'w:keepNext'),
        bold: !!child(child(firstRun, 'w:rPr'), 'w:b'),
      };
    });
}

describe('layout of every default document', () => {
  const cases = {
    decided: scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }),
    beforeTheVote: scored({ meetingPlace: null }),
  };
  test.each(Object.keys(cases) as (keyof typeof cases)[])('%s', async (name) => {
    const { bloc, result } = cases[name];
    const kinds = name === 'decided' ? DOCUMENT_KINDS : DOCUMENT_KINDS.filter((k) => k !== 'report');
    for (const doc of await makeDocuments(kinds, bloc, result)) {
      for (const p of paragraphs(doc.bytes)) {
        const where = `${doc.fileName}: ${p.text.slice(0, 60)}`;
        if (!p.text) continue;
        if (p.align !== 'center') expect([where, p.spacing >= 120]).toEqual([where, true]);
        if (p.text.endsWith(':')) expect([where, p.keepNext]).toEqual([where, true]);
        if (p.bold && /^([IVX]+|\d+)\.\s/.test(p.text) && !/[.;]$/.test(p.text)) expect([where, p.keepNext]).toEqual([where, true]);
        if (/…{2,}|\.{4,}|\t/.test(p.text)) expect([where, p.align]).not.toEqual([where, 'both']);
      }
    }
  });
});
