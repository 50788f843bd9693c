// The typography rules of the default documents, read from the filled WordprocessingML: paragraphs of the body at
// least 6 pt apart, headings and list lead-ins kept with what follows, no justified line with a dotted blank.

import PizZip from 'pizzip';
import { makeDocuments, makeDossier, makeMinutesDocuments } from '../../src/minutes/documents';
import { BLOC_KINDS } from '../../src/minutes/kinds';
import { parseXml } from '../../src/minutes/preview';
import { CASES } from '../docs/cases';
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
    const kinds = name === 'decided' ? BLOC_KINDS : BLOC_KINDS.filter((k) => k !== 'report');
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

describe('tables and signatures hold together', () => {
  /** The body's top-level elements: paragraphs and tables, as the filled document has them. */
  function body(docx: Uint8Array): Node[] {
    const xml = new PizZip(docx).file('word/document.xml')!.asText();
    return kids(child(child(parseXml(xml), 'w:document'), 'w:body')!).filter((n) => n.name === 'w:p' || n.name === 'w:tbl');
  }
  const rowsOf = (t: Node) => kids(t).filter((n) => n.name === 'w:tr');
  const bordered = (t: Node) => child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top')?.attrs['w:val'] !== 'nil';
  const keepsNext = (row: Node) =>
    kids(row)
      .filter((c) => c.name === 'w:tc')
      .every((tc) =>
        kids(tc)
          .filter((p) => p.name === 'w:p')
          .every((p) => !!child(child(p, 'w:pPr'), 'w:keepNext')),
      );

  test.each(['blankBallot', 'candidateOnly', 'halfYear', 'revote', 'cum'] as const)('%s', async (name) => {
    const c = CASES[name]();
    const docs = await makeMinutesDocuments(c.bloc, c.result);
    const dossier = await makeDossier(c.bloc, c.result);
    for (const doc of [...docs, ...(dossier.ok ? dossier.documents : [])]) {
      const elements = body(doc.bytes);
      elements.forEach((el, i) => {
        if (el.name !== 'w:tbl') return;
        const rows = rowsOf(el);
        const where = `${doc.fileName}: table ${i}`;
        // Every row stays on one page; a data table repeats its header and keeps its rows together.
        for (const row of rows) expect([where, !!child(child(row, 'w:trPr'), 'w:cantSplit')]).toEqual([where, true]);
        if (bordered(el)) {
          expect([where, !!child(child(rows[0], 'w:trPr'), 'w:tblHeader')]).toEqual([where, true]);
          for (const row of rows.slice(0, -1)) expect([where, keepsNext(row)]).toEqual([where, true]);
        }
        // A signature block (a borderless table after the document's closing sentence) keeps with that sentence.
        const before = elements[i - 1];
        if (!bordered(el) && before?.name === 'w:p' && /\/\.$/.test(textOf(before).trim())) {
          expect([where, !!child(child(before, 'w:pPr'), 'w:keepNext')]).toEqual([where, true]);
          for (const row of rows.slice(0, -1)) expect([where, keepsNext(row)]).toEqual([where, true]);
        }
      });
    }
  });
});
