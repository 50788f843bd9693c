// The fuzz corpus, kept: generated hostile and odd workbooks (property-based, fast-check) through `bxtd score`,
// `bxtd split` and `bxtd collect`, as the campaign ran them. Every run must end in bounded time with exit 0
// or a located exit 2 (never 1), print exactly one JSON document, write nothing on error, and write only files
// that validate against the OOXML schemas. The seed is fixed so CI is repeatable; BXTD_FUZZ_SEED and
// BXTD_FUZZ_RUNS explore further.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type JSZip from 'jszip';
import { runCollect } from '../../src/cli/collect';
import { main } from '../../src/cli/main';
import { runSplit } from '../../src/cli/split';
import { expectNoNewInvalidParts, expectValidOoxml } from '../ooxml';
import { fillXlsx, gridsToXlsx, masterFixture } from '../roundtrip/fixture';
import { bytesOf, editPart, editSheet, insertIntoSheet, openPackage, sheetPath } from './workbooks';
import { cpuMsSince } from '../cpu';

const SEED = Number(process.env.BXTD_FUZZ_SEED ?? 20251129);
const RUNS = Number(process.env.BXTD_FUZZ_RUNS ?? 40);
/** Per run: the bound is 30 s and 1 GB for the worst shapes; these small ones must be far quicker. */
const MAX_MS = 10_000; // CPU time of one command (test/cpu.ts)
const MAX_HEAP = 1024 * 1024 * 1024;

jest.setTimeout(300_000);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-fuzz-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------------------
// Mutations of a package

const letters = (col: number) => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A cell address, often at the edges of the grid. */
const address = fc.tuple(
  fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 16383 }), fc.constant(16383)),
  fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 1_048_576 }), fc.constant(1_048_576)),
);
const rangeRef = fc.oneof(
  fc.tuple(address, address).map(([[c1, r1], [c2, r2]]) => `${letters(c1)}${r1}:${letters(c2)}${r2}`),
  fc.constantFrom('A100:XFD1048576', 'D6:Y1048576', 'A1:XFD1', 'D:D', '1:1048576', 'A0:B2', 'ZZZZ1', 'A1:B2:C3', '', 'A1 B2:C9'),
);

type Mutation =
  | { kind: 'merge'; ref: string }
  | { kind: 'validation'; sqref: string }
  | { kind: 'conditional'; sqref: string }
  | { kind: 'value'; cell: string; xml: string }
  | { kind: 'text'; replacement: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'junk'; bytes: Uint8Array };

/** Leaf score cells of the sample's Chấm điểm (unit columns D..Y, criterion rows). */
const scoreCell = fc
  .tuple(fc.integer({ min: 3, max: 24 }), fc.constantFrom(7, 8, 9, 11, 12, 14, 15, 17, 18, 19, 21, 23))
  .map(([c, r]) => `${letters(c)}${r}`);
