// Writing outputs (issue 22 item 2, item 10; issue 21 item 3): every file through a temporary file renamed over its
// name, a command's set of files whole or not at all, a full disk or a read-only folder answered in words, a link at
// the output path replaced and never written through, no command writing to a file it was given to read, long names
// shortened, concurrent runs, and a run killed mid-write leaving the previous output whole.

import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import ts from 'typescript';
import { NODE_FS, shortName, writeFiles, type WriteFs, type WriteHandle } from '../../src/cli/files';
import { loadXlsx } from '../../src/xlsx/read';
import { run, SAMPLE, tempDir } from './cli';

const tmp = tempDir('bxtd-writes-');
const ROOT = path.join(__dirname, '..', '..');

type Step = 'mkdir' | 'open' | 'write' | 'sync' | 'rename';

/** Node's file system with a fault: `step` fails with `code` on its `nth` call (1-based); writes at most `chunk` bytes a call. */
function faulty(opts: { step?: Step; code?: string; nth?: number; chunk?: number }): WriteFs & { calls: Record<Step, number> } {
  const calls: Record<Step, number> = { mkdir: 0, open: 0, write: 0, sync: 0, rename: 0 };
  const fail = (step: Step) => {
    calls[step]++;
    if (opts.step === step && calls[step] === (opts.nth ?? 1)) {
      throw Object.assign(new Error(`${opts.code}: injected`), { code: opts.code });
    }
  };
  return {
    calls,
    mkdir: async (dir, o) => (fail('mkdir'), NODE_FS.mkdir(dir, o)),
    open: async (file, flags, mode) => {
      fail('open');
      const h = await NODE_FS.open(file, flags, mode);
      const handle: WriteHandle = {
        write: async (b, off, len, pos) => (fail('write'), h.write(b, off, Math.min(len, opts.chunk ?? len), pos)),
        sync: async () => (fail('sync'), h.sync()),
        close: () => h.close(),
      };
      return handle;
    },
    rename: async (a, b) => (fail('rename'), NODE_FS.rename(a, b)),
    rm: (f, o) => NODE_FS.rm(f, o),
    realpath: (f) => NODE_FS.realpath(f),
  };
}

