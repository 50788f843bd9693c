// Filling a document template (.docx) with docxtemplater: the one filling path of every kind. A template is untrusted
// input: it is bounded in size, its zip is inflated under a budget before anything else reads it, its tags are checked
// against its kind's vocabulary, and tags are looked up as plain names (no expression from the template is evaluated).

import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import type { Text } from '../domain/model';
import { editDistance, fold } from '../domain/text';
import { formatSize } from '../domain/format';
import { BLANK, type MinutesData } from './data';
import { DOCUMENTS, DOCUMENT_KINDS, type DocumentKind } from './kinds';
import { safeData } from './sanitize';
import { templateError } from './errors';
import type { BxtdError } from '../domain/errors';
import { checkPackage, zipProblemOf, type ZipEntry } from '../zip/guard';
import { fieldNames, findField, placeholdersOf, type Field, type Placeholder } from './vocabulary';

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const MAX_INFLATED_BYTES = 100 * 1024 * 1024; // all parts together, once inflated

export interface TemplateInfo {
  placeholders: string[]; // the names the template uses, as written, sorted
}

type Part = Docxtemplater.DXT.Part;

function notDocx(detail?: Text): BxtdError {
  return templateError('template.notDocx', {
    vi: `Tệp mẫu không phải tài liệu Word .docx${detail ? ` (${detail.vi})` : ''}. Hãy mở bằng Word và lưu dưới dạng "Word Document (.docx)".`,
    en: `The template is not a Word .docx document${detail ? ` (${detail.en})` : ''}. Open it in Word and save it as "Word Document (.docx)".`,
  });
}

function unsafe(en: string, vi: string): BxtdError {
  return templateError('template.unsafe', {
    vi: `Tệp mẫu bị hỏng hoặc không an toàn: ${vi}.`,
    en: `The template file is damaged or unsafe: ${en}.`,
  });
}

function sniff(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    throw templateError('template.tooLarge', {
      vi: `Tệp mẫu nặng ${formatSize(bytes.byteLength, 'vi')}, vượt giới hạn ${formatSize(MAX_TEMPLATE_BYTES, 'vi')}. Hãy bớt hình ảnh trong mẫu.`,
      en: `The template is ${formatSize(bytes.byteLength, 'en')}, over the ${formatSize(MAX_TEMPLATE_BYTES, 'en')} limit. Remove pictures from it.`,
    });
  }
  if (bytes.byteLength >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw notDocx({ vi: 'đây là tệp Word 97-2003 .doc', en: 'this is a Word 97-2003 .doc file' });
  }
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notDocx();
}

/**
 * Check the zip before docxtemplater reads it, with the same guard as workbooks (src/zip): bounded entries, declared
 * and real inflated sizes; then a .docx part list.
 */
async function checkZip(bytes: Uint8Array): Promise<void> {
  let zip: Promise<JSZip> | null = null;
  let entries: ZipEntry[];
  try {
    entries = await checkPackage(
      bytes,
      { maxEntries: MAX_ENTRIES, maxTotal: MAX_INFLATED_BYTES, maxEntry: () => MAX_INFLATED_BYTES, verifyAll: true },
      () => (zip ??= JSZip.loadAsync(bytes)),
    );
  } catch (e) {
    throw zipRefusal(e);
  }
  const has = (name: string) => entries.some((e) => e.name === name);
  if (!has('word/document.xml')) {
    if (has('xl/workbook.xml')) throw notDocx({ vi: 'đây là sổ tính Excel', en: 'this is an Excel workbook' });
    if (has('ppt/presentation.xml')) throw notDocx({ vi: 'đây là bài trình chiếu PowerPoint', en: 'this is a PowerPoint file' });
    throw notDocx({ vi: 'không có phần word/document.xml', en: 'no word/document.xml part' });
  }
}

