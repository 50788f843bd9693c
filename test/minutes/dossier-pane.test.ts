// The Hồ sơ part of the Biên bản tab without a browser: the award dossier from the workbook's grids, what is still
// pending when an award is undecided, templates chosen or kept in the workbook, and refusals named without any
// internal sheet name.

import * as fs from 'node:fs';
import * as path from 'node:path';
import PizZip from 'pizzip';
import { kindsOf } from '../../src/minutes/kinds';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { STORED_SHEET, storedTemplatesValues } from '../../src/minutes/stored';
import { loadTemplate, minutesSource } from '../../src/taskpane/panels/minutes/actions';
import { DOSSIER_OWN_KINDS, KINDS } from '../../src/taskpane/panels/minutes/choice';
import { makeDossierView } from '../../src/taskpane/panels/minutes/dossier';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadXlsx } from '../../src/xlsx/read';
import { docxWith } from './docx';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
let sample: SheetGrid[] = [];
beforeAll(async () => {
  sample = (await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)))).sheets;
});
const sheets = (): SheetGrid[] => sample.map((s) => ({ ...s, values: s.values.map((r) => r.slice()) }));

test('the pane offers the registry’s documents: the meeting’s four, the dossier’s three', () => {
  expect(KINDS).toEqual(kindsOf('minutes'));
  expect(DOSSIER_OWN_KINDS).toEqual(kindsOf('dossier'));
});

test('the sample’s dossier: every file, one zip of them, and what the workbook could still give', async () => {
  const { source } = minutesSource(sheets());
  const view = await makeDossierView(source!, {});
  if (view.status !== 'ready') throw new Error('pending');
  expect(view.files.map((f) => f.kind)).toEqual([
    'proposal',
    'report',
    'report',
    'report',
    'report',
    'report',
    'annex',
    'nomination',
    'count',
  ]);
  expect(view.files[1].unit).toBe('Công an tỉnh');
  expect(view.zip.name).toBe('Ho-so-Khoi-thi-dua-so-3-2024.zip');
  expect(Object.keys(new PizZip(view.zip.bytes).files).sort()).toEqual(view.files.map((f) => f.name).sort());
  expect(view.gaps).toEqual([]); // the sample gives address, phone, head and Nơi nhận hồ sơ
});

test('while an award is pending: nothing made, what the meeting must decide in both languages', async () => {
  const { source } = minutesSource(sheets().filter((s) => s.name !== 'Phiếu bầu'));
  const view = await makeDossierView(source!, {});
  expect(view.status).toBe('pending');
  if (view.status !== 'pending') return;
  expect(view.pending[0].vi).toContain('Chưa có kết quả bỏ phiếu: Công an tỉnh được đề nghị Cờ thi đua');
  expect(view.pending[0].en).toContain('No ballot yet');
});

test('a chosen template and a kept one are used; a kept one refused is named by its document, not its sheet', async () => {
  const own = await loadTemplate(
    { name: 'to-trinh.docx', size: 1, read: async () => docxWith(['Tờ trình của {ten_khoi}']).slice().buffer as ArrayBuffer },
    'proposal',
  );
  const kept = storedTemplatesValues({ annex: docxWith(['Bảng điểm: {#bang_diem}{ten_don_vi}; {/bang_diem}']) })!;
  const { source } = minutesSource([...sheets(), { name: STORED_SHEET, values: kept, merges: [] }]);
  const view = await makeDossierView(source!, { proposal: own });
  if (view.status !== 'ready') throw new Error('pending');
  expect(previewText(docxPreview(view.files[0].bytes))).toBe('Tờ trình của Khối thi đua số 3');
  expect(previewText(docxPreview(view.files.find((f) => f.kind === 'annex')!.bytes))).toMatch(/^Bảng điểm: Công an tỉnh; /);

  const bad = storedTemplatesValues({ report: docxWith(['{ten_khoi} {khong_co}']) })!;
  const refused = minutesSource([...sheets(), { name: STORED_SHEET, values: bad, merges: [] }]);
  const e = await makeDossierView(refused.source!, {}).catch((x: unknown) => x as { text: { vi: string; en: string } });
  expect('text' in (e as object)).toBe(true);
  const text = (e as { text: { vi: string; en: string } }).text;
  expect(text.vi).toMatch(/^Mẫu Báo cáo thành tích lưu trong sổ: /);
  expect(text.en).toMatch(/^Template Achievement report kept in the workbook: /);
  // The sentence names the placeholder; the known ones are the refusal's detail, not in it (nor any developer's pointer).
  expect(text.vi).toContain('{khong_co}');
  expect(text.vi).not.toMatch(/docs\/|bxtd|\{ten_khoi\}/);
  expect(`${text.vi} ${text.en}`).not.toContain('_bxtd');
});

test('a picked template is checked against its own kind: a report’s placeholder is refused for a minute', async () => {
  const file = { name: 'bc.docx', size: 1, read: async () => docxWith(['{dv_ten}']).slice().buffer as ArrayBuffer };
  await expect(loadTemplate(file, 'report')).resolves.toMatchObject({ placeholders: ['dv_ten'] });
  await expect(loadTemplate(file, 'nomination')).rejects.toMatchObject({
    text: { vi: expect.stringContaining('chỉ dùng được trong mẫu Báo cáo thành tích') },
  });
});
