import fc from 'fast-check';
import { scoreBloc as score } from '../../src/domain/engine';
import { aggregate, crossTable } from '../../src/domain/cross';
import { notices, unitReasons } from '../../src/domain/explain';
import type { Bloc, BlocResult, Threshold } from '../../src/domain/model';
import { makeBloc, outcome } from './builders';

// Results remember their bloc, so that tests can render the sentences the edges show.
const blocs = new WeakMap<BlocResult, Bloc>();
const scoreBloc = (bloc: Bloc): BlocResult => {
  const result = score(bloc);
  blocs.set(result, bloc);
  return result;
};
const blocOf = (res: BlocResult) => blocs.get(res)!;
const reasons = (res: BlocResult, i: number) => unitReasons(blocOf(res), res.ranking[i]);

const U = (name: string, scores: number[], extra: object = {}) => ({ name, scores, ...extra });

describe('totals', () => {
  it('sums ordinary groups, caps bonus and deduction, and subtracts deductions', () => {
    const bloc = makeBloc({
      groups: [{ numeral: 'I' }, { numeral: 'II', kind: 'bonus', max: 5 }, { numeral: 'III', kind: 'deduction', max: 3 }],
      criteria: [
        [0, 100],
        [1, 4],
        [1, 4],
        [2, 5],
        [2, 5],
      ],
      units: [U('A', [90, 4, 3, 2, 2]), U('B', [90, 1, 1, 1, 0])],
    });
    const r = scoreBloc(bloc).ranking;
    const a = r.find((x) => x.name === 'A')!;
    expect([a.base, a.bonus, a.deduction, a.total]).toEqual([90, 5, 3, 92]);
    const b = r.find((x) => x.name === 'B')!;
    expect([b.base, b.bonus, b.deduction, b.total]).toEqual([90, 2, 1, 91]);
  });

  it('does not drift: 0.1 + 0.2 equals 0.3 and ties with a unit scoring 0.3', () => {
    const bloc = makeBloc({
      criteria: [
        [0, 1],
        [0, 1],
      ],
      units: [U('A', [0.1, 0.2]), U('B', [0.3, 0])],
      rules: { tieBreaks: [] },
    });
    const res = scoreBloc(bloc);
    expect(res.ranking.map((r) => r.total)).toEqual([0.3, 0.3]);
    expect(res.unresolvedTies).toEqual([[0, 1]]);
  });

  it("rounds totals to the rule's decimals before comparing", () => {
    const bloc = makeBloc({
      criteria: [[0, 10]],
      units: [U('A', [9.504]), U('B', [9.496])],
      rules: { decimals: 1, tieBreaks: [] },
    });
    const res = scoreBloc(bloc);
    expect(res.ranking.map((r) => [r.name, r.rank, r.total])).toEqual([
      ['A', 1, 9.5],
      ['B', 1, 9.5],
    ]);
  });

  it('uses the bloc score where given, else the self score, unless the rule says self', () => {
    const bloc = makeBloc({
      criteria: [
        [0, 10],
        [0, 10],
      ],
      units: [U('A', [8, 8]), U('B', [9, 9])],
    });
    bloc.table.bloc = [
      [10, null],
      [5, 5],
    ];
    expect(scoreBloc(bloc).ranking.map((r) => [r.name, r.total])).toEqual([
      ['A', 18],
      ['B', 10],
    ]);
    bloc.rules = { ...bloc.rules, scoreSource: 'self' };
    expect(scoreBloc(bloc).ranking.map((r) => [r.name, r.total])).toEqual([
      ['B', 18],
      ['A', 16],
    ]);
  });
});

