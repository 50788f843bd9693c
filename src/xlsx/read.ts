// Loads an .xlsx with ExcelJS into plain grids, defensively: the file is untrusted (it arrives by email). Size,
// container and cell-count bounds are checked before and while parsing; every refusal is an XlsxError carrying a
// Vietnamese and English message. No file system here: callers read the bytes (Node or browser).

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Text } from '../domain/model';
import { parseAddress, type CellRange, type CellValue, type SheetGrid } from '../workbook/grid';
import { checkPackage, inflateBounded, readCentralDirectory, ZipGuardError, type ZipEntry, type ZipProblem } from '../zip/guard';
import { sheetParts } from './package';

export class XlsxError extends Error {
  constructor(public text: Text) {
    super(text.en);
    this.name = 'XlsxError';
  }
}

export interface LoadOptions {
  maxBytes?: number; // the file itself; default 20 MB
  maxCells?: number; // non-empty cells in the whole workbook; default 5 million
  maxRows?: number; // last used row of any sheet; default 100,000
  maxUncompressed?: number; // all parts inflated; default 200 MB
  maxSheetXml?: number; // one sheet's (or the shared strings') XML; default 100 MB
}

export interface LoadedXlsx {
  workbook: ExcelJS.Workbook;
  sheets: SheetGrid[];
  /** Things changed while loading (e.g. over-long text cut to Excel's limit); empty normally. */
  warnings: Text[];
}

const MB = 1024 * 1024;
const DEFAULTS = {
  maxBytes: 20 * MB,
  maxCells: 5_000_000,
  maxRows: 100_000,
  maxUncompressed: 200 * MB,
  maxSheetXml: 100 * MB,
};
/** Excel's own limit on the characters in a cell. */
export const MAX_CELL_CHARS = 32767;
const SMALL_PART = 8 * MB; // any other part (styles, rels, workbook.xml, ...)

const mb = (n: number, lang: 'vi' | 'en') => {
  const s = (n / MB).toFixed(1);
  return lang === 'vi' ? s.replace('.', ',') : s;
};
const count = (n: number, lang: 'vi' | 'en') => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');

export async function loadXlsx(data: Uint8Array | ArrayBuffer, opts: LoadOptions = {}): Promise<LoadedXlsx> {
  const o = { ...DEFAULTS, ...opts };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);

  if (bytes.byteLength > o.maxBytes) {
    throw new XlsxError({
      vi: `Tệp quá lớn (${mb(bytes.byteLength, 'vi')} MB); giới hạn là ${mb(o.maxBytes, 'vi')} MB.`,
      en: `The file is too large (${mb(bytes.byteLength, 'en')} MB); the limit is ${mb(o.maxBytes, 'en')} MB.`,
    });
  }
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new XlsxError({
      vi: 'Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu: hãy mở bằng Excel và lưu lại dạng .xlsx, không mật khẩu.',
      en: 'The file is in the old Excel format (.xls) or password-protected: open it in Excel and save it as .xlsx without a password.',
    });
  }

  // 1. The container, from its central directory: nothing is inflated yet.
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (e) {
    throw guardMessage(e, new Map());
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new XlsxError({
      vi: 'Tệp không phải là bảng tính Excel .xlsx (trong tệp nén không có xl/workbook.xml).',
      en: 'The file is not an Excel .xlsx workbook (the archive has no xl/workbook.xml).',
    });
  }
  const isSheetPart = (name: string) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(name);
  const maxEntry = (name: string) => (isSheetPart(name) ? o.maxSheetXml : /^xl\/media\//i.test(name) ? o.maxBytes : SMALL_PART);

  // The archive is opened with JSZip only when a part must be inflated to prove its size, or to name the sheets in
  // a refusal: most workbooks go straight to ExcelJS.
  let zip: Promise<JSZip> | null = null;
  const opened = () => (zip ??= JSZip.loadAsync(bytes));
  const refusal = async (e: unknown): Promise<XlsxError> => {
    // Sheet names, to name a sheet in the message (workbook.xml and its rels are small and bounded).
    const names = await opened()
      .then((z) => readSheetNames(z, entries))
      .catch(() => new Map<string, string>());
    return guardMessage(e, names);
  };

  // 2. Declared sizes, then the real ones: each part that could pass its bound is inflated as a stream and stopped
  //    past its declared size.
  try {
    await checkPackage(bytes, { maxTotal: o.maxUncompressed, maxEntry }, opened);
  } catch (e) {
    throw e instanceof XlsxError ? e : await refusal(e);
  }

  // 3. ExcelJS parses the checked container.
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw damaged(e);
  }

  // 4. Grids.
  const warnings: Text[] = [];
  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const ws of workbook.worksheets) {
    const grid = toGrid(ws, o, warnings, (n) => {
      cells += n;
      if (cells > o.maxCells) {
        throw new XlsxError({
          vi: `Sổ tính có quá nhiều ô dữ liệu (hơn ${count(o.maxCells, 'vi')}), đến trang "${ws.name}": từ chối để bảo vệ máy.`,
          en: `The workbook has too many cells with data (over ${count(o.maxCells, 'en')}), reached on sheet "${ws.name}": refused.`,
        });
      }
    });
    sheets.push(grid);
  }
  return { workbook, sheets, warnings };
}

