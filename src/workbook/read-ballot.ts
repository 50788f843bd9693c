// Sheet `Phiếu bầu` (optional): the ballot figures as label/value rows, then a table of votes per unit; below it,
// optionally, a second round under a title `Bỏ phiếu lại` (`Vòng 2`, `Bầu lại`) with its own figures (else the first
// round's) and table.

import type { Ballot, BallotCount } from '../domain/model';
import { fold, parseNumber } from '../domain/text';
import { BALLOT_COLUMNS, BALLOT_FIGURES, REVOTE_TITLES } from './format-v1';
import { cellAddress, type CellValue, type SheetGrid } from './grid';
import {
  findHeader,
  isBlank,
  labelIndex,
  matchLabel,
  quote,
  readLabelRows,
  say,
  TOTAL_LABEL,
  type IssueSink,
  type UnitNames,
} from './read-support';

const FIGURES = labelIndex(BALLOT_FIGURES);

const COLUMNS = labelIndex(BALLOT_COLUMNS);

/** The title of the revote table, folded: "Bỏ phiếu lại", "Vòng 2", "Bầu lại", "Kết quả bỏ phiếu lại (vòng 2)". */
const REVOTE_TITLE = new RegExp(`^(ket qua )?(${REVOTE_TITLES.map(fold).join('|')})(?=$|[\\s:(.,-])`);

export function readBallot(sheet: SheetGrid, names: UnitNames, sink: IssueSink): Ballot {
  const title = sheet.values.findIndex((row) => {
    const first = row?.find((v) => !isBlank(v));
    return typeof first === 'string' && REVOTE_TITLE.test(fold(first));
  });
  const end = sheet.values.length - 1;
  const first = readRound(sheet, names, sink, { from: 0, to: title < 0 ? end : title - 1 }, 1);
  const revote = title < 0 ? null : readRound(sheet, names, sink, { from: title + 1, to: end }, 2);
  return { ...first, revote };
}

