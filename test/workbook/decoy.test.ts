// Two sheets that read as one of the bloc's sheets (issue 22, item 4): a decoy whose name folds equal to `Chấm điểm`
// (case, diacritics, invisible characters) or another accepted spelling is refused naming the sheet, whatever the
// order of the tabs.

import { readBloc } from '../../src/workbook/read';
import { scoreSheet, standardBloc } from '../fixtures/bloc-grids';

describe('a decoy of a bloc sheet', () => {
  test.each(['Cham diem', 'CHẤM ĐIỂM ', 'Chấm\u200b điểm', 'Bảng điểm'])('%j before Chấm điểm is refused, naming it', (decoy) => {
    const { sheets } = standardBloc();
    const fake = scoreSheet({
      self: [
        [0, 0, 0, 0, 0, 0, 0, 0],
        [30, 30, 30, 30, 30, 5, 0, 0],
        [0, 0, 0, 0, 0, 0, 0, 0],
      ],
    }).sheet;
    fake.name = decoy;
    const { bloc, issues } = readBloc([sheets[0], sheets[1], fake, sheets[2]]);
    expect(bloc).toBeNull();
    const e = issues.filter((i) => i.severity === 'error' && /cùng được hiểu là trang Chấm điểm/.test(i.message.vi));
    expect(e).toHaveLength(1);
    expect(e[0].sheet).toBe('Chấm điểm');
    expect(e[0].message.vi).toContain(`"${decoy}"`);
    expect(e[0].message.en).toContain('both read as the Chấm điểm sheet');
  });

  test('after it too', () => {
    const { sheets } = standardBloc();
    const fake = scoreSheet().sheet;
    fake.name = 'Chấm Điểm ';
    const { issues } = readBloc([...sheets, fake]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.sheet)).toEqual(['Chấm Điểm ']);
  });
});
