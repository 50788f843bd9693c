// A preview of a filled minute, read back from its own document.xml: paragraphs (alignment, bold, italic,
// underline, size) and tables (borders, column widths, spans). What the preview shows is what the .docx says.
// The XML reader is small on purpose: OOXML parts are plain elements, attributes, text and entities.

import PizZip from 'pizzip';

export interface PreviewRun {
  text: string; // may hold "\t" and "\n"
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number; // pt
}

export interface PreviewParagraph {
  kind: 'p';
  align: 'left' | 'center' | 'right' | 'justify';
  firstLine: boolean; // first line indented
  ruleAbove: boolean; // a top border: the short rules of the document head
  runs: PreviewRun[];
}

export interface PreviewCell {
  blocks: PreviewBlock[];
  colSpan: number;
}

export interface PreviewTable {
  kind: 'table';
  bordered: boolean;
  widths: number[]; // per grid column, in per cent of the table
  rows: PreviewCell[][];
}

export type PreviewBlock = PreviewParagraph | PreviewTable;

// ---------------------------------------------------------------------------------------------------------------
// A minimal XML reader

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: (XmlNode | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      stack[stack.length - 1].children.push(decode(xml.slice(i)));
      break;
    }
    if (lt > i) stack[stack.length - 1].children.push(decode(xml.slice(i, lt)));
    if (xml.startsWith('<?', lt)) {
      i = end(xml, '?>', lt) + 2;
    } else if (xml.startsWith('<!--', lt)) {
      i = end(xml, '-->', lt) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const e = end(xml, ']]>', lt);
      stack[stack.length - 1].children.push(xml.slice(lt + 9, e));
      i = e + 3;
    } else if (xml.startsWith('<!', lt)) {
      // A DOCTYPE, with or without an internal subset: skipped, its entities are never expanded.
      const close = end(xml, '>', lt);
      const subset = xml.indexOf('[', lt);
      i = subset >= 0 && subset < close ? end(xml, ']>', subset) + 2 : close + 1;
    } else if (xml[lt + 1] === '/') {
      const e = end(xml, '>', lt);
      const name = xml.slice(lt + 2, e).trim();
      // Close up to the matching element; a stray end tag is ignored.
      const at = stack.map((n) => n.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      i = e + 1;
    } else {
      const e = tagEnd(xml, lt);
      const selfClosing = xml[e - 1] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? e - 1 : e);
      const m = /^[^\s/>]+/.exec(inner);
      const node: XmlNode = { name: m ? m[0] : '', attrs: {}, children: [] };
      const attrRe = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      while ((a = attrRe.exec(inner.slice(node.name.length)))) node.attrs[a[1]] = decode(a[3] ?? a[4] ?? '');
      stack[stack.length - 1].children.push(node);
      if (!selfClosing) stack.push(node);
      i = e + 1;
    }
  }
  return root;
}

function end(xml: string, token: string, from: number): number {
  const e = xml.indexOf(token, from);
  return e < 0 ? xml.length : e;
}

