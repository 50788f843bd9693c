// Builds the Excel task pane (dist/) and the browser harness (dist-harness/).
//
//   npm run build          production task pane + dist/manifest.xml (base URL from ADDIN_BASE_URL), size report
//   OFFICE_JS=bundled npm run build
//                          the same, with Office.js served from dist/office-js/ (copied from the pinned
//                          @microsoft/office-js package) instead of Microsoft's CDN: for closed networks
//   npm run dev-server     the task pane over HTTPS on https://localhost:3000 (office-addin-dev-certs) for sideloading
//   npm run build:harness  the harness: the real task pane on the Excel double, loaded from the sample workbook
//   npm run harness        the harness served over plain HTTP on http://127.0.0.1:3100
//
// TypeScript is transpiled by ts-loader with `module: esnext` (tsconfig.json says CommonJS for jest and the CLI) so
// that webpack tree-shakes Fluent UI and turns `import()` of ExcelJS / docxtemplater into chunks loaded on demand.

const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';
const HARNESS_PORT = Number(process.env.BXTD_HARNESS_PORT || 3100);
/** Initial task-pane JavaScript, gzip: the budget the build enforces. */
const INITIAL_BUDGET = 250 * 1024;

/** Office.js: Microsoft's CDN (the default, always current), or the files of the pinned npm package served from dist/. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = 'office-js';

function officeJsMode() {
  const mode = (process.env.OFFICE_JS || 'cdn').toLowerCase();
  if (mode !== 'cdn' && mode !== 'bundled') throw new Error(`OFFICE_JS must be "cdn" or "bundled", not "${process.env.OFFICE_JS}"`);
  return mode;
}

/**
 * The Office.js files a closed network needs, from node_modules/@microsoft/office-js/dist: office.js loads the
 * host's own script (excel-win32-16.01.js, excel-mac-16.00.js, excel-web-16.00.js, ...), its locale strings
 * (vi-vn/office_strings.js, ...) and its helpers (telemetry, auth, error pages) relative to itself, so the folder is
 * copied whole except what Excel never loads: debug builds, IntelliSense files, and other hosts' scripts.
 */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*vsdoc*.js',
  '**/office.d.ts',
  '**/outlook_strings.js',
  '**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js',
  '**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}*.js',
];

/** The production base URL: ADDIN_BASE_URL (https, ending in /), or the dev base with a warning. */
function productionBase() {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) return null;
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be https: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Every URL in the manifest moved from the dev base to `base` (AppDomain becomes base's origin). */
function rebaseManifest(xml, base) {
  return xml.split(DEV_BASE).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

const tsRule = (mode) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    options: {
      transpileOnly: true, // `npm run typecheck` checks types
      compilerOptions: { module: 'esnext', sourceMap: mode !== 'production', declaration: false },
    },
  },
});

