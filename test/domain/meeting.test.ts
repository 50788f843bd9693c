// The meeting model in the engine (docs/design.md, "The meeting model"): candidates, the ballot not held, the
// put-forward rule, the criterion step, the revote settling the ranking, the ballot papers, a sơ kết.

import { ballotProblems, scoreBloc } from '../../src/domain/engine';
import { conclusionLines, flagActionText, flagOutcomeTitle, nextRoles, noteText, tieText } from '../../src/domain/explain';
import type { Bloc } from '../../src/domain/model';
import { makeBloc, type BlocSpec, type UnitSpec } from './builders';

const U = (name: string, scores: number[], extra: Partial<UnitSpec> = {}): UnitSpec => ({ name, scores, ...extra });
const names = (bloc: Bloc, list: number[]) => list.map((u) => bloc.units[u].name);
const run = (spec: BlocSpec) => {
  const bloc = makeBloc(spec);
  return { bloc, res: scoreBloc(bloc) };
};

describe('candidates', () => {
  test('votes compare candidates only: a tie with a unit not on the ballot goes to the next step, without "0 votes"', () => {
    const { bloc, res } = run({
      units: [U('A', [40, 30, 20], { votes: 5 }), U('B', [45, 24, 21]), U('C', [10, 10, 10], { votes: 2 })],
      ballot: true,
    });
    const pair = res.tieBreaks[0];
    expect(pair.equalOn).toEqual([]);
    expect(pair.decidedBy).toMatchObject({ step: { kind: 'group', numeral: 'I' } });
    expect(noteText(bloc, res.ranking[1].notes[0], 'vi')).toBe('Bằng tổng điểm (90,00) với A; xếp dưới theo Điểm nhóm I: 69 so với 70.');
    expect(res.ranking.map((r) => [r.name, r.votes])).toEqual([
      ['A', 5],
      ['B', null],
      ['C', 2],
    ]);
  });

  test('a ballot with every vote cell blank is not held: as without a ballot, the state says so', () => {
    const spec: BlocSpec = { units: [U('A', [50, 30, 20]), U('B', [40, 30, 20]), U('C', [30, 30, 20])] };
    const none = run(spec).res;
    const blank = run({ ...spec, ballot: true }).res;
    expect([none.ballotState, blank.ballotState]).toEqual(['none', 'notHeld']);
    expect({ ...blank, ballotState: 'none' }).toEqual(none);
    expect(blank.nextBallot).toEqual({ round: 1, candidates: [0], slots: null });
    expect(blank.documents).toEqual({ ballot: true, count: true, handover: 'head', dossier: true });
  });

  test('before the vote, a tie at the top is a vote among the tied with as many approvals as places', () => {
    const tied = [U('A', [50, 30, 20]), U('B', [50, 30, 20]), U('C', [30, 30, 20]), U('D', [20, 20, 20])];
    const { res } = run({ units: tied, rules: { tieBreaks: [{ kind: 'votes' }] } });
    expect(res.nextBallot).toEqual({ round: 1, candidates: [0, 1], slots: 1 });
    // Held on that paper: 4 voters approving both is more than 4 × 1.
    const over = makeBloc({
      units: tied.map((u, i) => ({ ...u, votes: i < 2 ? 3 : undefined })),
      ballot: true,
      rules: { tieBreaks: [{ kind: 'votes' }] },
    });
    expect(ballotProblems(over)).toEqual([{ kind: 'tooManyApprovals', round: 1, approvals: 6, voters: 4, slots: 1 }]);
    const fine = makeBloc({
      units: tied.map((u, i) => ({ ...u, votes: i < 2 ? 3 - i * 2 : undefined })),
      ballot: true,
      rules: { tieBreaks: [{ kind: 'votes' }] },
    });
    expect(ballotProblems(fine)).toEqual([]);
    expect(scoreBloc(fine).flag).toEqual([0]);
  });

  test('the leading unit must be on a held ballot under the put-forward rule', () => {
    const bloc = makeBloc({
      units: [U('A', [50, 30, 20]), U('B', [40, 30, 20], { votes: 4 }), U('C', [1, 1, 1], { votes: 1 })],
      ballot: true,
    });
    expect(ballotProblems(bloc)).toEqual([{ kind: 'missingCandidates', round: 1, units: [0] }]);
    bloc.rules = { ...bloc.rules, leaderOnly: false };
    expect(ballotProblems(bloc)).toEqual([]);
    expect(scoreBloc(bloc).flag).toEqual([1]);
  });
});

