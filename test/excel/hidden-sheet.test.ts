// Very hidden sheets of ours (`_bxtd_mau`, the minute templates kept in the workbook) on the strict double: created
// very hidden and never activated, rewritten and removed although Excel refuses to delete a very hidden sheet.

import { applyWritePlan, readWorkbook } from '../../src/excel/actions';
import { BxtdError } from '../../src/domain/errors';
import type { OwnedSheetPlan, WritePlan } from '../../src/workbook/plan';
import { doubleOf, lastSyncs } from './helpers';

const owned = (
  name: string,
  values: OwnedSheetPlan['values'],
  visibility?: OwnedSheetPlan['visibility'],
  replaces?: string,
): OwnedSheetPlan => ({
  name,
  replaces: replaces ?? null,
  values,
  formats: [],
  columnWidths: [],
  merges: [],
  chart: null,
  freezeRows: 0,
  ...(visibility ? { visibility } : {}),
});
const plan = (ownedSheets: OwnedSheetPlan[], removeSheets?: string[]): WritePlan => ({
  ownedSheets,
  highlightSheets: [],
  highlights: [],
  cellWrites: [],
  ...(removeSheets ? { removeSheets } : {}),
});

describe('very hidden owned sheets', () => {
  test('are created very hidden, leave the active sheet alone, and read back only when the kept templates are asked for', async () => {
    const { double, host } = doubleOf([{ name: 'Thông tin', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan([owned('_bxtd_mau', [['a', 1]], 'veryHidden')]));
    expect(lastSyncs(double)).toBe(2);
    const sheet = double.model.sheets.find((s) => s.name === '_bxtd_mau')!;
    expect(sheet.visibility).toBe('VeryHidden');
    expect(double.model.activeSheet).toBe('Thông tin');
    const read = await readWorkbook(host);
    expect(read.sheets.find((s) => s.name === '_bxtd_mau')?.values).toEqual([]); // there, but its content is not read
    const withTemplates = await readWorkbook(host, { keptTemplates: true });
    expect(withTemplates.sheets.find((s) => s.name === '_bxtd_mau')?.values).toEqual([['a', 1]]);
  });

  test('are rewritten and removed, although Excel refuses to delete a very hidden sheet as it is', async () => {
    const { double, host } = doubleOf([{ name: 'Thông tin', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan([owned('_bxtd_mau', [['a']], 'veryHidden')]));
    await applyWritePlan(host, plan([owned('_BXTD_MAU', [['b']], 'veryHidden', '_bxtd_mau')]));
    const again = double.model.sheets.filter((s) => s.name.toLowerCase() === '_bxtd_mau');
    expect(again).toHaveLength(1);
    expect(again[0].visibility).toBe('VeryHidden');
    expect(again[0].cells[0]?.[0]?.value).toBe('b');

    await applyWritePlan(host, plan([], ['_BXTD_MAU']));
    expect(double.model.sheets.map((s) => s.name)).toEqual(['Thông tin']);
    await applyWritePlan(host, plan([], ['_BXTD_MAU'])); // nothing left to remove: no error
  });

  test('the double is as strict as Excel: deleting a very hidden sheet directly fails with a plain message', async () => {
    const { double, host } = doubleOf([{ name: 'Thông tin', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan([owned('_bxtd_mau', [['a']], 'veryHidden')]));
    const direct = host.run(async (context) => {
      context.workbook.worksheets.getItem('_bxtd_mau').delete();
      await context.sync();
    });
    await expect(direct).rejects.toMatchObject({ code: 'GeneralException' });
    expect(double.model.sheets).toHaveLength(2);
  });

  test('a visible owned sheet to show is activated, another (the merge journal) is not; hiding the last visible sheet is refused', async () => {
    const { double, host } = doubleOf([{ name: 'Thông tin', values: [['x']], merges: [] }]);
    await applyWritePlan(host, plan([owned('Nhật ký gộp', [['j']])]));
    expect(double.model.activeSheet).toBe('Thông tin');
    await applyWritePlan(host, plan([owned('_bxtd_mau', [['a']], 'veryHidden'), { ...owned('Kết quả', [['r']]), activate: true }]));
    expect(double.model.activeSheet).toBe('Kết quả');
    const only = doubleOf([{ name: 'A', values: [['x']], merges: [] }]);
    await expect(applyWritePlan(only.host, plan([], ['A']))).rejects.toBeInstanceOf(BxtdError);
    expect(only.double.model.sheets.map((s) => s.name)).toEqual(['A']);
  });
});