/** The ">" closing a start tag, skipping any ">" inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return xml.length;
}

const kids = (n: XmlNode): XmlNode[] => n.children.filter((c): c is XmlNode => typeof c !== 'string');
const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => (n ? kids(n).find((c) => c.name === name) : undefined);
const text = (n: XmlNode): string => n.children.map((c) => (typeof c === 'string' ? c : text(c))).join('');

/** w:b, w:i: present and not switched off with w:val="0"/"false". */
function on(n: XmlNode | undefined): boolean {
  if (!n) return false;
  const v = n.attrs['w:val'];
  return v == null || !['0', 'false', 'off', 'none'].includes(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Document to preview

function runStyle(rPr: XmlNode | undefined): Omit<PreviewRun, 'text'> {
  const style: Omit<PreviewRun, 'text'> = {};
  if (on(child(rPr, 'w:b'))) style.bold = true;
  if (on(child(rPr, 'w:i'))) style.italic = true;
  if (on(child(rPr, 'w:u'))) style.underline = true;
  const sz = Number(child(rPr, 'w:sz')?.attrs['w:val']);
  if (Number.isFinite(sz) && sz > 0) style.size = sz / 2;
  return style;
}

function collectRuns(n: XmlNode, out: PreviewRun[]): void {
  for (const c of kids(n)) {
    if (c.name === 'w:r') {
      const style = runStyle(child(c, 'w:rPr'));
      let s = '';
      for (const x of kids(c)) {
        if (x.name === 'w:t') s += text(x);
        else if (x.name === 'w:tab' || x.name === 'w:ptab') s += '\t';
        else if (x.name === 'w:br' || x.name === 'w:cr') s += '\n';
        else if (x.name === 'w:noBreakHyphen') s += '-';
      }
      if (!s) continue;
      const last = out[out.length - 1];
      if (
        last &&
        last.bold === style.bold &&
        last.italic === style.italic &&
        last.underline === style.underline &&
        last.size === style.size
      ) {
        last.text += s;
      } else {
        out.push({ text: s, ...style });
      }
    } else if (['w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:customXml', 'w:sdtContent', 'w:sdt'].includes(c.name)) {
      collectRuns(c, out);
    }
  }
}

function paragraph(n: XmlNode): PreviewParagraph {
  const pPr = child(n, 'w:pPr');
  const jc = child(pPr, 'w:jc')?.attrs['w:val'];
  const align =
    jc === 'center' ? 'center' : jc === 'right' || jc === 'end' ? 'right' : jc === 'both' || jc === 'distribute' ? 'justify' : 'left';
  const firstLine = Number(child(pPr, 'w:ind')?.attrs['w:firstLine'] ?? 0) > 0;
  const top = child(child(pPr, 'w:pBdr'), 'w:top');
  const runs: PreviewRun[] = [];
  collectRuns(n, runs);
  return { kind: 'p', align, firstLine, ruleAbove: !!top && on(top), runs };
}

function tableBlock(n: XmlNode): PreviewTable {
  const tblPr = child(n, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  const style = child(tblPr, 'w:tblStyle')?.attrs['w:val'] ?? '';
  const bordered = borders ? kids(borders).some((b) => on(b) && b.attrs['w:val'] !== 'nil') : /grid/i.test(style);
  const cols = kids(child(n, 'w:tblGrid') ?? { name: '', attrs: {}, children: [] })
    .filter((c) => c.name === 'w:gridCol')
    .map((c) => Number(c.attrs['w:w']) || 0);
  const sum = cols.reduce((a, b) => a + b, 0);
  const widths = sum > 0 ? cols.map((w) => Math.round((w / sum) * 1000) / 10) : [];
  const rows = kids(n)
    .filter((c) => c.name === 'w:tr')
    .map((tr) =>
      kids(tr)
        .filter((c) => c.name === 'w:tc')
        .map((tc) => {
          const tcPr = child(tc, 'w:tcPr');
          const span = Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1);
          const vMerge = child(tcPr, 'w:vMerge');
          const continued = !!vMerge && vMerge.attrs['w:val'] !== 'restart';
          return { blocks: continued ? [] : blocks(tc), colSpan: Number.isFinite(span) && span > 0 ? span : 1 };
        }),
    );
  return { kind: 'table', bordered, widths, rows };
}

function blocks(container: XmlNode): PreviewBlock[] {
  const out: PreviewBlock[] = [];
  for (const c of kids(container)) {
    if (c.name === 'w:p') out.push(paragraph(c));
    else if (c.name === 'w:tbl') out.push(tableBlock(c));
    else if (c.name === 'w:sdt') out.push(...blocks(child(c, 'w:sdtContent') ?? c));
    else if (c.name === 'w:customXml') out.push(...blocks(c));
  }
  return out;
}

/** The preview of a .docx (a filled minute): the blocks of its main document body. */
export function docxPreview(docx: Uint8Array): PreviewBlock[] {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')?.asText();
  if (!xml) return [];
  const doc = parseXml(xml);
  const body = child(child(doc, 'w:document'), 'w:body');
  return body ? blocks(body) : [];
}

/** The preview as plain text, one paragraph a line, table cells separated by " | ". */
export function previewText(list: PreviewBlock[]): string {
  return list
    .map((b) =>
      b.kind === 'p'
        ? b.runs.map((r) => r.text).join('')
        : b.rows.map((row) => row.map((cell) => previewText(cell.blocks).replace(/\n/g, ' ')).join(' | ')).join('\n'),
    )
    .join('\n');
}
