import { formatCount, formatPercent, formatScore, formatSize } from '../../src/domain/format';

describe('one way to format numbers', () => {
  test('decimal comma, thousands with a point, no binary drift', () => {
    expect(formatScore(95.5, 'vi', 2)).toBe('95,50');
    expect(formatScore(1234.5, 'vi', 1)).toBe('1.234,5');
    expect(formatScore(0.1 + 0.2, 'vi', 2)).toBe('0,30');
    expect(formatScore(2.675, 'vi', 2)).toBe('2,68');
    expect(formatScore(-0.001, 'vi', 2)).toBe('0,00');
    expect(formatScore(7, 'vi', 0)).toBe('7');
    expect(formatScore(9.5, 'vi')).toBe('9,5');
    expect(formatScore(10, 'vi')).toBe('10');
    expect(formatScore(100, 'vi')).toBe('100');
  });

  test('shares', () => {
    expect(formatPercent(0.875, 'vi')).toBe('87,5%');
    expect(formatPercent(0.5, 'vi')).toBe('50%');
    expect(formatPercent(2 / 3, 'vi')).toBe('66,7%');
    expect(formatPercent(10 / 11, 'vi')).toBe('90,9%');
    expect(formatPercent(1, 'vi')).toBe('100%');
  });

  test('English uses a decimal point and thousands commas', () => {
    expect(formatScore(1234.5, 'en', 2)).toBe('1,234.50');
    expect(formatScore(9.5, 'en')).toBe('9.5');
    expect(formatPercent(5 / 9, 'en')).toBe('55.6%');
  });

  test("the bloc's decimals keep totals apart that the ranking tells apart", () => {
    expect(formatScore(95.126, 'vi', 3)).toBe('95,126');
    expect(formatScore(95.129, 'vi', 3)).toBe('95,129');
    expect(formatScore(95.126, 'vi', 3)).not.toBe(formatScore(95.129, 'vi', 3));
  });

  test('sizes and counts', () => {
    expect(formatSize(1.5 * 1024 * 1024, 'vi')).toBe('1,5 MB');
    expect(formatSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
    expect(formatSize(10, 'vi')).toBe('10 byte');
    expect(formatSize(10, 'en')).toBe('10 bytes');
    expect(formatSize(0.05 * 1024 * 1024, 'vi')).toBe('51 KB');
    expect(formatCount(5_000_000, 'vi')).toBe('5.000.000');
    expect(formatCount(5_000_000, 'en')).toBe('5,000,000');
  });
});
