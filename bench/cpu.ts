// How the bench measures: CPU time (user + system), never wall time, which grows with whatever else the machine runs;
// paired cases alternated over several rounds (A B, then B A, ...) and reported as medians, a ratio as the median of
// the rounds' ratios, so that drift in the machine's speed hits both sides of a ratio alike.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** CPU time (ms) of this process while `fn` runs (its awaits included). */
export async function cpuOf(fn: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/**
 * Each case measured `rounds` times, the cases alternated (forward in even rounds, backward in odd ones). A case
 * gives its own figures (CPU ms): in-process with cpuOf, or a child's from spawnCpu.
 */
export async function alternate<K extends string, V>(cases: Record<K, () => Promise<V> | V>, rounds: number): Promise<Record<K, V[]>> {
  const keys = Object.keys(cases) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as V[]])) as Record<K, V[]>;
  for (let r = 0; r < rounds; r++) for (const k of r % 2 ? [...keys].reverse() : keys) out[k].push(await cases[k]());
  return out;
}

/** The median of the rounds' ratios a[i] / b[i]. */
export const ratioOf = (a: readonly number[], b: readonly number[]): number => median(a.map((x, i) => x / b[i]));

export interface ChildRun {
  code: number | null;
  /** CPU time of the child process (user + system). */
  cpuMs: number;
  /** Its peak resident memory. */
  maxRssMb: number;
  stdout: string;
  stderr: string;
}

/** Reports the process's own resource usage when it exits (loaded with -r into every measured child). */
const PRELOAD = path.join(__dirname, 'usage-preload.js');

/** `node ARGS` in a child process, its CPU time and peak memory as the child itself accounts them. */
export function spawnCpu(args: readonly string[], opts: { heapMb?: number; timeoutMs?: number } = {}): ChildRun {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-usage-'));
  const file = path.join(dir, 'usage.json');
  try {
    const heap = opts.heapMb ? [`--max-old-space-size=${opts.heapMb}`] : [];
    const r = spawnSync(process.execPath, [...heap, '-r', PRELOAD, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: opts.timeoutMs ?? 600_000,
      env: { ...process.env, BXTD_USAGE_FILE: file },
    });
    const usage = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { cpuMs: number; maxRssMb: number }) : null;
    return {
      code: r.status,
      cpuMs: usage?.cpuMs ?? NaN,
      maxRssMb: usage?.maxRssMb ?? NaN,
      stdout: r.stdout ?? '',
      stderr: r.stderr ?? '',
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The repository (the bench runs compiled, from dist-cli/bench). */
export const ROOT = path.resolve(__dirname, '..', '..');
/** The `bxtd` command as a user runs it. */
export const BXTD = path.join(ROOT, 'bin', 'bxtd.js');

export const ms = (v: number): string => `${v.toFixed(1)} ms`;
export const s = (v: number): string => `${(v / 1000).toFixed(2)} s`;
export const x = (v: number): string => `${v.toFixed(2)}×`;

/** Budgets fail the bench when exceeded; goals (figures still to be reached) are printed and never fail it. */
export interface Verdicts {
  over: string[];
}
export const verdicts: Verdicts = { over: [] };

/** "OK" or "OVER BUDGET" (remembered: the bench then exits 1). */
export function budget(name: string, ok: boolean): string {
  if (!ok) verdicts.over.push(name);
  return ok ? 'OK' : 'OVER BUDGET';
}

/** "met" or "goal, not yet met" (never fails the bench). */
export const goal = (ok: boolean): string => (ok ? 'goal met' : 'goal, not yet met');
