// Bounded reading by construction: the shapes that made the old loader (ExcelJS) hang or die are read in
// milliseconds — merges are four numbers clipped to the cells in use, validations and conditional formats are
// never expanded — and cell values are never guessed: formulas without a saved result are computed when they are
// plain arithmetic, anything else (and every malformed number) is a problem the reader names by cell.

import { readBloc } from '../../src/workbook/read';
import { isCellProblem, type SheetGrid } from '../../src/workbook/grid';
import { loadXlsx } from '../../src/xlsx/read';
import {
  addSheet,
  bytesOf,
  editPart,
  editSheet,
  insertIntoSheet,
  manyMerges,
  openPackage,
  sampleBytes,
  worksheet,
} from '../fuzz/workbooks';
import { refusal } from './refusal';
import { cpuTimed } from '../cpu';

/** The value and the CPU time (ms) it took (test/cpu.ts): wall time would move with the machine's load. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const { value, cpuMs } = await cpuTimed(fn);
  return [value, cpuMs];
}

/** The sample with raw XML put into Chấm điểm. */
async function sampleWith(element: Parameters<typeof insertIntoSheet>[1], fragment: string): Promise<Uint8Array> {
  const zip = await openPackage();
  await editSheet(zip, 'Chấm điểm', (x) => insertIntoSheet(x, element, fragment));
  return bytesOf(zip);
}

/** Replaces one cell element of a sheet's XML. */
export function setCell(xml: string, address: string, cell: string): string {
  const re = new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`);
  if (!re.test(xml)) throw new Error(`no cell ${address}`);
  return xml.replace(re, cell);
}

const score = (sheets: SheetGrid[]) => sheets.find((s) => s.name === 'Chấm điểm')!;
const baseline = async () => readBloc((await loadXlsx(sampleBytes())).sheets);

describe('shapes that used to hang or exhaust memory', () => {
  test('a merge from row 100 to the end of the sheet (XFD1048576): dropped, it holds no value', async () => {
    const bytes = await sampleWith('mergeCells', '<mergeCell ref="A100:XFD1048576"/>');
    expect(bytes.length).toBeLessThan(40_000);
    const [loaded, ms] = await timed(() => loadXlsx(bytes));
    expect(ms).toBeLessThan(5000);
    const sheet = score(loaded.sheets);
    expect(sheet.merges.every((m) => m.bottom < sheet.values.length)).toBe(true);
    expect(loaded.expandedCells).toBeGreaterThan(16_000_000_000);
    expect(readBloc(loaded.sheets).issues).toEqual((await baseline()).issues);
  });

  test('a merge from inside the table to the end of the sheet is clipped to the cells in use', async () => {
    const { sheets } = await loadXlsx(await sampleWith('mergeCells', '<mergeCell ref="Z1:XFD1048576"/><mergeCell ref="A27:XFD1048576"/>'));
    const sheet = score(sheets);
    const width = Math.max(...sheet.values.map((r) => r.length));
    expect(sheet.merges).toContainEqual({ top: 26, left: 0, bottom: sheet.values.length - 1, right: width - 1 });
    expect(sheet.merges.some((m) => m.left === 25)).toBe(false); // Z1:… starts right of every value
  });

  test('whole-column validations and conditional formats are never expanded', async () => {
    const zip = await openPackage();
    await editSheet(zip, 'Chấm điểm', (x) =>
      insertIntoSheet(
        insertIntoSheet(
          x,
          'conditionalFormatting',
          '<conditionalFormatting sqref="A:XFD"><cfRule type="expression" dxfId="0" priority="99"><formula>TRUE</formula></cfRule></conditionalFormatting>',
        ),
        'dataValidations',
        '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" sqref="D6:Y1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
      ),
    );
    const bytes = await bytesOf(zip);
    const [loaded, ms] = await timed(() => loadXlsx(bytes));
    expect(ms).toBeLessThan(5000);
    expect(readBloc(loaded.sheets).issues).toEqual((await baseline()).issues);
  });

  test('60,000 small merges', async () => {
    const bytes = await manyMerges(60_000);
    const [loaded, ms] = await timed(() => loadXlsx(bytes));
    expect(ms).toBeLessThan(15_000);
    expect(loaded.sheets.find((s) => s.name === 'Gộp ô')!.merges).toHaveLength(60_000);
  });

  test('more merged ranges than the bound are refused, naming the sheet', async () => {
    const e = await refusal(loadXlsx(await manyMerges(300), { maxMerges: 200 }));
    expect(e.text.vi).toMatch(/^Trang "Gộp ô": có quá nhiều vùng gộp ô \(hơn 200 trong sổ\)/);
  });

  test('a malformed merged range is refused, naming the sheet and the range', async () => {
    const e = await refusal(loadXlsx(await sampleWith('mergeCells', '<mergeCell ref="A0:ZZZZ9"/>')));
    expect(e.text.vi).toBe('Trang "Chấm điểm": vùng gộp ô "A0:ZZZZ9" không hợp lệ: tệp hỏng, từ chối.');
    expect(e.text.en).toContain('"A0:ZZZZ9"');
  });

  test('data spread far to the right on many rows is refused before it fills memory', async () => {
    const zip = await openPackage();
    const rows = Array.from({ length: 500 }, (_, r) => `<row r="${r + 1}"><c r="XFD${r + 1}"><v>1</v></c></row>`).join('');
    await addSheet(zip, 'Rộng', worksheet(rows));
    const e = await refusal(loadXlsx(await bytesOf(zip), { maxSlots: 1_000_000 }));
    expect(e.text.vi).toMatch(/^Trang "Rộng": dữ liệu trải quá rộng \(hơn 1\.000\.000 ô/);
    // Within the default bound (ten million) it reads.
    expect((await loadXlsx(await bytesOf(zip))).sheets.find((s) => s.name === 'Rộng')!.values[499][16383]).toBe(1);
  });

  test('a cell address outside the grid is refused as damage', async () => {
    const zip = await openPackage();
    await addSheet(zip, 'Hỏng', worksheet('<row r="1"><c r="XFE1"><v>1</v></c></row>'));
    const e = await refusal(loadXlsx(await bytesOf(zip)));
    expect(e.text.vi).toBe('Trang "Hỏng": ô có địa chỉ "XFE1" không hợp lệ: tệp hỏng.');
  });

  test('an entity declared in a DOCTYPE (billion laughs) is not expanded: the file is refused as damaged', async () => {
    const zip = await openPackage();
    const lol = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await addSheet(
      zip,
      'Lol',
      `<?xml version="1.0"?>${lol}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
    );
    const e = await refusal(loadXlsx(await bytesOf(zip)));
    expect(e.text.vi).toMatch(/bị hỏng/);
  });
});

