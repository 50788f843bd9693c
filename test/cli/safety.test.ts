// Never lose the user's work (issue 8) through `bxtd score`: a user's sheet named like ours survives, a workbook with no
// score entered is refused with nothing written, and a `Kết quả` older than its inputs is reported.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/workbook/grid';
import { planNewBloc } from '../../src/workbook/new-bloc';
import { loadXlsx } from '../../src/xlsx/read';
import { newWorkbookBytes } from '../../src/xlsx/write';
import { run, SAMPLE, tempDir } from './cli';

const tmp = tempDir('bxtd-safety-');

const gridsOf = async (file: string): Promise<SheetGrid[]> => (await loadXlsx(await fs.readFile(file))).sheets;

test("a user's own KẾT QUẢ sheet keeps every cell and format; ours goes beside it and the CLI says so", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const own = wb.addWorksheet('KẾT QUẢ');
  own.getCell('A1').value = 'Ghi chép riêng của thư ký';
  own.getCell('A1').font = { bold: true, color: { argb: 'FFFF0000' } };
  own.getCell('C7').value = 12.5;
  const input = path.join(tmp.dir, 'so.xlsx');
  await wb.xlsx.writeFile(input);

  const r = await run(['score', input, '--out', tmp.dir]);
  expect(r.code).toBe(0);
  expect(r.err).toContain('Sổ đã có trang «KẾT QUẢ» của người dùng');
  const out = path.join(tmp.dir, 'so.ket-qua.xlsx');
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(out);
  const kept = after.getWorksheet('KẾT QUẢ')!;
  expect(kept.getCell('A1').value).toBe('Ghi chép riêng của thư ký');
  expect(kept.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFF0000' } });
  expect(kept.getCell('C7').value).toBe(12.5);
  expect(after.getWorksheet('Kết quả (bxtd)')!.getCell('A1').value).toBe('KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA');

  // Scoring the result again replaces ours, still beside the user's.
  expect((await run(['score', out, '--out', path.join(tmp.dir, 'again')])).code).toBe(0);
  const names = (await gridsOf(path.join(tmp.dir, 'again', 'so.ket-qua.ket-qua.xlsx'))).map((s) => s.name);
  expect(names.filter((n) => n.startsWith('Kết quả') || n === 'KẾT QUẢ')).toEqual(['KẾT QUẢ', 'Kết quả (bxtd)']);
});

test('a workbook with no score entered: exit 2, the sheet named, nothing written', async () => {
  const input = path.join(tmp.dir, 'moi.xlsx');
  await fs.writeFile(
    input,
    await newWorkbookBytes({
      ownedSheets: planNewBloc({ units: ['A', 'B', 'C'], year: 2025 }),
      highlightSheets: [],
      highlights: [],
      cellWrites: [],
    }),
  );
  const out = path.join(tmp.dir, 'out');
  const r = await run(['score', input, '--out', out]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Chấm điểm: Chưa có điểm nào được nhập');
  await expect(fs.stat(out)).rejects.toThrow();
  const json = await run(['score', input, '--out', out, '--json']);
  expect(json.code).toBe(2);
  expect(JSON.parse(json.out).errors[0]).toMatchObject({ cell: 'Chấm điểm' });
});

test('a Kết quả older than its inputs is reported as out of date', async () => {
  expect((await run(['score', SAMPLE, '--out', tmp.dir])).code).toBe(0);
  const scored = path.join(tmp.dir, 'khoi-thi-dua-so-3.ket-qua.xlsx');
  const fresh = await run(['score', scored, '--out', path.join(tmp.dir, 'a')]);
  expect(fresh.err).not.toContain('đã cũ');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scored);
  wb.getWorksheet('Phiếu bầu')!.getCell('B3').value = 10; // a figure changes after scoring
  const changed = path.join(tmp.dir, 'changed.xlsx');
  await wb.xlsx.writeFile(changed);
  const r = await run(['score', changed, '--out', path.join(tmp.dir, 'b')]);
  expect(r.err).toContain('Trang Kết quả đã cũ: sổ đã thay đổi sau lần chấm điểm gần nhất');
});
