// A bloc's own minute templates kept inside its workbook, so they travel by email with it: each .docx is written
// as base64 text in chunks, one chunk per row, on a very hidden sheet `_bxtd_mau`. Pure functions over cell
// values; the hosts write the sheet (and hide it) and read it back as a SheetGrid.
//
// Layout: a header row, then per template and chunk a row
//   A kind (its `stored` label in kinds.ts: "bien-ban-binh-xet", "phieu-bau", "to-trinh", ...), B chunk number
//   (1-based), C chunk count, D byte length,
//   E "fp:" + fingerprint of the whole base64 text, F "b64:" + at most 30,000 base64 characters.
// The "fp:" and "b64:" prefixes keep Excel from reading a chunk as a number or a formula ("+", "=" ...).

import { fingerprint } from '../domain/fingerprint';
import { formatSize } from '../domain/format';
import type { Issue, Text } from '../domain/model';
import { fold } from '../domain/text';
import { cellAddress, type CellValue, type SheetGrid } from '../workbook/grid';
import { OWNED_TITLE } from '../workbook/ownership';
import { decodeBase64, encodeBase64 } from './base64';
import type { BxtdError } from '../domain/errors';
import { templateError } from './errors';
import { DOCUMENT_KINDS, DOCUMENTS, kindOfStoredLabel, type DocumentKind } from './kinds';

export const STORED_SHEET = '_bxtd_mau';
export const CHUNK_CHARS = 30000; // Excel holds at most 32,767 characters in a cell
export const MAX_STORED_BYTES = 10 * 1024 * 1024;

export const STORED_HEADER: CellValue[] = [OWNED_TITLE.templates, 'Phần', 'Số phần', 'Số byte', 'Mã kiểm tra', 'Dữ liệu (base64)'];

/** The kinds that may be kept in a workbook, in registry order. */
const KINDS = DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].stored != null);
const label = (kind: DocumentKind) => DOCUMENTS[kind].stored ?? kind;

export type StoredTemplates = Partial<Record<DocumentKind, Uint8Array>>;

function tooLarge(kind: DocumentKind, bytes: number): BxtdError {
  const what = DOCUMENTS[kind].title;
  return templateError('template.tooLarge', {
    vi: `Mẫu ${what.vi.toLocaleLowerCase('vi')} nặng ${formatSize(bytes, 'vi')}, vượt giới hạn ${formatSize(MAX_STORED_BYTES, 'vi')} để lưu trong sổ.`,
    en: `The ${what.en} template is ${formatSize(bytes, 'en')}, over the ${formatSize(MAX_STORED_BYTES, 'en')} limit for keeping it in the workbook.`,
  });
}

/**
 * The cell values of `_bxtd_mau` holding these templates, from A1; null when there is none (the host deletes the
 * sheet). Throws `template.tooLarge` for a template over 10 MB.
 */
export function storedTemplatesValues(templates: StoredTemplates): CellValue[][] | null {
  const rows: CellValue[][] = [];
  for (const kind of KINDS) {
    const bytes = templates[kind];
    if (!bytes || bytes.length === 0) continue;
    if (bytes.length > MAX_STORED_BYTES) throw tooLarge(kind, bytes.length);
    const text = encodeBase64(bytes);
    const fp = `fp:${fingerprint(text)}`;
    const count = Math.ceil(text.length / CHUNK_CHARS);
    for (let i = 0; i < count; i++) {
      rows.push([label(kind), i + 1, count, bytes.length, fp, `b64:${text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS)}`]);
    }
  }
  return rows.length ? [STORED_HEADER, ...rows] : null;
}

/** Replace (bytes) or remove (null) one kind, keeping the others as stored. */
export function updateStoredTemplates(current: StoredTemplates, kind: DocumentKind, bytes: Uint8Array | null): CellValue[][] | null {
  const next: StoredTemplates = { ...current };
  if (bytes) next[kind] = bytes;
  else delete next[kind];
  return storedTemplatesValues(next);
}

