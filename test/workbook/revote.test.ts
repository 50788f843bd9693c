// The revote (issue 10): a tie at the top with a ballot is pending a revote; the pane can add the revote table to
// `Phiếu bầu` (only empty cells written); filled in, it settles the flag and the Certificate.

import { applyWritePlan, readWorkbook } from '../../src/excel/actions';
import { evaluate } from '../../src/workbook/evaluate';
import type { SheetGrid } from '../../src/workbook/grid';
import { planRevoteTable } from '../../src/workbook/revote-table';
import { doubleOf } from '../excel/helpers';
import { ballotSheet, BLOC, rulesSheet, scoreSheet, infoSheet, unitsSheet, UNITS } from '../fixtures/bloc-grids';

/** The first two units equal on every score and on votes: a tie for the one flag (3 units: no Certificate). */
function tiedBloc(): SheetGrid[] {
  const bloc = [BLOC[0], BLOC[0], BLOC[2]];
  return [
    infoSheet(),
    unitsSheet(),
    scoreSheet({ bloc, self: bloc }).sheet,
    ballotSheet([
      [UNITS[0].name, 2],
      [UNITS[1].name, 2],
      [UNITS[2].name, 0],
    ]),
    rulesSheet([['Số Bằng khen', 1]]),
  ];
}

test('the tied units get a revote table under the first round; filled in, it settles the flag', async () => {
  const sheets = tiedBloc();
  const first = evaluate(sheets);
  expect(first.result!.pending.map((p) => [p.award, p.how, p.among])).toEqual([['flag', 'revote', [0, 1]]]);

  const table = planRevoteTable(sheets, first.bloc!, first.result!);
  if (!('plan' in table)) throw new Error('refused');
  const { double, host } = doubleOf(sheets);
  const ballotBefore = double.model.sheets.find((s) => s.name === 'Phiếu bầu')!.cells.map((r) => r?.map((c) => c?.value));
  await applyWritePlan(host, table.plan);
  const ballot = double.model.sheets.find((s) => s.name === 'Phiếu bầu')!;
  // What the user wrote is unchanged; the table sits below it.
  expect(ballot.cells.slice(0, ballotBefore.length).map((r) => r?.map((c) => c?.value))).toEqual(ballotBefore);
  const after = (await readWorkbook(host)).sheets;
  const grid = after.find((s) => s.name === 'Phiếu bầu')!;
  expect(grid.values[table.row]).toEqual(['Bỏ phiếu lại']);
  expect(grid.values.slice(-2).map((r) => r[0])).toEqual([UNITS[0].name, UNITS[1].name]);
  expect(planRevoteTable(after, evaluate(after).bloc!, first.result!)).toMatchObject({
    refused: { vi: expect.stringContaining('đã có bảng') },
  });

  // The secretary fills in the revote (3 ballots, one approval each): the second unit wins the flag, the first takes
  // the Certificate, and ranks below the winner.
  const n = grid.values.length;
  grid.values[n - 2] = [UNITS[0].name, 1];
  grid.values[n - 1] = [UNITS[1].name, 2];
  const settled = evaluate(after);
  expect(settled.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(settled.result!.flag).toEqual([1]);
  expect(settled.result!.merit).toEqual([0]);
  expect(settled.result!.pending).toEqual([]);
  expect(settled.result!.vote!.rounds.map((r) => r.round)).toEqual([1, 2]);
  expect(settled.result!.ranking.slice(0, 2).map((r) => [r.unit, r.rank, r.votes, r.voteRound])).toEqual([
    [1, 1, 2, 2],
    [0, 2, 1, 2],
  ]);
  expect(settled.result!.unresolvedTies).toEqual([]);

  // Too many approvals for the revote's one place: an error at the table.
  grid.values[n - 1] = [UNITS[1].name, 3];
  const over = evaluate(after).issues.filter((i) => i.severity === 'error');
  expect(over.map((i) => [i.sheet, i.message.vi])).toEqual([
    ['Phiếu bầu', 'Tổng số phiếu đồng ý của bảng bỏ phiếu lại (4) nhiều hơn số phiếu (3) nhân số đơn vị mỗi phiếu được đồng ý tối đa (1).'],
  ]);
});

test('no tie, no table: the request is refused with a reason', () => {
  const sheets = [infoSheet(), unitsSheet(), scoreSheet().sheet];
  const e = evaluate(sheets);
  expect(planRevoteTable(sheets, e.bloc!, e.result!)).toEqual({
    refused: { vi: 'Không có quyết định nào chờ bỏ phiếu lại.', en: 'No decision is waiting for a revote.' },
  });
});
