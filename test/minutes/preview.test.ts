import { buildMinutesData } from '../../src/minutes/data';
import { fillTemplate } from '../../src/minutes/fill';
import { r, p, table } from '../../src/minutes/ooxml';
import { docxPreview, parseXml, previewText } from '../../src/minutes/preview';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { docxBody } from './docx';
import { scored } from './fixture';

describe('parseXml', () => {
  test('elements, attributes, entities, comments, CDATA, self-closing tags', () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&lt;\'><b/>t&#x1EA1;&#39;<![CDATA[<raw>]]></a>');
    const a = doc.children[0] as { name: string; attrs: Record<string, string>; children: unknown[] };
    expect(a.name).toBe('a');
    expect(a.attrs).toEqual({ x: '1 & 2', y: '<' });
    expect(a.children.slice(1)).toEqual(["tạ'", '<raw>']);
  });

  test('a DOCTYPE is skipped and its entities are not expanded', () => {
    const doc = parseXml('<!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>');
    expect((doc.children[0] as { children: string[] }).children).toEqual(['&e;']);
  });
});

describe('docxPreview', () => {
  test('paragraph alignment and run styles, tables with borders, widths and spans', () => {
    const body =
      p([r('Tiêu đề', { bold: true }), r(' nghiêng', { italic: true, size: 13 })], { align: 'center' }) +
      p('Đoạn', { align: 'both', firstLine: 567 }) +
      table({ widths: [1000, 3000], borders: true, rows: [{ cells: [p('A'), p('B')] }] }) +
      table({ widths: [2000, 2000], borders: false, rows: [{ cells: [p('C'), p('D')] }] });
    const blocks = docxPreview(docxBody(body));
    expect(blocks[0]).toEqual({
      kind: 'p',
      align: 'center',
      firstLine: false,
      ruleAbove: false,
      runs: [
        { text: 'Tiêu đề', bold: true },
        { text: ' nghiêng', italic: true, size: 13 },
      ],
    });
    expect(blocks[1]).toMatchObject({ align: 'justify', firstLine: true });
    expect(blocks[2]).toMatchObject({ kind: 'table', bordered: true, widths: [25, 75] });
    expect(blocks[3]).toMatchObject({ kind: 'table', bordered: false });
    expect(previewText(blocks)).toBe('Tiêu đề nghiêng\nĐoạn\nA | B\nC | D');
  });

  test('the preview of a filled minute says what the document says', async () => {
    const { bloc, result } = scored();
    const docx = await fillTemplate(buildDefaultTemplate('handover'), buildMinutesData(bloc, result));
    const blocks = docxPreview(docx);
    const text = previewText(blocks);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('I. BÊN GIAO: Công an tỉnh (đơn vị Khối trưởng năm 2023).');
    const head = blocks[0];
    expect(head.kind === 'table' && !head.bordered).toBe(true);
    const title = blocks.find((b) => b.kind === 'p' && b.runs[0]?.text === 'BIÊN BẢN');
    expect(title).toMatchObject({ align: 'center', runs: [{ bold: true }] });
  });
});
