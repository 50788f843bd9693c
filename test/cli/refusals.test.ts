// Refusals of the `bxtd` commands: with --json exactly one JSON document on stdout whatever happens (the file
// named as the location of a file-level refusal), nothing written on error, no output replaced without
// --overwrite, --out naming a file answered in words, split file names that differ only by case kept apart.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCollect } from '../../src/cli/collect';
import { main } from '../../src/cli/main';
import { runSplit } from '../../src/cli/split';
import { uniqueFileNames } from '../../src/cli/files';
import { SAMPLE } from '../fuzz/workbooks';
import { fillXlsx, gridsToXlsx, masterFixture } from '../roundtrip/fixture';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-refuse-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'vi' as const } };
}

type Command = 'score' | 'split' | 'collect';
async function run(command: Command, args: string[]) {
  const c = capture();
  const code =
    command === 'score'
      ? await main(['score', ...args], { out: c.io.out, err: c.io.err })
      : command === 'split'
        ? await runSplit(args, c.io)
        : await runCollect(args, c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

/** The one JSON document printed on stdout (fails if there is none or more than one). */
function oneDocument(out: string): Record<string, unknown> {
  const doc = JSON.parse(out);
  expect(typeof doc).toBe('object');
  return doc;
}

async function files(d: string): Promise<string[]> {
  return fs.readdir(d).catch(() => []);
}

describe('--json: one document for every refusal', () => {
  const bad = async () => {
    const cases: Record<string, string> = {};
    cases.text = path.join(dir, 'notes.xlsx');
    await fs.writeFile(cases.text, 'Biên bản họp khối');
    cases.missing = path.join(dir, 'missing.xlsx');
    cases.ole = path.join(dir, 'old.xlsx');
    await fs.writeFile(cases.ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, ...new Array(508).fill(0)]));
    cases.big = path.join(dir, 'big.xlsx');
    const h = await fs.open(cases.big, 'w');
    await h.truncate(21 * 1024 * 1024);
    await h.close();
    cases.damaged = path.join(dir, 'damaged.xlsx');
    const good = await fs.readFile(SAMPLE);
    await fs.writeFile(cases.damaged, Buffer.concat([good.subarray(0, 3000), good.subarray(good.length - 2000)]));
    return cases;
  };

  test.each<[Command, (file: string, out: string) => string[]]>([
    ['score', (f, o) => [f, '--out', o, '--json']],
    ['split', (f, o) => [f, '--out', o, '--json']],
    ['collect', (f, o) => [f, SAMPLE, '--out', o, '--json']],
  ])('%s', async (command, args) => {
    const cases = await bad();
    const out = path.join(dir, 'out');
    for (const [kind, file] of Object.entries(cases)) {
      const r = await run(command, args(file, out));
      expect([kind, r.code]).toEqual([kind, 2]);
      const doc = oneDocument(r.out);
      const errors = doc.errors as { cell: string | null; message: string }[];
      expect([kind, errors.length]).toEqual([kind, 1]);
      expect([kind, errors[0].cell]).toEqual([kind, file]);
      expect(errors[0].message.length).toBeGreaterThan(10);
      expect(r.err).toContain(errors[0].message);
    }
    expect(await files(out)).toEqual([]);
    // A bad option is a refusal too, with its own document.
    const r = await run(command, [...args(SAMPLE, out), '--bogus']);
    expect(r.code).toBe(2);
    expect((oneDocument(r.out).errors as { message: string }[])[0].message).toMatch(/--bogus/);
  });

  test('score keeps its document shape on a refusal', async () => {
    const r = await run('score', [path.join(dir, 'missing.xlsx'), '--json']);
    expect(Object.keys(oneDocument(r.out))).toEqual(Object.keys(JSON.parse((await run('score', [SAMPLE, '--out', dir, '--json'])).out)));
  });
});

describe('--out', () => {
  test.each<Command>(['score', 'split', 'collect'])(
    '%s: an existing file as --out is refused in words, nothing written',
    async (command) => {
      const blocker = path.join(dir, 'blocker');
      await fs.writeFile(blocker, 'x');
      const args = command === 'collect' ? [SAMPLE, SAMPLE, '--out', blocker] : [SAMPLE, '--out', blocker];
      const r = await run(command, args);
      expect(r.code).toBe(2);
      expect(r.err).toBe(`--out phải là một thư mục, nhưng ${blocker} là một tệp đã có. Hãy chọn thư mục khác.`);
      expect(await fs.readFile(blocker, 'utf8')).toBe('x');
    },
  );
});