export function findStoredSheet(sheets: readonly SheetGrid[]): SheetGrid | null {
  return sheets.find((s) => fold(s.name) === fold(STORED_SHEET)) ?? null;
}

interface Chunk {
  row: number;
  part: number;
  count: number;
  size: number;
  fp: string;
  data: string;
}

/**
 * The templates kept in `_bxtd_mau`. A kind whose rows are damaged (a missing or edited chunk, a size or checksum
 * that does not match) is left out with an issue naming the sheet and cell; the other kind still loads.
 */
export function readStoredTemplates(sheet: SheetGrid): { templates: StoredTemplates; issues: Issue[] } {
  const issues: Issue[] = [];
  const templates: StoredTemplates = {};
  const byKind = new Map<DocumentKind, Chunk[]>();
  const issue = (row: number, col: number, message: Text) =>
    issues.push({ severity: 'warning', sheet: sheet.name, cell: cellAddress(row, col), message });

  sheet.values.forEach((row, r) => {
    const label = typeof row?.[0] === 'string' ? row[0].trim() : '';
    const kind = kindOfStoredLabel(label);
    if (!kind) return; // the header row, blank rows (and labels of kinds this version does not know)
    const num = (v: CellValue) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN);
    const str = (v: CellValue, prefix: string) => (typeof v === 'string' && v.startsWith(prefix) ? v.slice(prefix.length) : null);
    const fp = str(row[4], 'fp:');
    const data = str(row[5], 'b64:');
    const chunk = { row: r, part: num(row[1]), count: num(row[2]), size: num(row[3]), fp: fp ?? '', data: data ?? '' };
    if (fp == null || data == null || ![chunk.part, chunk.count, chunk.size].every(Number.isInteger)) {
      issue(r, data == null ? 5 : 1, {
        vi: `Dòng ${r + 1} của mẫu biên bản lưu trong sổ bị sửa hoặc hỏng: bỏ qua mẫu ${label}.`,
        en: `Row ${r + 1} of a stored minute template was edited or is damaged: the ${label} template is skipped.`,
      });
      chunk.part = NaN;
    }
    byKind.set(kind, [...(byKind.get(kind) ?? []), chunk]);
  });

  for (const [kind, chunks] of byKind) {
    const first = chunks[0];
    const fail = (vi: string, en: string) => {
      issue(first.row, 0, {
        vi: `Mẫu ${label(kind)} lưu trong sổ không đọc được (${vi}); dùng mẫu mặc định. Hãy lưu lại mẫu.`,
        en: `The ${label(kind)} template stored in the workbook cannot be read (${en}); the default is used. Store it again.`,
      });
    };
    if (chunks.some((c) => Number.isNaN(c.part))) continue; // already reported
    const sorted = [...chunks].sort((a, b) => a.part - b.part);
    const count = first.count;
    if (
      sorted.length !== count ||
      sorted.some((c, i) => c.part !== i + 1 || c.count !== count || c.size !== first.size || c.fp !== first.fp)
    ) {
      fail(`thiếu hoặc thừa phần: có ${sorted.length}/${count}`, `missing or extra chunks: ${sorted.length} of ${count}`);
      continue;
    }
    if (first.size > MAX_STORED_BYTES) {
      fail('lớn hơn 10 MB', 'over 10 MB');
      continue;
    }
    const text = sorted.map((c) => c.data).join('');
    if (text.length !== 4 * Math.ceil(first.size / 3)) {
      fail('độ dài dữ liệu không khớp số byte', 'data length does not match the byte count');
      continue;
    }
    if (fingerprint(text) !== first.fp) {
      fail('mã kiểm tra không khớp', 'checksum mismatch');
      continue;
    }
    const bytes = decodeBase64(text);
    if (!bytes || bytes.length !== first.size) {
      fail('dữ liệu base64 hỏng', 'damaged base64 data');
      continue;
    }
    templates[kind] = bytes;
  }
  return { templates, issues };
}
