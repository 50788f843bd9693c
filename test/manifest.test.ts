// The add-in manifest, checked offline: every resid resolves to a resource of the right kind, every URL uses the
// dev base (and points at something the build produces), webpack's rebaseManifest moves all of them to a production
// base, and the Office add-in manifest schemas vendored in schemas/office-manifest accept both the manifest and its
// rebased copy (libxml2 in WebAssembly, through scripts/ooxml-check.mjs --schema: it runs wherever `npm install` ran).
// A small regex reader is enough: the manifest is ours, well-formed (the schema check parses it) and has no CDATA.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runChecker } from './ooxml';

interface WebpackExports {
  rebaseManifest: (xml: string, base: string) => string;
  DEV_BASE: string;
}
// webpack.config.js is plain CommonJS (no types); only its two helpers are used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rebaseManifest, DEV_BASE } = require('../webpack.config.js') as WebpackExports;

const ROOT = path.resolve(__dirname, '..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const SCHEMA = path.join(ROOT, 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
const PROD = 'https://example.gov.vn/bxtd/';

/** The manifest without comments (they mention URLs in prose). */
function body(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, '');
}

interface Element {
  /** Qualified name as written, e.g. `bt:Image`. */
  name: string;
  attrs: Record<string, string>;
  /** Text up to the next tag (for leaf elements such as AppDomain). */
  text: string;
}

/** Every start (or empty) element with its attributes, in document order. */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const tag = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*"[^"]*")*)\s*(\/?)>([^<]*)/g;
  for (const m of body(xml).matchAll(tag)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
    out.push({ name: m[1], attrs, text: m[3] ? '' : unescape(m[4]).trim() });
  }
  return out;
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const local = (name: string) => name.replace(/^.*:/, '');

/** Every URL the manifest holds: attribute values and leaf texts that start with a scheme (namespaces excepted). */
function urls(xml: string): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const e of elements(xml)) {
    for (const [k, v] of Object.entries(e.attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push({ where: `${e.name}@${k}${e.attrs.id ? `[${e.attrs.id}]` : ''}`, url: v });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e.text)) out.push({ where: e.name, url: e.text });
  }
  return out;
}

/** Resource ids by kind, from <Resources>. */
function resources(xml: string): Record<'Image' | 'Url' | 'String', Map<string, Element>> {
  const res = /<Resources>([\s\S]*?)<\/Resources>/.exec(body(xml));
  if (!res) throw new Error('manifest.xml has no <Resources> section');
  const out = { Image: new Map<string, Element>(), Url: new Map<string, Element>(), String: new Map<string, Element>() };
  for (const e of elements(res[1])) {
    const kind = local(e.name);
    if ((kind === 'Image' || kind === 'Url' || kind === 'String') && e.attrs.id !== undefined) {
      if (out[kind].has(e.attrs.id)) throw new Error(`resource id defined twice: ${kind} ${e.attrs.id}`);
      out[kind].set(e.attrs.id, e);
    }
  }
  return out;
}

/** What kind of resource an element's resid must name (VersionOverrides schema). */
function residKind(element: string): 'Image' | 'Url' | 'String' {
  const name = local(element);
  if (name === 'Image') return 'Image';
  if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'LearnMoreUrl') return 'Url';
  return 'String'; // Label, Title, Description
}

