// Filling a minute template (.docx) with docxtemplater. A template is untrusted input: it is bounded in size,
// its zip is inflated under a budget before anything else reads it, its tags are checked against the vocabulary,
// and tags are looked up as plain names (no expression from the template is ever evaluated).

import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import JSZip from 'jszip';
import PizZip from 'pizzip';
import type { Text } from '../domain/model';
import { fold } from '../domain/text';
import { formatNumber } from '../domain/format';
import { BLANK, type MinutesData } from './data';
import { MinutesError } from './errors';
import { checkPackage, ZipGuardError, type ZipEntry } from '../zip/guard';
import { findPlaceholder, listsWithField, PLACEHOLDERS, type Placeholder } from './vocabulary';

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const MAX_INFLATED_BYTES = 100 * 1024 * 1024; // all parts together, once inflated

export interface TemplateInfo {
  placeholders: string[]; // the names the template uses, as written, sorted
}

type Part = Docxtemplater.DXT.Part;

function mb(bytes: number): string {
  return formatNumber(bytes / (1024 * 1024), 'vi', 1, true);
}

function notDocx(detail?: Text): MinutesError {
  return new MinutesError('notDocx', {
    vi: `Tệp mẫu không phải tài liệu Word .docx${detail ? ` (${detail.vi})` : ''}. Hãy mở bằng Word và lưu dưới dạng "Word Document (.docx)".`,
    en: `The template is not a Word .docx document${detail ? ` (${detail.en})` : ''}. Open it in Word and save it as "Word Document (.docx)".`,
  });
}

function unsafe(en: string, vi: string): MinutesError {
  return new MinutesError('unsafeZip', {
    vi: `Tệp mẫu bị hỏng hoặc không an toàn: ${vi}.`,
    en: `The template file is damaged or unsafe: ${en}.`,
  });
}

