// Returned files are untrusted: zip bombs, huge sheets, overlong text and files that are not workbooks are
// refused quickly, with a message, and never reach the master.

import ExcelJS from 'exceljs';
import { collectReturns } from '../../src/workbook/collect';
import { planSplit } from '../../src/workbook/split';
import { loadReturn, MAX_RETURN_BYTES } from '../../src/xlsx/collect';
import { splitBytes } from '../../src/xlsx/split';
import { fillXlsx, masterFixture } from './fixture';
import { buildZip, zipEntries } from './zip';
import { cpuTimed } from '../cpu';

const master = masterFixture();
const book = planSplit(master)[0];
const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];

/** The value and the CPU time (ms) it took (test/cpu.ts): wall time would move with the machine's load. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const { value, cpuMs } = await cpuTimed(fn);
  return { value, ms: cpuMs };
}

/** A real return whose score sheet XML is replaced by `mb` megabytes of rows. */
async function bomb(mb: number, lie: boolean): Promise<Buffer> {
  const entries = await zipEntries(await splitBytes(book));
  const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  const xml = sheet.chunk.toString('utf8');
  const open = xml.indexOf('<sheetData>') + '<sheetData>'.length;
  const row = Buffer.from('<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'.repeat(1000));
  Object.assign(sheet, {
    head: Buffer.from(xml.slice(0, open)),
    chunk: row,
    repeat: Math.ceil((mb * 1024 * 1024) / row.length),
    tail: Buffer.from(xml.slice(xml.indexOf('</sheetData>'))),
  });
  return buildZip(entries, { lie });
}

describe('hostile returns', () => {
  for (const lie of [false, true]) {
    it(`refuses a zip bomb (300 MB of sheet XML in a small file${lie ? ', sizes lied about' : ''}) quickly and in bounded memory`, async () => {
      const data = await bomb(300, lie);
      expect(data.length).toBeLessThan(MAX_RETURN_BYTES);
      global.gc?.();
      const rss = process.memoryUsage().rss;
      const { value, ms } = await timed(() => loadReturn({ name: 'bom.xlsx', data }));
      const grown = (process.memoryUsage().rss - rss) / 1024 / 1024;
      if (process.env.BXTD_VERBOSE) console.log(`zip bomb (lie=${lie}): refused in ${ms.toFixed(0)} ms, rss +${grown.toFixed(0)} MB`);
      expect(value.sheets).toBeNull();
      expect(value.loadError!.vi).toMatch(lie ? /nhiều hơn kích thước khai báo|bom zip/ : /bom zip/);
      expect(ms).toBeLessThan(5000);
      expect(grown).toBeLessThan(200);
      const report = collectReturns(master, [value]);
      expect(report.files[0].status).toBe('rejected');
      expect(report.plan.cellWrites).toEqual([]);
    });
  }

  it('refuses a sheet a million rows long (a tiny file with a cell at row 1,000,000)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fillXlsx(await splitBytes(book), FULL)) as unknown as ArrayBuffer);
    wb.getWorksheet('Chấm điểm')!.getCell('D1000000').value = 1;
    const data = new Uint8Array(await wb.xlsx.writeBuffer());
    const { value, ms } = await timed(() => loadReturn({ name: 'trieu-dong.xlsx', data }));
    expect(value.loadError!.vi).toMatch(/quá nhiều dòng/);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses overlong text in a score cell, quoting it truncated', async () => {
    const data = await fillXlsx(await splitBytes(book), ['9'.repeat(5) + 'x'.repeat(100000), ...FULL.slice(1)]);
    const loaded = await loadReturn({ name: 'dai.xlsx', data });
    const report = collectReturns(master, [loaded]);
    const why = report.files[0].reasons.map((r) => r.vi).join('\n');
    expect(why).toMatch(/Ô Chấm điểm!D9 chứa chuỗi quá dài “99999x{35}…” \(\d+ ký tự\)/);
    expect(why.length).toBeLessThan(200);
  });

  it('refuses files that are not .xlsx workbooks, and oversized ones without parsing them', async () => {
    const text = await loadReturn({ name: 'thu.txt', data: new TextEncoder().encode('Kính gửi Khối trưởng...') });
    expect(text.loadError!.vi).toMatch(/không phải tệp .xlsx/);
    const xls = await loadReturn({ name: 'cu.xls', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) });
    expect(xls.loadError!.vi).toMatch(/Excel cũ \(.xls\)/);
    const zipNotXlsx = await loadReturn({
      name: 'nen.xlsx',
      data: await buildZip([{ name: 'a.txt', chunk: Buffer.from('a'), repeat: 1 }]),
    });
    expect(zipNotXlsx.loadError!.vi).toMatch(/không phải là bảng tính Excel .xlsx/);
    const big = new Uint8Array(MAX_RETURN_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const { value, ms } = await timed(() => loadReturn({ name: 'lon.xlsx', data: big }));
    expect(value.loadError!.vi).toMatch(/quá lớn .* cho một bảng tự chấm/);
    expect(ms).toBeLessThan(500); // CPU: refused on its size, before any unzipping
  });

  it('still accepts an honest return loaded the same way', async () => {
    const loaded = await loadReturn({ name: 'ok.xlsx', data: await fillXlsx(await splitBytes(book), FULL) });
    expect(loaded.loadError).toBeUndefined();
    expect(collectReturns(master, [loaded]).files[0]).toMatchObject({ status: 'accepted', written: 8 });
  });
});
