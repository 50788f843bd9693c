// The round trip through real .xlsx files and the `bxtd split` / `bxtd collect` commands.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCollect } from '../../src/cli/collect';
import { runSplit } from '../../src/cli/split';
import { readRegistry } from '../../src/workbook/ownership';
import { inputFingerprint } from '../../src/workbook/result-sheet';
import { loadXlsx } from '../../src/xlsx/read';
import { fillXlsx, gridsToXlsx, masterFixture, SELF_COLS } from './fixture';

const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'vi' as const } };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-rt-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeMaster(opts: Parameters<typeof masterFixture>[0] = {}): Promise<string> {
  const file = path.join(dir, 'khoi-3.xlsx');
  await fs.writeFile(file, await gridsToXlsx(masterFixture(opts).sheets));
  return file;
}

/** The self-scoring files split writes, and the master carrying the secret (the given one when it had a secret). */
async function split(given: string): Promise<{ files: string[]; master: string }> {
  const c = io();
  expect(await runSplit([given, '--out', path.join(dir, 'split'), '--json'], c.io)).toBe(0);
  const doc = JSON.parse(c.out.join('\n')) as { master: string | null; files: { file: string }[] };
  return { files: doc.files.map((f) => f.file).sort(), master: doc.master ?? given };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON report, checked field by field below
type Json = any;

async function collect(args: string[]): Promise<{ code: number; json: Json; err: string[] }> {
  const c = io();
  const code = await runCollect([...args, '--out', path.join(dir, 'out'), '--json'], c.io);
  return { code, json: JSON.parse(c.out.join('\n')), err: c.err };
}

async function mergedValue(file: string, row: number, col: number) {
  const bytes = await fs.readFile(file);
  const { sheets } = await loadXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    grid: sheets.find((s) => s.name === 'Chấm điểm')!.values[row]?.[col] ?? null,
    cell: workbook.getWorksheet('Chấm điểm')!.getCell(row + 1, col + 1),
  };
}

