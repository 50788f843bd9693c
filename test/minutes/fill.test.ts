import PizZip from 'pizzip';
import { BLANK, buildMinutesData } from '../../src/minutes/data';
import { MinutesError } from '../../src/minutes/errors';
import { checkTemplate, fillTemplate, MAX_TEMPLATE_BYTES } from '../../src/minutes/fill';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { PLACEHOLDERS } from '../../src/minutes/vocabulary';
import { docxWith, lieAboutSize } from './docx';
import { makeBallot, scored } from './fixture';

async function refusal(bytes: Uint8Array): Promise<MinutesError> {
  try {
    await fillTemplate(bytes, buildMinutesData(...(Object.values(scored()) as [never, never])));
  } catch (e) {
    expect(e).toBeInstanceOf(MinutesError);
    return e as MinutesError;
  }
  throw new Error('the template was accepted');
}

describe('default templates', () => {
  test.each(['nomination', 'handover'] as const)('%s: every tag is in the vocabulary and fills without leftovers', async (kind) => {
    const template = buildDefaultTemplate(kind);
    const info = await checkTemplate(template);
    expect(info.placeholders.length).toBeGreaterThan(10);
    const { bloc, result } = scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    const text = previewText(docxPreview(await fillTemplate(template, buildMinutesData(bloc, result))));
    expect(text).not.toMatch(/\{[#/^@]?[a-z_]+\}/);
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text).toContain('Khối thi đua số 3');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  test('the nomination score table repeats one row per unit, in rank order', async () => {
    const { bloc, result } = scored();
    const blocks = docxPreview(await fillTemplate(buildDefaultTemplate('nomination'), buildMinutesData(bloc, result)));
    const table = blocks.find((b) => b.kind === 'table' && b.bordered);
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows).toHaveLength(1 + bloc.units.length);
    const cells = table.rows.map((row) => row.map((c) => previewText(c.blocks)));
    expect(cells[0]).toEqual(['TT', 'Đơn vị', 'Tổng điểm', 'Xếp hạng', 'Ghi chú']);
    expect(cells[1]).toEqual(['1', 'Công an tỉnh', '102,50', '1', '']);
    expect(cells[11]).toEqual(['11', 'Trại giam Đắk Trung', '86,00', '11', '']);
  });

  test('empty lists show their dotted line; lists fill one paragraph per item', async () => {
    const { bloc, result } = scored();
    const text = previewText(docxPreview(await fillTemplate(buildDefaultTemplate('nomination'), buildMinutesData(bloc, result))));
    const lines = text.split('\n');
    const i = lines.indexOf('1. Đại biểu mời:');
    expect(lines[i + 1]).toMatch(/^- …+$/);
    expect(lines).toContain('- Công an tỉnh: Nguyễn Văn An, Phó Giám đốc;');
    expect(lines).toContain('Vắng mặt 01 (một) đơn vị:');
    expect(lines).toContain('- Trại giam Đắk Trung;');
    expect(lines).toContain('Không có.'); // no ineligible unit
  });

  test('the generated templates are the committed assets', () => {
    const fs = jest.requireActual('fs') as typeof import('fs');
    const path = jest.requireActual('path') as typeof import('path');
    for (const [kind, file] of [
      ['nomination', 'bien-ban-binh-xet-suy-ton.docx'],
      ['handover', 'bien-ban-ban-giao-khoi-truong.docx'],
    ] as const) {
      const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'templates', file));
      expect(Buffer.from(buildDefaultTemplate(kind)).equals(committed)).toBe(true);
    }
  });
});

describe('user templates', () => {
  test('a template using the vocabulary, with lists, conditions and parent values inside lists', async () => {
    const template = docxWith([
      'Khối: {ten_khoi} — {dia_danh_ngay}',
      '{#bang_diem}{hang}. {ten_don_vi}: {tong_diem} ({ten_khoi}){/bang_diem}',
      '{#co_phieu_bau}Có phiếu{/co_phieu_bau}{^co_phieu_bau}Chưa bỏ phiếu{/co_phieu_bau}',
      'Đại biểu: {#dai_bieu_moi}{ho_ten}{/dai_bieu_moi}{^dai_bieu_moi}……{/dai_bieu_moi}',
    ]);
    const { bloc, result } = scored();
    const text = previewText(docxPreview(await fillTemplate(template, buildMinutesData(bloc, result))));
    expect(text).toContain('Khối: Khối thi đua số 3 — Đắk Lắk, ngày 09 tháng 01 năm 2024');
    expect(text).toContain('1. Công an tỉnh: 102,50 (Khối thi đua số 3)2. Thanh tra tỉnh: 99,50');
    expect(text).toContain('Chưa bỏ phiếu');
    expect(text).toContain('Đại biểu: ……');
  });

  test('an unknown placeholder is refused, named, with a suggestion and the known ones', async () => {
    const e = await refusal(docxWith(['{ten_khoi} {ten_khoii} {so_tien}']));
    expect(e.code).toBe('unknownPlaceholder');
    expect(e.text.vi).toContain('Mẫu có chỗ điền không có trong danh mục: {ten_khoii} (có phải {ten_khoi}?), {so_tien}.');
    expect(e.text.en).toContain('{ten_khoii} (did you mean {ten_khoi}?)');
    for (const p of PLACEHOLDERS) expect(e.text.vi).toContain(p.name);
    expect(e.text.vi).toContain('bxtd placeholders');
  });

  test('expressions are not evaluated: they are unknown placeholders', async () => {
    const e = await refusal(docxWith(['{ten_khoi + "x"}', '{constructor}', '{a.b}']));
    expect(e.code).toBe('unknownPlaceholder');
    expect(e.text.vi).toContain('{ten_khoi + "x"}');
    expect(e.text.vi).toContain('{constructor}');
  });

  test('misplaced placeholders: a field outside its list, a list without #, a text used as a list, raw XML', async () => {
    const e = await refusal(docxWith(['{ten_don_vi}', '{bang_diem}', '{#ten_khoi}x{/ten_khoi}', '{@ten_khoi}']));
    expect(e.code).toBe('unknownPlaceholder');
    expect(e.text.vi).toContain('{ten_don_vi} chỉ dùng được bên trong {#don_vi}…{/don_vi}');
    expect(e.text.vi).toContain('{bang_diem} là danh sách: viết {#bang_diem}…{/bang_diem}');
    expect(e.text.vi).toContain('{#ten_khoi} dùng sai');
    expect(e.text.vi).toContain('{@ten_khoi} (chèn XML thô) không được dùng');
  });

  test.each([
    [['{ten_khoi'], 'thiếu dấu "}" đóng'],
    [['ten_khoi}'], 'không có "{" mở trước'],
    [['{#bang_diem}{ten_don_vi}'], 'Danh sách {#bang_diem} thiếu thẻ đóng {/bang_diem}'],
    [['{/bang_diem}'], 'Thẻ đóng {/bang_diem} không có thẻ mở {#bang_diem}'],
    [['{#bang_diem}{ten_don_vi}{/don_vi}'], 'Thẻ mở {#bang_diem} lại được đóng bằng {/don_vi}'],
    [['{{ten_khoi}'], 'Hai dấu "{" liền nhau'],
  ])('broken tags %j are refused: %s', async (paragraphs, message) => {
    const e = await refusal(docxWith(paragraphs));
    expect(e.code).toBe('brokenTags');
    expect(e.text.vi).toContain(message);
    expect(e.text.en.length).toBeGreaterThan(10);
  });

  test('a .docx without placeholders is refused as the wrong file', async () => {
    const e = await refusal(docxWith(['Biên bản không có chỗ điền']));
    expect(e.code).toBe('noPlaceholder');
  });

  test('not a .docx: random bytes, a Word 97-2003 file, an Excel workbook, a zip without a document', async () => {
    expect((await refusal(new TextEncoder().encode('hello, not a zip'))).code).toBe('notDocx');
    const doc = new Uint8Array(512);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(doc)).text.vi).toContain('Word 97-2003 .doc');
    const xlsx = new PizZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect((await refusal(xlsx.generate({ type: 'uint8array' }))).text.vi).toContain('sổ tính Excel');
    const other = new PizZip();
    other.file('a.txt', 'x');
    expect((await refusal(other.generate({ type: 'uint8array' }))).code).toBe('notDocx');
    const truncated = buildDefaultTemplate('nomination').slice(0, 2000);
    expect((await refusal(truncated)).code).toBe('notDocx');
  });

  test('over 10 MB is refused before it is read', async () => {
    const big = new Uint8Array(MAX_TEMPLATE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const e = await refusal(big);
    expect(e.code).toBe('tooLarge');
    expect(e.text.vi).toContain('vượt giới hạn 10 MB');
  });

  test('a zip bomb is stopped: a part that inflates beyond its declared size, or declared sizes beyond the bound', async () => {
    const zip = new PizZip(buildDefaultTemplate('nomination'));
    zip.file('word/media/padding.bin', new Uint8Array(4 * 1024 * 1024)); // 4 MB of zeros: a few KB deflated
    const honest = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
    expect(honest.length).toBeLessThan(100 * 1024);
    const lying = lieAboutSize(honest, 'word/media/padding.bin', 1000);
    const e = await refusal(lying);
    expect(e.code).toBe('unsafeZip');
    expect(e.text.vi).toContain('word/media/padding.bin');
    const huge = lieAboutSize(honest, 'word/media/padding.bin', 0xfffffff0);
    expect((await refusal(huge)).code).toBe('unsafeZip');
    // The honest one is a fine template.
    await expect(checkTemplate(honest)).resolves.toBeDefined();
  });

  test('a value missing from the data is a dotted blank', async () => {
    const { bloc, result } = scored();
    const data = buildMinutesData(bloc, result);
    delete data.dia_diem;
    const text = previewText(docxPreview(await fillTemplate(docxWith(['Tại {dia_diem}.']), data)));
    expect(text).toBe(`Tại ${BLANK}.`);
  });
});
