// A tiny WordprocessingML writer: just the paragraphs, runs and tables the default minute templates need, and
// the package parts around them. Sizes are in points unless named otherwise; widths in twips (1/1440 inch).

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number; // pt
}

export interface ParaStyle {
  align?: 'left' | 'center' | 'right' | 'both';
  before?: number; // pt
  after?: number; // pt
  line?: number; // line spacing as a multiple: 1, 1.15, 1.5
  firstLine?: number; // twips
  indentLeft?: number; // twips
  indentRight?: number; // twips
  keepNext?: boolean;
  keepLines?: boolean;
  borderTop?: boolean; // a thin rule above the paragraph: the short lines under the issuing body and the motto
  size?: number; // pt, for the paragraph mark (and so the height of an empty paragraph)
  tabs?: { pos: number; align?: 'left' | 'right'; leader?: 'dot' }[]; // tab stops, twips from the left margin
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runProps(style: RunStyle): string {
  const parts: string[] = [];
  if (style.bold) parts.push('<w:b/><w:bCs/>');
  if (style.italic) parts.push('<w:i/><w:iCs/>');
  if (style.underline) parts.push('<w:u w:val="single"/>');
  if (style.size) parts.push(`<w:sz w:val="${Math.round(style.size * 2)}"/><w:szCs w:val="${Math.round(style.size * 2)}"/>`);
  return parts.length ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** A run of text. Placeholders such as {ten_khoi} are plain text here: docxtemplater finds them when filling. */
export function r(text: string, style: RunStyle = {}): string {
  return `<w:r>${runProps(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A tab character (to the next tab stop: a dotted leader draws the line to fill by hand). */
export function tab(style: RunStyle = {}): string {
  return `<w:r>${runProps(style)}<w:tab/></w:r>`;
}

/** A paragraph from runs (XML from r()) or a plain string with the paragraph's default run style. */
export function p(content: string | string[], style: ParaStyle = {}, runStyle: RunStyle = {}): string {
  const runs = typeof content === 'string' ? (content ? r(content, runStyle) : '') : content.join('');
  const pPr: string[] = [];
  if (style.keepNext) pPr.push('<w:keepNext/>');
  if (style.keepLines) pPr.push('<w:keepLines/>');
  if (style.borderTop) pPr.push('<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>');
  if (style.tabs?.length) {
    const stops = style.tabs.map(
      (t) => `<w:tab w:val="${t.align ?? 'left'}"${t.leader ? ` w:leader="${t.leader}"` : ''} w:pos="${t.pos}"/>`,
    );
    pPr.push(`<w:tabs>${stops.join('')}</w:tabs>`);
  }
  const spacing: string[] = [];
  if (style.before != null) spacing.push(`w:before="${Math.round(style.before * 20)}"`);
  if (style.after != null) spacing.push(`w:after="${Math.round(style.after * 20)}"`);
  if (style.line != null) spacing.push(`w:line="${Math.round(style.line * 240)}" w:lineRule="auto"`);
  if (spacing.length) pPr.push(`<w:spacing ${spacing.join(' ')}/>`);
  const ind: string[] = [];
  if (style.indentLeft != null) ind.push(`w:left="${style.indentLeft}"`);
  if (style.indentRight != null) ind.push(`w:right="${style.indentRight}"`);
  if (style.firstLine != null) ind.push(`w:firstLine="${style.firstLine}"`);
  if (ind.length) pPr.push(`<w:ind ${ind.join(' ')}/>`);
  if (style.align) pPr.push(`<w:jc w:val="${style.align}"/>`);
  const markSize = style.size ?? runStyle.size;
  if (markSize) pPr.push(`<w:rPr><w:sz w:val="${markSize * 2}"/><w:szCs w:val="${markSize * 2}"/></w:rPr>`);
  return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}${runs}</w:p>`;
}

export interface Cell {
  content: string; // paragraphs
  vAlign?: 'top' | 'center' | 'bottom';
  span?: number; // grid columns this cell covers
  vMerge?: 'restart' | 'continue'; // a cell merged with the one below (restart) or above (continue)
}

export interface Row {
  cells: (Cell | string)[];
  header?: boolean; // repeated at the top of each page
  cantSplit?: boolean;
  /**
   * Kept with the row below (every paragraph of the row keeps with the next): rows kept so move to the next page
   * together — a table that fits on a page is never split, a longer one splits only where it must — and the last
   * row's keep holds the table to the paragraph after it (a signature block to its closing sentence).
   */
  keep?: boolean;
}

export interface TableSpec {
  widths: number[]; // twips per column
  borders: boolean;
  rows: Row[];
  margin?: number; // left and right cell margin, twips (default 85)
}

/** Paragraphs made to keep with the next one (`<w:keepNext/>` in each paragraph's properties, in schema order). */
export function keepWithNext(paragraphs: string): string {
  return paragraphs
    .replace(/<w:p(\/>|>(<w:pPr>(<w:pStyle [^>]*\/>)?)?)/g, (m, _end: string, pPr?: string, style?: string) => {
      if (m === '<w:p/>') return '<w:p><w:pPr><w:keepNext/></w:pPr></w:p>';
      if (!pPr) return '<w:p><w:pPr><w:keepNext/></w:pPr>';
      return `<w:p><w:pPr>${style ?? ''}<w:keepNext/>`;
    })
    .replace(/<w:keepNext\/><w:keepNext\/>/g, '<w:keepNext/>');
}

export function table(spec: TableSpec): string {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const line = (side: string) =>
    spec.borders ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>` : `<w:${side} w:val="nil"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('');
  const tblPr =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${spec.margin ?? 85}" w:type="dxa"/><w:right w:w="${spec.margin ?? 85}" w:type="dxa"/></w:tblCellMar>` +
    `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = spec.rows
    .map((row) => {
      const trPr: string[] = [];
      if (row.cantSplit) trPr.push('<w:cantSplit/>');
      if (row.header) trPr.push('<w:tblHeader/>');
      let col = 0;
      const cells = row.cells
        .map((cell) => {
          const c: Cell = typeof cell === 'string' ? { content: cell } : cell;
          const span = Math.max(1, c.span ?? 1);
          const width = spec.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          // tcPr children in schema order: tcW, gridSpan, vMerge, ..., vAlign.
          const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
          const vMerge = c.vMerge ? (c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
          const v = c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : '';
          const content = c.content || '<w:p/>';
          return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${vMerge}${v}</w:tcPr>${row.keep ? keepWithNext(content) : content}</w:tc>`;
        })
        .join('');
      return `<w:tr>${trPr.length ? `<w:trPr>${trPr.join('')}</w:trPr>` : ''}${cells}</w:tr>`;
    })
    .join('');
  return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A4 portrait with Decree 30 margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 851 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** A4 landscape (tables too wide for portrait): the binding margin stays on the left. */