function damaged(e: unknown): XlsxError {
  if (e instanceof XlsxError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new XlsxError({
    vi: `Tệp .xlsx bị hỏng, không đọc được (${detail}). Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
    en: `The .xlsx file is damaged and cannot be read (${detail}). Open it in Excel, save it again and retry.`,
  });
}

function guardMessage(e: unknown, sheetNames: Map<string, string>): XlsxError {
  if (!(e instanceof ZipGuardError)) return damaged(e);
  const p: ZipProblem = e.problem;
  const part = (name: string, lang: 'vi' | 'en') => {
    const sheet = sheetNames.get(name);
    if (sheet) return lang === 'vi' ? `trang "${sheet}" (${name})` : `sheet "${sheet}" (${name})`;
    return lang === 'vi' ? `phần ${name}` : `part ${name}`;
  };
  switch (p.kind) {
    case 'notZip':
      return new XlsxError({
        vi: 'Tệp không phải là bảng tính .xlsx (không phải tệp nén zip). Hãy chọn tệp Excel .xlsx.',
        en: 'The file is not an .xlsx workbook (not a zip archive). Choose an Excel .xlsx file.',
      });
    case 'damaged':
      return damaged(new Error(p.detail));
    case 'tooManyEntries':
      return new XlsxError({
        vi: `Tệp chứa quá nhiều thành phần (${count(p.count, 'vi')}): không phải một bảng tính bình thường, từ chối.`,
        en: `The file holds too many parts (${count(p.count, 'en')}): not an ordinary workbook, refused.`,
      });
    case 'entryTooLarge':
      return new XlsxError({
        vi: `${cap(part(p.name, 'vi'))} khi giải nén quá lớn (${mb(p.size, 'vi')} MB, giới hạn ${mb(p.limit, 'vi')} MB): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `${cap(part(p.name, 'en'))} is too large once inflated (${mb(p.size, 'en')} MB, limit ${mb(p.limit, 'en')} MB): refused (possibly a zip bomb).`,
      });
    case 'totalTooLarge':
      return new XlsxError({
        vi: `Tệp khi giải nén quá lớn (${mb(p.size, 'vi')} MB, giới hạn ${mb(p.limit, 'vi')} MB): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `The file is too large once inflated (${mb(p.size, 'en')} MB, limit ${mb(p.limit, 'en')} MB): refused (possibly a zip bomb).`,
      });
    case 'inflatesBeyondDeclared':
      return new XlsxError({
        vi: `${cap(part(p.name, 'vi'))} giải nén ra nhiều hơn kích thước khai báo (${mb(p.declared, 'vi')} MB): tệp hỏng hoặc là "bom zip", từ chối.`,
        en: `${cap(part(p.name, 'en'))} inflates beyond its declared size (${mb(p.declared, 'en')} MB): damaged or a zip bomb, refused.`,
      });
  }
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Worksheet part path -> sheet name, from xl/workbook.xml and its relationships. */
async function readSheetNames(zip: JSZip, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const text = async (name: string): Promise<string> => {
    const entry = entries.find((e) => e.name === name);
    const file = zip.file(name);
    if (!entry || !file) return '';
    const { data } = await inflateBounded(file, Math.min(entry.uncompressedSize, SMALL_PART), true);
    return new TextDecoder('utf-8').decode(data!);
  };
  const names = new Map<string, string>();
  for (const [name, path] of sheetParts(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels'))) names.set(path, name);
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// ExcelJS worksheet -> SheetGrid

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell's value as the reader sees it: formulas give their cached result, dates their serial number. */
export function toCellValue(v: ExcelJS.CellValue | undefined, onTruncate?: () => void): CellValue {
  if (v == null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return capText(v, onTruncate);
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isFinite(t) ? (t - EXCEL_EPOCH_MS) / 86400000 : null;
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return capText(v.richText.map((r) => r.text ?? '').join(''), onTruncate);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      return toCellValue(result as ExcelJS.CellValue | undefined, onTruncate);
    }
    if ('hyperlink' in v) {
      const text = (v as { text?: unknown }).text;
      return typeof text === 'string' ? capText(text, onTruncate) : toCellValue(text as ExcelJS.CellValue, onTruncate);
    }
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return null;
}

function capText(s: string, onTruncate?: () => void): string {
  if (s.length <= MAX_CELL_CHARS) return s;
  onTruncate?.();
  return s.slice(0, MAX_CELL_CHARS);
}

function toGrid(ws: ExcelJS.Worksheet, o: typeof DEFAULTS, warnings: Text[], addCells: (n: number) => void): SheetGrid {
  const values: CellValue[][] = [];
  const mergeType = ExcelJS.ValueType.Merge;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > o.maxRows) {
      throw new XlsxError({
        vi: `Trang "${ws.name}" có quá nhiều dòng (dòng ${count(rowNumber, 'vi')}, giới hạn ${count(o.maxRows, 'vi')}): từ chối.`,
        en: `Sheet "${ws.name}" has too many rows (row ${count(rowNumber, 'en')}, limit ${count(o.maxRows, 'en')}): refused.`,
      });
    }
    const out: CellValue[] = [];
    let n = 0;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === mergeType) return; // the merged range's value lives in its top-left cell only
      const v = toCellValue(cell.value, () =>
        warnings.push({
          vi: `Ô ${cell.address} trang "${ws.name}" dài quá ${MAX_CELL_CHARS} ký tự: phần thừa bị cắt.`,
          en: `Cell ${cell.address} on sheet "${ws.name}" is longer than ${MAX_CELL_CHARS} characters: the rest is cut.`,
        }),
      );
      if (v == null) return;
      while (out.length < colNumber - 1) out.push(null);
      out[colNumber - 1] = v;
      n++;
    });
    if (n === 0) return;
    while (values.length < rowNumber - 1) values.push([]);
    values[rowNumber - 1] = out;
    addCells(n);
  });
  const merges: CellRange[] = [];
  // ExcelJS keeps merges by master cell in `_merges` (1-based Range objects); `model.merges` has the same as
  // "A1:B2" strings but rebuilds the whole sheet model, so it is only the fallback.
  const raw = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  if (raw) {
    for (const m of Object.values(raw)) {
      if (m) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  } else {
    for (const ref of ws.model.merges ?? []) {
      const [a, b = a] = String(ref).split(':').map(parseAddress);
      merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    }
  }
  return { name: ws.name, values, merges };
}
