// The province summary's budget: `bxtd tong-hop` on 40 scored bloc workbooks of 15 units in under 5 s of CPU, memory
// bounded (files are read one at a time, so 40 files should peak about where 20 do). The workbooks are made once
// (synthetic blocs written with ExcelJS, scored by the real `bxtd score`); each measure is a fresh `bxtd` process,
// module loading included, as a province officer runs it, its own CPU time (bench/cpu.ts), 40 and 20 blocs alternated.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { isCellProblem, type CellValue, type SheetGrid } from '../src/workbook/grid';
import { alternate, budget, BXTD, median, spawnCpu } from './cpu';
import { random, syntheticBloc } from './synthetic';

const BLOCS = 40;
const UNITS = 15;
const CRITERIA = 30;
const BUDGET_MS = 5000;

/** A bloc of the province: the synthetic workbook renamed, with a ballot for most blocs. */
function provinceBloc(i: number): SheetGrid[] {
  const sheets = syntheticBloc({ units: UNITS, criteria: CRITERIA, seed: 1000 + i });
  const info = sheets.find((s) => s.name === 'Thông tin')!;
  info.values[0][1] = `Khối thi đua số ${i}`;
  if (i % 5 === 0) return sheets; // every fifth bloc has not voted yet: its flag is pending the vote
  const rnd = random(i);
  const names = sheets
    .find((s) => s.name === 'Đơn vị')!
    .values.slice(1)
    .map((r) => String(r[1]));
  const ballot: CellValue[][] = [
    ['Số phiếu phát ra', UNITS],
    ['Số phiếu thu về', UNITS],
    ['Số phiếu hợp lệ', UNITS],
    [],
    ['Đơn vị', 'Số phiếu đồng ý'],
    ...names.map((n) => [n, Math.floor(rnd() * (UNITS + 1))] as CellValue[]),
  ];
  sheets.push({ name: 'Phiếu bầu', values: ballot, merges: [] });
  return sheets;
}

export async function writeGrids(sheets: SheetGrid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => v != null && (ws.getCell(r + 1, c + 1).value = isCellProblem(v) ? v.text : v)));
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  await wb.xlsx.writeFile(file);
}

/** One `bxtd tong-hop` in a fresh process: its CPU time and peak resident memory. */
function timeRun(files: string[], out: string): { cpuMs: number; maxRssMb: number } {
  const r = spawnCpu([BXTD, 'tong-hop', ...files, '--out', out, '--json']);
  if (r.code !== 0) throw new Error(`bxtd tong-hop exited ${r.code}: ${r.stderr.slice(0, 300)}`);
  return r;
}

/** Writes the province's scored bloc workbooks into dir/scored; returns their paths. */
export async function makeProvince(dir: string, blocs = BLOCS): Promise<string[]> {
  const inputs = path.join(dir, 'inputs');
  const scored = path.join(dir, 'scored');
  await fs.mkdir(inputs, { recursive: true });
  const quiet = { out: () => {}, err: () => {} };
  const files: string[] = [];
  for (let i = 1; i <= blocs; i++) {
    const input = path.join(inputs, `khoi-${i}.xlsx`);
    await writeGrids(provinceBloc(i), input);
    const code = await main(['score', input, '--out', scored], quiet);
    if (code !== 0) throw new Error(`bxtd score on synthetic bloc ${i} exited ${code}`);
    files.push(path.join(scored, `khoi-${i}.ket-qua.xlsx`));
  }
  return files;
}

export async function benchProvince(): Promise<string[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-bench-province-'));
  try {
    const files = await makeProvince(dir);
    const size = (await Promise.all(files.map((f) => fs.stat(f)))).reduce((n, s) => n + s.size, 0);
    const out = path.join(dir, 'out');
    timeRun(files.slice(0, 2), out); // warm the file cache
    const runs = await alternate({ all: () => timeRun(files, out), half: () => timeRun(files.slice(0, BLOCS / 2), out) }, 3);
    const t40 = median(runs.all.map((r) => r.cpuMs));
    const t20 = median(runs.half.map((r) => r.cpuMs));
    const m40 = median(runs.all.map((r) => r.maxRssMb));
    const m20 = median(runs.half.map((r) => r.maxRssMb));
    return [
      `bxtd tong-hop on ${BLOCS} scored blocs of ${UNITS} units (${(size / 1024 / 1024).toFixed(1)} MB, fresh process, CPU median of 3 alternated with ${BLOCS / 2} blocs): ${t40.toFixed(0)} ms (budget ${BUDGET_MS} ms: ${budget('tong-hop', t40 < BUDGET_MS)}); peak memory ${m40.toFixed(0)} MB, ${BLOCS / 2} blocs ${t20.toFixed(0)} ms and ${m20.toFixed(0)} MB (ratio ${(m40 / m20).toFixed(2)}: files read one at a time)`,
    ];
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
