// `npm run bench`: the speed targets of the engine and the command, printed as figures (not asserted).

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { scoreBloc } from '../src/domain/engine';
import { main } from '../src/cli/main';
import { readBloc } from '../src/workbook/read';
import { benchRoundTrip } from './roundtrip';
import { syntheticBloc } from './synthetic';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

/** Median wall time in ms of `runs` calls after `warm` warm-up calls. */
export async function timeIt(fn: () => unknown, runs = 9, warm = 2): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER BUDGET');

function readOrThrow(grids: ReturnType<typeof syntheticBloc>) {
  const read = readBloc(grids);
  if (!read.bloc) throw new Error(read.issues.filter((i) => i.severity === 'error').slice(0, 3).map((i) => `${i.sheet}!${i.cell} ${i.message.en}`).join('; '));
  return read.bloc;
}

async function engine(): Promise<string[]> {
  const lines: string[] = [];
  const small = syntheticBloc({ units: 1000, criteria: 200 });
  const large = syntheticBloc({ units: 2000, criteria: 200 });
  const blocSmall = readOrThrow(small);
  const blocLarge = readOrThrow(large);
  const tRead = await timeIt(() => readBloc(small), 5, 1);
  // Long warm-ups: the JIT settles before timing starts, so the ratio compares the algorithm, not the compiler.
  const tScore = await timeIt(() => scoreBloc(blocSmall), 31, 10);
  const tScore2 = await timeIt(() => scoreBloc(blocLarge), 31, 10);
  const tRead2 = await timeIt(() => readBloc(large), 5, 1);
  lines.push(`engine 1,000 units x 200 criteria: scoreBloc ${ms(tScore)} (budget 100 ms: ${verdict(tScore < 100)}); readBloc from grid ${ms(tRead)}`);
  lines.push(`engine 2,000 units x 200 criteria: scoreBloc ${ms(tScore2)}; ratio ${(tScore2 / tScore).toFixed(2)} (budget 2.2: ${verdict(tScore2 / tScore <= 2.2)}); readBloc ${ms(tRead2)}, ratio ${(tRead2 / tRead).toFixed(2)}`);

  const cross = syntheticBloc({ units: 50, criteria: 200, crossScorers: 50 });
  const crossBloc = readOrThrow(cross);
  crossBloc.rules = { ...crossBloc.rules, scoreSource: 'cross' };
  const cross2 = syntheticBloc({ units: 100, criteria: 200, crossScorers: 50 });
  const crossBloc2 = readOrThrow(cross2);
  crossBloc2.rules = { ...crossBloc2.rules, scoreSource: 'cross' };
  const rows = crossBloc.cross?.length ?? 0;
  const tCross = await timeIt(() => scoreBloc(crossBloc), 9, 2);
  const tCross2 = await timeIt(() => scoreBloc(crossBloc2), 9, 2);
  for (const method of ['trimmed', 'median'] as const) {
    const b = { ...crossBloc, rules: { ...crossBloc.rules, crossAggregation: method } };
    lines.push(`  cross-scoring (${method}): ${ms(await timeIt(() => scoreBloc(b), 9, 2))}`);
  }
  const tCrossRead = await timeIt(() => readBloc(cross), 3, 1);
  lines.push(`cross-scoring 50 units x 50 scorers x 200 criteria (${rows.toLocaleString('en')} scores, mean): scoreBloc ${ms(tCross)} (budget 200 ms: ${verdict(tCross < 200)}); readBloc with the Chấm chéo sheet ${ms(tCrossRead)}`);
  lines.push(`cross-scoring doubled (100 units): ${ms(tCross2)}; ratio ${(tCross2 / tCross).toFixed(2)} (budget 2.2: ${verdict(tCross2 / tCross <= 2.2)})`);
  return lines;
}

async function command(): Promise<string[]> {
  const bytes = await fs.readFile(SAMPLE);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-bench-'));
  const quiet = { out: () => {}, err: () => {} };
  // The same file work as the command: read the file from disk, write a workbook file.
  const bare = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    await wb.xlsx.writeFile(path.join(dir, 'bare.xlsx'));
  };
  const cli = async () => {
    const code = await main(['score', SAMPLE, '--out', dir, '--json'], quiet);
    if (code !== 0) throw new Error(`bxtd score exited ${code}`);
  };
  // Interleave the two so that machine noise hits both alike.
  const tBare: number[] = [];
  const tCli: number[] = [];
  for (let round = 0; round < 7; round++) {
    tBare.push(await timeIt(bare, 3, round === 0 ? 2 : 0));
    tCli.push(await timeIt(cli, 3, round === 0 ? 2 : 0));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const ratio = med(tCli) / med(tBare);
  await fs.rm(dir, { recursive: true, force: true });
  return [
    `bxtd score on the sample (${(bytes.length / 1024).toFixed(0)} KB): ${ms(med(tCli))}; bare ExcelJS read+write ${ms(med(tBare))}; ratio ${ratio.toFixed(2)} (budget 1.5: ${verdict(ratio <= 1.5)})`,
  ];
}

async function run(): Promise<void> {
  console.log(`Bình xét Thi đua — benchmarks (node ${process.version}, ${os.cpus().length} cores)`);
  for (const part of [engine, command, benchRoundTrip]) for (const line of await part()) console.log(line);
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
