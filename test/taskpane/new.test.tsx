/**
 * @jest-environment jsdom
 */
// Lập sổ in jsdom on the strict Excel double: in a blank workbook the units come first and only the button adds the
// sheets (Enter in a field adds nothing); in a bloc workbook it offers the sheets the bloc lacks (Phiếu bầu and Quy tắc
// ticked, Chấm chéo only when asked) and fills Phiếu bầu with the bloc's own units; a bloc with every sheet is told so.

import { byTestId, click, find, get, mountPane, openTab, press, sampleSheets, textOf, type, until } from './dom';

const names = (double: { model: { sheets: { name: string }[] } }) => double.model.sheets.map((s) => s.name);

test('a blank workbook: the units first; Enter in a field adds nothing; the button adds the sheets with those units', async () => {
  const { double } = await mountPane();
  const panel = await openTab('new');
  const units = await find('new-units', panel);
  // The units are the form's first field.
  expect(panel.querySelector('textarea, input')).toBe(units);
  const name = panel.querySelector<HTMLInputElement>('input')!;
  await type(name, 'Khối thi đua số 7');
  await press(name, 'Enter');
  await new Promise((r) => setTimeout(r, 50));
  expect(names(double)).toEqual(['Sheet1']);
  await type(units, 'Công an tỉnh\nSở Tư pháp\nThanh tra tỉnh');
  await click(get('create-button', panel));
  const created = await find('created', panel);
  expect(textOf(created)).toContain('Thông tin, Đơn vị, Chấm điểm, Phiếu bầu, Quy tắc');
  expect(names(double)).toEqual(['Sheet1', 'Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']);
  const unitSheet = double.model.sheets.find((s) => s.name === 'Đơn vị')!;
  expect(unitSheet.cells.map((r) => r?.[1]?.value)).toEqual(expect.arrayContaining(['Công an tỉnh', 'Sở Tư pháp', 'Thanh tra tỉnh']));
  // The tab now sees a bloc workbook, which lacks only Chấm chéo.
  await until(() => expect(textOf(get('new-present', panel))).toMatch(/Còn thiếu\s*Chấm chéo/));
});

test('a bloc without Phiếu bầu and Quy tắc: both offered and added, Phiếu bầu with the bloc’s units; Chấm chéo only if ticked', async () => {
  const sheets = (await sampleSheets()).filter((s) => s.name !== 'Phiếu bầu' && s.name !== 'Quy tắc');
  const { double } = await mountPane({ sheets });
  const panel = await openTab('new');
  // (A Fluent checkbox puts its test id on the input itself.)
  const box = (id: string) => get(id, panel) as HTMLInputElement;
  await find('new-sheet-ballot', panel);
  expect(box('new-sheet-ballot').checked).toBe(true);
  expect(box('new-sheet-rules').checked).toBe(true);
  expect(box('new-sheet-cross').checked).toBe(false);
  expect(textOf(get('create-button', panel))).toBe('Thêm 2 trang đã chọn');
  await click(get('create-button', panel));
  await find('created', panel);
  expect(names(double)).toEqual(['Thông tin', 'Đơn vị', 'Chấm điểm', 'Phiếu bầu', 'Quy tắc']);
  const listed = double.model.sheets
    .find((s) => s.name === 'Phiếu bầu')!
    .cells.map((r) => r?.[0]?.value)
    .filter((v) => typeof v === 'string');
  for (const unit of ['Công an tỉnh', 'Trại giam Đắk Trung', 'Sở Tư pháp']) expect(listed).toContain(unit);
  await until(() => expect(textOf(get('new-present', panel))).toMatch(/Còn thiếu\s*Chấm chéo/));
  // Ticking Chấm chéo adds it too; then nothing is missing.
  await click(box('new-sheet-cross'));
  await click(get('create-button', panel));
  await until(() => expect(byTestId('new-complete', panel)).not.toBeNull());
  expect(names(double)).toContain('Chấm chéo');
});

test('a bloc whose Đơn vị is missing: what the add-in will not add is said', async () => {
  const sheets = (await sampleSheets()).filter((s) => s.name !== 'Đơn vị');
  await mountPane({ sheets });
  const panel = await openTab('new');
  expect(textOf(await find('new-lacks-data', panel))).toContain('Sổ thiếu trang Đơn vị');
});
