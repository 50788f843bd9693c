// Hostile and odd workbooks, made by editing the sample's package as a fuzzer (or a careless program) would:
// raw XML put into a sheet, sheets added, parts replaced. Shared by the fuzz suite, the bounded-reading tests and
// the package-preservation tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

export const ROOT = path.join(__dirname, '..', '..');
export const SAMPLE = path.join(ROOT, 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

export const sampleBytes = (): Uint8Array => new Uint8Array(fs.readFileSync(SAMPLE));

export async function openPackage(bytes: Uint8Array = sampleBytes()): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

export async function bytesOf(zip: JSZip, level = 6): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}

/** Part path of a sheet, by name (from workbook.xml and its relationships). */
export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const sheet = new RegExp(`<sheet\\b[^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(wb)?.[0];
  const id = sheet && /r:id="([^"]*)"/.exec(sheet)?.[1];
  const target = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const t = target && /Target="([^"]*)"/.exec(target)?.[1];
  if (!t) throw new Error(`no sheet ${name}`);
  return t.startsWith('/') ? t.slice(1) : `xl/${t}`;
}

export async function editPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  zip.file(part, edit(await zip.file(part)!.async('string')));
}

export async function editSheet(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  await editPart(zip, await sheetPath(zip, name), edit);
}

/** Worksheet children that may follow the given element (schema order), to insert before. */
const AFTER: Record<string, string[]> = {
  mergeCells: [
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'drawing',
    'legacyDrawing',
    'tableParts',
    'extLst',
  ],
  conditionalFormatting: [
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'drawing',
    'legacyDrawing',
    'tableParts',
    'extLst',
  ],
  dataValidations: [
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'drawing',
    'legacyDrawing',
    'tableParts',
    'extLst',
  ],
  hyperlinks: ['printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'drawing', 'legacyDrawing', 'tableParts', 'extLst'],
};

/** Puts an element where the worksheet schema wants it (after the existing ones of its kind). */
export function insertIntoSheet(xml: string, element: keyof typeof AFTER, fragment: string): string {
  if (element === 'mergeCells' && /<mergeCells\b/.test(xml)) {
    return xml
      .replace(/<mergeCells\b[^>]*>/, '<mergeCells>')
      .replace('</mergeCells>', `${fragment.replace(/<\/?mergeCells[^>]*>/g, '')}</mergeCells>`);
  }
  let at = -1;
  for (const name of AFTER[element]) {
    const m = new RegExp(`<${name}[\\s>/]`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf('</worksheet>');
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** Adds a worksheet part and its sheet entry (at the end of the workbook). */
export async function addSheet(zip: JSZip, name: string, sheetXml: string, state?: 'hidden' | 'veryHidden'): Promise<string> {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  zip.file(part, sheetXml);
  await editPart(zip, 'xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      `<Relationship Id="rIdX${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  await editPart(zip, 'xl/workbook.xml', (x) => {
    const ids = [...x.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
    const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return x.replace(
      '</sheets>',
      `<sheet name="${esc}" sheetId="${Math.max(0, ...ids) + 1}"${state ? ` state="${state}"` : ''} r:id="rIdX${n}"/></sheets>`,
    );
  });
  await editPart(zip, '[Content_Types].xml', (x) =>
    x.replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return part;
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function worksheet(body: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData>${extra}</worksheet>`;
}

const letters = (col: number) => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * A sheet of numbers (rows x cols, varied so that it does not compress to nothing), as XML chunks joined once.
 * About 25 bytes of XML per cell.
 */
export function numberSheet(rows: number, cols: number, seed = 1, spread = 100000): string {
  const names = Array.from({ length: cols }, (_, c) => letters(c));
  const parts: string[] = [];
  let x = seed;
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      row += `<c r="${names[c]}${r}"><v>${(x >> 8) % spread}</v></c>`;
    }
    parts.push(row + '</row>');
  }
  return worksheet(parts.join(''));
}

/** The sample with `count` small merged ranges (2 cells each) on a sheet of its own. */
export async function manyMerges(count: number): Promise<Uint8Array> {
  const zip = await openPackage();
  const merges: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = Math.floor(i / 50) + 1;
    const c = (i % 50) * 2;
    merges.push(`<mergeCell ref="${letters(c)}${r}:${letters(c + 1)}${r}"/>`);
  }
  const rows = new Map<number, string[]>();
  for (let i = 0; i < count; i++) {
    const r = Math.floor(i / 50) + 1;
    const c = (i % 50) * 2;
    rows.set(r, [...(rows.get(r) ?? []), `<c r="${letters(c)}${r}"><v>${i}</v></c>`]);
  }
  const body = [...rows].map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('');
  await addSheet(zip, 'Gộp ô', worksheet(body, `<mergeCells count="${count}">${merges.join('')}</mergeCells>`));
  return bytesOf(zip);
}
