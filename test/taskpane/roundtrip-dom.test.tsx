/**
 * @jest-environment jsdom
 */
// Gửi & nhận in jsdom on the strict Excel double: the first split says to save the workbook now (its secret was just
// written into it); the files lead with the units' names; on Mac each unit's workbook opens one at a time, with what
// was opened and saved; returns refused because the master's secret was lost are explained, and taken by the unit
// they name only once the user confirms; after a merge a conflict says the value the cell holds now.

import { act } from 'react';
import { readBloc } from '../../src/workbook/read';
import { planSplit, withSecret } from '../../src/workbook/split';
import { buildDownloads } from '../../src/taskpane/panels/roundtrip/actions';
import { fillXlsx } from '../roundtrip/fixture';
import { allByTestId, byTestId, click, find, get, mountPane, openTab, sampleSheets, said, textOf, until } from './dom';
import type { SheetGrid } from '../../src/workbook/grid';

/** Picks files in a FilePicker's hidden input, as the system dialog would. */
async function pick(input: HTMLElement, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const list = files.map((f) => new File([f.bytes.slice().buffer as ArrayBuffer], f.name));
  await act(async () => {
    Object.defineProperty(input, 'files', { value: list, configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** The sample's self-scoring workbooks made outside the pane, with a secret the open workbook does not hold. */
async function filesFromAnotherSplit(sheets: SheetGrid[]) {
  const read = readBloc(sheets, { scoresRequired: false });
  const { master } = withSecret({ bloc: read.bloc!, layout: read.layout!, sheets }, () => 'ab'.repeat(16));
  return buildDownloads(planSplit(master));
}

test('the first split says to save the workbook now; the files lead with the unit names', async () => {
  const { double } = await mountPane({ sheets: await sampleSheets() });
  const panel = await openTab('roundtrip');
  await click(get('roundtrip-make', panel));
  const save = await find('roundtrip-save-now', panel, 60_000);
  expect(textOf(save)).toContain('Hãy lưu sổ này ngay (Tệp › Lưu, hoặc Ctrl+S)');
  expect(textOf(save)).toContain('mọi bảng tự chấm gửi về sẽ bị từ chối');
  await until(() => expect(said()).toContain('Hãy lưu sổ này ngay'));
  // The registry sheet of ours now holds the secret: a second split writes nothing and says nothing about saving.
  expect(double.model.sheets.some((s) => s.name === '_bxtd')).toBe(true);
  await click(get('roundtrip-make', panel));
  await until(() => expect(byTestId('progress', panel)).toBeNull(), 60_000);
  expect(byTestId('roundtrip-save-now', panel)).toBeNull();
}, 120_000);

test('Mac: one unit at a time, each saying whether it was opened and saved', async () => {
  const { office } = await mountPane({ sheets: await sampleSheets(), platform: 'Mac' });
  const panel = await openTab('roundtrip');
  await click(get('roundtrip-make', panel));
  const next = await find('roundtrip-open-next', panel, 60_000);
  expect(textOf(next)).toBe('Mở sổ tiếp theo: Công an tỉnh');
  expect(textOf(get('roundtrip-open-count', panel))).toBe('Đã mở 0/11 sổ, đã lưu 0');
  const first = () => allByTestId('roundtrip-unit', panel)[0];
  expect(first().getAttribute('data-opened')).toBe('false');
  expect((get('roundtrip-saved', first()) as HTMLInputElement).disabled).toBe(true);
  await click(next);
  await until(() => expect(office.opened).toHaveLength(1));
  await until(() => expect(first().getAttribute('data-opened')).toBe('true'));
  expect(textOf(get('roundtrip-open-next', panel))).toBe('Mở sổ tiếp theo: Viện Kiểm sát nhân dân tỉnh');
  expect(textOf(get('roundtrip-open', first()))).toBe('Mở lại');
  await click(get('roundtrip-saved', first()));
  await until(() => expect(textOf(get('roundtrip-open-count', panel))).toBe('Đã mở 1/11 sổ, đã lưu 1'));
  expect(textOf(first())).toContain('Đã mở và đã lưu');
}, 120_000);

test('returns signed with a secret this workbook lost: the likely cause, and taken by unit name only once confirmed', async () => {
  const sheets = await sampleSheets();
  const made = await filesFromAnotherSplit(sheets);
  const file = made.find((f) => f.unit === 'Công an tỉnh')!;
  // The unit returns its file with a self-score as the master has it (no conflict, nothing new to write).
  const ca = { name: file.name, bytes: await fillXlsx(file.bytes, [10]) };
  await mountPane({ sheets });
  const panel = await openTab('roundtrip');
  await pick(get('roundtrip-pick', panel), [ca]);
  await click(get('roundtrip-check', panel));
  const lost = await find('roundtrip-secret-lost', panel, 60_000);
  expect(textOf(lost)).toContain('1 tệp bị từ chối vì mã đơn vị không khớp với sổ này');
  expect(textOf(lost)).toContain('đã đóng mà không lưu');
  expect(textOf(lost)).toContain('Tạo lại bảng tự chấm từ sổ này');
  expect(get('roundtrip-file', panel).getAttribute('data-status')).toBe('rejected');
  await click(get('roundtrip-by-name', panel));
  await until(() => expect(get('roundtrip-file', panel).getAttribute('data-status')).toBe('accepted'), 60_000);
  expect(textOf(get('roundtrip-file', panel))).toContain('Nhận theo tên đơn vị ghi trong tệp');
}, 120_000);

test('after a merge, a conflict says the value the cell holds now', async () => {
  const sheets = await sampleSheets();
  const { double } = await mountPane({ sheets });
  const panel = await openTab('roundtrip');
  // Split from the pane (the secret goes into the double), then the unit changes two of its self-scores.
  const read = readBloc(sheets, { scoresRequired: false });
  await click(get('roundtrip-make', panel));
  await find('roundtrip-save-now', panel, 60_000);
  const registry = double.model.sheets.find((s) => s.name === '_bxtd')!;
  const grids = double.model.sheets.map((s) => ({
    name: s.name,
    values: s.cells.map((r) => (r ?? []).map((c) => c?.value ?? null)),
    merges: s.merges,
  }));
  expect(registry).toBeDefined();
  const { master } = withSecret({ bloc: read.bloc!, layout: read.layout!, sheets: grids }, () => {
    throw new Error('the secret is in the workbook already');
  });
  const book = planSplit(master).find((b) => b.unitName === 'Công an tỉnh')!;
  const criteria = read.bloc!.table.criteria.length;
  const values = Array.from({ length: criteria }, (_, i) => (i === 0 ? 9 : i === 1 ? 19.5 : undefined));
  const [made] = await buildDownloads([book]);
  const bytes = await fillXlsx(made.bytes, values);
  await pick(get('roundtrip-pick', panel), [{ name: book.fileName, bytes }]);
  await click(get('roundtrip-check', panel));
  await find('roundtrip-conflicts', panel, 60_000);
  const d7 = () => panel.querySelector('[data-testid=roundtrip-conflict][data-cell=D7]')!;
  expect(textOf(d7())).toContain('đang có 10, gửi về 9');
  await click(get('roundtrip-overwrite', panel));
  await click(get('roundtrip-merge', panel));
  await find('roundtrip-info', panel, 60_000);
  expect(textOf(d7())).toContain('nay là 9 (đã ghi đè giá trị 10)');
  expect(double.model.sheets.find((s) => s.name === 'Chấm điểm')!.cells[6][3]?.value).toBe(9);
}, 120_000);

test('a master with errors: the round trip does not start, and says which cells', async () => {
  const sheets = await sampleSheets();
  sheets.find((s) => s.name === 'Chấm điểm')!.values[6][4] = 'mười'; // E7
  await mountPane({ sheets });
  const panel = await openTab('roundtrip');
  await click(get('roundtrip-make', panel));
  const refused = await find('roundtrip-errors', panel, 60_000);
  expect(textOf(refused)).toContain('Bảng chấm điểm của sổ đang mở có lỗi');
  expect(panel.querySelector('button[data-where="Chấm điểm!E7"]')).not.toBeNull();
  expect(byTestId('roundtrip-save-now', panel)).toBeNull();
}, 120_000);
