import { readBloc } from '../../src/workbook/read';
import { masterFixture } from './fixture';

// The fixture's hand-built bloc and layout are what the reader gives for its grids, so the pure tests built on
// them hold for real masters too.
describe('fixture master', () => {
  it('reads with the reader to the same bloc table and layout', () => {
    const m = masterFixture({
      self: [
        [25, 14],
        [null, '9,5'],
      ],
    });
    const read = readBloc(m.sheets, { scoresRequired: false });
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.layout).toMatchObject(m.layout);
    expect(read.bloc!.table.criteria.map((c) => [c.key, c.title, c.max, c.group])).toEqual(
      m.bloc.table.criteria.map((c) => [c.key, c.title, c.max, c.group]),
    );
    expect(read.bloc!.table.groups.map((g) => [g.numeral, g.title, g.kind, g.max])).toEqual(
      m.bloc.table.groups.map((g) => [g.numeral, g.title, g.kind, g.max]),
    );
    expect(read.bloc!.info).toMatchObject({ name: m.bloc.info.name, province: m.bloc.info.province, year: 2024, period: 'Năm' });
    expect(read.bloc!.units.map((u) => [u.name, u.shortName])).toEqual(m.bloc.units.map((u) => [u.name, u.shortName]));
  });
});
