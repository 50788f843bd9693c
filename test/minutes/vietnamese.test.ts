import {
  asciiSlug,
  countWithWords,
  dateWords,
  joinNames,
  numberWords,
  ordinalWords,
  parseIsoDate,
  placeDateLine,
} from '../../src/domain/vietnamese';

describe('numberWords', () => {
  test.each([
    [0, 'không'],
    [1, 'một'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1001, 'một nghìn không trăm linh một'],
    [1010, 'một nghìn không trăm mười'],
    [1050, 'một nghìn không trăm năm mươi'],
    [1100, 'một nghìn một trăm'],
    [15000, 'mười lăm nghìn'],
    [21000, 'hai mươi mốt nghìn'],
    [105000, 'một trăm linh năm nghìn'],
    [1000000, 'một triệu'],
    [1000005, 'một triệu không trăm linh năm'],
    [1234567, 'một triệu hai trăm ba mươi bốn nghìn năm trăm sáu mươi bảy'],
    [2500000000, 'hai tỷ năm trăm triệu'],
  ])('%d -> %s', (n, words) => {
    expect(numberWords(n)).toBe(words);
  });

  test('southern forms: lẻ and ngàn', () => {
    expect(numberWords(105, { zeroTens: 'lẻ' })).toBe('một trăm lẻ năm');
    expect(numberWords(2005, { zeroTens: 'lẻ', thousand: 'ngàn' })).toBe('hai ngàn không trăm lẻ năm');
  });

  test('fractions are read after "phẩy", negatives with "âm"', () => {
    expect(numberWords(9.5)).toBe('chín phẩy năm');
    expect(numberWords(95.25)).toBe('chín mươi lăm phẩy hai mươi lăm');
    expect(numberWords(0.05)).toBe('không phẩy không năm');
    expect(numberWords(-3)).toBe('âm ba');
  });

  test('out of range is refused', () => {
    expect(() => numberWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberWords(1e15)).toThrow(RangeError);
  });

  test('every number below 1000 uses mốt/lăm/mươi/mười/linh where Vietnamese does', () => {
    for (let n = 0; n < 1000; n++) {
      const w = numberWords(n);
      const units = n % 10;
      const tens = Math.floor(n / 10) % 10;
      if (tens >= 2 && units === 1) expect(w.endsWith('mươi mốt')).toBe(true);
      if (tens >= 1 && units === 5) expect(w.endsWith('lăm')).toBe(true);
      if (n >= 100 && tens === 0 && units > 0) expect(w).toContain(' linh ');
      if (tens === 1) expect(w).toContain('mười');
      if (tens >= 2) expect(w).toContain('mươi');
      expect(w).not.toMatch(/\s\s|^\s|\s$/);
    }
  });
});

describe('counts', () => {
  test('counts with numerals and words', () => {
    expect(countWithWords(8)).toBe('08 (tám)');
    expect(countWithWords(0)).toBe('00 (không)');
    expect(countWithWords(11)).toBe('11 (mười một)');
    expect(countWithWords(100)).toBe('100 (một trăm)');
    expect(() => countWithWords(-1)).toThrow(RangeError);
    expect(() => countWithWords(1.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  test('Decree 30 form: leading zero for days below 10 and months 1-2', () => {
    expect(dateWords({ year: 2023, month: 1, day: 9 })).toBe('ngày 09 tháng 01 năm 2023');
    expect(dateWords({ year: 2024, month: 2, day: 29 })).toBe('ngày 29 tháng 02 năm 2024');
    expect(dateWords({ year: 2024, month: 3, day: 5 })).toBe('ngày 05 tháng 3 năm 2024');
    expect(dateWords({ year: 2024, month: 12, day: 15 })).toBe('ngày 15 tháng 12 năm 2024');
    expect(placeDateLine('Đắk Lắk', { year: 2023, month: 1, day: 9 })).toBe('Đắk Lắk, ngày 09 tháng 01 năm 2023');
  });

  test('ISO dates are checked against the calendar', () => {
    expect(parseIsoDate('2024-01-09')).toEqual({ year: 2024, month: 1, day: 9 });
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('09/01/2024')).toBeNull();
  });
});

describe('names', () => {
  test('ordinals, lists, slugs', () => {
    expect(ordinalWords(1)).toBe('thứ nhất');
    expect(ordinalWords(4)).toBe('thứ tư');
    expect(ordinalWords(14)).toBe('thứ mười bốn');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A và B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B và C');
    expect(asciiSlug('Khối thi đua số 3')).toBe('Khoi-thi-dua-so-3');
    expect(asciiSlug('Khối thi đua số 3'.normalize('NFD'))).toBe('Khoi-thi-dua-so-3');
    expect(asciiSlug('Đắk Lắk – Cụm 1!')).toBe('Dak-Lak-Cum-1');
    expect(asciiSlug('  ')).toBe('');
  });
});