describe('tie-break steps', () => {
  const tied = (rules: object, extra: [object, object], groups?: object[]) =>
    scoreBloc(
      makeBloc({
        groups: groups ?? [
          { numeral: 'I' },
          { numeral: 'II' },
          { numeral: 'III', kind: 'bonus', max: 10 },
          { numeral: 'IV', kind: 'deduction', max: 10 },
        ],
        criteria: [
          [0, 50],
          [1, 50],
          [2, 10],
          [3, 10],
        ],
        units: [U('Sở Tư pháp', [40, 40, 0, 0], extra[0]), U('Thanh tra tỉnh', [40, 40, 0, 0], extra[1])],
        ballot: true,
        rules,
      }),
    );

  it('Phiếu bầu: more votes first, with both values in the reason', () => {
    const res = tied({ tieBreaks: [{ kind: 'votes' }] }, [{ votes: 1 }, { votes: 2 }]);
    expect(res.ranking.map((r) => [r.name, r.rank])).toEqual([
      ['Thanh tra tỉnh', 1],
      ['Sở Tư pháp', 2],
    ]);
    expect(res.tieBreaks[0]).toMatchObject({ upper: 1, lower: 0, equalOn: [], decidedBy: { step: { kind: 'votes' }, upper: 2, lower: 1 } });
    expect(reasons(res, 0)[0].vi).toBe('Bằng tổng điểm (80,00) với Sở Tư pháp; xếp trên nhờ số phiếu bầu: 2 so với 1 phiếu.');
    expect(reasons(res, 1)[0].en).toBe('Same total (80.00) as Thanh tra tỉnh; ranked below on votes: 1 against 2.');
  });

  it('Điểm nhóm II: the higher group score first', () => {
    const res = scoreBloc(
      makeBloc({
        criteria: [
          [0, 50],
          [1, 50],
        ],
        units: [U('A', [45, 35]), U('B', [35.5, 44.5])],
        rules: { tieBreaks: [{ kind: 'group', numeral: 'II' }] },
      }),
    );
    expect(res.ranking.map((r) => r.name)).toEqual(['B', 'A']);
    expect(reasons(res, 0)[0].vi).toContain('xếp trên nhờ Điểm nhóm II: 44,5 so với 35.');
  });

  it('Điểm trừ ít hơn and Điểm thưởng nhiều hơn', () => {
    const groups = [{ numeral: 'I' }, { numeral: 'II', kind: 'bonus', max: 10 }, { numeral: 'III', kind: 'deduction', max: 10 }];
    const mk = (tieBreaks: object[]) =>
      scoreBloc(
        makeBloc({
          groups: groups as never,
          criteria: [
            [0, 100],
            [1, 10],
            [2, 10],
          ],
          // A: 80 + 5 - 5 = 80; B: 82 + 1 - 3 = 80
          units: [U('A', [80, 5, 5]), U('B', [82, 1, 3])],
          rules: { tieBreaks: tieBreaks as never },
        }),
      );
    expect(mk([{ kind: 'fewerDeductions' }]).ranking.map((r) => r.name)).toEqual(['B', 'A']);
    expect(mk([{ kind: 'moreBonus' }]).ranking.map((r) => r.name)).toEqual(['A', 'B']);
    const fewer = mk([{ kind: 'fewerDeductions' }]);
    expect(reasons(fewer, 0)[0].vi).toContain('xếp trên nhờ điểm trừ ít hơn: trừ 3 so với trừ 5.');
  });

  it("Không nhận Cờ năm trước: the unit without last period's flag first", () => {
    const res = tied({ tieBreaks: [{ kind: 'noFlagLastPeriod' }] }, [{ flagLastPeriod: false }, { flagLastPeriod: true }]);
    expect(res.ranking.map((r) => r.name)).toEqual(['Sở Tư pháp', 'Thanh tra tỉnh']);
  });

  it('steps apply in order; equal steps are named in the reason', () => {
    const res = tied({ tieBreaks: [{ kind: 'votes' }, { kind: 'noFlagLastPeriod' }] }, [{ votes: 3, flagLastPeriod: true }, { votes: 3 }]);
    expect(res.ranking[0].name).toBe('Thanh tra tỉnh');
    expect(reasons(res, 0)[0].vi).toBe(
      'Bằng tổng điểm (80,00) với Sở Tư pháp, bằng số phiếu bầu (3 phiếu); xếp trên nhờ chưa nhận Cờ thi đua năm trước (đơn vị kia đã nhận).',
    );
  });

  it('a step with nothing to compare (no ballot) separates nobody', () => {
    const res = scoreBloc(makeBloc({ units: [U('A', [40, 20, 10]), U('B', [40, 20, 10])], rules: { tieBreaks: [{ kind: 'votes' }] } }));
    expect(res.unresolvedTies).toEqual([[0, 1]]);
  });
});

