// The province reads a bloc's result as decided (issue 17): after a decisive revote, the flag unit's figures are the
// revote's, as in the bloc's own documents, never the first round's.

import { checkScored, proposedText } from '../../src/province/check';
import { evaluate } from '../../src/workbook/evaluate';
import type { SheetGrid } from '../../src/workbook/grid';
import { gridsAfter } from '../../src/workbook/plan';
import { ballotSheet, BLOC, infoSheet, rulesSheet, scoreSheet, unitsSheet, UNITS } from '../fixtures/bloc-grids';

test('a bloc settled by a revote reaches the province with the revote’s votes', () => {
  // The first two units equal on every score and on the first round's votes: a tie for the one flag.
  const bloc = [BLOC[0], BLOC[0], BLOC[2]];
  const ballot = ballotSheet([
    [UNITS[0].name, 2],
    [UNITS[1].name, 2],
    [UNITS[2].name, 0],
  ]);
  ballot.values.push([], ['Bỏ phiếu lại'], ['Đơn vị', 'Số phiếu đồng ý'], [UNITS[0].name, 1], [UNITS[1].name, 2]);
  const sheets: SheetGrid[] = [
    infoSheet(),
    unitsSheet(),
    scoreSheet({ bloc, self: bloc }).sheet,
    ballot,
    rulesSheet([['Số Bằng khen', 1]]),
  ];
  const e = evaluate(sheets);
  expect(e.result!.flag).toEqual([1]);
  const checked = checkScored('khoi-3.xlsx', gridsAfter(sheets, e.plan!), null);
  if (checked.status !== 'accepted') throw new Error(JSON.stringify(checked.reasons));
  expect(checked.bloc.flag).toEqual([expect.objectContaining({ unit: UNITS[1].name, rank: 1, votes: 2, voteShare: 2 / 3 })]);
  expect(checked.bloc.merit).toEqual([expect.objectContaining({ unit: UNITS[0].name, rank: 2, votes: 1 })]);
  expect(proposedText(checked.bloc.flag[0], 3, 2, 'vi')).toContain('2/3 phiếu');
});