export const LANDSCAPE = { width: 16838, height: 11906, top: 1134, bottom: 1134, left: 1418, right: 851 };
export const LANDSCAPE_TEXT_WIDTH = LANDSCAPE.width - LANDSCAPE.left - LANDSCAPE.right;

export interface DocumentSpec {
  title: string;
  body: string; // paragraphs and tables
  fontSize: number; // pt, the body text
  landscape?: boolean;
}

/** The parts of a .docx package, path -> content. The page number sits top centre from page 2 (Decree 30). */
export function documentParts(spec: DocumentSpec): [string, string][] {
  const half = spec.fontSize * 2;
  const page = spec.landscape ? LANDSCAPE : PAGE;
  const orient = spec.landscape ? ' w:orient="landscape"' : '';
  const sectPr =
    `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>` +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"${orient}/>` +
    `<w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `<w:titlePg/></w:sectPr>`;
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${spec.body}${sectPr}</w:body></w:document>`;
  const styles =
    `${XML_HEAD}<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
    `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
    `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
    `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`;
  const header =
    `${XML_HEAD}<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>` +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`;
  const settings =
    `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="vi-VN"/></w:settings>`;
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;
  const rels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`;
  const docRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
    `<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
    `</Relationships>`;
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(spec.title)}</dc:title><dc:creator>Bình xét Thi đua</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`;
  const app =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>Bình xét Thi đua</Application></Properties>`;
  return [
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rels],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', docRels],
    ['word/styles.xml', styles],
    ['word/settings.xml', settings],
    ['word/header1.xml', header],
    ['docProps/core.xml', core],
    ['docProps/app.xml', app],
  ];
}