const numberText = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e309', '-1e309', 'NaN', 'Infinity', '9abc', '0x1A', '', ' ', '1,5', '١٢', '5.5.5', '1e-400', '007'),
  fc.string({ maxLength: 12 }),
);
const formula = fc.oneof(
  fc.constantFrom(
    '4+5.5',
    'D7+E7',
    'SUM(D7:D9)',
    'MIN(D7,5)-1',
    '1/0',
    'D7',
    'IF(D7>1,1,0)',
    "'Đơn vị'!A1",
    'HeSo*2',
    'A1:XFD1048576',
    'SUM(A:A)',
  ),
  fc.string({ maxLength: 20 }),
);
const valueXml = fc.oneof(
  numberText.map((v) => `<v>${esc(v)}</v>`),
  formula.map((f) => `<f>${esc(f)}</f>`),
  fc.tuple(formula, numberText).map(([f, v]) => `<f>${esc(f)}</f><v>${esc(v)}</v>`),
  fc.integer({ min: -5, max: 10_000_000 }).map((i) => `<v>${i}</v>`),
);
const cellType = fc.constantFrom('', ' t="s"', ' t="b"', ' t="e"', ' t="d"', ' t="str"', ' t="n"', ' t="zz"');
/** Text with what Word pastes and fuzzers bring: control characters, _xHHHH_ look-alikes, CR, odd Unicode. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Công an tỉnh',
        'Công an',
        ' tỉnh',
        '_x0001_',
        '_x000B_',
        '_x000D_',
        '_x005F_x0041_',
        '_x0041_',
        '_xZZZZ_',
        '&amp;',
        '&lt;b&gt;',
        '\r',
        '\n',
        '\t',
        '😀',
        'Ư̛',
      ),
      fc.string({ maxLength: 4 }).map(esc),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: rangeRef.map((ref) => ({ kind: 'merge' as const, ref })) },
  { weight: 2, arbitrary: rangeRef.map((sqref) => ({ kind: 'validation' as const, sqref })) },
  { weight: 2, arbitrary: rangeRef.map((sqref) => ({ kind: 'conditional' as const, sqref })) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(scoreCell, cellType, valueXml)
      .map(([cell, t, xml]) => ({ kind: 'value' as const, cell, xml: `<c r="${cell}"${t}>${xml}</c>` })),
  },
  { weight: 3, arbitrary: hostileText.map((replacement) => ({ kind: 'text' as const, replacement })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 30_000 }).map((at) => ({ kind: 'truncate' as const, at })) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 0, maxLength: 2000 }).map((bytes) => ({ kind: 'junk' as const, bytes })) },
);

// eslint-disable-next-line no-control-regex -- the point is to drop them
const XML_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

function esc(s: string): string {
  // Characters XML cannot carry at all would make the fixture itself unparsable for every reader: kept out.
  return s.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function apply(zip: JSZip, m: Mutation): Promise<void> {
  const attr = (s: string) => s.replace(/"/g, '&quot;');
  switch (m.kind) {
    case 'merge':
      return editSheet(zip, 'Chấm điểm', (x) => insertIntoSheet(x, 'mergeCells', `<mergeCell ref="${attr(m.ref)}"/>`));
    case 'validation':
      return editSheet(zip, 'Chấm điểm', (x) =>
        insertIntoSheet(
          x,
          'dataValidations',
          `<dataValidations count="1"><dataValidation type="decimal" sqref="${attr(m.sqref)}"><formula1>0</formula1></dataValidation></dataValidations>`,
        ),
      );
    case 'conditional':
      return editSheet(zip, 'Chấm điểm', (x) =>
        insertIntoSheet(
          x,
          'conditionalFormatting',
          `<conditionalFormatting sqref="${attr(m.sqref)}"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>`,
        ),
      );
    case 'value':
      return editSheet(zip, 'Chấm điểm', (x) => x.replace(new RegExp(`<c r="${m.cell}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`), m.xml));
    case 'text':
      return editPart(zip, 'xl/sharedStrings.xml', (x) => x.replace('<t>Công an tỉnh</t>', `<t xml:space="preserve">${m.replacement}</t>`));
    case 'truncate': {
      const part = await sheetPath(zip, 'Chấm điểm');
      return editPart(zip, part, (x) => x.slice(0, Math.min(m.at, x.length - 1)));
    }
    case 'junk':
      return;
  }
}

async function build(base: Uint8Array, mutations: Mutation[]): Promise<Uint8Array> {
  const junk = mutations.find((m): m is Extract<Mutation, { kind: 'junk' }> => m.kind === 'junk');
  if (junk) return junk.bytes;
  const zip = await openPackage(base);
  for (const m of mutations) await apply(zip, m);
  return bytesOf(zip, 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Running a command and what must hold

interface Outcome {
  code: number;
  doc: Record<string, unknown>;
  err: string;
  ms: number;
  grown: number;
}

async function runCommand(
  run: (io: { out: (s: string) => void; err: (s: string) => void; lang: 'vi' }) => Promise<number>,
): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const heap = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage();
  const code = await run({ out: (s) => out.push(s), err: (s) => err.push(s), lang: 'vi' });
  const ms = cpuMsSince(cpu);
  // The worker's heap is shared with earlier test files: what one run adds is what is bounded here (a fresh
  // process per shape is measured in limits.test.ts).
  const grown = process.memoryUsage().heapUsed - heap;
  // Exactly one JSON document on stdout.
  const doc = JSON.parse(out.join('\n'));
  return { code, doc, err: err.join('\n'), ms, grown };
}

function expectBoundedAndLocated(o: Outcome, label: string): void {
  expect([label, o.code === 0 || o.code === 2]).toEqual([label, true]);
  expect(o.ms).toBeLessThan(MAX_MS);
  expect(o.grown).toBeLessThan(MAX_HEAP);
  if (o.code === 2) {
    const errors = (o.doc.errors ?? []) as { cell: string | null; message: string }[];
    expect([label, errors.length > 0]).toEqual([label, true]);
    for (const e of errors) {
      expect(e.message.length).toBeGreaterThan(5);
      expect(e.message).not.toMatch(/Lỗi ngoài dự kiến|undefined|\[object Object\]/);
    }
    // Located: a cell, a sheet or the file, unless the summary line of a collect report.
    expect([label, errors.some((e) => typeof e.cell === 'string' && e.cell.length > 0)]).toEqual([label, true]);
  }
}

async function listFiles(d: string): Promise<string[]> {
  return (await fs.readdir(d).catch(() => [] as string[])).map((f) => path.join(d, f));
}

const SAMPLE_BYTES = () => fs.readFile(path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx'));

// ---------------------------------------------------------------------------------------------------------------

test('bxtd score on hostile workbooks: bounded, exit 0 or a located 2, one JSON document, valid output or none', async () => {
  const base = new Uint8Array(await SAMPLE_BYTES());
  const written: { input: string; output: string }[] = [];
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
      const label = JSON.stringify(mutations).slice(0, 300);
      const input = path.join(dir, `score-${n}.xlsx`);
      const out = path.join(dir, `score-out-${n++}`);
      await fs.writeFile(input, await build(base, mutations));
      const o = await runCommand((io) => main(['score', input, '--out', out, '--json'], io));
      expectBoundedAndLocated(o, label);
      const files = await listFiles(out);
      if (o.code === 2) expect([label, files]).toEqual([label, []]);
      else {
        expect(files).toHaveLength(1);
        if (written.length < 12) written.push({ input, output: files[0] });
      }
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true },
  );
  // Hostile inputs may break the schemas themselves (a t="d" cell, an element out of order): what we write adds
  // no invalid part, and an output from a valid input is valid.
  expectNoNewInvalidParts(written);
});

test('bxtd split on hostile masters: every self-scoring workbook written is valid', async () => {
  const base = new Uint8Array(await SAMPLE_BYTES());
  const written: string[] = [];
  let n = 0;
  const textOnly = fc.array(
    fc.oneof(
      hostileText.map((replacement): Mutation => ({ kind: 'text', replacement })),
      rangeRef.map((ref): Mutation => ({ kind: 'merge', ref })),
    ),
    { minLength: 1, maxLength: 3 },
  );
  await fc.assert(
    fc.asyncProperty(textOnly, async (mutations) => {
      const label = JSON.stringify(mutations).slice(0, 300);
      const input = path.join(dir, `split-${n}.xlsx`);
      const out = path.join(dir, `split-out-${n++}`);
      await fs.writeFile(input, await build(base, mutations));
      const o = await runCommand((io) => runSplit([input, '--out', out, '--json'], io));
      expectBoundedAndLocated(o, label);
      const files = await listFiles(out);
      if (o.code === 2) expect([label, files]).toEqual([label, []]);
      else if (written.length < 8) written.push(...files.slice(0, 2));
    }),
    { seed: SEED, numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
  );
  // Self-scoring workbooks are made new: always valid, whatever the master held.
  expectValidOoxml(written);
});

test('bxtd collect on hostile returns: bounded, located, nothing written unless a return is accepted, valid output', async () => {
  const master = path.join(dir, 'master.xlsx');
  await fs.writeFile(master, await gridsToXlsx(masterFixture().sheets));
  const splitDir = path.join(dir, 'collect-split');
  await runSplit([master, '--out', splitDir], { out: () => undefined, err: () => undefined, lang: 'vi' });
  const splits = (await listFiles(splitDir)).sort();
  const good = await fillXlsx(await fs.readFile(splits[0]), [28, 14, 13.5, 20, 19, 2, 3, 1]);
  const returnMutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.tuple(fc.constantFrom('D9', 'D11', 'D12', 'D14', 'D15', 'D17', 'D18', 'D20'), cellType, valueXml).map(([cell, t, xml]) => ({
      kind: 'value' as const,
      cell,
      xml: `<c r="${cell}"${t}>${xml}</c>`,
    })),
    rangeRef.map((ref) => ({ kind: 'merge' as const, ref })),
    rangeRef.map((sqref) => ({ kind: 'validation' as const, sqref })),
    fc.integer({ min: 0, max: 8000 }).map((at) => ({ kind: 'truncate' as const, at })),
    fc.uint8Array({ maxLength: 500 }).map((bytes) => ({ kind: 'junk' as const, bytes })),
  );
  const written: { input: string; output: string }[] = [];
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(returnMutation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (mutations, overwrite) => {
      const label = JSON.stringify(mutations).slice(0, 300);
      const ret = path.join(dir, `ret-${n}.xlsx`);
      const out = path.join(dir, `collect-out-${n++}`);
      // The return fills its values through the score sheet's cells, whatever a mutation did to them.
      const zip = await openPackage(good);
      for (const m of mutations) if (m.kind !== 'junk') await applyToReturn(zip, m);
      const junk = mutations.find((m): m is Extract<Mutation, { kind: 'junk' }> => m.kind === 'junk');
      await fs.writeFile(ret, junk ? junk.bytes : await bytesOf(zip, 1));
      const o = await runCommand((io) => runCollect([master, ret, '--out', out, '--json', ...(overwrite ? ['--overwrite'] : [])], io));
      expectBoundedAndLocated(o, label);
      const files = await listFiles(out);
      const accepted = o.doc.accepted as number;
      expect([label, files.length]).toEqual([label, accepted > 0 ? 1 : 0]);
      expect(o.doc.output === null).toBe(accepted === 0);
      if (files.length && written.length < 8) written.push({ input: master, output: files[0] });
    }),
    { seed: SEED, numRuns: Math.ceil(RUNS / 2), endOnFailure: true },
  );
  // The master is valid, so every merged master must be.
  expectValidOoxml(written.map((w) => w.output));
});

/** The mutations on a self-scoring workbook (its score sheet is named like the master's). */
async function applyToReturn(zip: JSZip, m: Mutation): Promise<void> {
  return apply(zip, m);
}
