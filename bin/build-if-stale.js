#!/usr/bin/env node
// Compiles the CLI (`tsc -p tsconfig.cli.json` into dist-cli/) only when the build is missing or older than one of
// its sources, so `npm run demo` starts at once on a current build and still never runs stale code.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const config = path.join(root, 'tsconfig.cli.json');
const built = path.join(root, 'dist-cli', 'src', 'cli', 'main.js');

/** The newest modification time under `file` (a folder: its TypeScript files, recursively). */
function newest(file) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a file removed or renamed changes its folder
  for (const entry of fs.readdirSync(file, { withFileTypes: true })) {
    if (entry.isDirectory() || /\.tsx?$/.test(entry.name)) latest = Math.max(latest, newest(path.join(file, entry.name)));
  }
  return latest;
}

const { include } = JSON.parse(fs.readFileSync(config, 'utf8'));
const sources = [config, path.join(root, 'tsconfig.json'), ...include.map((dir) => path.join(root, dir))];
const builtAt = fs.statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? -1;
if (sources.some((s) => newest(s) > builtAt)) {
  process.stderr.write('Compiling the CLI (sources changed since the last build)…\n');
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
