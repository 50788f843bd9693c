import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { placeholdersText, writeMinutes } from '../../src/cli/minutes';
import { BxtdError } from '../../src/domain/errors';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { STORED_SHEET, storedTemplatesValues } from '../../src/minutes/stored';
import { docxWith } from './docx';
import { scored } from './fixture';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-minutes-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeMinutes', () => {
  test('writes the four documents of the meeting with their file names from the defaults', async () => {
    const { bloc, result } = scored();
    const written = await writeMinutes({ bloc, result, outDir: path.join(dir, 'out'), lang: 'vi' });
    expect(written.map((f) => path.basename(f))).toEqual([
      'Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx',
      'Bien-ban-ban-giao-Khoi-thi-dua-so-3-2023.docx',
      'Phieu-bau-Khoi-thi-dua-so-3-2023.docx',
      'Bien-ban-kiem-phieu-Khoi-thi-dua-so-3-2023.docx',
    ]);
    const text = (i: number) => previewText(docxPreview(new Uint8Array(fs.readFileSync(written[i]))));
    expect(text(1)).toContain('BÊN NHẬN: Thanh tra tỉnh');
    expect(text(2)).toContain('PHIẾU BẦU');
    expect(text(3)).toContain('BIÊN BẢN KIỂM PHIẾU');
  });

  test('a template for the ballot paper and the count minute, by option', async () => {
    const { bloc, result } = scored();
    const own = path.join(dir, 'phieu.docx');
    fs.writeFileSync(own, docxWith(['Phiếu của {ten_khoi}: {#ung_vien}{ten_don_vi}{/ung_vien}']));
    const written = await writeMinutes({ bloc, result, outDir: dir, lang: 'vi', templates: { ballot: own } });
    expect(previewText(docxPreview(new Uint8Array(fs.readFileSync(written[2]))))).toBe('Phiếu của Khối thi đua số 3: Công an tỉnh');
  });

  test('a template file on the command line, then the workbook’s stored one, then the default', async () => {
    const { bloc, result } = scored();
    const own = path.join(dir, 'mau.docx');
    fs.writeFileSync(own, docxWith(['Mẫu riêng của {ten_khoi}']));
    const sheets = [
      { name: STORED_SHEET, values: storedTemplatesValues({ handover: docxWith(['Mẫu lưu trong sổ: {khoi_truong}']) })!, merges: [] },
    ];
    const written = await writeMinutes({ bloc, result, outDir: dir, lang: 'vi', nominationTemplate: own, sheets });
    expect(previewText(docxPreview(new Uint8Array(fs.readFileSync(written[0]))))).toBe('Mẫu riêng của Khối thi đua số 3');
    expect(previewText(docxPreview(new Uint8Array(fs.readFileSync(written[1]))))).toBe('Mẫu lưu trong sổ: Công an tỉnh');
  });

  test('a refused template names the file and writes nothing', async () => {
    const { bloc, result } = scored();
    const bad = path.join(dir, 'sai.docx');
    fs.writeFileSync(bad, docxWith(['{ten_khoi} {khong_co}']));
    const out = path.join(dir, 'out');
    const e = await writeMinutes({ bloc, result, outDir: out, lang: 'vi', handoverTemplate: bad }).catch((x) => x);
    expect(e).toBeInstanceOf(BxtdError);
    expect(e.text.vi).toContain(`Mẫu ${bad}:`);
    expect(e.text.vi).toContain('{khong_co}');
    expect(fs.existsSync(out)).toBe(false);
    const missing = await writeMinutes({ bloc, result, outDir: out, lang: 'en', nominationTemplate: path.join(dir, 'none.docx') }).catch(
      (x) => x,
    );
    expect(missing.text.en).toContain('Template file not found');
  });

  test('a damaged stored template is a warning and the default is used', async () => {
    const { bloc, result } = scored();
    const values = storedTemplatesValues({ nomination: docxWith(['{ten_khoi}']) })!;
    values[1][4] = 'fp:0000000000000000';
    const warnings: string[] = [];
    const written = await writeMinutes({
      bloc,
      result,
      outDir: dir,
      lang: 'en',
      sheets: [{ name: STORED_SHEET, values, merges: [] }],
      warn: (s) => warnings.push(s),
    });
    expect(warnings[0]).toContain(`${STORED_SHEET}!A2`);
    expect(previewText(docxPreview(new Uint8Array(fs.readFileSync(written[0]))))).toContain('BIÊN BẢN');
  });

  test('placeholdersText', () => {
    expect(placeholdersText('vi')).toContain('{ten_khoi}');
    expect(placeholdersText('en')).toContain('Placeholders in document templates');
  });
});