/** Every entry of a folder (hidden ones too) with its bytes. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of (await fs.readdir(dir)).sort()) out.set(name, await fs.readFile(path.join(dir, name)));
  return out;
}

describe('a set of files is whole or not at all', () => {
  test.each<[string, Step, string, RegExp]>([
    ['a full disk while writing the third document', 'write', 'ENOSPC', /ổ đĩa đã đầy/],
    ['a full disk when flushing', 'sync', 'ENOSPC', /ổ đĩa đã đầy/],
    ['a read-only disk', 'open', 'EROFS', /ổ đĩa chỉ cho đọc/],
    ['a folder without write permission', 'open', 'EACCES', /không có quyền ghi vào thư mục này/],
    ['a folder that cannot be made', 'mkdir', 'EACCES', /không có quyền ghi vào thư mục này/],
  ])('%s: exit 2 naming the folder, the previous outputs unchanged, nothing left behind', async (_, step, code, why) => {
    const out = path.join(tmp.dir, 'out');
    expect((await run(['score', SAMPLE, '--out', out, '--minutes'])).code).toBe(0);
    const before = await snapshot(out);
    expect(before.size).toBe(5);
    const r = await run(['score', SAMPLE, '--out', out, '--minutes', '--json'], faulty({ step, code, nth: step === 'write' ? 3 : 1 }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(why);
    expect(r.err).toContain(`thư mục ${out}`);
    expect(r.err).toMatch(/Không tệp nào được ghi\.$/);
    expect(JSON.parse(r.out).errors).toEqual([{ cell: out, code: 'file.write', message: r.err }]);
    expect(await snapshot(out)).toEqual(before);
  });

  test('a failure of the first command into a new folder leaves no file at all', async () => {
    const out = path.join(tmp.dir, 'new');
    const r = await run(['split', SAMPLE, '--out', out], faulty({ step: 'write', code: 'ENOSPC', nth: 5 }));
    expect(r.code).toBe(2);
    expect(await fs.readdir(out)).toEqual([]);
  });

  test('writes that take fewer bytes than asked (an interrupted call) still give whole files', async () => {
    const out = path.join(tmp.dir, 'out');
    const fs7 = faulty({ chunk: 777 });
    expect((await run(['score', SAMPLE, '--out', out, '--minutes'], fs7)).code).toBe(0);
    expect(fs7.calls.write).toBeGreaterThan(50);
    const result = await loadXlsx(await fs.readFile(path.join(out, 'khoi-thi-dua-so-3.ket-qua.xlsx')));
    expect(result.sheets.map((s) => s.name)).toContain('Kết quả');
    for (const f of (await fs.readdir(out)).filter((x) => x.endsWith('.docx'))) {
      await expect(JSZip.loadAsync(await fs.readFile(path.join(out, f)))).resolves.toBeDefined();
    }
  });

  test('a rename that fails: the files after it are not written and no temporary file is left', async () => {
    const out = path.join(tmp.dir, 'out');
    const r = await run(['score', SAMPLE, '--out', out, '--minutes'], faulty({ step: 'rename', code: 'EIO', nth: 2 }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^Không ghi được Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024\.docx vào thư mục .*: lỗi ghi tệp \(EIO\)\. Đã ghi trước đó: .*khoi-thi-dua-so-3\.ket-qua\.xlsx\.$/,
    );
    expect(await fs.readdir(out)).toEqual(['khoi-thi-dua-so-3.ket-qua.xlsx']);
  });

  test('concurrent runs into one folder: every run succeeds and the file is whole', async () => {
    const out = path.join(tmp.dir, 'out');
    const runs = await Promise.all([1, 2, 3, 4].map(() => run(['score', SAMPLE, '--out', out])));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(await fs.readdir(out)).toEqual(['khoi-thi-dua-so-3.ket-qua.xlsx']);
    expect((await loadXlsx(await fs.readFile(path.join(out, 'khoi-thi-dua-so-3.ket-qua.xlsx')))).sheets.length).toBeGreaterThan(5);
  });
});

describe('a run killed mid-write', () => {
  test('leaves the previous output whole (the new one was only ever a temporary file)', async () => {
    // The writer, compiled on its own, run in a child process that is killed in the middle of writing.
    const build = path.join(tmp.dir, 'build');
    for (const rel of ['src/cli/files.ts', 'src/domain/errors.ts']) {
      const source = await fs.readFile(path.join(ROOT, rel), 'utf8');
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      });
      await fs.mkdir(path.dirname(path.join(build, rel)), { recursive: true });
      await fs.writeFile(path.join(build, rel.replace(/\.ts$/, '.js')), js.outputText);
    }
    const out = path.join(tmp.dir, 'out');
    await fs.mkdir(out);
    const good = Buffer.alloc(50_000, 'g');
    await fs.writeFile(path.join(out, 'result.xlsx'), good);
    const child = spawn(process.execPath, [
      '-e',
      `const { writeFiles, NODE_FS } = require(${JSON.stringify(path.join(build, 'src/cli/files.js'))});
       const slow = { ...NODE_FS, open: async (f, fl, m) => { const h = await NODE_FS.open(f, fl, m); let n = 0; return {
         write: async (b, o, l, p) => { if (n++ === 1) { process.stdout.write('writing\\n'); await new Promise(() => {}); }
                                         return h.write(b, o, Math.min(l, 4096), p); },
         sync: () => h.sync(), close: () => h.close() }; } };
       writeFiles(${JSON.stringify(out)}, [{ name: 'result.xlsx', bytes: new Uint8Array(200000).fill(110) }], { inputs: [], fs: slow });`,
    ]);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve());
      child.on('exit', (code) => reject(new Error(`the child ended before writing (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect((await fs.readFile(path.join(out, 'result.xlsx'))).equals(good)).toBe(true);
    const left = (await fs.readdir(out)).filter((f) => f !== 'result.xlsx');
    expect(left).toEqual([expect.stringMatching(/^\.bxtd-\d+-[0-9a-f]+\.tmp$/)]); // hidden, never taken for an output
    expect((await fs.stat(path.join(out, left[0]))).size).toBe(4096);
  });
});

describe('a link at the output path is replaced, never written through', () => {
  test.each(['symbolic', 'hard'])('a %s link to the input', async (kind) => {
    const input = path.join(tmp.dir, 'so.xlsx');
    await fs.copyFile(SAMPLE, input);
    const bytes = await fs.readFile(input);
    const out = path.join(tmp.dir, 'out');
    await fs.mkdir(out);
    const target = path.join(out, 'so.ket-qua.xlsx');
    await (kind === 'hard' ? fs.link(input, target) : fs.symlink(input, target));
    expect((await run(['score', input, '--out', out])).code).toBe(0);
    expect((await fs.readFile(input)).equals(bytes)).toBe(true);
    const stat = await fs.lstat(target);
    expect(stat.isFile() && !stat.isSymbolicLink()).toBe(true);
    expect(stat.nlink).toBe(1);
    expect((await loadXlsx(await fs.readFile(target))).sheets.map((s) => s.name)).toContain('Kết quả');
  });
});

describe('no command writes to a file it was given to read', () => {
  /** Runs a command with every input in its output folder, and checks no input changed (bytes and time). */
  async function untouched(args: (dir: string) => Promise<string[]>, inputs: string[], expectCode = 0): Promise<string[]> {
    const dir = path.join(tmp.dir, 'here');
    await fs.mkdir(dir, { recursive: true });
    const argv = await args(dir);
    const before = await Promise.all(
      inputs.map(async (f) => [await fs.readFile(path.join(dir, f)), (await fs.stat(path.join(dir, f))).mtimeMs] as const),
    );
    const r = await run([...argv, '--out', dir]);
    expect([argv[0], r.code, r.err]).toEqual([argv[0], expectCode, expect.anything()]);
    for (const [i, f] of inputs.entries()) {
      expect([f, (await fs.readFile(path.join(dir, f))).equals(before[i][0])]).toEqual([f, true]);
      expect((await fs.stat(path.join(dir, f))).mtimeMs).toBe(before[i][1]);
    }
    return fs.readdir(dir);
  }

  test('score --minutes with a template named like one of its documents', async () => {
    const template = 'Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx';
    const names = await untouched(
      async (dir) => {
        await fs.copyFile(SAMPLE, path.join(dir, 'so.xlsx'));
        await fs.copyFile(path.join(ROOT, 'assets', 'templates', 'bien-ban-binh-xet-suy-ton.docx'), path.join(dir, template));
        return ['score', path.join(dir, 'so.xlsx'), '--minutes', '--template-nomination', path.join(dir, template)];
      },
      ['so.xlsx', template],
    );
    expect(names).toContain('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024-2.docx');
  });

  test('split of a master named exactly like one of its outputs, into its own folder', async () => {
    const master = 'Tu-cham-Thanh-tra-tinh-Khoi-thi-dua-so-3-2024.xlsx';
    const names = await untouched(
      async (dir) => {
        await fs.copyFile(SAMPLE, path.join(dir, master));
        return ['split', path.join(dir, master)];
      },
      [master],
    );
    expect(names).toContain('Tu-cham-Thanh-tra-tinh-Khoi-thi-dua-so-3-2024-2.xlsx');
    expect(names).toContain('Tu-cham-Thanh-tra-tinh-Khoi-thi-dua-so-3-2024.so-goc.xlsx');
  });

  test('collect --overwrite with a return named like the merged master', async () => {
    const names = await untouched(
      async (dir) => {
        await fs.copyFile(SAMPLE, path.join(dir, 'k.xlsx'));
        await fs.copyFile(SAMPLE, path.join(dir, 'k.da-gop.xlsx'));
        return ['collect', path.join(dir, 'k.xlsx'), path.join(dir, 'k.da-gop.xlsx'), '--overwrite'];
      },
      ['k.xlsx', 'k.da-gop.xlsx'],
      2, // the sample is no self-scoring workbook: refused, nothing written
    );
    expect(names.sort()).toEqual(['k.da-gop.xlsx', 'k.xlsx']);
  });

  test('ho-so with a template named like its Tờ trình', async () => {
    const template = 'To-trinh-Khoi-thi-dua-so-3-2024.docx';
    const names = await untouched(
      async (dir) => {
        await fs.copyFile(SAMPLE, path.join(dir, 'so.xlsx'));
        await fs.copyFile(path.join(ROOT, 'assets', 'templates', 'to-trinh-de-nghi-khen-thuong.docx'), path.join(dir, template));
        return ['ho-so', path.join(dir, 'so.xlsx'), '--template-proposal', path.join(dir, template)];
      },
      ['so.xlsx', template],
    );
    expect(names).toContain('To-trinh-Khoi-thi-dua-so-3-2024-2.docx');
  });

  test('tong-hop with a scored workbook named like its summary', async () => {
    const scored = 'Tong-hop-Dak-Lak-2024.xlsx';
    const names = await untouched(
      async (dir) => {
        expect((await run(['score', SAMPLE, '--out', tmp.dir])).code).toBe(0);
        await fs.copyFile(path.join(tmp.dir, 'khoi-thi-dua-so-3.ket-qua.xlsx'), path.join(dir, scored));
        return ['tong-hop', path.join(dir, scored)];
      },
      [scored],
    );
    expect(names).toContain('Tong-hop-Dak-Lak-2024-2.xlsx');
  });
});

