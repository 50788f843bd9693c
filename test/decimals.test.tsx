// One way to format numbers, at every edge: with `Số chữ số thập phân` = 3, totals that the ranking tells apart
// (95,126 and 95,129) show three decimals in the pane, the CLI, `Kết quả` and the minutes — never both "95,13".

import { renderToStaticMarkup } from 'react-dom/server';
import { resultText } from '../src/cli/report';
import { scoreBloc } from '../src/domain/engine';
import { buildMinutesData } from '../src/minutes/data';
import { Ranking } from '../src/taskpane/components/Ranking';
import { planResult } from '../src/workbook/result-sheet';
import { makeBloc } from './domain/builders';
import { renderPane } from './taskpane/render';

const bloc = makeBloc({
  units: [
    { name: 'Công an tỉnh', scores: [60.126, 25, 10] },
    { name: 'Thanh tra tỉnh', scores: [60.129, 25, 10] },
  ],
  rules: { decimals: 3, tieBreaks: [] },
});
const result = scoreBloc(bloc);

test('the engine ranks them apart', () => {
  expect(result.ranking.map((r) => [r.name, r.total, r.rank])).toEqual([
    ['Thanh tra tỉnh', 95.129, 1],
    ['Công an tỉnh', 95.126, 2],
  ]);
});

test('the pane', () => {
  const html = renderToStaticMarkup(renderPane(<Ranking bloc={bloc} result={result} />));
  expect(html).toContain('95,129');
  expect(html).toContain('95,126');
  expect(html).not.toContain('95,13<');
});

test('the CLI', () => {
  const text = resultText(bloc, result, 'vi');
  expect(text).toMatch(/Thanh tra tỉnh\s+95,129/);
  expect(text).toMatch(/Công an tỉnh\s+95,126/);
});

test('Kết quả: the totals are written as numbers and shown with three decimals', () => {
  const sheet = planResult(
    bloc,
    result,
    {
      scoreSheet: 'Chấm điểm',
      headerRow: 0,
      columns: { stt: 0, content: 1, max: 2 },
      unitColumns: [],
      criterionRows: [],
      firstRow: 0,
      lastRow: 0,
    },
    [],
  ).plan.ownedSheets.find((s) => s.name === 'Kết quả')!;
  const totals = sheet.values.filter((r) => r[1] === 'Công an tỉnh' || r[1] === 'Thanh tra tỉnh').map((r) => r[5]);
  expect(totals).toEqual([95.129, 95.126]);
  expect(sheet.formats.some((f) => f.format.numberFormat === '0.000')).toBe(true);
});

test('the minutes', () => {
  const data = buildMinutesData(bloc, result);
  const rows = data.bang_diem as Record<string, string>[];
  expect(rows.map((r) => r.tong_diem)).toEqual(['95,129', '95,126']);
});
