// The province's Tờ trình tổng hợp: its data follow its vocabulary groups exactly; the default template lists the
// flag and Certificate units under the awards' legal names, keeps a flag awaiting its bloc's vote out of the list,
// says in one line how many blocs have no valid result (no file names, no word about how workbooks are checked, no
// rotation suggestion); the issuer is the Ban Thi đua - Khen thưởng under the Sở Nội vụ, or whom the province names;
// a province's own template is used, and refused with the usual message.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { MinutesData } from '../../src/minutes/data';
import { DOCUMENTS } from '../../src/minutes/kinds';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { buildProvinceData } from '../../src/minutes/province';
import { checkTemplate } from '../../src/minutes/fill';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { fieldNames, placeholdersOf, type Field } from '../../src/minutes/vocabulary';
import { checkScored } from '../../src/province/check';
import { summariseProvince, type ProvinceSummary } from '../../src/province/summary';
import { loadXlsx } from '../../src/xlsx/read';
import { docxWith } from '../minutes/docx';
import { ECONOMIC_UNITS, run, scoredBloc, type Scored } from './fixture';

let dir: string;
let bloc3: Scored; // a ballot: the flag is decided
let bloc5: Scored; // no ballot: the flag awaits the bloc's vote
let summary: ProvinceSummary;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-to-trinh-'));
  bloc3 = await scoredBloc(path.join(dir, 'blocs'), { name: 'Khối thi đua số 3' });
  bloc5 = await scoredBloc(path.join(dir, 'blocs'), { name: 'Khối thi đua số 5', units: ECONOMIC_UNITS, noBallot: true });
  const checked = [];
  for (const file of [bloc3.file, bloc5.file]) checked.push(checkScored(file, (await loadXlsx(await fs.readFile(file))).sheets, null));
  checked.push({
    status: 'rejected' as const,
    file: '/hop-thu/khoi-7.xlsx',
    blocName: null,
    reasons: [{ vi: 'Tệp bị hỏng.', en: 'Damaged.' }],
  });
  summary = summariseProvince(checked);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('Tờ trình tổng hợp', () => {
  it('its data has exactly the names of its vocabulary groups, with values of the declared kinds', () => {
    const data: MinutesData = buildProvinceData(summary);
    const declared = placeholdersOf(DOCUMENTS.province.groups);
    expect(Object.keys(data).sort()).toEqual(declared.map((p) => p.name).sort());
    const rows = (v: MinutesData[string], fields: Field[]) => {
      expect(Array.isArray(v)).toBe(true);
      for (const row of v as Record<string, string>[]) expect(Object.keys(row).sort()).toEqual(fields.flatMap(fieldNames).sort());
    };
    for (const p of declared) {
      if (p.kind === 'text') expect([p.name, typeof data[p.name]]).toEqual([p.name, 'string']);
      if (p.kind === 'condition') expect([p.name, typeof data[p.name]]).toEqual([p.name, 'boolean']);
      if (p.kind === 'list') rows(data[p.name], p.fields!);
    }
  });

  it('the default template uses its own names only', async () => {
    const info = await checkTemplate(buildDefaultTemplate('province'), 'province');
    expect(info.placeholders).toEqual(expect.arrayContaining(['th_don_vi_co', 'th_don_vi_bang_khen', 'th_khoi', 'th_cho_quyet_dinh']));
    const own = placeholdersOf(DOCUMENTS.province.groups);
    const names = new Set([...own.map((p) => p.name), ...own.flatMap((p) => (p.fields ?? []).flatMap(fieldNames))]);
    expect(info.placeholders.filter((n) => !names.has(n))).toEqual([]);
    // A bloc document's name is refused in the province's template, and the other way round.
    await expect(checkTemplate(docxWith(['{th_tinh} {ten_khoi}']), 'province')).rejects.toThrow(/ten_khoi/);
  });

  it('lists the decided flag and the Certificates under their legal names; the flag awaiting a vote goes to what is pending', async () => {
    const out = path.join(dir, 'out');
    const r = await run(['tong-hop', bloc3.file, bloc5.file, '--out', out, '--json']);
    expect(r.code).toBe(0);
    const docx = path.join(out, 'To-trinh-tong-hop-Dak-Lak-2024.docx');
    expect(JSON.parse(r.out).written).toContain(docx);
    const text = previewText(docxPreview(await fs.readFile(docx)));
    const lines = text.split('\n');
    expect(text).toContain('Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk.');
    expect(text).toContain('cho các tập thể thuộc các Khối thi đua năm 2024');
    expect(text).toContain('1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk cho 01 (một) tập thể dẫn đầu các Khối thi đua:');
    const merits = bloc3.merit.length + bloc5.merit.length;
    expect(text).toContain(`2. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho ${String(merits).padStart(2, '0')} (`);

    const tables = docxPreview(await fs.readFile(docx)).filter((b) => b.kind === 'table' && b.bordered);
    const cells = tables.map((t) => (t.kind === 'table' ? t.rows.map((row) => row.map((c) => previewText(c.blocks).trim())) : []));
    const [blocs, flags, certificates] = cells;
    expect(blocs.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'Khối thi đua số 3', '11', 'Công an tỉnh'],
      ['2', 'Khối thi đua số 5', '11', 'Sở Tài chính (chờ Khối bỏ phiếu suy tôn)'],
    ]);
    // Only the decided flag is proposed.
    expect(flags.slice(1)).toEqual([['1', 'Công an tỉnh', 'Khối thi đua số 3', '104,00', '90,9%']]);
    expect(certificates.slice(1).map((row) => row[1])).toEqual([...bloc3.merit, ...bloc5.merit]);
    expect(certificates[1]).toEqual(['1', bloc3.merit[0], 'Khối thi đua số 3', '101,00', '2']);
    // What bloc 5 must still decide.
    expect(lines.some((l) => l.startsWith('- Khối thi đua số 5: Chưa có kết quả bỏ phiếu: Sở Tài chính được đề nghị Cờ thi đua'))).toBe(
      true,
    );
    expect(text).not.toMatch(/\{[#/^@]?[a-z_0-9]+\}|undefined|null|NaN/);
    // An official text: no file name, nothing about how workbooks are checked, no rotation suggestion.
    expect(text).not.toMatch(/\.xlsx|kiểm tra lại|chấm điểm lại|gợi ý|00 \(không\)/);
  });

  it('counts the blocs without a valid result in one line, naming them only when every one could be read', async () => {
    const data = buildProvinceData(summary);
    expect(data.th_chua_hop_le).toBe('Còn 01 (một) khối chưa gửi kết quả hợp lệ.');
    expect(data.th_co_chua_hop_le).toBe(true);
    expect(data.th_so_khoi).toBe('02 (hai)');
    const named = { ...summary, rejected: [{ file: '/a/k7.xlsx', blocName: 'Khối thi đua số 7', reasons: [] }] };
    expect(buildProvinceData(named).th_chua_hop_le).toBe('Còn 01 (một) khối chưa gửi kết quả hợp lệ: Khối thi đua số 7.');
    // A file of another year is no bloc of this summary; a bloc whose newer file was accepted has a valid result.
    const other = {
      ...summary,
      rejected: [
        { file: '/a/2023.xlsx', blocName: 'Khối thi đua số 9', reasons: [], otherPeriod: true },
        { file: '/a/old.xlsx', blocName: 'Khối thi đua số 3', reasons: [] },
      ],
    };
    expect(buildProvinceData(other).th_co_chua_hop_le).toBe(false);
  });

  it('the issuer: the Ban Thi đua - Khen thưởng under the Sở Nội vụ, or as the province names it', () => {
    const data = buildProvinceData(summary);
    expect([data.th_co_quan_chu_quan_hoa, data.th_co_quan_ban_hanh_hoa, data.th_ky_hieu]).toEqual([
      'SỞ NỘI VỤ TỈNH ĐẮK LẮK',
      'BAN THI ĐUA - KHEN THƯỞNG',
      'BTĐKT',
    ]);
    const own = buildProvinceData(summary, { issuer: 'Phòng Thi đua - Khen thưởng', parent: 'Sở Nội vụ tỉnh Đắk Lắk' });
    expect([own.th_co_quan_ban_hanh_hoa, own.th_ky_hieu]).toEqual(['PHÒNG THI ĐUA - KHEN THƯỞNG', 'PTĐKT']);
    // The grounds in force on the blocs' meeting day; a province's own replace them, in order.
    expect(data.th_can_cu.map((g) => g.noi_dung)[0]).toBe('Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022');
    expect(buildProvinceData(summary, { grounds: ['Quyết định số 1/QĐ-UBND', 'Kế hoạch số 2/KH-UBND'] }).th_can_cu).toEqual([
      { noi_dung: 'Quyết định số 1/QĐ-UBND', dau_cuoi: ';' },
      { noi_dung: 'Kế hoạch số 2/KH-UBND', dau_cuoi: ',' },
    ]);
  });

  it('the province names its issuer on the command line', async () => {
    const out = path.join(dir, 'out-issuer');
    const r = await run([
      'tong-hop',
      bloc3.file,
      '--out',
      out,
      '--co-quan',
      'Phòng Thi đua - Khen thưởng',
      '--co-quan-chu-quan',
      'Sở Nội vụ tỉnh Đắk Lắk',
    ]);
    expect(r.code).toBe(0);
    const text = previewText(docxPreview(await fs.readFile(path.join(out, 'To-trinh-tong-hop-Dak-Lak-2024.docx'))));
    expect(text).toContain('SỞ NỘI VỤ TỈNH ĐẮK LẮK PHÒNG THI ĐUA - KHEN THƯỞNG');
    expect(text).toContain('Số: ……/TTr-PTĐKT');
    expect(text).toContain('Phòng Thi đua - Khen thưởng kính trình Hội đồng Thi đua - Khen thưởng tỉnh xem xét');
  });

  it('a province’s own template is used; one with an unknown placeholder is refused and nothing is written', async () => {
    const own = path.join(dir, 'mau-rieng.docx');
    await fs.writeFile(own, docxWith(['Tỉnh {th_tinh}: {#th_don_vi_co}{ten_don_vi} ({ten_khoi}){/th_don_vi_co}']));
    const out = path.join(dir, 'out-own');
    const r = await run(['tong-hop', bloc3.file, '--out', out, '--template-to-trinh', own]);
    expect(r.code).toBe(0);
    const text = previewText(docxPreview(await fs.readFile(path.join(out, 'To-trinh-tong-hop-Dak-Lak-2024.docx'))));
    expect(text.trim()).toBe('Tỉnh Đắk Lắk: Công an tỉnh (Khối thi đua số 3)');

    const bad = path.join(dir, 'mau-sai.docx');
    await fs.writeFile(bad, docxWith(['{th_tinh} {ten_tinh_sai}']));
    const refusedOut = path.join(dir, 'out-bad');
    const refused = await run(['tong-hop', bloc3.file, '--out', refusedOut, '--template-to-trinh', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`Mẫu ${bad}:`);
    expect(refused.err).toContain('{ten_tinh_sai}');
    await expect(fs.stat(refusedOut)).rejects.toThrow();
  });
});
