// `npm run bench`: the speed figures of the engine and the commands, with their budgets (an exceeded budget makes the
// bench exit 1) and the goals of issue 23 (printed beside the figures; a goal not yet met does not fail the bench).
// Every figure is CPU time (bench/cpu.ts); paired cases are alternated over several rounds and reported as medians.

import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { scoreBloc } from '../src/domain/engine';
import { readBloc } from '../src/workbook/read';
import { alternate, budget, goal, median, ms, ratioOf, verdicts, x } from './cpu';
import { benchLimits } from './limits';
import { benchProvince } from './province';
import { benchRoundTrip } from './roundtrip';
import { syntheticBloc } from './synthetic';
import { benchYardsticks } from './yardsticks';

/** CPU times in ms of `runs` calls after `warm` warm-up calls: the mean (garbage collection amortised) and median. */
function timeIt(fn: () => unknown, runs = 9, warm = 2): { mean: number; median: number } {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  return { mean: times.reduce((a, b) => a + b, 0) / runs, median: median(times) };
}

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

function measureCase(c: EngineCase): EngineTimes {
  const grids = syntheticBloc(c);
  const bloc = readOrThrow(grids);
  if (c.crossScorers) bloc.rules = { ...bloc.rules, scoreSource: 'cross', crossAggregation: c.method ?? 'mean' };
  // Long warm-ups: the JIT settles before timing starts, so ratios compare the algorithm, not the compiler.
  const score = timeIt(() => scoreBloc(bloc), 41, 10);
  const read = timeIt(() => readBloc(grids), 5, 1).median;
  return { score: score.mean, scoreMedian: score.median, read, rows: bloc.cross?.value.length ?? 0 };
}

function inChild(c: EngineCase): EngineTimes {
  const out = execFileSync(process.execPath, [__filename, '--case', JSON.stringify(c)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as EngineTimes;
}

const ROUNDS = 3;

async function engine(): Promise<string[]> {
  // Each case in a fresh process; the doubling pairs alternated over the rounds, each ratio the median of the rounds'.
  const runs = await alternate(
    {
      small: () => inChild({ units: 1000, criteria: 200 }),
      large: () => inChild({ units: 2000, criteria: 200 }),
      wide: () => inChild({ units: 1000, criteria: 400 }),
      cross: () => inChild({ units: 50, criteria: 200, crossScorers: 50 }),
      cross2: () => inChild({ units: 100, criteria: 200, crossScorers: 50 }),
    },
    ROUNDS,
  );
  const m = (k: keyof typeof runs, f: keyof EngineTimes) => median(runs[k].map((t) => t[f]));
  const r = (a: keyof typeof runs, b: keyof typeof runs, f: keyof EngineTimes = 'score') =>
    ratioOf(
      runs[a].map((t) => t[f]),
      runs[b].map((t) => t[f]),
    );
  const large = r('large', 'small');
  const wide = r('wide', 'small');
  const cross = r('cross2', 'cross');
  return [
    `engine: scoreBloc CPU, mean of 41 runs (their median in brackets), each case in a fresh process, ${ROUNDS} alternated rounds (medians)`,
    `engine 1,000 units x 200 criteria: scoreBloc ${ms(m('small', 'score'))} (${ms(m('small', 'scoreMedian'))}) (budget 100 ms: ${budget('engine 1,000 x 200', m('small', 'score') < 100)}); readBloc from grid ${ms(m('small', 'read'))}`,
    `engine 2,000 units x 200 criteria: scoreBloc ${ms(m('large', 'score'))} (${ms(m('large', 'scoreMedian'))}); ratio ${large.toFixed(2)} (budget 2.2: ${budget('engine doubled units', large <= 2.2)}); readBloc ${ms(m('large', 'read'))}, ratio ${r('large', 'small', 'read').toFixed(2)}`,
    // Doubling the units also more than doubles the equal totals to explain (totals in quarter points crowd
    // together), and the reasons' text is most of what the engine allocates; doubling the criteria does not.
    `engine 1,000 units x 400 criteria: scoreBloc ${ms(m('wide', 'score'))} (${ms(m('wide', 'scoreMedian'))}); ratio ${wide.toFixed(2)} (budget 2.2: ${budget('engine doubled criteria', wide <= 2.2)}); readBloc ${ms(m('wide', 'read'))}, ratio ${r('wide', 'small', 'read').toFixed(2)}`,
    ...(['trimmed', 'median'] as const).map(
      (method) => `  cross-scoring (${method}): ${ms(inChild({ units: 50, criteria: 200, crossScorers: 50, method }).score)}`,
    ),
    `cross-scoring 50 units x 50 scorers x 200 criteria (${runs.cross[0].rows.toLocaleString('en')} scores, mean): scoreBloc ${ms(m('cross', 'score'))} (${ms(m('cross', 'scoreMedian'))}) (budget 200 ms: ${budget('cross-scoring', m('cross', 'score') < 200)}); readBloc with the Chấm chéo sheet ${ms(m('cross', 'read'))}`,
    `cross-scoring doubled (100 units): ${ms(m('cross2', 'score'))} (${ms(m('cross2', 'scoreMedian'))}); ratio ${cross.toFixed(2)} (budget 2.2: ${budget('cross-scoring doubled', cross <= 2.2)})`,
  ];
}

async function run(): Promise<void> {
  console.log(`Bình xét Thi đua — benchmarks (node ${process.version}, ${os.cpus().length} cores); every figure is CPU time`);
  for (const part of [engine, benchRoundTrip, benchProvince]) for (const line of await part()) console.log(line);
  const yard = await benchYardsticks();
  for (const line of yard.lines) console.log(line);
  const limits = await benchLimits();
  for (const line of limits.lines) console.log(line);
  // Issue 23's table: where the commands stand against what the work needs.
  const rows: [string, number, number][] = [
    ['`bxtd score` 120 × 200 bloc vs SheetJS read + write of the same file', yard.figures.vsSheetJs, 1.0],
    ['the same vs the floor (inflate + SAX, nothing built)', yard.figures.vsFloor, 3],
    ['`bxtd score` on the 11-unit sample vs `node -e 0` (fresh processes)', yard.figures.vsNode, 4],
    ['4.8 M cells vs the floor (fresh processes)', limits.vsFloor, 1.5],
  ];
  console.log('\n| measure (CPU, median of paired runs) | now | goal |\n|---|---|---|');
  for (const [name, now, target] of rows) console.log(`| ${name} | ${x(now)} | ≤ ${x(target)} (${goal(now <= target)}) |`);
  if (verdicts.over.length) {
    console.log(`\nOVER BUDGET: ${verdicts.over.join('; ')}`);
    process.exitCode = 1;
  } else console.log('\nEvery budget holds.');
}

const caseAt = process.argv.indexOf('--case');
const job =
  caseAt > 0
    ? Promise.resolve(measureCase(JSON.parse(process.argv[caseAt + 1]) as EngineCase)).then(
        (t) => void process.stdout.write(JSON.stringify(t)),
      )
    : run();
job.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
