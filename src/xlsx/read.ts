// Loads an .xlsx into plain grids, defensively: the file is untrusted (it arrives by email). The container is checked
// from its central directory before anything is inflated (src/zip/guard.ts: entry count, one name per entry,
// declared sizes); then each part the reader needs is inflated once, as a stream, measured as it comes (never past
// its declared size or its bound) and parsed in the same pass (saxes), building the grids directly — nothing is ever
// expanded cell by cell from a range (a merge over a whole sheet is four numbers, clipped to the cells in use; data
// validations and conditional formats are not read at all). Row, cell, merge, width and attribute bounds apply
// while parsing. What readers could read two ways is refused, naming the sheet and cell: a cell or row written twice
// or out of order, a second sheetData, a cell of a foreign namespace, two parts or two sheets of one name. Every
// refusal is a BxtdError (`file.*`) naming the part or sheet. No file system and no Node API here: callers read the
// bytes (Node or browser), and a host may install a native DEFLATE (src/zip/archive.ts useCodec).

import type { SaxesTagPlain } from 'saxes';
import { BxtdError, isBxtdError, type ErrorCode } from '../domain/errors';
import { formatCount, formatSize } from '../domain/format';
import type { Text } from '../domain/model';
import { evaluateFormula, isFormulaUnsupported, formulaUnsupported, shiftFormula } from '../workbook/formula';
import { cellAddress, cellProblem, type CellRange, type CellValue, type SheetGrid } from '../workbook/grid';
import { ZipArchive } from '../zip/archive';
import { checkDeclaredSizes, renamed, zipProblemOf, type PartNamer, type ZipEntry } from '../zip/guard';
import { isRel, parseRels, parseWorkbook, relsPathOf, resolveTarget, type Relationship, type WorkbookInfo } from './package';
import { attr, decodeCellText, NS, parsePart, parseXml, partLabel, partText, type KeptText, type SaxHandlers } from './xml';

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
  archive: ZipArchive;
  workbookPath: string;
  workbookRels: Relationship[];
  workbook: WorkbookInfo;
  /** The bound on each part's inflated size (the loader's limits): the writer reads parts within it too. */
  maxEntry: (name: string) => number;
  /**
   * The text of the (smaller) parts already read, by actual name: the writer edits them without inflating them
   * again. A sheet's is kept as the bytes the parser checked, and decoded when first asked for (see KeptText).
   */
  texts: Map<string, KeptText>;
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
/** Parts kept as text for the writer: each up to this size, all together up to KEEP_TOTAL characters. */
const KEEP_PART = 4 * MB;
const KEEP_TOTAL = 16 * MB;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A refusal of the file as a whole (not a located problem). */
function refusal(code: ErrorCode, text: Text, where: { part?: string; sheet?: string } = {}): BxtdError {
  return new BxtdError(code, text, where);
}

const notWorkbook = () =>
  refusal('file.notXlsx', {
    vi: 'Tệp không phải là bảng tính Excel .xlsx (trong tệp nén không có xl/workbook.xml).',
    en: 'The file is not an Excel .xlsx workbook (the archive has no xl/workbook.xml).',
  });

