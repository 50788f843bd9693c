// End to end in headless Chromium: the harness (the real task pane on the Excel double, loaded from the sample
// workbook) is built once, served on 127.0.0.1, and used as a person would: Check, Score, look at the drawn sheets,
// keyboard, English, Lập sổ (on the sample, then in an empty workbook), and a damaged copy of the sample whose issues
// select their cells; then the Biên bản tab (the meeting's documents listed, previewed and downloaded, own templates
// refused, kept in the very hidden `_bxtd_mau` and removed once confirmed), the Gửi & nhận tab (self-scoring files
// downloaded, filled, taken back with a report per file, merged, conflicts overwritten only when confirmed) and the
// dark theme in English; then the pane at Excel's widths (320 and 450 px: every tab in view and in its place, no
// sideways scroll on any tab or with focus in any field, primary actions in view at 320 x 600), an axe-core scan of
// every tab, the live region, Office's display language and theme, files on Mac (workbooks opened one unit at a time,
// Word files explained), and a meeting day (issue 18): a bloc set up with Lập sổ waiting for its vote, blocs without
// Phiếu bầu, results marked stale at once, the master's secret, Biên bản at 320 px. The tab loops read the pane's own
// tab table (src/taskpane/tabs.tsx): a new tab is checked without editing this file. Screenshots go to
// test-output/browser/. System Chromium only (Debian `chromium`) through playwright-core; never `npx playwright install`.
//
//   npm run test:browser                  builds dist-harness/ and runs this file
//   BXTD_HARNESS_PREBUILT=1 npm run ...   reuses an existing dist-harness/ (quicker when iterating)
//   CHROMIUM_PATH=/path/to/chromium       another Chromium binary

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chromium, type Browser, type Download, type Locator, type Page } from 'playwright-core';
import { TABS } from '../../src/taskpane/tabs';
import { planNewBloc } from '../../src/workbook/new-bloc';
import { HIGHLIGHT_FILLS } from '../../src/workbook/plan';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist-harness');
const OUT = path.join(ROOT, 'test-output/browser');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = path.join(ROOT, 'assets/samples/khoi-thi-dua-so-3.xlsx');
// The first render is bounded by the CPU time Chromium's renderer processes spend on it (their own accounting, read
// through the DevTools protocol), not by wall time, which grows with the machine's load (1,067 ms once, 698 ms on a
// rerun). The bound is generous: it guards against a first render that does far too much, not against noise.
const FIRST_RENDER_CPU_BUDGET_MS = 8000; // 2.9 and 3.2 s measured on a loaded machine (2.8 and 4.7 s of wall time)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A tiny static server for dist-harness/ (GET only, no paths outside it). */
function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let file: string;
    try {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      file = path.resolve(dir, `.${p.endsWith('/') ? `${p}index.html` : p}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.method !== 'GET' || !file.startsWith(dir + path.sep)) {
      res.writeHead(req.method !== 'GET' ? 405 : 403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The sample with two bad scores in `Chấm điểm`: text in E7 and 25 (over 20 points) in G9. */
async function damagedSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('Chấm điểm');
  if (!ws) throw new Error('the sample has no «Chấm điểm» sheet');
  ws.getCell('E7').value = 'mười';
  ws.getCell('G9').value = 25;
  await wb.xlsx.writeFile(file);
}

/** The sample where the leading unit gets only 5 votes of 10: the flag's vote threshold (> 50%) fails. */
async function thresholdSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('Phiếu bầu');
  if (ws?.getCell('B9').value !== 'Công an tỉnh') throw new Error("the sample's «Phiếu bầu» no longer has Công an tỉnh on row 9");
  ws.getCell('C9').value = 5;
  ws.getCell('D9').value = 5;
  await wb.xlsx.writeFile(file);
}

/** Rows of the sample's `Chấm điểm` holding criteria (1-based), in table order, and its TAND tỉnh `Tự chấm` column. */
const CRITERION_ROWS = [7, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 23, 24];
const TAND_SELF = 'H';

/** The sample where TAND tỉnh has not self-scored yet (its `Tự chấm` cells blank): its return merges without conflict. */
async function roundTripSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.getWorksheet('Chấm điểm');
  if (ws?.getCell('H4').value !== 'TAND tỉnh' || ws.getCell('H5').value !== 'Tự chấm')
    throw new Error("the sample's «Chấm điểm» no longer has TAND tỉnh / Tự chấm in H4:H5");
  for (const r of CRITERION_ROWS) ws.getCell(`${TAND_SELF}${r}`).value = null;
  await wb.xlsx.writeFile(file);
}

/** The sample with a sheet of the secretary's own named like ours («KẾT QUẢ»). */
async function userSheetSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const ws = wb.addWorksheet('KẾT QUẢ');
  ws.getCell('A1').value = 'Ghi chép riêng của thư ký';
  await wb.xlsx.writeFile(file);
}

/**
 * The sample with a tie for the flag after every step: the two leading units not considered, the next two (100 points
 * each) given equal votes, and votes the only tie-break step. The flag waits for a revote between them.
 */
async function tieSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const find = (ws: ExcelJS.Worksheet, text: string) => {
    let at: ExcelJS.Cell | null = null;
    ws.eachRow((row) => row.eachCell((c) => void (c.value === text && !at && (at = c))));
    if (!at) throw new Error(`the sample's «${ws.name}» no longer has «${text}»`);
    return at as ExcelJS.Cell;
  };
  const units = wb.getWorksheet('Đơn vị')!;
  const reason = find(units, 'Lý do không xét');
  for (const name of ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']) {
    units.getCell(find(units, name).row, Number(reason.col)).value = 'Không xét trong bài kiểm thử';
  }
  const ballot = wb.getWorksheet('Phiếu bầu')!;
  const votes = find(ballot, 'Số phiếu đồng ý');
  ballot.getCell(find(ballot, 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh').row, Number(votes.col)).value = 7;
  const rules = wb.getWorksheet('Quy tắc')!;
  const step = find(rules, 'Thứ tự ưu tiên khi bằng điểm');
  rules.getCell(step.row, Number(step.col) + 1).value = 'Phiếu bầu';
  await wb.xlsx.writeFile(file);
}

/**
 * A bloc set up with Lập sổ (the pane's own sheets, src/workbook/new-bloc.ts) for four units, then scored by the bloc
 * head on every leaf criterion, its ballot left as Lập sổ leaves it (the vote not held yet).
 */
async function lapSoSample(file: string): Promise<void> {
  const units = ['Công an tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh', 'Sở Tư pháp'];
  const wb = new ExcelJS.Workbook();
  for (const sheet of planNewBloc({ blocName: 'Khối thi đua số 5', province: 'Đắk Lắk', year: 2025, units })) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v as never)));
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (sheet.name !== 'Chấm điểm') continue;
    // A leaf: an STT of digits whose next row is not its child ("1" above "1.1" is a sub-heading).
    const stt = (r: number) => String(sheet.values[r]?.[0] ?? '');
    sheet.values.forEach((row, r) => {
      const max = row[2];
      const leaf = /^\d+(\.\d+)*$/.test(stt(r)) && typeof max === 'number' && !stt(r + 1).startsWith(`${stt(r)}.`);
      if (leaf) units.forEach((_, u) => (ws.getCell(r + 1, 5 + 2 * u).value = Math.max(0, (max as number) - u)));
    });
  }
  await wb.xlsx.writeFile(file);
}

/** The sample without these sheets (a bloc that never had a ballot sheet, say). */
async function withoutSheets(file: string, names: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  for (const name of names) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  await wb.xlsx.writeFile(file);
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A minimal Word file built by hand: one paragraph (one run) per string. */
async function tinyDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`).join('') +
      '<w:sectPr/></w:body></w:document>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The text of a .docx's body (runs joined, tags dropped); throws unless it is a zip with word/document.xml. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const doc = zip.file('word/document.xml');
  if (!doc) throw new Error(`${file} has no word/document.xml`);
  return (await doc.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** Clicks what starts a download and saves the file under test-output/browser/downloads/. */
async function download(start: Locator): Promise<{ name: string; file: string }> {
  const [d]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), start.click()]);
  const name = d.suggestedFilename();
  const file = path.join(OUT, 'downloads', name);
  await d.saveAs(file);
  return { name, file };
}

/** A returned self-scoring workbook: the downloaded file with its `Tự chấm` cells (unlocked, in criterion order)
 *  set to `values`, checked against the master's STT so that a change of layout fails here, not silently. */
async function fillReturn(from: string, to: string, values: number[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet('Chấm điểm');
  if (!ws) throw new Error(`${from} has no «Chấm điểm» sheet`);
  const inputs: number[] = [];
  ws.eachRow((row, r) => {
    const d = row.getCell(4);
    if (
      r > 7 &&
      typeof row.getCell(3).value === 'number' &&
      (d.value === null || typeof d.value === 'number') &&
      d.protection?.locked === false
    )
      inputs.push(r);
  });
  if (inputs.length !== values.length) throw new Error(`${from}: ${inputs.length} Tự chấm cells, expected ${values.length}`);
  inputs.forEach((r, i) => (ws.getCell(r, 4).value = values[i]));
  await wb.xlsx.writeFile(to);
}

let server: http.Server | null = null;
let browser: Browser | null = null;
let page: Page;
let base = '';
const problems: string[] = [];
const consoleErrors: string[] = [];
const started = Date.now();

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });
}

const byTestId = (id: string) => page.getByTestId(id);

/** Opens a tab of the pane (every tab is in view at every width). */
async function openTab(id: string, on: Page = page): Promise<void> {
  await on.getByTestId(`tab-${id}`).click();
  await on.getByTestId(`panel-${id}`).waitFor({ state: 'visible' });
}

/** What the polite live region says now. */
const liveText = (on: Page = page) =>
  on
    .getByTestId('live')
    .textContent()
    .then((t) => (t ?? '').trim());

/** Retries a check (jest expectations on what the page shows) until it passes or `ms` run out; the last failure is
 *  the test's message. */
async function until(check: () => Promise<void>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const textOf = (l: Locator) => l.innerText({ timeout: 2_000 });

/** The drawn grid's cell, e.g. cell('E7'), on the sheet shown. */
const cell = (address: string) => page.locator(`table.grid td[data-cell="${address}"]`);

/** The number a drawn cell shows (decimal comma or point). */
const numberIn = async (address: string) => Number((await textOf(cell(address))).replace(',', '.'));

async function showSheet(name: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${name}"]`).click();
  await page.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser tests use the system Chromium through playwright-core: ` +
        'install Debian `chromium` (apt-get install chromium; .ci/run does it) or set CHROMIUM_PATH. Never `npx playwright install`.',
    );
  }
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (f.endsWith('.png')) fs.rmSync(path.join(OUT, f));
  if (!process.env.BXTD_HARNESS_PREBUILT || !fs.existsSync(path.join(DIST, 'index.html'))) {
    const t = Date.now();
    const build = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'harness'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`harness build failed:\n${build.stdout}\n${build.stderr}`);
    console.log(`harness built in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  await damagedSample(path.join(OUT, 'damaged.xlsx'));
  await thresholdSample(path.join(OUT, 'threshold.xlsx'));
  await roundTripSample(path.join(OUT, 'roundtrip.xlsx'));
  await userSheetSample(path.join(OUT, 'user-sheet.xlsx'));
  await tieSample(path.join(OUT, 'tie.xlsx'));
  await lapSoSample(path.join(OUT, 'lap-so.xlsx'));
  await withoutSheets(path.join(OUT, 'no-ballot.xlsx'), ['Phiếu bầu']);
  fs.rmSync(path.join(OUT, 'downloads'), { recursive: true, force: true });
  fs.mkdirSync(path.join(OUT, 'downloads'), { recursive: true });
  server = await serve(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`failed request ${r.url()}: ${r.failure()?.errorText}`));
}, 900_000); // the harness build alone took 443 s once on a loaded 2-core machine

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  console.log(`browser test: ${((Date.now() - started) / 1000).toFixed(1)} s in all; screenshots in ${path.relative(ROOT, OUT)}/`);
});

