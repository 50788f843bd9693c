// The command table: what it declares is what the parser accepts and the help shows; messages that say what is
// wrong; every JSON refusal in the command's shape with a code; the codes documented; each command loading only its
// own modules.

import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { COMMANDS, COMMON_OPTIONS, optionsOf } from '../../src/cli/commands';
import { usageText } from '../../src/cli/usage';
import { ERROR_CODES } from '../../src/domain/errors';
import { run, SAMPLE, tempDir } from './cli';

const tmp = tempDir('bxtd-commands-');
const ROOT = path.join(__dirname, '..', '..');

describe('usage, made from the table', () => {
  test('bxtd alone: the usage on stderr, exit 2; --help and help: on stdout, exit 0', async () => {
    const alone = await run([]);
    expect([alone.code, alone.out]).toEqual([2, '']);
    expect(alone.err).toBe(usageText('vi'));
    for (const args of [['--help'], ['help'], ['-h'], ['--help', '--lang', 'en']]) {
      const r = await run(args);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out).toBe(usageText(args.includes('en') ? 'en' : 'vi'));
    }
    expect((await run(['--lang', 'en'])).err).toBe(usageText('en'));
  });

  test('the general usage lists every command with every option; a defaulted --out is optional', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = usageText(lang).replace(/\n\s+/g, ' ');
      for (const c of COMMANDS) {
        expect(text).toContain(`bxtd ${c.name} `);
        for (const o of c.options) expect([c.name, text.includes(`[--${o.name}`)]).toEqual([c.name, true]);
      }
      for (const o of COMMON_OPTIONS) expect(text).toContain(`[--${o.name}`);
      expect(text).toContain(
        lang === 'vi' ? 'bxtd split SỔ.xlsx [--out THƯ_MỤC] [--json]' : 'bxtd split WORKBOOK.xlsx [--out DIR] [--json]',
      );
      expect(text).toMatch(/bxtd ho-so .*\[--template-count /);
      expect(text).not.toMatch(/ --out (THƯ_MỤC|DIR)\b(?!\])/);
    }
  });

  test("each command's --help: every argument and option with its help line, the default and the JSON document", async () => {
    for (const c of COMMANDS) {
      const r = await run([c.name, '--help', '--lang', 'en']);
      expect([c.name, r.code, r.err]).toEqual([c.name, 0, '']);
      for (const o of optionsOf(c)) {
        expect(r.out).toContain(`--${o.name}`);
        expect(r.out).toContain(o.help.en);
      }
      for (const a of c.args) expect(r.out).toContain(a.help.en);
      if (c.json) expect(r.out).toContain(c.json);
    }
    expect((await run(['help', 'collect'])).out).toContain('ghi đè các ô đã có giá trị khác');
    expect((await run(['tong-hop', '--help'])).out).toMatch(/--lang vi\|en +ngôn ngữ của thông báo \(mặc định: vi\)/);
  });

  test('the parser accepts exactly the options of the table', async () => {
    for (const c of COMMANDS) {
      const r = await run([c.name, '--nope', '--json']);
      expect([c.name, r.code]).toEqual([c.name, 2]);
      expect(r.err).toMatch(/^Tùy chọn không rõ: --nope\n/);
    }
    // Every option of score is known to its parser (they fail later, on the missing file, not on the option).
    const score = COMMANDS.find((c) => c.name === 'score')!;
    for (const o of optionsOf(score).filter((x) => x.name !== 'help')) {
      const args = ['score', path.join(tmp.dir, 'none.xlsx'), `--${o.name}`, ...(o.value ? [o.choices?.[0] ?? 'x'] : [])];
      if (o.name.startsWith('template-')) args.push('--minutes');
      const r = await run(args);
      expect([o.name, r.code, r.err]).toEqual([o.name, 2, expect.stringContaining('Không tìm thấy tệp')]);
    }
  });
});