function zipRefusal(e: unknown): BxtdError {
  const p = zipProblemOf(e);
  if (!p) return notDocx();
  switch (p.kind) {
    case 'notZip':
      return notDocx();
    case 'damaged':
    case 'duplicateEntry':
      return notDocx({ vi: 'tệp nén bị hỏng', en: 'the archive is damaged' });
    case 'tooManyEntries':
      return unsafe(`${p.count} parts (at most ${MAX_ENTRIES})`, `${p.count} phần (tối đa ${MAX_ENTRIES})`);
    case 'entryTooLarge':
    case 'totalTooLarge':
      return unsafe(
        `more than ${formatSize(MAX_INFLATED_BYTES, 'en')} once inflated`,
        `giải nén ra hơn ${formatSize(MAX_INFLATED_BYTES, 'vi')}`,
      );
    case 'inflatesBeyondDeclared':
      return unsafe(`the part ${p.name} does not inflate to its declared size`, `phần ${p.name} giải nén không đúng kích thước khai báo`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tags

const TAG_ERRORS: Record<string, (p: Record<string, unknown>) => Text> = {
  unclosed_tag: (p) => ({ vi: `Chỗ điền "{${p.xtag}" thiếu dấu "}" đóng.`, en: `The tag "{${p.xtag}" has no closing "}".` }),
  unopened_tag: (p) => ({ vi: `Có dấu "}" không có "{" mở trước (gần "${p.xtag}").`, en: `A "}" has no opening "{" (near "${p.xtag}").` }),
  duplicate_open_tag: (p) => ({
    vi: `Hai dấu "{" liền nhau ở "${p.context}": chỉ dùng một dấu.`,
    en: `Two "{" in a row at "${p.context}": use one.`,
  }),
  duplicate_close_tag: (p) => ({
    vi: `Hai dấu "}" liền nhau ở "${p.context}": chỉ dùng một dấu.`,
    en: `Two "}" in a row at "${p.context}": use one.`,
  }),
  unclosed_loop: (p) => ({
    vi: `Danh sách {#${p.xtag}} thiếu thẻ đóng {/${p.xtag}}.`,
    en: `The list {#${p.xtag}} has no closing {/${p.xtag}}.`,
  }),
  unopened_loop: (p) => ({
    vi: `Thẻ đóng {/${p.xtag}} không có thẻ mở {#${p.xtag}} tương ứng.`,
    en: `The closing {/${p.xtag}} has no opening {#${p.xtag}}.`,
  }),
  closing_tag_does_not_match_opening_tag: (p) => ({
    vi: `Thẻ mở {#${p.openingtag}} lại được đóng bằng {/${p.closingtag}}.`,
    en: `The opening {#${p.openingtag}} is closed by {/${p.closingtag}}.`,
  }),
  unbalanced_loop_tags: () => ({
    vi: 'Các thẻ mở và đóng danh sách lồng nhau sai thứ tự.',
    en: 'List open and close tags are not nested properly.',
  }),
  loop_position_invalid: (p) => ({
    vi: `Thẻ mở và thẻ đóng {#${p.xtag}}…{/${p.xtag}} phải cùng ở trong một bảng hoặc cùng ở ngoài bảng.`,
    en: `The tags {#${p.xtag}}…{/${p.xtag}} must both be inside the same table or both outside it.`,
  }),
};

function templateErrors(e: unknown): BxtdError {
  const props = (e as { properties?: { id?: string; errors?: unknown[] } })?.properties;
  const list = props?.id === 'multi_error' && Array.isArray(props.errors) ? props.errors : [e];
  const texts: Text[] = [];
  for (const err of list.slice(0, 10)) {
    const p = ((err as { properties?: Record<string, unknown> })?.properties ?? {}) as Record<string, unknown>;
    const make = TAG_ERRORS[String(p.id)];
    if (make) texts.push(make(p));
    else if (p.id === 'malformed_xml' || p.id === 'file_has_invalid_xml')
      texts.push({ vi: 'nội dung XML của tài liệu bị hỏng', en: 'the document XML is damaged' });
    else
      texts.push({
        vi: `lỗi chỗ điền (${String(p.explanation ?? p.id ?? 'không rõ')})`,
        en: `tag error (${String(p.explanation ?? p.id ?? (e as Error)?.message ?? 'unknown')})`,
      });
  }
  const more = list.length > 10 ? { vi: ` … và ${list.length - 10} lỗi khác`, en: ` … and ${list.length - 10} more` } : { vi: '', en: '' };
  return templateError('template.brokenTags', {
    vi: `Mẫu có chỗ điền viết sai: ${texts.map((t) => t.vi).join(' ')}${more.vi}`,
    en: `The template has broken tags: ${texts.map((t) => t.en).join(' ')}${more.en}`,
  });
}

function suggestion(name: string, candidates: string[]): string | null {
  const f = fold(name).replace(/[\s-]+/g, '_');
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(f, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best != null && bestD <= (name.length >= 8 ? 2 : 1) ? best : null;
}

/** The vocabulary of a kind: its placeholders, and every list field at any depth. */
interface Scope {
  kind: DocumentKind;
  placeholders: Placeholder[];
}

function scopeOf(kind: DocumentKind): Scope {
  return { kind, placeholders: placeholdersOf(DOCUMENTS[kind].groups) };
}

function knownList(scope: Scope): string {
  return scope.placeholders.map((p) => (p.kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`)).join(', ');
}

/** Every name the kind knows, fields of lists included, for "did you mean". */
function allNames(scope: Scope): string[] {
  const out: string[] = [];
  const walk = (fields: Field[]) => {
    for (const f of fields) {
      out.push(...fieldNames(f));
      walk(f.fields ?? []);
    }
  };
  for (const p of scope.placeholders) {
    out.push(p.name);
    walk(p.fields ?? []);
  }
  return out;
}

/** The lists (by their own names, at any depth) in which a field name is valid. */
function listsWithField(fields: { name: string; fields?: Field[] }[], name: string, out: string[] = []): string[] {
  for (const list of fields) {
    if (list.fields?.some((x) => fieldNames(x).includes(name))) out.push(list.name);
    listsWithField(list.fields ?? [], name, out);
  }
  return out;
}

interface TagProblem {
  vi: string;
  en: string;
  unknown?: string;
}

/** The kinds whose templates may use a name this kind may not (a unit's report field in a minute). */
function otherKinds(name: string, kind: DocumentKind): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => {
    if (k === kind) return false;
    const other = scopeOf(k);
    return other.placeholders.some((p) => p.name === name) || listsWithField(other.placeholders, name).length > 0;
  });
}

function checkParts(parts: Part[], scope: Scope, lists: Field[][], problems: TagProblem[], used: Set<string>): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const name = String(part.value);
    used.add(name);
    if (part.module === 'rawxml') {
      problems.push({ vi: `{@${name}} (chèn XML thô) không được dùng`, en: `{@${name}} (raw XML) is not allowed` });
      continue;
    }
    const p = scope.placeholders.find((x) => x.name === name);
    const field = lists.map((fields) => findField(fields, name)).find((x) => x != null);
    if (part.module === 'loop') {
      const inner = field?.fields ?? (p?.kind === 'list' ? p.fields : undefined);
      if (!p && !field) problems.push(outside(name, scope, `{#${name}}`));
      else if (!inner && p?.kind !== 'condition') {
        problems.push({
          vi: `{#${name}} dùng sai: {${name}} là chỗ điền chữ, không phải danh sách hay điều kiện`,
          en: `{#${name}} is misused: {${name}} is text, not a list or condition`,
        });
      }
      checkParts((part.subparsed ?? []) as Part[], scope, inner ? [inner, ...lists] : lists, problems, used);
      continue;
    }
    if (field && !field.fields) continue;
    if (p?.kind === 'text') continue;
    if (p || field) {
      const what = p?.kind === 'condition' ? 'condition' : 'list';
      problems.push({
        vi: `{${name}} là ${what === 'list' ? 'danh sách' : 'điều kiện'}: viết {#${name}}…{/${name}}`,
        en: `{${name}} is a ${what}: write {#${name}}…{/${name}}`,
      });
      continue;
    }
    const within = listsWithField(scope.placeholders, name);
    if (within.length) {
      problems.push({
        vi: `{${name}} chỉ dùng được bên trong ${within.map((l) => `{#${l}}…{/${l}}`).join(' hoặc ')}`,
        en: `{${name}} can only be used inside ${within.map((l) => `{#${l}}…{/${l}}`).join(' or ')}`,
      });
      continue;
    }
    problems.push(outside(name, scope, `{${name}}`));
  }
}

/** A name this kind does not know: another kind's (named), or unknown. */
function outside(name: string, scope: Scope, form: string): TagProblem {
  const others = otherKinds(name, scope.kind);
  if (others.length) {
    const vi = others.map((k) => DOCUMENTS[k].title.vi).join(', ');
    const en = others.map((k) => DOCUMENTS[k].title.en).join(', ');
    return {
      vi: `${form} chỉ dùng được trong mẫu ${vi}, không dùng trong mẫu ${DOCUMENTS[scope.kind].title.vi}`,
      en: `${form} belongs to the ${en} template, not to the ${DOCUMENTS[scope.kind].title.en} template`,
    };
  }
  return { vi: form, en: form, unknown: name };
}

function placeholderErrors(problems: TagProblem[], scope: Scope): BxtdError {
  const unknown = problems.filter((p) => p.unknown != null);
  const misused = problems.filter((p) => p.unknown == null);
  const names = allNames(scope);
  const vi: string[] = [];
  const en: string[] = [];
  if (unknown.length) {
    const hints = unknown.map((u) => {
      const s = suggestion(u.unknown!, names);
      return { vi: s ? `${u.vi} (có phải {${s}}?)` : u.vi, en: s ? `${u.en} (did you mean {${s}}?)` : u.en };
    });
    vi.push(`Mẫu có chỗ điền không có trong danh mục: ${hints.map((h) => h.vi).join(', ')}.`);
    en.push(`The template uses placeholders that are not in the vocabulary: ${hints.map((h) => h.en).join(', ')}.`);
  }
  if (misused.length) {
    vi.push(`Chỗ điền dùng sai chỗ: ${misused.map((m) => m.vi).join('; ')}.`);
    en.push(`Misplaced placeholders: ${misused.map((m) => m.en).join('; ')}.`);
  }
  const head = { vi: vi.join(' '), en: en.join(' ') };
  vi.push(`Các chỗ điền dùng được: ${knownList(scope)} (chi tiết: docs/templates.md hoặc lệnh "bxtd placeholders").`);
  en.push(`Known placeholders: ${knownList(scope)} (details: docs/templates.md or "bxtd placeholders").`);
  return templateError(
    'template.unknownPlaceholder',
    { vi: vi.join(' '), en: en.join(' ') },
    { head, known: knownList(scope).split(', ') },
  );
}

/** Tags are names looked up in the data, innermost list item first; nothing else is evaluated. */
function plainParser(tag: string) {
  return {
    get(scope: unknown): unknown {
      if (tag === '.') return scope;
      if (scope != null && typeof scope === 'object' && Object.prototype.hasOwnProperty.call(scope, tag)) {
        return (scope as Record<string, unknown>)[tag];
      }
      return undefined;
    },
  };
}

function nullGetter(part: Part): unknown {
  // Only reached for a value missing from the data; buildMinutesData gives every placeholder a value.
  return part.module ? '' : BLANK;
}

async function compile(bytes: Uint8Array, kind: DocumentKind): Promise<{ doc: Docxtemplater; info: TemplateInfo }> {
  sniff(bytes);
  await checkZip(bytes);
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw notDocx();
  }
  const inspect = new InspectModule();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      parser: plainParser,
      nullGetter,
      modules: [inspect],
    });
  } catch (e) {
    throw templateErrors(e);
  }
  const scope = scopeOf(kind);
  const problems: TagProblem[] = [];
  const used = new Set<string>();
  checkParts(inspect.getAllStructuredTags(), scope, [], problems, used);
  if (problems.length) throw placeholderErrors(problems, scope);
  if (used.size === 0) {
    throw templateError('template.noPlaceholder', {
      vi: 'Tệp mẫu không có chỗ điền nào (ví dụ {ten_khoi}): có lẽ đã chọn nhầm tệp.',
      en: 'The template has no placeholder at all (such as {ten_khoi}): perhaps the wrong file was chosen.',
    });
  }
  return { doc, info: { placeholders: [...used].sort() } };
}

/** Check a template of this kind without filling it: throws a `template.*` BxtdError naming the problem. */
export async function checkTemplate(bytes: Uint8Array, kind: DocumentKind = 'nomination'): Promise<TemplateInfo> {
  return (await compile(bytes, kind)).info;
}

/**
 * The one filling path: a template (.docx bytes) of this kind filled with its data. The template is bounded and
 * checked against the kind's vocabulary (throws a `template.*` BxtdError naming what is refused); the data's text is made safe
 * for XML first (sanitize.ts), so a workbook's odd characters never fail the fill or blame the template; a paragraph
 * whose filled text holds a dotted blank is never justified.
 */
export async function fillDocument(kind: DocumentKind, bytes: Uint8Array, data: MinutesData): Promise<Uint8Array> {
  const { doc } = await compile(bytes, kind);
  try {
    doc.render(safeData(data));
  } catch (e) {
    throw templateErrors(e);
  }
  const zip = doc.getZip();
  const main = zip.file('word/document.xml');
  if (main) zip.file('word/document.xml', unjustifyDotted(main.asText()));
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
}

/** Fill a minute template (the vocabulary of the bloc's documents). */
export async function fillTemplate(bytes: Uint8Array, data: MinutesData, kind: DocumentKind = 'nomination'): Promise<Uint8Array> {
  return fillDocument(kind, bytes, data);
}

const DOTTED = /…{2,}|\.{4,}/;

/**
 * Paragraphs whose text holds a dotted blank, made left-aligned where they were justified: justification would spread
 * the words of a line around the dots. Only innermost paragraphs are touched (a text box's paragraphs sit inside one).
 */
export function unjustifyDotted(xml: string): string {
  const tag = /<w:p(?=[\s>/])[^>]*?(\/?)>|<\/w:p>/g;
  const stack: { start: number; nested: boolean }[] = [];
  const edits: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    if (m[0] === '</w:p>') {
      const open = stack.pop();
      if (open && !open.nested) edits.push([open.start, m.index + m[0].length]);
      if (stack.length) stack[stack.length - 1].nested = true;
    } else if (!m[1]) {
      stack.push({ start: m.index, nested: false });
    }
  }
  if (!edits.length) return xml;
  let out = '';
  let at = 0;
  for (const [start, end] of edits) {
    const para = xml.slice(start, end);
    const text = (para.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('');
    out += xml.slice(at, start);
    out += DOTTED.test(text) ? para.replace(/<w:jc w:val="(both|distribute)"\/>/, '<w:jc w:val="left"/>') : para;
    at = end;
  }
  return out + xml.slice(at);
}
