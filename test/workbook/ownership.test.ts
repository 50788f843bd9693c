// The hidden registry is a claim to verify (issue 22, item 3): a sheet recorded as ours is replaced or deleted only
// when it still carries our marks and is none of the bloc's input sheets; otherwise it is the user's and ours goes
// beside it. Covers forged registries and a user's own sheet made after deleting ours.

import type { CellValue, SheetGrid } from '../../src/workbook/grid';
import { evaluate } from '../../src/workbook/evaluate';
import { collectReturns } from '../../src/workbook/collect';
import { OWNED_TITLE, ownedPlan, readRegistry, REGISTRY_FORMAT } from '../../src/workbook/ownership';
import { gridsAfter } from '../../src/workbook/plan';
import { planSplit } from '../../src/workbook/split';
import { sheet, standardBloc } from '../fixtures/bloc-grids';
import { filledReturn, masterFixture } from '../roundtrip/fixture';

const registry = (rows: [string, string][], name = '_bxtd'): SheetGrid => sheet(name, [['format', REGISTRY_FORMAT], ...rows]);

/** Every sheet a plan deletes or replaces. */
const touched = (plan: { removeSheets?: string[]; ownedSheets: { replaces?: string | null }[] }) =>
  [...(plan.removeSheets ?? []), ...plan.ownedSheets.map((s) => s.replaces).filter((n): n is string => !!n)].filter((n) => n !== '_bxtd');

describe('a forged registry never makes an input sheet ours', () => {
  test.each(['Đơn vị', 'Chấm điểm', 'Thông tin'])('owned:result = %s: score leaves it, ours goes under its own name', (input) => {
    const { sheets } = standardBloc();
    const e = evaluate([...sheets, registry([['owned:result', input]])]);
    expect(e.plan).not.toBeNull();
    expect(touched(e.plan!)).toEqual([]);
    expect(e.placements[0]).toMatchObject({ role: 'result', name: 'Kết quả', replaces: null });
    const after = gridsAfter([...sheets, registry([['owned:result', input]])], e.plan!).map((s) => s.name);
    expect(after).toEqual(expect.arrayContaining(['Thông tin', 'Đơn vị', 'Chấm điểm', 'Kết quả']));
  });

  test('even when the input sheet carries our title in A1', () => {
    const { sheets } = standardBloc();
    const units = sheets.find((s) => s.name === 'Đơn vị')!;
    units.values[0][0] = OWNED_TITLE.result;
    expect(readRegistry([...sheets, registry([['owned:result', 'Đơn vị']])]).owned.result).toBeUndefined();
  });

  test('a journal record naming Chấm điểm: collect --overwrite writes its journal beside it, the score table stays', () => {
    const master = masterFixture({ self: [[25, 14]] });
    const forged: Master = {
      ...master,
      sheets: [...master.sheets.filter((s) => s.name !== '_bxtd'), withRecord(master.sheets, 'journal', 'Chấm điểm')],
    };
    const [book] = planSplit(forged);
    // A value already in the master's cell makes a conflict, which --overwrite journals.
    const report = collectReturns(forged, [{ name: 'ca.xlsx', sheets: filledReturn(book, [28, 14, 13.5, 20, 19, 2, 3, 1]) }], {
      overwrite: true,
    });
    expect(touched(report.plan)).toEqual([]);
    const journal = report.plan.ownedSheets.find((s) => s.values[0]?.[0] === OWNED_TITLE.journal)!;
    expect(journal.name).toBe('Nhật ký gộp');
    expect(journal.replaces).toBeNull();
  });
});

type Master = ReturnType<typeof masterFixture>;

/** The master's registry with one more record (or a new registry when it has none). */
function withRecord(sheets: readonly SheetGrid[], role: string, name: string): SheetGrid {
  const old = sheets.find((s) => s.name === '_bxtd');
  const rows: CellValue[][] = old ? old.values.map((r) => [...r]) : [['format', REGISTRY_FORMAT]];
  rows.push([`owned:${role}`, name]);
  return sheet('_bxtd', rows);
}

describe("the user's own sheet under our name, made after deleting ours", () => {
  test('score keeps it and writes ours beside it', () => {
    const { sheets } = standardBloc();
    const first = evaluate(sheets);
    const scored = gridsAfter(sheets, first.plan!);
    expect(readRegistry(scored).owned.result).toBe('Kết quả');
    // The user deletes our Kết quả and makes their own.
    const mine = sheet('Kết quả', [['Ghi chép của thư ký'], [null, 12.5]]);
    const edited = [...scored.filter((s) => s.name !== 'Kết quả'), mine];
    expect(readRegistry(edited).owned.result).toBeUndefined();
    const again = evaluate(edited);
    expect(touched(again.plan!)).toEqual([]);
    expect(again.placements[0]).toMatchObject({ name: 'Kết quả (bxtd)', replaces: null, besideUserSheet: 'Kết quả' });
    const after = gridsAfter(edited, again.plan!);
    expect(after.find((s) => s.name === 'Kết quả')!.values).toEqual(mine.values);
  });

  test('our own Kết quả, still marked, is replaced as before', () => {
    const { sheets } = standardBloc();
    const scored = gridsAfter(sheets, evaluate(sheets).plan!);
    const again = evaluate(scored);
    expect(again.placements[0]).toMatchObject({ name: 'Kết quả', replaces: 'Kết quả', besideUserSheet: null });
  });

  test('templates: a recorded _bxtd_mau is ours by its reserved name; a user sheet recorded as templates is not', () => {
    const { sheets } = standardBloc();
    const own = sheet('Mẫu của tôi', [['Ghi chú riêng']]);
    const withOwn = [...sheets, own, registry([['owned:templates', 'Mẫu của tôi']])];
    expect(readRegistry(withOwn).owned.templates).toBeUndefined();
    expect(touched(ownedPlan(withOwn, { remove: ['templates'] }).plan)).toEqual([]);
    const ours = sheet('_bxtd_mau', [[OWNED_TITLE.templates, 'Phần']]);
    const withOurs = [...sheets, ours, registry([['owned:templates', '_bxtd_mau']])];
    expect(touched(ownedPlan(withOurs, { remove: ['templates'] }).plan)).toEqual(['_bxtd_mau']);
  });
});