describe('the put-forward rule', () => {
  const units = [
    U('A', [50, 30, 20], { votes: 1 }),
    U('B', [45, 30, 20], { votes: 3 }),
    U('C', [40, 30, 20], { votes: 3 }),
    U('D', [1, 1, 1], { votes: 0 }),
  ];

  test('Không: the best-ranked candidate that passed; the leader that failed keeps a Certificate', () => {
    const { bloc, res } = run({ units, ballot: true, rules: { leaderOnly: false, meritCount: 1 } });
    expect(names(bloc, res.flag)).toEqual(['B']);
    expect(names(bloc, res.merit)).toEqual(['A']);
    expect(res.ranking.find((r) => r.name === 'A')!.notes.map((n) => n.kind)).toEqual(['shortOfVotes']);
    expect(res.ranking.find((r) => r.name === 'C')!.notes).toEqual([]);
  });

  test('Có (the default): the unit below is set aside, said so', () => {
    const { bloc, res } = run({ units, ballot: true, rules: { meritCount: 1 } });
    expect(res.flag).toEqual([]);
    expect(names(bloc, res.merit)).toEqual(['A']);
    expect(res.ranking.find((r) => r.name === 'B')!.notes.map((n) => n.kind)).toEqual(['notPutForward']);
  });

  test('Không before the vote: the ballot lists every unit that may get the flag; the Certificates wait on it', () => {
    const { bloc, res } = run({ units: units.map((u) => ({ ...u, votes: undefined })), rules: { leaderOnly: false, meritCount: 1 } });
    expect(res.nextBallot).toEqual({ round: 1, candidates: [0, 1, 2, 3], slots: null });
    expect(names(bloc, res.flag)).toEqual(['A']);
    expect(res.merit).toEqual([]);
    expect(res.pending.map((p) => [p.award, p.cause, names(bloc, p.among)])).toEqual([
      ['flag', 'awaitingVote', ['A', 'B', 'C', 'D']],
      ['merit', 'afterFlag', ['A', 'B', 'C', 'D']],
    ]);
  });
});

describe('the criterion step', () => {
  const groups = [{ numeral: 'I' }, { numeral: 'II' }, { numeral: 'III', kind: 'deduction' as const, max: 10 }];
  const criteria: [number, number][] = [
    [0, 50],
    [0, 50],
    [1, 50],
    [2, 10],
  ];
  test('a leaf, a leaf qualified by its group, and a deduction criterion (fewer is better)', () => {
    const units = [U('A', [30, 20, 40, 2]), U('B', [20, 30, 40, 2]), U('C', [25, 25, 41, 3])];
    const bloc = makeBloc({ units, groups, criteria, rules: { tieBreaks: [{ kind: 'criterion', stt: '1' }] } });
    // "1" is in I only (the builder numbers leaves 1..4): 30, 20 and 25.
    const res = scoreBloc(bloc);
    expect(
      names(
        bloc,
        res.ranking.map((r) => r.unit),
      ),
    ).toEqual(['A', 'C', 'B']);
    expect(noteText(bloc, res.ranking[0].notes[0], 'vi')).toBe('Bằng tổng điểm (88,00) với C; xếp trên nhờ Điểm tiêu chí 1: 30 so với 25.');
    bloc.rules = { ...bloc.rules, tieBreaks: [{ kind: 'criterion', stt: 'III.4' }] };
    const byDeduction = scoreBloc(bloc);
    // All three total 88; C has more deductions on criterion 4: below.
    expect(byDeduction.ranking.map((r) => r.total)).toEqual([88, 88, 88]);
    expect(
      names(
        bloc,
        byDeduction.ranking.map((r) => r.unit),
      ).slice(-1),
    ).toEqual(['C']);
    expect(noteText(bloc, byDeduction.ranking[2].notes[0], 'vi')).toBe(
      'Bằng tổng điểm (88,00) với B; xếp dưới theo Điểm tiêu chí III.4: 3 so với 2.',
    );
  });

  test('a tie left after every step, said whole', () => {
    const units = [U('A', [30, 20, 40, 2]), U('B', [30, 20, 40, 2])];
    const bloc = makeBloc({
      units,
      groups,
      criteria,
      rules: {
        tieBreaks: [
          { kind: 'criterion', stt: '1' },
          { kind: 'group', numeral: 'II' },
        ],
        flagCount: 0,
        meritCount: 0,
      },
    });
    const res = scoreBloc(bloc);
    const note = res.ranking[0].notes[0];
    if (note.kind !== 'tied') throw new Error(note.kind);
    expect(tieText(bloc, [0, 1], note.total, note.equalOn, note.forMeeting, 'vi')).toBe(
      'A và B bằng tổng điểm (88,00), bằng Điểm tiêu chí 1 (30) và Điểm nhóm II (40); cùng xếp hạng.',
    );
  });
});

