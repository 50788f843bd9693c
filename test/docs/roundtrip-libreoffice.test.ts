// Returns saved by another spreadsheet program: split the sample bloc, fill three units' workbooks, re-save them
// through LibreOffice (soffice --headless --convert-to xlsx, private profile) and merge those files into the master.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { plausibleScores } from '../../bench/roundtrip';
import { runCollect } from '../../src/cli/collect';
import { runSplit } from '../../src/cli/split';
import { scoreBloc } from '../../src/domain/engine';
import { readBloc } from '../../src/workbook/read';
import { planSplit } from '../../src/workbook/split';
import { loadMaster } from '../../src/xlsx/collect';
import { loadXlsx } from '../../src/xlsx/read';
import { writePlan } from '../../src/xlsx/write';
import { fillXlsx } from '../roundtrip/fixture';
import { soffice } from './libreoffice';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const UNITS = [0, 4, 8]; // three member units return their workbooks

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), lang: 'vi' as const } };
};

describe('round trip through LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-rt-lo-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merges returns re-saved by LibreOffice into the master, which then re-scores', async () => {
    // The master of a new period: the sample with the three units' Tự chấm cells cleared.
    const loaded = await loadMaster(new Uint8Array(fs.readFileSync(SAMPLE)));
    const m = loaded.master!;
    expect(m).not.toBeNull();
    const cleared = UNITS.flatMap((u) =>
      m.layout.criterionRows.map((row) => ({ sheet: m.layout.scoreSheet, row, col: m.layout.unitColumns[u].self!, value: null })),
    );
    const masterFile = path.join(dir, 'khoi-3.xlsx');
    fs.writeFileSync(
      masterFile,
      await writePlan(loaded.package, { ownedSheets: [], highlightSheets: [], highlights: [], cellWrites: cleared }),
    );

    const s = io();
    expect(await runSplit([masterFile, '--out', path.join(dir, 'split')], s.io)).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'split'));
    expect(files).toHaveLength(m.bloc.units.length + 1); // and the master carrying the bloc's secret
    const master = path.join(dir, 'split', 'khoi-3.so-goc.xlsx');

    // Fill as units would (one types comma decimals as text), then save through LibreOffice.
    fs.mkdirSync(path.join(dir, 'filled'));
    const expected = new Map<number, number[]>();
    for (const u of UNITS) {
      const name = planSplit(m)[u].fileName;
      expect(files).toContain(name);
      const scores = plausibleScores(m, u);
      expected.set(u, scores);
      const typed = u === UNITS[1] ? scores.map((v) => String(v).replace('.', ',')) : scores;
      fs.writeFileSync(path.join(dir, 'filled', name), await fillXlsx(fs.readFileSync(path.join(dir, 'split', name)), typed));
    }
    const filled = fs.readdirSync(path.join(dir, 'filled')).map((f) => path.join(dir, 'filled', f));
    soffice(['--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo'), ...filled]);
    const returned = fs.readdirSync(path.join(dir, 'lo')).map((f) => path.join(dir, 'lo', f));
    expect(returned).toHaveLength(UNITS.length);
    for (const f of returned) {
      const app = await (await JSZip.loadAsync(fs.readFileSync(f))).file('docProps/app.xml')?.async('string');
      expect(app).toMatch(/LibreOffice/); // really re-saved by LibreOffice
    }

    const c = io();
    const code = await runCollect([master, ...returned, '--out', path.join(dir, 'out'), '--json'], c.io);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.files.map((f: { status: string; reasons: string[] }) => [f.status, f.reasons])).toEqual(
      returned.map(() => ['accepted', []]),
    );
    expect(code).toBe(0);
    expect(json.written).toBe(UNITS.length * m.bloc.table.criteria.length);

    const merged = await loadXlsx(new Uint8Array(fs.readFileSync(json.output)));
    const read = readBloc(merged.sheets);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const u of UNITS) expect(read.bloc!.table.self[u]).toEqual(expected.get(u));
    const result = scoreBloc(read.bloc!);
    expect(result.ranking).toHaveLength(m.bloc.units.length);
  });

  it('renders a split workbook readably (LibreOffice PDF): title, unit, instructions, criteria', async () => {
    const out = path.join(__dirname, '..', '..', 'test-output', 'roundtrip');
    fs.mkdirSync(out, { recursive: true });
    const s = io();
    // Split writes the master with the bloc's secret beside its files: the one of an earlier run is removed first.
    const master = path.join(dir, 'mau.xlsx');
    fs.copyFileSync(SAMPLE, master);
    fs.rmSync(path.join(out, 'mau.so-goc.xlsx'), { force: true });
    expect(await runSplit([master, '--out', out], s.io)).toBe(0);
    const file = path.join(
      out,
      fs.readdirSync(out).find((f) => f.startsWith('Tu-cham-Thanh-tra'))!,
    );
    soffice(['--convert-to', 'pdf', '--outdir', out, file]);
    const pdf = file.replace(/\.xlsx$/, '.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toMatch(/BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024/);
    expect(text).toMatch(/Đơn vị: Thanh tra tỉnh/);
    expect(text).toMatch(/Hướng dẫn: nhập điểm vào các ô nền vàng/);
    expect(text).toMatch(/Tự chấm/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(out, 'split-thanh-tra')]);
  });
});
