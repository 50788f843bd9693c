// Reading limits: the worst shapes of the fuzz campaign (issue 14) through `bxtd score`, each in a fresh process
// whose heap is capped at 1 GB, measured for wall time, CPU time and peak resident memory. The budget: every input
// within the documented limits read in at most 30 s and 1 GB.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { alternate, budget, median, ratioOf, spawnCpu, x } from './cpu';
import { writeShapes } from './shapes';

export const LIMIT_MS = 30_000;
export const LIMIT_MB = 1024;

export interface Measured {
  code: number | null;
  ms: number; // wall time
  /** CPU time of the process (user + system): what the work costs, whatever else the machine is doing. */
  cpuMs: number;
  /** Peak resident set size of the process, in MB. */
  peakMb: number;
  stdout: string;
  stderr: string;
}

/** Runs the compiled CLI (`mainJs`, e.g. dist-cli/src/cli/main.js) in a process capped at `heapMb`. */
export function runCapped(mainJs: string, args: string[], heapMb = LIMIT_MB): Measured {
  const wrapper =
    `require(${JSON.stringify(mainJs)}).main(process.argv.slice(1)).then((code) => {` +
    `const u = process.resourceUsage(); process.stderr.write('\\nBXTD_USAGE ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n');` +
    `process.exitCode = code; })`;
  const t = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '-e', wrapper, '--', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * LIMIT_MS,
  });
  const ms = performance.now() - t;
  const usage = /BXTD_USAGE (\d+) (\d+)/.exec(r.stderr ?? '');
  return {
    code: r.status,
    ms,
    cpuMs: usage ? Number(usage[2]) / 1000 : NaN,
    peakMb: usage ? Number(usage[1]) / 1024 : NaN,
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '').replace(/\nBXTD_USAGE \d+ \d+\n/, ''),
  };
}

/** The largest accepted workbook against the floor (bench/floor.ts), each in a fresh process, 3 alternated rounds. */
const BIGGEST = 'cells-4.8-million';

export async function benchLimits(): Promise<{ lines: string[]; vsFloor: number }> {
  const mainJs = path.join(__dirname, '..', 'src', 'cli', 'main.js');
  if (!fs.existsSync(mainJs)) throw new Error('reading limits: run from dist-cli (npm run bench)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-limits-'));
  try {
    let vsFloor = NaN;
    const lines = [
      `reading limits: bxtd score in a fresh process capped at a ${LIMIT_MB} MB heap (budget ${LIMIT_MS / 1000} s and ${LIMIT_MB} MB each)`,
    ];
    for (const shape of await writeShapes(dir)) {
      const m = runCapped(mainJs, ['score', shape.file, '--out', path.join(dir, 'out'), '--json']);
      // CPU time against the budget: a machine busy with other work stretches the wall time, not the work.
      const ok = (m.code === 0 || m.code === 2) && m.cpuMs <= LIMIT_MS && m.peakMb <= LIMIT_MB;
      lines.push(
        `  ${shape.name} (${shape.note}): exit ${m.code}, ${(m.ms / 1000).toFixed(1)} s (CPU ${(m.cpuMs / 1000).toFixed(1)} s), peak ${m.peakMb.toFixed(0)} MB (${budget(`reading limits: ${shape.name}`, ok)})`,
      );
      if (shape.name === BIGGEST) vsFloor = await biggestVsFloor(mainJs, shape.file, path.join(dir, 'out'), lines);
    }
    if (!Number.isFinite(vsFloor)) throw new Error(`reading limits: no shape ${BIGGEST}`);
    return { lines, vsFloor };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `bxtd score` on the largest workbook against the floor, both in fresh processes, CPU; adds its line. */
async function biggestVsFloor(mainJs: string, file: string, out: string, lines: string[]): Promise<number> {
  const floorJs = path.join(__dirname, 'floor.js');
  const r = await alternate(
    {
      bxtd: () => runCapped(mainJs, ['score', file, '--out', out, '--json']).cpuMs,
      floor: () => {
        const run = spawnCpu([floorJs, file]);
        if (run.code !== 0) throw new Error(`the floor failed: ${run.stderr.slice(0, 300)}`);
        return run.cpuMs;
      },
    },
    3,
  );
  const ratio = ratioOf(r.bxtd, r.floor);
  lines.push(
    `  ${BIGGEST}: bxtd score ${(median(r.bxtd) / 1000).toFixed(2)} s CPU, the floor ${(median(r.floor) / 1000).toFixed(2)} s: ratio ${x(ratio)} (3 alternated rounds, fresh processes)`,
  );
  return ratio;
}