export async function loadXlsx(data: Uint8Array | ArrayBuffer, opts: LoadOptions = {}): Promise<LoadedXlsx> {
  const o: Limits & LoadOptions = { ...DEFAULTS, ...opts };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);

  if (bytes.byteLength > o.maxBytes) {
    throw refusal('file.tooLarge', {
      vi: `Tệp quá lớn (${formatSize(bytes.byteLength, 'vi')}); giới hạn là ${formatSize(o.maxBytes, 'vi')}.`,
      en: `The file is too large (${formatSize(bytes.byteLength, 'en')}); the limit is ${formatSize(o.maxBytes, 'en')}.`,
    });
  }
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refusal('file.notXlsx', {
      vi: 'Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu: hãy mở bằng Excel và lưu lại dạng .xlsx, không mật khẩu.',
      en: 'The file is in the old Excel format (.xls) or password-protected: open it in Excel and save it as .xlsx without a password.',
    });
  }

  // 1. The container, from its central directory: nothing is inflated yet.
  const archive = ZipArchive.open(bytes);
  const entries = archive.entries;
  if (!archive.entry('xl/workbook.xml') && !archive.entry('_rels/.rels')) throw notWorkbook();
  const isSheetPart = (name: string) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(name);
  const maxEntry = (name: string) => (isSheetPart(name) ? o.maxSheetXml : /^xl\/media\//i.test(name) ? o.maxBytes : SMALL_PART);
  // Parts are named with their sheet once workbook.xml is read.
  const sheetOfPart = new Map<string, string>();
  const namePart: PartNamer = (part, lang) => {
    const sheet = sheetOfPart.get(part.toLowerCase());
    if (sheet) return lang === 'vi' ? `trang "${sheet}" (${part})` : `sheet "${sheet}" (${part})`;
    return lang === 'vi' ? `phần ${part}` : `part ${part}`;
  };
  const located = (e: unknown): unknown => {
    const p = zipProblemOf(e);
    if (!p || !isBxtdError(e)) return e;
    const sheet = 'name' in p ? sheetOfPart.get(p.name.toLowerCase()) : undefined;
    return renamed(e, namePart, sheet ? { sheet } : {});
  };

  // 2. Declared sizes (a bomb declares huge ones); the real sizes are measured as each part is read.
  try {
    checkDeclaredSizes(entries, { maxTotal: o.maxUncompressed, maxEntry });
  } catch (e) {
    await readSheetNames(archive, sheetOfPart).catch(() => undefined);
    throw located(e);
  }

  try {
    // 3. The package's content types (every Office program needs them: a package whose list is missing or damaged
    //    is refused), then the workbook part, its sheets and settings.
    const texts = new Map<string, KeptText>();
    let kept = 0; // characters (or bytes) of texts kept
    const keep = (size: number) => size <= KEEP_PART && kept + size <= KEEP_TOTAL;
    const remember = (name: string, text: KeptText | null, size = typeof text === 'string' ? text.length : 0) => {
      const entry = archive.entry(name);
      if (text === null || !entry || !keep(size)) return;
      texts.set(entry.name, text);
      kept += size;
    };
    const small = async (name: string): Promise<string> => {
      const text = await partText(archive, name, SMALL_PART);
      remember(name, text);
      return text ?? '';
    };
    const contentTypes = await partText(archive, '[Content_Types].xml', SMALL_PART);
    remember('[Content_Types].xml', contentTypes);
    if (contentTypes === null) throw notWorkbook();
    parseXml(contentTypes, {}, { label: partLabel('[Content_Types].xml'), namespaces: NS.contentTypes });
    const rootRels = parseRels(await small('_rels/.rels'), '_rels/.rels');
    const main = rootRels.find((r) => isRel(r, 'officeDocument') && !r.external);
    const workbookPath = main ? resolveTarget('', main.target) : 'xl/workbook.xml';
    const workbookXml = await small(workbookPath);
    if (!workbookXml) throw notWorkbook();
    const workbookRelsPath = relsPathOf(workbookPath);
    const workbookRels = parseRels(await small(workbookRelsPath), workbookRelsPath);
    const workbook = parseWorkbook(workbookPath, workbookXml, workbookRels);
    for (const s of workbook.sheets) if (s.path) sheetOfPart.set(s.path.toLowerCase(), s.name);
    const pkg: XlsxPackage = { bytes, archive, workbookPath, workbookRels, workbook, maxEntry, texts };

    // 4. Shared strings, streamed.
    const ssRel = workbookRels.find((r) => isRel(r, 'sharedStrings') && !r.external);
    const ssEntry = ssRel ? archive.entry(resolveTarget(workbookPath, ssRel.target)) : undefined;
    const strings = ssEntry ? await readSharedStrings(archive, ssEntry, o.maxSheetXml) : [];

    // 5. Grids, one sheet at a time.
    const state: LoadState = { o, cells: 0, merges: 0, slots: 0, warnings: [], expandedCells: 0 };
    const formulas = o.formulas ? new Map<string, Map<string, string>>() : undefined;
    const sheets: SheetGrid[] = [];
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    for (const s of workbook.sheets) {
      const rel = byId.get(s.relId);
      if (!s.path) {
        if (rel && !isRel(rel, 'worksheet')) continue; // a chart sheet or dialog sheet: no cells
        throw damagedPackage(
          { vi: `trang "${s.name}" không có phần dữ liệu`, en: `sheet "${s.name}" has no part` },
          { sheet: s.name, part: workbookPath },
        );
      }
      const entry = archive.entry(s.path);
      if (!entry) {
        throw damagedPackage(
          { vi: `trang "${s.name}": thiếu phần ${s.path}`, en: `sheet "${s.name}": the part ${s.path} is missing` },
          { sheet: s.name, part: s.path },
        );
      }
      const reader = new SheetReader(s.name, strings, state, workbook, !!formulas);
      const text = await parsePart(archive, entry, o.maxSheetXml, reader, {
        label: partLabel(entry.name, s.name),
        namespaces: NS.main,
        keep: keep(entry.uncompressedSize),
      });
      remember(entry.name, text, entry.uncompressedSize);
      const grid = reader.finish();
      if (workbook.date1904) grid.date1904 = true;
      sheets.push(grid);
      formulas?.set(s.name, reader.formulas);
    }
    return { sheets, warnings: state.warnings, package: pkg, formulas, expandedCells: state.expandedCells };
  } catch (e) {
    throw located(e);
  }
}