describe('cell values: nothing guessed', () => {
  async function cells(body: string, opts: { date1904?: boolean; extra?: string } = {}): Promise<SheetGrid> {
    const zip = await openPackage();
    await addSheet(zip, 'Thử', worksheet(body, opts.extra));
    if (opts.date1904) await editPart(zip, 'xl/workbook.xml', (x) => x.replace('<workbookPr ', '<workbookPr date1904="1" '));
    const { sheets } = await loadXlsx(await bytesOf(zip));
    return sheets.find((s) => s.name === 'Thử')!;
  }

  test('malformed and non-finite numbers are problems, never blank or a prefix', async () => {
    const s = await cells(
      '<row r="1"><c r="A1"><v>1e309</v></c><c r="B1"><v>NaN</v></c><c r="C1"><v>9abc</v></c><c r="D1"><v>0x1A</v></c><c r="E1"><v></v></c><c r="F1"><v> 7.25 </v></c><c r="G1"><v>-1.5E-3</v></c></row>',
    );
    expect(s.values[0]).toEqual([
      { problem: 'notANumber', text: '1e309' },
      { problem: 'notANumber', text: 'NaN' },
      { problem: 'notANumber', text: '9abc' },
      { problem: 'notANumber', text: '0x1A' },
      null,
      7.25,
      -0.0015,
    ]);
  });

  test('formulas without a saved result: plain arithmetic over constants and same-sheet cells is computed', async () => {
    const s = await cells(
      '<row r="1"><c r="A1"><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><f>4+5.5</f></c><c r="B2"><v>3</v></c><c r="C2"><f>B2*2+A2</f></c><c r="D2"><f>Khác!A1</f></c><c r="E2"><f>E2+1</f></c><c r="F2"><f>SUM(A1:C2)-MAX(A1,B2)</f><v></v></c></row>' +
        '<row r="3"><c r="A3"><f t="shared" ref="A3:C3" si="0">B2+1</f><v>4</v></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f t="shared" si="0"/></c></row>',
    );
    expect(s.values[1]).toEqual([
      9.5,
      3,
      15.5,
      { problem: 'noCachedValue', text: '=Khác!A1' },
      { problem: 'noCachedValue', text: '=E2+1' },
      27,
    ]);
    // A3 has its saved result; B3 is =C2+1, C3 is =D2+1 (D2 cannot be computed).
    expect(s.values[2]).toEqual([4, 16.5, { problem: 'noCachedValue', text: '=D2+1' }]);
  });

  test('booleans, errors, dates, string results, inline and rich text, phonetic runs, _xHHHH_ escapes', async () => {
    const s = await cells(
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>2</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="d"><v>2025-01-09</v></c><c r="E1" t="d"><v>2025-01-09T12:00:00Z</v></c></row>' +
        '<row r="2"><c r="A2" t="str"><f>B2&amp;"x"</f><v>ab_x000D_c</v></c><c r="B2" t="inlineStr"><is><t>_x005F_x0041_ và _x0041_</t></is></c>' +
        '<c r="C2" t="inlineStr"><is><r><t>Công </t></r><r><t xml:space="preserve">an </t></r><rPh sb="0" eb="1"><t>XX</t></rPh></is></c><c r="D2" t="s"><v>999999</v></c><c r="E2" t="inlineStr"><is><t><![CDATA[<b>&amp;]]></t></is></c></row>',
    );
    expect(s.values[0]).toEqual([true, { problem: 'notANumber', text: '2' }, '#N/A', 45666, 45666.5]);
    expect(s.values[1]).toEqual(['ab\rc', '_x0041_ và A', 'Công an ', { problem: 'unreadable', text: '999999' }, '<b>&amp;']);
  });

  test('cells and rows without addresses follow the previous ones', async () => {
    const s = await cells(
      '<row r="10"><c><v>1</v></c><c><v>2</v></c><c r="E10"><v>5</v></c><c><v>6</v></c></row><row><c><v>3</v></c></row>',
    );
    expect(s.values[9]).toEqual([1, 2, null, null, 5, 6]);
    expect(s.values[10]).toEqual([3]);
  });

  test('1904 date system: numbers stay as stored (a date-formatted 9 is 9), the grid says which system', async () => {
    const s = await cells('<row r="1"><c r="A1" s="0"><v>9</v></c><c r="B1" t="d"><v>2025-01-09</v></c></row>', { date1904: true });
    expect(s.date1904).toBe(true);
    expect(s.values[0]).toEqual([9, 45666 - 1462]);
  });

  test('1904 date system: the meeting date (a date serial) is read as the same day', async () => {
    const zip = await openPackage();
    await editPart(zip, 'xl/workbook.xml', (x) => x.replace('<workbookPr ', '<workbookPr date1904="1" '));
    await editSheet(zip, 'Thông tin', (x) => x.replace('<c r="B10" s="4"><v>45666</v></c>', `<c r="B10" s="4"><v>${45666 - 1462}</v></c>`));
    const { sheets } = await loadXlsx(await bytesOf(zip));
    expect(readBloc(sheets).bloc!.info.meetingDate).toBe('2025-01-09');
  });

  test('elements written with a namespace prefix read the same', async () => {
    const zip = await openPackage();
    await addSheet(
      zip,
      'Tiền tố',
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Tên</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>',
    );
    const { sheets } = await loadXlsx(await bytesOf(zip));
    const s = sheets.find((x) => x.name === 'Tiền tố')!;
    expect(s.values).toEqual([['Tên', 2]]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('the score reader names a cell it cannot read', () => {
  async function scoreCell(cell: string) {
    const zip = await openPackage();
    await editSheet(zip, 'Chấm điểm', (x) => setCell(x, 'D7', cell));
    const { sheets } = await loadXlsx(await bytesOf(zip));
    return { sheets, read: readBloc(sheets) };
  }

  test('a formula saved without its result that is plain arithmetic counts its value', async () => {
    const { sheets, read } = await scoreCell('<c r="D7" s="12"><f>4+5.5</f></c>');
    expect(score(sheets).values[6][3]).toBe(9.5);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('any other formula without a saved result is an error at its cell, never a blank', async () => {
    const { sheets, read } = await scoreCell('<c r="D7" s="12"><f>VLOOKUP(A7,\'Đơn vị\'!A:B,2,0)+4.5</f></c>');
    expect(isCellProblem(score(sheets).values[6][3])).toBe(true);
    const errors = read.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'Chấm điểm', cell: 'D7' });
    expect(errors[0].message.vi).toMatch(/^Ô có công thức =VLOOKUP\(A7;'Đơn vị'!A:B;2;0\)\+4,5 chưa có giá trị tính sẵn/);
    expect(errors[0].message.en).toMatch(/^The cell holds the formula =VLOOKUP\(A7,'Đơn vị'!A:B,2,0\)\+4\.5 with no saved result/);
  });

  test.each([['1e309'], ['NaN'], ['9abc']])('"%s" in a score cell is an error at its cell', async (v) => {
    const { read } = await scoreCell(`<c r="D7" s="12"><v>${v}</v></c>`);
    const errors = read.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'Chấm điểm', cell: 'D7' });
    expect(errors[0].message.vi).toBe(`Ô ghi "${v}": không phải là số hợp lệ (tiêu chí 1, Công an tỉnh, tự chấm).`);
  });
});

describe('sizes in messages', () => {
  test('the unit that says something, a decimal comma in Vietnamese, never "0,0 MB"', async () => {
    const { formatSize } = await import('../../src/domain/format');
    expect(formatSize(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatSize(3 * 1024 * 1024, 'vi')).toBe('3 MB');
    expect(formatSize(12_000, 'vi')).toBe('12 KB');
    expect(formatSize(300, 'vi')).toBe('300 byte');
    expect(formatSize(1, 'en')).toBe('1 byte');
  });
});
