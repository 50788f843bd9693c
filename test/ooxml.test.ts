// The OOXML checker that every writing test relies on (scripts/ooxml-check.mjs through test/ooxml.ts) really runs
// and really fails: a valid workbook and document pass; an element the schema does not allow, a part that is not
// well-formed and a file that is not a package fail, naming the part; markup-compatibility content is resolved as
// Office resolves it (and only where mc:Ignorable says so); a checker that cannot run throws instead of passing.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { expectNoNewInvalidParts, expectValidOoxml, invalidParts, ooxmlCheck, runChecker } from './ooxml';

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const TEMPLATE = path.join(ROOT, 'assets', 'templates', 'phieu-bau-suy-ton.docx');
const SHEET = 'xl/worksheets/sheet1.xml';
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-ooxml-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of `source` with one part's XML changed by `edit`. */
async function variant(source: string, name: string, part: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(source));
  const xml = await zip.file(part)!.async('string');
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file(part, changed);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** The sheet with its root's markup-compatibility declarations replaced by `extra`. */
const rootWith = (xml: string, extra: string) =>
  xml.replace(/<worksheet\b[^>]*>/, (tag) =>
    tag.replace(/\s(?:xmlns:mc|xmlns:x14ac|mc:Ignorable)="[^"]*"/g, '').replace(/>$/, ` ${extra}>`),
  );

test('a valid workbook and a valid document pass, every part with a schema checked', () => {
  const r = ooxmlCheck([SAMPLE, TEMPLATE]);
  expect(r.ok).toBe(true);
  expect(r.output).toMatch(new RegExp(`${SAMPLE}: (1[0-9]) parts valid, 0 invalid, 1 without a schema here`));
  expect(r.output).toMatch(new RegExp(`${TEMPLATE}: [5-9] parts valid, 0 invalid, \\d+ without a schema here`));
  expect(r.output.split('\n').at(-1)).toBe('ooxml-check: 2/2 files valid');
});

test('an element the schema does not allow, in a sheet and in a document, fails naming the part', async () => {
  const sheet = await variant(SAMPLE, 'bad-sheet.xlsx', SHEET, (x) => x.replace('<sheetData>', '<sheetData><foo/>'));
  const doc = await variant(TEMPLATE, 'bad-doc.docx', 'word/document.xml', (x) => x.replace('<w:body>', '<w:body><w:bogus/>'));
  const r = ooxmlCheck([sheet, doc, SAMPLE]);
  expect(r.ok).toBe(false);
  expect(r.output).toContain(`${sheet}: ${SHEET}: line 2: Element '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}foo'`);
  expect(r.output).toMatch(new RegExp(`${doc}: word/document.xml: line \\d+: Element '\\{[^}]+\\}bogus': This element is not expected`));
  expect(r.output.split('\n').at(-1)).toBe('ooxml-check: 1/3 files valid');
  expect(() => expectValidOoxml([SAMPLE, sheet])).toThrow(
    /ooxml-check found invalid parts:\n.*bad-sheet\.xlsx: xl\/worksheets\/sheet1\.xml/,
  );
  // What a writer adds is caught; what was already broken in its input is not blamed on it.
  expect(() => expectNoNewInvalidParts([{ input: SAMPLE, output: sheet }])).toThrow(/parts made invalid by writing/);
  expect(() => expectNoNewInvalidParts([{ input: sheet, output: sheet }])).not.toThrow();
});

test('a part that is not well-formed, a wrong attribute value and a file that is no package fail', async () => {
  const broken = await variant(SAMPLE, 'not-xml.xlsx', 'xl/styles.xml', (x) => x.replace('</styleSheet>', ''));
  const value = await variant(SAMPLE, 'bad-value.xlsx', SHEET, (x) => x.replace('defaultRowHeight="15"', 'defaultRowHeight="zz"'));
  const text = path.join(dir, 'text.xlsx');
  fs.writeFileSync(text, 'Kính gửi Khối trưởng');
  const r = ooxmlCheck([broken, value, text]);
  expect(r.ok).toBe(false);
  expect(r.output).toContain(`${broken}: xl/styles.xml: not well-formed XML:`);
  expect(r.output).toMatch(new RegExp(`${value}: ${SHEET}: line \\d+: .*'zz'`));
  expect(r.output).toContain(`${text}: not an Office Open XML package`);
  expect(r.output.split('\n').at(-1)).toBe('ooxml-check: 0/3 files valid');
});

test('markup compatibility: what mc:Ignorable lists is dropped and mc:Fallback replaces mc:AlternateContent, as in Office', async () => {
  const extension = (ignorable: boolean) => (x: string) =>
    rootWith(x, `xmlns:mc="${MC}" xmlns:x14ac="${X14AC}"${ignorable ? ' mc:Ignorable="x14ac"' : ''}`)
      .replace('</sheetData>', '</sheetData><x14ac:unknown><x14ac:deep/></x14ac:unknown>')
      .replace(
        /(<mergeCells\b[\s\S]*<\/mergeCells>)/,
        `<mc:AlternateContent><mc:Choice Requires="x14ac"><x14ac:new/></mc:Choice><mc:Fallback>$1</mc:Fallback></mc:AlternateContent>`,
      );
  const ignorable = await variant(SAMPLE, 'mc-ok.xlsx', SHEET, extension(true));
  const notIgnorable = await variant(SAMPLE, 'mc-not-ignorable.xlsx', SHEET, extension(false));
  // A choice with no fallback leaves nothing in its place: a required element then goes missing.
  const noFallback = await variant(SAMPLE, 'mc-no-fallback.xlsx', SHEET, (x) =>
    rootWith(x, `xmlns:mc="${MC}"`).replace(
      /<sheetData>[\s\S]*<\/sheetData>/,
      '<mc:AlternateContent><mc:Choice Requires="x"/></mc:AlternateContent>',
    ),
  );
  expect(invalidParts([ignorable, notIgnorable, noFallback])).toEqual(
    new Map([
      [ignorable, new Set()],
      [notIgnorable, new Set([SHEET])],
      [noFallback, new Set([SHEET])],
    ]),
  );
});

test('a checker that cannot run throws: it never reads as valid', () => {
  expect(() => runChecker(['--schema', path.join(dir, 'no-such.xsd'), path.join(ROOT, 'manifest.xml')])).toThrow(
    /ooxml-check could not run \(exit 3\)/,
  );
  expect(() => runChecker([])).toThrow(/ooxml-check could not run \(exit 2\):\nusage: ooxml-check/);
});
