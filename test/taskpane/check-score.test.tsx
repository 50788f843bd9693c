/**
 * @jest-environment jsdom
 */
// Kiểm tra and Chấm điểm in jsdom on the strict Excel double, as a secretary uses them through a meeting day: the
// sample checked and scored; an issue selects its cell; a blank workbook is pointed to Lập sổ on every tab; what is
// shown goes out of date at once when a score is typed (and never because of the pane's own Kết quả); the earlier
// Kết quả is not reported stale right after it is rewritten; a bloc without Phiếu bầu is offered the sheet; a bloc
// set up with Lập sổ waits for its vote (the next step, not a failure); a decisive revote orders the ranking.

import type { SheetGrid } from '../../src/workbook/grid';
import { planNewBloc } from '../../src/workbook/new-bloc';
import { TABS } from '../../src/taskpane/tabs';
import { allByTestId, byTestId, click, find, get, mountPane, openTab, sampleSheets, said, textOf, typeInCell, until } from './dom';

const cellOf = (sheets: SheetGrid[], sheet: string, text: string): [number, number] => {
  const s = sheets.find((x) => x.name === sheet)!;
  for (let r = 0; r < s.values.length; r++) for (let c = 0; c < (s.values[r]?.length ?? 0); c++) if (s.values[r][c] === text) return [r, c];
  throw new Error(`«${text}» is not on ${sheet}`);
};

async function score(panel = get('panel-score')): Promise<HTMLElement> {
  await click(get('score-button', panel));
  await until(() => expect(byTestId('progress', panel)).toBeNull());
  return panel;
}

describe('Kiểm tra', () => {
  test('an issue selects its cell in Excel', async () => {
    const sheets = await sampleSheets();
    sheets.find((s) => s.name === 'Chấm điểm')!.values[6][4] = 'mười'; // E7
    const { double } = await mountPane({ sheets });
    await click(get('check-button'));
    const issues = await find('issues');
    expect(textOf(get('check-verdict'))).toContain('Sổ có lỗi');
    const item = issues.querySelector<HTMLButtonElement>('button[data-where="Chấm điểm!E7"]')!;
    expect(item.getAttribute('data-severity')).toBe('error');
    await click(item);
    await until(() => expect(double.model.selection).toEqual({ sheet: 'Chấm điểm', range: { top: 6, left: 4, bottom: 6, right: 4 } }));
  });

  test('goes out of date at once when a score is typed, and checks again on request', async () => {
    const { double } = await mountPane({ sheets: await sampleSheets() });
    await click(get('check-button'));
    await find('check-summary');
    expect(byTestId('stale-notice')).toBeNull();
    await typeInCell(double, 'Chấm điểm', 'E7', 'mười');
    const stale = await find('stale-notice', get('panel-check'));
    expect(textOf(stale)).toContain('Sổ đã thay đổi sau lần đọc này');
    await click(get('stale-run', stale));
    await find('issues', get('panel-check'));
    expect(byTestId('stale-notice', get('panel-check'))).toBeNull();
  });
});

describe('a blank workbook', () => {
  test.each(['check', 'score', 'roundtrip', 'minutes'])('%s: explains and offers Lập sổ, pointing at no cell', async (tab) => {
    await mountPane();
    const panel = await openTab(tab);
    const spec = TABS.find((t) => t.id === tab)!;
    await click(get(spec.primary, panel));
    const notice = await find('no-bloc', panel);
    expect(textOf(notice)).toContain('Sổ này chưa có các trang của sổ chấm điểm');
    expect(byTestId('issues', panel)).toBeNull(); // no "fix the cells below" about sheets that do not exist
    await click(get('no-bloc-new', notice));
    expect(get('panel-new').hidden).toBe(false);
    expect(get('tab-new').getAttribute('aria-selected')).toBe('true');
  });
});