/** CPU time (ms) used so far by each of the browser's renderer processes. */
async function rendererCpu(): Promise<Map<number, number>> {
  const cdp = await browser!.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
  await cdp.detach();
  return new Map(processInfo.filter((p) => p.type === 'renderer').map((p) => [p.id, p.cpuTime * 1000]));
}

describe('harness in headless Chromium', () => {
  test('loads the sample, first render within its CPU budget', async () => {
    const before = await rendererCpu();
    await page.goto(base);
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('khoi-thi-dua-so-3.xlsx'), 15_000);
    const firstRender = await page.evaluate(() => window.__bxtdFirstRender ?? null);
    const cpu = [...(await rendererCpu())].reduce((sum, [id, ms]) => sum + ms - (before.get(id) ?? 0), 0);
    console.log(
      `first render of the harness: ${firstRender === null ? '—' : firstRender.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU of the renderers (budget ${FIRST_RENDER_CPU_BUDGET_MS} ms CPU)`,
    );
    expect(firstRender).not.toBeNull();
    expect(cpu).toBeGreaterThan(0);
    expect(cpu).toBeLessThanOrEqual(FIRST_RENDER_CPU_BUDGET_MS);
    expect(await page.locator('[data-sheet-tab]').allTextContents()).toEqual(['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']);
    expect(await textOf(byTestId('tab-check'))).toBe('Kiểm tra');
    await shot('01-loaded');
  });

  test('Kiểm tra: the sample is clean, the bloc summarised', async () => {
    await byTestId('check-button').click();
    const summary = byTestId('check-summary');
    await summary.waitFor();
    const text = await textOf(summary);
    expect(text).toContain('Khối thi đua số 3 — Đắk Lắk — 2024');
    expect(text).toMatch(/Số đơn vị\s+11/);
    expect(text).toMatch(/Số tiêu chí\s+13/);
    expect(text).toMatch(/0 lỗi/);
    expect(await textOf(byTestId('panel-check'))).toContain('Không có lỗi hay cảnh báo. Có thể chấm điểm.');
    expect(await byTestId('issues').count()).toBe(0);
    // The header names the bloc once it is read; the live region says how the check went.
    expect(await textOf(byTestId('bloc-context'))).toBe('Khối thi đua số 3 · Năm 2024');
    await until(async () => expect(await liveText()).toBe('Đã kiểm tra sổ: 0 lỗi, 0 cảnh báo.'));
    expect(await byTestId('live').getAttribute('aria-live')).toBe('polite');
    await shot('02-check-clean');
  });

  test('Chấm điểm by keyboard: ranking, reasons, Kết quả with its chart, gold on the leading unit', async () => {
    // Arrow keys move along the tab list, Enter opens the tab, Tab reaches the button, Enter presses it.
    await byTestId('tab-check').focus();
    await page.keyboard.press('ArrowRight');
    expect(await isFocused('tab-score')).toBe(true);
    await page.keyboard.press('Enter');
    await until(async () => expect(await byTestId('panel-score').isVisible()).toBe(true));
    for (let i = 0; i < 10 && !(await isFocused('score-button')); i++) await page.keyboard.press('Tab');
    expect(await isFocused('score-button')).toBe(true);
    await page.keyboard.press('Enter');

    const rows = byTestId('rank-row');
    await rows.first().waitFor({ timeout: 15_000 });
    expect(await rows.count()).toBe(11);
    const first = await textOf(rows.first());
    expect(first).toContain('Công an tỉnh');
    expect(first).toContain('Cờ thi đua');
    expect(await rows.first().getAttribute('data-proposal')).toBe('flag');
    expect(await page.locator('[data-testid=rank-row][data-proposal=merit]').count()).toBe(4);
    // Tie-break reasons are spelled out on both sides of the tie; the ineligible unit says why.
    const ranking = await textOf(byTestId('ranking'));
    expect(ranking).toContain('xếp trên nhờ số phiếu bầu: 7 so với 6 phiếu');
    expect(ranking).toContain('xếp dưới theo số phiếu bầu: 6 so với 7 phiếu');
    expect(ranking).toContain('Không xét khen thưởng');
    expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('proposed');
    expect(await byTestId('written').isVisible()).toBe(true);
    expect(await textOf(byTestId('outcome-flag'))).toBe('Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk: Công an tỉnh');
    expect(await textOf(byTestId('outcome-merit'))).toMatch(/^Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk: /);
    await until(async () => expect(await liveText()).toBe('Đã chấm điểm và ghi trang «Kết quả». Cờ thi đua: Công an tỉnh.'));

    // The new sheet and its native bar chart, drawn by the harness.
    await until(async () => expect(await page.locator('[data-sheet-tab="Kết quả"]').count()).toBe(1));
    await showSheet('Kết quả');
    const chart = byTestId('chart');
    expect(await chart.count()).toBe(1);
    expect(await chart.getAttribute('data-chart-type')).toMatch(/^Bar/);
    expect(await chart.locator('rect').count()).toBe(11);
    expect(await chart.getAttribute('data-anchored')).toBe('true'); // drawn over its anchor cells
    expect(await chart.locator('svg > g').first().textContent()).toContain('Công an tỉnh'); // rank 1 on top
    expect(await textOf(page.locator('table.grid'))).toContain('KẾT QUẢ');
    await shot('03-score-ket-qua');
    await chart.scrollIntoViewIfNeeded();
    await shot('03b-ket-qua-chart');
    await page.locator('[data-testid=sheet-body]').evaluate((el) => el.scrollTo(0, 0));

    // Chấm điểm: the leading unit in gold (the add-in's conditional format), painted on the cell.
    await showSheet('Chấm điểm');
    const gold = page.locator(`table.grid td[data-highlight="true"][data-fill="${HIGHLIGHT_FILLS.flag}"]`);
    expect(await gold.count()).toBeGreaterThan(0);
    const goldText = (await gold.allInnerTexts()).join(' | ');
    expect(goldText).toContain('CA tỉnh');
    expect(goldText).not.toContain('VKSND');
    const bg = await gold.first().evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(bg).toBe('rgb(255, 217, 102)'); // #FFD966
    expect(await page.locator(`table.grid td[data-highlight="true"][data-fill="${HIGHLIGHT_FILLS.merit}"]`).count()).toBeGreaterThan(0);
    await shot('04-cham-diem-highlight');
  });

  test('Lập sổ on a bloc workbook: what it has, and the one sheet it lacks offered unticked (Chấm chéo)', async () => {
    await openTab('new');
    const present = byTestId('new-present');
    await until(async () => expect(await textOf(present)).toMatch(/Còn thiếu\s+Chấm chéo/));
    expect(await textOf(present)).toContain('Thông tin, Đơn vị, Chấm điểm, Phiếu bầu, Quy tắc');
    expect(await byTestId('new-sheet-cross').isChecked()).toBe(false);
    expect(await byTestId('create-button').isDisabled()).toBe(true); // nothing chosen, nothing to add
    expect(await page.locator('[data-sheet-tab]').count()).toBe(6); // nothing added
    await shot('05-new-bloc-workbook');
  });

  test('English: labels and messages switch', async () => {
    // The switch is named by what it shows (WCAG 2.5.3): "English", in English.
    const toEnglish = page.getByRole('button', { name: 'English', exact: true });
    expect(await toEnglish.getAttribute('data-testid')).toBe('lang-switch');
    expect(await toEnglish.locator('[lang=en]').count()).toBe(1);
    await toEnglish.click();
    await until(async () => expect(await textOf(byTestId('tab-check'))).toBe('Check'));
    expect(await textOf(byTestId('tab-score'))).toBe('Score');
    expect(await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).count()).toBe(1);
    expect(await textOf(byTestId('panel-new'))).toContain('The open workbook is already the bloc’s score workbook');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await openTab('score');
    const panel = await textOf(byTestId('panel-score'));
    expect(panel).toContain('Wrote the «Kết quả» sheet');
    expect(panel).toContain('Ranking');
    expect(panel).not.toContain('Xếp hạng');
    await shot('06-english');
    await byTestId('lang-switch').click();
    await until(async () => expect(await textOf(byTestId('tab-check'))).toBe('Kiểm tra'));
  });

  test('a damaged workbook: every issue listed, choosing one selects its cell', async () => {
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'damaged.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('damaged.xlsx'), 15_000);
    await openTab('check');
    await byTestId('check-button').click();
    const issues = byTestId('panel-check').getByTestId('issues');
    await issues.waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId('panel-check'))).toContain('Sổ có lỗi');
    expect(await textOf(byTestId('check-summary'))).toContain('Khối thi đua số 3'); // named despite the errors
    const items = issues.locator('button');
    const where = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-where')));
    expect(where).toContain('Chấm điểm!E7');
    expect(where).toContain('Chấm điểm!G9');
    expect(await items.first().getAttribute('data-severity')).toBe('error');

    // Click: the harness shows `Chấm điểm` with E7 selected.
    await showSheet('Thông tin');
    await issues.locator('button[data-where="Chấm điểm!E7"]').click();
    await until(async () => expect(await cell('E7').getAttribute('class')).toContain('selected'));
    expect(await page.locator('table.grid').getAttribute('data-sheet')).toBe('Chấm điểm');
    expect(await textOf(cell('E7'))).toBe('mười');
    expect(await page.locator('table.grid td.selected').count()).toBe(1);
    await shot('07-issue-selected');

    // Keyboard: Tab from the E7 issue to the next one (G9), Enter selects its cell.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-where'))).toBe('Chấm điểm!G9');
    await page.keyboard.press('Enter');
    await until(async () => expect(await cell('G9').getAttribute('class')).toContain('selected'));
    expect(await cell('E7').getAttribute('class')).toBeNull();
    expect(await page.locator('table.grid td.selected').count()).toBe(1);
    await shot('07b-issue-by-keyboard');

    // Score refuses to write while there are errors, and lists them.
    await openTab('score');
    await byTestId('score-button').click();
    await byTestId('panel-score').getByTestId('issues').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-sheet-tab="Kết quả"]').count()).toBe(0);
    await shot('08-score-refused');
  });

  test("a user's own «KẾT QUẢ» sheet is kept; the pane says the result went beside it", async () => {
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'user-sheet.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('user-sheet.xlsx'), 15_000);
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('placed-beside').count()).toBe(1), 15_000);
    expect(await textOf(byTestId('placed-beside'))).toBe(
      'Sổ đã có trang «KẾT QUẢ» do người dùng lập: trang đó được giữ nguyên, kết quả được ghi vào trang «Kết quả (bxtd)» bên cạnh.',
    );
    expect(await textOf(byTestId('written'))).toMatch(/^Đã ghi trang «Kết quả \(bxtd\)» và tô màu/);
    const tabs = await page.locator('[data-sheet-tab]').allTextContents();
    expect(tabs).toContain('KẾT QUẢ');
    expect(tabs).toContain('Kết quả (bxtd)');
    await showSheet('KẾT QUẢ');
    expect(await textOf(cell('A1'))).toBe('Ghi chép riêng của thư ký');
    await shot('08c-user-sheet-kept');
  });

  test('a failed vote threshold stands out with what the meeting must do', async () => {
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'threshold.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('threshold.xlsx'), 15_000);
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('belowThreshold'), 15_000);
    const outcome = await textOf(byTestId('outcome'));
    expect(outcome).toContain('chưa đủ số phiếu đồng ý theo quy chế');
    expect(await textOf(byTestId('meeting-action'))).toContain('bỏ phiếu lại');
    expect(await page.locator('[data-testid=rank-row][data-proposal=flag]').count()).toBe(0);
    // No gold on `Chấm điểm` when no flag is proposed.
    await showSheet('Chấm điểm');
    expect(await page.locator(`table.grid td[data-highlight="true"][data-fill="${HIGHLIGHT_FILLS.flag}"]`).count()).toBe(0);
    await shot('08b-threshold-failed');
  });

  test('a tie for the flag: pending, with a button that adds the revote table to Phiếu bầu; filled in, it settles', async () => {
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'tie.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('tie.xlsx'), 15_000);
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('unresolvedTie'), 15_000);
    const waiting = await page.locator('[data-testid=rank-row][data-pending=true]').allTextContents();
    for (const name of ['Viện Kiểm sát nhân dân tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh']) expect(waiting.join('|')).toContain(name);
    expect(await textOf(byTestId('outcome'))).toContain('Hội nghị bỏ phiếu lại giữa các đơn vị này cho 01 (một) suất');
    await byTestId('revote-button').click();
    await until(async () => expect(await textOf(byTestId('revote-added'))).toContain('Đã thêm bảng «Bỏ phiếu lại»'), 15_000);
    expect(await textOf(byTestId('live'))).toContain('Bỏ phiếu lại');
    await until(async () => expect(await page.locator('.sheet-tabs [aria-selected=true]').textContent()).toBe('Phiếu bầu'));
    await shot('08d-revote-table');
    // The secretary types the revote's votes under «Số phiếu đồng ý» (column C, as in the first round): Biên phòng 6, Viện Kiểm sát 3.
    const rows = (await page.locator('table.grid tbody tr').allTextContents()).map((r) => r.replace(/^\d+/, ''));
    const at = (name: string) =>
      rows
        .map((r, i) => (r.startsWith(name) ? i + 1 : -1))
        .filter((i) => i > 0)
        .at(-1)!;
    expect(at('Bỏ phiếu lại')).toBeGreaterThan(at('Trại giam Đắk Trung'));
    for (const [name, votes] of [
      ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', '6'],
      ['Viện Kiểm sát nhân dân tỉnh', '3'],
    ] as const) {
      await cell(`C${at(name)}`).dblclick();
      await page.locator('input.cell-editor').fill(votes);
      await page.keyboard.press('Enter');
      await until(async () => expect(await textOf(cell(`C${at(name)}`))).toBe(votes));
    }
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('proposed'), 15_000);
    expect(await textOf(page.locator('[data-testid=rank-row][data-proposal=flag]'))).toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    expect(await textOf(page.locator('[data-testid=rank-row][data-proposal=merit]').first())).toContain('Viện Kiểm sát nhân dân tỉnh');
    // The revote decided their order: the winner above, ranks apart, no longer tied or waiting, the revote's votes shown.
    const ranked = await byTestId('rank-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector('td:nth-child(2) > div')?.textContent ?? '',
        text: (tr as HTMLElement).innerText,
        tied: tr.getAttribute('data-tied'),
        pending: tr.getAttribute('data-pending'),
      })),
    );
    const winner = ranked.findIndex((r) => r.name === 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
    const loser = ranked.findIndex((r) => r.name === 'Viện Kiểm sát nhân dân tỉnh');
    expect(Math.min(winner, loser)).toBeGreaterThanOrEqual(0);
    expect(winner).toBeLessThan(loser);
    for (const r of [ranked[winner], ranked[loser]]) {
      expect(r).toMatchObject({ tied: null, pending: null });
      expect(r.text).not.toMatch(/Bằng điểm|Chờ Hội nghị quyết định/);
      expect(r.text).toContain('bỏ phiếu lại'); // the votes shown are the revote's
    }
    expect(ranked[winner].text.split('\n')[0]).not.toBe(ranked[loser].text.split('\n')[0]); // different ranks
    await scrollPaneTo(byTestId('ranking'));
    await shot('08e-revote-decided');
  });

  test('Lập sổ in an empty workbook: the units first, Enter adds nothing, the button adds the sheets, which then read', async () => {
    await page.getByRole('button', { name: 'Sổ trống' }).click();
    await until(async () => expect(await page.locator('[data-sheet-tab]').allTextContents()).toEqual(['Sheet1']));
    // Every tab's action on a workbook without the bloc sheets explains and points to Lập sổ (as Kiểm tra does).
    for (const t of TABS.filter((x) => x.id !== 'new')) {
      await openTab(t.id);
      await byTestId(t.primary).click();
      const none = byTestId(`panel-${t.id}`).getByTestId('no-bloc');
      await none.waitFor({ timeout: 30_000 });
      expect(await textOf(none)).toContain('Thẻ Lập sổ thêm các trang mẫu vào sổ');
      expect(await byTestId(`panel-${t.id}`).getByTestId('issues').count()).toBe(0);
    }
    await openTab('check');
    await byTestId('panel-check').getByTestId('no-bloc').getByRole('button', { name: 'Mở thẻ Lập sổ' }).click();
    await byTestId('panel-new').waitFor({ state: 'visible' });
    // The form: the units come first; Enter in a field adds nothing.
    const units = byTestId('new-units');
    await units.waitFor();
    expect(await byTestId('panel-new').locator('textarea, input').first().getAttribute('data-testid')).toBe('new-units');
    await page.getByLabel('Tên khối').fill('Khối thi đua số 5');
    await page.getByLabel('Tên khối').press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.locator('[data-sheet-tab]').allTextContents()).toEqual(['Sheet1']);
    await units.fill('Công an tỉnh\nViện Kiểm sát nhân dân tỉnh\nTòa án nhân dân tỉnh\nSở Tư pháp');
    await byTestId('create-button').click();
    await byTestId('created').waitFor({ timeout: 15_000 });
    const tabs = await page.locator('[data-sheet-tab]').allTextContents();
    for (const name of ['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']) expect(tabs).toContain(name);
    await showSheet('Phiếu bầu');
    expect(await textOf(page.locator('table.grid'))).toContain('Sở Tư pháp');
    await until(async () => expect(await liveText()).toMatch(/^Đã thêm các trang Thông tin, /));
    await openTab('check');
    await byTestId('check-button').click();
    await until(async () => expect(await textOf(byTestId('check-summary'))).toContain('Khối thi đua số 5'), 15_000);
    expect(await textOf(byTestId('check-summary'))).toMatch(/Số đơn vị\s+4/);
    await shot('09-new-created');
  });
});