function damagedPackage(what: Text, where: { sheet?: string; part?: string }): BxtdError {
  return refusal(
    'file.damaged',
    {
      vi: `Tệp .xlsx bị hỏng, không đọc được (${what.vi}). Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
      en: `The .xlsx file is damaged and cannot be read (${what.en}). Open it in Excel, save it again and retry.`,
    },
    where,
  );
}

/** Worksheet part (lower case) -> sheet name, from the workbook part and its relationships (both small and bounded). */
async function readSheetNames(archive: ZipArchive, into: Map<string, string>): Promise<void> {
  const text = async (name: string) => (await partText(archive, name, SMALL_PART)) ?? '';
  const wb = parseWorkbook('xl/workbook.xml', await text('xl/workbook.xml'), parseRels(await text('xl/_rels/workbook.xml.rels')));
  for (const s of wb.sheets) if (s.path) into.set(s.path.toLowerCase(), s.name);
}

// ---------------------------------------------------------------------------------------------------------------
// Shared strings

async function readSharedStrings(archive: ZipArchive, entry: ZipEntry, limit: number): Promise<string[]> {
  const out: string[] = [];
  const label = partLabel(entry.name);
  let inSi = false;
  let depthRph = 0;
  let inT = false;
  let text = '';
  await parsePart(
    archive,
    entry,
    limit,
    {
      open(tag, name, ours) {
        if (!ours) {
          // A foreign element inside a string item would change which text an index names.
          if (inSi) throw foreignElement(label.text, tag.name, label.where);
          return;
        }
        if (name === 'si') {
          inSi = true;
          text = '';
        } else if (name === 'rPh') depthRph++;
        else if (name === 't' && inSi && depthRph === 0) inT = true;
      },
      close(name, ours) {
        if (!ours) return;
        if (name === 'si') {
          out.push(decodeCellText(text));
          inSi = false;
        } else if (name === 'rPh') depthRph--;
        else if (name === 't') inT = false;
      },
      text(t) {
        if (inT) text += t;
      },
    },
    { label, namespaces: NS.main },
  );
  return out;
}

function foreignElement(label: Text, element: string, where: { part?: string; sheet?: string | null }, cell?: string): BxtdError {
  const at = cell ? { vi: ` ở ô ${cell}`, en: ` at cell ${cell}` } : { vi: '', en: '' };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return new BxtdError(
    'file.damaged',
    {
      vi: `${cap(label.vi)} có phần tử <${element}> thuộc không gian tên lạ${at.vi}, nơi chỉ có ô của bảng tính: không rõ đó có phải là ô hay không, từ chối. Hãy mở bằng Excel, lưu lại rồi thử lần nữa.`,
      en: `${cap(label.en)} has an element <${element}> of a foreign namespace${at.en}, where only the sheet's cells belong: whether it is a cell is unclear, refused. Open the file in Excel, save it again and retry.`,
    },
    { ...where, cell: cell ?? null },
  );
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
  /** The workbook asks for a full recalculation on load: the saved result (if any) may be stale. */
  stale: boolean;
}

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * A number cell's `<v>`: a decimal number (NUMBER), else a problem. The fast path answers as NUMBER does for text
 * that starts with a digit, sign or point and is no hexadecimal, binary or octal literal (which Number() would take).
 */
