// What readers could read two ways is refused, naming the sheet and cell (issue 22, items 4, 9 and 11): a cell or
// row written twice or out of order, a second sheetData, two zip entries of one name, a cell of a foreign namespace;
// damaged XML names its part and sheet; bytes that are not text are refused; UTF-16 parts are read; a workbook
// that asks for a full recalculation on load gets its formula results computed (or refused at their cell); a
// t="d" cell is the serial Excel shows.

import JSZip from 'jszip';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx } from '../../src/xlsx/read';
import { writePlan } from '../../src/xlsx/write';
import { writeZip, type ZipItem } from '../../src/zip/archive';
import { bytesOf, editPart, editSheet, openPackage, sheetPath } from '../fuzz/workbooks';
import { refusal } from './refusal';

const SCORES = 'Chấm điểm';
const D7 = '<c r="D7" s="12"><v>10</v></c>';

async function sampleWith(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await openPackage();
  await edit(zip);
  return bytesOf(zip);
}

const scoresEdited = (edit: (xml: string) => string) => sampleWith((zip) => editSheet(zip, SCORES, edit));

describe('ambiguous structure is refused with the sheet and cell named', () => {
  test('a cell written twice', async () => {
    const e = await refusal(loadXlsx(await scoresEdited((x) => x.replace(D7, `${D7}<c r="D7" s="12"><v>1</v></c>`))));
    expect(e.code).toBe('file.damaged');
    expect(e.where).toMatchObject({ sheet: SCORES, cell: 'D7' });
    expect(e.text.vi).toMatch(/^Trang "Chấm điểm": ô D7 được ghi hai lần/);
    expect(e.text.en).toContain('cell D7 is written twice');
  });

  test('cells out of order in a row', async () => {
    const e = await refusal(loadXlsx(await scoresEdited((x) => x.replace(D7, `${D7}<c r="B7"><v>1</v></c>`))));
    expect(e.where).toMatchObject({ sheet: SCORES, cell: 'B7' });
    expect(e.text.vi).toContain('không theo thứ tự');
  });

  test('a cell written inside another row', async () => {
    const e = await refusal(loadXlsx(await scoresEdited((x) => x.replace(D7, `${D7}<c r="E9"><v>1</v></c>`))));
    expect(e.where).toMatchObject({ sheet: SCORES, cell: 'E9' });
    expect(e.text.en).toContain('is written inside row 7');
  });

  test('a row written twice, and rows out of order', async () => {
    const twice = await refusal(
      loadXlsx(await scoresEdited((x) => x.replace('<row r="8"', '<row r="7"><c r="D7"><v>1</v></c></row><row r="8"'))),
    );
    expect(twice.where).toMatchObject({ sheet: SCORES, cell: '7:7' });
    expect(twice.text.vi).toContain('dòng 7 được ghi hai lần');
    const back = await refusal(
      loadXlsx(await scoresEdited((x) => x.replace('<row r="8"', '<row r="3"><c r="D3"><v>1</v></c></row><row r="8"'))),
    );
    expect(back.text.en).toContain('row 3 comes after row 7');
  });

  test('a second sheetData', async () => {
    const e = await refusal(
      loadXlsx(
        await scoresEdited((x) => x.replace('</sheetData>', '</sheetData><sheetData><row r="7"><c r="D7"><v>1</v></c></row></sheetData>')),
      ),
    );
    expect(e.where).toMatchObject({ sheet: SCORES });
    expect(e.text.vi).toContain('có hai phần dữ liệu ô (sheetData)');
  });

  test.each([
    ['a prefixed cell of a foreign namespace', '<x:c xmlns:x="urn:not-spreadsheetml" r="E7"><x:v>1</x:v></x:c>'],
    ['a cell redeclaring the default namespace', '<c xmlns="urn:not-spreadsheetml" r="E7"><v>1</v></c>'],
  ])('%s', async (_, foreign) => {
    const bytes = await scoresEdited((x) => x.replace('<c r="E7" s="12"><v>10</v></c>', foreign));
    const e = await refusal(loadXlsx(bytes));
    expect(e.code).toBe('file.damaged');
    expect(e.where).toMatchObject({ sheet: SCORES, cell: 'E7' });
    expect(e.text.vi).toContain('không gian tên lạ');
  });

  test('a SpreadsheetML prefix on the cells is the same namespace: read', async () => {
    const bytes = await scoresEdited((x) =>
      x.replace(
        '<c r="E7" s="12"><v>10</v></c>',
        '<s:c xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="E7"><s:v>8</s:v></s:c>',
      ),
    );
    const { sheets } = await loadXlsx(bytes);
    expect(sheets.find((s) => s.name === SCORES)!.values[6][4]).toBe(8);
  });

  test('a sheet element of a foreign namespace in workbook.xml is no sheet', async () => {
    const bytes = await sampleWith((zip) =>
      editPart(zip, 'xl/workbook.xml', (x) =>
        x.replace('</sheets>', '<f:sheet xmlns:f="urn:foreign" name="Decoy" sheetId="9" r:id="rId6"/></sheets>'),
      ),
    );
    const { sheets } = await loadXlsx(bytes);
    expect(sheets.map((s) => s.name)).not.toContain('Decoy');
  });

  test('two zip entries with one name', async () => {
    const zip = await openPackage();
    const items: ZipItem[] = [];
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) items.push({ name, data: await file.async('uint8array') });
    const part = await sheetPath(zip, SCORES);
    items.push({ name: part.toUpperCase(), data: new TextEncoder().encode('<worksheet/>') });
    const e = await refusal(loadXlsx(await writeZip(items)));
    expect(e.code).toBe('file.damaged');
    expect(e.where).toMatchObject({ part: part.toUpperCase() });
    expect(e.text.vi).toContain('chứa hai lần');
  });

  test('two relationships with one id, two sheets with one name', async () => {
    const rels = await sampleWith((zip) =>
      editPart(zip, 'xl/_rels/workbook.xml.rels', (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      ),
    );
    const r = await refusal(loadXlsx(rels));
    expect(r.where).toMatchObject({ part: 'xl/_rels/workbook.xml.rels' });
    expect(r.text.vi).toContain('hai quan hệ cùng mã "rId6"');
    const names = await sampleWith((zip) =>
      editPart(zip, 'xl/workbook.xml', (x) => x.replace('</sheets>', '<sheet name="CHẤM ĐIỂM" sheetId="9" r:id="rId4"/></sheets>')),
    );
    const n = await refusal(loadXlsx(names));
    expect(n.where).toMatchObject({ part: 'xl/workbook.xml' });
    expect(n.text.en).toContain('two sheets named "CHẤM ĐIỂM"');
  });
});

