import { gridsAfter } from '../../src/workbook/plan';
import {
  collectReturns,
  mergeReturns,
  quote,
  reportLines,
  returnChecker,
  MAX_RETURN_ROWS,
  type ReturnedWorkbook,
} from '../../src/workbook/collect';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';
import { unitKey } from '../../src/workbook/roundtrip-fingerprint';
import { planSplit, withSecret } from '../../src/workbook/split';
import { filledReturn, masterFixture, SELF_COLS, UNITS } from './fixture';

const FULL = [28, 14, 13.5, 20, 19, 2, 3, 1];
const ret = (name: string, sheets: SheetGrid[] | null): ReturnedWorkbook => ({ name, sheets });
const reasonsOf = (r: ReturnType<typeof collectReturns>, i = 0) => r.files[i].reasons.map((x) => x.vi).join('\n');

describe('collectReturns', () => {
  const master = masterFixture();
  const books = planSplit(master);

  it('accepts a filled return and writes its values into the blank Tự chấm cells of its unit', () => {
    const report = collectReturns(master, [ret('a.xlsx', filledReturn(books[1], FULL))]);
    expect(report.files[0]).toMatchObject({ status: 'accepted', unit: 1, unitName: UNITS[1].name, values: 8, written: 8, unchanged: 0 });
    expect(report.conflicts).toEqual([]);
    const writes = report.plan.cellWrites;
    expect(writes.map((w) => [w.sheet, w.row, w.col, w.value])).toEqual(
      master.layout.criterionRows.map((row, c) => ['Chấm điểm', row, SELF_COLS[1], FULL[c]]),
    );
    expect(report.plan.ownedSheets).toEqual([]);
  });

  it('never overwrites a different value silently: a conflict lists both values, written only when confirmed', () => {
    const m = masterFixture({ self: [[25, 14]] });
    const returned = [ret('ca.xlsx', filledReturn(planSplit(m)[0], FULL))];
    const report = collectReturns(m, returned);
    expect(report.files[0]).toMatchObject({ status: 'accepted', written: 6, unchanged: 1 });
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        cell: 'D6',
        sheet: 'Chấm điểm',
        master: 25,
        returned: 28,
        criterion: 'I.1',
        overwritten: false,
        file: 'ca.xlsx',
      }),
    ]);
    expect(report.pendingConflicts).toBe(1);
    expect(report.plan.cellWrites.find((w) => w.row === 5)).toBeUndefined();
    const confirmed = collectReturns(m, returned, { overwrite: true });
    expect(confirmed.pendingConflicts).toBe(0);
    expect(confirmed.conflicts[0].overwritten).toBe(true);
    expect(confirmed.plan.cellWrites.find((w) => w.row === 5)).toMatchObject({ value: 28, col: 3 });
    expect(reportLines(report, 'vi').join('\n')).toMatch(/Chấm điểm!D6 \(Công an tỉnh, tiêu chí I.1\): sổ gốc 25, tệp gửi về 28/);
    expect(reportLines(report, 'en').join('\n')).toMatch(/NOT overwritten/);
  });

  it('a return cannot claim another unit without the master’s secret', () => {
    const { master: m, plan } = withSecret(masterFixture(), () => '0123456789abcdef0123456789abcdef');
    expect(plan!.ownedSheets.map((s) => s.name)).toEqual(['_bxtd']);
    expect(withSecret(m, () => 'ff'.repeat(16)).plan).toBeNull(); // made once, then kept
    const books = planSplit(m);
    const honest = filledReturn(books[0], FULL);
    expect(collectReturns(m, [ret('ca.xlsx', honest)]).files[0].status).toBe('accepted');
    // Relabel Công an tỉnh's return as the Procuracy's, with the key anyone can compute from what the file shows.
    const forged = honest.map((s) => ({ ...s, values: s.values.map((r) => r.slice()) }));
    const marker = forged.find((s) => s.name === '_bxtd')!;
    const fp = marker.values.find((r) => r[0] === 'fingerprint')![1] as string;
    for (const row of marker.values) {
      if (row[0] === 'unitName') row[1] = UNITS[1].name;
      if (row[0] === 'unitKey') row[1] = unitKey(fp, UNITS[1].name, null);
    }
    const report = collectReturns(m, [ret('gia.xlsx', forged)]);
    expect(report.files[0].status).toBe('rejected');
    expect(reasonsOf(report)).toContain('Mã đơn vị của tệp không khớp với sổ gốc');
    // The keys differ per master: the same unit of another master's split is refused too.
    const other = withSecret(masterFixture(), () => 'fe'.repeat(16)).master;
    expect(collectReturns(other, [ret('ca.xlsx', honest)]).files[0].status).toBe('rejected');
  });

  it('refuses a return carrying another unit’s key, or relabelled as another unit, naming the two units', () => {
    const { master: m } = withSecret(masterFixture(), () => '0123456789abcdef0123456789abcdef');
    const books = planSplit(m);
    const copy = (sheets: SheetGrid[]) => sheets.map((s) => ({ ...s, values: s.values.map((r) => r.slice()) }));
    const set = (sheets: SheetGrid[], sheet: string, label: string, value: string) => {
      for (const row of sheets.find((s) => s.name === sheet)!.values) if (row[0] === label) row[1] = value;
    };
    // Công an tỉnh's return with the key copied from the Procuracy's file (hidden marker and Thông tin alike).
    const vksKey = books[1].sheets.find((s) => s.name === '_bxtd')!.values.find((r) => r[0] === 'unitKey')![1] as string;
    const copied = copy(filledReturn(books[0], FULL));
    set(copied, '_bxtd', 'unitKey', vksKey);
    set(copied, 'Thông tin', 'Mã đơn vị', vksKey);
    // The Procuracy's return relabelled as Công an tỉnh's on its Thông tin sheet only.
    const relabelled = copy(filledReturn(books[1], FULL));
    set(relabelled, 'Thông tin', 'Đơn vị tự chấm', UNITS[0].name);
    const report = collectReturns(m, [ret('ca.xlsx', copied), ret('vks.xlsx', relabelled)]);
    expect(report.files.map((f) => [f.status, f.code])).toEqual([
      ['rejected', 'roundtrip.otherUnit'],
      ['rejected', 'roundtrip.otherUnit'],
    ]);
    const said = `Tệp ghi là của “Công an tỉnh” nhưng mang mã đơn vị của “Viện kiểm sát nhân dân tỉnh”`;
    expect(reasonsOf(report, 0)).toContain(said);
    expect(reasonsOf(report, 1)).toContain(said);
    expect(report.files[0].reasons[0].en).toContain("“Công an tỉnh”'s but carries the unit key of “Viện kiểm sát nhân dân tỉnh”");
    expect(report.plan.cellWrites).toEqual([]);
  });

  it('each return is checked on its own: the merge needs only what the check keeps', () => {
    const check = returnChecker(master);
    const checked = check(ret('ca.xlsx', filledReturn(books[0], FULL)));
    expect(checked).toEqual({ file: 'ca.xlsx', unit: 0, values: FULL, reasons: [], notes: [], code: null });
    expect(mergeReturns(master, [checked])).toEqual(collectReturns(master, [ret('ca.xlsx', filledReturn(books[0], FULL))]));
  });

  it('journals every overwritten cell (time, file, unit, cell, old and new value) in a sheet of ours, appending', () => {
    const m = masterFixture({ self: [[25, 14]] });
    const returned = [ret('ca.xlsx', filledReturn(planSplit(m)[0], FULL))];
    expect(collectReturns(m, returned).plan.ownedSheets).toEqual([]); // nothing overwritten: no journal
    const at = new Date(2026, 0, 9, 8, 5);
    const first = collectReturns(m, returned, { overwrite: true, at });
    const journal = first.plan.ownedSheets.find((s) => s.name === 'Nhật ký gộp')!;
    expect(journal.values.slice(2)).toEqual([
      ['Thời gian', 'Tệp gửi về', 'Đơn vị', 'Tiêu chí', 'Ô', 'Giá trị cũ', 'Giá trị mới'],
      ['09/01/2026 08:05', 'ca.xlsx', 'Công an tỉnh', 'I.1', 'Chấm điểm!D6', 25, 28],
    ]);
    expect(first.plan.ownedSheets.map((s) => s.name)).toEqual(['_bxtd', 'Nhật ký gộp']);
    // A later merge over the master as written keeps the earlier entries and adds its own below.
    const after = { ...m, sheets: gridsAfter(m.sheets, first.plan) };
    after.sheets.find((s) => s.name === 'Chấm điểm')!.values[5][3] = 30;
    const second = collectReturns(after, returned, { overwrite: true, at: new Date(2026, 0, 10, 9, 0) });
    const again = second.plan.ownedSheets.find((s) => s.name === 'Nhật ký gộp')!;
    expect(again.replaces).toBe('Nhật ký gộp');
    expect(again.values.slice(3).map((r) => [r[0], r[5], r[6]])).toEqual([
      ['09/01/2026 08:05', 25, 28],
      ['10/01/2026 09:00', 30, 28],
    ]);
  });

  it('treats text in the master cell as a conflict and a comma decimal in the return as a number', () => {
    const m = masterFixture({ self: [[null, '14,0', 'chưa chấm']] });
    const values: CellValue[] = ['9,5', 14, 13];
    const report = collectReturns(m, [ret('x.xlsx', filledReturn(planSplit(m)[0], values))]);
    expect(report.files[0]).toMatchObject({ status: 'accepted', written: 1, unchanged: 1 });
    expect(report.plan.cellWrites[0].value).toBe(9.5);
    expect(report.conflicts.map((c) => [c.master, c.returned])).toEqual([['chưa chấm', 13]]);
    expect(report.files[0].notes[0].vi).toMatch(/Để trống 5 tiêu chí/);
  });

  it('compares deductions by size, whatever their sign', () => {
    const m = masterFixture({ self: [[null, null, null, null, null, null, null, -2]] });
    const report = collectReturns(m, [ret('x.xlsx', filledReturn(planSplit(m)[0], [...FULL.slice(0, 7), 2]))]);
    expect(report.files[0].unchanged).toBe(1);
    expect(report.conflicts).toEqual([]);
    const neg = collectReturns(master, [ret('y.xlsx', filledReturn(books[0], [...FULL.slice(0, 7), -3]))]);
    expect(neg.files[0].status).toBe('accepted');
  });

  it('rejects values out of range, negative, or not numbers, naming the cell, and keeps formula-like text as text', () => {
    const bad: CellValue[] = [31, -1, '=HYPERLINK("http://x.vn","bấm")', 20, true, 4, 3, 11];
    const report = collectReturns(master, [ret('bad.xlsx', filledReturn(books[0], bad))]);
    expect(report.files[0].status).toBe('rejected');
    const why = reasonsOf(report);
    expect(why).toMatch(/Chấm điểm!D9: điểm 31 vượt mức tối đa 30 của tiêu chí I.1\./);
    expect(why).toMatch(/Chấm điểm!D11: điểm -1 âm \(tiêu chí I.2.1\)/);
    expect(why).toMatch(/Chấm điểm!D12: “=HYPERLINK\("http:\/\/x.vn","bấm"\)” không phải là số/);
    expect(why).toMatch(/Chấm điểm!D15: “true” không phải là số/);
    expect(why).toMatch(/D17: điểm 4 vượt mức tối đa 3 của tiêu chí III.1/);
    expect(why).toMatch(/D20: điểm 11 vượt mức tối đa 10/);
    expect(report.plan.cellWrites).toEqual([]);
  });

  it('refuses overlong strings, showing them truncated', () => {
    const long = 'x'.repeat(100000);
    const report = collectReturns(master, [ret('long.xlsx', filledReturn(books[0], [long]))]);
    const why = reasonsOf(report);
    expect(why).toMatch(/chuỗi quá dài “x{40}…” \(100000 ký tự\)/);
    expect(why.length).toBeLessThan(300);
    expect(quote('y'.repeat(50), 'en')).toBe(`“${'y'.repeat(40)}…” (50 characters)`);
  });

  it('rejects a return with no score at all', () => {
    const report = collectReturns(master, [ret('blank.xlsx', filledReturn(books[0], []))]);
    expect(reasonsOf(report)).toMatch(/chưa có điểm tự chấm nào/);
  });

  it('rejects a return made for another period or criteria table, saying what differs', () => {
    const other = planSplit(masterFixture({ year: 2023 }))[0];
    const r1 = collectReturns(master, [ret('2023.xlsx', filledReturn(other, FULL))]);
    expect(reasonsOf(r1)).toMatch(/Năm trong tệp là “2023”, trong sổ gốc là “2024”/);
    const edited = planSplit(masterFixture({ firstMax: 25 }))[0];
    const r2 = collectReturns(master, [ret('edited.xlsx', filledReturn(edited, FULL))]);
    expect(reasonsOf(r2)).toMatch(/Bảng tiêu chí trong tệp khác với sổ gốc/);
  });

  it('rejects a unit that is not a member of the master', () => {
    const m = masterFixture({ units: UNITS.slice(0, 3) });
    const report = collectReturns(m, [ret('thads.xlsx', filledReturn(books[3], FULL))]);
    expect(report.files[0]).toMatchObject({ status: 'rejected', unit: null });
    expect(reasonsOf(report)).toMatch(/Đơn vị “Cục Thi hành án dân sự tỉnh” của tệp không có trong danh sách/);
  });

  it('matches a unit by its marker even after the master reorders its units', () => {
    const m = masterFixture({ units: [UNITS[2], UNITS[0], UNITS[1], UNITS[3]] });
    const report = collectReturns(m, [ret('ca.xlsx', filledReturn(books[0], FULL))]);
    expect(report.files[0]).toMatchObject({ status: 'accepted', unit: 1 });
    expect(report.plan.cellWrites[0].col).toBe(SELF_COLS[1]);
  });

  it('falls back to the visible Mã đối chiếu when the hidden marker sheet is gone', () => {
    const sheets = filledReturn(books[2], FULL).filter((s) => s.name !== '_bxtd');
    const report = collectReturns(master, [ret('no-marker.xlsx', sheets)]);
    expect(report.files[0]).toMatchObject({ status: 'accepted', unit: 2, written: 8 });
  });

  it('rejects a workbook that is not a self-scoring file', () => {
    const report = collectReturns(master, [ret('master.xlsx', master.sheets)]);
    expect(reasonsOf(report)).toMatch(/không phải bảng tự chấm/);
  });

  it('rejects a return whose criteria rows were edited, and finds rows that only moved', () => {
    const edited = filledReturn(books[0], FULL);
    const score = edited[0];
    score.values[8][1] = 'Tiêu chí do đơn vị tự đặt';
    expect(reasonsOf(collectReturns(master, [ret('e.xlsx', edited)]))).toMatch(/Không tìm thấy tiêu chí I.1 /);
    const moved = filledReturn(books[0], FULL);
    moved[0].values.splice(7, 0, [null, 'Dòng chèn thêm']);
    const report = collectReturns(master, [ret('m.xlsx', moved)]);
    expect(report.files[0]).toMatchObject({ status: 'accepted', written: 8 });
    expect(report.plan.cellWrites.map((w) => w.value)).toEqual(FULL);
  });

  it('refuses a sheet with too many rows without scanning it', () => {
    const big = filledReturn(books[0], FULL);
    big[0].values.length = MAX_RETURN_ROWS + 1;
    const report = collectReturns(master, [ret('big.xlsx', big)]);
    expect(reasonsOf(report)).toMatch(/quá lớn cho một bảng tự chấm/);
  });

  it('reports a file that could not be loaded with the loader message', () => {
    const report = collectReturns(master, [
      { name: 'bomb.xlsx', sheets: null, loadError: { vi: 'Tệp nén bất thường', en: 'Abnormal zip' } },
    ]);
    expect(report.files[0]).toMatchObject({ status: 'rejected', reasons: [{ vi: 'Tệp nén bất thường', en: 'Abnormal zip' }] });
  });

  it('flags two returns from one unit: identical ones merge once, different ones not at all', () => {
    const same = collectReturns(master, [ret('a1.xlsx', filledReturn(books[0], FULL)), ret('a2.xlsx', filledReturn(books[0], FULL))]);
    expect(same.files.map((f) => f.status)).toEqual(['accepted', 'duplicate']);
    expect(same.plan.cellWrites).toHaveLength(8);
    expect(same.files[1].reasons[0].vi).toMatch(/Trùng với tệp “a1.xlsx”/);
    const diff = collectReturns(master, [
      ret('b1.xlsx', filledReturn(books[0], FULL)),
      ret('c.xlsx', filledReturn(books[1], FULL)),
      ret('b2.xlsx', filledReturn(books[0], [27, ...FULL.slice(1)])),
    ]);
    expect(diff.files.map((f) => f.status)).toEqual(['duplicate', 'accepted', 'duplicate']);
    expect(diff.plan.cellWrites.every((w) => w.col === SELF_COLS[1])).toBe(true);
    expect(diff.files[0].reasons[0].vi).toMatch(/gửi nhiều tệp có điểm khác nhau \(“b1.xlsx”, “b2.xlsx”\)/);
  });

  it('rejects a return for a unit that has no Tự chấm column in the master', () => {
    const m = masterFixture();
    m.layout.unitColumns[1] = { self: null, bloc: 5 };
    expect(reasonsOf(collectReturns(m, [ret('x.xlsx', filledReturn(books[1], FULL))]))).toMatch(/không có cột “Tự chấm” cho đơn vị/);
  });
});

describe('gridsAfter', () => {
  it('returns copies with the writes applied, growing ragged rows', () => {
    const sheets: SheetGrid[] = [
      { name: 'S', values: [[1], []], merges: [] },
      { name: 'T', values: [], merges: [] },
    ];
    const out = gridsAfter(sheets, {
      ownedSheets: [],
      highlightSheets: [],
      highlights: [],
      cellWrites: [
        { sheet: 'S', row: 1, col: 2, value: 5 },
        { sheet: 'S', row: 3, col: 0, value: 'x' },
      ],
    });
    expect(out[0].values).toEqual([[1], [null, null, 5], [], ['x']]);
    expect(sheets[0].values).toEqual([[1], []]);
    expect(out[1]).toBe(sheets[1]);
  });
});