describe('long names', () => {
  test('shortName keeps the extension, stays distinct, and leaves short names alone', () => {
    const a = shortName(`Bao-cao-thanh-tich-${'A'.repeat(300)}.docx`);
    const b = shortName(`Bao-cao-thanh-tich-${'A'.repeat(299)}B.docx`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(150);
    expect(a).toMatch(/^Bao-cao-thanh-tich-A+-[0-9a-f]{8}\.docx$/);
    expect(a).not.toBe(b);
    expect(shortName('So.xlsx')).toBe('So.xlsx');
    const vietnamese = shortName(`${'Sổ '.repeat(60)}.ket-qua.xlsx`);
    expect(Buffer.byteLength(vietnamese)).toBeLessThanOrEqual(150);
    expect(vietnamese).toMatch(/^Sổ Sổ .*-[0-9a-f]{8}\.xlsx$/);
  });

  test('300-character bloc, unit and province names: every command writes short, distinct names', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const long = (s: string) => `${s} ${'rất dài '.repeat(40)}`.slice(0, 300);
    const renames = new Map([
      ['Công an tỉnh', long('Công an tỉnh')],
      ['Khối thi đua số 3', long('Khối thi đua số 3')],
      ['Đắk Lắk', long('Đắk Lắk')],
    ]);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && renames.has(cell.value)) cell.value = renames.get(cell.value)!;
        }),
      ),
    );
    const input = path.join(tmp.dir, `${'Sổ '.repeat(45)}.xlsx`); // 230 bytes, within the file system's 255
    await wb.xlsx.writeFile(input);
    const written: string[] = [];
    for (const [command, out] of [
      ['score', 'a'],
      ['ho-so', 'b'],
      ['split', 'c'],
    ]) {
      const r = await run([command, input, '--out', path.join(tmp.dir, out), ...(command === 'score' ? ['--minutes'] : [])]);
      expect([command, r.code, r.err]).toEqual([command, 0, expect.anything()]);
      written.push(...(await fs.readdir(path.join(tmp.dir, out))));
    }
    const scored = path.join(
      tmp.dir,
      'a',
      (await fs.readdir(path.join(tmp.dir, 'a'))).find((f) => f.endsWith('.xlsx'))!,
    );
    expect((await run(['tong-hop', scored, '--out', path.join(tmp.dir, 'd')])).code).toBe(0);
    written.push(...(await fs.readdir(path.join(tmp.dir, 'd'))));
    expect(written.length).toBeGreaterThan(20);
    for (const name of written) expect([name, Buffer.byteLength(name) <= 150]).toEqual([name, true]);
    expect(written.some((n) => /^Bao-cao-thanh-tich-Cong-an-tinh-rat-dai-.*-[0-9a-f]{8}\.docx$/.test(n))).toBe(true);
  });
});

test('writeFiles: names distinct where a case-insensitive file system would take two for one, and from the inputs', async () => {
  const input = path.join(tmp.dir, 'A.xlsx');
  await fs.writeFile(input, 'input');
  const bytes = new Uint8Array([1]);
  const written = await writeFiles(
    tmp.dir,
    [
      { name: 'a.xlsx', bytes },
      { name: 'B.xlsx', bytes },
      { name: 'b.xlsx', bytes },
    ],
    { inputs: [input] },
  );
  expect(written.map((f) => path.basename(f))).toEqual(['a-2.xlsx', 'B.xlsx', 'b-2.xlsx']);
  expect(await fs.readFile(input, 'utf8')).toBe('input');
});
