// No technical or internal text reaches the pane's user: the whole string table, and the messages the pane shows for
// damaged and wrong files (returned self-scoring workbooks, minute templates, a workbook without the bloc sheets),
// are scanned for API versions, internal sheet names, library words and CLI commands.

import JSZip from 'jszip';
import type { Text } from '../../src/domain/model';
import { describeExcelError } from '../../src/excel/errors';
import { UI } from '../../src/taskpane/i18n';
import { checkWorkbook, isBlank } from '../../src/taskpane/evaluation';
import { isTemplateRefusal, loadTemplate, type TemplateRefusal } from '../../src/taskpane/panels/minutes/actions';
import { buildDownloads, collectReturns, loadPicked, masterFrom } from '../../src/taskpane/panels/roundtrip/actions';
import { planSplit } from '../../src/workbook/split';
import { docxWith } from '../minutes/docx';
import { fillXlsx, gridsToXlsx, masterFixture } from '../roundtrip/fixture';

/** What must never reach a user. ".zip" as a file type in a download button is fine; the word zip in a message is not. */
const TECHNICAL: [string, RegExp][] = [
  ['API version', /ExcelApi|WordApi|\bAPI\s*1\.\d/i],
  ['internal sheet', /_bxtd/i],
  ['library word', /(?<!\.)\bzip\b|signature|jszip|exceljs|docxtemplater|pizzip|\bundefined\b|\bNaN\b|\[object/i],
  ['command', /\bbxtd\s+[a-z]/i],
  ['file path', /docs\/|src\/|node_modules/i],
];

/** A library's English inside a Vietnamese sentence (issue 18: "(no end of central directory)"). */
const LIBRARY_ENGLISH = /\b(central directory|end of|unexpected|invalid|corrupted|offset|locator|record missing|out of range)\b/i;

function problems(texts: Text[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const lang of ['vi', 'en'] as const)
      for (const [what, re] of TECHNICAL) if (re.test(text[lang])) out.push(`${what}: ${text[lang]}`);
    if (LIBRARY_ENGLISH.test(text.vi)) out.push(`library English: ${text.vi}`);
  }
  return out;
}

/** A sample argument for a table function's parameter, by its name: counts and sizes are numbers, a message a Text. */
function sample(param: string): unknown {
  if (/message/i.test(param)) return { vi: 'câu mẫu', en: 'a sample sentence' };
  if (/^(n|done|total|errors|warnings|written|unchanged|overwritten|conflicts|accepted|bytes|maxBytes|year)$/.test(param)) return 3;
  return 'Tên mẫu';
}