describe('messages that say what is wrong', () => {
  test('a missing file is named by what it is, in the language asked for', async () => {
    const vi = await run(['score']);
    expect(vi.code).toBe(2);
    expect(vi.err.split('\n')[0]).toBe('Thiếu SỔ.xlsx: sổ chấm điểm của Khối.');
    const en = await run(['score', '--lang', 'en']);
    expect(en.err.split('\n')[0]).toBe("Missing WORKBOOK.xlsx: the bloc's scoring workbook.");
    expect(en.err).toContain('bxtd score WORKBOOK.xlsx [--out DIR]');
    expect((await run(['collect', SAMPLE, '--lang', 'en'])).err.split('\n')[0]).toBe(
      'Missing RETURNED.xlsx: the self-scoring workbooks the units sent back.',
    );
    expect((await run(['score', SAMPLE, SAMPLE])).err.split('\n')[0]).toBe(`Thừa tham số: ${SAMPLE}`);
    expect((await run(['score', SAMPLE, '--out'])).err.split('\n')[0]).toBe('Tùy chọn --out cần một giá trị.');
  });

  test('a folder given as the file; a Word document given as the workbook', async () => {
    const r = await run(['score', tmp.dir, '--lang', 'en', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).errors).toEqual([
      { cell: tmp.dir, code: 'file.notFile', message: `${tmp.dir} is a folder, not a file: give the path of a file.` },
    ]);
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    const docx = path.join(tmp.dir, 'bien-ban.docx');
    await fs.writeFile(docx, await zip.generateAsync({ type: 'uint8array' }));
    for (const command of ['score', 'split', 'ho-so']) {
      const d = await run([command, docx, '--out', path.join(tmp.dir, 'o'), '--json']);
      expect([command, d.code]).toEqual([command, 2]);
      expect(JSON.parse(d.out).errors).toEqual([
        {
          cell: docx,
          code: 'file.notXlsx',
          message: `${docx} là một văn bản Word (.docx), không phải sổ Excel (.xlsx): hãy cho tệp sổ chấm điểm của Khối.`,
        },
      ]);
      expect(d.err).not.toMatch(/Lập sổ/);
    }
  });

  test('--lang takes vi or en only; --version; an unknown command', async () => {
    const fr = await run(['score', SAMPLE, '--lang', 'fr', '--json']);
    expect(fr.code).toBe(2);
    expect(JSON.parse(fr.out).errors).toEqual([{ cell: null, code: 'usage', message: '--lang fr: không hỗ trợ; hãy chọn vi hoặc en.' }]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, out: `bxtd ${pkg.version}`, err: '' });
    const unknown = await run(['scroe', SAMPLE]);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe('Lệnh không rõ: scroe');
  });

  test('split without --out says where it wrote, and which file is the master from now on', async () => {
    const here = process.cwd();
    process.chdir(tmp.dir);
    try {
      const r = await run(['split', SAMPLE]);
      expect(r.code).toBe(0);
      const folder = path.join(await fs.realpath(tmp.dir), 'out');
      expect(r.out.split('\n')[0]).toBe(`Đã tạo 11 bảng tự chấm trong thư mục ${folder} (thư mục mặc định; chọn thư mục khác bằng --out):`);
      expect(r.out).toContain(`SỔ GỐC TỪ NAY LÀ ${path.join('out', 'khoi-thi-dua-so-3.so-goc.xlsx')}: tệp này mang mã bảo mật của Khối`);
      expect(await fs.readdir(folder)).toHaveLength(12);
    } finally {
      process.chdir(here);
    }
  });

  test('a --template-… of the minutes without --minutes is a mistake, not silently ignored', async () => {
    const r = await run(['score', SAMPLE, '--out', tmp.dir, '--template-ballot', 'x.docx']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('--template-ballot chỉ dùng cùng --minutes.');
    expect(await fs.readdir(tmp.dir)).toEqual([]);
  });
});