/** Prints (and saves as size-report.json) the gzip size of each entry's initial JS and of the lazy chunks. */
class SizeReportPlugin {
  constructor(opts) {
    this.opts = opts;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('SizeReportPlugin', (compilation) => {
      const gz = (file) => {
        // After emit the assets are size-only; read what was written (disk, or memory under the dev server).
        const buf = Buffer.from(compiler.outputFileSystem.readFileSync(path.join(compiler.outputPath, file)));
        return { file, bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
      };
      const report = { budget: INITIAL_BUDGET, entries: {}, lazy: [] };
      const initial = new Set();
      for (const [name, ep] of compilation.entrypoints) {
        const files = ep.getFiles().filter((f) => f.endsWith('.js'));
        files.forEach((f) => initial.add(f));
        const list = files.map(gz);
        report.entries[name] = { files: list, gzip: list.reduce((n, f) => n + f.gzip, 0), bytes: list.reduce((n, f) => n + f.bytes, 0) };
      }
      for (const file of Object.keys(compilation.assets)) {
        if (file.endsWith('.js') && !initial.has(file) && !file.startsWith(`${OFFICE_JS_DIR}/`)) report.lazy.push(gz(file));
      }
      report.lazy.sort((a, b) => b.gzip - a.gzip);
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const lines = [`\nBundle size (${this.opts.label}), gzip level 9:`];
      for (const [name, e] of Object.entries(report.entries)) {
        lines.push(
          `  initial ${name.padEnd(10)} ${kb(e.gzip).padStart(10)} gzip  (${kb(e.bytes)} min)${this.opts.budget && name === this.opts.budget ? `  budget ${kb(INITIAL_BUDGET)}` : ''}`,
        );
      }
      for (const c of report.lazy.slice(0, 8)) lines.push(`  lazy    ${c.file.padEnd(40)} ${kb(c.gzip).padStart(10)} gzip`);
      console.log(lines.join('\n'));
      compiler.outputFileSystem.writeFileSync(path.join(compiler.outputPath, 'size-report.json'), JSON.stringify(report, null, 2));
      const budgeted = this.opts.budget && report.entries[this.opts.budget];
      if (budgeted && budgeted.gzip > INITIAL_BUDGET && this.opts.enforce) {
        compilation.errors.push(
          new Error(`Initial task-pane JavaScript is ${kb(budgeted.gzip)} gzip, over the ${kb(INITIAL_BUDGET)} budget.`),
        );
      }
    });
  }
}

function common(mode) {
  return {
    mode,
    devtool: mode === 'production' ? false : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule(mode)] },
    performance: { hints: false }, // the size report enforces the real budget
    optimization: { splitChunks: { chunks: 'async' } },
    stats: 'errors-warnings',
  };
}

function addinConfig(mode, serving) {
  const base = productionBase();
  const officeJs = officeJsMode();
  const officeJsSrc = officeJs === 'bundled' ? `${OFFICE_JS_DIR}/office.js` : OFFICE_JS_CDN;
  if (mode === 'production' && !base && !serving) {
    console.warn(`ADDIN_BASE_URL is not set: dist/manifest.xml keeps ${DEV_BASE}. Set ADDIN_BASE_URL=https://host/path/ to deploy.`);
  }
  return {
    ...common(mode),
    name: 'addin',
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/taskpane/commands.ts' },
    output: {
      // BXTD_DIST: another output folder (the build test builds both Office.js variants side by side).
      path: path.resolve(__dirname, process.env.BXTD_DIST || 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/index.html', chunks: ['taskpane'], officeJsSrc }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'], officeJsSrc }),
      new CopyWebpackPlugin({
        patterns: [
          ...(officeJs === 'bundled'
            ? [
                {
                  from: path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist'),
                  to: OFFICE_JS_DIR,
                  globOptions: { ignore: OFFICE_JS_IGNORE },
                  info: { minimized: true }, // Microsoft's files as published
                },
              ]
            : []),
          { from: 'assets/icons/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (mode === 'production' && base ? rebaseManifest(content.toString(), base) : content),
          },
        ],
      }),
      new SizeReportPlugin({ label: 'task pane', budget: 'taskpane', enforce: mode === 'production' }),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
}

function harnessConfig(mode) {
  return {
    ...common(mode),
    name: 'harness',
    entry: { harness: './src/harness/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist-harness'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/harness/index.html', chunks: ['harness'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/samples/*.xlsx', to: 'samples/[name][ext]' },
          { from: 'assets/icons/*.png', to: 'assets/[name][ext]' },
        ],
      }),
      new SizeReportPlugin({ label: 'harness', budget: null, enforce: false }),
    ],
    devServer: {
      host: '127.0.0.1',
      port: HARNESS_PORT,
      server: 'http',
      hot: false,
      static: false,
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  if (env.harness) return harnessConfig(mode);
  const config = addinConfig(mode, serving);
  if (serving) {
    // Office needs HTTPS even on localhost; office-addin-dev-certs makes (and offers to trust) a local certificate.
    const devCerts = require('office-addin-dev-certs');
    config.devServer.server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};

module.exports.rebaseManifest = rebaseManifest;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_DIR = OFFICE_JS_DIR;
module.exports.DEV_BASE = DEV_BASE;
