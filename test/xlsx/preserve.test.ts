// Writing by editing the package: `bxtd score` and `bxtd collect` keep every part they do not own byte for byte
// (defined names, a user's chart, hyperlinks, whole-column validations, dynamic-array metadata, a user's sheet
// named like ours), change the parts they must only where they must, and every file they write is valid OOXML.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { runCollect } from '../../src/cli/collect';
import { runSplit } from '../../src/cli/split';
import type { CellWrite } from '../../src/workbook/plan';
import { loadXlsx } from '../../src/xlsx/read';
import { writePlan } from '../../src/xlsx/write';
import { addSheet, bytesOf, editPart, openPackage, partsOf, richSample, sampleBytes, sheetPath, worksheet } from '../fuzz/workbooks';
import { expectValidOoxml } from '../ooxml';
import { fillXlsx } from '../roundtrip/fixture';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-preserve-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
const OURS =
  /<conditionalFormatting\b(?:(?!<\/conditionalFormatting>)[\s\S])*?BXTD:(?:(?!<\/conditionalFormatting>)[\s\S])*<\/conditionalFormatting>/g;

/** Child elements of a container element, as text (small parts only). */
function containerInner(xml: string, name: string): string {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? m[1] : '';
}

async function score(input: string, out: string): Promise<string> {
  const r = await cli(['score', input, '--out', out]);
  expect(r.err).not.toMatch(/Lỗi ngoài dự kiến/);
  expect(r.code).toBe(0);
  return path.join(out, `${path.basename(input, '.xlsx')}.ket-qua.xlsx`);
}

