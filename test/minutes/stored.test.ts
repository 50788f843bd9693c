import { decodeBase64, encodeBase64 } from '../../src/minutes/base64';
import { BxtdError } from '../../src/domain/errors';
import {
  CHUNK_CHARS,
  findStoredSheet,
  MAX_STORED_BYTES,
  readStoredTemplates,
  STORED_SHEET,
  storedTemplatesValues,
  updateStoredTemplates,
} from '../../src/minutes/stored';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';

function bytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const grid = (values: CellValue[][]): SheetGrid => ({ name: STORED_SHEET, values, merges: [] });

describe('base64', () => {
  test.each([0, 1, 2, 3, 4, 5, 100, 12289, 100000])('%d bytes round trip and match Node', (n) => {
    const b = bytes(n, n + 7);
    const text = encodeBase64(b);
    expect(text).toBe(Buffer.from(b).toString('base64'));
    expect(decodeBase64(text)).toEqual(b);
  });

  test('invalid text is refused', () => {
    expect(decodeBase64('abc')).toBeNull();
    expect(decodeBase64('ab=c')).toBeNull();
    expect(decodeBase64('ab c')).toBeNull();
    expect(decodeBase64('aé==')).toBeNull();
  });
});

describe('templates kept in the workbook', () => {
  test('round trip of both kinds through cell values, chunks within the cell limit', () => {
    const nomination = bytes(70000, 3); // 93,336 base64 characters: 4 chunks
    const handover = buildDefaultTemplate('handover');
    const values = storedTemplatesValues({ nomination, handover })!;
    expect(values[0][0]).toBe('Loại mẫu');
    const dataCells = values.slice(1).map((r) => r[5] as string);
    expect(dataCells.every((c) => c.startsWith('b64:') && c.length <= CHUNK_CHARS + 4 && c.length <= 32767)).toBe(true);
    expect(values.slice(1).filter((r) => r[0] === 'bien-ban-binh-xet')).toHaveLength(4);
    const { templates, issues } = readStoredTemplates(grid(values));
    expect(issues).toEqual([]);
    expect(templates.nomination).toEqual(nomination);
    expect(templates.handover).toEqual(handover);
  });

  test('rows in any order, numbers written back as text, are still read', () => {
    const values = storedTemplatesValues({ nomination: bytes(65000) })!;
    const [header, ...rows] = values;
    const shuffled = [header, ...rows.reverse().map((r) => [r[0], String(r[1]), String(r[2]), String(r[3]), r[4], r[5]])];
    expect(readStoredTemplates(grid(shuffled)).templates.nomination).toEqual(bytes(65000));
  });

  test('update replaces or removes one kind; nothing left means no sheet', () => {
    const both = { nomination: bytes(10), handover: bytes(20) };
    const values = updateStoredTemplates(both, 'handover', null)!;
    expect(readStoredTemplates(grid(values)).templates).toEqual({ nomination: bytes(10) });
    expect(updateStoredTemplates({ nomination: bytes(10) }, 'nomination', null)).toBeNull();
    const replaced = updateStoredTemplates(both, 'nomination', bytes(30, 9))!;
    expect(readStoredTemplates(grid(replaced)).templates.nomination).toEqual(bytes(30, 9));
  });

  test('damage is reported with the cell and that kind is skipped; the other kind still loads', () => {
    const values = storedTemplatesValues({ nomination: bytes(65000), handover: bytes(100) })!;
    // An edited chunk: the checksum no longer matches.
    const edited = values.map((r) => [...r]);
    const cell = edited[2][5] as string;
    edited[2][5] = cell.slice(0, 10) + (cell[10] === 'A' ? 'B' : 'A') + cell.slice(11);
    let read = readStoredTemplates(grid(edited));
    expect(read.templates.nomination).toBeUndefined();
    expect(read.templates.handover).toEqual(bytes(100));
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ severity: 'warning', sheet: STORED_SHEET, cell: 'A2' });
    expect(read.issues[0].message.vi).toContain('mã kiểm tra không khớp');
    // A missing chunk.
    read = readStoredTemplates(grid(values.filter((_, i) => i !== 2)));
    expect(read.issues[0].message.vi).toContain('thiếu hoặc thừa phần');
    // A chunk turned into a number or a formula by hand.
    const broken = values.map((r) => [...r]);
    broken[1][5] = 12345;
    read = readStoredTemplates(grid(broken));
    expect(read.issues[0].cell).toBe('F2');
    expect(read.templates.nomination).toBeUndefined();
  });

  test('bounded at 10 MB', () => {
    expect(() => storedTemplatesValues({ handover: new Uint8Array(MAX_STORED_BYTES + 1) })).toThrow(BxtdError);
    const values = storedTemplatesValues({ handover: bytes(10) })!;
    values[1][3] = MAX_STORED_BYTES + 1;
    expect(readStoredTemplates(grid(values)).issues[0].message.vi).toContain('lớn hơn 10 MB');
  });

  test('the sheet is found whatever its case', () => {
    expect(
      findStoredSheet([
        { name: 'Đơn vị', values: [], merges: [] },
        { name: '_BXTD_MAU', values: [], merges: [] },
      ])?.name,
    ).toBe('_BXTD_MAU');
    expect(findStoredSheet([])).toBeNull();
  });
});