describe('--json: one refusal shape, every error with its code', () => {
  test("a refusal is the command's document, empty, with its errors", async () => {
    const missing = path.join(tmp.dir, 'none.xlsx');
    const cases: [string, string[]][] = [
      ['score', [missing]],
      ['ho-so', [missing]],
      ['split', [missing]],
      ['collect', [missing, SAMPLE]],
      ['tong-hop', [missing, '--year', 'hai nghìn']],
    ];
    for (const [command, args] of cases) {
      const ok = await run([command, ...args, '--json', '--out', path.join(tmp.dir, 'o')]);
      expect([command, ok.code]).toEqual([command, 2]);
      const doc = JSON.parse(ok.out) as { errors: { cell: string | null; code: string; message: string }[] };
      expect(doc.errors.length).toBeGreaterThan(0);
      for (const e of doc.errors) {
        expect(Object.keys(e)).toEqual(['cell', 'code', 'message']);
        expect(e.code in ERROR_CODES).toBe(true);
      }
      // Every key the table documents for the command is in its refusal document.
      const documented = [...COMMANDS.find((c) => c.name === command)!.json!.matchAll(/"(\w+)"/g)].map((m) => m[1]);
      const top = documented.filter((k) => k in doc);
      expect([command, Object.keys(doc)]).toEqual([command, expect.arrayContaining(top)]);
    }
  });

  test("the table's JSON document of each command names every key of the real one", async () => {
    const out = path.join(tmp.dir, 'o');
    const docs: Record<string, object> = {
      score: JSON.parse((await run(['score', SAMPLE, '--out', out, '--json'])).out),
      'ho-so': JSON.parse((await run(['ho-so', SAMPLE, '--out', out, '--json'])).out),
      split: JSON.parse((await run(['split', SAMPLE, '--out', out, '--json'])).out),
      collect: JSON.parse((await run(['collect', SAMPLE, SAMPLE, '--out', out, '--json'])).out),
      'tong-hop': JSON.parse((await run(['tong-hop', SAMPLE, '--out', out, '--json'])).out),
    };
    for (const c of COMMANDS.filter((x) => x.json)) {
      const named = new Set([...c.json!.matchAll(/"?(\w+)"?[:,}\]]/g)].map((m) => m[1]));
      expect([c.name, Object.keys(docs[c.name]).filter((k) => !named.has(k))]).toEqual([c.name, []]);
    }
  });

  test('the README documents every error code, with what it means', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.split(/^## Error codes$/m)[1]?.split(/^## /m)[0] ?? '';
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    const expected = Object.entries(ERROR_CODES);
    if (JSON.stringify(rows) !== JSON.stringify(expected)) {
      // The table to paste into the README's "Error codes" section.
      const table = ['| code | meaning |', '|---|---|', ...expected.map(([k, v]) => `| \`${k}\` | ${v} |`)].join('\n');
      throw new Error(`README's "Error codes" section differs from ERROR_CODES (src/domain/errors.ts). It should read:\n\n${table}\n`);
    }
  });
});

describe('start-up loads only what the command needs', () => {
  /** The project modules a module imports at load time (static imports only; `import()` runs later), and packages. */
  function staticGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
    const modules = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (modules.has(file)) return;
      modules.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\sfrom\s+'([^']+)'/gm)) {
        const spec = m[1];
        if (!spec.startsWith('.')) {
          packages.add(spec);
          continue;
        }
        const base = path.resolve(path.dirname(file), spec);
        visit([`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fsExists(f))!);
      }
    };
    visit(entry);
    return { modules, packages };
  }
  const fsExists = (f: string) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  };
  const cli = (name: string) => path.join(ROOT, 'src', 'cli', `${name}.ts`);
  const heavy = ['exceljs', 'docxtemplater', 'pizzip', 'jszip', 'saxes', 'pako'];

  test('the entry (main.ts) imports no package at all, only Node and a few light modules', () => {
    const { modules, packages } = staticGraph(cli('main'));
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect(modules.size).toBeLessThan(20);
  });

  test("score loads no document or ExcelJS code; only --minutes brings the documents' modules", () => {
    const { packages } = staticGraph(cli('score'));
    expect([...packages].filter((p) => ['exceljs', 'docxtemplater', 'pizzip'].includes(p))).toEqual([]);
    expect(readFileSync(cli('score'), 'utf8')).toContain("await import('./minutes')");
    const placeholders = staticGraph(cli('placeholders')).packages;
    expect([...placeholders].filter((p) => heavy.includes(p))).toEqual([]);
  });

  test('every command of the table is loaded by import() when it runs', () => {
    const table = readFileSync(cli('commands'), 'utf8');
    expect([...table.matchAll(/load: \(\) => import\('\.\/([\w-]+)'\)/g)].length).toBe(COMMANDS.length);
    expect(table).not.toMatch(/^import (?!type)[^;]*from '\.\/(score|dossier|split|collect|tong-hop|placeholders)'/m);
  });
});
