import * as fs from 'fs';
import * as path from 'path';
import { withPlaceholderTables } from '../../scripts/make-templates';
import { placeholdersText } from '../../src/cli/minutes';
import { buildMinutesData, type MinutesData } from '../../src/minutes/data';
import { checkTemplate } from '../../src/minutes/fill';
import { DOCUMENT_KINDS, DOCUMENTS, kindsUsing } from '../../src/minutes/kinds';
import { buildReportData } from '../../src/minutes/report-data';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { fieldNames, PLACEHOLDER_GROUPS, PLACEHOLDERS, placeholdersOf, type Field } from '../../src/minutes/vocabulary';
import { makeBallot, scored } from './fixture';

/** The data's values have the declared kinds, lists and nested lists their declared fields. */
function matchesVocabulary(data: MinutesData, groups: readonly string[]): void {
  const declared = placeholdersOf(DOCUMENTS.report.groups.filter((g) => groups.includes(g)));
  expect(Object.keys(data).sort()).toEqual(declared.map((p) => p.name).sort());
  const checkRows = (rows: unknown, fields: Field[], where: string) => {
    expect([where, Array.isArray(rows)]).toEqual([where, true]);
    for (const row of rows as Record<string, unknown>[]) {
      expect([where, Object.keys(row).sort()]).toEqual([where, fields.flatMap(fieldNames).sort()]);
      for (const f of fields) if (f.fields) checkRows(row[f.name], f.fields, `${where}.${f.name}`);
    }
  };
  for (const p of declared) {
    const v = data[p.name];
    if (p.kind === 'text') expect([p.name, typeof v]).toEqual([p.name, 'string']);
    if (p.kind === 'condition') expect([p.name, typeof v]).toEqual([p.name, 'boolean']);
    if (p.kind === 'list') checkRows(v, p.fields!, p.name);
  }
}

describe('one vocabulary', () => {
  const ballot = makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  ballot.revote = { issued: null, returned: null, valid: null, votes: ballot.votes.map(() => null), against: ballot.votes.map(() => null) };
  const { bloc, result } = scored({ ballot });
  const data = buildMinutesData(bloc, result);

  test('the bloc data has exactly the names of the bloc groups, with values of the declared kind', () => {
    matchesVocabulary(data, DOCUMENTS.nomination.groups);
  });

  test('a report’s data adds exactly the unit group', () => {
    matchesVocabulary(buildReportData(bloc, result, result.flag[0], data), DOCUMENTS.report.groups);
  });

  test('names are unique, lower-case ASCII; every entry is described in both languages', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const checkField = (f: Field) => {
      expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(f.description.vi.length).toBeGreaterThan(1);
      for (const x of f.fields ?? []) checkField(x);
    };
    for (const p of PLACEHOLDERS) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.vi.length).toBeGreaterThan(3);
      expect(p.description.en.length).toBeGreaterThan(3);
      for (const f of p.fields ?? []) checkField(f);
    }
    expect(new Set(PLACEHOLDER_GROUPS.map((g) => g.id)).size).toBe(PLACEHOLDER_GROUPS.length);
  });

  test('bxtd placeholders prints every name in either language, with the documents that use each group', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = placeholdersText(lang);
      for (const p of PLACEHOLDERS) {
        expect(text).toContain(p.kind === 'text' ? `{${p.name}}` : `{#${p.name}}…{/${p.name}}`);
        for (const f of p.fields ?? [])
          expect(text).toContain(f.fields ? `{#${f.name}}…{/${f.name}}` : `{${f.count ? `${f.name}_1` : f.name}}`);
      }
      expect(text).toContain(`${lang === 'vi' ? 'dùng trong' : 'used in'}: ${DOCUMENTS.report.title[lang]}`);
      expect(text).toContain(lang === 'vi' ? 'dùng trong: mọi văn bản' : 'used in: every document');
    }
    expect(placeholdersText('vi')).toContain('{diem_nhom_1} … {diem_nhom_8}');
    expect(kindsUsing('unit')).toEqual(['report']);
  });

  test('docs/templates.md holds the current generated tables', () => {
    const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');
    expect(withPlaceholderTables(docs)).toBe(docs);
  });

  test('the default templates use a good share of the vocabulary and nothing else', async () => {
    const used = new Set<string>();
    for (const kind of DOCUMENT_KINDS) {
      for (const name of (await checkTemplate(buildDefaultTemplate(kind), kind)).placeholders) used.add(name);
    }
    const unused = PLACEHOLDERS.map((p) => p.name).filter((n) => !used.has(n));
    // Kept for a bloc's own templates: the whole-unit list, the first round alone, notes of the scoring, …
    const kept = [
      'ban_kiem_phieu',
      'co_bo_phieu_lai',
      'co_luu_y',
      'co_phan_dinh',
      'co_phieu_bau',
      'dia_diem',
      'don_vi',
      'dv_co_nam_truoc',
      'dv_hang',
      'dv_hinh_thuc_hoa',
      'dv_so_phieu',
      'dv_ten',
      'dv_thu_hang',
      'dv_ty_le',
      'ket_qua_phieu',
      'khoi_pho',
      'khoi_pho_chuc_vu',
      'khoi_pho_dai_dien',
      'khoi_pho_nam_sau',
      'khoi_pho_nam_sau_chuc_vu',
      'khoi_pho_nam_sau_dai_dien',
      'khoi_truong_chuc_vu',
      'luu_y',
      'nam',
      'noi_nhan_ho_so',
      'phieu_hop_le',
      'phieu_khong_hop_le',
      'phieu_phat_ra',
      'phieu_thu_ve',
      'so_bang_khen_toi_da',
      'so_don_vi_vang_mat',
      'ten_don_vi_co',
      'thu_ky',
      'tinh',
      'ky',
      // The province's Tờ trình: kept for a province's own template.
      'th_tinh',
      'th_nam',
      'th_co_quan_khen_thuong',
      'th_so_tep',
      'khoi_thi_dua',
      'khoi_truong_hoa',
      'co_dang_cai',
      'dv_co_phieu',
      'dv_hinh_thuc',
    ];
    expect(unused.filter((n) => !kept.includes(n))).toEqual([]);
    for (const name of [
      'ten_khoi',
      'dia_danh_ngay',
      'bang_diem',
      'ket_luan_co',
      'don_vi_bang_khen',
      'vong_bo_phieu',
      'ung_vien',
      'chu_ky_ban_giao',
      'dv_diem_nhom',
    ]) {
      expect(used.has(name)).toBe(true);
    }
  });
});