/** Opens the sample afresh (a new page load: a new double, no state left from earlier tests). */
async function openSample(query = ''): Promise<void> {
  await page.goto(`${base}${query}`);
  await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('khoi-thi-dua-so-3.xlsx'), 15_000);
}

const sheetTabs = () => page.locator('[data-sheet-tab]').allTextContents();
/** The very hidden sheets other than the add-in's registry of its own sheets (`_bxtd`). */
const veryHidden = async () =>
  ((await page.locator('.sheet-tabs').getAttribute('data-very-hidden-sheets')) ?? '')
    .split('|')
    .filter((n) => n && n !== '_bxtd')
    .join('|');
/** A document's preview, opened (folded under the document until asked for). */
async function preview(kind: string): Promise<Locator> {
  const show = byTestId(`minutes-${kind}-show`);
  if ((await show.getAttribute('aria-expanded')) !== 'true') await show.click();
  const p = byTestId(`minutes-${kind}`).getByTestId('minute-preview');
  await p.waitFor();
  return p;
}
/** A preview's paragraphs, one a line (innerText puts a blank line between <p>s). */
const previewLines = async (kind: string) => (await textOf(await preview(kind))).replace(/\n\s*\n/g, '\n').trim();
/** The section of the bloc's own templates, unfolded. */
async function templates(): Promise<Locator> {
  const section = byTestId('minutes-templates');
  if ((await section.getAttribute('open')) === null) await byTestId('minutes-templates-toggle').click();
  return section;
}
const origin = async (kind: string) => {
  await templates();
  return textOf(byTestId(`minutes-origin-${kind}`));
};

