// Meeting-day decisions (docs/design.md, "The rules engine"): what is decided, what stays pending, the revote.

import { scoreBloc } from '../../src/domain/engine';
import { notices, pendingText, proposalLabel } from '../../src/domain/explain';
import type { Bloc, BlocResult } from '../../src/domain/model';
import { makeBloc, type UnitSpec } from './builders';

const U = (name: string, total: number, extra: Partial<UnitSpec> = {}): UnitSpec => ({ name, scores: [total, 0, 0], ...extra });
const criteria: [number, number][] = [
  [0, 100],
  [0, 10],
  [1, 10],
];

function run(units: UnitSpec[], opts: { ballot?: boolean; rules?: Bloc['rules'] extends infer R ? Partial<R> : never } = {}) {
  const bloc = makeBloc({ units, criteria, ballot: opts.ballot, rules: { tieBreaks: [{ kind: 'votes' }], ...opts.rules } });
  return { bloc, res: scoreBloc(bloc) };
}
const names = (bloc: Bloc, list: number[]) => list.map((u) => bloc.units[u].name);
const pendingOf = (bloc: Bloc, res: BlocResult) => res.pending.map((p) => ({ ...p, among: names(bloc, p.among) }));

describe('a tie at the top', () => {
  // 5 units: 1 flag, floor(5/2) - 1 = 1 Certificate.
  const five = (extra: Partial<UnitSpec>[] = []) => [
    U('A', 95, extra[0]),
    U('B', 95, extra[1]),
    U('C', 90, extra[2]),
    U('D', 80, extra[3]),
    U('E', 70, extra[4]),
  ];

  test('two tied for one flag and one Certificate: both awarded whatever the revote says, the third gets nothing', () => {
    const { bloc, res } = run(five([{ votes: 3 }, { votes: 3 }]), { ballot: true });
    expect(res.flagOutcome).toBe('unresolvedTie');
    expect(res.flag).toEqual([]);
    expect(res.merit).toEqual([]);
    expect(pendingOf(bloc, res)).toEqual([{ award: 'flag', among: ['A', 'B'], slots: 1, how: 'revote', othersGet: 'merit', cause: 'tie' }]);
    expect(proposalLabel(res, 2, 'vi')).toBe('—');
    expect(proposalLabel(res, 0, 'vi')).toBe('Chờ Hội nghị quyết định');
    expect(pendingText(bloc, res, res.pending[0], 'vi')).toBe(
      'A và B bằng điểm ở vị trí đề nghị Cờ thi đua sau mọi tiêu chí ưu tiên: Hội nghị bỏ phiếu lại giữa các đơn vị này (1 suất); đơn vị không được suy tôn được đề nghị Bằng khen.',
    );
  });

  test('the revote settles it: the flag to its winner, the Certificate to the other', () => {
    const { bloc, res } = run(
      five([
        { votes: 3, revote: 4 },
        { votes: 3, revote: 1 },
      ]),
      { ballot: true },
    );
    expect(res.flagOutcome).toBe('proposed');
    expect(names(bloc, res.flag)).toEqual(['A']);
    expect(names(bloc, res.merit)).toEqual(['B']);
    expect(res.pending).toEqual([]);
    expect(res.vote!.rounds.map((r) => [r.round, names(bloc, r.candidates), names(bloc, r.winners)])).toEqual([
      [1, ['A', 'B'], []],
      [2, ['A', 'B'], ['A']],
    ]);
    // The revote's figures left blank are the first round's.
    expect(res.vote!.rounds[1].count.issued).toBe(5);
  });

  test('a revote short of the threshold puts nobody forward; a revote tie stays pending', () => {
    const short = run(
      five([
        { votes: 3, revote: 2 },
        { votes: 3, revote: 1 },
      ]),
      { ballot: true },
    );
    expect(short.res.flag).toEqual([]);
    expect(short.res.flagOutcome).toBe('belowThreshold');
    // Still equal, now for the one Certificate: the meeting's.
    expect(short.res.merit).toEqual([]);
    expect(pendingOf(short.bloc, short.res)).toEqual([
      { award: 'merit', among: ['A', 'B'], slots: 1, how: 'meeting', othersGet: null, cause: 'cutOffTie' },
    ]);
    const again = run(
      five([
        { votes: 3, revote: 3 },
        { votes: 3, revote: 3 },
      ]),
      { ballot: true },
    );
    expect(pendingOf(again.bloc, again.res)).toEqual([
      { award: 'flag', among: ['A', 'B'], slots: 1, how: 'revote', othersGet: 'merit', cause: 'revoteTie' },
    ]);
  });

  test('votes in the revote for a unit that was not in it do not count, and the result says so', () => {
    const { bloc, res } = run(five([{ votes: 3, revote: 4 }, { votes: 3, revote: 1 }, { revote: 5 }]), { ballot: true });
    expect(names(bloc, res.flag)).toEqual(['A']);
    expect(names(bloc, res.ignoredRevoteUnits)).toEqual(['C']);
    expect(
      notices(bloc, res)
        .map((n) => n.vi)
        .join(' '),
    ).toContain('Bảng bỏ phiếu lại có phiếu cho C');
  });

  test('three tied for one flag and two Certificates: all three awarded, nobody below', () => {
    const units = [U('A', 95), U('B', 95), U('C', 95), U('D', 90), U('E', 80), U('F', 70)]; // 6: 1 flag, 2 Certificates
    const { bloc, res } = run(units);
    expect(res.merit).toEqual([]);
    expect(pendingOf(bloc, res)).toEqual([
      { award: 'flag', among: ['A', 'B', 'C'], slots: 1, how: 'vote', othersGet: 'merit', cause: 'tie' },
    ]);
  });

  test('three tied for one flag and one Certificate: which of them gets the Certificate is pending too', () => {
    const { bloc, res } = run([U('A', 95), U('B', 95), U('C', 95), U('D', 90), U('E', 80)]);
    expect(res.merit).toEqual([]);
    expect(pendingOf(bloc, res)).toEqual([
      { award: 'flag', among: ['A', 'B', 'C'], slots: 1, how: 'vote', othersGet: null, cause: 'tie' },
      { award: 'merit', among: ['A', 'B', 'C'], slots: 1, how: 'vote', othersGet: null, cause: 'afterFlag' },
    ]);
    expect(pendingText(bloc, res, res.pending[1], 'vi')).toBe(
      'Trong A, B và C, 1 suất Bằng khen thuộc về các đơn vị xếp hạng cao nhất không được suy tôn Cờ thi đua, sau khi có kết quả bỏ phiếu.',
    );
  });
});