describe('unresolved ties are never settled by name or order', () => {
  it('at the top: shared rank 1, nobody proposed for the flag, the meeting must re-vote', () => {
    const res = scoreBloc(
      makeBloc({
        units: [U('Z', [40, 20, 10]), U('A', [40, 20, 10]), U('M', [30, 20, 10]), U('N', [20, 10, 5])],
        rules: { tieBreaks: [] },
      }),
    );
    expect(res.ranking.map((r) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(res.flag).toEqual([]);
    expect(res.flagOutcome).toBe('unresolvedTie');
    expect(
      notices(blocOf(res), res)
        .map((n) => n.vi)
        .join(' '),
    ).toContain('Z và A bằng điểm ở vị trí đề nghị Cờ thi đua');
    expect(reasons(res, 0).at(-1)!.vi).toContain('Hội nghị quyết định');
    // One flag and one Certificate (floor(4/2) - 1): the tied pair gets both whatever the vote decides; M nothing.
    expect(res.merit).toEqual([]);
    expect(res.pending).toEqual([{ award: 'flag', among: [0, 1], slots: 1, how: 'vote', othersGet: 'merit', cause: 'tie' }]);
  });

  it('across the Certificate cut-off: units above the tie proposed, the tie reported', () => {
    const res = scoreBloc(
      makeBloc({
        units: [
          U('A', [50, 30, 20]),
          U('B', [45, 30, 20]),
          U('C', [40, 30, 20]),
          U('D', [40, 30, 20]),
          U('E', [10, 10, 10]),
          U('F', [5, 5, 5]),
          U('G', [1, 1, 1]),
          U('H', [0, 0, 0]),
        ],
        rules: { tieBreaks: [], meritCount: 2 },
      }),
    );
    expect(res.flag).toEqual([0]);
    expect(res.merit).toEqual([1]);
    expect(res.unresolvedTies).toEqual([[2, 3]]);
    // Without a vote, the last place is C's or D's only if A wins the flag: pending on both counts.
    expect(res.pending.map((p) => [p.award, p.among, p.slots, p.cause])).toEqual([
      ['flag', [0], 1, 'awaitingVote'],
      ['merit', [2, 3], 1, 'afterFlag'],
    ]);
  });
});

describe('eligibility and proposals', () => {
  it('an ineligible leader keeps rank 1 but the flag goes to the next eligible unit', () => {
    const res = scoreBloc(
      makeBloc({
        units: [
          U('A', [50, 30, 20], { ineligible: 'Lãnh đạo bị kỷ luật' }),
          U('B', [45, 30, 20]),
          U('C', [40, 30, 20]),
          U('D', [30, 30, 20]),
        ],
      }),
    );
    expect(res.ranking[0]).toMatchObject({ name: 'A', rank: 1, eligible: false, proposal: null });
    expect(reasons(res, 0)[0].vi).toBe('Không xét khen thưởng: Lãnh đạo bị kỷ luật.');
    expect(res.flag).toEqual([1]);
    // The one Certificate is C's only if B wins the vote (else B keeps it at its rank).
    expect(res.merit).toEqual([]);
    expect(res.pending.map((p) => [p.award, p.among, p.cause])).toEqual([
      ['flag', [1], 'awaitingVote'],
      ['merit', [2], 'afterFlag'],
    ]);
    expect(res.flagOutcome).toBe('pendingVote');
  });

  it('below Điểm tối thiểu xét Cờ: no flag, but a Certificate is possible', () => {
    const res = scoreBloc(
      makeBloc({ units: [U('A', [40, 20, 10]), U('B', [30, 20, 10]), U('C', [1, 1, 1]), U('D', [0, 0, 0])], rules: { minFlagScore: 80 } }),
    );
    expect(res.flag).toEqual([]);
    expect(res.flagOutcome).toBe('noEligibleUnit');
    expect(res.merit).toEqual([0]);
    expect(reasons(res, 0)[0].vi).toContain('dưới mức tối thiểu xét Cờ thi đua (80)');
  });

  it('default Certificates: floor(50% of units) less the flag units', () => {
    const units = Array.from({ length: 11 }, (_, i) => U(`Đơn vị ${i + 1}`, [50 - i, 20, 10]));
    const res = scoreBloc(makeBloc({ units }));
    expect(res.meritCount).toBe(4);
    expect(res.merit).toEqual([1, 2, 3]);
    expect(res.pending.at(-1)).toMatchObject({ award: 'merit', among: [4], slots: 1, cause: 'afterFlag' });
  });

  it('vote threshold: the leader short of > 50% is not proposed', () => {
    const mk = (votes: number, threshold: Threshold = { op: '>', fraction: 0.5, text: '> 50%' }) =>
      scoreBloc(
        makeBloc({
          units: [U('A', [50, 30, 20], { votes }), U('B', [40, 30, 20]), U('C', [30, 30, 20]), U('D', [1, 1, 1])],
          ballot: true,
          rules: { voteThreshold: threshold },
        }),
      );
    expect(mk(2).flagOutcome).toBe('belowThreshold'); // 2/4 = 50% is not > 50%
    expect(mk(2).flag).toEqual([]);
    const two = mk(2);
    expect(notices(blocOf(two), two)[0].vi).toContain('A: được 2/4 phiếu đồng ý (50%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên');
    // and its own ranking row says so
    expect(
      reasons(two, 0)
        .map((r) => r.vi)
        .join(' '),
    ).toContain('Được 2/4 phiếu đồng ý (50%), chưa đạt tỷ lệ trên 50%');
    // It stays in the Certificate line at its rank.
    expect(two.merit).toEqual([0]);
    expect(reasons(mk(3), 0).map((r) => r.vi)).toEqual(['Được 3/4 phiếu đồng ý (75%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.']);
    expect(mk(3).flag).toEqual([0]);
    expect(mk(3).flagOutcome).toBe('proposed');
    expect(mk(2, { op: '>=', fraction: 0.5, text: '>= 50%' }).flag).toEqual([0]);
  });

  it('quorum: fewer than 2/3 of units present, the ballot does not count: the flag is pending a vote with quorum', () => {
    const res = scoreBloc(
      makeBloc({
        units: [
          U('A', [50, 30, 20], { votes: 3 }),
          U('B', [40, 30, 20], { present: false }),
          U('C', [30, 30, 20], { present: false }),
          U('D', [1, 1, 1]),
        ],
        ballot: true,
      }),
    );
    expect(res.vote!.quorum).toEqual({ present: 2, total: 4, met: false });
    expect(res.flagOutcome).toBe('noQuorum');
    expect(res.vote!.counted).toBe(false);
    // No result: the leading unit is proposed pending a vote, its figures are nowhere in the ranking.
    expect(res.flag).toEqual([0]);
    expect(res.pending.map((p) => [p.award, p.how, p.cause])).toEqual([
      ['flag', 'vote', 'noQuorum'],
      ['merit', 'vote', 'afterFlag'],
    ]);
    expect(res.ranking.map((r) => r.votes)).toEqual([null, null, null, null]);
    expect(res.nextBallot).toEqual({ round: 1, candidates: [0], slots: null });
    // exactly 2/3 meets ">= 2/3"
    const ok = scoreBloc(
      makeBloc({ units: [U('A', [50, 30, 20], { votes: 3 }), U('B', [1, 1, 1]), U('C', [0, 0, 0], { present: false })], ballot: true }),
    );
    expect(ok.vote!.quorum.met).toBe(true);
  });
});

describe('next head', () => {
  const units = [U('A', [1, 1, 1]), U('B', [1, 1, 1]), U('C', [1, 1, 1])];
  it('given in Thông tin', () => {
    expect(scoreBloc(makeBloc({ units, head: 'A', nextHead: 'C' })).nextHead).toEqual({ unit: 'C', suggested: false });
  });
  it('suggested by rotation, wrapping round', () => {
    const res = scoreBloc(makeBloc({ units, head: 'C' }));
    expect(res.nextHead).toEqual({ unit: 'A', suggested: true });
    expect(res.nextDeputy).toEqual({ unit: 'B', suggested: true });
  });
});

describe('cross-scoring', () => {
  it('aggregates mean, trimmed and median', () => {
    expect(aggregate([1, 2, 9], 'mean')).toBe(4);
    expect(aggregate([1, 2, 9], 'trimmed')).toBe(2);
    expect(aggregate([1, 2, 9, 10], 'median')).toBe(5.5);
    expect(aggregate([], 'median')).toBeNull();
  });

  it("ignores a unit's scores of itself", () => {
    const bloc = makeBloc({
      criteria: [[0, 10]],
      units: [U('A', [0]), U('B', [0]), U('C', [0])],
      rules: { scoreSource: 'cross', tieBreaks: [] },
    });
    bloc.cross = crossTable([
      { scorer: 0, scored: 0, criterion: 0, value: 10 },
      { scorer: 1, scored: 0, criterion: 0, value: 6 },
      { scorer: 2, scored: 0, criterion: 0, value: 8 },
      { scorer: 0, scored: 1, criterion: 0, value: 9 },
    ]);
    const res = scoreBloc(bloc);
    expect(res.ranking.map((r) => [r.name, r.total])).toEqual([
      ['B', 9],
      ['A', 7],
      ['C', 0],
    ]);
  });
});

describe('properties', () => {
  const unitArb = fc.record({
    a: fc.integer({ min: 0, max: 50 }),
    b: fc.integer({ min: 0, max: 30 }),
    c: fc.integer({ min: 0, max: 20 }),
    votes: fc.integer({ min: 0, max: 12 }),
    flag: fc.boolean(),
    ineligible: fc.boolean(),
  });

  it('the order of units in the sheet never changes the outcome', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 12 }), fc.integer(), (specs, seed) => {
        const units = specs.map((s, i) =>
          U(`Đơn vị ${i}`, [s.a, s.b, s.c], { votes: s.votes, flagLastPeriod: s.flag, ineligible: s.ineligible ? 'x' : undefined }),
        );
        const shuffled = [...units].sort(
          (x, y) => ((x.name.length * 31 + seed) % 7) - ((y.name.length * 17 + seed) % 5) || (x.name < y.name ? 1 : -1),
        );
        const rules = { tieBreaks: [{ kind: 'votes' as const }, { kind: 'noFlagLastPeriod' as const }] };
        expect(outcome(scoreBloc(makeBloc({ units: shuffled, ballot: true, rules })))).toEqual(
          outcome(scoreBloc(makeBloc({ units, ballot: true, rules }))),
        );
      }),
    );
  });

  it('the order of criteria rows never changes the outcome', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 10 }), (specs) => {
        const units = specs.map((s, i) => U(`Đơn vị ${i}`, [s.a, s.b, s.c]));
        const reversed = units.map((u) => ({ ...u, scores: [...u.scores].reverse() }));
        const a = scoreBloc(
          makeBloc({
            units,
            criteria: [
              [0, 50],
              [0, 30],
              [1, 20],
            ],
          }),
        );
        const b = scoreBloc(
          makeBloc({
            units: reversed,
            criteria: [
              [1, 20],
              [0, 30],
              [0, 50],
            ],
          }),
        );
        expect(outcome(b)).toEqual(outcome(a));
      }),
    );
  });

  it('ranks are 1-based, non-decreasing, and shared only by equal totals', () => {
    fc.assert(
      fc.property(fc.array(unitArb, { minLength: 1, maxLength: 15 }), (specs) => {
        const res = scoreBloc(makeBloc({ units: specs.map((s, i) => U(`U${i}`, [s.a, s.b, s.c])) }));
        res.ranking.forEach((r, i) => {
          if (i === 0) expect(r.rank).toBe(1);
          else {
            const prev = res.ranking[i - 1];
            expect(r.total).toBeLessThanOrEqual(prev.total);
            expect(r.rank === prev.rank ? r.total === prev.total : r.rank === i + 1).toBe(true);
          }
        });
        expect(res.flag.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
