// Loads an .xlsx into plain grids, defensively: the file is untrusted (it arrives by email). Size and container
// bounds are checked before anything is inflated (src/zip/guard.ts); then the parts the reader needs are inflated
// as streams and parsed as they come (saxes), building the grids directly — nothing is ever expanded cell by cell
// from a range (a merge over a whole sheet is four numbers, clipped to the cells in use; data validations and
// conditional formats are not read at all). Row, cell, merge and width bounds apply while parsing. Every refusal
// is an XlsxError carrying a Vietnamese and English message. No file system and no Node API here: callers read the
// bytes (Node or browser).

import JSZip from 'jszip';
import type { SaxesTagPlain } from 'saxes';
import { formatCount, formatSize } from '../domain/format';
import type { Text } from '../domain/model';
import { evaluateFormula, FormulaUnsupported, shiftFormula } from '../workbook/formula';
import { cellAddress, cellProblem, type CellRange, type CellValue, type SheetGrid } from '../workbook/grid';
import { checkPackage, inflateBounded, readCentralDirectory, ZipGuardError, type ZipEntry, type ZipProblem } from '../zip/guard';
import { isRel, parseRels, parseWorkbook, relsPathOf, resolveTarget, type Relationship, type WorkbookInfo } from './package';
import { attr, decodeCellText, parsePartStream, parseXml } from './xml';

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
  maxMerges?: number; // merged ranges kept (those over cells in use), whole workbook; default 200,000
  maxSlots?: number; // grid width summed over rows (blanks left of a value count); default 10 million
  /** Also return every formula (for the browser harness, which recalculates them). */
  formulas?: boolean;
}

/** The package as read: what the writer needs to edit it in place. */
export interface XlsxPackage {
  bytes: Uint8Array;
  zip: JSZip;
  entries: ZipEntry[];
  /** Part name by its lower-case form (part names are case-insensitive); kept current by the writer. */
  names: Map<string, string>;
  workbookPath: string;
  workbookRels: Relationship[];
  workbook: WorkbookInfo;
}

export interface LoadedXlsx {
  sheets: SheetGrid[];
  /** Things changed while loading (e.g. over-long text cut to Excel's limit); empty normally. */
  warnings: Text[];
  package: XlsxPackage;
  /** With `formulas`: per sheet name, the formulas (without "=") by "row,col" (0-based). */
  formulas?: Map<string, Map<string, string>>;
  /**
   * The cells that merges, data validations and conditional formats cover as written (before clipping): what a
   * library that expands them cell by cell would build. The harness uses ExcelJS for formats only below a bound.
   */
  expandedCells: number;
}

