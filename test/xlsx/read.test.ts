import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { scoreBloc } from '../../src/domain/engine';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx, MAX_CELL_CHARS } from '../../src/xlsx/read';
import { entriesToVerify, readCentralDirectory, type ZipEntry } from '../../src/zip/guard';
import { refusal } from './refusal';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

async function workbookBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Overwrite a field of the central-directory entry for `name` (offset within the entry header). */
function patchCentral(bytes: Uint8Array, name: string, fieldOffset: number, value: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const dv = new DataView(out.buffer);
  const enc = new TextEncoder().encode(name);
  for (let p = 0; p + 46 < out.length; p++) {
    if (dv.getUint32(p, true) !== 0x02014b50) continue;
    const len = dv.getUint16(p + 28, true);
    if (len === enc.length && enc.every((b, i) => out[p + 46 + i] === b)) {
      dv.setUint32(p + fieldOffset, value, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

describe('cell values', () => {
  test('formulas give cached results, dates serials, rich text and hyperlinks text, errors their text', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Chấm điểm');
      ws.getCell('A1').value = 'Tổng cộng';
      ws.getCell('B1').value = { formula: 'SUM(B2:B3)', result: 19.5 };
      ws.getCell('C1').value = { formula: 'A1&"!"', result: 'Tổng cộng!' };
      ws.getCell('D1').value = { formula: 'B1>10', result: true };
      ws.getCell('E1').value = { formula: 'NOW()' }; // no cached result
      ws.getCell('F1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('B2').value = 9.5;
      ws.getCell('B3').value = 10;
      ws.getCell('A4').value = new Date(Date.UTC(2025, 0, 9));
      ws.getCell('B4').value = { richText: [{ text: 'Công an ' }, { font: { bold: true }, text: 'tỉnh' }] };
      ws.getCell('C4').value = { text: 'Cổng thông tin', hyperlink: 'https://daklak.gov.vn' };
      ws.getCell('D4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('E4').value = false;
      ws.getCell('A5').value = 'x'.repeat(MAX_CELL_CHARS + 10);
      ws.mergeCells('B6:C7');
      ws.getCell('B6').value = 'Viện Kiểm sát nhân dân tỉnh';
      ws.getCell('E9').value = { sharedFormula: 'B1', result: 7 } as unknown as ExcelJS.CellValue;
    });
    const { sheets, warnings } = await loadXlsx(bytes);
    expect(sheets).toHaveLength(1);
    const v = sheets[0].values;
    expect(v[0]).toEqual(['Tổng cộng', 19.5, 'Tổng cộng!', true, { problem: 'noCachedValue', text: '=NOW()' }, '#DIV/0!']);
    expect(v[3]).toEqual([45666, 'Công an tỉnh', 'Cổng thông tin', '#N/A', false]);
    expect((v[4][0] as string).length).toBe(MAX_CELL_CHARS);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].vi).toContain('A5');
    expect(v[5]).toEqual([null, 'Viện Kiểm sát nhân dân tỉnh']);
    expect(v[6] ?? []).toEqual([]); // merged cells other than the top-left are blank
    expect(sheets[0].merges).toEqual([{ top: 5, left: 1, bottom: 6, right: 2 }]);
    expect(sheets[0].name).toBe('Chấm điểm');
  });

  test('an ArrayBuffer works as well as a Uint8Array', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 1;
    });
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await loadXlsx(ab)).sheets[0].values).toEqual([[1]]);
  });
});

