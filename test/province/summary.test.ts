// The province's choice of province, year and period, duplicates and order, over checked files (no workbooks).

import type { AcceptedFile, BlocSummary, CheckedFile } from '../../src/province/check';
import { blocKey, provinceKey, summariseProvince } from '../../src/province/summary';

function accepted(file: string, bloc: Partial<BlocSummary>, modified: number | null = null, checkCode = 'c0ffee0000000000'): AcceptedFile {
  return {
    status: 'accepted',
    file,
    modified,
    checkCode,
    bloc: {
      name: 'Khối thi đua số 1',
      province: 'Đắk Lắk',
      year: 2024,
      period: 'Năm',
      members: 9,
      head: null,
      deputy: null,
      awardingBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      awards: { flag: 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk', merit: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk' },
      decimals: 2,
      flagOutcome: 'proposed',
      noFlagReason: null,
      flag: [],
      merit: [],
      meritSlots: 3,
      pending: [],
      nextHead: { unit: null, suggested: false },
      nextDeputy: { unit: null, suggested: false },
      ...bloc,
    },
  };
}

const names = (s: ReturnType<typeof summariseProvince>) => s.blocs.map((b) => b.bloc.name);

describe('summariseProvince', () => {
  it('folds province names and bloc numbers: "tỉnh Đắk Lắk" is Đắk Lắk, "số 03" is "số 3"', () => {
    expect(provinceKey('tỉnh Đắk Lắk')).toBe(provinceKey('DAK LAK'));
    expect(provinceKey('Thành phố Cần Thơ')).toBe(provinceKey('Cần Thơ'));
    expect(blocKey('Khối thi đua số 03')).toBe(blocKey('khối thi đua  SỐ 3'));
    expect(blocKey('Khối thi đua số 3')).not.toBe(blocKey('Cụm thi đua số 3'));
  });

  it('orders blocs naturally (số 2 before số 10) and counts distinct blocs for the majority', () => {
    const files: CheckedFile[] = [
      accepted('a', { name: 'Khối thi đua số 10' }),
      accepted('b', { name: 'Khối thi đua số 2', province: 'tỉnh Đắk Lắk' }),
      // Two files of one 2023 bloc do not outweigh two 2024 blocs... and one 2023 bloc more would only tie.
      accepted('c', { name: 'Khối thi đua số 7', year: 2023 }),
      accepted('d', { name: 'Khối thi đua số 07', year: 2023 }),
    ];
    const s = summariseProvince(files);
    expect([s.province, s.year, s.period]).toEqual(['Đắk Lắk', 2024, 'Năm']);
    expect(names(s)).toEqual(['Khối thi đua số 2', 'Khối thi đua số 10']);
    expect(s.rejected.map((r) => r.file)).toEqual(['c', 'd']);
  });

  it('keeps the half-year and the year apart', () => {
    const s = summariseProvince([
      accepted('a', { name: 'Khối thi đua số 1' }),
      accepted('b', { name: 'Khối thi đua số 2' }),
      accepted('c', { name: 'Khối thi đua số 3', period: '6 tháng đầu năm' }),
    ]);
    expect(names(s)).toEqual(['Khối thi đua số 1', 'Khối thi đua số 2']);
    expect(s.rejected[0].reasons[0].vi).toBe(
      'Sổ của tỉnh Đắk Lắk, 6 tháng đầu năm 2024, khác với phần lớn các sổ (tỉnh Đắk Lắk, năm 2024: 2 khối): không tổng hợp chung.',
    );
  });

  it('rejects a bloc that does not say its province or year', () => {
    const s = summariseProvince([accepted('a', {}), accepted('b', { name: 'Khối thi đua số 2', province: '' })]);
    expect(names(s)).toEqual(['Khối thi đua số 1']);
    expect(s.rejected[0].reasons[0].vi).toMatch(/^Sổ không ghi Tỉnh ở trang Thông tin/);
  });

  it('keeps the last modified of two files of one bloc; identical copies are said to be so', () => {
    const s = summariseProvince([
      accepted('old', {}, 1000),
      accepted('new', {}, 2000),
      accepted('undated', {}, null),
      accepted('other', { name: 'Khối thi đua số 2' }, 5),
    ]);
    expect(s.blocs.map((b) => b.file)).toEqual(['new', 'other']);
    expect(s.duplicates).toHaveLength(1);
    expect(s.duplicates[0]).toMatchObject({ bloc: 'Khối thi đua số 1', kept: 'new', dropped: ['old', 'undated'], identical: true });
    expect(s.duplicates[0].reason.vi).toMatch(/\(cùng dữ liệu\)\.$/);
  });

  it('files modified at the same moment: the one given last is kept', () => {
    const s = summariseProvince([accepted('first', {}, 7, 'aaaaaaaaaaaaaaaa'), accepted('second', {}, 7, 'bbbbbbbbbbbbbbbb')]);
    expect(s.blocs.map((b) => b.file)).toEqual(['second']);
    expect(s.duplicates[0].identical).toBe(false);
    expect(s.duplicates[0].reason.vi).toMatch(/có 2 tệp sửa đổi cùng lúc \(.*\): giữ tệp được đưa vào sau cùng second, bỏ first/);
  });

  it('times of two files in the same minute are told apart (to the second, or the millisecond)', () => {
    const at = new Date(2025, 0, 12, 9, 30, 5, 0).getTime();
    const seconds = summariseProvince([accepted('a', {}, at), accepted('b', {}, at + 20_000)]).duplicates[0].reason.vi;
    expect(seconds).toContain('giữ tệp sửa đổi sau cùng b (2025-01-12 09:30:25), bỏ a (2025-01-12 09:30:05)');
    const millis = summariseProvince([accepted('a', {}, at), accepted('b', {}, at + 250)]).duplicates[0].reason.en;
    expect(millis).toContain('kept the last modified, b (2025-01-12 09:30:05.250), dropped a (2025-01-12 09:30:05.000)');
  });

  it('with --province/--year, only those are summarised', () => {
    const s = summariseProvince([accepted('a', {}), accepted('b', { name: 'Khối thi đua số 2', province: 'Điện Biên' })], {
      province: 'Điện Biên',
    });
    expect(s.province).toBe('Điện Biên');
    expect(names(s)).toEqual(['Khối thi đua số 2']);
    expect(s.rejected[0].reasons[0].en).toMatch(
      /unlike the province and year asked for with --province\/--year \(province Điện Biên, year 2024\)/,
    );
  });

  it('nothing accepted: no province, nothing to summarise', () => {
    const s = summariseProvince([{ status: 'rejected', file: 'x', blocName: null, reasons: [{ vi: 'hỏng', en: 'damaged' }] }]);
    expect(s).toEqual({
      province: null,
      year: null,
      period: null,
      blocs: [],
      rejected: [{ file: 'x', blocName: null, reasons: [{ vi: 'hỏng', en: 'damaged' }] }],
      duplicates: [],
    });
  });
});
