// The benchmark's synthetic province-scale workbooks are valid format v1 and score sensibly.
import { syntheticBloc } from '../../bench/synthetic';
import { scoreBloc } from '../../src/domain/engine';
import { readBloc } from '../../src/workbook/read';

describe('synthetic blocs', () => {
  it('read without errors, with every unit and criterion, and score', () => {
    const read = readBloc(syntheticBloc({ units: 40, criteria: 60, crossScorers: 5 }));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.bloc!.units).toHaveLength(40);
    expect(read.bloc!.table.criteria).toHaveLength(60);
    expect(read.bloc!.cross!.value.length).toBe(5 * 39 * 60);
    const result = scoreBloc(read.bloc!);
    expect(result.ranking).toHaveLength(40);
    expect(result.ranking[0].total).toBeGreaterThan(result.ranking[39].total);
  });
});
