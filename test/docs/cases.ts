// The meetings the documents are tried on, as real blocs hold them: the sample workbook, a ballot as `Lập sổ` leaves
// it (every vote cell blank), a ballot of the candidate only, a vote without quorum, a half-year review (sơ kết) with
// the next host, a decisive revote, a Cụm, the three legal periods, a tie broken by a criterion. Shared by the
// documents' text tests (test/minutes) and the LibreOffice suite (test/docs).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { scoreBloc } from '../../src/domain/engine';
import type { Ballot, Bloc, BlocResult, Issue } from '../../src/domain/model';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx } from '../../src/xlsx/read';
import { makeBloc, type FixtureOptions } from '../minutes/fixture';

export interface Case {
  bloc: Bloc;
  result: BlocResult;
  issues: Issue[];
}

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

export async function sampleCase(): Promise<Case> {
  const { sheets } = await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  const read = readBloc(sheets);
  if (!read.bloc) throw new Error('the sample does not read');
  return { bloc: read.bloc, result: scoreBloc(read.bloc), issues: read.issues };
}

const N = 11;
const none = () => Array.from({ length: N }, () => null as number | null);

/** A ballot with these votes (unit index -> votes); every other vote cell blank (not on the ballot). */
export function ballotOf(votes: Record<number, number>, figures: [number | null, number | null, number | null] = [10, 10, 10]): Ballot {
  const v = none();
  for (const [u, n] of Object.entries(votes)) v[Number(u)] = n;
  return { issued: figures[0], returned: figures[1], valid: figures[2], votes: v, against: none(), revote: null };
}

function make(o: FixtureOptions, issues: Issue[] = []): Case {
  const bloc = makeBloc(o);
  return { bloc, result: scoreBloc(bloc), issues };
}

/** Units 0 and 4 equal on every step before the vote (for a vote among tied units and a revote). */
function tiedTop(): number[][] {
  const scores = makeBloc().table.self.map((r) => [...(r as number[])]);
  scores[4] = [...scores[0]];
  return scores;
}

export const CASES = {
  /** `Phiếu bầu` as Lập sổ leaves it: every unit listed, vote cells and ballot counts blank. */
  blankBallot: () => make({ ballot: ballotOf({}, [null, null, null]) }),
  /** Only the leading unit on the ballot; the Certificates go by rank, with no vote figure. */
  candidateOnly: () => make({ ballot: ballotOf({ 0: 9 }) }),
  /** Six of eleven present (quorum 2/3): the vote held is no result. */
  noQuorum: () =>
    make({ ballot: ballotOf({ 0: 5 }, [6, 6, 6]), present: [true, true, true, true, true, true, false, false, false, false, false] }),
  /** A half-year review: ranking and minute only; the hosting of the next review handed over. */
  halfYear: () =>
    make({
      info: {
        year: 2024,
        period: '6 tháng đầu năm',
        periodKind: 'halfYear',
        periodPart: 1,
        nextHost: 'Sở Tư pháp',
        nextHead: null,
        nextDeputy: null,
      },
      meetingDate: '2024-07-25',
      nextHead: null,
    }),
  /** Two units tied at the top: the first vote among them is even, the revote decides. */
  revote: () => {
    const ballot = ballotOf({ 0: 5, 4: 5 });
    ballot.revote = {
      issued: 10,
      returned: 10,
      valid: 9,
      votes: none().map((_, u) => (u === 0 ? 3 : u === 4 ? 6 : null)),
      against: none(),
    };
    return make({ scores: tiedTop(), ballot });
  },
  /** Two units tied at the top before the vote: a vote among them, each voter approving at most one. */
  tieBeforeVote: () => make({ scores: tiedTop() }),
  /** A Cụm thi đua: every word follows. */
  cum: () => make({ info: { name: 'Cụm thi đua số 2', kind: 'cum' }, ballot: ballotOf({ 0: 9 }) }),
  /** A meeting before 2024: the Law of 2003 and Decree 91/2017. */
  law2003: () => make({ info: { year: 2021 }, meetingDate: '2022-01-14', ballot: ballotOf({ 0: 9 }) }),
  /** A meeting after 01/07/2025: Decree 152/2025. */
  decree152: () => make({ info: { year: 2025 }, meetingDate: '2025-12-20', ballot: ballotOf({ 0: 9 }) }),
  /** The bloc's own `Căn cứ` rows replace the grounds. */
  ownGrounds: () =>
    make({
      ballot: ballotOf({ 0: 9 }),
      info: {
        legalGrounds: [
          'Quyết định số 354/QĐ-UBND ngày 12/3/2018 của Ủy ban nhân dân tỉnh',
          'Kế hoạch số 20/KH-KTĐ ngày 15/02/2023 của Khối',
        ],
      },
    }),
  /** Two units of the same total, equal on groups, set apart by criterion I.2 (`Điểm tiêu chí I.2`). */
  criterion: () => {
    const scores = makeBloc().table.self.map((r) => [...(r as number[])]);
    scores[7] = [19, 19.5, 18.5, 19, 19, 3, 0]; // 98,00 like unit 6, same groups, more on criterion I.2
    return make({ scores, ballot: ballotOf({ 0: 9 }), rules: { tieBreaks: [{ kind: 'criterion', stt: 'I.2' }] } });
  },
} satisfies Record<string, () => Case>;

export type CaseName = keyof typeof CASES;
