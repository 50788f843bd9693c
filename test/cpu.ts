// Speed in tests is bounded by CPU time, never by wall time: a busy machine (CI shares its cores) stretches wall time
// but not the work done. Bounds stay generous — they catch a runaway (a quadratic loop, a file parsed that should
// have been refused), not noise; the speed figures and their budgets are `npm run bench`'s.

/** CPU time (user + system, ms) this process has used since `start` (a `process.cpuUsage()` reading). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** The value of `fn` and the CPU time (ms) this process used while it ran. */
export async function cpuTimed<T>(fn: () => T | Promise<T>): Promise<{ value: T; cpuMs: number }> {
  const start = process.cpuUsage();
  const value = await fn();
  return { value, cpuMs: cpuMsSince(start) };
}