describe('damaged XML names its part (and sheet)', () => {
  const cases: [string, (zip: JSZip) => Promise<void>, RegExp, Record<string, string>][] = [
    [
      '[Content_Types].xml',
      (z) => editPart(z, '[Content_Types].xml', (x) => x.replace('</Types>', '')),
      /\[Content_Types\]\.xml/,
      { part: '[Content_Types].xml' },
    ],
    [
      '_rels/.rels',
      (z) => editPart(z, '_rels/.rels', (x) => x.replace('<Relationships', '<Relationships <')),
      /_rels\/\.rels/,
      { part: '_rels/.rels' },
    ],
    [
      'workbook.xml',
      (z) => editPart(z, 'xl/workbook.xml', (x) => x.replace('<sheets>', '<sheets><oops>')),
      /xl\/workbook\.xml/,
      { part: 'xl/workbook.xml' },
    ],
    [
      'workbook rels',
      (z) => editPart(z, 'xl/_rels/workbook.xml.rels', (x) => `${x}<junk/>`),
      /xl\/_rels\/workbook\.xml\.rels/,
      { part: 'xl/_rels/workbook.xml.rels' },
    ],
    [
      'sharedStrings',
      (z) => editPart(z, 'xl/sharedStrings.xml', (x) => x.replace('<si>', '<si><t>&bogus;</t>')),
      /xl\/sharedStrings\.xml/,
      { part: 'xl/sharedStrings.xml' },
    ],
    [
      'a sheet',
      (z) => editSheet(z, SCORES, (x) => x.replace(D7, '<c r="D7"><v>10</v></x>')),
      /trang "Chấm điểm" \(xl\/worksheets\/sheet3\.xml\)/i,
      { part: 'xl/worksheets/sheet3.xml', sheet: SCORES },
    ],
    [
      'a DOCTYPE',
      (z) => editSheet(z, SCORES, (x) => x.replace('<worksheet', '<!DOCTYPE worksheet><worksheet')),
      /Chấm điểm/,
      { sheet: SCORES },
    ],
  ];
  test.each(cases)('%s', async (_, edit, named, where) => {
    const e = await refusal(loadXlsx(await sampleWith(edit)));
    expect(e.code).toBe('file.damaged');
    expect(e.text.vi).toMatch(named);
    expect(e.text.vi).toMatch(/bị hỏng/);
    expect(e.where).toMatchObject(where);
  });

  test('styles.xml, read by the writer, is named too', async () => {
    const bytes = await sampleWith((z) => editPart(z, 'xl/styles.xml', (x) => x.replace('</styleSheet>', '')));
    const { package: pkg, sheets } = await loadXlsx(bytes);
    const plan = { ownedSheets: [], highlightSheets: [SCORES], highlights: [], cellWrites: [] };
    expect(sheets.length).toBeGreaterThan(0);
    const e = await refusal(writePlan(pkg, plan));
    expect(e.where).toMatchObject({ part: 'xl/styles.xml' });
    expect(e.text.en).toContain('Part xl/styles.xml is damaged');
  });

  test('Strict Open XML: the refusal names the part', async () => {
    const bytes = await sampleWith((z) =>
      editPart(z, 'xl/workbook.xml', (x) =>
        x.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
      ),
    );
    const { package: pkg } = await loadXlsx(bytes);
    const e = await refusal(writePlan(pkg, { ownedSheets: [], highlightSheets: [], highlights: [], cellWrites: [] }));
    expect(e.where).toMatchObject({ part: 'xl/workbook.xml' });
    expect(e.text.vi).toContain('Strict Open XML');
  });
});