describe('Chấm điểm', () => {
  test('the sample: the flag, the ranking, and that Kết quả is rewritten each time', async () => {
    await mountPane({ sheets: await sampleSheets() });
    const panel = await openTab('score');
    await score(panel);
    expect(allByTestId('rank-row', panel)).toHaveLength(11);
    expect(get('outcome', panel).getAttribute('data-outcome')).toBe('proposed');
    expect(textOf(get('rewritten-note', panel))).toContain('Trang «Kết quả» được viết lại mỗi lần chấm điểm');
    await until(() => expect(said()).toBe('Đã chấm điểm và ghi trang «Kết quả». Cờ thi đua: Công an tỉnh.'));
  });

  test('its own Kết quả never makes it stale; a typed score does, and scoring again clears it', async () => {
    const { double } = await mountPane({ sheets: await sampleSheets() });
    const panel = await openTab('score');
    await score(panel);
    await new Promise((r) => setTimeout(r, 100)); // any event of the write has arrived
    expect(byTestId('stale-notice', panel)).toBeNull();
    await typeInCell(double, 'Chấm điểm', 'D7', 9);
    await find('stale-notice', panel);
    // The old result is still shown, marked; nothing was recomputed behind the user's back.
    expect(allByTestId('rank-row', panel)).toHaveLength(11);
    await click(get('stale-run', panel));
    await until(() => expect(byTestId('stale-notice', panel)).toBeNull());
  });

  test('right after scoring, the earlier Kết quả is not reported out of date (Kiểm tra still says so before)', async () => {
    const { double } = await mountPane({ sheets: await sampleSheets() });
    const panel = await openTab('score');
    await score(panel);
    await typeInCell(double, 'Chấm điểm', 'D7', 9);
    await click(get('tab-check'));
    await click(get('check-button'));
    await until(() => expect(textOf(get('panel-check'))).toContain('Trang Kết quả đã cũ'));
    await openTab('score');
    await score(panel);
    expect(textOf(panel)).not.toContain('đã cũ');
    await click(get('tab-check'));
    await click(get('check-button'));
    await find('check-summary');
    expect(textOf(get('panel-check'))).not.toContain('đã cũ');
  });

  test('without a Phiếu bầu sheet, the vote to hold offers the sheet, filled with the units', async () => {
    const sheets = (await sampleSheets()).filter((s) => s.name !== 'Phiếu bầu');
    const { double } = await mountPane({ sheets });
    const panel = await openTab('score');
    await score(panel);
    expect(get('outcome', panel).getAttribute('data-outcome')).toBe('pendingVote');
    expect(textOf(get('meeting-action', panel))).toMatch(/^Bước tiếp theo: /);
    const missing = get('ballot-missing', panel);
    expect(textOf(missing)).toContain('Sổ chưa có trang «Phiếu bầu»');
    await click(get('add-sheet-ballot', missing));
    await find('add-sheet-ballot-done', panel);
    const ballot = double.model.sheets.find((s) => s.name === 'Phiếu bầu');
    expect(ballot).toBeDefined();
    const listed = ballot!.cells.map((row) => row?.[0]?.value).filter((v) => typeof v === 'string');
    expect(listed).toContain('Công an tỉnh');
    expect(double.model.selection?.sheet).toBe('Phiếu bầu');
    // The result shown was read without the sheet: it says so.
    await find('stale-notice', panel);
  });

  test('a bloc set up with Lập sổ and scored waits for its vote: the next step, no failed vote', async () => {
    const units = ['Công an tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh', 'Sở Tư pháp'];
    const plans = planNewBloc({ blocName: 'Khối thi đua số 5', province: 'Đắk Lắk', year: 2025, units });
    const sheets: SheetGrid[] = plans.map((p) => ({ name: p.name, values: p.values.map((r) => [...r]), merges: p.merges }));
    // Every unit's Khối chấm score on every leaf: a different mark per unit so that the ranking is clear.
    const scoreSheet = sheets.find((s) => s.name === 'Chấm điểm')!;
    for (const row of scoreSheet.values) {
      const max = row[2];
      const leaf = typeof row[0] === 'string' && /^\d/.test(row[0]) && typeof max === 'number';
      if (!leaf) continue;
      units.forEach((_, u) => (row[4 + 2 * u] = Math.max(0, (max as number) - u)));
    }
    // Sub-headings hold no score: only leaves are summed (the template's "1" above 1.1 and 1.2).
    const [subRow] = cellOf(sheets, 'Chấm điểm', 'Kết quả thực hiện chỉ tiêu, nhiệm vụ chuyên môn');
    units.forEach((_, u) => (scoreSheet.values[subRow][4 + 2 * u] = null));
    await mountPane({ sheets });
    const panel = await openTab('score');
    await score(panel);
    expect(get('outcome', panel).getAttribute('data-outcome')).toBe('pendingVote');
    expect(textOf(get('meeting-action', panel))).toMatch(/^Bước tiếp theo: bỏ phiếu kín suy tôn/);
    expect(byTestId('ballot-missing', panel)).toBeNull(); // Lập sổ made the sheet
    const text = textOf(panel);
    expect(text).not.toMatch(/0\/4|0 phiếu|bỏ phiếu lại|chưa đủ số phiếu/);
    await click(get('tab-check'));
    await click(get('check-button'));
    await find('check-summary');
    expect(textOf(get('panel-check'))).not.toContain('tính là 0');
  });
});

