import { roundTripCanon, roundTripFingerprint, unitKey } from '../../src/workbook/roundtrip-fingerprint';
import { readMarker, MARKER_SHEET } from '../../src/workbook/roundtrip-marker';
import { allowedRange, planSplit, slug } from '../../src/workbook/split';
import { masterFixture, UNITS } from './fixture';

describe('planSplit', () => {
  const master = masterFixture();
  const books = planSplit(master);

  it('makes one workbook per member unit, named Tu-cham-<unit>-<khoi>-<nam>.xlsx', () => {
    expect(books.map((b) => b.fileName)).toEqual([
      'Tu-cham-CA-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-VKSND-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-TAND-tinh-Khoi-thi-dua-so-3-2024.xlsx',
      'Tu-cham-Cuc-Thi-hanh-an-dan-su-tinh-Khoi-thi-dua-so-3-2024.xlsx',
    ]);
    expect(books.map((b) => b.unitName)).toEqual(UNITS.map((u) => u.name));
    expect(planSplit(master, [2]).map((b) => b.unit)).toEqual([2]);
  });

  it('gives units whose names slug alike distinct file names', () => {
    const m = masterFixture({ units: [UNITS[0], { name: 'Công an tỉnh (2)', short: 'CA tỉnh' }, UNITS[2]] });
    const names = planSplit(m).map((b) => b.fileName);
    expect(new Set(names).size).toBe(3);
    expect(names[0]).toBe('Tu-cham-CA-tinh-Khoi-thi-dua-so-3-2024-1.xlsx');
  });

  it('lays out the criteria table with groups, sub-headings and leaves, and a total', () => {
    const sheet = books[0].sheets[0];
    expect(sheet.name).toBe('Chấm điểm');
    const table = sheet.values.slice(7).map((r) => [r[0], r[2]]);
    expect(table).toEqual([
      ['I', 60],
      ['1', 30],
      ['2', 30],
      ['2.1', 15],
      ['2.2', 15],
      ['II', 40],
      ['1', 20],
      ['2', 20],
      ['III', 5],
      ['1', 3],
      ['2', 5],
      ['IV', 10],
      ['1', 10],
      [null, null],
    ]);
    expect(sheet.values[sheet.values.length - 1][1]).toBe('Tổng cộng');
    expect(sheet.values[2][0]).toBe('Đơn vị: Công an tỉnh');
    expect(sheet.values[5][3]).toBe('CA tỉnh');
    expect(sheet.values[6][3]).toBe('Tự chấm');
  });

  it('unlocks only the Tự chấm cells of leaf rows, each validated from 0 to what the criterion allows', () => {
    const sheet = books[1].sheets[0];
    const leafRows = [8, 10, 11, 13, 14, 16, 17, 19]; // not the group rows (7, 12, 15, 18) nor sub-heading 2 (9)
    expect(leafRows.map((r) => sheet.values[r][0])).toEqual(['1', '2.1', '2.2', '1', '2', '1', '2', '1']);
    expect(sheet.unlocked).toEqual(leafRows.map((row) => ({ row, col: 3 })));
    expect(sheet.validations.map((v) => [v.min, v.max])).toEqual([
      [0, 30],
      [0, 15],
      [0, 15],
      [0, 20],
      [0, 20],
      [0, 3],
      [0, 5], // bonus: each within the criterion and the group's cap (5)
      [0, 10], // deduction
    ]);
    expect(sheet.validations[7].prompt).toMatch(/điểm bị trừ/);
    expect(sheet.protect).toBe(true);
    expect(books[1].sheets.every((s) => s.protect)).toBe(true);
  });

  it('caps a bonus criterion above its group cap to the cap', () => {
    const { bloc } = masterFixture();
    const c = { ...bloc.table.criteria[6], max: 8 };
    expect(allowedRange(bloc, c)).toEqual({ min: 0, max: 5 });
    expect(allowedRange(bloc, { ...bloc.table.criteria[0], max: null })).toEqual({ min: 0, max: null });
  });

  it('sums groups with formulas (bonus and deduction capped) and a total that subtracts deductions', () => {
    const f = books[0].sheets[0].formulas.map((x) => x.formula);
    expect(f).toContain('SUM(D9,D11,D12)');
    expect(f).toContain('MIN(SUM(D17,D18),5)');
    expect(f).toContain('MIN(SUM(D20),10)');
    expect(f[f.length - 1]).toBe('D8+D13+D16-D19');
  });

  it('stores the marker in a very hidden sheet, readable back, and the fingerprint on Thông tin', () => {
    const book = books[3];
    const hidden = book.sheets.find((s) => s.name === MARKER_SHEET)!;
    expect(hidden.state).toBe('veryHidden');
    const marker = readMarker(book.sheets.map((s) => ({ name: s.name, values: s.values, merges: [] })))!;
    expect(marker.fingerprint).toBe(roundTripFingerprint(master.bloc));
    expect(marker.unitKey).toBe(unitKey(marker.fingerprint, UNITS[3].name, null));
    expect(marker.column).toBe(3);
    expect(marker.criteria.map((c) => c.key)).toEqual(master.bloc.table.criteria.map((c) => c.key));
    for (const c of marker.criteria) expect(book.sheets[0].values[c.row][0]).toBe(c.key);
    const info = book.sheets.find((s) => s.name === 'Thông tin')!;
    expect(info.values).toContainEqual(['Mã đối chiếu', marker.fingerprint]);
    expect(info.values).toContainEqual(['Đơn vị tự chấm', UNITS[3].name]);
  });

  it('falls back to the model when the master layout cannot be walked', () => {
    const m = masterFixture();
    const broken = { ...m, sheets: m.sheets.filter((s) => s.name !== 'Chấm điểm') };
    const sheet = planSplit(broken)[0].sheets[0];
    expect(sheet.unlocked).toHaveLength(8);
    expect(sheet.values.slice(7).map((r) => r[0])).toEqual(['I', '1', '2.1', '2.2', 'II', '1', '2', 'III', '1', '2', 'IV', '1', null]);
  });
});

describe('roundTripFingerprint', () => {
  const base = masterFixture().bloc;
  const fp = roundTripFingerprint(base);

  it('changes with the bloc, year, period and criteria table', () => {
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(roundTripFingerprint(masterFixture({ year: 2023 }).bloc)).not.toBe(fp);
    expect(roundTripFingerprint(masterFixture({ period: '6 tháng đầu năm' }).bloc)).not.toBe(fp);
    expect(roundTripFingerprint(masterFixture({ firstMax: 25 }).bloc)).not.toBe(fp);
    expect(roundTripFingerprint({ ...base, info: { ...base.info, name: 'Khối thi đua số 4' } })).not.toBe(fp);
  });

  it('ignores case, spaces and Unicode normalisation, and the units', () => {
    const nfd = { ...base, info: { ...base.info, name: base.info.name.normalize('NFD').toUpperCase() + ' ' } };
    expect(roundTripFingerprint(nfd)).toBe(fp);
    expect(roundTripFingerprint({ ...base, units: base.units.slice(1) })).toBe(fp);
    expect(roundTripCanon(base)).toContain('C|0|1|hoan thanh chi tieu, nhiem vu duoc giao|30');
  });
});

describe('slug', () => {
  it('keeps ASCII letters and digits', () => {
    expect(slug('Cục Thi hành án dân sự tỉnh Đắk Lắk')).toBe('Cuc-Thi-hanh-an-dan-su-tinh-Dak-Lak');
    expect(slug('  ---  ')).toBe('x');
  });
});