/** One round: its table of votes between `rows`, and its figures above or below that table. */
function readRound(sheet: SheetGrid, names: UnitNames, sink: IssueSink, rows: { from: number; to: number }, round: 1 | 2): BallotCount {
  const n = names.units.length;
  const ballot: BallotCount = {
    issued: null,
    returned: null,
    valid: null,
    votes: new Array(n).fill(null),
    against: new Array(n).fill(null),
  };
  const header = findHeader(sheet, COLUMNS, ['unit', 'votes'], Math.min(rows.to + 1, rows.from + 200), rows.from);
  if (!header) {
    sink.error(sheet.name, round === 2 ? cellAddress(rows.from - 1, 0) : null, {
      vi:
        round === 1
          ? `Không tìm thấy bảng phiếu bầu trong trang ${sheet.name}: cần dòng tiêu đề có cột "Đơn vị" và "Số phiếu đồng ý".`
          : `Dưới tiêu đề "Bỏ phiếu lại" chưa có bảng phiếu: cần dòng tiêu đề có cột "Đơn vị" và "Số phiếu đồng ý".`,
      en:
        round === 1
          ? `No vote table on sheet ${sheet.name}: it needs a header row with the columns "Đơn vị" (unit) and "Số phiếu đồng ý" (votes).`
          : `No vote table under the "Bỏ phiếu lại" (revote) title: it needs a header row with the columns "Đơn vị" (unit) and "Số phiếu đồng ý" (votes).`,
    });
  }

  // The table: rows under the header until the units stop.
  const tableRows: number[] = [];
  const at = new Map<number, string>(); // unit -> cell of its votes
  if (header) {
    const { unit: unitCol, votes: votesCol, against: againstCol } = header.cols as Record<string, number | undefined>;
    for (let r = header.row + 1; r <= rows.to; r++) {
      const row = sheet.values[r];
      if (!row) continue;
      const name = row[unitCol!] ?? null;
      if (isBlank(name)) continue;
      if (matchLabel(FIGURES, name)) break; // figures written below the table
      if (typeof name === 'string' && TOTAL_LABEL.test(fold(name))) continue;
      tableRows.push(r);
      const u = names.find(name);
      if (u < 0) {
        sink.error(sheet.name, cellAddress(r, unitCol!), {
          vi: `Đơn vị "${quote(name)}" không khớp với đơn vị nào trong trang Đơn vị.`,
          en: `Unit "${quote(name)}" matches no unit on sheet Đơn vị.`,
        });
        continue;
      }
      if (at.has(u)) {
        sink.error(sheet.name, cellAddress(r, unitCol!), {
          vi: `${names.units[u].name} đã có số phiếu ở ô ${at.get(u)}.`,
          en: `${names.units[u].name} already has votes in cell ${at.get(u)}.`,
        });
        continue;
      }
      at.set(u, cellAddress(r, votesCol!));
      ballot.votes[u] = count(sheet, row, r, votesCol!, sink, `${names.units[u].name}`, true);
      if (againstCol != null) ballot.against[u] = count(sheet, row, r, againstCol, sink, names.units[u].name, false);
    }
  }

  // The figures: label/value rows outside the table.
  const lastTableRow = tableRows.length ? tableRows[tableRows.length - 1] : (header?.row ?? -1);
  const figures = [
    ...readLabelRows(sheet, FIGURES, { from: rows.from, to: (header?.row ?? rows.to + 1) - 1 }).known,
    ...(header ? readLabelRows(sheet, FIGURES, { from: lastTableRow + 1, to: rows.to }).known : []),
  ];
  const figureCell: Partial<Record<'issued' | 'returned' | 'valid' | 'invalid', string>> = {};
  let invalid: number | null = null;
  for (const f of figures) {
    if (figureCell[f.key]) continue;
    const cell = cellAddress(f.row, f.valueCol);
    figureCell[f.key] = cell;
    if (f.value == null) continue;
    const v = parseNumber(f.value);
    if (v == null || !Number.isInteger(v) || v < 0) {
      sink.error(sheet.name, cell, {
        vi: `"${quote(f.value)}" không phải là một số phiếu (số nguyên không âm).`,
        en: `"${quote(f.value)}" is not a number of ballots (a whole number, 0 or more).`,
      });
      continue;
    }
    if (f.key === 'invalid') invalid = v;
    else ballot[f.key] = v;
  }

  const { issued, returned, valid } = ballot;
  // One ballot per member unit: the first figure given (issued, else returned, else valid) cannot exceed them.
  const top = (['issued', 'returned', 'valid'] as const).find((k) => ballot[k] != null);
  if (top && ballot[top]! > n) {
    const what = {
      issued: ['Số phiếu phát ra', 'Ballots issued'],
      returned: ['Số phiếu thu về', 'Ballots returned'],
      valid: ['Số phiếu hợp lệ', 'Valid ballots'],
    }[top];
    sink.error(sheet.name, figureCell[top]!, {
      vi: `${what[0]} (${ballot[top]}) nhiều hơn số đơn vị thành viên (${n}): mỗi đơn vị một phiếu.`,
      en: `${what[1]} (${ballot[top]}) exceed the member units (${n}): one ballot per unit.`,
    });
  }
  if (issued != null && returned != null && returned > issued) {
    sink.error(
      sheet.name,
      figureCell.returned!,
      say((f, l) =>
        l === 'vi'
          ? `Số phiếu thu về (${f(returned)}) nhiều hơn số phiếu phát ra (${f(issued)}).`
          : `Ballots returned (${f(returned)}) exceed ballots issued (${f(issued)}).`,
      ),
    );
  }
  if (returned != null && valid != null && valid > returned) {
    sink.error(
      sheet.name,
      figureCell.valid!,
      say((f, l) =>
        l === 'vi'
          ? `Số phiếu hợp lệ (${f(valid)}) nhiều hơn số phiếu thu về (${f(returned)}).`
          : `Valid ballots (${f(valid)}) exceed ballots returned (${f(returned)}).`,
      ),
    );
  }
  if (returned != null && valid != null && invalid != null && valid + invalid !== returned) {
    sink.warn(
      sheet.name,
      figureCell.invalid!,
      say((f, l) =>
        l === 'vi'
          ? `Phiếu hợp lệ (${f(valid)}) cộng phiếu không hợp lệ (${f(invalid)}) không bằng số phiếu thu về (${f(returned)}).`
          : `Valid (${f(valid)}) plus invalid ballots (${f(invalid)}) do not equal ballots returned (${f(returned)}).`,
      ),
    );
  }
  const cap = valid ?? returned ?? issued;
  const capName =
    valid != null
      ? { vi: 'số phiếu hợp lệ', en: 'valid ballots' }
      : returned != null
        ? { vi: 'số phiếu thu về', en: 'ballots returned' }
        : { vi: 'số phiếu phát ra', en: 'ballots issued' };
  if (cap != null) {
    for (const [u, cell] of at) {
      const v = ballot.votes[u];
      if (v != null && v > cap) {
        sink.error(
          sheet.name,
          cell,
          say((f, l) =>
            l === 'vi'
              ? `${names.units[u].name} có ${f(v)} phiếu đồng ý, nhiều hơn ${capName.vi} (${f(cap)}).`
              : `${names.units[u].name} has ${f(v)} votes, more than the ${capName.en} (${f(cap)}).`,
          ),
        );
      } else if (v != null && (ballot.against[u] ?? 0) + v > cap) {
        sink.warn(
          sheet.name,
          cell,
          say((f, l) =>
            l === 'vi'
              ? `${names.units[u].name}: phiếu đồng ý và không đồng ý cộng lại (${f(v + ballot.against[u]!)}) nhiều hơn ${capName.vi} (${f(cap)}).`
              : `${names.units[u].name}: votes for and against (${f(v + ballot.against[u]!)}) exceed the ${capName.en} (${f(cap)}).`,
          ),
        );
      }
    }
  }
  return ballot;
}

function count(sheet: SheetGrid, row: CellValue[], r: number, col: number, sink: IssueSink, unit: string, votes: boolean): number | null {
  const v = row[col] ?? null;
  const cell = cellAddress(r, col);
  if (isBlank(v)) {
    if (votes) {
      sink.warn(sheet.name, cell, {
        vi: `${unit} chưa có số phiếu đồng ý: tính là 0.`,
        en: `${unit} has no number of votes: counted as 0.`,
      });
    }
    return null;
  }
  const n = parseNumber(v);
  if (n == null || !Number.isInteger(n) || n < 0) {
    sink.error(sheet.name, cell, {
      vi: `"${quote(v)}" không phải là một số phiếu (số nguyên không âm).`,
      en: `"${quote(v)}" is not a number of votes (a whole number, 0 or more).`,
    });
    return null;
  }
  return n;
}
