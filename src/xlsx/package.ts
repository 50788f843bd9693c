// The .xlsx package (Open Packaging Conventions) as far as the reader and the writer need it: relationships,
// part names, which part holds which sheet, and the workbook's own settings. Small parts only (workbook.xml,
// relationships): they are parsed whole.

import { BxtdError } from '../domain/errors';
import { attr, escapeXml, localName, NS, parseXml, partLabel, unescapeXml, type PartLabel } from './xml';

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

/** A relationships part's entries (Relationship elements of the package namespace). Two entries with one Id are refused. */
export function parseRels(xml: string, part = '_rels/.rels'): Relationship[] {
  const out: Relationship[] = [];
  if (!xml) return out;
  const label = partLabel(part);
  const ids = new Set<string>();
  parseXml(
    xml,
    {
      open(tag, name, ours) {
        if (name !== 'Relationship' || !ours) return;
        const id = attr(tag, 'Id');
        const target = attr(tag, 'Target');
        if (!id || target === undefined) return;
        if (ids.has(id)) throw ambiguous(label, { vi: `hai quan hệ cùng mã "${id}"`, en: `two relationships with the id "${id}"` });
        ids.add(id);
        out.push({ id, type: attr(tag, 'Type') ?? '', target, external: attr(tag, 'TargetMode') === 'External' });
      },
    },
    { label, namespaces: NS.rels },
  );
  return out;
}

/** A part that says one thing twice: readers would disagree on which one holds. */
export function ambiguous(label: PartLabel, what: { vi: string; en: string }): BxtdError {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return new BxtdError(
    'file.damaged',
    {
      vi: `${cap(label.text.vi)} có ${what.vi}: không rõ cái nào đúng, tệp hỏng, từ chối. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
      en: `${cap(label.text.en)} has ${what.en}: which one holds is unclear, the file is damaged, refused. Open it in Excel, save it again and retry.`,
    },
    label.where,
  );
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
  /** The workbook asks for every formula to be calculated again when it is opened: saved results may be stale. */
  fullCalcOnLoad: boolean;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/**
 * Sheets (in tab order) and settings from workbook.xml, parts from its relationships. Only SpreadsheetML elements
 * count (a sheet of a foreign namespace is no sheet); two sheets with one name (as Excel compares them) are refused.
 */
export function parseWorkbook(workbookPath: string, workbookXml: string, rels: readonly Relationship[]): WorkbookInfo {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  let fullCalcOnLoad = false;
  let depth = 0;
  let sheetsDepth = -1; // depth of the open <sheets>, or -1
  const label = partLabel(workbookPath);
  const names = new Set<string>();
  parseXml(
    workbookXml,
    {
      open(tag, name, ours, ns) {
        depth++;
        if (!ours) return;
        if (name === 'workbookPr' && depth === 2) date1904 = isTrue(attr(tag, 'date1904'));
        else if (name === 'calcPr' && depth === 2) fullCalcOnLoad = isTrue(attr(tag, 'fullCalcOnLoad'));
        else if (name === 'sheets' && depth === 2) sheetsDepth = depth;
        else if (name === 'sheet' && depth === sheetsDepth + 1) {
          const attrs = tag.attributes as Record<string, string>;
          const idKey = Object.keys(attrs).find((k) => localName(k) === 'id' && ns.attrIn(k, NS.officeRels));
          const relId = idKey ? attrs[idKey] : '';
          const rel = byId.get(relId);
          const state = attr(tag, 'state');
          const sheetName = attr(tag, 'name') ?? '';
          const key = sheetName.toLocaleLowerCase('vi');
          if (names.has(key)) throw ambiguous(label, { vi: `hai trang cùng tên "${sheetName}"`, en: `two sheets named "${sheetName}"` });
          names.add(key);
          sheets.push({
            name: sheetName,
            sheetId: attr(tag, 'sheetId') ?? '',
            state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
            relId,
            path: rel && !rel.external && isRel(rel, 'worksheet') ? resolveTarget(workbookPath, rel.target) : null,
          });
        }
      },
      close(name, ours) {
        if (ours && name === 'sheets' && depth === sheetsDepth) sheetsDepth = -1;
        depth--;
      },
    },
    { label, namespaces: NS.main },
  );
  return { sheets, date1904, fullCalcOnLoad };
}

/** Sheet name -> package path (e.g. "xl/worksheets/sheet7.xml"), from xl/workbook.xml and its relationships. */
export function sheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const parts = new Map<string, string>();
  try {
    const rels = parseRels(workbookRelsXml, 'xl/_rels/workbook.xml.rels');
    for (const s of parseWorkbook('xl/workbook.xml', workbookXml, rels).sheets) if (s.path) parts.set(s.name, s.path);
  } catch {
    // Only used to name a sheet in a refusal: a damaged workbook.xml names none.
  }
  return parts;
}

export { localName, unescapeXml };
