// Hostile and odd workbooks, made by editing the sample's package as a fuzzer (or a careless program) would:
// raw XML put into a sheet, sheets added, parts replaced; and the worst shapes within the documented limits.
// Shared by `npm run bench` (reading limits), the fuzz suite, the bounded-reading and package-preservation tests.

import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { childrenAfter } from '../src/xlsx/sheet-xml';

/** The repository (this file runs from bench/ under jest and from dist-cli/bench/ compiled). */
function findRoot(): string {
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx'))) return d;
  }
  throw new Error('repository root not found');
}

export const ROOT = findRoot();
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

/** Puts an element where the worksheet schema wants it (after the existing ones of its kind). */
export function insertIntoSheet(xml: string, element: string, fragment: string): string {
  // One mergeCells and one dataValidations element per sheet: a second one goes into the first.
  for (const one of ['mergeCells', 'dataValidations']) {
    const open = new RegExp(`<${one}\\b[^>]*>`);
    if (element === one && open.test(xml)) {
      const items = fragment.replace(new RegExp(`</?${one}[^>]*>`, 'g'), '');
      return xml.replace(open, `<${one}>`).replace(`</${one}>`, `${items}</${one}>`);
    }
  }
  let at = -1;
  for (const name of childrenAfter(element)) {
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

/**
 * The sample with what a user's workbook carries around the cells and the product does not own: workbook- and
 * sheet-scoped defined names used by a formula, a chart of the user's on `Phiếu bầu` (drawing and chart parts),
 * an internal hyperlink, a whole-column validation, dynamic-array metadata, and a sheet of the user's named
 * `KẾT QUẢ` with a format of its own.
 */
export async function richSample(): Promise<Uint8Array> {
  const zip = await openPackage();
  await editPart(zip, 'xl/workbook.xml', (x) =>
    x.replace(
      '</sheets>',
      `<sheet name="KẾT QUẢ" sheetId="6" r:id="rIdU6"/></sheets><definedNames><definedName name="HeSo">0.5</definedName><definedName name="Vung" localSheetId="2">'Chấm điểm'!$D$7:$D$20</definedName><definedName name="_xlnm.Print_Area" localSheetId="5">'KẾT QUẢ'!$A$1:$B$9</definedName></definedNames>`,
    ),
  );
  zip.file(
    'xl/worksheets/sheet6.xml',
    worksheet(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>Ghi chép riêng</t></is></c><c r="B1"><f>HeSo*2</f><v>1</v></c></row><row r="9"><c r="A9" t="inlineStr"><is><t>rác</t></is></c><c r="B9" s="1"><v>12</v></c></row>',
    ),
  );
  await editPart(zip, 'xl/_rels/workbook.xml.rels', (x) =>
    x.replace(
      '</Relationships>',
      '<Relationship Id="rIdU6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet6.xml"/>' +
        '<Relationship Id="rIdU7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
    ),
  );
  zip.file(
    'xl/metadata.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
  );
  // The user's chart on Phiếu bầu, as a LibreOffice-saved workbook has it.
  zip.file(
    'xl/charts/chart1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>\'Phiếu bầu\'!$B$8:$B$18</c:f></c:numRef></c:val></c:ser></c:pieChart></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>',
  );
  zip.file(
    'xl/drawings/drawing1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Phiếu bầu của tôi"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>',
  );
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  const ballot = await sheetPath(zip, 'Phiếu bầu');
  zip.file(
    ballot.replace(/([^/]*)$/, '_rels/$1.rels'),
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdD1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
  );
  await editPart(zip, ballot, (x) => x.replace('</worksheet>', '<drawing r:id="rIdD1"/></worksheet>'));
  await editSheet(zip, 'Thông tin', (x) =>
    insertIntoSheet(
      x,
      'hyperlinks',
      `<hyperlinks><hyperlink ref="A1" location="'Chấm điểm'!A1" display="Đến bảng chấm điểm"/></hyperlinks>`,
    ),
  );
  await editSheet(zip, 'Chấm điểm', (x) =>
    insertIntoSheet(
      x,
      'dataValidations',
      '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="D7:D1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
    ).replace(/<c r="C6"([^>]*)><v>40<\/v><\/c>/, '<c r="C6"$1 cm="1"><f t="array" ref="C6">SUM(40)</f><v>40</v></c>'),
  );
  await editPart(zip, '[Content_Types].xml', (x) =>
    x.replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet6.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>' +
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return bytesOf(zip);
}

/** Every part of a package, inflated (part name -> bytes). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

/** The worst shapes of the issue's campaign, each a file within the documented limits. */
export interface Shape {
  name: string;
  file: string;
  note: string;
}

/**
 * Writes the worst shapes into `dir`: a merge over the whole sheet below the table, whole-column validations,
 * 60,000 small merges, and the largest accepted workbook (two extra sheets of 2.4 million numbers each: 4.8 million
 * cells, about 124 MB of sheet XML, 13–14 MB on disk).
 */
export async function writeShapes(dir: string, opts: { big?: boolean } = {}): Promise<Shape[]> {
  const shapes: Shape[] = [];
  const put = async (name: string, bytes: Uint8Array, note: string) => {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, bytes);
    const size = bytes.length >= 100 * 1024 ? `${(bytes.length / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes.length / 1024)} KB`;
    shapes.push({ name, file, note: `${note}, ${size}` });
  };
  let zip = await openPackage();
  await editSheet(zip, 'Chấm điểm', (x) => insertIntoSheet(x, 'mergeCells', '<mergeCell ref="A100:XFD1048576"/>'));
  await put('merge-whole-sheet', await bytesOf(zip), 'mergeCell A100:XFD1048576');
  zip = await openPackage();
  await editSheet(zip, 'Chấm điểm', (x) =>
    insertIntoSheet(
      x,
      'dataValidations',
      '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="D6:Y1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>',
    ),
  );
  await put('validation-whole-columns', await bytesOf(zip), 'dataValidation D6:Y1048576');
  await put('merges-60000', await manyMerges(60_000), '60,000 merged ranges');
  if (opts.big !== false) {
    zip = await openPackage();
    await addSheet(zip, 'Dữ liệu 1', numberSheet(40_000, 60, 1, 10));
    await addSheet(zip, 'Dữ liệu 2', numberSheet(40_000, 60, 2, 10));
    await put('cells-4.8-million', await bytesOf(zip, 1), '4.8 million cells, 124 MB of sheet XML');
  }
  return shapes;
}
