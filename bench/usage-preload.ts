// Loaded with `node -r` into each child the bench measures (bench/cpu.ts, spawnCpu): when the process exits, it writes
// its own CPU time and peak memory to the file BXTD_USAGE_FILE names, so a spawned command is measured as it
// accounts itself, whatever else the machine runs. Nothing else is loaded.

import { writeFileSync } from 'node:fs';

const file = process.env.BXTD_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
