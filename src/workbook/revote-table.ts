// The revote table, added on request when the flag is pending a revote among tied units: under the first round's
// table on `Phiếu bầu`, a title `Bỏ phiếu lại`, its ballot figures (blank: the first round's apply) and the tied units
// with blank votes for the secretary to fill. Only empty cells are written; nothing the user wrote changes.

import type { Bloc, BlocResult, Text } from '../domain/model';
import { BALLOT_COLUMNS, BALLOT_FIGURES, REVOTE_TITLE, SHEET_NAMES } from './format-v1';
import type { SheetGrid } from './grid';
import type { CellWrite, WritePlan } from './plan';
import { findHeader, findSheet, labelIndex } from './read-support';

/** The plan, and where the table starts (its title cell, 0-based), or why there is none to add. */
export type RevoteTable = { plan: WritePlan; sheet: string; row: number; col: number } | { refused: Text };

/** The units a revote is for: the paper of the revote still to hold (a tie, or a tie again after a revote). */
export function revoteUnits(result: BlocResult): number[] {
  return result.nextBallot?.round === 2 ? result.nextBallot.candidates : [];
}

export function planRevoteTable(sheets: readonly SheetGrid[], bloc: Bloc, result: BlocResult): RevoteTable {
  const units = revoteUnits(result);
  if (!units.length) {
    return { refused: { vi: 'Không có quyết định nào chờ bỏ phiếu lại.', en: 'No decision is waiting for a revote.' } };
  }
  const sheet = findSheet(sheets, SHEET_NAMES.ballot);
  if (!sheet) {
    return {
      refused: {
        vi: 'Sổ chưa có trang Phiếu bầu của vòng bỏ phiếu thứ nhất.',
        en: 'The workbook has no Phiếu bầu sheet for the first round.',
      },
    };
  }
  if (bloc.ballot?.revote) {
    return {
      refused: {
        vi: `Trang ${sheet.name} đã có bảng "${REVOTE_TITLE}": điền số phiếu vào bảng đó rồi chấm điểm lại.`,
        en: `Sheet ${sheet.name} already has a "${REVOTE_TITLE}" table: fill in its votes, then score again.`,
      },
    };
  }
  const top = sheet.values.length + 1; // one blank row under what is there
  // In the first round's columns: units under its `Đơn vị`, votes under its `Số phiếu đồng ý`.
  const first = findHeader(sheet, labelIndex(BALLOT_COLUMNS), ['unit', 'votes']);
  const unit = first?.cols.unit ?? 0;
  const votes = first?.cols.votes ?? unit + 1;
  const against = first?.cols.against ?? votes + 1;
  const cellWrites: CellWrite[] = [];
  const put = (row: number, col: number, value: string, bold = false) =>
    cellWrites.push({ sheet: sheet.name, row: top + row, col, value, ...(bold ? { format: { bold: true } } : {}) });
  put(0, unit, REVOTE_TITLE, true);
  [BALLOT_FIGURES.issued[0], BALLOT_FIGURES.returned[0], BALLOT_FIGURES.valid[0]].forEach((label, i) => put(1 + i, unit, label));
  put(5, unit, BALLOT_COLUMNS.unit[0], true);
  put(5, votes, BALLOT_COLUMNS.votes[0], true);
  put(5, against, BALLOT_COLUMNS.against[0], true);
  units.forEach((u, i) => put(6 + i, unit, bloc.units[u].name));
  return { plan: { ownedSheets: [], highlightSheets: [], highlights: [], cellWrites }, sheet: sheet.name, row: top, col: unit };
}
