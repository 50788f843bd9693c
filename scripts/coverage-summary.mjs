#!/usr/bin/env node
// After `jest --coverage` (npm run coverage): lines and branches covered, overall and per folder of src/, the weakest
// folders first, from coverage/coverage-summary.json. The README's coverage figures are this table.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const summary = JSON.parse(readFileSync(path.join('coverage', 'coverage-summary.json'), 'utf8'));
const folders = new Map();
let files = 0;
for (const [file, s] of Object.entries(summary)) {
  if (file === 'total') continue;
  files++;
  const rel = path.relative('src', file).split(path.sep);
  const folder = `src/${rel.length > 1 ? rel.slice(0, Math.min(2, rel.length - 1)).join('/') : '.'}`;
  const f = folders.get(folder) ?? { files: 0, lines: [0, 0], branches: [0, 0] };
  f.files++;
  f.lines[0] += s.lines.covered;
  f.lines[1] += s.lines.total;
  f.branches[0] += s.branches.covered;
  f.branches[1] += s.branches.total;
  folders.set(folder, f);
}
const pct = ([c, t]) => (t ? (100 * c) / t : 100);
const cell = (pair) => `${pct(pair).toFixed(1).padStart(5)} % (${pair[0]}/${pair[1]})`;
const t = summary.total;
console.log(
  `\nCoverage of src/ (${files} files): lines ${cell([t.lines.covered, t.lines.total])}, branches ${cell([t.branches.covered, t.branches.total])}`,
);
console.log(`${'folder'.padEnd(24)} files  ${'lines'.padEnd(22)} branches`);
for (const [name, f] of [...folders].sort((a, b) => pct(a[1].lines) - pct(b[1].lines)))
  console.log(`${name.padEnd(24)} ${String(f.files).padStart(5)}  ${cell(f.lines).padEnd(22)} ${cell(f.branches)}`);