describe('refusals', () => {
  test('not an xlsx: plain text', async () => {
    const e = await refusal(loadXlsx(new TextEncoder().encode('STT;Tên đơn vị\n1;Công an tỉnh\n')));
    expect(e.text.vi).toBe('Tệp không phải là bảng tính .xlsx (không phải tệp nén zip). Hãy chọn tệp Excel .xlsx.');
    expect(e.text.en).toContain('not an .xlsx workbook');
  });

  test('an old .xls (OLE) file', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await refusal(loadXlsx(ole));
    expect(e.text.vi).toContain('.xls');
  });

  test('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const e = await refusal(loadXlsx(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })));
    expect(e.text.vi).toContain('không có xl/workbook.xml');
  });

  test('a damaged zip', async () => {
    const good = new Uint8Array(fs.readFileSync(SAMPLE));
    // Cut the middle out: the end record points at a directory that is no longer there.
    const cut = new Uint8Array([...good.subarray(0, 3000), ...good.subarray(good.length - 2000)]);
    const e1 = await refusal(loadXlsx(cut));
    expect(e1.text.vi).toMatch(/bị hỏng/);
    // Scramble the compressed data of the sheets but keep the directory intact.
    const scrambled = new Uint8Array(good);
    for (let i = 200; i < scrambled.length - 3000; i += 7) scrambled[i] ^= 0x5a;
    const e2 = await refusal(loadXlsx(scrambled));
    expect(e2.text.vi).toMatch(/bị hỏng|bom zip/);
  });

  test('over the size bound', async () => {
    const e = await refusal(loadXlsx(new Uint8Array(21 * 1024 * 1024)));
    expect(e.text.vi).toBe('Tệp quá lớn (21 MB); giới hạn là 20 MB.');
    const small = await refusal(loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)), { maxBytes: 1000 }));
    expect(small.text.en).toContain('too large');
  });

  test('a zip bomb: a small file declaring a huge sheet XML is refused before inflating, naming the sheet', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Chấm điểm').getCell('A1').value = 1;
    });
    const bomb = patchCentral(bytes, 'xl/worksheets/sheet1.xml', 24, 0xfffffff0); // declared uncompressed size
    expect(bomb.length).toBeLessThan(20000);
    const e = await refusal(loadXlsx(bomb));
    expect(e.text.vi).toMatch(/^Trang "Chấm điểm" \(xl\/worksheets\/sheet1\.xml\) khi giải nén quá lớn \(4\.096 MB, giới hạn 100 MB\)/);
    expect(e.text.en).toContain('zip bomb');
  });

  test('a zip bomb lying about its size: inflation stops past the declared size', async () => {
    const zip = new JSZip();
    const base = await JSZip.loadAsync(
      await workbookBytes((wb) => {
        wb.addWorksheet('Chấm điểm').getCell('A1').value = 1;
      }),
    );
    for (const [name, file] of Object.entries(base.files)) {
      if (!file.dir) zip.file(name, await file.async('uint8array'));
    }
    // 8 MB of a repeated row compresses to a few KB; declare 1 KB.
    const row = '<row r="1"><c r="A1"><v>1</v></c></row>';
    const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(200000)}</sheetData></worksheet>`;
    zip.file('xl/worksheets/sheet1.xml', xml);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const liar = patchCentral(bytes, 'xl/worksheets/sheet1.xml', 24, 1024);
    // Under a 1 MB sheet bound, its worst case (compressed size x 1032) is over the bound: it is inflated as a
    // stream and stopped at the declared 1 KB.
    const e = await refusal(loadXlsx(liar, { maxSheetXml: 1024 * 1024 }));
    expect(e.text.vi).toContain('giải nén ra nhiều hơn kích thước khai báo');
    expect(e.text.vi).toContain('Chấm điểm');
    // Under the default 100 MB bound too: every part is measured in the pass that parses it, against what it declares.
    const damaged = await refusal(loadXlsx(liar));
    expect(damaged.text.vi).toContain('giải nén ra nhiều hơn kích thước khai báo');
    expect(damaged.code).toBe('file.unsafe');
    expect(damaged.where).toMatchObject({ part: 'xl/worksheets/sheet1.xml' });
  });

  test('templates (checked before JSZip reads them): only entries whose worst case passes a bound are inflated first', () => {
    const limits = { maxTotal: 200 * 1024 * 1024, maxEntry: () => 8 * 1024 * 1024 };
    const entry = (e: { name: string; method: number; compressedSize: number; uncompressedSize: number }): ZipEntry => ({
      rawName: new TextEncoder().encode(e.name),
      flags: 0,
      crc32: 0,
      time: 0,
      date: 0,
      localOffset: 0,
      ...e,
    });
    const small = entry({ name: 'xl/styles.xml', method: 8, compressedSize: 2000, uncompressedSize: 9000 });
    const big = entry({ name: 'xl/worksheets/sheet1.xml', method: 8, compressedSize: 20000, uncompressedSize: 900 });
    const stored = entry({ name: 'xl/media/a.png', method: 0, compressedSize: 5_000_000, uncompressedSize: 5_000_000 });
    expect(entriesToVerify([small, stored], limits)).toEqual([]);
    expect(entriesToVerify([small, big, stored], limits)).toEqual([big]);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...small, name: `p${i}`, compressedSize: 8000 }));
    expect(entriesToVerify(many, limits)).toHaveLength(30); // together they could reach 247 MB
  });

  test('declared total and per-sheet bounds are configurable', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Đơn vị');
      for (let r = 1; r <= 2000; r++) ws.getRow(r).values = [r, `Đơn vị ${r}`, 'x'];
    });
    const e = await refusal(loadXlsx(bytes, { maxSheetXml: 10_000 }));
    expect(e.text.vi).toContain('Trang "Đơn vị"');
    const t = await refusal(loadXlsx(bytes, { maxUncompressed: 20_000 }));
    expect(t.text.vi).toMatch(/^Tệp khi giải nén quá lớn/);
  });

  test('rows and cells are bounded, naming the sheet', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Thông tin').getCell('A1').value = 'Tên khối';
      const ws = wb.addWorksheet('Chấm điểm');
      ws.getCell('A10').value = 1;
      ws.getCell('C200').value = 2;
    });
    const rows = await refusal(loadXlsx(bytes, { maxRows: 100 }));
    expect(rows.text.vi).toBe('Trang "Chấm điểm" có quá nhiều dòng (dòng 200, giới hạn 100): từ chối.');
    const cells = await refusal(loadXlsx(bytes, { maxCells: 2 }));
    expect(cells.text.vi).toContain('trang "Chấm điểm"');
    expect((await loadXlsx(bytes, { maxRows: 200, maxCells: 3 })).sheets[1].values[199]).toEqual([null, null, 2]);
  });

  test('the central directory reader lists entries with sizes', async () => {
    const entries = readCentralDirectory(new Uint8Array(fs.readFileSync(SAMPLE)));
    const names = entries.map((e) => e.name);
    expect(names).toContain('xl/workbook.xml');
    expect(names).toContain('xl/worksheets/sheet3.xml');
    expect(entries.every((e) => e.uncompressedSize >= 0 && e.compressedSize >= 0)).toBe(true);
  });
});

describe('the sample workbook', () => {
  test('reads without issues: 11 units, five sheets, two-column score table', async () => {
    const { sheets, warnings } = await loadXlsx(fs.readFileSync(SAMPLE));
    expect(warnings).toEqual([]);
    expect(sheets.map((s) => s.name)).toEqual(['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']);
    const r = readBloc(sheets);
    expect(r.issues).toEqual([]);
    const bloc = r.bloc!;
    expect(bloc.units).toHaveLength(11);
    expect(bloc.units[0]).toMatchObject({ name: 'Công an tỉnh', shortName: 'CA tỉnh', present: true });
    expect(bloc.units.filter((u) => !u.present).map((u) => u.name)).toEqual(['Trại giam Đắk Trung']);
    expect(bloc.units.filter((u) => u.ineligibleReason).map((u) => u.name)).toEqual(['Trung đoàn Cảnh sát cơ động Tây Nguyên']);
    expect(bloc.units.filter((u) => u.flagLastPeriod).map((u) => u.name)).toEqual(['Bộ Chỉ huy Quân sự tỉnh']);
    expect(bloc.info).toMatchObject({
      name: 'Khối thi đua số 3',
      province: 'Đắk Lắk',
      year: 2024,
      head: 'Công an tỉnh',
      meetingDate: '2025-01-09',
    });
    expect(bloc.table.groups.map((g) => g.kind)).toEqual(['ordinary', 'ordinary', 'ordinary', 'bonus', 'deduction']);
    expect(bloc.table.criteria).toHaveLength(13);
    expect(r.layout!.unitColumns[0]).toEqual({ self: 3, bloc: 4 });
    expect(r.layout!.headerRow).toBe(3);
    expect(bloc.ballot!.votes[0]).toBe(10);
    expect(bloc.rules.given).toEqual(['meritCount', 'voteThreshold', 'tieBreaks']);
  });

  test('scores into the ranking the sample was made for', async () => {
    const { sheets } = await loadXlsx(fs.readFileSync(SAMPLE));
    const result = scoreBloc(readBloc(sheets).bloc!);
    expect(result.ranking.map((u) => [u.rank, u.name, u.total])).toEqual([
      [1, 'Công an tỉnh', 104],
      [2, 'Bộ Chỉ huy Quân sự tỉnh', 101],
      [3, 'Viện Kiểm sát nhân dân tỉnh', 100],
      [4, 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 100],
      [5, 'Trung đoàn Cảnh sát cơ động Tây Nguyên', 98.5],
      [6, 'Tòa án nhân dân tỉnh', 98],
      [7, 'Cục Thi hành án dân sự tỉnh', 98],
      [8, 'Thanh tra tỉnh', 96.5],
      [9, 'Sở Tư pháp', 95.5],
      [10, 'Trại giam Đắk Tân', 94.5],
      [11, 'Trại giam Đắk Trung', 92],
    ]);
    expect(result.flagOutcome).toBe('proposed');
    expect(result.flag).toEqual([0]);
    expect(result.merit.sort()).toEqual([1, 2, 6, 7].sort());
  });
});
