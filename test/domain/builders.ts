// Small blocs for rule tests: units with scores per group, built without a workbook.

import { DEFAULT_RULES, type Bloc, type BlocKind, type Group, type PeriodKind, type Rules, type Unit } from '../../src/domain/model';

export interface UnitSpec {
  name: string;
  scores: number[]; // one per criterion
  ineligible?: string;
  present?: boolean;
  flagLastPeriod?: boolean;
  votes?: number;
  /** Votes in the revote table (`Bỏ phiếu lại`); units without are not on it. */
  revote?: number;
}

export interface BlocSpec {
  units: UnitSpec[];
  /** Criteria as [group index, max]; default: two ordinary criteria in group I, one in II. */
  criteria?: [number, number][];
  groups?: Partial<Group>[];
  rules?: Partial<Rules>;
  ballot?: boolean;
  head?: string;
  nextHead?: string;
  period?: string;
  periodKind?: PeriodKind;
  kind?: BlocKind;
  nextHost?: string;
}

export function makeBloc(spec: BlocSpec): Bloc {
  const groups: Group[] = (spec.groups ?? [{ numeral: 'I' }, { numeral: 'II' }]).map((g, i) => ({
    numeral: g.numeral ?? ['I', 'II', 'III', 'IV', 'V'][i],
    title: g.title ?? `Nhóm ${i + 1}`,
    kind: g.kind ?? 'ordinary',
    max: g.max ?? null,
    ref: `Chấm điểm!A${i + 1}`,
  }));
  const criteria = (
    spec.criteria ?? [
      [0, 50],
      [0, 30],
      [1, 20],
    ]
  ).map(([group, max], k) => ({
    key: String(k + 1),
    title: `Tiêu chí ${k + 1}`,
    max,
    group,
    ref: `Chấm điểm!A${k + 10}`,
  }));
  const units: Unit[] = spec.units.map((u) => ({
    name: u.name,
    shortName: null,
    representative: null,
    title: null,
    present: u.present ?? true,
    flagLastPeriod: u.flagLastPeriod ?? false,
    ineligibleReason: u.ineligible ?? null,
  }));
  return {
    info: {
      name: 'Khối thi đua số 3',
      province: 'Đắk Lắk',
      year: 2024,
      period: spec.period ?? 'Năm',
      periodKind: spec.periodKind ?? 'year',
      periodPart: null,
      kind: spec.kind ?? 'khoi',
      kindGiven: false,
      head: spec.head ?? null,
      deputy: null,
      awardingBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      meetingDate: null,
      meetingPlace: null,
      chair: null,
      secretary: null,
      nextHead: spec.nextHead ?? null,
      nextDeputy: null,
      nextHost: spec.nextHost ?? null,
      legalGrounds: null,
    },
    units,
    table: {
      groups,
      criteria,
      self: spec.units.map((u) => u.scores),
      bloc: spec.units.map((u) => u.scores.map(() => null)),
    },
    cross: null,
    ballot: spec.ballot
      ? {
          issued: units.length,
          returned: units.length,
          valid: units.length,
          votes: spec.units.map((u) => u.votes ?? null), // a unit without votes is not on the ballot
          against: spec.units.map(() => null),
          revote: spec.units.some((u) => u.revote != null)
            ? {
                issued: null,
                returned: null,
                valid: null,
                votes: spec.units.map((u) => u.revote ?? null),
                against: spec.units.map(() => null),
              }
            : null,
        }
      : null,
    rules: { ...DEFAULT_RULES, ...spec.rules },
  };
}

/** name -> [rank, proposal] for comparing outcomes regardless of order. */
export function outcome(result: import('../../src/domain/model').BlocResult): Record<string, [number, string | null]> {
  return Object.fromEntries(result.ranking.map((r) => [r.name, [r.rank, r.proposal]]));
}
