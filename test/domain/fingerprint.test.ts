import fc from 'fast-check';
import { fingerprint, fingerprintOf } from '../../src/domain/fingerprint';
import { cellProblem, type CellValue, type SheetGrid } from '../../src/workbook/grid';
import { inputFingerprint } from '../../src/workbook/result-sheet';

// The check code is written into every `Kết quả`: a change of its value would mark every workbook out of date.
test('the fingerprint of a text and the inputs’ check code stay what they were', () => {
  expect(fingerprint('')).toBe('488bdcb81aee8d83');
  expect(fingerprint('Khối thi đua số 3')).toBe('448acd00ff9c2454');
  expect(fingerprint('Khối thi đua số 3'.normalize('NFD'))).toBe('448acd00ff9c2454');
  expect(inputFingerprint([{ name: 'Chấm điểm', values: [[1, 'Đơn vị', null, true]], merges: [] }])).toBe('433fef31f1bc832a');
});

// Text with decomposed Vietnamese (a base letter, then its marks) where a joint could fall.
const cellText = fc
  .array(fc.constantFrom('a', 'ô', 'o\u0302', '\u0301', 'ệ', 'e\u0323\u0302', ',', '"', '[', '\\', '\n', 'Đ', '😀'), { maxLength: 8 })
  .map((xs) => xs.join(''));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  cellText,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  cellText.map((t) => cellProblem('notANumber', t)),
);
const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: cellText,
  values: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
  merges: fc.constant([]),
});

test('the inputs’ check code, made row by row, equals the fingerprint of their whole JSON text', () => {
  fc.assert(
    fc.property(fc.array(grid, { maxLength: 3 }), (sheets) => {
      expect(inputFingerprint(sheets)).toBe(fingerprint(JSON.stringify(sheets.map((s) => [s.name, s.values]))));
    }),
  );
});

test('odd rows (holes, a missing row, -0, large and tiny numbers) check as their JSON text does', () => {
  // eslint-disable-next-line no-sparse-arrays -- a hole is the point
  const values = [[1, , -0, 1e21, 1e-7, -2.5], undefined, [], [null, 'x\u0301', false]] as unknown as CellValue[][];
  const sheets: SheetGrid[] = [{ name: 'Điểm', values, merges: [] }];
  expect(inputFingerprint(sheets)).toBe(fingerprint(JSON.stringify(sheets.map((s) => [s.name, s.values]))));
});

test('pieces that each start with an ASCII character fingerprint as their joined text', () => {
  fc.assert(
    fc.property(fc.array(cellText.map((t) => `,${t}`)), (pieces) => {
      expect(fingerprintOf(pieces)).toBe(fingerprint(pieces.join('')));
    }),
  );
});
