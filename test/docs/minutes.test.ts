// Every kind of document, on every case a bloc meets (cases.ts), through LibreOffice: all .docx files of all cases
// converted in one soffice run (.docx -> PDF), read back (pdftotext) and checked for what a reader must find and must
// not find, each page rendered to PNG in test-output/documents/<case>/ to look at, and every file validated against
// the OOXML schemas (../shared/tools/ooxml-check).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDossier, makeMinutesDocuments, type MadeDocument } from '../../src/minutes/documents';
import { expectValidOoxml, ooxmlCheckAvailable } from '../ooxml';
import { CASES, sampleCase, type Case, type CaseName } from './cases';
import { toPdf } from './libreoffice';

const OUT = path.join(__dirname, '..', '..', 'test-output', 'documents');

/** Text as pdftotext gives it, line breaks undone, for phrase checks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').normalize('NFC');

interface Rendered {
  text: string; // flattened
  layout: string; // pdftotext -layout, lines kept
  pages: number;
  pageTexts: string[]; // flattened, per page
}

type Docs = Record<string, Rendered>; // by kind, "report:<unit>" for a report

async function documentsOf(c: Case): Promise<MadeDocument[]> {
  const meeting = await makeMinutesDocuments(c.bloc, c.result, {}, c.issues);
  const dossier = await makeDossier(c.bloc, c.result, {}, c.issues);
  if (!dossier.ok) return meeting;
  return [...meeting.filter((d) => !dossier.documents.some((x) => x.fileName === d.fileName)), ...dossier.documents];
}

const rendered: Record<string, Docs> = {};

beforeAll(async () => {
  expect(ooxmlCheckAvailable()).toBe(true);
  fs.rmSync(OUT, { recursive: true, force: true });
  const all: { name: string; docs: MadeDocument[] }[] = [{ name: 'sample', docs: await documentsOf(await sampleCase()) }];
  for (const name of Object.keys(CASES) as CaseName[]) all.push({ name, docs: await documentsOf(CASES[name]()) });
  const files: string[] = [];
  for (const { name, docs } of all) {
    fs.mkdirSync(path.join(OUT, name), { recursive: true });
    for (const d of docs) {
      const file = path.join(OUT, name, d.fileName);
      fs.writeFileSync(file, d.bytes);
      files.push(file);
    }
  }
  expectValidOoxml(files);
  // One soffice run for every file (each case's folder gets its PDFs).
  for (const { name, docs } of all)
    toPdf(
      docs.map((d) => path.join(OUT, name, d.fileName)),
      path.join(OUT, name),
    );
  for (const { name, docs } of all) {
    rendered[name] = {};
    for (const d of docs) {
      const pdf = path.join(OUT, name, d.fileName.replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf)).toBe(true);
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, pdf.replace(/\.pdf$/, '')]);
      const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
      rendered[name][d.unit ? `${d.kind}:${d.unit}` : d.kind] = {
        text: flat(layout.replace(/ {2,}/g, ' ')),
        layout,
        pages,
        pageTexts: layout.split('\f').map(flat),
      };
    }
  }
}, 900000);

test('every document of every case: no placeholder left, nothing the software would say', () => {
  for (const [name, docs] of Object.entries(rendered)) {
    for (const [kind, r] of Object.entries(docs)) {
      const where = `${name}/${kind}`;
      expect([where, r.text]).not.toEqual([where, expect.stringMatching(/\{[#/^@]?[a-z_0-9]+\}|undefined|null|NaN|\[object/)]);
      expect([where, r.text]).not.toEqual([where, expect.stringMatching(/00 \(không\) (đơn vị|tập thể|suất)|gợi ý|\.xlsx|luân phiên\)/)]);
      expect([where, r.pages]).not.toEqual([where, 0]);
    }
  }
});