const MB = 1024 * 1024;
const DEFAULTS = {
  maxBytes: 20 * MB,
  maxCells: 5_000_000,
  maxRows: 100_000,
  maxUncompressed: 200 * MB,
  maxSheetXml: 100 * MB,
  maxMerges: 200_000,
  maxSlots: 10_000_000,
};
type Limits = typeof DEFAULTS;
/** Excel's own limit on the characters in a cell. */
export const MAX_CELL_CHARS = 32767;
const SMALL_PART = 8 * MB; // any other part (styles, rels, workbook.xml, ...)
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export async function loadXlsx(data: Uint8Array | ArrayBuffer, opts: LoadOptions = {}): Promise<LoadedXlsx> {
  const o: Limits & LoadOptions = { ...DEFAULTS, ...opts };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);

  if (bytes.byteLength > o.maxBytes) {
    throw new XlsxError({
      vi: `Tệp quá lớn (${formatSize(bytes.byteLength, 'vi')}); giới hạn là ${formatSize(o.maxBytes, 'vi')}.`,
      en: `The file is too large (${formatSize(bytes.byteLength, 'en')}); the limit is ${formatSize(o.maxBytes, 'en')}.`,
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
  const notWorkbook = () =>
    new XlsxError({
      vi: 'Tệp không phải là bảng tính Excel .xlsx (trong tệp nén không có xl/workbook.xml).',
      en: 'The file is not an Excel .xlsx workbook (the archive has no xl/workbook.xml).',
    });
  if (!entries.some((e) => /^xl\/workbook\.xml$/i.test(e.name) || e.name === '_rels/.rels')) throw notWorkbook();
  const isSheetPart = (name: string) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(name);
  const maxEntry = (name: string) => (isSheetPart(name) ? o.maxSheetXml : /^xl\/media\//i.test(name) ? o.maxBytes : SMALL_PART);

  let zip: Promise<JSZip> | null = null;
  const opened = () => (zip ??= JSZip.loadAsync(bytes));
  let sheetNames = new Map<string, string>();
  const refusal = (e: unknown): XlsxError => (e instanceof XlsxError ? e : guardMessage(e, sheetNames));

  // 2. Declared sizes, then the real ones: each part that could pass its bound is inflated as a stream and stopped
  //    past its declared size.
  try {
    await checkPackage(bytes, { maxTotal: o.maxUncompressed, maxEntry }, opened);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    // Name the sheet in the message when workbook.xml can be read.
    sheetNames = await opened()
      .then((z) => readSheetNames(z, entries))
      .catch(() => new Map<string, string>());
    throw refusal(e);
  }

  try {
    const z = await opened();
    const names = new Map<string, string>();
    for (const e of entries) names.set(e.name.toLowerCase(), e.name);
    const small = async (name: string): Promise<string> => {
      const actual = names.get(name.toLowerCase());
      const file = actual ? z.file(actual) : null;
      const entry = entries.find((e) => e.name === actual);
      if (!file || !entry) return '';
      const { data } = await inflateBounded(file, Math.min(entry.uncompressedSize, SMALL_PART), true);
      return new TextDecoder('utf-8').decode(data!);
    };

    // 3. The package's content types (every Office program needs them: a package whose list is missing or
    //    damaged is refused), then the workbook part, its sheets and settings.
    const contentTypes = await small('[Content_Types].xml');
    if (!contentTypes) throw notWorkbook();
    parseXml(contentTypes, {});
    const rootRels = parseRels(await small('_rels/.rels'));
    const main = rootRels.find((r) => isRel(r, 'officeDocument') && !r.external);
    const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
    const workbookXml = await small(workbookPath);
    if (!workbookXml) throw notWorkbook();
    const workbookRels = parseRels(await small(relsPathOf(workbookPath)));
    const workbook = parseWorkbook(workbookPath, workbookXml, workbookRels);
    for (const s of workbook.sheets) if (s.path) sheetNames.set(names.get(s.path.toLowerCase()) ?? s.path, s.name);
    const pkg: XlsxPackage = { bytes, zip: z, entries, names, workbookPath, workbookRels, workbook };

    // 4. Shared strings, streamed.
    const ssRel = workbookRels.find((r) => isRel(r, 'sharedStrings') && !r.external);
    const ssName = ssRel ? names.get(resolveTarget(workbookPath, ssRel.target).toLowerCase()) : undefined;
    const strings = ssName ? await readSharedStrings(z.file(ssName)!, o.maxSheetXml) : [];

    // 5. Grids, one sheet at a time.
    const state: LoadState = { o, cells: 0, merges: 0, slots: 0, warnings: [], expandedCells: 0 };
    const formulas = o.formulas ? new Map<string, Map<string, string>>() : undefined;
    const sheets: SheetGrid[] = [];
    for (const s of workbook.sheets) {
      const rel = workbookRels.find((r) => r.id === s.relId);
      if (!s.path) {
        if (rel && !isRel(rel, 'worksheet')) continue; // a chart sheet or dialog sheet: no cells
        throw damaged(new Error(`sheet "${s.name}" has no part`));
      }
      const actual = names.get(s.path.toLowerCase());
      const file = actual ? z.file(actual) : null;
      if (!file) throw damaged(new Error(`sheet "${s.name}": part ${s.path} is missing`));
      const reader = new SheetReader(s.name, strings, state, workbook.date1904, !!formulas);
      await parsePartStream(file, o.maxSheetXml, reader);
      const grid = reader.finish();
      if (workbook.date1904) grid.date1904 = true;
      sheets.push(grid);
      formulas?.set(s.name, reader.formulas);
    }
    return { sheets, warnings: state.warnings, package: pkg, formulas, expandedCells: state.expandedCells };
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    if (e instanceof ZipGuardError) throw refusal(e);
    throw damaged(e);
  }
}

function damaged(e: unknown): XlsxError {
  if (e instanceof XlsxError) return e;
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);
  return new XlsxError({
    // The library's own words (English, technical) stay out of the Vietnamese sentence.
    vi: 'Tệp .xlsx bị hỏng, không đọc được. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.',
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
        vi: `Tệp chứa quá nhiều thành phần (${formatCount(p.count, 'vi')}): không phải một bảng tính bình thường, từ chối.`,
        en: `The file holds too many parts (${formatCount(p.count, 'en')}): not an ordinary workbook, refused.`,
      });
    case 'entryTooLarge':
      return new XlsxError({
        vi: `${cap(part(p.name, 'vi'))} khi giải nén quá lớn (${formatSize(p.size, 'vi')}, giới hạn ${formatSize(p.limit, 'vi')}): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `${cap(part(p.name, 'en'))} is too large once inflated (${formatSize(p.size, 'en')}, limit ${formatSize(p.limit, 'en')}): refused (possibly a zip bomb).`,
      });
    case 'totalTooLarge':
      return new XlsxError({
        vi: `Tệp khi giải nén quá lớn (${formatSize(p.size, 'vi')}, giới hạn ${formatSize(p.limit, 'vi')}): từ chối để bảo vệ máy (có thể là "bom zip").`,
        en: `The file is too large once inflated (${formatSize(p.size, 'en')}, limit ${formatSize(p.limit, 'en')}): refused (possibly a zip bomb).`,
      });
    case 'inflatesBeyondDeclared':
      return new XlsxError({
        vi: `${cap(part(p.name, 'vi'))} giải nén ra nhiều hơn kích thước khai báo (${formatSize(p.declared, 'vi')}): tệp hỏng hoặc là "bom zip", từ chối.`,
        en: `${cap(part(p.name, 'en'))} inflates beyond its declared size (${formatSize(p.declared, 'en')}): damaged or a zip bomb, refused.`,
      });
  }
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Worksheet part path -> sheet name, from the workbook part and its relationships (both small and bounded). */
async function readSheetNames(zip: JSZip, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const text = async (name: string): Promise<string> => {
    const entry = entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const file = entry ? zip.file(entry.name) : null;
    if (!entry || !file) return '';
    const { data } = await inflateBounded(file, Math.min(entry.uncompressedSize, SMALL_PART), true);
    return new TextDecoder('utf-8').decode(data!);
  };
  const names = new Map<string, string>();
  const wb = parseWorkbook('xl/workbook.xml', await text('xl/workbook.xml'), parseRels(await text('xl/_rels/workbook.xml.rels')));
  for (const s of wb.sheets)
    if (s.path) names.set(entries.find((e) => e.name.toLowerCase() === s.path!.toLowerCase())?.name ?? s.path, s.name);
  return names;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared strings

async function readSharedStrings(file: JSZip.JSZipObject, limit: number): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let depthRph = 0;
  let inT = false;
  let text = '';
  await parsePartStream(file, limit, {
    open(_tag, name) {
      if (name === 'si') {
        inSi = true;
        text = '';
      } else if (name === 'rPh') depthRph++;
      else if (name === 't' && inSi && depthRph === 0) inT = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(decodeCellText(text));
        inSi = false;
      } else if (name === 'rPh') depthRph--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT) text += t;
    },
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// One worksheet -> SheetGrid

interface LoadState {
  o: Limits & LoadOptions;
  cells: number;
  merges: number;
  slots: number;
  warnings: Text[];
  expandedCells: number;
}

interface Pending {
  row: number;
  col: number;
  formula: string | null; // null: a shared formula whose master is resolved at the end
  si: string | null;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const problem = cellProblem;

/** "AB12" -> [row, col] (0-based), or null when it is not a cell reference inside Excel's grid. */
function parseRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (ref.charCodeAt(0) === 36) i++; // $
  const colStart = i;
  for (; i < n; i++) {
    let ch = ref.charCodeAt(i);
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === colStart || i - colStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + ch - 48;
  }
  if (i === rowStart || i - rowStart > 7 || row < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return [row - 1, col - 1];
}

/** "A1:B2" or "A1" -> a range, or null. */
function parseRange(ref: string): CellRange | null {
  const [a, b = a, extra] = ref.trim().split(':');
  if (extra !== undefined) return null;
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** Cells covered by a space-separated list of ranges (whole columns and rows included); malformed parts count 0. */
function sqrefCells(sqref: string): number {
  let n = 0;
  for (const part of sqref.trim().split(/\s+/)) {
    const r = parseRange(part);
    if (r) n += (r.bottom - r.top + 1) * (r.right - r.left + 1);
    else if (/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/i.test(part)) n += MAX_ROW * 16;
    else if (/^\$?\d+:\$?\d+$/.test(part)) n += MAX_COL;
  }
  return n;
}

class SheetReader {
  readonly values: CellValue[][] = [];
  readonly formulas = new Map<string, string>();
  private readonly rawMerges: CellRange[] = [];
  private readonly pending: Pending[] = [];
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();
  private row = -1;
  private col = -1;
  // The cell being read.
  private inCell = false;
  private type = 'n';
  private v: string | null = null;
  private f: string | null = null;
  private fShared: string | null = null; // si of a shared formula
  private inline: string | null = null;
  private capture: 'v' | 'f' | 't' | null = null;
  private inIs = false;
  private rph = 0;
  private sheetData = false;

  constructor(
    readonly name: string,
    private readonly strings: readonly string[],
    private readonly state: LoadState,
    private readonly date1904: boolean,
    private readonly keepFormulas: boolean,
  ) {}

  private refuse(vi: string, en: string): never {
    throw new XlsxError({ vi: `Trang "${this.name}": ${vi}`, en: `Sheet "${this.name}": ${en}` });
  }

  open = (tag: SaxesTagPlain, name: string): void => {
    switch (name) {
      case 'sheetData':
        this.sheetData = true;
        return;
      case 'row': {
        if (!this.sheetData) return;
        const r = attr(tag, 'r');
        const row = r === undefined ? this.row + 1 : Number(r) - 1;
        if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW)
          this.refuse(`dòng "${r}" không hợp lệ: tệp hỏng.`, `row "${r}" is not valid: the file is damaged.`);
        this.row = row;
        this.col = -1;
        return;
      }
      case 'c': {
        if (!this.sheetData) return;
        const r = attr(tag, 'r');
        if (r !== undefined) {
          const ref = parseRef(r);
          if (!ref)
            this.refuse(
              `ô có địa chỉ "${r}" không hợp lệ: tệp hỏng.`,
              `a cell has the address "${r}", which is not valid: the file is damaged.`,
            );
          this.row = ref[0];
          this.col = ref[1];
        } else {
          if (this.row < 0) this.row = 0;
          this.col++;
          if (this.col >= MAX_COL) this.refuse('dòng có quá nhiều ô: tệp hỏng.', 'a row has too many cells: the file is damaged.');
        }
        this.inCell = true;
        this.type = attr(tag, 't') ?? 'n';
        this.v = null;
        this.f = null;
        this.fShared = null;
        this.inline = null;
        return;
      }
      case 'v':
        if (this.inCell) {
          this.capture = 'v';
          this.v = '';
        }
        return;
      case 'f':
        if (this.inCell) {
          this.capture = 'f';
          this.f = '';
          if (attr(tag, 't') === 'shared') {
            this.fShared = attr(tag, 'si') ?? null;
          }
        }
        return;
      case 'is':
        if (this.inCell) {
          this.inIs = true;
          this.inline = '';
        }
        return;
      case 'rPh':
        this.rph++;
        return;
      case 't':
        if (this.inIs && this.rph === 0) this.capture = 't';
        return;
      case 'mergeCell': {
        const ref = attr(tag, 'ref') ?? '';
        const range = parseRange(ref);
        if (!range)
          this.refuse(
            `vùng gộp ô "${ref}" không hợp lệ: tệp hỏng, từ chối.`,
            `the merged range "${ref}" is not valid: the file is damaged, refused.`,
          );
        this.state.expandedCells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
        this.rawMerges.push(range);
        return;
      }
      case 'dataValidation':
      case 'conditionalFormatting':
        this.state.expandedCells += sqrefCells(attr(tag, 'sqref') ?? '');
        return;
    }
  };

  text = (t: string): void => {
    switch (this.capture) {
      case 'v':
        this.v += t;
        return;
      case 'f':
        this.f += t;
        return;
      case 't':
        this.inline += t;
        return;
    }
  };

  close = (name: string): void => {
    switch (name) {
      case 'sheetData':
        this.sheetData = false;
        return;
      case 'v':
      case 'f':
      case 't':
        if (this.capture === (name === 't' ? 't' : name)) this.capture = null;
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'rPh':
        this.rph--;
        return;
      case 'c':
        if (this.inCell) this.endCell();
        this.inCell = false;
        return;
    }
  };

  private endCell(): void {
    const { row, col } = this;
    let value: CellValue = null;
    let formula = this.f;
    if (formula !== null && this.fShared !== null) {
      if (formula.trim()) this.shared.set(this.fShared, { formula, row, col });
      else formula = null; // a follower of a shared formula: its text comes from the master
    }
    if (this.keepFormulas && (formula || this.fShared !== null)) this.noteFormula(row, col, formula);
    const v = this.v;
    const hasFormula = this.f !== null;
    switch (this.type) {
      case 's': {
        if (v === null || v.trim() === '') break;
        const i = Number(v);
        value = Number.isInteger(i) && i >= 0 && i < this.strings.length ? this.strings[i] : problem('unreadable', v);
        break;
      }
      case 'inlineStr':
        if (this.inline !== null) value = decodeCellText(this.inline);
        else if (v !== null) value = decodeCellText(v);
        break;
      case 'str':
        if (v !== null) value = decodeCellText(v);
        break;
      case 'b':
        if (v === null || v === '') break;
        value = v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : problem('notANumber', v);
        break;
      case 'e':
        if (v !== null && v !== '') value = v;
        break;
      case 'd':
        if (v === null || v === '') break;
        value = this.dateSerial(v);
        break;
      default:
        if (v === null || v === '') break;
        value = NUMBER.test(v) && Number.isFinite(Number(v)) ? Number(v) : problem('notANumber', v);
    }
    if (value === null && hasFormula && (v === null || v === '') && this.type !== 'e') {
      // A formula saved without its result: computed at the end when it is plain arithmetic.
      this.pending.push({ row, col, formula, si: formula === null ? this.fShared : null });
      return;
    }
    if (value !== null) this.put(row, col, value);
  }

  private noteFormula(row: number, col: number, formula: string | null): void {
    let text = formula;
    if (text === null && this.fShared !== null) {
      const m = this.shared.get(this.fShared);
      text = m ? shiftFormula(m.formula, row - m.row, col - m.col) : null;
    }
    if (text) this.formulas.set(`${row},${col}`, text.replace(/^=/, ''));
  }

  private dateSerial(v: string): CellValue {
    const m = ISO_DATE.exec(v.trim());
    if (!m) return problem('notANumber', v);
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
    if (!Number.isFinite(ms)) return problem('notANumber', v);
    return Math.round(((ms - (this.date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS) * 1e9) / 1e9;
  }

  private put(row: number, col: number, value: CellValue): void {
    const { o } = this.state;
    if (row >= o.maxRows) {
      throw new XlsxError({
        vi: `Trang "${this.name}" có quá nhiều dòng (dòng ${formatCount(row + 1, 'vi')}, giới hạn ${formatCount(o.maxRows, 'vi')}): từ chối.`,
        en: `Sheet "${this.name}" has too many rows (row ${formatCount(row + 1, 'en')}, limit ${formatCount(o.maxRows, 'en')}): refused.`,
      });
    }
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) {
      value = value.slice(0, MAX_CELL_CHARS);
      const at = cellAddress(row, col);
      this.state.warnings.push({
        vi: `Ô ${at} trang "${this.name}" dài quá ${MAX_CELL_CHARS} ký tự: phần thừa bị cắt.`,
        en: `Cell ${at} on sheet "${this.name}" is longer than ${MAX_CELL_CHARS} characters: the rest is cut.`,
      });
    }
    const values = this.values;
    while (values.length <= row) values.push([]);
    const line = values[row];
    if (col >= line.length) {
      this.state.slots += col + 1 - line.length;
      if (this.state.slots > o.maxSlots) {
        this.refuse(
          `dữ liệu trải quá rộng (hơn ${formatCount(o.maxSlots, 'vi')} ô tính cả ô trống xen giữa, đến ô ${cellAddress(row, col)}): từ chối để bảo vệ máy.`,
          `the data spreads too wide (over ${formatCount(o.maxSlots, 'en')} cells counting the blanks between, reached at ${cellAddress(row, col)}): refused.`,
        );
      }
      while (line.length < col) line.push(null);
      line.push(value);
    } else {
      if (line[col] === null) this.count();
      line[col] = value;
      return;
    }
    this.count();
  }

  private count(): void {
    const { o } = this.state;
    if (++this.state.cells > o.maxCells) {
      throw new XlsxError({
        vi: `Sổ tính có quá nhiều ô dữ liệu (hơn ${formatCount(o.maxCells, 'vi')}), đến trang "${this.name}": từ chối để bảo vệ máy.`,
        en: `The workbook has too many cells with data (over ${formatCount(o.maxCells, 'en')}), reached on sheet "${this.name}": refused.`,
      });
    }
  }

  /** The grid: formulas without a saved result computed (or marked), merges clipped to the cells in use. */
  finish(): SheetGrid {
    this.computePending();
    const rows = this.values.length;
    let cols = 0;
    for (const line of this.values) if (line.length > cols) cols = line.length;
    const merges: CellRange[] = [];
    for (const m of this.rawMerges) {
      // Only a merge's top-left cell holds a value: a merge that starts outside the cells in use holds nothing.
      if (m.top >= rows || m.left >= cols) continue;
      merges.push({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, cols - 1) });
    }
    this.state.merges += merges.length;
    if (this.state.merges > this.state.o.maxMerges) {
      const { o } = this.state;
      this.refuse(
        `có quá nhiều vùng gộp ô (hơn ${formatCount(o.maxMerges, 'vi')} trong sổ): từ chối để bảo vệ máy.`,
        `too many merged ranges (over ${formatCount(o.maxMerges, 'en')} in the workbook): refused.`,
      );
    }
    return { name: this.name, values: this.values, merges };
  }

  private computePending(): void {
    if (!this.pending.length) return;
    const byCell = new Map<string, Pending>();
    for (const p of this.pending) {
      if (p.formula === null && p.si !== null) {
        const m = this.shared.get(p.si);
        p.formula = m ? shiftFormula(m.formula, p.row - m.row, p.col - m.col) : null;
      }
      byCell.set(`${p.row},${p.col}`, p);
    }
    const done = new Map<string, number | null>();
    const visiting = new Set<string>();
    const valueOf = (row: number, col: number, depth: number): number => {
      const key = `${row},${col}`;
      const p = byCell.get(key);
      if (!p) {
        const v = this.values[row]?.[col] ?? null;
        if (v === null || v === '') return 0;
        if (typeof v === 'number') return v;
        throw new FormulaUnsupported(key);
      }
      if (done.has(key)) {
        const n = done.get(key);
        if (n == null) throw new FormulaUnsupported(key);
        return n;
      }
      if (visiting.has(key) || depth > 500 || p.formula === null) throw new FormulaUnsupported(key);
      visiting.add(key);
      let n: number | null = null;
      try {
        n = evaluateFormula(p.formula, (ref) => valueOf(ref.row, ref.col, depth + 1));
      } catch (e) {
        if (!(e instanceof FormulaUnsupported)) throw e;
      }
      visiting.delete(key);
      done.set(key, n);
      if (n === null) throw new FormulaUnsupported(key);
      return n;
    };
    for (const p of this.pending) {
      let n: number | null = null;
      try {
        n = valueOf(p.row, p.col, 0);
      } catch (e) {
        if (!(e instanceof FormulaUnsupported)) throw e;
      }
      this.put(p.row, p.col, n ?? problem('noCachedValue', `=${(p.formula ?? '…').replace(/^=/, '')}`));
    }
  }
}
