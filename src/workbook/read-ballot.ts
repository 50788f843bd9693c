// Sheet `Phiếu bầu` (optional): the ballot figures as label/value rows, then a table of votes per unit; below it,
// optionally, a second round under a title `Bỏ phiếu lại` (`Vòng 2`, `Bầu lại`) with its own figures (else the first
// round's) and table. A unit is on a round's ballot only when its vote cell holds a number: a blank cell is "not a
// candidate", never 0, and a table with no number at all is a vote not held yet (docs/design.md, "The meeting model").

import type { BallotProblem } from '../domain/ballot';
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

/** Where a round's table is: its vote column's header cell, and each unit's vote cell when it has a row. */
export interface RoundCells {
  table: string | null;
  votes: (string | null)[];
}

export interface BallotRead {
  ballot: Ballot;
  /** Per round (the revote second), for the checks made once the ranking is known (read.ts). */
  cells: [RoundCells, RoundCells | null];
}

export function readBallot(sheet: SheetGrid, names: UnitNames, sink: IssueSink): BallotRead {
  const title = sheet.values.findIndex((row) => {
    const first = row?.find((v) => !isBlank(v));
    return typeof first === 'string' && REVOTE_TITLE.test(fold(first));
  });
  const end = sheet.values.length - 1;
  const first = readRound(sheet, names, sink, { from: 0, to: title < 0 ? end : title - 1 }, 1);
  const revote = title < 0 ? null : readRound(sheet, names, sink, { from: title + 1, to: end }, 2);
  return { ballot: { ...first.count, revote: revote?.count ?? null }, cells: [first.cells, revote?.cells ?? null] };
}

/** One round: its table of votes between `rows`, and its figures above or below that table. */
function readRound(
  sheet: SheetGrid,
  names: UnitNames,
  sink: IssueSink,
  rows: { from: number; to: number },
  round: 1 | 2,
): { count: BallotCount; cells: RoundCells } {
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
  const cells: RoundCells = { table: header ? cellAddress(header.row, header.cols.votes!) : null, votes: new Array(n).fill(null) };
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
      cells.votes[u] = cellAddress(r, votesCol!);
      ballot.votes[u] = count(sheet, row, r, votesCol!, sink);
      if (againstCol != null) ballot.against[u] = count(sheet, row, r, againstCol, sink);
      if (ballot.votes[u] == null && ballot.against[u] != null && isBlank(row[votesCol!] ?? null)) {
        sink.error(sheet.name, cellAddress(r, votesCol!), {
          vi: `${names.units[u].name} có số phiếu không đồng ý nhưng chưa có số phiếu đồng ý: ghi số phiếu đồng ý (0 nếu không có phiếu nào).`,
          en: `${names.units[u].name} has votes against but no votes for: write the votes for (0 if none).`,
        });
      }
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

  // A vote held has its figures: a figure row left blank beside votes is a table half filled (the revote's figures
  // left blank are the first round's). Figures of ballots returned with no vote at all are a table half filled too.
  const held = ballot.votes.some((v) => v != null);
  const FIGURE_NAMES = {
    issued: { vi: 'Số phiếu phát ra', en: 'Ballots issued' },
    returned: { vi: 'Số phiếu thu về', en: 'Ballots returned' },
    valid: { vi: 'Số phiếu hợp lệ', en: 'Valid ballots' },
  };
  for (const key of ['issued', 'returned', 'valid'] as const) {
    const cell = figureCell[key];
    if (!cell) continue;
    const what = FIGURE_NAMES[key];
    if (held && round === 1 && ballot[key] == null && figures.some((f) => f.key === key && f.value == null)) {
      sink.error(sheet.name, cell, {
        vi: `${what.vi} để trống trong khi bảng đã có số phiếu đồng ý: ghi đủ số phiếu của vòng bỏ phiếu này.`,
        en: `${what.en} is blank while the table has votes: write every figure of this round.`,
      });
    } else if (!held && key !== 'issued' && ballot[key] != null && header && at.size) {
      sink.error(sheet.name, cell, {
        vi: `${what.vi} đã ghi (${ballot[key]}) nhưng chưa đơn vị nào có số phiếu đồng ý: ghi số phiếu của các đơn vị được bỏ phiếu, hoặc để trống cả hai khi chưa bỏ phiếu.`,
        en: `${what.en} is filled (${ballot[key]}) but no unit has votes: write the votes of the units on the ballot, or leave both blank until the vote.`,
      });
    }
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
  return { count: ballot, cells };
}

/** A count in a cell: blank is null (for votes: not on the ballot). */
function count(sheet: SheetGrid, row: CellValue[], r: number, col: number, sink: IssueSink): number | null {
  const v = row[col] ?? null;
  const cell = cellAddress(r, col);
  if (isBlank(v)) return null;
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

/**
 * What a held table cannot be once the ranking is known (domain/ballot.ts): a unit that had to be on the paper left
 * blank, more approvals than voters × the units a voter may approve. Errors at the unit's vote cell or the table's.
 */
export function reportBallotProblems(
  problems: readonly BallotProblem[],
  cells: BallotRead['cells'],
  sheet: string,
  names: readonly string[],
  sink: IssueSink,
): void {
  for (const p of problems) {
    const round = cells[p.round - 1];
    const title = p.round === 2 ? { vi: 'bảng bỏ phiếu lại', en: 'the revote table' } : { vi: 'bảng phiếu bầu', en: 'the vote table' };
    if (p.kind === 'tooManyApprovals') {
      sink.error(
        sheet,
        round?.table ?? null,
        say((f, l) =>
          l === 'vi'
            ? `Tổng số phiếu đồng ý của ${title.vi} (${f(p.approvals)}) nhiều hơn số phiếu (${f(p.voters)}) nhân số đơn vị mỗi phiếu được đồng ý tối đa (${f(p.slots)}).`
            : `The approvals of ${title.en} (${f(p.approvals)}) exceed the ballots (${f(p.voters)}) times the units a ballot may approve (${f(p.slots)}).`,
        ),
      );
      continue;
    }
    const why =
      p.round === 2
        ? { vi: 'thuộc các đơn vị được bỏ phiếu lại', en: 'is one of the units of the revote' }
        : { vi: 'là đơn vị dẫn đầu được đưa ra suy tôn', en: 'is the leading unit put to the vote' };
    for (const u of p.units) {
      const cell = round?.votes[u] ?? null;
      sink.error(sheet, cell ?? round?.table ?? null, {
        vi: cell
          ? `${names[u]} ${why.vi} nhưng ô số phiếu để trống, trong khi ${title.vi} đã có số phiếu của đơn vị khác: ghi số phiếu đồng ý (0 nếu không có phiếu nào).`
          : `${names[u]} ${why.vi} nhưng ${title.vi} chưa có dòng của đơn vị này: thêm dòng và ghi số phiếu đồng ý.`,
        en: cell
          ? `${names[u]} ${why.en}, but its vote cell is blank while ${title.en} has other units' votes: write its votes (0 if none).`
          : `${names[u]} ${why.en}, but ${title.en} has no row for it: add the row with its votes.`,
      });
    }
  }
}