describe('a tie for the flag', () => {
  /** The sample with its two leading units not considered and the next two equal on every step (7 votes each). */
  async function tied(): Promise<SheetGrid[]> {
    const sheets = await sampleSheets();
    const units = sheets.find((s) => s.name === 'Đơn vị')!;
    const [, reasonCol] = cellOf(sheets, 'Đơn vị', 'Lý do không xét');
    for (const name of ['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'])
      units.values[cellOf(sheets, 'Đơn vị', name)[0]][reasonCol] = 'Không xét';
    const ballot = sheets.find((s) => s.name === 'Phiếu bầu')!;
    const [, votesCol] = cellOf(sheets, 'Phiếu bầu', 'Số phiếu đồng ý');
    ballot.values[cellOf(sheets, 'Phiếu bầu', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh')[0]][votesCol] = 7;
    const rules = sheets.find((s) => s.name === 'Quy tắc')!;
    const [row, col] = cellOf(sheets, 'Quy tắc', 'Thứ tự ưu tiên khi bằng điểm');
    rules.values[row][col + 1] = 'Phiếu bầu';
    return sheets;
  }

  test('the revote table is added on request below the first round, its first cell selected; the result says it is stale', async () => {
    const { double } = await mountPane({ sheets: await tied() });
    const panel = await openTab('score');
    await score(panel);
    expect(get('outcome', panel).getAttribute('data-outcome')).toBe('unresolvedTie');
    await click(get('revote-button', panel));
    const added = await find('revote-added', panel);
    expect(textOf(added)).toContain('Đã thêm bảng «Bỏ phiếu lại» vào trang «Phiếu bầu»');
    expect(double.model.selection?.sheet).toBe('Phiếu bầu');
    const cells = double.model.sheets
      .find((s) => s.name === 'Phiếu bầu')!
      .cells.flat()
      .map((c) => c?.value);
    expect(cells).toContain('Bỏ phiếu lại');
    expect((get('revote-button', panel) as HTMLButtonElement).disabled).toBe(true); // once
    await find('stale-notice', panel); // the workbook changed: the tie shown was read before the table
  });

  test('a revote table that cannot be added is said in words', async () => {
    const { double } = await mountPane({ sheets: await tied() });
    const panel = await openTab('score');
    await score(panel);
    double.model.sheets.find((s) => s.name === 'Phiếu bầu')!.protected = true; // Excel refuses the write
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await click(get('revote-button', panel));
    expect(textOf(await find('revote-error', panel))).toContain('Trang tính «Phiếu bầu» đang được bảo vệ');
  });
});