/** Scrolls the task pane so that `target` is at its top (the pane scrolls, not the page). */
async function scrollPaneTo(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const pane = el.closest('.pane');
    if (pane) pane.scrollTop += el.getBoundingClientRect().top - pane.getBoundingClientRect().top - 8;
  });
}

/** Whether an element is wholly within the task pane's visible part (the pane scrolls). */
async function inPaneView(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const pane = el.closest('.pane');
    if (!pane) return false;
    const a = el.getBoundingClientRect();
    const b = pane.getBoundingClientRect();
    return a.height > 0 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  });
}

describe('Biên bản (minutes) in headless Chromium', () => {
  const SAMPLE_TABS = ['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc'];

  test('the meeting’s documents listed, previewed on request (bloc, flag unit, next head), downloaded under their names', async () => {
    await openSample();
    expect(await textOf(cell('B10'))).toBe('09/01/2025'); // Thông tin: the meeting date, drawn as Excel shows it
    await openTab('minutes');
    expect(await origin('nomination')).toBe('Đang dùng mẫu mặc định');
    await byTestId('minutes-templates-toggle').click(); // folded again
    await byTestId('minutes-make').click();
    await byTestId('minutes-documents').waitFor({ timeout: 20_000 });
    expect(await byTestId('minutes-documents').locator(':scope > li').count()).toBe(4);
    expect(await byTestId('panel-minutes').getByTestId('minute-preview').count()).toBe(0); // folded until asked for
    expect(await textOf(byTestId('minutes-make'))).toBe('Lập lại từ sổ');

    const nomination = await textOf(await preview('nomination'));
    expect(nomination).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nomination).toContain('Khối thi đua số 3');
    expect(nomination).toContain('Công an tỉnh');
    expect(nomination).toContain('ngày 09 tháng 01 năm 2025');
    expect(nomination).not.toMatch(/\{[#/^]?[a-z_]+\}|undefined|NaN/);
    const handover = await textOf(await preview('handover'));
    expect(handover).toContain('Khối thi đua số 3');
    expect(handover).toContain('Công an tỉnh');
    expect(handover).toContain('Viện Kiểm sát nhân dân tỉnh'); // the next head (Thông tin: Khối trưởng năm sau)
    expect(handover).not.toMatch(/\{[#/^]?[a-z_]+\}|undefined|NaN/);
    await shot('10-minutes-made');
    await scrollPaneTo(byTestId('minutes-handover'));
    await shot('10b-minutes-handover');
    // Where the downloaded minutes go, and what comes next.
    expect(await textOf(byTestId('minutes-delivery'))).toContain('thư mục Tải xuống (Downloads)');

    const expected = {
      nomination: 'Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx',
      handover: 'Bien-ban-ban-giao-Khoi-thi-dua-so-3-2024.docx',
      ballot: 'Phieu-bau-Khoi-thi-dua-so-3-2024.docx',
      count: 'Bien-ban-kiem-phieu-Khoi-thi-dua-so-3-2024.docx',
    };
    for (const [kind, name] of Object.entries(expected)) {
      const got = await download(byTestId(`minutes-download-${kind}`));
      expect(got.name).toBe(name);
      const bytes = fs.readFileSync(got.file);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      const text = await docxText(got.file);
      expect(text).toContain('Công an tỉnh');
      expect(text.toLocaleUpperCase('vi')).toContain('KHỐI THI ĐUA SỐ 3');
      if (kind === 'handover') expect(text).toContain('Viện Kiểm sát nhân dân tỉnh');
    }
    // Every download is named for its document (a screen reader's list of links tells them apart).
    const named = await byTestId('panel-minutes')
      .locator('a[download]')
      .evaluateAll((links) => links.map((a) => (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(named).toContain('Tải về Biên bản họp bình xét, suy tôn');
    expect(new Set(named).size).toBe(named.length);

    // The award dossier: every award of the sample is decided, so it is made, with one zip of all its files, in sight.
    await scrollPaneTo(byTestId('dossier'));
    await byTestId('dossier-make').click();
    await until(async () => expect(await byTestId('dossier-files').count()).toBe(1), 20_000);
    await until(async () => expect(await inPaneView(byTestId('dossier-made'))).toBe(true));
    const files = await textOf(byTestId('dossier-files'));
    expect(files).toContain('To-trinh-Khoi-thi-dua-so-3-2024.docx');
    expect(files).toContain('Bao-cao-thanh-tich-Cong-an-tinh.docx');
    expect(files).toContain('Bang-tong-hop-diem-Khoi-thi-dua-so-3-2024.docx');
    // The list leads with what each document is (and whose), then its file.
    expect((await byTestId('dossier-file-1').innerText()).split('\n')[0]).toBe('Báo cáo thành tích — Công an tỉnh');
    const zip = await download(byTestId('dossier-download-zip'));
    expect(zip.name).toBe('Ho-so-Khoi-thi-dua-so-3-2024.zip');
    expect(fs.readFileSync(zip.file).subarray(0, 2).toString('latin1')).toBe('PK');
    const proposal = await download(byTestId('dossier-download-0'));
    expect(proposal.name).toBe('To-trinh-Khoi-thi-dua-so-3-2024.docx');
    expect(await docxText(proposal.file)).toContain('TỜ TRÌNH');
    await shot('10c-dossier-made');
  });

  test('a template with an unknown placeholder is refused, naming it; the minute keeps the default', async () => {
    const section = byTestId('minutes-template-nomination');
    await templates();
    await scrollPaneTo(section);
    await byTestId('minutes-pick-nomination').setInputFiles({
      name: 'mau-sai.docx',
      mimeType: DOCX_MIME,
      buffer: await tinyDocx(['Biên bản của {ten_khoi}', 'Ô này {khong_co}']),
    });
    await until(async () => expect(await textOf(section)).toContain('{khong_co}'));
    const text = await textOf(section);
    expect(text).toContain('Mẫu mau-sai.docx');
    // The known placeholders are listed, folded away under the refusal until asked for.
    const known = byTestId('minutes-known-nomination');
    expect(await known.getAttribute('open')).toBeNull();
    await known.locator('summary').click();
    expect(await textOf(known)).toMatch(/^Các chỗ điền dùng được\s+\{ten_khoi\}, /);
    expect(await textOf(byTestId('minutes-refused-nomination'))).toMatch(/^Mẫu mau-sai\.docx: /);
    expect(await origin('nomination')).toBe('Đang dùng mẫu mặc định');
    expect(await textOf(await preview('nomination'))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await byTestId('minutes-keep').isDisabled()).toBe(true);
    await scrollPaneTo(section);
    await shot('11-minutes-template-refused');
  });

  test('an own template: used, kept in the very hidden _bxtd_mau, used again after Score, then removed once confirmed', async () => {
    await templates();
    await byTestId('minutes-pick-nomination').setInputFiles({
      name: 'mau-rieng.docx',
      mimeType: DOCX_MIME,
      buffer: await tinyDocx(['BIÊN BẢN RIÊNG CỦA {ten_khoi}', 'Đơn vị đề nghị Cờ: {ten_don_vi_co}']),
    });
    await until(async () => expect(await origin('nomination')).toBe('Đang dùng mẫu đã chọn: mau-rieng.docx'));
    expect(await textOf(byTestId('minutes-template-nomination'))).not.toContain('{khong_co}'); // the refusal is gone
    expect(await byTestId('minutes-refused-nomination').count()).toBe(0);
    expect(await textOf(byTestId('minutes-pick-nomination-names'))).toBe('mau-rieng.docx');
    const own = 'BIÊN BẢN RIÊNG CỦA Khối thi đua số 3\nĐơn vị đề nghị Cờ: Công an tỉnh';
    await until(async () => expect(await previewLines('nomination')).toBe(own));
    expect(await textOf(byTestId('minutes-nomination'))).toContain('Đang dùng mẫu đã chọn: mau-rieng.docx');
    expect(await origin('handover')).toBe('Đang dùng mẫu mặc định');
    const chosen = await download(byTestId('minutes-download-nomination'));
    expect(chosen.name).toBe('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx');
    expect(await docxText(chosen.file)).toContain('Đơn vị đề nghị Cờ: Công an tỉnh');
    await shot('12-minutes-own-template');

    // Keep: a very hidden sheet, not drawn among the tabs (Excel's Unhide would not list it either).
    await byTestId('minutes-keep').scrollIntoViewIfNeeded();
    await byTestId('minutes-keep').click();
    await until(async () => expect(await textOf(byTestId('minutes-info'))).toContain('Đã lưu mẫu vào sổ'), 15_000);
    await until(async () => expect(await inPaneView(byTestId('minutes-info'))).toBe(true)); // the answer is in sight
    expect(await veryHidden()).toBe('_bxtd_mau');
    expect(await page.locator('.sheet-tabs').getAttribute('data-hidden-sheets')).toBe('');
    expect(await sheetTabs()).toEqual(SAMPLE_TABS);
    expect(await origin('nomination')).toBe('Đang dùng mẫu lưu trong sổ');
    expect(await previewLines('nomination')).toBe(own);
    await shot('13-minutes-kept');

    // Next time: Score rewrites `Kết quả`; the minutes made again from the workbook still use the kept template.
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('proposed'), 15_000);
    expect(await sheetTabs()).toEqual([...SAMPLE_TABS, 'Kết quả']);
    expect(await veryHidden()).toBe('_bxtd_mau');
    await openTab('minutes');
    await byTestId('minutes-make').click();
    await until(async () => expect(await byTestId('minutes-info').count()).toBe(0)); // a new action clears the last message
    await until(async () => expect(await origin('nomination')).toBe('Đang dùng mẫu lưu trong sổ'), 15_000);
    expect(await previewLines('nomination')).toBe(own);
    expect(await origin('handover')).toBe('Đang dùng mẫu mặc định');

    // Remove: asked first (Hủy keeps them); confirmed, the sheet goes and the defaults come back.
    await byTestId('minutes-remove-all').scrollIntoViewIfNeeded();
    await byTestId('minutes-remove-all').click();
    const question = byTestId('minutes-remove-all-question');
    expect(await textOf(question)).toContain('Xóa mọi mẫu riêng đang lưu trong sổ?');
    await shot('14a-minutes-remove-asked');
    await byTestId('minutes-remove-all-cancel').click();
    expect(await question.count()).toBe(0);
    expect(await veryHidden()).toBe('_bxtd_mau');
    await byTestId('minutes-remove-all').click();
    await byTestId('minutes-remove-all-confirm').click();
    await until(async () => expect(await textOf(byTestId('minutes-info'))).toContain('Đã xóa mẫu lưu trong sổ'), 15_000);
    await until(async () => expect(await inPaneView(byTestId('minutes-info'))).toBe(true));
    expect(await veryHidden()).toBe('');
    expect(await sheetTabs()).toEqual([...SAMPLE_TABS, 'Kết quả']);
    expect(await origin('nomination')).toBe('Đang dùng mẫu mặc định');
    expect(await textOf(await preview('nomination'))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(await byTestId('minutes-remove-all').count()).toBe(0);
    await shot('14-minutes-removed');
  });
});

describe('Gửi & nhận (round trip) in headless Chromium', () => {
  const returns = path.join(OUT, 'downloads', 'returns');
  const sent: Record<string, string> = {};
  const TAIL = 'Khoi-thi-dua-so-3-2024.xlsx';

  test('self-scoring workbooks made, downloaded under Tu-cham-<unit>-<khoi>-<nam>.xlsx, and all as a zip', async () => {
    await openSample();
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'roundtrip.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('roundtrip.xlsx'), 15_000);
    await openTab('roundtrip');
    // Progress shows while the workbooks are made.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __made: string[] }).__made = seen;
      new MutationObserver(() => {
        const label = document.querySelector<HTMLElement>('[data-testid=panel-roundtrip] [data-testid=progress]')?.innerText.trim();
        if (label && !seen.includes(label)) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await byTestId('roundtrip-make').click();
    const links = byTestId('roundtrip-download');
    await until(async () => expect(await links.count()).toBe(11), 30_000);
    // The list leads with the units' names; each file's name is under its unit.
    expect((await links.allTextContents()).slice(0, 2)).toEqual(['Công an tỉnh', 'Viện Kiểm sát nhân dân tỉnh']);
    const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-file') ?? ''));
    for (const n of names) expect(n).toMatch(new RegExp(`^Tu-cham-[A-Za-z0-9-]+-${TAIL.replace(/\./g, '\\.')}$`));
    expect(new Set(names).size).toBe(11);
    for (const unit of ['CA-tinh', 'VKSND-tinh', 'TAND-tinh', 'Cuc-THADS', 'TD-CSCD-Tay-Nguyen'])
      expect(names).toContain(`Tu-cham-${unit}-${TAIL}`);
    expect(await page.evaluate(() => (window as unknown as { __made: string[] }).__made)).toEqual(['Đang tạo bảng tự chấm…']);
    // Where the files go, and what to do with them.
    const delivery = await textOf(byTestId('roundtrip-delivery'));
    expect(delivery).toContain('thư mục Tải xuống (Downloads)');
    expect(delivery).toContain('gửi mỗi tệp cho đúng đơn vị');
    // The first split wrote the bloc's secret into the workbook: save it now, and why.
    const save = byTestId('roundtrip-save-now');
    expect(await textOf(save)).toContain('Hãy lưu sổ này ngay (Tệp › Lưu, hoặc Ctrl+S).');
    expect(await textOf(save)).toContain('mọi bảng tự chấm gửi về sẽ bị từ chối');
    await until(async () => expect(await liveText()).toMatch(/^Đã tạo 11 bảng tự chấm\. Hãy lưu sổ này ngay/));
    await shot('15-roundtrip-sent');

    for (const unit of ['CA-tinh', 'VKSND-tinh', 'TAND-tinh']) {
      const got = await download(page.locator(`[data-testid=roundtrip-download][data-file="Tu-cham-${unit}-${TAIL}"]`));
      expect(got.name).toBe(`Tu-cham-${unit}-${TAIL}`);
      sent[unit] = got.file;
    }
    const zip = await download(byTestId('roundtrip-zip'));
    expect(zip.name).toBe('Tu-cham-Khoi-thi-dua-so-3-2024.zip');
    const inZip = Object.keys((await JSZip.loadAsync(fs.readFileSync(zip.file))).files).sort();
    expect(inZip).toEqual([...names].sort());
  });

  test('returns taken back: progress, a report per file (accepted, rejected with its reason, duplicate), merged into Chấm điểm', async () => {
    // The scores: TAND tỉnh copies its Khối chấm (its Tự chấm is blank in the master: no conflict); CA tỉnh returns
    // its master values with two changed (conflicts); VKSND tỉnh gives 12 to a criterion worth 10; TAND tỉnh sends twice.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.getWorksheet('Chấm điểm')!;
    const column = (col: string) => CRITERION_ROWS.map((r) => ws.getCell(`${col}${r}`).value as number);
    const tand = column('I');
    const ca = column('D');
    expect([ca[0], ca[1]]).toEqual([10, 20]);
    const caChanged = [9, 19.5, ...ca.slice(2)];
    const vks = column('F');
    vks[0] = 12;
    fs.mkdirSync(returns, { recursive: true });
    const files = {
      tand: path.join(returns, `Tu-cham-TAND-tinh-${TAIL}`),
      again: path.join(returns, `Tu-cham-TAND-tinh-Khoi-thi-dua-so-3-2024 (1).xlsx`),
      ca: path.join(returns, `Tu-cham-CA-tinh-${TAIL}`),
      vks: path.join(returns, `Tu-cham-VKSND-tinh-${TAIL}`),
    };
    await fillReturn(sent['TAND-tinh'], files.tand, tand);
    fs.copyFileSync(files.tand, files.again);
    await fillReturn(sent['CA-tinh'], files.ca, caChanged);
    await fillReturn(sent['VKSND-tinh'], files.vks, vks);

    await byTestId('roundtrip-pick').setInputFiles([files.tand, files.ca, files.vks, files.again]);
    expect(await byTestId('roundtrip-pick-names').locator('li').allTextContents()).toEqual(
      [files.tand, files.ca, files.vks, files.again].map((f) => path.basename(f)),
    );
    // Record every progress label drawn while the files are read (it goes away when all are read).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const el = document.querySelector<HTMLElement>('[data-testid=roundtrip-progress]');
        const label = el?.innerText.trim();
        if (label && !seen.includes(label)) seen.push(label);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await byTestId('roundtrip-check').click();
    const report = byTestId('roundtrip-file');
    await until(async () => expect(await report.count()).toBe(4), 30_000);
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.length).toBeGreaterThan(0);
    for (const label of progress) expect(label).toMatch(/^Đang đọc tệp [0-3]\/4/);

    const item = (file: string) => page.locator(`[data-testid=roundtrip-file][data-file="${path.basename(file)}"]`);
    expect(await item(files.tand).getAttribute('data-status')).toBe('accepted');
    expect(await textOf(item(files.tand))).toContain('13 ô sẽ ghi, 0 ô không đổi, 0 xung đột');
    expect(await item(files.again).getAttribute('data-status')).toBe('duplicate');
    expect(await textOf(item(files.again))).toContain(`Trùng với tệp “${path.basename(files.tand)}”`);
    expect(await item(files.ca).getAttribute('data-status')).toBe('accepted');
    expect(await textOf(item(files.ca))).toContain('0 ô sẽ ghi, 11 ô không đổi, 2 xung đột');
    expect(await item(files.vks).getAttribute('data-status')).toBe('rejected');
    const rejected = await textOf(item(files.vks));
    expect(rejected).toContain('Từ chối');
    expect(rejected).toMatch(/12/);
    expect(rejected).toMatch(/10/);

    // The conflicts, with both values; nothing is overwritten unless confirmed.
    const conflicts = byTestId('roundtrip-conflict');
    expect(await conflicts.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-cell')))).toEqual(['D7', 'D9']);
    const d7 = page.locator('[data-testid=roundtrip-conflict][data-cell=D7]');
    expect(await d7.getAttribute('data-where')).toBe('Chấm điểm!D7'); // sheet and cell, and a button to go there
    expect(await textOf(d7)).toMatch(/Chấm điểm!D7\s+Công an tỉnh, tiêu chí I\.1\b.*: đang có 10, gửi về 9$/s);
    expect(await textOf(page.locator('[data-testid=roundtrip-conflict][data-cell=D9]'))).toMatch(/đang có 20, gửi về 19,5$/);
    await showSheet('Thông tin');
    await d7.click();
    await until(async () => expect(await cell('D7').getAttribute('class')).toContain('selected'));
    expect(await page.locator('table.grid').getAttribute('data-sheet')).toBe('Chấm điểm');
    expect(await byTestId('roundtrip-overwrite').isChecked()).toBe(false);
    expect(await textOf(byTestId('roundtrip-merge'))).toBe('Gộp vào bảng chấm điểm (13)');
    await scrollPaneTo(byTestId('roundtrip-report'));
    await shot('16-roundtrip-report');

    await byTestId('roundtrip-merge').click();
    await until(async () => expect(await textOf(byTestId('roundtrip-info'))).toContain('Đã ghi 13 ô.'), 15_000);
    expect(await byTestId('roundtrip-journal').count()).toBe(0); // nothing overwritten, nothing journaled
    await until(async () => expect(await inPaneView(byTestId('roundtrip-info'))).toBe(true));
    await showSheet('Chấm điểm');
    for (const [i, r] of CRITERION_ROWS.entries()) expect(Number(await textOf(cell(`${TAND_SELF}${r}`)))).toBe(tand[i]);
    expect(await textOf(cell('D7'))).toBe('10'); // the conflicts are untouched
    expect(await textOf(cell('D9'))).toBe('20');
    // The sheet's own subtotal formula follows, as Excel recalculates it: group I = SUM(H7,H9,H10).
    expect(await numberIn('H6')).toBe(tand[0] + tand[1] + tand[2]);
    // The report now says what was done, and offers no second merge of the same files.
    expect(await textOf(item(files.tand))).toContain('Đã ghi 13 ô, 0 ô không đổi');
    expect(await textOf(item(files.ca))).toContain('Đã ghi 0 ô, 11 ô không đổi, 2 ô xung đột giữ nguyên');
    // After the merge a conflict says what the cell holds now.
    expect(await textOf(page.locator('[data-testid=roundtrip-conflict][data-cell=D9]'))).toMatch(
      /vẫn là 20 \(tệp gửi về 19,5, không ghi\)$/,
    );
    expect(await byTestId('roundtrip-merge').count()).toBe(0);
    expect(await byTestId('roundtrip-overwrite').count()).toBe(0);
    await shot('17-roundtrip-merged');
  });

  test('conflicting cells change only after the explicit overwrite confirmation', async () => {
    await byTestId('roundtrip-check').click(); // the same four files, checked again against the merged master
    const tandItem = page.locator(`[data-testid=roundtrip-file][data-file="Tu-cham-TAND-tinh-${TAIL}"]`);
    await until(async () => expect(await textOf(tandItem)).toContain('0 ô sẽ ghi, 13 ô không đổi, 0 xung đột'), 30_000);
    expect(await byTestId('roundtrip-conflict').count()).toBe(2);
    const merge = byTestId('roundtrip-merge');
    expect(await textOf(merge)).toBe('Gộp vào bảng chấm điểm (0)');
    expect(await merge.isDisabled()).toBe(true);

    await byTestId('roundtrip-overwrite').check();
    await until(async () => expect(await textOf(merge)).toBe('Gộp vào bảng chấm điểm (2)'));
    expect(await merge.isDisabled()).toBe(false);
    await scrollPaneTo(byTestId('roundtrip-conflicts'));
    await shot('18-roundtrip-overwrite-confirmed');
    await merge.click();
    await until(async () => expect(await textOf(byTestId('roundtrip-info'))).toContain('Đã ghi 2 ô.'), 15_000);
    expect(await textOf(byTestId('roundtrip-journal'))).toBe(
      'Giá trị cũ của các ô bị ghi đè được ghi lại ở trang «Nhật ký gộp» để có thể khôi phục khi cần.',
    );
    await until(async () => expect(await textOf(cell('D7'))).toBe('9'));
    const caItem = page.locator(`[data-testid=roundtrip-file][data-file="Tu-cham-CA-tinh-${TAIL}"]`);
    expect(await textOf(caItem)).toContain('Đã ghi 2 ô (có 2 ô xung đột được ghi đè), 11 ô không đổi');
    expect(await page.locator('[data-testid=roundtrip-conflict][data-overwritten=true]').count()).toBe(2);
    expect(await textOf(page.locator('[data-testid=roundtrip-conflict][data-cell=D9]'))).toMatch(/nay là 19,5 \(đã ghi đè giá trị 20\)$/);
    expect(await textOf(cell('D9'))).toMatch(/^19[.,]5$/);
    expect(await textOf(cell('D10'))).toBe(String(9.5)); // the next criterion kept its value
    expect(await numberIn('D8')).toBe(29); // SUM(D9,D10), recalculated
    expect(await numberIn('D6')).toBe(38); // SUM(D7,D9,D10)
    await shot('19-roundtrip-overwritten');
  });

  test('returns to a master whose secret was never saved: refused, the likely cause said, taken by unit name once confirmed', async () => {
    // The workbook as it was before the split wrote its secret (closed without saving), and a unit's return.
    await openSample();
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'roundtrip.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('roundtrip.xlsx'), 15_000);
    await openTab('roundtrip');
    await byTestId('roundtrip-pick').setInputFiles([path.join(returns, `Tu-cham-TAND-tinh-${TAIL}`)]);
    await byTestId('roundtrip-check').click();
    const lost = byTestId('roundtrip-secret-lost');
    await lost.waitFor({ timeout: 30_000 });
    const said = await textOf(lost);
    expect(said).toContain('1 tệp bị từ chối vì mã đơn vị không khớp với sổ này');
    expect(said).toContain('sổ đã đóng mà không lưu');
    expect(said).toContain('Tạo lại bảng tự chấm từ sổ này');
    const file = byTestId('roundtrip-file');
    expect(await file.getAttribute('data-status')).toBe('rejected');
    await scrollPaneTo(lost);
    await shot('19b-roundtrip-secret-lost');
    await byTestId('roundtrip-by-name').check();
    await until(async () => expect(await file.getAttribute('data-status')).toBe('accepted'), 30_000);
    expect(await textOf(file)).toContain('Nhận theo tên đơn vị ghi trong tệp');
    expect(await textOf(byTestId('roundtrip-merge'))).toBe('Gộp vào bảng chấm điểm (13)');
  });
});

describe('dark theme, English, on the new tabs', () => {
  const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const lum = ([r, g, b]: number[]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

  test('?theme=dark: a dark pane with light text; English labels and messages on Biên bản and Gửi & nhận', async () => {
    await openSample('?theme=dark');
    const root = page.locator('.pane > .fui-FluentProvider');
    const bg = rgb(await root.evaluate((el) => getComputedStyle(el).backgroundColor));
    const fg = rgb(await root.evaluate((el) => getComputedStyle(el).color));
    expect(lum(bg)).toBeLessThan(0.2);
    expect(lum(fg)).toBeGreaterThan(0.8);

    await byTestId('lang-switch').click();
    await until(async () => expect(await textOf(byTestId('tab-check'))).toBe('Check'));

    await openTab('minutes');
    await byTestId('minutes-make').click();
    await byTestId('minutes-documents').waitFor({ timeout: 20_000 });
    await templates();
    const minutes = await textOf(byTestId('panel-minutes'));
    expect(minutes).toContain('Review and nomination minute');
    expect(minutes).toContain('Make them again from the workbook');
    expect(minutes).toContain('Using the default template');
    expect(minutes).not.toContain('Lập biên bản');
    expect(await byTestId('minutes-download-nomination').getAttribute('download')).toBe('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx');
    expect((await textOf(byTestId('minutes-download-nomination'))).split('\n')[0]).toBe('Download');
    expect(await page.getByRole('link', { name: 'Download Review and nomination minute' }).count()).toBe(1);
    // The preview reads in the pane's theme: light text on the dark pane.
    const shown = await preview('nomination');
    expect(lum(rgb(await shown.evaluate((el) => getComputedStyle(el).backgroundColor)))).toBeLessThan(0.2);
    expect(lum(rgb(await shown.evaluate((el) => getComputedStyle(el).color)))).toBeGreaterThan(0.8);
    await byTestId('minutes-pick-handover').setInputFiles({
      name: 'bad.docx',
      mimeType: DOCX_MIME,
      buffer: await tinyDocx(['{khong_co}']),
    });
    await until(async () => expect(await textOf(byTestId('minutes-template-handover'))).toContain('Template bad.docx'));
    expect(await textOf(byTestId('minutes-template-handover'))).toContain('{khong_co}');
    expect(await textOf(byTestId('minutes-known-handover').locator('summary'))).toBe('Known placeholders');
    await shot('20-dark-english-minutes');
    await scrollPaneTo(byTestId('minutes-pick-handover'));
    await shot('20b-dark-english-template-refused');

    await openTab('roundtrip');
    const roundtrip = await textOf(byTestId('panel-roundtrip'));
    expect(roundtrip).toContain('Send self-scoring workbooks');
    expect(roundtrip).toContain('Collect returned self-scores');
    expect(roundtrip).toContain('No file chosen');
    expect(roundtrip).not.toContain('Take back');
    expect(roundtrip).not.toContain('Gửi đơn vị tự chấm');
    await byTestId('roundtrip-make').click();
    await until(async () => expect(await byTestId('roundtrip-download').count()).toBe(11), 30_000);
    expect(await textOf(byTestId('roundtrip-zip'))).toBe('Download all (.zip)');
    await byTestId('roundtrip-pick').setInputFiles({
      name: 'not-a-workbook.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('plain text, not a zip'),
    });
    await byTestId('roundtrip-check').click();
    const item = byTestId('roundtrip-file');
    await until(async () => expect(await item.getAttribute('data-status')).toBe('rejected'), 15_000);
    expect(await textOf(item)).toContain('Rejected');
    await shot('21-dark-english-roundtrip');
    await scrollPaneTo(byTestId('roundtrip-report'));
    await shot('21b-dark-english-roundtrip-report');
  });
});

/** The tabs, from the pane's own table: each id and the test id of its primary action. */
const PRIMARY: Record<string, string> = Object.fromEntries(TABS.map((t) => [t.id, t.primary]));
const TAB_IDS = TABS.map((t) => t.id);

/** A page of its own showing the pane alone (as in Office: the pane is the window), at a width and height. */
async function paneAlone(width: number, height: number, query = ''): Promise<Page> {
  const context = await browser!.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const p = await context.newPage();
  p.on('pageerror', (e) => problems.push(`uncaught (${width} px): ${e.message}`));
  await p.goto(`${base}?view=pane${query}`);
  await p.getByTestId('check-button').waitFor();
  const status = query.includes('blank=1') ? 'Sổ trống / Empty workbook' : 'khoi-thi-dua-so-3.xlsx';
  await until(
    async () => expect(await p.evaluate(() => document.querySelector('[data-testid=workbook-status]')?.textContent)).toBe(status),
    15_000,
  );
  return p;
}

/**
 * Sideways scroll of the pane: the document or the pane's root wider than the window, or anything scrolled sideways
 * (a focused field scrolls every ancestor that can, even one with overflow hidden, into view).
 */
async function sideways(p: Page): Promise<{ scrollWidth: number; clientWidth: number; scrollLeft: number }> {
  return p.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const root = document.querySelector('.pane > .fui-FluentProvider') as HTMLElement;
    let scrolled = doc.scrollLeft;
    for (let el = document.activeElement as HTMLElement | null; el; el = el.parentElement) scrolled += el.scrollLeft;
    for (const el of [root, root.querySelector('main') as HTMLElement]) scrolled += el.scrollLeft;
    return {
      scrollWidth: Math.max(doc.scrollWidth, root.scrollWidth),
      clientWidth: Math.min(doc.clientWidth, root.clientWidth),
      scrollLeft: scrolled,
    };
  });
}

/** Focuses every field and button of the open panel (and the header and tabs) in turn; returns any that scroll sideways. */
async function focusEverything(p: Page, tab: string): Promise<string[]> {
  const targets = p.locator(
    `header button, header [role=tab], [data-testid=panel-${tab}] :is(input:not([type=file]), textarea, button, summary, a[href], [tabindex="0"]):visible`,
  );
  const n = await targets.count();
  const bad: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = targets.nth(i);
    await t.focus();
    const m = await sideways(p);
    if (m.scrollWidth > m.clientWidth || m.scrollLeft !== 0) {
      bad.push(`${tab}: ${await t.evaluate((el) => el.outerHTML.slice(0, 120))} -> ${JSON.stringify(m)}`);
      await p.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollTo(0, 0));
    }
  }
  return bad;
}

/**
 * Runs a tab's primary action (when it can run: Lập sổ on the complete sample has nothing ticked to add) and waits for
 * its answer — every action says its outcome in the live region — so that the results are measured and scanned too.
 */
async function runPrimary(p: Page, tab: string): Promise<void> {
  const button = p.getByTestId(PRIMARY[tab]);
  await button.waitFor();
  if (await button.isDisabled()) return;
  const before = await liveText(p);
  await button.click();
  await until(async () => expect(await liveText(p)).not.toBe(before), 60_000);
  // The button comes back from busy with a colour transition: let every transition end before a contrast scan.
  await until(async () => expect(await p.getByTestId(PRIMARY[tab]).isEnabled()).toBe(true), 30_000);
  await p.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/** Where each tab of the tab bar is drawn, and whether its label is drawn whole (not cut, not hidden). */
async function tabBoxes(p: Page): Promise<{ id: string; x: number; y: number; w: number; h: number; whole: boolean }[]> {
  return p.locator('header [role=tablist] [role=tab]').evaluateAll((tabs) =>
    tabs.map((t) => {
      const r = t.getBoundingClientRect();
      const label = t.querySelector('.fui-Tab__content') as HTMLElement;
      const l = label.getBoundingClientRect();
      const whole =
        label.scrollWidth <= label.clientWidth + 1 && l.left >= r.left - 1 && l.right <= r.right + 1 && r.right <= window.innerWidth;
      return {
        id: t.getAttribute('data-testid') ?? '',
        x: Math.round(r.x),
        y: Math.round(r.y),
        w: Math.round(r.width),
        h: Math.round(r.height),
        whole,
      };
    }),
  );
}

describe('the pane at Excel’s widths', () => {
  test.each([
    [320, 'vi', ''],
    [320, 'en', '&theme=dark'],
    [450, 'vi', ''],
    [450, 'vi', '&theme=dark'],
  ])(
    '%i px (%s%s): every tab in view, one click away and in its place; no sideways scroll on any tab or in any field',
    async (width, lang, theme) => {
      const p = await paneAlone(width, 600, `&lang=${lang}${theme}`);
      const look = `${width}-${lang}${theme ? '-dark' : ''}`;
      try {
        // Every tab of the table is drawn, in one row, its label whole; choosing one moves none of them.
        const start = await tabBoxes(p);
        expect(start.map((t) => t.id)).toEqual(TAB_IDS.map((id) => `tab-${id}`));
        expect(start.filter((t) => !t.whole)).toEqual([]);
        expect(new Set(start.map((t) => t.y)).size).toBe(1);
        for (const id of TAB_IDS) {
          await openTab(id, p);
          expect({ chose: id, tabs: await tabBoxes(p) }).toEqual({ chose: id, tabs: start });
        }
        const bad: string[] = [];
        for (const tab of TAB_IDS) {
          await openTab(tab, p);
          await p.evaluate(() => window.scrollTo(0, 0));
          // The primary action is in view without scrolling (320 x 600).
          await p.getByTestId(PRIMARY[tab]).waitFor();
          const box = await p.getByTestId(PRIMARY[tab]).boundingBox();
          expect({ tab, inView: !!box && box.y >= 0 && box.y + box.height <= 600 }).toEqual({ tab, inView: true });
          await p.screenshot({ path: path.join(OUT, `30-${look}-${tab}.png`), animations: 'disabled' });
          expect({ tab, ...(await sideways(p)) }).toMatchObject({ tab, scrollLeft: 0 });
          bad.push(...(await focusEverything(p, tab)));
          await runPrimary(p, tab);
          bad.push(...(await focusEverything(p, tab)));
          const m = await sideways(p);
          expect({ tab, wider: m.scrollWidth > m.clientWidth }).toEqual({ tab, wider: false });
          await p.screenshot({ path: path.join(OUT, `31-${look}-${tab}-done.png`), fullPage: true, animations: 'disabled' });
        }
        expect(bad).toEqual([]);
      } finally {
        await p.context().close();
      }
    },
  );

  test('the Year field of Lập sổ keeps within its column, and focusing it moves nothing (320 px)', async () => {
    const p = await paneAlone(320, 600, '&blank=1');
    try {
      await openTab('new', p);
      const year = p.getByTestId('panel-new').getByRole('textbox', { name: 'Năm' });
      await year.focus();
      const fit = await year.evaluate((input) => {
        const field = input.closest('.fui-Field') as HTMLElement;
        return { input: input.getBoundingClientRect().right, field: field.getBoundingClientRect().right, window: window.innerWidth };
      });
      expect(fit.input).toBeLessThanOrEqual(fit.field + 0.5);
      expect(fit.field).toBeLessThanOrEqual(fit.window);
      expect(await sideways(p)).toEqual({ scrollWidth: 320, clientWidth: 320, scrollLeft: 0 });
      await p.screenshot({ path: path.join(OUT, '32-320-year-focused.png') });
    } finally {
      await p.context().close();
    }
  });
});

describe('accessibility (axe-core)', () => {
  const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  /** Moderate and minor findings, printed for the record (they do not fail the test). */
  const minorSeen = new Set<string>();
  afterAll(() => console.log(`axe-core, moderate/minor findings: ${minorSeen.size ? [...minorSeen].join('; ') : 'none'}`));

  async function scan(p: Page): Promise<string[]> {
    await p.addScriptTag({ content: AXE });
    const violations = await p.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; html: string }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        // Fluent's focus manager (tabster) puts aria-hidden focus sentinels around arrow-key groups such as the tab list:
        // they hand focus on at once and are never a stop. A known false positive of aria-hidden-focus that Microsoft's
        // own scanners suppress (microsoft/tabster#288, microsoft/accessibility-insights-web#7605); nothing else is.
        nodes: v.nodes.filter((n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html))).map((n) => n.target.join(' ')),
      }));
    });
    const lesser = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical' && v.nodes.length > 0);
    lesser.forEach((v) => minorSeen.add(`${v.impact} ${v.id}`));
    return violations
      .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && v.nodes.length > 0)
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).join(', ')}`);
  }

  test.each([
    ['vi', ''],
    ['en', '&theme=dark'],
  ])('every tab, before and after its action (%s%s): no serious or critical violation', async (lang, extra) => {
    const p = await paneAlone(450, 900, `&lang=${lang}${extra}`);
    try {
      const found: string[] = [];
      for (const tab of TAB_IDS) {
        await openTab(tab, p);
        found.push(...(await scan(p)).map((v) => `${tab} (before): ${v}`));
        await runPrimary(p, tab);
        found.push(...(await scan(p)).map((v) => `${tab} (after): ${v}`));
      }
      expect(found).toEqual([]);
    } finally {
      await p.context().close();
    }
  });
});

describe('Office’s language, theme and platform', () => {
  test('the language follows Office’s display language (en-US: English) unless chosen', async () => {
    const p = await paneAlone(450, 600, '&display=en-US');
    try {
      expect(await textOf(p.getByTestId('tab-check'))).toBe('Check');
      expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await p.context().close();
    }
  });

  test('the theme follows Office’s when it changes: by event, or when the pane regains focus', async () => {
    const bgLum = (p: Page) =>
      p.locator('.pane > .fui-FluentProvider').evaluate((el) => {
        const [r, g, b] = (getComputedStyle(el).backgroundColor.match(/\d+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    await openSample();
    expect(await bgLum(page)).toBeGreaterThan(0.8);
    await byTestId('harness-theme').click(); // Office switches to a dark theme and says so
    await until(async () => expect(await bgLum(page)).toBeLessThan(0.2));
    await shot('33-theme-followed');
    await byTestId('harness-theme').click();
    await until(async () => expect(await bgLum(page)).toBeGreaterThan(0.8));

    await openSample('?themeEvents=0'); // a host that does not report the change
    await byTestId('harness-theme').click();
    await new Promise((r) => setTimeout(r, 200));
    expect(await bgLum(page)).toBeGreaterThan(0.8);
    await page.evaluate(() => window.dispatchEvent(new Event('focus'))); // the user comes back to the pane
    await until(async () => expect(await bgLum(page)).toBeLessThan(0.2));
  });

  test('Mac: the self-scoring workbooks open one unit at a time, each saying if opened and saved; Word files explained', async () => {
    await openSample('?platform=mac');
    await openTab('roundtrip');
    await byTestId('roundtrip-make').click();
    const open = byTestId('roundtrip-open');
    await until(async () => expect(await open.count()).toBe(11), 30_000);
    expect(await byTestId('roundtrip-download').count()).toBe(0);
    expect(await byTestId('roundtrip-zip').count()).toBe(0);
    const delivery = await textOf(byTestId('roundtrip-delivery'));
    expect(delivery).toContain('Excel cho Mac không tải tệp từ tiện ích xuống máy');
    expect(delivery).toContain('Tệp › Lưu Như'); // Excel's own Vietnamese command
    expect(await open.first().getAttribute('aria-label')).toBe('Mở trong Excel: Công an tỉnh');
    expect(await textOf(byTestId('roundtrip-open-count'))).toBe('Đã mở 0/11 sổ, đã lưu 0');
    await shot('34-mac-roundtrip');
    // The next unit, one at a time (not eleven untitled workbooks at once).
    await byTestId('roundtrip-open-next').click();
    const opened = byTestId('opened-workbooks');
    await until(async () => expect(await opened.getAttribute('data-count')).toBe('1'), 15_000);
    expect(await opened.getAttribute('title')).toContain('Chấm điểm');
    await until(async () => expect(await liveText()).toContain('Đã mở 1 sổ mới trong Excel'));
    const ca = page.locator('[data-testid=roundtrip-unit][data-unit="Công an tỉnh"]');
    expect(await ca.getAttribute('data-opened')).toBe('true');
    expect(await textOf(byTestId('roundtrip-open-next'))).toBe('Mở sổ tiếp theo: Viện Kiểm sát nhân dân tỉnh');
    await ca.getByTestId('roundtrip-saved').check();
    await until(async () => expect(await textOf(byTestId('roundtrip-open-count'))).toBe('Đã mở 1/11 sổ, đã lưu 1'));
    expect(await textOf(ca)).toContain('Đã mở và đã lưu');
    await shot('34b-mac-roundtrip-opened');

    await openTab('minutes');
    await byTestId('minutes-make').click();
    await byTestId('minutes-documents').waitFor({ timeout: 20_000 });
    expect(await byTestId('minutes-download-nomination').count()).toBe(0);
    const note = await textOf(byTestId('minutes-delivery'));
    expect(note).toContain('Excel cho Mac không cho tiện ích lưu tệp Word (.docx)');
    expect(note).toContain('Excel trên web');
    expect(await textOf(byTestId('minutes-nomination'))).toContain('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx');
    expect(await textOf(await preview('nomination'))).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // What cannot work on Mac is not offered as if it could.
    await templates();
    expect(await byTestId('minutes-default-nomination').isDisabled()).toBe(true);
    expect(await textOf(byTestId('minutes-template-nomination'))).toContain('Excel cho Mac không cho tiện ích lưu tệp Word');
    await shot('35-mac-minutes');
  });
});

describe('a meeting day (issue 18)', () => {
  /** Opens a file of test-output/browser/ in the harness, as the secretary's workbook. */
  async function openFile(name: string): Promise<void> {
    await openSample();
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, name));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe(name), 15_000);
  }

  test('a bloc set up with Lập sổ and scored waits for its vote: the next step, not a failed vote', async () => {
    await openFile('lap-so.xlsx');
    await openTab('check');
    await byTestId('check-button').click();
    await byTestId('check-summary').waitFor({ timeout: 15_000 });
    expect(await textOf(byTestId('panel-check'))).not.toContain('tính là 0');
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('pendingVote'), 15_000);
    expect(await textOf(byTestId('meeting-action'))).toMatch(/^Bước tiếp theo: bỏ phiếu kín suy tôn/);
    const panel = await textOf(byTestId('panel-score'));
    expect(panel).not.toMatch(/0\/4|0 phiếu|được 0|chưa đủ số phiếu|bỏ phiếu lại/);
    expect(await byTestId('ballot-missing').count()).toBe(0); // Lập sổ made the sheet
    await shot('40-lap-so-pending-vote');
  });

  test('a bloc without Phiếu bầu: the dossier and the score offer the sheet; Lập sổ offers it too; results go stale', async () => {
    await openFile('no-ballot.xlsx');
    // Biên bản: the dossier waits for the vote, and the sheet to write it in is offered.
    await openTab('minutes');
    await byTestId('dossier-make').click();
    const pending = byTestId('dossier-pending');
    await pending.waitFor({ timeout: 20_000 });
    expect(await textOf(pending.getByTestId('ballot-missing'))).toContain('Sổ chưa có trang «Phiếu bầu»');
    // Chấm điểm: the same offer beside "write the result in Phiếu bầu"; taking it adds the sheet with the units.
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('pendingVote'), 15_000);
    await shot('41-no-ballot-offered');
    await byTestId('panel-score').getByTestId('add-sheet-ballot').click();
    await byTestId('panel-score').getByTestId('add-sheet-ballot-done').waitFor({ timeout: 15_000 });
    expect(await sheetTabs()).toContain('Phiếu bầu');
    await until(async () => expect(await page.locator('.sheet-tabs [aria-selected=true]').textContent()).toBe('Phiếu bầu'));
    expect(await textOf(page.locator('table.grid'))).toContain('Trại giam Đắk Trung');
    // What Score and Biên bản showed was read without the sheet: both say so at once.
    await byTestId('panel-score').getByTestId('stale-notice').waitFor({ timeout: 10_000 });
    await openTab('minutes');
    await byTestId('panel-minutes').getByTestId('stale-notice').waitFor({ timeout: 10_000 });
    // Lập sổ sees the bloc with its ballot sheet now: only Chấm chéo is missing.
    await openTab('new');
    await until(async () => expect(await textOf(byTestId('new-present'))).toMatch(/Còn thiếu\s+Chấm chéo/));
  });

  test('a score typed after scoring marks the result stale at once; scoring again clears it and reports no stale Kết quả', async () => {
    await openSample();
    await openTab('score');
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('proposed'), 15_000);
    expect(await textOf(byTestId('rewritten-note'))).toContain('Trang «Kết quả» được viết lại mỗi lần chấm điểm');
    await new Promise((r) => setTimeout(r, 300)); // the write's own events have arrived: Kết quả is ours, not an input
    expect(await byTestId('stale-notice').count()).toBe(0);
    // The secretary corrects a score in Excel.
    await showSheet('Chấm điểm');
    await cell('D7').dblclick();
    await page.locator('input.cell-editor').fill('9');
    await page.keyboard.press('Enter');
    const stale = byTestId('panel-score').getByTestId('stale-notice');
    await stale.waitFor({ timeout: 10_000 });
    expect(await textOf(stale)).toContain('Sổ đã thay đổi sau lần đọc này');
    expect(await byTestId('rank-row').count()).toBe(11); // still shown, marked; never recomputed behind the user's back
    await scrollPaneTo(stale);
    await shot('42-stale-notice');
    await stale.getByTestId('stale-run').click();
    await until(async () => expect(await byTestId('panel-score').getByTestId('stale-notice').count()).toBe(0), 15_000);
    await byTestId('ranking').waitFor();
    expect(await textOf(byTestId('panel-score'))).not.toContain('đã cũ');
  });

  test('Biên bản at 320 px: one primary action, a short list, a preview that reads, the dossier in sight', async () => {
    for (const theme of ['', '&theme=dark']) {
      const p = await paneAlone(320, 700, theme);
      try {
        await openTab('minutes', p);
        await p.getByTestId('minutes-make').click();
        await p.getByTestId('minutes-documents').waitFor({ timeout: 30_000 });
        const panel = p.getByTestId('panel-minutes');
        const height = await panel.evaluate((el) => el.getBoundingClientRect().height);
        console.log(`Biên bản at 320 px once made: ${Math.round(height)} px tall`);
        expect(height).toBeLessThan(2200); // about 4,500 px before
        // One primary action: the buttons painted as the primary one is.
        const primaries = await panel.evaluate((el) => {
          const make = el.querySelector('[data-testid=minutes-make]') as HTMLElement;
          const brand = getComputedStyle(make).backgroundColor;
          return [...el.querySelectorAll<HTMLElement>('button, a')].filter(
            (b) => b.offsetParent && getComputedStyle(b).backgroundColor === brand,
          ).length;
        });
        expect(primaries).toBe(1);
        // The preview reads: body text at 13 px or more, no word broken across lines, nothing wider than the pane.
        await p.getByTestId('minutes-nomination-show').click();
        const shown = p.getByTestId('minute-preview');
        const read = await shown.evaluate((el) => {
          const sizes = [...el.querySelectorAll<HTMLElement>('p, div')].map((n) => parseFloat(getComputedStyle(n).fontSize));
          return { smallest: Math.min(...sizes), wider: el.scrollWidth > el.clientWidth + 1, breaks: getComputedStyle(el).overflowWrap };
        });
        expect(read).toEqual({ smallest: expect.any(Number), wider: false, breaks: 'break-word' });
        expect(read.smallest).toBeGreaterThanOrEqual(13);
        await p.screenshot({ path: path.join(OUT, `43-320${theme ? '-dark' : ''}-minutes.png`), fullPage: true, animations: 'disabled' });
        // The dossier's answer is scrolled into sight when made.
        await p.getByTestId('dossier-make').click();
        await p.getByTestId('dossier-made').waitFor({ timeout: 30_000 });
        await until(async () => expect(await inPaneView(p.getByTestId('dossier-made'))).toBe(true));
        await p.screenshot({ path: path.join(OUT, `44-320${theme ? '-dark' : ''}-dossier.png`), animations: 'disabled' });
      } finally {
        await p.context().close();
      }
    }
  });
});

describe('the page as a whole', () => {
  test('no uncaught errors or failed requests', () => {
    if (consoleErrors.length > 0) console.log(`console errors (refused actions log their cause):\n  ${consoleErrors.join('\n  ')}`);
    expect(problems).toEqual([]);
  });
});

async function isFocused(testId: string): Promise<boolean> {
  return page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId);
}