describe('bxtd collect writes only what it should', () => {
  async function master(): Promise<{ file: string; returns: string[] }> {
    const given = path.join(dir, 'khoi-3.xlsx');
    await fs.writeFile(given, await gridsToXlsx(masterFixture().sheets));
    expect(await runSplit([given, '--out', path.join(dir, 'split')], capture().io)).toBe(0);
    // The master carrying the bloc's secret is the one split wrote.
    const file = path.join(dir, 'split', 'khoi-3.so-goc.xlsx');
    const split = (await fs.readdir(path.join(dir, 'split')))
      .filter((f) => f.startsWith('Tu-cham-'))
      .sort()
      .map((f) => path.join(dir, 'split', f));
    const filled = path.join(dir, 'ca.xlsx');
    await fs.writeFile(filled, await fillXlsx(await fs.readFile(split[0]), [28, 14, 13.5, 20, 19, 2, 3, 1]));
    return { file, returns: [filled] };
  }

  test('nothing is written when no return is accepted', async () => {
    const { file } = await master();
    const junk = path.join(dir, 'junk.xlsx');
    await fs.writeFile(junk, 'không phải bảng tính');
    const out = path.join(dir, 'out');
    const r = await run('collect', [file, junk, SAMPLE, '--out', out, '--json']);
    expect(r.code).toBe(2);
    const doc = oneDocument(r.out);
    expect(doc).toMatchObject({ output: null, accepted: 0, rejected: 2, exitCode: 2 });
    expect((doc.errors as { cell: string }[]).map((e) => e.cell)).toEqual(expect.arrayContaining(['junk.xlsx', path.basename(SAMPLE)]));
    expect(r.err).toMatch(/Không có tệp nào được nhận: không ghi bản gộp của sổ gốc\./);
    expect(await files(out)).toEqual([]);
  });

  test('an existing merged master is not replaced without --overwrite', async () => {
    const { file, returns } = await master();
    const out = path.join(dir, 'out');
    const first = await run('collect', [file, ...returns, '--out', out, '--json']);
    expect(first.code).toBe(0);
    const target = oneDocument(first.out).output as string;
    const before = await fs.readFile(target);
    const again = await run('collect', [file, ...returns, '--out', out, '--json']);
    expect(again.code).toBe(2);
    expect(oneDocument(again.out).errors).toEqual([
      { cell: target, code: 'output.exists', message: expect.stringMatching(/đã có: không ghi đè/) },
    ]);
    expect((await fs.readFile(target)).equals(before)).toBe(true);
    const forced = await run('collect', [file, ...returns, '--out', out, '--overwrite']);
    expect(forced.code).toBe(0);
  });
});

describe('split file names', () => {
  test('names that differ only by case (or Unicode form) are told apart', () => {
    expect(uniqueFileNames(['Tu-cham-CA.xlsx', 'Tu-cham-Ca.xlsx', 'Tu-cham-ca.xlsx', 'Khác.xlsx', 'Khác.xlsx'])).toEqual([
      'Tu-cham-CA.xlsx',
      'Tu-cham-Ca-2.xlsx',
      'Tu-cham-ca-3.xlsx',
      'Khác.xlsx',
      'Khác-2.xlsx',
    ]);
  });

  test('bxtd split writes one file per unit even when slugs collide by case', async () => {
    const m = masterFixture();
    // Short names the reader tells apart ("ca-tinh" and "ca tinh") whose file-name slugs differ only by case.
    const rename: Record<string, string> = { 'CA tỉnh': 'CA-tỉnh', 'TAND tỉnh': 'Ca tỉnh' };
    for (const s of m.sheets)
      for (const row of s.values) row.forEach((v, c) => typeof v === 'string' && v in rename && (row[c] = rename[v]));
    const file = path.join(dir, 'k.xlsx');
    await fs.writeFile(file, await gridsToXlsx(m.sheets));
    const r = await run('split', [file, '--out', path.join(dir, 'split'), '--json']);
    const doc = oneDocument(r.out);
    expect(r.code).toBe(0);
    const names = (doc.files as { file: string }[]).map((f) => path.basename(f.file).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith('tu-cham-ca-tinh-'))).toHaveLength(2);
    expect(await files(path.join(dir, 'split'))).toHaveLength(names.length + 1); // and the master with its secret
  });
});
