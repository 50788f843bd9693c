// `npm run bench`: the speed targets of the engine and the command, printed as figures (not asserted).

import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { scoreBloc } from '../src/domain/engine';
import { main } from '../src/cli/main';
import { readBloc } from '../src/workbook/read';
import { benchLimits } from './limits';
import { benchProvince } from './province';
import { benchRoundTrip } from './roundtrip';
import { syntheticBloc } from './synthetic';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Wall times in ms of `runs` calls after `warm` warm-up calls: the mean (garbage collection amortised) and median. */
async function timeIt(fn: () => unknown, runs = 9, warm = 2): Promise<{ mean: number; median: number }> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { mean: times.reduce((a, b) => a + b, 0) / runs, median: median(times) };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER BUDGET');

function readOrThrow(grids: ReturnType<typeof syntheticBloc>) {
  const read = readBloc(grids);
  if (!read.bloc)
    throw new Error(
      read.issues
        .filter((i) => i.severity === 'error')
        .slice(0, 3)
        .map((i) => `${i.sheet}!${i.cell} ${i.message.en}`)
        .join('; '),
    );
  return read.bloc;
}

/** One engine measurement, run in a process of its own so that no other case's heap weighs on it. */
interface EngineCase {
  units: number;
  criteria: number;
  crossScorers?: number;
  method?: 'mean' | 'trimmed' | 'median';
}
interface EngineTimes {
  score: number; // mean of the timed runs: garbage collection included, amortised (the median would drop it)
  scoreMedian: number;
  read: number;
  rows: number;
}

async function measureCase(c: EngineCase): Promise<EngineTimes> {
  const grids = syntheticBloc(c);
  const bloc = readOrThrow(grids);
  if (c.crossScorers) bloc.rules = { ...bloc.rules, scoreSource: 'cross', crossAggregation: c.method ?? 'mean' };
  // Long warm-ups: the JIT settles before timing starts, so ratios compare the algorithm, not the compiler.
  const score = await timeIt(() => scoreBloc(bloc), 41, 10);
  const read = (await timeIt(() => readBloc(grids), 5, 1)).median;
  return { score: score.mean, scoreMedian: score.median, read, rows: bloc.cross?.value.length ?? 0 };
}

function inChild(c: EngineCase): EngineTimes {
  const out = execFileSync(process.execPath, [__filename, '--case', JSON.stringify(c)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as EngineTimes;
}

async function engine(): Promise<string[]> {
  const small = inChild({ units: 1000, criteria: 200 });
  const large = inChild({ units: 2000, criteria: 200 });
  const wide = inChild({ units: 1000, criteria: 400 });
  const cross = inChild({ units: 50, criteria: 200, crossScorers: 50 });
  const cross2 = inChild({ units: 100, criteria: 200, crossScorers: 50 });
  const ratio = large.score / small.score;
  const crossRatio = cross2.score / cross.score;
  return [
    'engine: scoreBloc mean of 41 runs (median in brackets), each case in a fresh process',
    `engine 1,000 units x 200 criteria: scoreBloc ${ms(small.score)} (${ms(small.scoreMedian)}) (budget 100 ms: ${verdict(small.score < 100)}); readBloc from grid ${ms(small.read)}`,
    `engine 2,000 units x 200 criteria: scoreBloc ${ms(large.score)} (${ms(large.scoreMedian)}); ratio ${ratio.toFixed(2)} (budget 2.2: ${verdict(ratio <= 2.2)}); readBloc ${ms(large.read)}, ratio ${(large.read / small.read).toFixed(2)}`,
    // Doubling the units also more than doubles the equal totals to explain (totals in quarter points crowd
    // together), and the reasons' text is most of what the engine allocates; doubling the criteria does not.
    `engine 1,000 units x 400 criteria: scoreBloc ${ms(wide.score)} (${ms(wide.scoreMedian)}); ratio ${(wide.score / small.score).toFixed(2)} (budget 2.2: ${verdict(wide.score / small.score <= 2.2)}); readBloc ${ms(wide.read)}, ratio ${(wide.read / small.read).toFixed(2)}`,
    ...(['trimmed', 'median'] as const).map(
      (method) => `  cross-scoring (${method}): ${ms(inChild({ units: 50, criteria: 200, crossScorers: 50, method }).score)}`,
    ),
    `cross-scoring 50 units x 50 scorers x 200 criteria (${cross.rows.toLocaleString('en')} scores, mean): scoreBloc ${ms(cross.score)} (${ms(cross.scoreMedian)}) (budget 200 ms: ${verdict(cross.score < 200)}); readBloc with the Chấm chéo sheet ${ms(cross.read)}`,
    `cross-scoring doubled (100 units): ${ms(cross2.score)} (${ms(cross2.scoreMedian)}); ratio ${crossRatio.toFixed(2)} (budget 2.2: ${verdict(crossRatio <= 2.2)})`,
  ];
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
    tBare.push((await timeIt(bare, 3, round === 0 ? 2 : 0)).median);
    tCli.push((await timeIt(cli, 3, round === 0 ? 2 : 0)).median);
  }
  const ratio = median(tCli) / median(tBare);
  await fs.rm(dir, { recursive: true, force: true });
  return [
    `bxtd score on the sample (${(bytes.length / 1024).toFixed(0)} KB): ${ms(median(tCli))}; bare ExcelJS read+write ${ms(median(tBare))}; ratio ${ratio.toFixed(2)} (budget 1.5: ${verdict(ratio <= 1.5)})`,
  ];
}

async function run(): Promise<void> {
  console.log(`Bình xét Thi đua — benchmarks (node ${process.version}, ${os.cpus().length} cores)`);
  for (const part of [engine, command, benchRoundTrip, benchProvince, benchLimits]) for (const line of await part()) console.log(line);
}

const caseAt = process.argv.indexOf('--case');
const job =
  caseAt > 0
    ? measureCase(JSON.parse(process.argv[caseAt + 1]) as EngineCase).then((t) => void process.stdout.write(JSON.stringify(t)))
    : run();
job.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
