import fc from 'fast-check';
import { roundTo } from '../../src/domain/text';
import { rounded } from '../../src/domain/totals';

test('sums in millionths round exactly as roundTo rounds the decimal value', () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }), (sum, decimals) => {
      expect(rounded(sum, decimals)).toBe(roundTo(sum / 1e6, decimals));
    }),
    { numRuns: 5000 },
  );
  expect(rounded(2_675_000, 2)).toBe(2.68); // half away from zero
  expect(rounded(-2_675_000, 2)).toBe(-2.68);
  expect(rounded(300_000, 1)).toBe(0.3); // 0.1 + 0.2
});