describe('the revote', () => {
  test('three tied for one place: the winner above the two others, who stay equal', () => {
    const three = [
      U('A', [50, 30, 20], { votes: 4, revote: 1 }),
      U('B', [50, 30, 20], { votes: 4, revote: 5 }),
      U('C', [50, 30, 20], { votes: 4, revote: 1 }),
    ];
    const { bloc, res } = run({
      units: [...three, U('D', [1, 1, 1], { votes: 0 }), U('E', [1, 1, 1], { votes: 0 }), U('F', [0, 0, 0], { votes: 0 })],
      ballot: true,
      rules: { tieBreaks: [{ kind: 'votes' }], meritCount: 2 },
    });
    expect(names(bloc, res.flag)).toEqual(['B']);
    expect(res.ranking.slice(0, 3).map((r) => [r.name, r.rank, r.votes, r.voteRound])).toEqual([
      ['B', 1, 5, 2],
      ['A', 2, 1, 2],
      ['C', 2, 1, 2],
    ]);
    expect(names(bloc, res.unresolvedTies[0])).toEqual(['A', 'C']);
    expect(res.vote!.rounds[1]).toMatchObject({ round: 2, candidates: [1, 0, 2], slots: 1 });
  });
});

describe('a sơ kết', () => {
  test('ranks, proposes nothing, elects no head; ties are no one’s decision', () => {
    const { bloc, res } = run({
      units: [U('A', [50, 30, 20]), U('B', [50, 30, 20]), U('C', [1, 1, 1])],
      rules: { tieBreaks: [] },
      period: '6 tháng đầu năm',
      periodKind: 'halfYear',
      nextHost: 'C',
      head: 'A',
    });
    expect(res).toMatchObject({
      review: 'soKet',
      flag: [],
      merit: [],
      pending: [],
      flagOutcome: 'interimReview',
      meritCount: 0,
      nextBallot: null,
      nextHead: { unit: null, suggested: false },
      nextHost: 'C',
      documents: { ballot: false, count: false, handover: 'host', dossier: false },
    });
    expect(noteText(bloc, res.ranking[0].notes[0], 'vi')).toBe('Bằng tổng điểm (100,00) với B; cùng xếp hạng.');
    expect(conclusionLines(bloc, res, 'vi')).toEqual([
      'Hội nghị sơ kết 6 tháng đầu năm 2024: xếp hạng các đơn vị, không xét khen thưởng.',
      'Đơn vị đăng cai kỳ sau: C.',
    ]);
  });

  test('a Cụm speaks of its Cụm trưởng', () => {
    const { bloc, res } = run({ units: [U('A', [50, 30, 20]), U('B', [1, 1, 1])], kind: 'cum', head: 'A' });
    expect(conclusionLines(bloc, res, 'vi').slice(-2)).toEqual([
      'Cụm trưởng năm sau: B (gợi ý theo thứ tự luân phiên).',
      'Cụm phó năm sau: A (gợi ý theo thứ tự luân phiên).',
    ]);
    expect(conclusionLines(bloc, res, 'en').slice(-1)).toEqual(['Next deputy cluster head: A (suggested by the rotation order).']);
    // The pane's headline, next step and appointments speak of the Cụm too.
    expect(flagOutcomeTitle(bloc, 'belowThreshold').vi).toBe(
      'Đơn vị dẫn đầu chưa đủ số phiếu đồng ý theo quy chế của Cụm: chưa đề nghị Cờ thi đua.',
    );
    expect(flagActionText(bloc, 'belowThreshold')?.vi).toContain('biểu quyết theo quy chế của Cụm');
    expect(flagActionText(bloc, 'proposed')).toBeNull();
    expect(nextRoles(bloc, res).map((r) => `${r.label.vi}: ${r.unit}`)).toEqual(['Cụm trưởng năm sau: B', 'Cụm phó năm sau: A']);
  });

  test("a sơ kết names the next review's host, not a head", () => {
    const { bloc, res } = run({
      units: [U('A', [50, 30, 20]), U('B', [40, 30, 20])],
      period: '6 tháng đầu năm',
      periodKind: 'halfYear',
      nextHost: 'B',
    });
    expect(flagOutcomeTitle(bloc, res.flagOutcome).vi).toBe('Hội nghị sơ kết: xếp hạng các đơn vị, không xét khen thưởng.');
    expect(nextRoles(bloc, res)).toEqual([
      { label: { vi: 'Đơn vị đăng cai kỳ sau', en: 'Next review hosted by' }, unit: 'B', suggested: false },
    ]);
  });
});