describe('bxtd split', () => {
  it('writes one protected workbook per unit: only Tự chấm cells unlocked and validated, the marker very hidden', async () => {
    const { files, master } = await split(await writeMaster());
    expect(path.basename(master)).toBe('khoi-3.so-goc.xlsx');
    expect(files.map((f) => path.basename(f))).toEqual([
      'Tu-cham-CA-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-Cuc-Thi-hanh-an-dan-su-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-TAND-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-VKSND-tinh-Khoi-thi-dua-so-3-2024.xlsx',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(files[0])) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Chấm điểm', 'visible'],
      ['Thông tin', 'visible'],
      ['_bxtd', 'veryHidden'],
    ]);
    for (const w of wb.worksheets) {
      const protection = (w as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } }).sheetProtection;
      expect(protection).toMatchObject({ sheet: true });
      expect(protection.hashValue).toBeUndefined(); // no password
    }
    const ws = wb.getWorksheet('Chấm điểm')!;
    const unlocked: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) unlocked.push(cell.address);
      }),
    );
    expect(unlocked).toEqual(['D9', 'D11', 'D12', 'D14', 'D15', 'D17', 'D18', 'D20']);
    expect(ws.getCell('D9').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 30],
      showErrorMessage: true,
    });
    expect(ws.getCell('D18').dataValidation.formulae).toEqual([0, 5]);
    expect(ws.getCell('D20').dataValidation.formulae).toEqual([0, 10]);
    expect(ws.getCell('D8').value).toEqual(expect.objectContaining({ formula: 'SUM(D9,D11,D12)' }));
    expect(ws.getCell('A3').value).toBe('Đơn vị: Công an tỉnh');
  });

  it('writes the master with the bloc’s secret to the output folder on the first split (the given file unchanged), and keeps it after', async () => {
    const given = await writeMaster();
    const bytes = await fs.readFile(given);
    const before = await loadXlsx(bytes);
    const { master } = await split(given);
    expect((await fs.readFile(given)).equals(bytes)).toBe(true);
    expect(master).toBe(path.join(dir, 'split', 'khoi-3.so-goc.xlsx'));
    const after = await loadXlsx(await fs.readFile(master));
    const secret = readRegistry(after.sheets).secret;
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(inputFingerprint(after.sheets)).toBe(inputFingerprint(before.sheets));
    expect(after.package.workbook.sheets.find((s) => s.name === '_bxtd')!.state).toBe('veryHidden');
    // Split again from the master with its secret: no new master, the same secret.
    const kept = await fs.readFile(master);
    expect((await split(master)).master).toBe(master);
    expect((await fs.readFile(master)).equals(kept)).toBe(true);
    // Split again from the file without the secret, into the same folder: refused, the master kept.
    const c = io();
    expect(await runSplit([given, '--out', path.join(dir, 'split')], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/khoi-3\.so-goc\.xlsx đã có: đó là sổ gốc mang mã bảo mật của lần chia trước/);
    expect((await fs.readFile(master)).equals(kept)).toBe(true);
  });

  it('refuses a master with errors, naming the cell, with exit code 2', async () => {
    const m = masterFixture();
    m.sheets[2].values[5][2] = 'ba mươi';
    const file = path.join(dir, 'bad.xlsx');
    await fs.writeFile(file, await gridsToXlsx(m.sheets));
    const c = io();
    expect(await runSplit([file, '--out', path.join(dir, 'split')], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/Chấm điểm!C6/);
  });

  it('answers a missing file and bad arguments with exit code 2 and a message', async () => {
    const c = io();
    expect(await runSplit([path.join(dir, 'none.xlsx'), '--out', dir], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/Không tìm thấy tệp/);
    expect(await runSplit(['--bogus'], c.io)).toBe(2);
    expect(await runCollect([path.join(dir, 'only-master.xlsx')], c.io)).toBe(2);
  });
});

describe('bxtd collect', () => {
  it('merges filled returns into a copy of the master, which re-reads and re-scores', async () => {
    const given = await writeMaster();
    const { files, master } = await split(given);
    const ca = path.join(dir, 'ca.xlsx');
    const thads = path.join(dir, 'thads.xlsx');
    await fs.writeFile(ca, await fillXlsx(await fs.readFile(files[0]), FULL));
    await fs.writeFile(thads, await fillXlsx(await fs.readFile(files[1]), ['9,5', 15, undefined, 20, 20, 0, 0, 0]));
    const { code, json } = await collect([master, ca, thads]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ accepted: 2, rejected: 0, duplicates: 0, written: 15, pendingConflicts: 0 });
    expect(json.files[1].notes[0]).toMatch(/Để trống 1 tiêu chí \(I.2.2\)/);
    expect(json.output).toBe(path.join(dir, 'out', 'khoi-3.da-gop.xlsx'));
    const v = await mergedValue(json.output, 5, SELF_COLS[0]);
    expect(v.grid).toBe(28);
    expect((await mergedValue(json.output, 5, SELF_COLS[3])).grid).toBe(9.5);
    expect(json.issues.filter((i: string) => /lỗi|error/i.test(i))).toEqual([]);
    // The input master is untouched.
    const before = await loadXlsx(await fs.readFile(master));
    expect(before.sheets.find((s) => s.name === 'Chấm điểm')!.values[5][SELF_COLS[0]] ?? null).toBeNull();
    expect(
      (await loadXlsx(await fs.readFile(given))).sheets.find((s) => s.name === 'Chấm điểm')!.values[5][SELF_COLS[0]] ?? null,
    ).toBeNull();
    expect(before.sheets.find((s) => s.name === 'Chấm điểm')!.values[5][SELF_COLS[0]] ?? null).toBeNull();
  });

  it('reports conflicts with exit code 2 and overwrites them only with --overwrite', async () => {
    const { files, master } = await split(await writeMaster({ self: [[25]] }));
    const ca = path.join(dir, 'ca.xlsx');
    await fs.writeFile(ca, await fillXlsx(await fs.readFile(files[0]), FULL));
    const first = await collect([master, ca]);
    expect(first.code).toBe(2);
    expect(first.json.conflicts).toEqual([
      { file: 'ca.xlsx', unit: 'Công an tỉnh', criterion: 'I.1', cell: 'Chấm điểm!D6', master: 25, returned: 28, overwritten: false },
    ]);
    expect(first.err.join('\n')).toMatch(/1 ô xung đột chưa ghi đè/);
    expect((await mergedValue(first.json.output, 5, SELF_COLS[0])).grid).toBe(25);
    expect((await mergedValue(first.json.output, 7, SELF_COLS[0])).grid).toBe(14);
    const second = await collect([master, ca, '--overwrite']);
    expect(second.code).toBe(0);
    expect(second.json.conflicts[0].overwritten).toBe(true);
    expect((await mergedValue(second.json.output, 5, SELF_COLS[0])).grid).toBe(28);
    // The old value is kept in the journal of overwritten cells.
    const journal = (await loadXlsx(await fs.readFile(second.json.output))).sheets.find((s) => s.name === 'Nhật ký gộp')!;
    expect(journal.values[3].slice(1)).toEqual(['ca.xlsx', 'Công an tỉnh', 'I.1', 'Chấm điểm!D6', 25, 28]);
  });

  it('writes a formula cell of a return as its number, and refuses formula-looking text, leaving no formula in the master', async () => {
    const { files, master } = await split(await writeMaster());
    const calc = path.join(dir, 'calc.xlsx');
    const evil = path.join(dir, 'evil.xlsx');
    await fs.writeFile(calc, await fillXlsx(await fs.readFile(files[0]), [{ formula: '20+8', result: 28 }, ...FULL.slice(1)]));
    await fs.writeFile(evil, await fillXlsx(await fs.readFile(files[2]), ['=HYPERLINK("http://x.vn","Bấm")', ...FULL.slice(1)]));
    const { code, json } = await collect([master, calc, evil]);
    expect(code).toBe(2);
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(['accepted', 'rejected']);
    expect(json.files[1].reasons[0]).toMatch(/Chấm điểm!D9: “=HYPERLINK\("http:\/\/x.vn","Bấm"\)” không phải là số/);
    const merged = await mergedValue(json.output, 5, SELF_COLS[0]);
    expect(merged.grid).toBe(28);
    expect(merged.cell.type).toBe(ExcelJS.ValueType.Number);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await fs.readFile(json.output)) as unknown as ArrayBuffer);
    workbook.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(String(cell.value)).not.toMatch(/HYPERLINK/);
        }),
      ),
    );
  });

  it('flags two returns of one unit and refuses a return of another bloc', async () => {
    const { files, master } = await split(await writeMaster());
    const a1 = path.join(dir, 'a1.xlsx');
    const a2 = path.join(dir, 'a2.xlsx');
    await fs.writeFile(a1, await fillXlsx(await fs.readFile(files[0]), FULL));
    await fs.writeFile(a2, await fillXlsx(await fs.readFile(files[0]), [27, ...FULL.slice(1)]));
    const otherMaster = path.join(dir, 'other', 'k.xlsx');
    await fs.mkdir(path.dirname(otherMaster));
    await fs.writeFile(otherMaster, await gridsToXlsx(masterFixture({ year: 2025 }).sheets));
    const c = io();
    expect(await runSplit([otherMaster, '--out', path.join(dir, 'other')], c.io)).toBe(0);
    const other = path.join(dir, 'other', 'Tu-cham-TAND-tinh-Khoi-thi-dua-so-3-2025.xlsx');
    await fs.writeFile(other, await fillXlsx(await fs.readFile(other), FULL));
    const { code, json } = await collect([master, a1, a2, other]);
    expect(code).toBe(2);
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(['duplicate', 'duplicate', 'rejected']);
    expect(json.files[2].reasons[0]).toMatch(/Năm trong tệp là “2025”, trong sổ gốc là “2024”/);
    expect(json.written).toBe(0);
  });
});