function sniff(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    throw new MinutesError('tooLarge', {
      vi: `Tệp mẫu nặng ${mb(bytes.byteLength)} MB, vượt giới hạn ${mb(MAX_TEMPLATE_BYTES)} MB. Hãy bớt hình ảnh trong mẫu.`,
      en: `The template is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB, over the ${MAX_TEMPLATE_BYTES / (1024 * 1024)} MB limit. Remove pictures from it.`,
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

function zipRefusal(e: unknown): MinutesError {
  if (!(e instanceof ZipGuardError)) return notDocx();
  const p = e.problem;
  switch (p.kind) {
    case 'notZip':
      return notDocx();
    case 'damaged':
      return notDocx({ vi: 'tệp nén bị hỏng', en: 'the archive is damaged' });
    case 'tooManyEntries':
      return unsafe(`${p.count} parts (at most ${MAX_ENTRIES})`, `${p.count} phần (tối đa ${MAX_ENTRIES})`);
    case 'entryTooLarge':
    case 'totalTooLarge':
      return unsafe(`more than ${mb(MAX_INFLATED_BYTES)} MB once inflated`, `giải nén ra hơn ${mb(MAX_INFLATED_BYTES)} MB`);
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

function templateErrors(e: unknown): MinutesError {
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
  return new MinutesError('brokenTags', {
    vi: `Mẫu có chỗ điền viết sai: ${texts.map((t) => t.vi).join(' ')}${more.vi}`,
    en: `The template has broken tags: ${texts.map((t) => t.en).join(' ')}${more.en}`,
  });
}

/** Edit distance, for "did you mean" on a mistyped placeholder. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

function suggestion(name: string, candidates: string[]): string | null {
  const f = fold(name).replace(/[\s-]+/g, '_');
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(f, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best != null && bestD <= (name.length >= 8 ? 2 : 1) ? best : null;
}

function knownList(): string {
  return PLACEHOLDERS.map((p) => (p.kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`)).join(', ');
}

interface TagProblem {
  vi: string;
  en: string;
  unknown?: string;
}

function checkParts(parts: Part[], list: Placeholder | null, problems: TagProblem[], used: Set<string>): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const name = String(part.value);
    used.add(name);
    if (part.module === 'rawxml') {
      problems.push({ vi: `{@${name}} (chèn XML thô) không được dùng`, en: `{@${name}} (raw XML) is not allowed` });
      continue;
    }
    const p = findPlaceholder(name);
    const field = list?.fields?.find((f) => f.name === name);
    if (part.module === 'loop') {
      if (!p) problems.push({ vi: `{#${name}}`, en: `{#${name}}`, unknown: name });
      else if (p.kind === 'text') {
        problems.push({
          vi: `{#${name}} dùng sai: {${name}} là chỗ điền chữ, không phải danh sách hay điều kiện`,
          en: `{#${name}} is misused: {${name}} is text, not a list or condition`,
        });
      }
      checkParts((part.subparsed ?? []) as Part[], p?.kind === 'list' ? p : list, problems, used);
      continue;
    }
    if (field) continue;
    if (p?.kind === 'text') continue;
    if (p) {
      problems.push({
        vi: `{${name}} là ${p.kind === 'list' ? 'danh sách' : 'điều kiện'}: viết {#${name}}…{/${name}}`,
        en: `{${name}} is a ${p.kind}: write {#${name}}…{/${name}}`,
      });
      continue;
    }
    const lists = listsWithField(name);
    if (lists.length) {
      problems.push({
        vi: `{${name}} chỉ dùng được bên trong ${lists.map((l) => `{#${l}}…{/${l}}`).join(' hoặc ')}`,
        en: `{${name}} can only be used inside ${lists.map((l) => `{#${l}}…{/${l}}`).join(' or ')}`,
      });
      continue;
    }
    problems.push({ vi: `{${name}}`, en: `{${name}}`, unknown: name });
  }
}

function placeholderErrors(problems: TagProblem[]): MinutesError {
  const unknown = problems.filter((p) => p.unknown != null);
  const misused = problems.filter((p) => p.unknown == null);
  const names = PLACEHOLDERS.flatMap((p) => [p.name, ...(p.fields ?? []).map((f) => f.name)]);
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
  vi.push(`Các chỗ điền dùng được: ${knownList()} (chi tiết: docs/templates.md hoặc lệnh "bxtd placeholders").`);
  en.push(`Known placeholders: ${knownList()} (details: docs/templates.md or "bxtd placeholders").`);
  return new MinutesError('unknownPlaceholder', { vi: vi.join(' '), en: en.join(' ') }, { head, known: knownList().split(', ') });
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

async function compile(bytes: Uint8Array): Promise<{ doc: Docxtemplater; info: TemplateInfo }> {
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
  const problems: TagProblem[] = [];
  const used = new Set<string>();
  checkParts(inspect.getAllStructuredTags(), null, problems, used);
  if (problems.length) throw placeholderErrors(problems);
  if (used.size === 0) {
    throw new MinutesError('noPlaceholder', {
      vi: 'Tệp mẫu không có chỗ điền nào (ví dụ {ten_khoi}): có lẽ đã chọn nhầm tệp.',
      en: 'The template has no placeholder at all (such as {ten_khoi}): perhaps the wrong file was chosen.',
    });
  }
  return { doc, info: { placeholders: [...used].sort() } };
}

/** Check a template without filling it: throws MinutesError naming the problem. */
export async function checkTemplate(bytes: Uint8Array): Promise<TemplateInfo> {
  return (await compile(bytes)).info;
}

/** Fill a template (.docx bytes) with minutes data; throws MinutesError for a template it refuses. */
export async function fillTemplate(bytes: Uint8Array, data: MinutesData): Promise<Uint8Array> {
  const { doc } = await compile(bytes);
  try {
    doc.render(data);
  } catch (e) {
    throw templateErrors(e);
  }
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
}