function numberOf(v: string): CellValue {
  const c0 = v.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46) {
    const c1 = v.charCodeAt(1) | 32;
    if (c1 !== 120 && c1 !== 98 && c1 !== 111) {
      const n = +v;
      if (n - n === 0) return n; // finite
    }
  }
  return NUMBER.test(v) && Number.isFinite(Number(v)) ? Number(v) : problem('notANumber', v);
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Excel counts 1900 as a leap year (serial 60 is 29 February 1900): before 1 March 1900, serials are one less. */
const FAKE_LEAP_DAY = Date.UTC(1900, 2, 1);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const problem = cellProblem;

/** The cell reference parsed last by scanRef (0-based): module state, so that reading a cell allocates nothing. */
let refRow = 0;
let refCol = 0;

/** Parses "AB12" into refRow/refCol (0-based); false when it is not a cell reference inside Excel's grid. */
function scanRef(ref: string): boolean {
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
  if (i === colStart || i - colStart > 3) return false;
  if (ref.charCodeAt(i) === 36) i++;
  const rowStart = i;
  let row = 0;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
    row = row * 10 + ch - 48;
  }
  if (i === rowStart || i - rowStart > 7 || row < 1 || row > MAX_ROW || col > MAX_COL) return false;
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** "AB12" -> [row, col] (0-based), or null when it is not a cell reference inside Excel's grid. */
function parseRef(ref: string): [number, number] | null {
  return scanRef(ref) ? [refRow, refCol] : null;
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

/** Where the reader is inside a worksheet's sheetData (the elements it reads; anything else is skipped whole). */
const enum At {
  Outside, // not in sheetData
  SheetData,
  Row,
  Cell,
  Inline, // <is>
  Run, // <r> inside <is>
}

class SheetReader implements SaxHandlers {
  readonly values: CellValue[][] = [];
  readonly formulas = new Map<string, string>();
  private readonly rawMerges: CellRange[] = [];
  private readonly pending: Pending[] = [];
  private readonly shared = new Map<string, { formula: string; row: number; col: number }>();
  private readonly recalc: boolean;
  private readonly date1904: boolean;
  private at = At.Outside;
  /** Depth inside a subtree being skipped (an extension list, phonetic runs, run properties); 0: none. */
  private skip = 0;
  private sheetDataSeen = false;
  private row = -1; // the row being read (0-based)
  private col = -1; // the last cell's column in that row, -1 before the first
  // The cell being read.
  private type = 'n';
  private v: string | null = null;
  private f: string | null = null;
  private fShared: string | null = null; // si of a shared formula
  private inline: string | null = null;
  private capture: 'v' | 'f' | 't' | null = null;
  private readonly label: Text;

  constructor(
    readonly name: string,
    private readonly strings: readonly string[],
    private readonly state: LoadState,
    workbook: WorkbookInfo,
    private readonly keepFormulas: boolean,
  ) {
    this.recalc = workbook.fullCalcOnLoad;
    this.date1904 = workbook.date1904;
    this.label = { vi: `Trang "${name}"`, en: `Sheet "${name}"` };
  }

  private refuse(vi: string, en: string, cell: string | null = null, code: ErrorCode = 'file.damaged'): never {
    throw new BxtdError(code, { vi: `Trang "${this.name}": ${vi}`, en: `Sheet "${this.name}": ${en}` }, { sheet: this.name, cell });
  }

  /** An element of a foreign namespace among the cells. */
  private foreign(tag: SaxesTagPlain): never {
    const r = attr(tag, 'r');
    const ref = r !== undefined ? parseRef(r) : null;
    const cell = ref ? cellAddress(ref[0], ref[1]) : this.row >= 0 ? cellAddress(this.row, this.col + 1) : undefined;
    throw foreignElement(this.label, tag.name, { sheet: this.name }, cell);
  }

  open = (tag: SaxesTagPlain, name: string, ours: boolean): void => {
    if (this.skip) {
      this.skip++;
      return;
    }
    switch (this.at) {
      case At.Outside:
        if (ours) this.openOutside(tag, name);
        return;
      case At.SheetData:
        if (!ours) this.foreign(tag);
        if (name === 'row') this.openRow(tag);
        else this.skip = 1;
        return;
      case At.Row:
        if (!ours) this.foreign(tag);
        if (name === 'c') this.openCell(tag);
        else this.skip = 1;
        return;
      case At.Cell:
        if (!ours) this.foreign(tag);
        if (name === 'v') {
          this.capture = 'v';
          this.v = '';
        } else if (name === 'f') {
          this.capture = 'f';
          this.f = '';
          if (attr(tag, 't') === 'shared') this.fShared = attr(tag, 'si') ?? null;
        } else if (name === 'is') {
          this.at = At.Inline;
          this.inline = '';
        } else this.skip = 1;
        return;
      case At.Inline:
      case At.Run:
        if (!ours) this.foreign(tag);
        if (name === 't') this.capture = 't';
        else if (name === 'r' && this.at === At.Inline) this.at = At.Run;
        else this.skip = 1; // phonetic runs (rPh), run properties
        return;
    }
  };

  private openOutside(tag: SaxesTagPlain, name: string): void {
    switch (name) {
      case 'sheetData':
        // A second sheetData: which one holds the cells is unclear.
        if (this.sheetDataSeen)
          this.refuse(
            'có hai phần dữ liệu ô (sheetData): tệp hỏng, từ chối.',
            'it has two cell data sections (sheetData): the file is damaged, refused.',
          );
        this.sheetDataSeen = true;
        this.at = At.SheetData;
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
  }

  private openRow(tag: SaxesTagPlain): void {
    const r = attr(tag, 'r');
    const row = r === undefined ? this.row + 1 : Number(r) - 1;
    if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW)
      this.refuse(`dòng "${r}" không hợp lệ: tệp hỏng.`, `row "${r}" is not valid: the file is damaged.`);
    if (row <= this.row) {
      const twice = row === this.row;
      this.refuse(
        twice
          ? `dòng ${row + 1} được ghi hai lần: không rõ lần nào đúng, tệp hỏng, từ chối.`
          : `dòng ${row + 1} đứng sau dòng ${this.row + 1}: các dòng không theo thứ tự, tệp hỏng, từ chối.`,
        twice
          ? `row ${row + 1} is written twice: which one holds is unclear, the file is damaged, refused.`
          : `row ${row + 1} comes after row ${this.row + 1}: the rows are out of order, the file is damaged, refused.`,
        `${row + 1}:${row + 1}`,
      );
    }
    this.row = row;
    this.col = -1;
    this.at = At.Row;
  }

  private openCell(tag: SaxesTagPlain): void {
    const attrs = tag.attributes as Record<string, string | undefined>;
    const r = attrs.r;
    let col: number;
    if (r !== undefined) {
      if (!scanRef(r))
        this.refuse(
          `ô có địa chỉ "${r}" không hợp lệ: tệp hỏng.`,
          `a cell has the address "${r}", which is not valid: the file is damaged.`,
        );
      if (refRow !== this.row) {
        const at = cellAddress(refRow, refCol);
        this.refuse(
          `ô ${at} được ghi trong dòng ${this.row + 1}: không rõ ô thuộc dòng nào, tệp hỏng, từ chối.`,
          `cell ${at} is written inside row ${this.row + 1}: which row it belongs to is unclear, the file is damaged, refused.`,
          at,
        );
      }
      col = refCol;
    } else {
      col = this.col + 1;
      if (col >= MAX_COL) this.refuse('dòng có quá nhiều ô: tệp hỏng.', 'a row has too many cells: the file is damaged.');
    }
    if (col <= this.col) {
      const at = cellAddress(this.row, col);
      const twice = col === this.col;
      this.refuse(
        twice
          ? `ô ${at} được ghi hai lần: không rõ giá trị nào đúng, tệp hỏng, từ chối.`
          : `ô ${at} đứng sau ô ${cellAddress(this.row, this.col)}: các ô không theo thứ tự, tệp hỏng, từ chối.`,
        twice
          ? `cell ${at} is written twice: which value holds is unclear, the file is damaged, refused.`
          : `cell ${at} comes after cell ${cellAddress(this.row, this.col)}: the cells are out of order, the file is damaged, refused.`,
        at,
      );
    }
    this.col = col;
    this.at = At.Cell;
    this.type = attrs.t ?? 'n';
    this.v = null;
    this.f = null;
    this.fShared = null;
    this.inline = null;
  }

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
    if (this.skip) {
      this.skip--;
      return;
    }
    switch (this.at) {
      case At.Outside:
        return;
      case At.SheetData:
        if (name === 'sheetData') this.at = At.Outside;
        return;
      case At.Row:
        if (name === 'row') this.at = At.SheetData;
        return;
      case At.Cell:
        if (name === 'c') {
          this.endCell();
          this.at = At.Row;
        } else this.capture = null; // </v>, </f>
        return;
      case At.Inline:
        if (name === 'is') this.at = At.Cell;
        else this.capture = null; // </t>
        return;
      case At.Run:
        if (name === 'r') this.at = At.Inline;
        else this.capture = null; // </t>
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
        value = numberOf(v);
    }
    if (hasFormula) {
      const numeric = this.type === 'n' || this.type === 'b' || this.type === 'd';
      // A formula saved without its result, or whose number may be stale (the workbook asks for every formula to be
      // calculated again when opened): computed at the end when it is plain arithmetic.
      const stale = this.recalc && numeric;
      if (stale || (value === null && (v === null || v === '') && this.type !== 'e')) {
        this.pending.push({ row, col, formula, si: formula === null ? this.fShared : null, stale });
        return;
      }
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

  /** A `t="d"` cell (ISO 8601 text) as the serial number Excel shows for it. */
  private dateSerial(v: string): CellValue {
    const m = ISO_DATE.exec(v.trim());
    if (!m) return problem('notANumber', v);
    const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
    if (!Number.isFinite(ms)) return problem('notANumber', v);
    // Before 1 March 1900 the 1900 system is one day short of a plain day count (Excel's 29 February 1900).
    const epoch = this.date1904 ? EPOCH_1904 : ms < FAKE_LEAP_DAY ? EPOCH_1900 + DAY_MS : EPOCH_1900;
    return Math.round(((ms - epoch) / DAY_MS) * 1e9) / 1e9;
  }

  private put(row: number, col: number, value: CellValue): void {
    const { o } = this.state;
    if (row >= o.maxRows) {
      throw new BxtdError(
        'file.limit',
        {
          vi: `Trang "${this.name}" có quá nhiều dòng (dòng ${formatCount(row + 1, 'vi')}, giới hạn ${formatCount(o.maxRows, 'vi')}): từ chối.`,
          en: `Sheet "${this.name}" has too many rows (row ${formatCount(row + 1, 'en')}, limit ${formatCount(o.maxRows, 'en')}): refused.`,
        },
        { sheet: this.name },
      );
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
          null,
          'file.limit',
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
      throw new BxtdError(
        'file.limit',
        {
          vi: `Sổ tính có quá nhiều ô dữ liệu (hơn ${formatCount(o.maxCells, 'vi')}), đến trang "${this.name}": từ chối để bảo vệ máy.`,
          en: `The workbook has too many cells with data (over ${formatCount(o.maxCells, 'en')}), reached on sheet "${this.name}": refused.`,
        },
        { sheet: this.name },
      );
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
        null,
        'file.limit',
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
        throw formulaUnsupported(key);
      }
      if (done.has(key)) {
        const n = done.get(key);
        if (n == null) throw formulaUnsupported(key);
        return n;
      }
      if (visiting.has(key) || depth > 500 || p.formula === null) throw formulaUnsupported(key);
      visiting.add(key);
      let n: number | null = null;
      try {
        n = evaluateFormula(p.formula, (ref) => valueOf(ref.row, ref.col, depth + 1));
      } catch (e) {
        if (!isFormulaUnsupported(e)) throw e;
      }
      visiting.delete(key);
      done.set(key, n);
      if (n === null) throw formulaUnsupported(key);
      return n;
    };
    for (const p of this.pending) {
      let n: number | null = null;
      try {
        n = valueOf(p.row, p.col, 0);
      } catch (e) {
        if (!isFormulaUnsupported(e)) throw e;
      }
      const text = `=${(p.formula ?? '…').replace(/^=/, '')}`;
      this.put(p.row, p.col, n ?? problem(p.stale ? 'staleValue' : 'noCachedValue', text));
    }
  }
}
