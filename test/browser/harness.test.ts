// End to end in headless Chromium: the harness (the real task pane on the Excel double, loaded from the sample
// workbook) is built once, served on 127.0.0.1, and used as a person would: Check, Score, look at the drawn sheets,
// keyboard, English, New (refused, then in an empty workbook), and a damaged copy of the sample whose issues select
// their cells. Screenshots go to test-output/browser/. System Chromium only (Debian `chromium`) through
// playwright-core; never `npx playwright install`.
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
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { HIGHLIGHT_FILLS } from '../../src/workbook/plan';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist-harness');
const OUT = path.join(ROOT, 'test-output/browser');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = path.join(ROOT, 'assets/samples/khoi-thi-dua-so-3.xlsx');
const FIRST_RENDER_BUDGET_MS = 1000;

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
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(data);
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
  if (ws?.getCell('B9').value !== 'Công an tỉnh') throw new Error('the sample\'s «Phiếu bầu» no longer has Công an tỉnh on row 9');
  ws.getCell('C9').value = 5;
  ws.getCell('D9').value = 5;
  await wb.xlsx.writeFile(file);
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
  server = await serve(DIST);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`failed request ${r.url()}: ${r.failure()?.errorText}`));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  console.log(`browser test: ${((Date.now() - started) / 1000).toFixed(1)} s in all; screenshots in ${path.relative(ROOT, OUT)}/`);
});

describe('harness in headless Chromium', () => {
  test('loads the sample, first render within budget', async () => {
    await page.goto(base);
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('khoi-thi-dua-so-3.xlsx'), 15_000);
    const firstRender = await page.evaluate(() => window.__bxtdFirstRender ?? null);
    console.log(`first render of the harness: ${firstRender === null ? '—' : firstRender.toFixed(0)} ms (budget ${FIRST_RENDER_BUDGET_MS} ms)`);
    expect(firstRender).not.toBeNull();
    expect(firstRender!).toBeLessThanOrEqual(FIRST_RENDER_BUDGET_MS);
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
    expect(await textOf(byTestId('panel-check'))).toContain('Không có lỗi hay cảnh báo nào. Có thể chấm điểm.');
    expect(await byTestId('issues').count()).toBe(0);
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
    expect(ranking).toContain('xếp trên nhờ Phiếu bầu: 7 phiếu so với 6 phiếu');
    expect(ranking).toContain('xếp dưới theo Phiếu bầu: 6 phiếu so với 7 phiếu');
    expect(ranking).toContain('Không xét khen thưởng');
    expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('proposed');
    expect(await byTestId('written').isVisible()).toBe(true);

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

  test('Tạo sổ mới refuses a workbook that has the sheets', async () => {
    await byTestId('tab-new').click();
    await page.getByLabel('Tên khối').fill('Khối thi đua số 5');
    await byTestId('create-button').click();
    const error = byTestId('panel-new').getByTestId('error');
    await until(async () => expect(await textOf(error)).toContain('Tiện ích không ghi đè trang tính có sẵn'));
    expect(await textOf(error)).toContain('«Chấm điểm»');
    expect(await page.locator('[data-sheet-tab]').count()).toBe(6); // nothing added
    await shot('05-new-refused');
  });

  test('English: labels and messages switch', async () => {
    await byTestId('lang-switch').click();
    await until(async () => expect(await textOf(byTestId('tab-check'))).toBe('Check'));
    expect(await textOf(byTestId('tab-score'))).toBe('Score & rank');
    expect(await textOf(page.locator('h1'))).toContain('Emulation Bloc Review');
    expect(await textOf(byTestId('panel-new').getByTestId('error'))).toContain('does not overwrite existing sheets');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await byTestId('tab-score').click();
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
    await byTestId('tab-check').click();
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
    await byTestId('tab-score').click();
    await byTestId('score-button').click();
    await byTestId('panel-score').getByTestId('issues').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-sheet-tab="Kết quả"]').count()).toBe(0);
    await shot('08-score-refused');
  });

  test('a failed vote threshold stands out with what the meeting must do', async () => {
    await page.locator('.toolbar input[type=file]').setInputFiles(path.join(OUT, 'threshold.xlsx'));
    await until(async () => expect(await textOf(byTestId('workbook-status'))).toBe('threshold.xlsx'), 15_000);
    await byTestId('tab-score').click();
    await byTestId('score-button').click();
    await until(async () => expect(await byTestId('outcome').getAttribute('data-outcome')).toBe('belowThreshold'), 15_000);
    const outcome = await textOf(byTestId('outcome'));
    expect(outcome).toContain('Chưa đạt ngưỡng phiếu');
    expect(await textOf(byTestId('meeting-action'))).toContain('bỏ phiếu lại');
    expect(await page.locator('[data-testid=rank-row][data-proposal=flag]').count()).toBe(0);
    // No gold on `Chấm điểm` when no flag is proposed.
    await showSheet('Chấm điểm');
    expect(await page.locator(`table.grid td[data-highlight="true"][data-fill="${HIGHLIGHT_FILLS.flag}"]`).count()).toBe(0);
    await shot('08b-threshold-failed');
  });

  test('Tạo sổ mới in an empty workbook adds the format-v1 sheets, which then read', async () => {
    await page.getByRole('button', { name: 'Sổ trống' }).click();
    await until(async () => expect(await page.locator('[data-sheet-tab]').allTextContents()).toEqual(['Sheet1']));
    await byTestId('tab-new').click();
    await byTestId('create-button').click();
    await byTestId('created').waitFor({ timeout: 15_000 });
    const tabs = await page.locator('[data-sheet-tab]').allTextContents();
    for (const name of ['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']) expect(tabs).toContain(name);
    await byTestId('tab-check').click();
    await byTestId('check-button').click();
    await until(async () => expect(await textOf(byTestId('check-summary'))).toContain('Khối thi đua số 5'), 15_000);
    await shot('09-new-created');
  });

  test('no uncaught errors or failed requests', () => {
    if (consoleErrors.length > 0) console.log(`console errors (refused actions log their cause):\n  ${consoleErrors.join('\n  ')}`);
    expect(problems).toEqual([]);
  });
});

async function isFocused(testId: string): Promise<boolean> {
  return page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId);
}