describe('text encodings', () => {
  test('invalid UTF-8 in a part is refused naming the part, never read as "Công� an"', async () => {
    const zip = await openPackage();
    const ss = await zip.file('xl/sharedStrings.xml')!.async('uint8array');
    const text = new TextDecoder().decode(ss);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('Công an tỉnh') + 4)).length;
    const broken = new Uint8Array([...ss.subarray(0, at), 0xff, ...ss.subarray(at)]);
    zip.file('xl/sharedStrings.xml', broken);
    const e = await refusal(loadXlsx(await bytesOf(zip)));
    expect(e.code).toBe('file.damaged');
    expect(e.where).toMatchObject({ part: 'xl/sharedStrings.xml' });
    expect(e.text.vi).toContain('không phải văn bản hợp lệ');
  });

  const utf16 = (text: string, bom: boolean, big: boolean): Uint8Array => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    let at = 0;
    if (bom) {
      out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
      at = 2;
    }
    for (let i = 0; i < text.length; i++, at += 2) {
      const c = text.charCodeAt(i);
      out[at] = big ? c >> 8 : c & 0xff;
      out[at + 1] = big ? c & 0xff : c >> 8;
    }
    return out;
  };

  test.each([
    ['UTF-16LE with a byte order mark', true, false],
    ['UTF-16BE with a byte order mark', true, true],
    ['UTF-16LE without one', false, false],
  ])('parts in %s are read (OPC allows them)', async (_, bom, big) => {
    const plain = await loadXlsx(await sampleWith(async () => {}));
    const bytes = await sampleWith(async (zip) => {
      for (const part of ['xl/sharedStrings.xml', await sheetPath(zip, SCORES), 'xl/workbook.xml']) {
        const text = (await zip.file(part)!.async('string')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
        zip.file(part, utf16(text, bom, big));
      }
    });
    const read = await loadXlsx(bytes);
    expect(read.sheets.map((s) => [s.name, s.values])).toEqual(plain.sheets.map((s) => [s.name, s.values]));
  });

  test('a part declaring another encoding is refused plainly', async () => {
    const bytes = await sampleWith((zip) =>
      editPart(zip, 'xl/sharedStrings.xml', (x) => x.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
    );
    const e = await refusal(loadXlsx(bytes));
    expect(e.where).toMatchObject({ part: 'xl/sharedStrings.xml' });
    expect(e.text.en).toContain('declares the encoding "ISO-8859-1"');
  });
});

describe('values as Excel reads them', () => {
  const recalcOnLoad = (zip: JSZip) =>
    editPart(zip, 'xl/workbook.xml', (x) => x.replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));

  test('fullCalcOnLoad: a stale saved result of plain arithmetic is computed again', async () => {
    const bytes = await sampleWith(async (zip) => {
      await recalcOnLoad(zip);
      await editSheet(zip, SCORES, (x) => x.replace(D7, '<c r="D7" s="12"><f>4+4.5</f><v>10</v></c>'));
    });
    const { sheets } = await loadXlsx(bytes);
    expect(sheets.find((s) => s.name === SCORES)!.values[6][3]).toBe(8.5);
    // Without the flag the saved result is Excel's own: kept.
    const kept = await scoresEdited((x) => x.replace(D7, '<c r="D7" s="12"><f>4+4.5</f><v>10</v></c>'));
    expect((await loadXlsx(kept)).sheets.find((s) => s.name === SCORES)!.values[6][3]).toBe(10);
  });

  test('fullCalcOnLoad: a formula that cannot be computed here is refused at its cell, never its stale result', async () => {
    const bytes = await sampleWith(async (zip) => {
      await recalcOnLoad(zip);
      await editSheet(zip, SCORES, (x) => x.replace(D7, `<c r="D7" s="12"><f>'Quy tắc'!B3*2</f><v>10</v></c>`));
    });
    const { sheets } = await loadXlsx(bytes);
    expect(sheets.find((s) => s.name === SCORES)!.values[6][3]).toEqual({ problem: 'staleValue', text: "='Quy tắc'!B3*2" });
    const { bloc, issues } = readBloc(sheets);
    expect(bloc).toBeNull();
    const e = issues.find((i) => i.severity === 'error' && i.cell === 'D7')!;
    expect(e.sheet).toBe(SCORES);
    expect(e.message.vi).toContain('tính lại khi mở');
  });

  test('t="d": a date before 1 March 1900 is the serial Excel shows (9 January 1900 is 9), later dates as before', async () => {
    const bytes = await scoresEdited((x) =>
      x
        .replace(D7, '<c r="D7" s="12" t="d"><v>1900-01-09T00:00:00</v></c>')
        .replace('<c r="E7" s="12"><v>10</v></c>', '<c r="E7" t="d"><v>2024-01-15</v></c>'),
    );
    const row = (await loadXlsx(bytes)).sheets.find((s) => s.name === SCORES)!.values[6];
    expect(row[3]).toBe(9);
    expect(row[4]).toBe(45306);
  });
});
