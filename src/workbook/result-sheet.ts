// Sheet `Kết quả`, ours (ownership.ts): the ranking, the conclusions and what the meeting must still decide, the rules
// applied and the inputs' check code, with a bar chart of totals; the highlights on `Chấm điểm`; the banner that marks
// an out-of-date `Kết quả`; and reading a `Kết quả` back (is it current? what did it propose?). Sheet text is
// Vietnamese: the workbook is the bloc's document.

import { conclusionLines, notices, proposalLabel, unitReasons } from '../domain/explain';
import { fingerprintOf } from '../domain/fingerprint';
import type { Bloc, BlocResult } from '../domain/model';
import { fold, parseNumber } from '../domain/text';
import { cellAt, type CellValue, type SheetGrid } from './grid';
import { OWNED_TITLE, ownedPlan, ownedSheetNames, readRegistry, type LegacyCheck, type OwnedPlan } from './ownership';
import { HIGHLIGHT_FILLS, type CellWrite, type FormatOp, type HighlightPlan, type OwnedSheetPlan, type WritePlan } from './plan';
import type { BlocLayout } from './read';
import { describeRules } from './rules-table';

const TITLE = OWNED_TITLE.result;
/** The row (0-based) kept free under the title for the out-of-date banner. */
const STATUS_ROW = 2;
const CHECK_LABEL = 'Mã kiểm tra dữ liệu';
const REWRITTEN = 'Trang này được viết lại mỗi lần chấm điểm: mọi ghi chú gõ vào đây sẽ mất. Ghi chú riêng hãy để ở một trang tính khác.';
const LEGACY_CHECK_LABEL = 'Dấu vân tay dữ liệu đầu vào';
const HEADER = ['Hạng', 'Đơn vị', 'Điểm tiêu chí', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Số phiếu', 'Đề nghị', 'Ghi chú'];
const COL = { rank: 0, unit: 1, total: 5, proposal: 7, notes: 8 } as const;
const WIDTHS = [7, 40, 14, 13, 10, 11, 10, 16, 70];
/** A figure a unit does not have (votes of a unit on no counted ballot). */
const NONE = '—';

/** `checkCode`: the inputs' check code, when the caller has it already (it reads every cell to make it). */
export function planResult(
  bloc: Bloc,
  result: BlocResult,
  layout: BlocLayout,
  sheets: SheetGrid[],
  checkCode: string = inputFingerprint(sheets),
): OwnedPlan {
  return ownedPlan(
    sheets,
    {
      owned: [{ ...resultSheet(bloc, result, checkCode), role: 'result' }],
      highlightSheets: [layout.scoreSheet],
      highlights: highlights(result, layout),
    },
    isLegacyOwned,
  );
}

/** A `Kết quả` written before the registry existed: our title in A1 and our check-code line. */
export const isLegacyOwned: LegacyCheck = (role, sheet) => role === 'result' && cellAt(sheet, 0, 0) === TITLE && checkCodeOf(sheet) != null;

/** The check code of every input sheet's values (our own sheets left out): it changes when any input changes. */
export function inputFingerprint(sheets: readonly SheetGrid[]): string {
  const ours = ownedSheetNames(sheets, isLegacyOwned);
  const inputs = sheets.filter((s) => !ours.has(s.name));
  return fingerprintOf(inputsJson(inputs));
}

/** `JSON.stringify(inputs.map((s) => [s.name, s.values]))` row by row: each piece starts with "[", "," or "]". */
function* inputsJson(inputs: readonly SheetGrid[]): Generator<string> {
  yield '[';
  for (let i = 0; i < inputs.length; i++) {
    const { name, values } = inputs[i];
    yield `${i ? ',' : ''}[${JSON.stringify(name)},[`;
    for (let r = 0; r < values.length; r++) yield (r ? ',' : '') + (JSON.stringify(values[r]) ?? 'null');
    yield ']]';
  }
  yield ']';
}

function resultSheet(bloc: Bloc, result: BlocResult, inputs: string): Omit<OwnedSheetPlan, 'name'> {
  const { info } = bloc;
  const rows: CellValue[][] = [];
  const formats: FormatOp[] = [];
  const last = HEADER.length - 1;
  const line = (text: string, format?: FormatOp['format']) => {
    if (format) formats.push({ range: { top: rows.length, left: 0, bottom: rows.length, right: 0 }, format });
    rows.push([text]);
  };

  line(TITLE, { bold: true });
  const period = [info.period, info.year].filter((x) => x != null && x !== '').join(' ');
  line([info.name, info.province && `tỉnh ${info.province}`, period].filter(Boolean).join(' — '), { italic: true });
  rows.push([]); // STATUS_ROW: the out-of-date banner goes here

  const headerRow = rows.length;
  rows.push(HEADER);
  formats.push({
    range: { top: headerRow, left: 0, bottom: headerRow, right: last },
    format: { bold: true, fill: '#DDEBF7', wrap: true, horizontal: 'center' },
  });
  for (const r of result.ranking) {
    rows.push([
      r.rank,
      r.name,
      r.base,
      r.bonus,
      r.deduction,
      r.total,
      r.votes ?? NONE,
      proposalLabel(result, r.unit, 'vi'),
      unitReasons(bloc, r)
        .map((x) => x.vi)
        .join('\n') || null,
    ]);
  }
  const lastUnitRow = rows.length - 1;
  // Notes wrap in their column: about one line per column width of characters, and one per reason.
  const rowHeights: (number | undefined)[] = [];
  rows.forEach((row, r) => {
    const note = r > headerRow ? row[last] : null;
    if (typeof note !== 'string') return;
    const lines = note.split('\n').reduce((n, text) => n + Math.max(1, Math.ceil(text.length / WIDTHS[last])), 0);
    if (lines > 1) rowHeights[r] = 15 * lines;
  });
  const body = { top: headerRow, left: 0, bottom: lastUnitRow, right: last };
  formats.push({ range: body, format: { border: true } });
  formats.push({
    range: { top: headerRow + 1, left: 2, bottom: lastUnitRow, right: 5 },
    format: { numberFormat: numberFormat(bloc.rules.decimals) },
  });
  formats.push({ range: { top: headerRow + 1, left: COL.notes, bottom: lastUnitRow, right: COL.notes }, format: { wrap: true } });
  result.ranking.forEach((r, i) => {
    const fill = r.proposal ? HIGHLIGHT_FILLS[r.proposal] : r.eligible ? null : HIGHLIGHT_FILLS.ineligible;
    if (fill) formats.push({ range: { top: headerRow + 1 + i, left: 0, bottom: headerRow + 1 + i, right: last }, format: { fill } });
  });

  rows.push([]);
  line('KẾT LUẬN', { bold: true });
  for (const text of conclusionLines(bloc, result, 'vi')) line(text);
  for (const n of notices(bloc, result)) line(`Lưu ý: ${n.vi}`, { fontColor: '#C00000', bold: true });

  rows.push([]);
  line('QUY TẮC ÁP DỤNG', { bold: true });
  for (const r of describeRules(bloc.rules, result.meritCount)) line(`• ${r.vi}`);
  rows.push([]);
  line(`${CHECK_LABEL}: ${inputs}`, { italic: true, fontColor: '#595959' });
  // Said on the sheet itself: whoever types a note here loses it at the next scoring.
  line(REWRITTEN, { italic: true, fontColor: '#595959' });

  // The chart goes under the text, so that the sheet prints one page wide.
  const chartTop = rows.length + 1;
  return {
    values: rows,
    formats,
    columnWidths: WIDTHS,
    merges: [],
    freezeRows: headerRow + 1,
    rowHeights,
    print: 'landscape',
    activate: true,
    chart:
      result.ranking.length === 0
        ? null
        : {
            title: 'Tổng điểm thi đua',
            seriesName: 'Tổng điểm',
            categories: { top: headerRow + 1, left: 1, bottom: lastUnitRow, right: 1 },
            values: { top: headerRow + 1, left: 5, bottom: lastUnitRow, right: 5 },
            anchor: { top: chartTop, left: 1, bottom: chartTop + Math.max(16, result.ranking.length + 4), right: 7 },
          },
  };
}

function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

function highlights(result: BlocResult, layout: BlocLayout): HighlightPlan[] {
  const out: HighlightPlan[] = [];
  for (const r of result.ranking) {
    const kind = r.proposal ?? (r.eligible ? null : 'ineligible');
    const cols = layout.unitColumns[r.unit];
    if (!kind || !cols) continue;
    const present = [cols.self, cols.bloc].filter((c): c is number => c != null);
    if (!present.length) continue;
    out.push({
      sheet: layout.scoreSheet,
      kind,
      fill: HIGHLIGHT_FILLS[kind],
      range: { top: layout.firstRow, left: Math.min(...present), bottom: layout.lastRow, right: Math.max(...present) },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a `Kết quả` back

function checkCodeOf(sheet: SheetGrid): string | null {
  for (const row of sheet.values) {
    const v = row?.[0];
    if (typeof v !== 'string') continue;
    const m = new RegExp(`^(?:${CHECK_LABEL}|${LEGACY_CHECK_LABEL}):\\s*([0-9a-f]{16})$`).exec(v.trim());
    if (m) return m[1];
  }
  return null;
}

export interface StoredResult {
  sheet: string; // our `Kết quả` as named in the workbook
  checkCode: string | null; // the inputs' check code it was written for
  current: boolean; // the inputs have not changed since
  /** Its ranking rows as written: rank, unit, total, proposal label. */
  rows: { rank: number | null; unit: string; total: number | null; proposal: string }[];
}

/**
 * Our `Kết quả` in the workbook, if any: for what inputs it was written and what it says. `inputs` gives the current
 * inputs' check code (asked only when there is a `Kết quả`).
 */
export function readStoredResult(sheets: readonly SheetGrid[], inputs: () => string = () => inputFingerprint(sheets)): StoredResult | null {
  const name = readRegistry(sheets, isLegacyOwned).owned.result;
  const sheet = name ? sheets.find((s) => s.name === name) : undefined;
  if (!sheet) return null;
  const checkCode = checkCodeOf(sheet);
  const header = sheet.values.findIndex(
    (row) => row && fold(String(row[COL.rank] ?? '')) === 'hang' && fold(String(row[COL.unit] ?? '')) === 'don vi',
  );
  const rows: StoredResult['rows'] = [];
  for (let r = header + 1; header >= 0 && r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    const unit = row[COL.unit];
    if (typeof unit !== 'string' || !unit.trim()) break;
    rows.push({
      rank: parseNumber(row[COL.rank] ?? null),
      unit,
      total: parseNumber(row[COL.total] ?? null),
      proposal: String(row[COL.proposal] ?? ''),
    });
  }
  return { sheet: sheet.name, checkCode, current: checkCode != null && checkCode === inputs(), rows };
}

/**
 * When scoring fails on a workbook that holds an earlier `Kết quả`: a banner on it saying it is out of date, and our
 * highlights removed from `scoreSheet` (when known). Null when there is no `Kết quả` of ours.
 */
export function planOutOfDate(stored: StoredResult | null, scoreSheet: string | null): WritePlan | null {
  if (!stored) return null;
  const banner: CellWrite = {
    sheet: stored.sheet,
    row: STATUS_ROW,
    col: 0,
    value: 'KẾT QUẢ NÀY ĐÃ CŨ: sổ đã thay đổi sau lần chấm điểm và hiện còn lỗi nên chưa chấm lại được. Sửa các lỗi rồi chấm điểm lại.',
    format: { bold: true, fontColor: '#FFFFFF', fill: '#C00000' },
  };
  return {
    ownedSheets: [],
    highlightSheets: scoreSheet ? [scoreSheet] : [],
    highlights: [],
    cellWrites: [banner],
  };
}