describe('bxtd score keeps what it does not own', () => {
  test('every part not ours is byte-identical; the parts it edits keep all they had', async () => {
    const input = path.join(dir, 'so.xlsx');
    await fs.writeFile(input, await richSample());
    expectValidOoxml([input]);
    const output = await score(input, path.join(dir, 'out'));
    const before = await partsOf(await fs.readFile(input));
    const after = await partsOf(await fs.readFile(output));
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    const scoreSheet = await sheetPath(zip, 'Chấm điểm');
    const edited = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', scoreSheet]);
    for (const [name, bytes] of before) {
      expect([name, after.has(name)]).toEqual([name, true]);
      if (!edited.has(name)) expect([name, Buffer.from(after.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    // The score sheet: our highlights added, nothing else changed.
    expect(text(after.get(scoreSheet)).replace(OURS, '')).toBe(text(before.get(scoreSheet)));
    expect(text(after.get(scoreSheet)).match(OURS)!.length).toBeGreaterThan(0);
    // workbook.xml: the defined names as they were, our sheets added after the user's.
    const wb = text(after.get('xl/workbook.xml'));
    expect(wb).toContain(containerInner(text(before.get('xl/workbook.xml')), 'definedNames'));
    expect([...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Thông tin',
      'Đơn vị',
      'Chấm điểm',
      'Phiếu bầu',
      'Quy tắc',
      'KẾT QUẢ',
      '_bxtd',
      'Kết quả (bxtd)',
    ]);
    // Relationships, content types and styles: every entry kept, ours appended.
    for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
      for (const m of text(before.get(part)).matchAll(/<(?:Relationship|Override|Default)\b[^>]*\/>/g))
        expect(text(after.get(part))).toContain(m[0]);
    }
    for (const c of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'cellStyles', 'dxfs']) {
      expect(containerInner(text(after.get('xl/styles.xml')), c).startsWith(containerInner(text(before.get('xl/styles.xml')), c))).toBe(
        true,
      );
    }
    expectValidOoxml([output]);
    // The user's values are read back as they were (KẾT QUẢ included).
    const a = (await loadXlsx(await fs.readFile(input))).sheets;
    const b = (await loadXlsx(await fs.readFile(output))).sheets;
    for (const s of a) expect(b.find((x) => x.name === s.name)?.values).toEqual(s.values);
  });

  test('scoring again replaces only our sheets and their parts; a later sheet-scoped name follows its sheet', async () => {
    const input = path.join(dir, 'so.xlsx');
    await fs.writeFile(input, await richSample());
    const first = await score(input, path.join(dir, 'a'));
    // The user adds a sheet after ours, with a name scoped to it.
    const zip = await openPackage(new Uint8Array(await fs.readFile(first)));
    await addSheet(zip, 'Ghi chú', worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>ghi chú</t></is></c></row>'));
    await editPart(zip, 'xl/workbook.xml', (x) =>
      x.replace('</definedNames>', `<definedName name="Ghichu" localSheetId="8">'Ghi chú'!$A$1</definedName></definedNames>`),
    );
    const edited = path.join(dir, 'so2.xlsx');
    await fs.writeFile(edited, await bytesOf(zip));
    const second = await score(edited, path.join(dir, 'b'));
    const after = await partsOf(await fs.readFile(second));
    const wb = text(after.get('xl/workbook.xml'));
    expect([...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'Thông tin',
      'Đơn vị',
      'Chấm điểm',
      'Phiếu bầu',
      'Quy tắc',
      'KẾT QUẢ',
      'Ghi chú',
      '_bxtd',
      'Kết quả (bxtd)',
    ]);
    expect(wb).toContain(`<definedName name="Ghichu" localSheetId="6">'Ghi chú'!$A$1</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="5">'KẾT QUẢ'!$A$1:$B$9</definedName>`);
    // The user's chart and ours: two charts, two drawings, no part left behind by the replaced sheet.
    const names = [...after.keys()];
    expect(names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(9);
    const ct = text(after.get('[Content_Types].xml'));
    for (const m of ct.matchAll(/PartName="\/([^"]*)"/g)) expect([m[1], after.has(m[1])]).toEqual([m[1], true]);
    // Highlights replaced, not added to: one set of ours on Chấm điểm, the same as after the first run.
    const scoreSheet = await sheetPath(await JSZip.loadAsync(await fs.readFile(second)), 'Chấm điểm');
    const firstParts = await partsOf(await fs.readFile(first));
    expect(text(after.get(scoreSheet)).match(OURS)).toEqual(text(firstParts.get(scoreSheet)).match(OURS));
    expect(containerInner(text(after.get('xl/styles.xml')), 'dxfs')).toBe(containerInner(text(firstParts.get('xl/styles.xml')), 'dxfs'));
    expectValidOoxml([first, second]);
  });
});

describe('cell writes edit cells in place', () => {
  const write = (cellWrites: CellWrite[]) => ({ ownedSheets: [], highlightSheets: [], highlights: [], cellWrites });

  test('values, control characters, carriage returns and literal _x…_ text read back as written; strings stay text', async () => {
    const loaded = await loadXlsx(sampleBytes());
    const texts = [
      'Công an\u0001 tỉnh\u000B',
      'dòng 1\r\ndòng 2\rcuối',
      '_x0041_ và _x005F_',
      '=HYPERLINK("http://x.vn")',
      '  có khoảng trắng  ',
      '😀 \uD800',
    ];
    const writes: CellWrite[] = [
      { sheet: 'Chấm điểm', row: 6, col: 3, value: 9.5 }, // D7: an existing cell keeps its style
      { sheet: 'Chấm điểm', row: 6, col: 30, value: 'ngoài bảng' }, // AE7: a new cell in an existing row
      { sheet: 'Chấm điểm', row: 60, col: 1, value: 'dòng mới' }, // B61: a new row
      { sheet: 'Chấm điểm', row: 7, col: 3, value: null }, // D8: emptied
      ...texts.map((value, i) => ({ sheet: 'Thông tin', row: 40 + i, col: 2, value })),
    ];
    const bytes = await writePlan(loaded.package, write(writes));
    const file = path.join(dir, 'w.xlsx');
    await fs.writeFile(file, bytes);
    expectValidOoxml([file]);
    const back = (await loadXlsx(bytes)).sheets;
    const cell = (sheet: string, r: number, c: number) => back.find((s) => s.name === sheet)!.values[r]?.[c] ?? null;
    expect(cell('Chấm điểm', 6, 3)).toBe(9.5);
    expect(cell('Chấm điểm', 6, 30)).toBe('ngoài bảng');
    expect(cell('Chấm điểm', 60, 1)).toBe('dòng mới');
    expect(cell('Chấm điểm', 7, 3)).toBeNull();
    texts.forEach((t, i) => expect(cell('Thông tin', 40 + i, 2)).toBe(t));
    const parts = await partsOf(bytes);
    const scoreSheet = text(parts.get(await sheetPath(await JSZip.loadAsync(bytes), 'Chấm điểm')));
    expect(scoreSheet).toMatch(/<c r="D7" s="12"><v>9.5<\/v><\/c>/);
    expect(scoreSheet).not.toMatch(/<f>HYPERLINK/);
    // The other cells of the sheet are as they were.
    const orig = text((await partsOf(sampleBytes())).get('xl/worksheets/sheet3.xml'));
    expect(scoreSheet).toContain(orig.slice(orig.indexOf('<row r="9"'), orig.indexOf('</sheetData>')));
    // The calculation chain, a cache, is dropped when cells change (the sample has none: nothing to check there).
  });

  test('a shared formula whose first cell is written over keeps its other cells computing', async () => {
    const zip = await openPackage();
    await addSheet(
      zip,
      'Công thức',
      worksheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" ref="A2:C2" si="0">A1*10</f><v>10</v></c><c r="B2"><f t="shared" si="0"/><v>20</v></c><c r="C2"><f t="shared" si="0"/><v>30</v></c></row>',
      ),
    );
    const loaded = await loadXlsx(await bytesOf(zip));
    const bytes = await writePlan(loaded.package, write([{ sheet: 'Công thức', row: 1, col: 0, value: 7 }]));
    const xml = text((await partsOf(bytes)).get(await sheetPath(await JSZip.loadAsync(bytes), 'Công thức')));
    expect(xml).toContain('<c r="A2"><v>7</v></c>');
    expect(xml).toContain('<c r="B2"><f>B1*10</f><v>20</v></c>');
    expect(xml).toContain('<c r="C2"><f>C1*10</f><v>30</v></c>');
    const file = path.join(dir, 'f.xlsx');
    await fs.writeFile(file, bytes);
    expectValidOoxml([file]);
  });
});

describe('text safety in what we write', () => {
  test('a unit name with control characters: kept in cells, dropped from the chart, every part well-formed', async () => {
    const zip = await openPackage();
    // Every cell that shows "Công an tỉnh" (Đơn vị and the score table's header) shares this string.
    await editPart(zip, 'xl/sharedStrings.xml', (x) => x.replace('<t>Công an tỉnh</t>', '<t>Công an_x0001_ tỉnh_x000B_</t>'));
    const input = path.join(dir, 'ctl.xlsx');
    await fs.writeFile(input, await bytesOf(zip));
    const output = await score(input, path.join(dir, 'out'));
    expectValidOoxml([output]);
    const sheets = (await loadXlsx(await fs.readFile(output))).sheets;
    const result = sheets.find((s) => s.name === 'Kết quả')!;
    // The reader tidies names (a vertical tab is white space); the control character stays.
    expect(result.values.some((row) => row.includes('Công an\u0001 tỉnh'))).toBe(true);
    const chart = [...(await partsOf(await fs.readFile(output))).entries()].find(([n]) => /^xl\/charts\//.test(n))!;
    expect(text(chart[1])).toContain('<c:v>Công an tỉnh</c:v>');
  });
});

describe('bxtd collect keeps what it does not own', () => {
  test('the merged master differs from the master only in the cells written (and our result, when it had one)', async () => {
    const given = path.join(dir, 'so.xlsx');
    await fs.writeFile(given, await richSample());
    const io = () => ({ out: () => undefined, err: () => undefined, lang: 'vi' as const });
    expect(await runSplit([given, '--out', path.join(dir, 'split')], io())).toBe(0);
    // The master carrying the bloc's secret is the one split wrote.
    const master = path.join(dir, 'split', 'so.so-goc.xlsx');
    const files = (await fs.readdir(path.join(dir, 'split'))).filter((f) => f.startsWith('Tu-cham-')).sort();
    const ret = path.join(dir, 'ret.xlsx');
    const split = await fs.readFile(path.join(dir, 'split', files[0]));
    await fs.writeFile(
      ret,
      await fillXlsx(
        split,
        Array.from({ length: 13 }, () => 1),
      ),
    );
    const out: string[] = [];
    const code = await runCollect([master, ret, '--out', path.join(dir, 'out'), '--json'], {
      out: (s) => out.push(s),
      err: () => undefined,
      lang: 'vi',
    });
    const doc = JSON.parse(out.join('\n'));
    expect([code, doc.accepted]).toEqual([code, 1]);
    const merged = doc.output as string;
    // The master as split wrote it (with the bloc's secret).
    const before = await partsOf(await fs.readFile(master));
    const after = await partsOf(await fs.readFile(merged));
    const scoreSheet = await sheetPath(await JSZip.loadAsync(await fs.readFile(master)), 'Chấm điểm');
    const edited = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', scoreSheet]);
    for (const [name, bytes] of before) {
      if (!edited.has(name)) expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    expect(text(after.get('xl/workbook.xml'))).toBe(text(before.get('xl/workbook.xml')));
    expectValidOoxml([merged, path.join(dir, 'split', files[0]), ret]);
  });
});

describe('text safety in self-scoring workbooks (ExcelJS writes them)', () => {
  test('a unit name with a control character and literal _x0041_ reads back as written; every file valid', async () => {
    const zip = await openPackage();
    await editPart(zip, 'xl/sharedStrings.xml', (x) => x.replace('<t>Công an tỉnh</t>', '<t>Công an_x0001_ tỉnh _x005F_x0041_</t>'));
    const master = path.join(dir, 'so.xlsx');
    await fs.writeFile(master, await bytesOf(zip));
    const io = { out: () => undefined, err: () => undefined, lang: 'vi' as const };
    expect(await runSplit([master, '--out', path.join(dir, 'split')], io)).toBe(0);
    const files = (await fs.readdir(path.join(dir, 'split'))).map((f) => path.join(dir, 'split', f));
    expectValidOoxml(files);
    const texts = await Promise.all(
      files.map(async (f) => JSON.stringify((await loadXlsx(await fs.readFile(f))).sheets.map((s) => s.values))),
    );
    expect(texts.some((t) => t.includes('Công an\\u0001 tỉnh _x0041_'))).toBe(true);
  });
});

test('a Strict Open XML workbook is read, and refused in words when written to', async () => {
  const zip = await openPackage();
  await editPart(zip, 'xl/workbook.xml', (x) =>
    x.replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'),
  );
  const input = path.join(dir, 'strict.xlsx');
  await fs.writeFile(input, await bytesOf(zip));
  const r = await cli(['score', input, '--out', path.join(dir, 'out')]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Strict Open XML');
  await expect(fs.stat(path.join(dir, 'out'))).rejects.toThrow();
});

test('the calculation chain, a cache Excel rebuilds, is dropped with its relationship and content type when cells change', async () => {
  const zip = await openPackage();
  zip.file(
    'xl/calcChain.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="D6" i="3"/></calcChain>',
  );
  await editPart(zip, 'xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      '<Relationship Id="rIdCC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  await editPart(zip, '[Content_Types].xml', (x) =>
    x.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  const loaded = await loadXlsx(await bytesOf(zip));
  const bytes = await writePlan(loaded.package, {
    ownedSheets: [],
    highlightSheets: [],
    highlights: [],
    cellWrites: [{ sheet: 'Chấm điểm', row: 6, col: 3, value: 8 }],
  });
  const parts = await partsOf(bytes);
  expect(parts.has('xl/calcChain.xml')).toBe(false);
  expect(text(parts.get('xl/_rels/workbook.xml.rels'))).not.toContain('calcChain');
  expect(text(parts.get('[Content_Types].xml'))).not.toContain('calcChain');
  const file = path.join(dir, 'cc.xlsx');
  await fs.writeFile(file, bytes);
  expectValidOoxml([file]);
});