describe('manifest.xml', () => {
  const els = elements(XML);
  const res = resources(XML);

  test('is read: elements, resources and URLs found', () => {
    expect(els.length).toBeGreaterThan(40);
    expect(res.Url.size).toBeGreaterThan(0);
    expect(res.Image.size).toBeGreaterThan(0);
    expect(res.String.size).toBeGreaterThan(0);
    expect(urls(XML).length).toBeGreaterThanOrEqual(10);
  });

  test('every resid resolves to a defined resource of the right kind', () => {
    const used = els.filter((e) => e.attrs.resid !== undefined);
    expect(used.length).toBeGreaterThan(5);
    const missing = used
      .filter((e) => !res[residKind(e.name)].has(e.attrs.resid))
      .map((e) => `${e.name} resid="${e.attrs.resid}" (needs a bt:${residKind(e.name)})`);
    expect(missing).toEqual([]);
    // Every resource is used (a stale one usually means a typo on one side).
    const usedIds = new Set(used.map((e) => e.attrs.resid));
    const unused = [...res.Image.keys(), ...res.Url.keys(), ...res.String.keys()].filter((id) => !usedIds.has(id));
    expect(unused).toEqual([]);
    // Resource ids are at most 32 characters (schema ST_ResourceId).
    expect([...usedIds].filter((id) => id.length > 32)).toEqual([]);
  });

  test('every URL uses the dev base and points at a file the build produces', () => {
    const all = urls(XML);
    const domains = els.filter((e) => local(e.name) === 'AppDomain').map((e) => e.text);
    expect(domains).toEqual([new URL(DEV_BASE).origin]);
    const others = all.filter((u) => u.where !== 'AppDomain');
    expect(others.filter((u) => !u.url.startsWith(DEV_BASE)).map((u) => `${u.where}: ${u.url}`)).toEqual([]);
    // The named ones are all there.
    const top = (name: string) => els.find((e) => e.name === name)?.attrs.DefaultValue;
    for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'])
      expect(top(name)).toMatch(new RegExp(`^${DEV_BASE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    const source = els.find((e) => e.name === 'SourceLocation' && e.attrs.DefaultValue);
    expect(source?.attrs.DefaultValue).toBe(`${DEV_BASE}taskpane.html`);
    // What webpack emits: the two HTML pages, help.html and the icons copied from assets/icons.
    const icons = fs.readdirSync(path.join(ROOT, 'assets/icons')).filter((f) => f.endsWith('.png'));
    const built = new Set(['taskpane.html', 'commands.html', 'help.html', ...icons.map((f) => `assets/${f}`)]);
    expect(fs.existsSync(path.join(ROOT, 'src/taskpane/help.html'))).toBe(true);
    const dangling = others.map((u) => u.url.slice(DEV_BASE.length)).filter((p) => !built.has(p));
    expect(dangling).toEqual([]);
  });

  test('requirements, permissions and locales', () => {
    const excel = els.find((e) => local(e.name) === 'Set' && e.attrs.Name === 'ExcelApi');
    expect(excel).toBeDefined();
    const [major, minor] = (excel!.attrs.MinVersion ?? '').split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeLessThanOrEqual(14); // Office 2021 stops at ExcelApi 1.14
    expect(els.find((e) => e.name === 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(els.find((e) => e.name === 'DefaultLocale')?.text).toBe('vi-VN');
    expect(els.find((e) => e.name === 'Hosts')).toBeDefined();
    expect(els.some((e) => e.name === 'Host' && e.attrs.Name === 'Workbook')).toBe(true);
    // Every localisable string: a Vietnamese default (with its diacritics) and an en-US override.
    const src = body(XML);
    const localised = [
      ...src.matchAll(/<(DisplayName|Description)\s+DefaultValue="([^"]*)"\s*>([\s\S]*?)<\/\1>/g),
      ...src.matchAll(/<(bt:String)\s+id="[^"]*"\s+DefaultValue="([^"]*)"\s*>([\s\S]*?)<\/bt:String>/g),
    ];
    expect(localised.length).toBe(2 + res.String.size);
    const noEnglish = localised
      .filter((m) => !/<(?:bt:)?Override\s+Locale="en-US"\s+Value="[^"]+"/.test(m[3]))
      .map((m) => `${m[1]} "${m[2]}"`);
    expect(noEnglish).toEqual([]);
    const notVietnamese = localised
      .filter((m) => !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(m[2]))
      .map((m) => m[2]);
    expect(notVietnamese).toEqual([]);
  });

  test('rebaseManifest moves every URL to the production base and AppDomain to its origin', () => {
    const rebased = rebaseManifest(XML, PROD);
    const all = urls(rebased);
    expect(all.length).toBe(urls(XML).length);
    const domain = all.filter((u) => u.where === 'AppDomain').map((u) => u.url);
    expect(domain).toEqual(['https://example.gov.vn']);
    const wrong = all.filter((u) => u.where !== 'AppDomain' && !u.url.startsWith(PROD)).map((u) => `${u.where}: ${u.url}`);
    expect(wrong).toEqual([]);
    expect(body(rebased)).not.toContain('localhost');
    // Same paths under the new base, in the same order.
    const paths = (xml: string, base: string) =>
      urls(xml)
        .filter((u) => u.where !== 'AppDomain')
        .map((u) => u.url.slice(base.length));
    expect(paths(rebased, PROD)).toEqual(paths(XML, DEV_BASE));
    // Nothing else changed.
    expect(elements(rebased).map((e) => e.name)).toEqual(els.map((e) => e.name));
  });

  test('the schema accepts the manifest and its rebased copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-manifest-'));
    try {
      const rebased = path.join(dir, 'manifest.xml');
      fs.writeFileSync(rebased, rebaseManifest(XML, PROD));
      const files = [path.join(ROOT, 'manifest.xml'), rebased];
      const r = runChecker(['--schema', SCHEMA, ...files]);
      expect(r).toEqual({ ok: true, output: [...files.map((f) => `${f} validates`), 'ooxml-check: 2/2 files valid'].join('\n') });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the schema rejects a broken manifest (the check can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-manifest-'));
    try {
      const broken = {
        'a permission that does not exist': XML.replace(
          '<Permissions>ReadWriteDocument</Permissions>',
          '<Permissions>Everything</Permissions>',
        ),
        'elements out of order': XML.replace(
          /(<DefaultLocale>[^<]*<\/DefaultLocale>)([\s\S]*?)(<DisplayName\b[\s\S]*?<\/DisplayName>)/,
          '$3$2$1',
        ),
        'not well-formed': XML.replace('</OfficeApp>', ''),
      };
      const files = Object.entries(broken).map(([what, xml], i) => {
        expect([what, xml]).not.toEqual([what, XML]);
        const file = path.join(dir, `broken-${i}.xml`);
        fs.writeFileSync(file, xml);
        return file;
      });
      const r = runChecker(['--schema', SCHEMA, ...files]);
      expect(r.ok).toBe(false);
      // One line per file, each an error (none "validates").
      const lines = r.output.split('\n');
      expect(lines.slice(0, -1).map((l) => files.findIndex((f) => l.startsWith(`${f}: `)))).toEqual([0, 1, 2]);
      expect(lines.at(-1)).toBe('ooxml-check: 0/3 files valid');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
