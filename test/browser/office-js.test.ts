// Office.js from the CDN (the default) or served with the add-in (OFFICE_JS=bundled, for closed networks): both
// variants are built (development mode: the same config, only unminified, so the test stays quick) into temporary
// folders, their pages checked, and each loaded in headless Chromium with every request off this machine refused.
// The bundled page must get Office.js (and what it loads) from its own folder and never ask Microsoft's CDN.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN, OFFICE_JS_DIR } = require('../../webpack.config.js') as { OFFICE_JS_CDN: string; OFFICE_JS_DIR: string };
const PACKAGE = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function build(officeJs: 'cdn' | 'bundled', out: string): void {
  const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, OFFICE_JS: officeJs, BXTD_DIST: out },
  });
  if (r.status !== 0) throw new Error(`OFFICE_JS=${officeJs} build failed:\n${r.stdout}\n${r.stderr}`);
}

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.resolve(dir, `.${p}`);
    if (!file.startsWith(dir + path.sep)) return void res.writeHead(403).end();
    fs.readFile(file, (err, data) =>
      err
        ? res.writeHead(404).end()
        : res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(data),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const scripts = (html: string) => [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]);

let tmp = '';
let browser: Browser | null = null;
const dist = (v: string) => path.join(tmp, v);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-officejs-'));
  build('cdn', dist('cdn'));
  build('bundled', dist('bundled'));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Opens a page of a build with every request off 127.0.0.1 refused; returns what it asked for and showed. */
async function load(variant: string, page: string) {
  const server = await serve(dist(variant));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await browser!.newContext();
  const tab = await context.newPage();
  const asked: string[] = [];
  const served: string[] = [];
  await tab.route('**/*', (route) => {
    const url = route.request().url();
    asked.push(url);
    return url.startsWith(base) ? route.continue() : route.abort();
  });
  tab.on('response', (r) => r.ok() && served.push(r.url().slice(base.length)));
  await tab.goto(base + page);
  await tab.waitForLoadState('networkidle');
  const text = await tab.locator('body').innerText();
  await context.close();
  await new Promise((r) => server.close(r));
  return { asked, served, text, base };
}

describe('Office.js: CDN by default, bundled for closed networks', () => {
  test('the default build loads Office.js from Microsoft’s CDN and ships no copy', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      expect(scripts(fs.readFileSync(path.join(dist('cdn'), page), 'utf8'))[0]).toBe(OFFICE_JS_CDN);
    }
    expect(fs.existsSync(path.join(dist('cdn'), OFFICE_JS_DIR))).toBe(false);
  });

  test('OFFICE_JS=bundled references dist/office-js and copies the package’s files Excel needs', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = fs.readFileSync(path.join(dist('bundled'), page), 'utf8');
      expect(scripts(html)[0]).toBe(`${OFFICE_JS_DIR}/office.js`);
      expect(html).not.toContain('appsforoffice.microsoft.com');
    }
    const copy = path.join(dist('bundled'), OFFICE_JS_DIR);
    for (const f of [
      'office.js',
      'o15apptofilemappingtable.js',
      'excel-win32-16.01.js',
      'excel-mac-16.00.js',
      'excel-web-16.00.js',
      'vi-vn/office_strings.js',
      'en-us/office_strings.js',
      'telemetry/oteljs_agave.js',
    ]) {
      expect({ f, same: fs.readFileSync(path.join(copy, f)).equals(fs.readFileSync(path.join(PACKAGE, f))) }).toEqual({ f, same: true });
    }
    const all = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const files = all(copy).map((f) => path.relative(copy, f));
    expect(files.filter((f) => /\.debug\.js$|^(word|outlook|powerpoint|onenote|project|access)/.test(f))).toEqual([]);
  });

  test('the bundled page gets Office.js from its own folder and never asks the CDN (loaded with the network cut off)', async () => {
    const { asked, served, text, base } = await load('bundled', 'taskpane.html');
    // Office.js itself may open Microsoft's telemetry frame (it does in some loads, not in others); refused here, the
    // page works without it. Nothing else leaves the machine: no script, no Office.js file from the CDN.
    const telemetry = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/telemetryservice\//;
    expect(asked.filter((u) => !u.startsWith(base) && !telemetry.test(u))).toEqual([]);
    expect(asked.filter((u) => u.includes('appsforoffice.microsoft.com'))).toEqual([]);
    expect(served).toContain(`${OFFICE_JS_DIR}/office.js`);
    // Office.js starts outside Office too, and the pane says where it runs.
    expect(text).toContain('Bình xét Thi đua chạy trong Excel');
  });

  test('the default page asks the CDN for Office.js', async () => {
    const { asked } = await load('cdn', 'taskpane.html');
    expect(asked).toContain(OFFICE_JS_CDN);
  });
});
