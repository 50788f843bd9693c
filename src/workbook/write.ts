// The result as a write plan: sheet `Kết quả` (ranking, conclusions, rules applied, input fingerprint, chart) and
// the highlights on `Chấm điểm`. Sheet text is Vietnamese: the workbook is the bloc's document.

import { fingerprint } from '../domain/fingerprint';
import { formatPercent } from '../domain/format';
import type { Bloc, BlocResult, FlagOutcome } from '../domain/model';
import { cellAt, type CellValue, type SheetGrid } from './grid';
import { ownedPlan, ownedSheetNames, type LegacyCheck, type OwnedPlan } from './ownership';
import { HIGHLIGHT_FILLS, type FormatOp, type HighlightPlan, type OwnedSheetPlan } from './plan';
import type { BlocLayout } from './read';

const HEADER = ['Hạng', 'Đơn vị', 'Điểm tiêu chí', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Số phiếu', 'Đề nghị', 'Ghi chú'];
const WIDTHS = [7, 40, 14, 13, 10, 11, 10, 13, 70];
const PROPOSAL = { flag: 'Cờ thi đua', merit: 'Bằng khen' } as const;
const OUTCOME: Record<FlagOutcome, string> = {
  proposed: 'đạt ngưỡng phiếu, đề nghị',
  pendingVote: 'đề nghị, chờ hội nghị bỏ phiếu suy tôn',
  noQuorum: 'chưa đủ tỷ lệ có mặt, chưa đề nghị',
  belowThreshold: 'chưa đạt ngưỡng phiếu, chưa đề nghị',
  unresolvedTie: 'bằng điểm chưa phân định, chưa đề nghị',
  noEligibleUnit: 'không có đơn vị đủ điều kiện',
};

export function planResult(bloc: Bloc, result: BlocResult, layout: BlocLayout, sheets: SheetGrid[]): OwnedPlan {
  return ownedPlan(
    sheets,
    {
      owned: [{ ...resultSheet(bloc, result, inputFingerprint(sheets)), role: 'result' }],
      highlightSheets: [layout.scoreSheet],
      highlights: highlights(result, layout),
    },
    isLegacyOwned,
  );
}

const TITLE = 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA';
const FINGERPRINT_LABEL = 'Dấu vân tay dữ liệu đầu vào';

/** A `Kết quả` written before the registry existed: our title in A1 and our fingerprint line. */
export const isLegacyOwned: LegacyCheck = (role, sheet) =>
  role === 'result' &&
  cellAt(sheet, 0, 0) === TITLE &&
  sheet.values.some((row) => typeof row[0] === 'string' && row[0].startsWith(`${FINGERPRINT_LABEL}:`));

/** A fingerprint of every input sheet's values (the add-in's own sheets excluded). */
export function inputFingerprint(sheets: SheetGrid[]): string {
  const ours = ownedSheetNames(sheets, isLegacyOwned);
  const inputs = sheets.filter((s) => !ours.has(s.name));
  return fingerprint(JSON.stringify(inputs.map((s) => [s.name, s.values])));
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
  rows.push([]);

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
      r.votes,
      r.proposal ? PROPOSAL[r.proposal] : '—',
      r.reasons.map((x) => x.vi).join('\n') || null,
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
  formats.push({ range: { top: headerRow + 1, left: 8, bottom: lastUnitRow, right: 8 }, format: { wrap: true } });
  result.ranking.forEach((r, i) => {
    const fill = r.proposal ? HIGHLIGHT_FILLS[r.proposal] : r.eligible ? null : HIGHLIGHT_FILLS.ineligible;
    if (fill) formats.push({ range: { top: headerRow + 1 + i, left: 0, bottom: headerRow + 1 + i, right: last }, format: { fill } });
  });

  rows.push([]);
  line('KẾT LUẬN', { bold: true });
  const names = (list: number[]) => list.map((u) => bloc.units[u].name).join('; ');
  line(`Đề nghị Cờ thi đua của ${info.awardingBody}: ${names(result.flag) || '(chưa có)'} — ${OUTCOME[result.flagOutcome]}.`);
  line(`Đề nghị Bằng khen của ${info.awardingBody} (${result.meritCount} suất): ${names(result.merit) || '(chưa có)'}.`);
  if (result.quorum) {
    line(
      `Số đơn vị có mặt: ${result.quorum.present}/${result.quorum.total} (${formatPercent(result.quorum.present / Math.max(1, result.quorum.total), 'vi')}).`,
    );
  }
  const appointment = (label: string, a: BlocResult['nextHead']) =>
    line(`${label}: ${a.unit ?? '(chưa xác định)'}${a.unit && a.suggested ? ' (gợi ý theo thứ tự luân phiên)' : ''}.`);
  appointment('Khối trưởng năm sau', result.nextHead);
  appointment('Khối phó năm sau', result.nextDeputy);
  for (const n of result.notices) line(`Lưu ý: ${n.vi}`, { fontColor: '#C00000', bold: true });

  rows.push([]);
  line('QUY TẮC ÁP DỤNG', { bold: true });
  for (const r of result.rulesApplied) line(`• ${r.vi}`);
  rows.push([]);
  line(`${FINGERPRINT_LABEL}: ${inputs}`, { italic: true, fontColor: '#595959' });

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
