// The workbook's styles part (xl/styles.xml), extended without touching what is there: the cell formats and
// highlight fills the product needs are appended (fonts, fills, borders, number formats, cell formats, and
// differential formats for conditional formats), each once, and the containers' counts updated. The user's
// styles keep their indexes, so every existing cell keeps its look.

import type { CellFormat } from '../workbook/plan';
import { childrenOf, getAttr, prefixOf, root, setAttrOfTag, splice, type Span } from './xml-edit';
import { escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** CT_Stylesheet's children, in schema order. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** A minimal styles part, for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Container {
  span: Span | null;
  existing: Span[];
  added: string[];
}

export class StyleBook {
  private readonly xml: string;
  private readonly rootSpan: Span;
  private readonly p: string; // element prefix ("" or "x:")
  private readonly containers = new Map<string, Container>();
  private readonly memo = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly baseFont: string;

  constructor(xml: string) {
    this.xml = xml;
    this.rootSpan = root(xml);
    this.p = prefixOf(this.rootSpan);
    const kids = childrenOf(xml, this.rootSpan);
    for (const name of ORDER) {
      const span = kids.find((k) => k.name === name) ?? null;
      this.containers.set(name, { span, existing: span ? childrenOf(xml, span) : [], added: [] });
    }
    for (const f of this.containers.get('numFmts')!.existing) {
      const id = Number(getAttr(xml, f, 'numFmtId'));
      if (Number.isFinite(id) && id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
    // New fonts start from the workbook's default font (its face and size), without bold, italic or colour.
    const first = this.containers.get('fonts')!.existing[0];
    const inner = first ? xml.slice(first.openEnd, first.closeStart) : `<${this.p}sz val="11"/><${this.p}name val="Calibri"/>`;
    this.baseFont = inner.replace(/<(?:\w+:)?(?:b|i|color)\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[^<]*<\/(?:\w+:)?(?:b|i|color)>)/g, '');
    // A container the part lacks starts with the entries Excel expects at index 0 (and 1 for fills).
    const p = this.p;
    const defaults: Record<string, string[]> = {
      fonts: [`<${p}font>${this.baseFont}</${p}font>`],
      fills: [
        `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
        `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
      ],
      borders: [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
      cellXfs: [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
    };
    for (const [name, items] of Object.entries(defaults)) {
      const c = this.containers.get(name)!;
      if (!c.existing.length) c.added.push(...items);
    }
  }

  private additions = 0;

  get changed(): boolean {
    return this.additions > 0;
  }

  private add(container: string, xml: string, dedupeExisting = false): number {
    const c = this.containers.get(container)!;
    const key = `${container}\u0000${xml}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    let index = -1;
    if (dedupeExisting) index = c.existing.findIndex((s) => this.xml.slice(s.start, s.end) === xml);
    if (index < 0) {
      c.added.push(xml);
      this.additions++;
      index = c.existing.length + c.added.length - 1;
    }
    this.memo.set(key, index);
    return index;
  }

  private numFmt(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const existing = this.containers.get('numFmts')!.existing.find((f) => getAttr(this.xml, f, 'formatCode') === code);
    if (existing) return Number(getAttr(this.xml, existing, 'numFmtId'));
    const key = `numFmt\u0000${code}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.additions++;
    this.containers.get('numFmts')!.added.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.memo.set(key, id);
    return id;
  }

  /** Formats asked for already, by their JSON text (a sheet of ours asks for a few looks, cell by cell). */
  private readonly seen = new Map<string, number>();

  /** The index of a cell format (cellXfs) with this look; formats are kept once. */
  cellXf(f: CellFormat): number {
    const key = JSON.stringify(f);
    let index = this.seen.get(key);
    if (index === undefined) this.seen.set(key, (index = this.makeCellXf(f)));
    return index;
  }

  private makeCellXf(f: CellFormat): number {
    const p = this.p;
    let fontId = 0;
    if (f.bold || f.italic || f.fontColor) {
      const extra = `${f.bold ? `<${p}b/>` : ''}${f.italic ? `<${p}i/>` : ''}${f.fontColor ? `<${p}color rgb="${argb(f.fontColor)}"/>` : ''}`;
      fontId = this.add('fonts', `<${p}font>${extra}${this.baseFont}</${p}font>`);
    }
    const fillId = f.fill
      ? this.add(
          'fills',
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(f.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    const borderId = f.border
      ? this.add('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`)
      : 0;
    const numFmtId = f.numberFormat ? this.numFmt(f.numberFormat) : 0;
    const align = f.wrap !== undefined || f.horizontal;
    const alignment = align
      ? `<${p}alignment${f.horizontal ? ` horizontal="${f.horizontal}"` : ''} vertical="top"${f.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const flags =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (align ? ' applyAlignment="1"' : '');
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}${alignment ? `>${alignment}</${p}xf>` : '/>'}`;
    return this.add('cellXfs', xf);
  }

  /** A differential format (for a conditional format) filling the cell with this colour; an identical one is reused. */
  fillDxf(hex: string): number {
    const p = this.p;
    return this.add(
      'dxfs',
      `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(hex)}"/></${p}patternFill></${p}fill></${p}dxf>`,
      true,
    );
  }

  /** The part with the additions (the original text when nothing was added). */
  toXml(): string {
    if (!this.changed) return this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    const kids = childrenOf(this.xml, this.rootSpan);
    ORDER.forEach((name, i) => {
      const c = this.containers.get(name)!;
      if (!c.added.length) return;
      const total = c.existing.length + c.added.length;
      const items = c.added.join('');
      if (!c.span) {
        // A container the part lacks: created where the schema puts it.
        const later = new Set(ORDER.slice(i + 1));
        const next = kids.find((k) => later.has(k.name));
        const at = next ? next.start : this.rootSpan.closeStart;
        edits.push({ start: at, end: at, text: `<${this.p}${name} count="${total}">${items}</${this.p}${name}>` });
        return;
      }
      const open = setAttrOfTag(this.xml.slice(c.span.start, c.span.openEnd), 'count', String(total));
      if (c.span.empty) {
        edits.push({ start: c.span.start, end: c.span.end, text: `${open.replace(/\s*\/>$/, '>')}${items}</${c.span.qname}>` });
      } else {
        edits.push({ start: c.span.start, end: c.span.openEnd, text: open });
        edits.push({ start: c.span.closeStart, end: c.span.closeStart, text: items });
      }
    });
    return splice(this.xml, edits);
  }
}