describe('the vote', () => {
  // 9 units: 1 flag, 3 Certificates.
  const nine = (votes: number[]) => ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((n, i) => U(n, 95 - i, { votes: votes[i] ?? 0 }));

  test('the top unit short of the threshold (4 of 9): no flag, and it leads the Certificates', () => {
    const { bloc, res } = run(nine([4, 5]), { ballot: true });
    expect(res.flagOutcome).toBe('belowThreshold');
    expect(res.flag).toEqual([]);
    expect(names(bloc, res.merit)).toEqual(['A', 'B', 'C']);
    expect(res.pending).toEqual([]);
    const said = notices(bloc, res).map((n) => n.vi);
    expect(said[0]).toBe(
      'A: được 4/9 phiếu đồng ý (44,4%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên: chưa đề nghị Cờ thi đua. Đơn vị vẫn được xét Bằng khen theo thứ hạng.',
    );
    // B has more than half the votes but is not the top-ranked unit: the result says why it is not proposed.
    expect(said[1]).toBe(
      'B: được 5/9 phiếu đồng ý (55,6%), nhưng theo quy chế của Khối, chỉ đơn vị xếp hạng cao nhất được đưa ra suy tôn Cờ thi đua.',
    );
  });

  test('no vote yet: the top unit proposed pending the vote; the last Certificate depends on it', () => {
    const { bloc, res } = run(nine([]));
    expect(res.flagOutcome).toBe('pendingVote');
    expect(names(bloc, res.flag)).toEqual(['A']);
    expect(names(bloc, res.merit)).toEqual(['B', 'C']);
    expect(pendingOf(bloc, res)).toEqual([
      { award: 'flag', among: ['A'], slots: 1, how: 'vote', othersGet: 'merit', cause: 'awaitingVote' },
      { award: 'merit', among: ['D'], slots: 1, how: 'vote', othersGet: null, cause: 'afterFlag' },
    ]);
    expect(proposalLabel(res, 0, 'vi')).toBe('Cờ thi đua (chờ bỏ phiếu)');
    expect(pendingText(bloc, res, res.pending[1], 'vi')).toBe(
      '1 suất Bằng khen còn lại phụ thuộc kết quả bỏ phiếu Cờ thi đua của A: D được đề nghị nếu các suất này còn.',
    );
  });

  test('a tie across the Certificate cut-off after a clean vote is the meeting’s', () => {
    const units = nine([9]);
    units[3] = U('D', 91, { votes: 0 });
    units[4] = U('E', 91, { votes: 0 });
    const { bloc, res } = run(units, { ballot: true });
    expect(names(bloc, res.flag)).toEqual(['A']);
    expect(names(bloc, res.merit)).toEqual(['B', 'C']);
    expect(pendingOf(bloc, res)).toEqual([
      { award: 'merit', among: ['D', 'E'], slots: 1, how: 'meeting', othersGet: null, cause: 'cutOffTie' },
    ]);
  });

  test('Certificates count is the rule’s, not the outcome: a failed vote does not add one', () => {
    const { res } = run(nine([0]), { ballot: true });
    expect(res.meritCount).toBe(3);
    expect(res.merit).toHaveLength(3);
  });

  test('Số Cờ thi đua 0: no flag by rule, Certificates from the top', () => {
    const { bloc, res } = run(nine([]), { rules: { flagCount: 0, meritCount: 2 } });
    expect(res.flagOutcome).toBe('noneByRule');
    expect(names(bloc, res.merit)).toEqual(['A', 'B']);
    expect(res.pending).toEqual([]);
  });
});
