// A bloc built by hand in the manner of Đắk Lắk bloc 3 (2021): 11 units, the Police head, a ballot or not.

import { scoreBloc } from '../../src/domain/engine';
import { DEFAULT_RULES, type Ballot, type Bloc, type BlocResult, type Unit } from '../../src/domain/model';

const NAMES: [string, string, string, string][] = [
  ['Công an tỉnh', 'CA', 'Nguyễn Văn An', 'Phó Giám đốc'],
  ['Viện Kiểm sát nhân dân tỉnh', 'VKS', 'Trần Thị Bình', 'Phó Viện trưởng'],
  ['Tòa án nhân dân tỉnh', 'TA', 'Lê Văn Cường', 'Phó Chánh án'],
  ['Cục Thi hành án dân sự tỉnh', 'THADS', 'Phạm Thị Dung', 'Phó Cục trưởng'],
  ['Thanh tra tỉnh', 'TT', 'Hoàng Văn Em', 'Phó Chánh Thanh tra'],
  ['Sở Tư pháp', 'STP', 'Đỗ Đức Hà', 'Phó Giám đốc'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'BCHQS', 'Vũ Văn Giang', 'Phó Chính ủy'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BĐBP', 'Đỗ Quang Thấm', 'Chính ủy'],
  ['Trại giam Đắk Tân', 'TGĐT', 'Bùi Văn Khánh', 'Phó Giám thị'],
  ['Trại giam Đắk Trung', 'TGĐTr', 'Ngô Thị Lan', 'Phó Giám thị'],
  ['Trung đoàn Cảnh sát cơ động Tây Nguyên', 'CSCĐ', 'Đinh Văn Minh', 'Phó Trung đoàn trưởng'],
];

// [unit][criterion]: group I (3 criteria, max 20 each), group II (2, max 20 each), bonus (max 5), deduction (max 5)
const SCORES: number[][] = [
  [20, 19.5, 20, 19, 20, 4, 0],
  [19, 19, 19.5, 19, 19, 3, 0],
  [18.5, 19, 19, 18, 19, 2, 0.5],
  [18, 18.5, 19, 18, 18.5, 2, 0],
  [19.5, 19, 19.5, 19, 19, 3.5, 0],
  [17, 18, 18, 17.5, 18, 1, 1],
  [19, 19, 19, 19, 19, 3, 0],
  [19, 19, 19, 18.5, 19, 3, 0],
  [17.5, 17, 18, 17, 17.5, 1, 0],
  [17, 17.5, 17, 17, 17, 1, 0.5],
  [18, 18, 18, 18, 18, 2, 0],
];

export interface FixtureOptions {
  ballot?: Ballot | null;
  present?: boolean[];
  ineligible?: Record<number, string>;
  scores?: number[][];
  nextHead?: string | null;
  meetingDate?: string | null;
  meetingPlace?: string | null;
}

export function makeBloc(o: FixtureOptions = {}): Bloc {
  const scores = o.scores ?? SCORES;
  const units: Unit[] = NAMES.map(([name, shortName, representative, title], i) => ({
    name,
    shortName,
    representative,
    title,
    present: o.present ? o.present[i] : i !== 9,
    flagLastPeriod: false,
    ineligibleReason: o.ineligible?.[i] ?? null,
  }));
  const criteria = [
    { key: '1', title: 'Thực hiện nhiệm vụ chính trị', max: 20, group: 0, ref: 'Chấm điểm!A6' },
    { key: '2', title: 'Cải cách hành chính', max: 20, group: 0, ref: 'Chấm điểm!A7' },
    { key: '3', title: 'Xây dựng Đảng, đoàn thể', max: 20, group: 0, ref: 'Chấm điểm!A8' },
    { key: '1', title: 'Tổ chức phong trào thi đua', max: 20, group: 1, ref: 'Chấm điểm!A10' },
    { key: '2', title: 'Công tác khen thưởng', max: 20, group: 1, ref: 'Chấm điểm!A11' },
    { key: '1', title: 'Điểm thưởng', max: 5, group: 2, ref: 'Chấm điểm!A13' },
    { key: '1', title: 'Điểm trừ', max: 5, group: 3, ref: 'Chấm điểm!A15' },
  ];
  return {
    info: {
      name: 'Khối thi đua số 3',
      province: 'Đắk Lắk',
      year: 2023,
      period: 'Năm',
      periodKind: 'year',
      periodPart: null,
      kind: 'khoi',
      kindGiven: false,
      head: 'Công an tỉnh',
      deputy: 'Thanh tra tỉnh',
      awardingBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      meetingDate: o.meetingDate === undefined ? '2024-01-09' : o.meetingDate,
      meetingPlace: o.meetingPlace === undefined ? 'Hội trường Công an tỉnh Đắk Lắk' : o.meetingPlace,
      chair: 'Đồng chí Nguyễn Văn An, Phó Giám đốc Công an tỉnh',
      secretary: 'Đồng chí Trần Văn Sơn',
      nextHead: o.nextHead === undefined ? 'Thanh tra tỉnh' : o.nextHead,
      nextDeputy: o.nextHead === undefined ? 'Trại giam Đắk Tân' : null,
      nextHost: null,
      legalGrounds: null,
    },
    units,
    table: {
      groups: [
        { numeral: 'I', title: 'Thực hiện nhiệm vụ', kind: 'ordinary', max: 60, ref: 'Chấm điểm!A5' },
        { numeral: 'II', title: 'Công tác thi đua', kind: 'ordinary', max: 40, ref: 'Chấm điểm!A9' },
        { numeral: 'III', title: 'Điểm thưởng', kind: 'bonus', max: 5, ref: 'Chấm điểm!A12' },
        { numeral: 'IV', title: 'Điểm trừ', kind: 'deduction', max: 5, ref: 'Chấm điểm!A14' },
      ],
      criteria,
      self: scores.map((row) => [...row]),
      bloc: scores.map((row) => row.map(() => null)),
    },
    cross: null,
    ballot: o.ballot === undefined ? null : o.ballot,
    rules: { ...DEFAULT_RULES },
  };
}

export function makeBallot(votes: number[], issued = 10, returned = 10, valid = 10): Ballot {
  return { issued, returned, valid, votes, against: votes.map(() => null), revote: null };
}

export function scored(o: FixtureOptions = {}): { bloc: Bloc; result: BlocResult } {
  const bloc = makeBloc(o);
  return { bloc, result: scoreBloc(bloc) };
}
