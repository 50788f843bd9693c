// The email round trip's budget: merging 30 returned workbooks of the sample bloc (load, check, merge, write the
// merged master) in under 3 s. The 30 returns cycle through the sample's units, so repeats are flagged as duplicates
// (identical scores: merged once), as a real inbox with resent files would be.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CellValue } from '../src/workbook/grid';
import { readMarker } from '../src/workbook/roundtrip-marker';
import { allowedRange, planSplit, type Master, type SplitBook } from '../src/workbook/split';
import { collectIntoMaster, loadMaster, type NamedBytes } from '../src/xlsx/collect';
import { splitBytes } from '../src/xlsx/split';
import { writePlan } from '../src/xlsx/write';
import { budget, cpuOf } from './cpu';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const RETURNS = 30;
const BUDGET_MS = 3000;

/** The book with `Tự chấm` values filled in, as a unit would return it (values per criterion; undefined: blank). */
export function fillBook(book: SplitBook, values: (CellValue | undefined)[]): SplitBook {
  const grids = book.sheets.map((s) => ({ name: s.name, values: s.values, merges: s.merges }));
  const marker = readMarker(grids);
  if (!marker) throw new Error('split book without marker');
  const sheets = book.sheets.map((s) => {
    if (s.name !== marker.sheet) return s;
    const rows = s.values.map((r) => (r ? r.slice() : []));
    values.forEach((v, c) => {
      if (v === undefined) return;
      const row = rows[marker.criteria[c].row];
      while (row.length <= marker.column) row.push(null);
      row[marker.column] = v;
    });
    return { ...s, values: rows };
  });
  return { ...book, sheets };
}

/** Deterministic in-range scores for a unit: most near the maximum, as units score themselves. */
export function plausibleScores(master: Master, unit: number): number[] {
  return master.bloc.table.criteria.map((c, i) => {
    const max = allowedRange(master.bloc, c).max ?? 10;
    const kind = master.bloc.table.groups[c.group]?.kind;
    if (kind === 'deduction') return (unit + i) % 3 === 0 ? Math.min(1, max) : 0;
    return Math.max(0, max - ((unit * 7 + i * 3) % 4) * 0.5);
  });
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

export async function benchRoundTrip(): Promise<string[]> {
  const first = await loadMaster(new Uint8Array(await fs.readFile(SAMPLE)));
  if (!first.master) throw new Error(`sample master does not read: ${first.issues.find((i) => i.severity === 'error')?.message.en}`);
  const master = first.master;
  // The master of a new period: every Tự chấm cell blank, so the returns' values are written, not conflicts.
  const cleared = master.layout.unitColumns.flatMap((cols) =>
    cols.self === null
      ? []
      : master.layout.criterionRows.map((row) => ({ sheet: master.layout.scoreSheet, row, col: cols.self!, value: null })),
  );
  const bytes = await writePlan(first.package, { ownedSheets: [], highlightSheets: [], highlights: [], cellWrites: cleared });

  let books: SplitBook[] = [];
  let files: Uint8Array[] = [];
  const tSplit = await cpuOf(async () => {
    books = planSplit(master);
    files = await Promise.all(books.map((b) => splitBytes(b)));
  });

  const returns: NamedBytes[] = [];
  for (let i = 0; i < RETURNS; i++) {
    const u = i % books.length;
    const filled = fillBook(books[u], plausibleScores(master, u));
    returns.push({ name: `${i + 1}-${books[u].fileName}`, data: await splitBytes(filled) });
  }

  const times: number[] = [];
  let last: Awaited<ReturnType<typeof collectIntoMaster>> | null = null;
  for (let run = 0; run < 3; run++) {
    times.push(
      await cpuOf(async () => {
        const loaded = await loadMaster(bytes);
        if (!loaded.master) throw new Error('sample master does not read');
        last = await collectIntoMaster({ ...loaded, master: loaded.master }, returns);
      }),
    );
  }
  times.sort((a, b) => a - b);
  const median = times[1];
  const r = last!.report;
  const count = (s: string) => r.files.filter((f) => f.status === s).length;
  return [
    `round trip split: ${books.length} self-scoring workbooks of the sample in ${ms(tSplit)} of CPU (${(files.reduce((a, f) => a + f.length, 0) / 1024).toFixed(0)} KB)`,
    `round trip collect: ${RETURNS} returned workbooks merged into the sample master in ${ms(median)} of CPU (median of 3; budget ${BUDGET_MS / 1000} s: ${budget('round trip collect', median < BUDGET_MS)})` +
      ` — ${count('accepted')} accepted, ${count('duplicate')} duplicates, ${count('rejected')} rejected, ${r.plan.cellWrites.length} cells written, ${r.conflicts.length} conflicts`,
  ];
}
