import PizZip from 'pizzip';
import { BLANK, buildMinutesData, type MinutesData } from '../../src/minutes/data';
import { BxtdError } from '../../src/domain/errors';
import { placeholderRefusal } from '../../src/minutes/errors';
import { checkTemplate, fillDocument, fillTemplate, MAX_TEMPLATE_BYTES, unjustifyDotted } from '../../src/minutes/fill';
import { BLOC_KINDS, DOCUMENT_KINDS, DOCUMENTS } from '../../src/minutes/kinds';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { placeholdersOf } from '../../src/minutes/vocabulary';
import { buildReportData } from '../../src/minutes/report-data';
import { docxWith, lieAboutSize } from './docx';
import { makeBallot, scored } from './fixture';

async function refusal(bytes: Uint8Array): Promise<BxtdError> {
  try {
    await fillTemplate(bytes, buildMinutesData(...(Object.values(scored()) as [never, never])));
  } catch (e) {
    expect(e).toBeInstanceOf(BxtdError);
    return e as BxtdError;
  }
  throw new Error('the template was accepted');
}

describe('default templates', () => {
  test.each(BLOC_KINDS)('%s: every tag is in the vocabulary and fills without leftovers', async (kind) => {
    const template = buildDefaultTemplate(kind);
    const info = await checkTemplate(template, kind);
    expect(info.placeholders.length).toBeGreaterThan(5);
    const { bloc, result } = scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    const base = buildMinutesData(bloc, result);
    const data = kind === 'report' ? buildReportData(bloc, result, result.flag[0], base) : base;
    const text = previewText(docxPreview(await fillDocument(kind, template, data)));
    expect(text).not.toMatch(/\{[#/^@]?[a-z_]+\}/);
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text.toLocaleUpperCase('vi')).toContain('KHỐI THI ĐUA SỐ 3');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  test('the nomination score table repeats one row per unit, in rank order', async () => {
    const { bloc, result } = scored();
    const blocks = docxPreview(await fillTemplate(buildDefaultTemplate('nomination'), buildMinutesData(bloc, result)));
    const table = blocks.find((b) => b.kind === 'table' && b.bordered);
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows).toHaveLength(1 + bloc.units.length);
    const cells = table.rows.map((row) => row.map((c) => previewText(c.blocks).trim()));
    expect(cells[0]).toEqual(['TT', 'Đơn vị', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Phiếu đồng ý', 'Đề nghị']);
    // The leading unit's vote is to fill in; a unit on no ballot has no figure.
    expect(cells[1]).toEqual(['1', 'Công an tỉnh', '4,00', '0,00', '102,50', '1', '……', 'Cờ thi đua (chờ bỏ phiếu)']);
    expect(cells[11]).toEqual(['11', 'Trại giam Đắk Trung', '1,00', '0,50', '86,00', '11', '—', '']);
  });

  test('empty lists show their dotted line; lists fill one paragraph per item', async () => {
    const { bloc, result } = scored();
    const text = previewText(docxPreview(await fillTemplate(buildDefaultTemplate('nomination'), buildMinutesData(bloc, result))));
    const lines = text.split('\n');
    const i = lines.indexOf('1. Đại biểu mời:');
    expect(lines[i + 1]).toBe('- \t'); // a dotted leader to the margin
    expect(lines).toContain('- Công an tỉnh: Nguyễn Văn An, Phó Giám đốc;');
    expect(lines).toContain('- Trung đoàn Cảnh sát cơ động Tây Nguyên: Đinh Văn Minh, Phó Trung đoàn trưởng.');
    expect(lines).toContain('Vắng mặt 01 (một) đơn vị:');
    expect(lines).toContain('- Trại giam Đắk Trung.');
    // No ineligible unit: the part is left out and the numbers follow (the vote is 2.).
    expect(text).not.toContain('Đơn vị không đủ điều kiện');
    expect(lines).toContain('2. Bỏ phiếu suy tôn');
  });

  test('the generated templates are the committed assets', () => {
    const fs = jest.requireActual('fs') as typeof import('fs');
    const path = jest.requireActual('path') as typeof import('path');
    for (const kind of DOCUMENT_KINDS) {
      const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'templates', DOCUMENTS[kind].templateFile));
      expect([kind, Buffer.from(buildDefaultTemplate(kind)).equals(committed)]).toEqual([kind, true]);
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
    expect(e.code).toBe('template.unknownPlaceholder');
    expect(e.text.vi).toContain('Mẫu có chỗ điền không có trong danh mục: {ten_khoii} (có phải {ten_khoi}?), {so_tien}.');
    expect(e.text.en).toContain('{ten_khoii} (did you mean {ten_khoi}?)');
    for (const p of placeholdersOf(DOCUMENTS.nomination.groups)) expect(e.text.vi).toContain(p.name);
    expect(e.text.vi).not.toContain('{dv_ten}'); // a report's placeholder is not offered for a minute
    expect(e.text.vi).toContain('bxtd placeholders');
  });

  test('a placeholder of another kind is refused naming the kind it belongs to', async () => {
    const e = await refusal(docxWith(['{ten_khoi} {dv_ten}']));
    expect(e.code).toBe('template.unknownPlaceholder');
    expect(e.text.vi).toContain('{dv_ten} chỉ dùng được trong mẫu Báo cáo thành tích, không dùng trong mẫu Biên bản họp bình xét, suy tôn');
    expect(e.text.en).toContain('{dv_ten} belongs to the Achievement report template');
    // The same template is a fine achievement report.
    await expect(checkTemplate(docxWith(['{ten_khoi} {dv_ten}']), 'report')).resolves.toEqual({ placeholders: ['dv_ten', 'ten_khoi'] });
  });

  test('nested lists: the votes of each round, with parent values inside', async () => {
    const template = docxWith([
      '{#vong_bo_phieu}[{ten_vong}: {#phieu}{ten_don_vi} {dong_y}{dau_cuoi} {/phieu}({ten_khoi})]{/vong_bo_phieu}',
    ]);
    const { bloc, result } = scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    const text = previewText(docxPreview(await fillTemplate(template, buildMinutesData(bloc, result))));
    expect(text).toMatch(/^\[Kết quả bỏ phiếu: Công an tỉnh 09 \(chín\); Thanh tra tỉnh 00 \(không\);/);
    expect(text).toContain('Trại giam Đắk Trung 00 (không). (Khối thi đua số 3)]');
    const e = await refusal(docxWith(['{#vong_bo_phieu}{#phieu}{ten_vong_x}{/phieu}{/vong_bo_phieu}']));
    expect(e.text.vi).toContain('{ten_vong_x} (có phải {ten_vong}?)');
    const outside = await refusal(docxWith(['{ten_khoi}{#phieu}{dong_y}{/phieu}']));
    expect(outside.text.vi).toContain('{#phieu}');
  });

  test('a numbered series of fields: the annex columns per group', async () => {
    const template = docxWith(['{#bang_diem}{ten_don_vi}: {diem_nhom_1} / {diem_nhom_2}; {/bang_diem}']);
    const { bloc, result } = scored();
    const text = previewText(docxPreview(await fillTemplate(template, buildMinutesData(bloc, result), 'annex')));
    expect(text).toMatch(/^Công an tỉnh: 59,50 \/ 39,00; Thanh tra tỉnh/);
    expect((await refusal(docxWith(['{#bang_diem}{diem_nhom_9}{/bang_diem}']))).code).toBe('template.unknownPlaceholder');
  });

  test('control characters in the workbook never fail the fill or blame the template', async () => {
    const { bloc, result } = scored();
    bloc.units[0].name = 'Công an\u0001 tỉnh\u000b(Đắk Lắk)';
    const bytes = await fillDocument('nomination', buildDefaultTemplate('nomination'), buildMinutesData(bloc, result));
    const text = previewText(docxPreview(bytes));
    expect(text).toContain('Công an tỉnh\n(Đắk Lắk)');
  });

  test('a paragraph whose filled text holds a dotted blank is never justified', async () => {
    const xml = (jc: string, text: string) => `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    expect(unjustifyDotted(xml('both', 'Tại …… giờ'))).toBe(xml('left', 'Tại …… giờ'));
    expect(unjustifyDotted(xml('both', 'Ký tên ....'))).toBe(xml('left', 'Ký tên ....'));
    expect(unjustifyDotted(xml('both', 'Tại hội trường.'))).toBe(xml('both', 'Tại hội trường.'));
    expect(unjustifyDotted(xml('center', '……'))).toBe(xml('center', '……'));
    const { bloc, result } = scored({ meetingPlace: null });
    const filled = new PizZip(await fillTemplate(buildDefaultTemplate('nomination'), buildMinutesData(bloc, result)));
    const doc = filled.file('word/document.xml')!.asText();
    for (const para of doc.match(/<w:p>.*?<\/w:p>/g) ?? []) {
      const text = (para.match(/<w:t[^>]*>[^<]*<\/w:t>/g) ?? []).join('');
      if (/……/.test(text)) expect(para).not.toContain('w:val="both"');
    }
  });

  test('expressions are not evaluated: they are unknown placeholders', async () => {
    const e = await refusal(docxWith(['{ten_khoi + "x"}', '{constructor}', '{a.b}']));
    expect(e.code).toBe('template.unknownPlaceholder');
    expect(e.text.vi).toContain('{ten_khoi + "x"}');
    expect(e.text.vi).toContain('{constructor}');
  });

  test('misplaced placeholders: a field outside its list, a list without #, a text used as a list, raw XML', async () => {
    const e = await refusal(docxWith(['{ten_don_vi}', '{bang_diem}', '{#ten_khoi}x{/ten_khoi}', '{@ten_khoi}']));
    expect(e.code).toBe('template.unknownPlaceholder');
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
    expect(e.code).toBe('template.brokenTags');
    expect(e.text.vi).toContain(message);
    expect(e.text.en.length).toBeGreaterThan(10);
  });

  test('a .docx without placeholders is refused as the wrong file', async () => {
    const e = await refusal(docxWith(['Biên bản không có chỗ điền']));
    expect(e.code).toBe('template.noPlaceholder');
  });

  test('not a .docx: random bytes, a Word 97-2003 file, an Excel workbook, a zip without a document', async () => {
    expect((await refusal(new TextEncoder().encode('hello, not a zip'))).code).toBe('template.notDocx');
    const doc = new Uint8Array(512);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(doc)).text.vi).toContain('Word 97-2003 .doc');
    const xlsx = new PizZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    expect((await refusal(xlsx.generate({ type: 'uint8array' }))).text.vi).toContain('sổ tính Excel');
    const other = new PizZip();
    other.file('a.txt', 'x');
    expect((await refusal(other.generate({ type: 'uint8array' }))).code).toBe('template.notDocx');
    const truncated = buildDefaultTemplate('nomination').slice(0, 2000);
    expect((await refusal(truncated)).code).toBe('template.notDocx');
  });

  test('over 10 MB is refused before it is read', async () => {
    const big = new Uint8Array(MAX_TEMPLATE_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const e = await refusal(big);
    expect(e.code).toBe('template.tooLarge');
    expect(e.text.vi).toContain('vượt giới hạn 10 MB');
  });

  test('a zip bomb is stopped: a part that inflates beyond its declared size, or declared sizes beyond the bound', async () => {
    const zip = new PizZip(buildDefaultTemplate('nomination'));
    zip.file('word/media/padding.bin', new Uint8Array(4 * 1024 * 1024)); // 4 MB of zeros: a few KB deflated
    const honest = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
    expect(honest.length).toBeLessThan(100 * 1024);
    const lying = lieAboutSize(honest, 'word/media/padding.bin', 1000);
    const e = await refusal(lying);
    expect(e.code).toBe('template.unsafe');
    expect(e.text.vi).toContain('word/media/padding.bin');
    const huge = lieAboutSize(honest, 'word/media/padding.bin', 0xfffffff0);
    expect((await refusal(huge)).code).toBe('template.unsafe');
    // The honest one is a fine template.
    await expect(checkTemplate(honest)).resolves.toBeDefined();
  });

  test('a value missing from the data is a dotted blank', async () => {
    const { bloc, result } = scored();
    const data: MinutesData = { ...buildMinutesData(bloc, result) };
    delete data.dia_diem;
    const text = previewText(docxPreview(await fillTemplate(docxWith(['Tại {dia_diem}.']), data)));
    expect(text).toBe(`Tại ${BLANK}.`);
  });
});

test('an unknown placeholder carries what is wrong and the known names as data, for a host to fold the list', async () => {
  const e = await refusal(docxWith(['{ten_khoi} {ten_khoii}']));
  expect(placeholderRefusal(e)?.head.vi).toBe('Mẫu có chỗ điền không có trong danh mục: {ten_khoii} (có phải {ten_khoi}?).');
  expect(placeholderRefusal(e)?.known).toContain('{ten_khoi}');
  expect(placeholderRefusal(e)?.known).toContain('{#bang_diem}…{/bang_diem}');
  expect(placeholderRefusal(e)?.known).not.toContain('{dv_ten}');
});
