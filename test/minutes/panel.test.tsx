// The task pane's Minutes tab without a browser: the functions the panel calls, on the sample workbook's grids and
// on the Excel double (templates kept in the workbook and read back), and a server render in both languages.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderToString } from 'react-dom/server';
import { applyWritePlan, readWorkbook } from '../../src/excel/actions';
import { createExcelDouble, createWorkbook, doubleHost } from '../../src/excel-double';
import { MAX_TEMPLATE_BYTES } from '../../src/minutes/fill';
import { previewText } from '../../src/minutes/preview';
import { readStoredTemplates, STORED_SHEET } from '../../src/minutes/stored';
import { MinutesPanel } from '../../src/taskpane/panels/minutes/MinutesPanel';
import {
  defaultTemplate,
  loadTemplate,
  makeMinutes,
  minutesSource,
  isTemplateRefusal,
  knownPlaceholders,
  storedTemplatesPlan,
  type TemplateRefusal,
  withChosen,
  without,
  type ChosenTemplate,
  type PickedTemplate,
} from '../../src/taskpane/panels/minutes/actions';
import { renderPane } from '../taskpane/render';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadXlsx } from '../../src/xlsx/read';
import { docxWith } from './docx';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

let sampleSheets: SheetGrid[];
beforeAll(async () => {
  sampleSheets = (await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)))).sheets;
});
const sheets = (): SheetGrid[] => sampleSheets.map((s) => ({ ...s, values: s.values.map((r) => r.slice()), merges: s.merges }));

const picked = (name: string, bytes: Uint8Array): PickedTemplate => ({
  name,
  size: bytes.length,
  read: async () => bytes.slice().buffer as ArrayBuffer,
});

async function chosenOf(name: string, paragraphs: string[]): Promise<ChosenTemplate> {
  return loadTemplate(picked(name, docxWith(paragraphs)));
}

