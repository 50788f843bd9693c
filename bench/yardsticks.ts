// `bxtd score` beside yardsticks that do the same file work (issue 23): a bare ExcelJS read + write (the budget), a
// plain SheetJS read + write, and the floor (bench/floor.ts); `bxtd score` on the sample against a bare `node -e 0`;
// and each command's start-up (`bxtd COMMAND --help`) against `node -e 0`. CPU time, paired cases alternated.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { alternate, budget, BXTD, cpuOf, median, ms, ratioOf, ROOT, spawnCpu, x } from './cpu';
import { bxtdScore, floor, floorPair } from './floor';
import { writeGrids } from './province';
import { syntheticBloc } from './synthetic';

export const SAMPLE = path.join(ROOT, 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const ROUNDS = 5;
const COMMANDS = ['score', 'split', 'collect', 'ho-so', 'tong-hop', 'placeholders'];

/** The figures the goals table (bench/run.ts) is made of. */
export interface YardstickFigures {
  vsSheetJs: number;
  vsFloor: number;
  vsNode: number;
}

/** In-process cases on one file: `bxtd score`, ExcelJS, SheetJS, the floor; each run once to warm up. */
function fileCases(file: string, dir: string) {
  return {
    bxtd: () => bxtdScore(file, dir),
    exceljs: async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      await wb.xlsx.writeFile(path.join(dir, 'exceljs.xlsx'));
    },
    sheetjs: () => XLSX.writeFile(XLSX.readFile(file), path.join(dir, 'sheetjs.xlsx'), { compression: true }),
    floor: async () => floor(await fs.readFile(file)),
  };
}

async function inProcess(file: string, dir: string) {
  const cases = fileCases(file, dir);
  for (const c of Object.values(cases)) await c();
  return alternate(
    {
      bxtd: () => cpuOf(cases.bxtd),
      exceljs: () => cpuOf(cases.exceljs),
      sheetjs: () => cpuOf(cases.sheetjs),
      floor: () => cpuOf(cases.floor),
    },
    ROUNDS,
  );
}

export async function benchYardsticks(): Promise<{ lines: string[]; figures: YardstickFigures }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-bench-yard-'));
  try {
    const lines = [`yardsticks: CPU time, median of ${ROUNDS} alternated rounds; a ratio is the median of the rounds' ratios`];
    // The sample (11 units) in-process: the ExcelJS budget of earlier benches.
    const sample = await inProcess(SAMPLE, dir);
    const vsExcel = ratioOf(sample.bxtd, sample.exceljs);
    lines.push(
      `  sample (11 units): bxtd score ${ms(median(sample.bxtd))}; ExcelJS read+write ${ms(median(sample.exceljs))}, ratio ${x(vsExcel)} (budget 1.5×: ${budget('bxtd score vs ExcelJS', vsExcel <= 1.5)}); SheetJS read+write ${ms(median(sample.sheetjs))}; the floor ${ms(median(sample.floor))}`,
    );
    // A large bloc: 120 units × 200 criteria.
    const bloc = path.join(dir, 'khoi-120x200.xlsx');
    await writeGrids(syntheticBloc({ units: 120, criteria: 200 }), bloc);
    const large = await inProcess(bloc, dir);
    const vsSheetJs = ratioOf(large.bxtd, large.sheetjs);
    // Against the floor: the two alone in a fresh process (beside ExcelJS's garbage, the floor reads up to twice slower).
    const alone = floorPair(bloc, dir);
    const vsFloor = ratioOf(alone.bxtd, alone.floor);
    const above = 1 - 1 / vsFloor;
    lines.push(
      `  bloc 120 units × 200 criteria (${((await fs.stat(bloc)).size / 1024).toFixed(0)} KB): bxtd score ${ms(median(large.bxtd))}; SheetJS read+write ${ms(median(large.sheetjs))} (ratio ${x(vsSheetJs)}); ExcelJS read+write ${ms(median(large.exceljs))} (ratio ${x(ratioOf(large.bxtd, large.exceljs))})`,
      `  the same bloc, bxtd score and the floor alone in a fresh process (${alone.bxtd.length} alternated rounds): ${ms(median(alone.bxtd))} and ${ms(median(alone.floor))}, ratio ${x(vsFloor)} (${(above * 100).toFixed(0)} % of the time above the floor)`,
    );
    // Whole commands as a user runs them: a fresh process each, the child's own CPU time.
    const out = path.join(dir, 'out');
    const spawned = await alternate(
      {
        bxtd: () => child([BXTD, 'score', SAMPLE, '--out', out, '--json']),
        node: () => child(['-e', '0']),
      },
      ROUNDS,
    );
    const vsNode = ratioOf(spawned.bxtd, spawned.node);
    lines.push(
      `  bxtd score on the sample, a fresh process: ${ms(median(spawned.bxtd))} CPU; node -e 0 ${ms(median(spawned.node))}; ratio ${x(vsNode)}`,
    );
    // Start-up: each command's help, against node -e 0 (lazy loading shows here).
    const startup = await alternate(
      Object.fromEntries([
        ['node', () => child(['-e', '0'], true)],
        ...COMMANDS.map((c) => [c, () => child([BXTD, c, '--help'], true)]),
      ]) as Record<string, () => number>,
      3,
    );
    lines.push(
      `  start-up, \`bxtd COMMAND --help\` in a fresh process (node -e 0: ${ms(median(startup.node))}): ` +
        COMMANDS.map((c) => `${c} ${ms(median(startup[c]))} (${x(ratioOf(startup[c], startup.node))})`).join(', '),
    );
    return { lines, figures: { vsSheetJs, vsFloor, vsNode } };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** A child's CPU time; it must succeed (or, for `--help` where a command has none yet, at least exit). */
function child(args: string[], anyExit = false): number {
  const r = spawnCpu(args);
  if (!anyExit && r.code !== 0) throw new Error(`node ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 300)}`);
  if (!Number.isFinite(r.cpuMs)) throw new Error(`node ${args.join(' ')}: no CPU time reported`);
  return r.cpuMs;
}
