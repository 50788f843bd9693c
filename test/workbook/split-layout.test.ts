// Self-scoring workbooks follow the reader's layout of the master, whatever spelling its headers use (the format is
// declared once, in src/workbook/format-v1.ts).

import { SCORE_COLUMNS } from '../../src/workbook/format-v1';
import { readBloc } from '../../src/workbook/read';
import { planSplit } from '../../src/workbook/split';
import { CRITERIA, standardBloc } from '../fixtures/bloc-grids';

const relabel = (role: keyof typeof SCORE_COLUMNS, label: string) => {
  const { sheets } = standardBloc();
  const score = sheets.find((s) => s.name === 'Chấm điểm')!;
  const canonical = { stt: 'STT', content: 'Nội dung tiêu chí', max: 'Điểm chuẩn' }[role];
  const row = score.values.find((r) => r?.includes(canonical))!;
  row[row.indexOf(canonical)] = label;
  return sheets;
};

describe.each(Object.entries(SCORE_COLUMNS) as [keyof typeof SCORE_COLUMNS, readonly string[]][])('%s header', (role, labels) => {
  test.each(labels.map((l) => [l]))('spelled "%s": every row of the criteria table reaches the self-scoring workbook', (label) => {
    const read = readBloc(relabel(role, label));
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const [book] = planSplit({ bloc: read.bloc!, layout: read.layout!, sheets: relabel(role, label) });
    const stts = book.sheets[0].values.slice(7).map((r) => r[0]);
    expect(stts.slice(0, CRITERIA.length)).toEqual(CRITERIA.map((c) => c[0]));
  });
});