/** Every Text of the table, functions called with sample arguments. */
function tableTexts(node: unknown, out: Text[] = []): Text[] {
  if (typeof node === 'function') {
    const params = /^\(?([^)=]*)\)?\s*=>/.exec(node.toString())?.[1] ?? '';
    const args = params
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map(sample);
    const value = (node as (...a: unknown[]) => unknown)(...args);
    return tableTexts(value, out);
  }
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.vi === 'string' && typeof o.en === 'string') out.push(o as unknown as Text);
    else for (const v of Object.values(o)) tableTexts(v, out);
  }
  return out;
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('no technical text in what the pane says', () => {
  test('the scan catches what issue 11 found (it can fail)', () => {
    const found = [
      'Corrupted zip or bug: unexpected signature (\x00\x00)',
      'không có sheet "_bxtd"',
      'cần ExcelApi 1.13',
      'danh sách: lệnh bxtd placeholders',
      'Mẫu riêng được lưu vào trang ẩn (_bxtd_mau)',
      'Tệp .xlsx bị hỏng, không đọc được (no end of central directory).',
    ].map((s) => ({ vi: s, en: 'fine' }));
    expect(found.filter((f) => problems([f]).length === 0)).toEqual([]);
    expect(problems([{ vi: 'Tải tất cả (.zip)', en: 'Download all (.zip)' }])).toEqual([]);
  });

  test('the string table', () => {
    const texts = tableTexts(UI);
    expect(texts.length).toBeGreaterThan(150);
    expect(problems(texts)).toEqual([]);
    // Every entry has both languages, and the English is not the Vietnamese copied.
    expect(texts.filter((t) => !t.vi.trim() || !t.en.trim())).toEqual([]);
  });

  test('Office errors, by every code the adapter knows and an unknown one', () => {
    const codes = ['InvalidOperationInCellEditMode', 'AccessDenied', 'ApiNotFound', 'ItemNotFound', 'GeneralException', 'SomethingNew'];
    expect(problems(codes.map((code) => describeExcelError({ code })))).toEqual([]);
    expect(problems([describeExcelError(new ReferenceError('Excel is not defined')), describeExcelError(new Error('boom'))])).toEqual([]);
  });

  test('returned files that are damaged or wrong: each refused in plain words', async () => {
    const master = masterFixture();
    const [good] = await buildDownloads(planSplit(master, [0]));
    const filled = await fillXlsx(good.bytes, [28, 14, 13.5, 20, 19, 2, 3, 1]);
    const otherBloc = await fillXlsx(
      (await buildDownloads(planSplit(masterFixture({ year: 2023 }), [0])))[0].bytes,
      [1, 1, 1, 1, 1, 1, 1, 1],
    );
    const notWorkbook = await new JSZip().file('word/document.xml', '<w:document/>').generateAsync({ type: 'uint8array' });
    const files: [string, Uint8Array][] = [
      ['text.xlsx', bytes('plain text, not a workbook')],
      ['empty.xlsx', new Uint8Array(0)],
      ['truncated.xlsx', filled.slice(0, Math.floor(filled.length / 2))],
      ['no-directory.xlsx', Uint8Array.from(filled, (b, i) => (i >= filled.length - 22 ? 0 : b))], // zip's end record wiped
      // Damaged inside a part the reader needs (a damaged part nobody reads is no reason to refuse the values).
      ['corrupt.xlsx', Uint8Array.from(filled, (b, i) => (i > 1500 && i < 1700 ? 0 : b))],
      ['word.xlsx', notWorkbook],
      ['old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
      ['other-year.xlsx', otherBloc],
      ['master.xlsx', await gridsToXlsx(master.sheets)], // a real workbook, but the bloc's own, not a unit's return
      ['list.xlsx', await gridsToXlsx([{ name: 'Sheet1', values: [['Danh sách'], ['a', 1]], merges: [] }])],
    ];
    const loaded = await loadPicked(
      [
        ...files.map(([name, data]) => ({ name, size: data.length, read: async () => data.slice().buffer as ArrayBuffer })),
        { name: 'huge.xlsx', size: 50e6, read: () => Promise.reject(new Error('not read')) },
      ],
      () => undefined,
    );
    const report = collectReturns(master, loaded);
    expect(report.files.map((f) => f.status)).toEqual(new Array(files.length + 1).fill('rejected'));
    const said = report.files.flatMap((f) => [...f.reasons, ...f.notes]);
    expect(said.length).toBeGreaterThanOrEqual(files.length + 1);
    expect(problems(said)).toEqual([]);
  });

  test('minute templates that are damaged or wrong: each refused in plain words', async () => {
    const docx = docxWith(['{ten_khoi} {khong_co_cho_nay}']);
    const xlsx = (await buildDownloads(planSplit(masterFixture(), [0])))[0].bytes;
    const cases: [string, Uint8Array][] = [
      ['ghi-chu.docx', bytes('không phải tệp Word')],
      ['rong.docx', new Uint8Array(0)],
      ['cut.docx', docx.slice(0, Math.floor(docx.length / 2))],
      ['bang.docx', xlsx],
      ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, ...new Array(508).fill(0)])],
      ['no-tags.docx', docxWith(['Biên bản không có chỗ điền nào'])],
      ['unknown.docx', docx],
      ['broken.docx', docxWith(['{ten_khoi'])],
    ];
    const said: Text[] = [];
    for (const [name, data] of cases) {
      const e = await loadTemplate({ name, size: data.length, read: async () => data.slice().buffer as ArrayBuffer }).catch(
        (x: unknown) => x,
      );
      expect({ name, refused: isTemplateRefusal(e) }).toEqual({ name, refused: true });
      said.push((e as TemplateRefusal).text);
    }
    expect(problems(said)).toEqual([]);
  });

  test('a workbook without the bloc sheets, and a master with errors', () => {
    const blank = [{ name: 'Sheet1', values: [['ghi chú']], merges: [] }];
    expect(isBlank(blank)).toBe(true);
    const checked = checkWorkbook(blank);
    expect(checked.blank).toBe(true);
    expect(checked.evaluation.issues.length).toBeGreaterThan(0);
    expect(problems([...checked.evaluation.issues.map((i) => i.message), UI.check.noBlocSheets])).toEqual([]);
    const bad = masterFixture();
    bad.sheets[2].values[5][2] = 'ba mươi';
    expect(problems(masterFrom(bad.sheets).issues.map((i) => i.message))).toEqual([]);
  });
});
