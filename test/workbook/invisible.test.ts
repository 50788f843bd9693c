// Invisible characters and look-alike letters in names (issue 22, item 5): a zero-width space, soft hyphen,
// direction mark, word joiner or byte order mark inside a name does not make one unit two; such a duplicate is
// refused at its cell; a name mixing scripts is a warning naming the cell.

import type { Issue } from '../../src/domain/model';
import { fold, hasInvisible, mixesScripts } from '../../src/domain/text';
import { readBloc } from '../../src/workbook/read';
import { infoSheet, scoreSheet, unitsSheet, UNITS } from '../fixtures/bloc-grids';

const INVISIBLES = ['\u200b', '\u00ad', '\u200f', '\u200e', '\u2060', '\ufeff', '\u200d', '\u202e', '\u2066'];

describe('fold', () => {
  test.each(INVISIBLES)('U+%s inside a name folds away', (ch) => {
    expect(fold(`Công an${ch} tỉnh`)).toBe('cong an tinh');
    expect(fold(`Công${ch} an tỉnh`)).toBe(fold('Công an tỉnh'));
    expect(hasInvisible(`Công an${ch} tỉnh`)).toBe(true);
  });

  test('ordinary text has no invisible character', () => {
    expect(hasInvisible('Công an tỉnh (Khối trưởng)')).toBe(false);
  });

  test('mixed scripts: a Cyrillic о or Greek ο among Latin letters', () => {
    expect(mixesScripts('Cоng an tỉnh')).toBe(true); // Cyrillic о
    expect(mixesScripts('Công an tỉnh')).toBe(false);
    expect(mixesScripts('Viện Kiểm sát, Ομάδα')).toBe(false); // separate words in separate scripts
    expect(mixesScripts('Cοng an')).toBe(true); // Greek omicron
  });
});

describe('readBloc', () => {
  const withUnits = (extra: string[]) =>
    readBloc([infoSheet(), unitsSheet({ extra: extra.map((name, i) => [UNITS.length + i + 1, name]) }), scoreSheet().sheet]);
  const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

  test.each(INVISIBLES)('a twin of a unit differing by U+%s is refused at its cell', (ch) => {
    const name = UNITS[0].name;
    const twin = `${name.slice(0, 4)}${ch}${name.slice(4)}`;
    const { bloc, issues } = withUnits([twin]);
    expect(bloc).toBeNull();
    const dup = errors(issues).filter((i) => i.sheet === 'Đơn vị' && /trùng với dòng/.test(i.message.vi));
    expect(dup).toHaveLength(1);
    expect(dup[0].cell).toMatch(/^B\d+$/);
    // A byte order mark counts as white space when a name is tidied: the two names are then plainly equal.
    if (ch !== '\ufeff') {
      expect(dup[0].message.vi).toMatch(/ký tự ẩn/);
      expect(dup[0].message.en).toMatch(/invisible characters/);
    }
  });

  test('a score column headed by a name with an invisible character is that unit', () => {
    const built = scoreSheet();
    const header = built.sheet.values.find((row) => row.includes(UNITS[1].name))!;
    const c = header.indexOf(UNITS[1].name);
    header[c] = `${UNITS[1].name.slice(0, 3)}\u200b${UNITS[1].name.slice(3)}`;
    const { bloc, issues } = readBloc([infoSheet(), unitsSheet(), built.sheet]);
    expect(errors(issues)).toEqual([]);
    expect(bloc!.units).toHaveLength(UNITS.length);
  });

  test('a name with a Cyrillic look-alike letter is a warning naming the cell', () => {
    const { issues } = withUnits(['Sở Tài chính Cоng']);
    const w = issues.filter((i) => i.severity === 'warning' && /Kirin/.test(i.message.vi));
    expect(w).toHaveLength(1);
    expect(w[0].sheet).toBe('Đơn vị');
    expect(w[0].cell).toMatch(/^B\d+$/);
  });
});
