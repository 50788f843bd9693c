import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAddress, type SheetGrid } from '../../src/workbook/grid';
import { RESULT_SHEET } from '../../src/workbook/plan';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx } from '../../src/xlsx/read';
import { NODE_FS } from '../../src/cli/files';
import { run, SAMPLE, tempDir } from './cli';

const tmp = tempDir();

const gridsOf = async (file: string) => (await loadXlsx(await fs.readFile(file))).sheets;
const inputSheets = (sheets: SheetGrid[]) => sheets.filter((s) => s.name !== RESULT_SHEET);
// ExcelJS keeps a sheet's conditional formats in a property its types do not declare.
const conditionalFormats = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
const ruleFormulas = (ws: ExcelJS.Worksheet) =>
  conditionalFormats(ws).flatMap((cf) => cf.rules.flatMap((rule) => ('formulae' in rule ? (rule.formulae ?? []) : []).map(String)));

describe('bxtd score', () => {
  it('writes the result workbook, keeps every input value, and prints the ranking', async () => {
    const r = await run(['score', SAMPLE, '--out', tmp.dir]);
    expect(r.code).toBe(0);
    const target = path.join(tmp.dir, 'khoi-thi-dua-so-3.ket-qua.xlsx');
    expect(r.out).toContain(`Đã ghi: ${target}`);
    expect(r.out).toMatch(/Cờ thi đua/);
    const before = await gridsOf(SAMPLE);
    const after = await gridsOf(target);
    for (const sheet of inputSheets(before)) {
      expect(after.find((s) => s.name === sheet.name)?.values).toEqual(sheet.values);
    }
    expect(after.map((s) => s.name)).toContain(RESULT_SHEET);

    // The chart and the marked highlights are in the package.
    const zip = await JSZip.loadAsync(await fs.readFile(target));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(target)) as unknown as ArrayBuffer);
    const score = wb.getWorksheet('Chấm điểm')!;
    expect(ruleFormulas(score).some((f) => f.includes('BXTD:flag'))).toBe(true);
  });

  it('prints exactly one JSON document with --json', async () => {
    const r = await run(['score', SAMPLE, '--out', tmp.dir, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual([
      'bloc',
      'ranking',
      'flag',
      'merit',
      'pending',
      'unresolvedTies',
      'ballot',
      'rounds',
      'nextBallot',
      'nextHead',
      'nextDeputy',
      'nextHost',
      'documents',
      'warnings',
      'errors',
    ]);
    expect(doc.bloc.name).toMatch(/Khối thi đua/);
    expect(doc.ranking.length).toBe(11);
    for (const row of doc.ranking) {
      expect(Object.keys(row)).toEqual([
        'rank',
        'unit',
        'total',
        'base',
        'bonus',
        'deduction',
        'votes',
        'voteRound',
        'eligible',
        'ineligibleReason',
        'proposal',
        'reasons',
      ]);
      expect([null, 'flag', 'merit']).toContain(row.proposal);
    }
    expect(doc.flag.length).toBeLessThanOrEqual(1);
    expect(doc.errors).toEqual([]);
    // The proposals in the ranking agree with the lists.
    expect(doc.ranking.filter((x: { proposal: string }) => x.proposal === 'flag').map((x: { unit: string }) => x.unit)).toEqual(doc.flag);
    expect(doc.ranking.filter((x: { proposal: string }) => x.proposal === 'merit').map((x: { unit: string }) => x.unit)).toEqual(doc.merit);
  });

  it('gives the same result sheet when run again on its own output', async () => {
    expect((await run(['score', SAMPLE, '--out', tmp.dir])).code).toBe(0);
    const first = path.join(tmp.dir, 'khoi-thi-dua-so-3.ket-qua.xlsx');
    const again = path.join(tmp.dir, 'again');
    expect((await run(['score', first, '--out', again])).code).toBe(0);
    const second = path.join(again, 'khoi-thi-dua-so-3.ket-qua.ket-qua.xlsx');
    const a = (await gridsOf(first)).find((s) => s.name === RESULT_SHEET)!;
    const b = (await gridsOf(second)).find((s) => s.name === RESULT_SHEET)!;
    // Only the input fingerprint line may differ: the first output has no result sheet among its inputs.
    expect(b.values.length).toBe(a.values.length);
    expect(b.values.slice(0, -1)).toEqual(a.values.slice(0, -1));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(second)) as unknown as ArrayBuffer);
    const firstWb = new ExcelJS.Workbook();
    await firstWb.xlsx.load((await fs.readFile(first)) as unknown as ArrayBuffer);
    expect(ruleFormulas(wb.getWorksheet('Chấm điểm')!)).toEqual(ruleFormulas(firstWb.getWorksheet('Chấm điểm')!));
    const zip = await JSZip.loadAsync(await fs.readFile(second));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it('refuses invalid input with exit 2, the cell in each message, and writes nothing', async () => {
    const { sheets } = await loadXlsx(await fs.readFile(SAMPLE));
    const read = readBloc(sheets);
    const row = read.layout!.criterionRows[0];
    const col = read.layout!.unitColumns[0].self!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
    wb.getWorksheet(read.layout!.scoreSheet)!.getCell(row + 1, col + 1).value = 999;
    const bad = path.join(tmp.dir, 'bad.xlsx');
    await wb.xlsx.writeFile(bad);
    const out = path.join(tmp.dir, 'out');
    const r = await run(['score', bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${read.layout!.scoreSheet}!${cellAddress(row, col)}: `);
    await expect(fs.stat(out)).rejects.toThrow();
    const en = await run(['score', bad, '--out', out, '--lang', 'en', '--json']);
    expect(en.code).toBe(2);
    const doc = JSON.parse(en.out);
    expect(doc.errors[0].cell).toBe(`${read.layout!.scoreSheet}!${cellAddress(row, col)}`);
    expect(doc.errors[0].message).toMatch(/[a-z]/);
  });

  it('gives clear messages for a file that is not an .xlsx, missing, or too large', async () => {
    const text = path.join(tmp.dir, 'notes.xlsx');
    await fs.writeFile(text, 'Biên bản họp khối');
    let r = await run(['score', text, '--out', tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/\bat \w+ \(/); // no stack trace
    expect(r.err.length).toBeGreaterThan(10);

    r = await run(['score', path.join(tmp.dir, 'missing.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không tìm thấy tệp');

    const big = path.join(tmp.dir, 'big.xlsx');
    const handle = await fs.open(big, 'w');
    await handle.truncate(21 * 1024 * 1024);
    await handle.close();
    r = await run(['score', big, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('too large');
  });

  it('exit 2 on a bad option or an unwritable folder; exit 1 with one line on an unexpected failure, the stack only with --debug', async () => {
    expect((await run(['score', SAMPLE, '--bogus'])).code).toBe(2);
    const blocker = path.join(tmp.dir, 'file');
    await fs.writeFile(blocker, '');
    const folder = path.join(blocker, 'sub');
    let r = await run(['score', SAMPLE, '--out', folder, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Could not write into the folder ${folder}: part of the path is a file, not a folder. Nothing was written.`);
    // A bug of ours (not a refusal of the system) while writing.
    const buggy = { ...NODE_FS, open: () => Promise.reject(new TypeError('x is not a function')) };
    r = await run(['score', SAMPLE, '--out', tmp.dir], buggy);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Lỗi ngoài dự kiến: x is not a function');
    r = await run(['score', SAMPLE, '--out', tmp.dir, '--debug', '--json'], buggy);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').length).toBeGreaterThan(1);
    expect(JSON.parse(r.out).errors).toEqual([{ cell: null, code: 'unexpected', message: 'Lỗi ngoài dự kiến: x is not a function' }]);
    expect(await fs.readdir(tmp.dir)).toEqual(['file']);
  });
});
