import * as fs from 'fs';
import * as path from 'path';
import { withPlaceholderTables } from '../../scripts/make-templates';
import { buildMinutesData } from '../../src/minutes/data';
import { checkTemplate } from '../../src/minutes/fill';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { PLACEHOLDERS, placeholdersText } from '../../src/minutes/vocabulary';
import { makeBallot, scored } from './fixture';

describe('one vocabulary', () => {
  const { bloc, result } = scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
  const data = buildMinutesData(bloc, result);

  test('the data has exactly the vocabulary names, with values of the declared kind', () => {
    expect(Object.keys(data).sort()).toEqual(PLACEHOLDERS.map((p) => p.name).sort());
    for (const p of PLACEHOLDERS) {
      const v = data[p.name];
      if (p.kind === 'text') expect(typeof v).toBe('string');
      if (p.kind === 'condition') expect(typeof v).toBe('boolean');
      if (p.kind === 'list') {
        expect(Array.isArray(v)).toBe(true);
        for (const row of v as Record<string, string>[]) {
          expect(Object.keys(row).sort()).toEqual(p.fields!.map((f) => f.name).sort());
        }
      }
    }
  });

  test('names are unique, lower-case ASCII; every entry is described in both languages', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PLACEHOLDERS) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.vi.length).toBeGreaterThan(3);
      expect(p.description.en.length).toBeGreaterThan(3);
      for (const f of p.fields ?? []) expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  test('bxtd placeholders prints every name in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = placeholdersText(lang);
      for (const p of PLACEHOLDERS) {
        expect(text).toContain(p.kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`);
        for (const f of p.fields ?? []) expect(text).toContain(`{${f.name}}`);
      }
    }
  });

  test('docs/templates.md holds the current generated tables', () => {
    const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');
    expect(withPlaceholderTables(docs)).toBe(docs);
  });

  test('the default templates use a good share of the vocabulary and nothing else', async () => {
    const used = new Set<string>();
    for (const kind of ['nomination', 'handover'] as const) {
      for (const name of (await checkTemplate(buildDefaultTemplate(kind))).placeholders) used.add(name);
    }
    for (const name of [
      'ten_khoi',
      'dia_danh_ngay',
      'bang_diem',
      'ket_luan_co',
      'don_vi_bang_khen',
      'khoi_truong_nam_sau',
      'ket_qua_phieu',
      'don_vi_khong_xet',
    ]) {
      expect(used.has(name)).toBe(true);
    }
  });
});