describe('minutes panel actions on the sample workbook', () => {
  test('both minutes are filled from the workbook: bloc, flag unit, file names, default templates', async () => {
    const { source, issues } = minutesSource(sheets());
    expect(issues).toEqual([]);
    expect(source).not.toBeNull();
    const bloc = source!.bloc;
    expect(source!.result.flag).toHaveLength(1);
    const flag = bloc.units[source!.result.flag[0]].name;
    const minutes = await makeMinutes(source!, {});
    expect(minutes.map((m) => m.fileName)).toEqual([
      `Bien-ban-binh-xet-Khoi-thi-dua-so-3-${bloc.info.year}.docx`,
      `Bien-ban-ban-giao-Khoi-thi-dua-so-3-${bloc.info.year}.docx`,
      `Phieu-bau-Khoi-thi-dua-so-3-${bloc.info.year}.docx`,
      `Bien-ban-kiem-phieu-Khoi-thi-dua-so-3-${bloc.info.year}.docx`,
    ]);
    expect(minutes.map((m) => m.origin)).toEqual(['default', 'default', 'default', 'default']);
    for (const m of minutes) {
      expect(m.error).toBeNull();
      expect(m.bytes?.[0]).toBe(0x50); // a zip: "PK"
      const text = previewText(m.preview);
      expect(text.toLocaleUpperCase('vi')).toContain(bloc.info.name.toLocaleUpperCase('vi'));
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).not.toMatch(/\{[#/^]?[a-z_]+\}|undefined|NaN/);
    }
    const nomination = previewText(minutes[0].preview);
    expect(nomination).toContain(`đề nghị`);
    expect(nomination).toContain(flag);
    // The score table lists every unit.
    for (const u of bloc.units) expect(nomination).toContain(u.name);
  });

  test('a workbook with errors gives no minutes but its errors by cell', () => {
    const bad = sheets();
    const score = bad.find((s) => s.name === 'Chấm điểm')!;
    const row = score.values.findIndex((r) => r[0] === '1'); // the first criterion (a leaf)
    score.values[row][4] = 'chín'; // its Khối chấm score for the first unit
    const { source, issues } = minutesSource(bad);
    expect(source).toBeNull();
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toContain(`Chấm điểm!E${row + 1}`);
  });

  test('a chosen template is used for its minute only; a refused one names the unknown placeholder', async () => {
    const { source } = minutesSource(sheets());
    const own = await chosenOf('mau-rieng.docx', ['BIÊN BẢN RIÊNG CỦA {ten_khoi}', 'Đơn vị đề nghị Cờ: {ten_don_vi_co}']);
    expect(own.placeholders).toEqual(['ten_don_vi_co', 'ten_khoi']);
    const minutes = await makeMinutes(source!, { nomination: own });
    expect(minutes.map((m) => m.origin)).toEqual(['chosen', 'default', 'default', 'default']);
    expect(minutes[0].templateName).toBe('mau-rieng.docx');
    expect(previewText(minutes[0].preview)).toBe(
      `BIÊN BẢN RIÊNG CỦA ${source!.bloc.info.name}\nĐơn vị đề nghị Cờ: ${source!.bloc.units[source!.result.flag[0]].name}`,
    );

    const refused = await loadTemplate(picked('sai.docx', docxWith(['{ten_khoi} {khong_co_cho_nay}']))).catch((e: unknown) => e);
    expect(isTemplateRefusal(refused)).toBe(true);
    if (!isTemplateRefusal(refused)) return;
    expect(refused.code).toBe('pane.template');
    const { text } = refused;
    const known = knownPlaceholders(refused);
    expect(text.vi).toMatch(/^Mẫu sai\.docx: /);
    expect(text.vi).toContain('khong_co_cho_nay');
    expect(text.en).toContain('khong_co_cho_nay');
    // The known placeholders come as a list, not inside the sentence (the pane folds them under it).
    expect(known).toContain('{ten_khoi}');
    expect(text.vi).not.toContain('{ten_khoi}');
    expect(text.vi).not.toMatch(/bxtd|docs\//);

    const notDocx = await loadTemplate(picked('ghi-chu.txt', new TextEncoder().encode('không phải tệp Word'))).catch((e: unknown) => e);
    expect(isTemplateRefusal(notDocx) && notDocx.text.vi).toBe(
      'Tệp mẫu ghi-chu.txt không phải tài liệu Word (.docx) hoặc đã hỏng. Hãy mở bằng Word và lưu lại dưới dạng Tài liệu Word (.docx).',
    );
  });

  test('the default templates offered for editing are the files in assets/templates', async () => {
    for (const kind of ['nomination', 'handover'] as const) {
      const file = await defaultTemplate(kind);
      const onDisk = fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'templates', file.name));
      expect(Buffer.from(file.bytes).equals(onDisk)).toBe(true);
    }
  });

  test('an oversized template is refused without being read', async () => {
    const read = jest.fn(async () => new ArrayBuffer(0));
    const e = await loadTemplate({ name: 'to.docx', size: MAX_TEMPLATE_BYTES * 1.25, read }).catch((x: unknown) => x);
    expect((e as TemplateRefusal).text.vi).toBe('Tệp mẫu to.docx nặng 12,5 MB, vượt giới hạn 10 MB.');
    expect((e as TemplateRefusal).text.en).toBe('Template to.docx is 12.5 MB, over the 10 MB limit.');
    expect(read).not.toHaveBeenCalled();
  });

  test('the stored-template plan writes a very hidden _bxtd_mau that reads back; removing all removes the sheet', async () => {
    const own = await chosenOf('ban-giao.docx', ['Bàn giao: {khoi_truong} → {khoi_truong_nam_sau}']);
    const plan = storedTemplatesPlan(sheets(), withChosen({}, { handover: own }));
    expect(plan.ownedSheets.map((s) => s.name)).toEqual(['_bxtd', STORED_SHEET]); // the registry of ours, and the sheet
    const sheet = plan.ownedSheets[1];
    expect(sheet.name).toBe(STORED_SHEET);
    expect(sheet.visibility).toBe('veryHidden');
    const back = readStoredTemplates({ name: sheet.name, values: sheet.values, merges: [] });
    expect(back.issues).toEqual([]);
    expect(Object.keys(back.templates)).toEqual(['handover']);
    expect(Buffer.from(back.templates.handover!).equals(Buffer.from(own.bytes))).toBe(true);

    const withStored = [...sheets(), { name: sheet.name, values: sheet.values, merges: [] }];
    const removed = storedTemplatesPlan(withStored, without(back.templates, ['handover']));
    expect(removed.ownedSheets.map((s) => s.name)).toEqual(['_bxtd']);
    expect(removed.removeSheets).toEqual([STORED_SHEET]);
  });

  test('on the Excel double: kept templates travel in the workbook and are used automatically, then removed', async () => {
    const double = createExcelDouble(createWorkbook(sheets()));
    const host = doubleHost(double);
    const read = async () => (await readWorkbook(host, { keptTemplates: true })).sheets;
    const own = await chosenOf('bb-binh-xet.docx', ['Mẫu của Khối: {ten_khoi}, năm {nam}']);

    await applyWritePlan(host, storedTemplatesPlan(await read(), withChosen({}, { nomination: own })));
    const hidden = double.model.sheets.find((s) => s.name === STORED_SHEET)!;
    expect(hidden.visibility).toBe('VeryHidden');
    expect(double.model.activeSheet).not.toBe(STORED_SHEET);

    const { source, issues } = minutesSource(await read());
    expect(issues).toEqual([]); // the hidden sheet is no reason for the reader to complain
    expect(source!.storedDamaged).toBe(false);
    const minutes = await makeMinutes(source!, {});
    expect(minutes.map((m) => m.origin)).toEqual(['stored', 'default', 'default', 'default']);
    expect(previewText(minutes[0].preview)).toBe(`Mẫu của Khối: ${source!.bloc.info.name}, năm ${source!.bloc.info.year}`);

    await applyWritePlan(host, storedTemplatesPlan(await read(), without(source!.stored, ['nomination'])));
    expect(double.model.sheets.some((s) => s.name === STORED_SHEET)).toBe(false);
    const after = minutesSource(await read());
    expect((await makeMinutes(after.source!, {})).map((m) => m.origin)).toEqual(['default', 'default', 'default', 'default']);
  });

  test('a damaged stored template is reported by cell and its minute falls back to the default', async () => {
    const own = await chosenOf('bb.docx', ['{ten_khoi}']);
    const values = storedTemplatesPlan([], withChosen({}, { nomination: own })).ownedSheets[1].values.map((r) => r.slice());
    values[1][5] = `b64:${'A'.repeat(12)}`;
    const { source } = minutesSource([...sheets(), { name: STORED_SHEET, values, merges: [] }]);
    expect(source!.storedDamaged).toBe(true);
    expect((await makeMinutes(source!, {})).map((m) => m.origin)).toEqual(['default', 'default', 'default', 'default']);
  });
});

describe('minutes panel render', () => {
  test("Vietnamese by default: the action, both minutes, the pane's own template pickers with labels", () => {
    const html = renderToString(renderPane(<MinutesPanel />));
    expect(html).toContain('Lập biên bản');
    expect(html).toContain('Biên bản họp bình xét, suy tôn');
    expect(html).toContain('Biên bản bàn giao Khối trưởng');
    expect(html).toContain('Mẫu riêng (.docx)');
    // A picker per document: the meeting's four, the dossier's three.
    expect(html.match(/type="file"/g)).toHaveLength(7);
    expect(html).toContain('Hồ sơ đề nghị khen thưởng');
    expect(html).toContain('Lập hồ sơ');
    expect(html).toContain('accept=".docx');
    expect(html).toContain('Đang dùng mẫu mặc định');
    // Each picker's button is named by its label and its own text ("Mẫu riêng (.docx) Chọn tệp…").
    const buttons = [...html.matchAll(/<button[^>]*aria-labelledby="([^"]+) ([^"]+)"[^>]*>/g)];
    expect(buttons).toHaveLength(7);
    for (const [, label] of buttons) expect(html).toMatch(new RegExp(`<label[^>]*id="${label}"[^>]*>Mẫu riêng \\(\\.docx\\)</label>`));
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Lưu các mẫu đã chọn vào sổ/);
    expect(html).not.toContain('_bxtd');
  });

  test("English through the pane's language", () => {
    const html = renderToString(renderPane(<MinutesPanel />, { lang: 'en' }));
    expect(html).toContain('Make the minutes');
    expect(html).toContain('Bloc head handover minute');
    expect(html).toContain('Own template (.docx)');
    expect(html).toContain('Choose a file…');
    expect(html).not.toContain('Lập biên bản');
  });
});
