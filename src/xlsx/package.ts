// The .xlsx package (Open Packaging Conventions) as far as the reader and the writer need it: relationships,
// part names, which part holds which sheet, and the workbook's own settings. Small parts only (workbook.xml,
// relationships): they are parsed whole.

import { escapeXml, localName, parseXml, attr, unescapeXml } from './xml';

export { escapeXml };

export interface Relationship {
  id: string;
  type: string; // the full URI
  target: string; // as written
  external: boolean;
}

/** The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name (no leading slash), relative to the source part's folder. */
export function resolveTarget(source: string, target: string): string {
  const raw = target.split('#')[0];
  const path = raw.startsWith('/') ? raw.slice(1) : source.slice(0, source.lastIndexOf('/') + 1) + raw;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.map(safeDecode).join('/');
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The relative reference from one part to another ("xl/worksheets/sheet1.xml" -> "../drawings/drawing1.xml"). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split('/').slice(0, -1);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  if (!xml) return out;
  parseXml(xml, {
    open(tag, name) {
      if (name !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (!id || target === undefined) return;
      out.push({ id, type: attr(tag, 'Type') ?? '', target, external: attr(tag, 'TargetMode') === 'External' });
    },
  });
  return out;
}

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
};

/** A relationship type by its last segment, whatever the namespace (strict OOXML uses purl.oclc.org URIs). */
export const isRel = (r: Relationship, kind: string) => r.type.endsWith(`/${kind}`);

export interface WorkbookSheet {
  name: string;
  sheetId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  relId: string;
  /** The worksheet part, or null for a chart sheet, a dialog sheet or a missing target. */
  path: string | null;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

/** Sheets (in tab order) and settings from workbook.xml, parts from its relationships. */
export function parseWorkbook(workbookPath: string, workbookXml: string, rels: readonly Relationship[]): WorkbookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXml(workbookXml, {
    open(tag, name) {
      if (name === 'workbookPr') {
        const v = attr(tag, 'date1904');
        date1904 = v === '1' || v === 'true';
      } else if (name === 'sheet') {
        const relId = attr(tag, 'id', true) ?? '';
        const rel = byId.get(relId);
        const state = attr(tag, 'state');
        sheets.push({
          name: attr(tag, 'name') ?? '',
          sheetId: attr(tag, 'sheetId') ?? '',
          state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
          relId,
          path: rel && !rel.external && isRel(rel, 'worksheet') ? resolveTarget(workbookPath, rel.target) : null,
        });
      }
    },
  });
  return { sheets, date1904 };
}

/** Sheet name -> package path (e.g. "xl/worksheets/sheet7.xml"), from xl/workbook.xml and its relationships. */
export function sheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const parts = new Map<string, string>();
  try {
    for (const s of parseWorkbook('xl/workbook.xml', workbookXml, parseRels(workbookRelsXml)).sheets) if (s.path) parts.set(s.name, s.path);
  } catch {
    // Only used to name a sheet in a refusal: a damaged workbook.xml names none.
  }
  return parts;
}

export { localName, unescapeXml };
