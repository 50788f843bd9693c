// Every kind of document, on every case a bloc meets (cases.ts), through LibreOffice: all .docx files of all cases
// converted in one soffice run (.docx -> PDF), read back (pdftotext) and checked for what a reader must find and must
// not find, each page rendered to PNG in test-output/documents/<case>/ to look at, and every file validated against
// the OOXML schemas (scripts/ooxml-check.mjs).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDossier, makeMinutesDocuments, type MadeDocument } from '../../src/minutes/documents';
import { expectValidOoxml } from '../ooxml';
import { CASES, sampleCase, type Case, type CaseName } from './cases';
import { toPdf } from './libreoffice';

const OUT = path.join(__dirname, '..', '..', 'test-output', 'documents');

/** Text as pdftotext gives it, line breaks undone, for phrase checks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').normalize('NFC');

interface Rendered {
  text: string; // flattened
  layout: string; // pdftotext -layout, lines kept
  pages: number;
  pageTexts: string[]; // flattened, per page
}

type Docs = Record<string, Rendered>; // by kind, "report:<unit>" for a report

async function documentsOf(c: Case): Promise<MadeDocument[]> {
  const meeting = await makeMinutesDocuments(c.bloc, c.result, {}, c.issues);
  const dossier = await makeDossier(c.bloc, c.result, {}, c.issues);
  if (!dossier.ok) return meeting;
  return [...meeting.filter((d) => !dossier.documents.some((x) => x.fileName === d.fileName)), ...dossier.documents];
}

const rendered: Record<string, Docs> = {};

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const all: { name: string; docs: MadeDocument[] }[] = [{ name: 'sample', docs: await documentsOf(await sampleCase()) }];
  for (const name of Object.keys(CASES) as CaseName[]) all.push({ name, docs: await documentsOf(CASES[name]()) });
  const files: string[] = [];
  for (const { name, docs } of all) {
    fs.mkdirSync(path.join(OUT, name), { recursive: true });
    for (const d of docs) {
      const file = path.join(OUT, name, d.fileName);
      fs.writeFileSync(file, d.bytes);
      files.push(file);
    }
  }
  expectValidOoxml(files);
  // One soffice run for every file (each case's folder gets its PDFs).
  for (const { name, docs } of all)
    toPdf(
      docs.map((d) => path.join(OUT, name, d.fileName)),
      path.join(OUT, name),
    );
  for (const { name, docs } of all) {
    rendered[name] = {};
    for (const d of docs) {
      const pdf = path.join(OUT, name, d.fileName.replace(/\.docx$/, '.pdf'));
      expect(fs.existsSync(pdf)).toBe(true);
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, pdf.replace(/\.pdf$/, '')]);
      const layout = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
      rendered[name][d.unit ? `${d.kind}:${d.unit}` : d.kind] = {
        text: flat(layout.replace(/ {2,}/g, ' ')),
        layout,
        pages,
        pageTexts: layout.split('\f').map(flat),
      };
    }
  }
}, 900000);

test('every document of every case: no placeholder left, nothing the software would say', () => {
  for (const [name, docs] of Object.entries(rendered)) {
    for (const [kind, r] of Object.entries(docs)) {
      const where = `${name}/${kind}`;
      expect([where, r.text]).not.toEqual([where, expect.stringMatching(/\{[#/^@]?[a-z_0-9]+\}|undefined|null|NaN|\[object/)]);
      expect([where, r.text]).not.toEqual([where, expect.stringMatching(/00 \(không\) (đơn vị|tập thể|suất)|gợi ý|\.xlsx|luân phiên\)/)]);
      expect([where, r.pages]).not.toEqual([where, 0]);
    }
  }
});

test('a signature block is never alone on a page: it stands on the page of the closing sentence', () => {
  for (const [name, docs] of Object.entries(rendered)) {
    for (const [kind, r] of Object.entries(docs)) {
      const closing = r.pageTexts.findIndex((t) => /\/\.(\s|$)/.test(t));
      if (closing < 0) continue; // a ballot paper, a report: no closing sentence
      const signature = r.pageTexts.findIndex((t, i) => i >= closing && /\(Ký, ghi rõ họ tên/.test(t));
      expect([`${name}/${kind}`, signature]).toEqual([`${name}/${kind}`, closing]);
    }
  }
});

test('a score table that fits on a page is not split: every unit of the minute’s table on one page', () => {
  for (const [name, docs] of Object.entries(rendered)) {
    const r = docs.nomination;
    // The sentence leading into the table keeps with it: the table starts on that sentence's page.
    const page = r.pageTexts.findIndex((t) => /kết quả chấm điểm .* của các đơn vị thành viên như sau:/.test(t));
    expect([name, page]).not.toEqual([name, -1]);
    for (const unit of ['Trại giam Đắk Trung', 'Sở Tư pháp'])
      expect([name, unit, r.pageTexts[page].includes(unit)]).toEqual([name, unit, true]);
  }
});

test('what each case’s documents say, read back from the rendered pages', () => {
  const sample = rendered.sample;
  expect(sample.nomination.text).toContain('Số: ……/BB-KTĐ Đắk Lắk, ngày 09 tháng 01 năm 2025');
  expect(sample.nomination.text).toContain('Hội nghị thống nhất suy tôn Công an tỉnh (104,00 điểm; 10/11 phiếu đồng ý, đạt 90,9%)');
  expect(sample.proposal.text).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
  expect(sample.proposal.text).toMatch(/TM\. KHỐI THI ĐUA SỐ 3 .*KHỐI TRƯỞNG .*GIÁM ĐỐC CÔNG AN TỈNH/);
  expect(sample.proposal.text).toContain('Lưu: VT, KTĐ.');
  expect(sample['report:Công an tỉnh'].text).toContain('Mẫu số 02, Phụ lục I - Nghị định số 98/2023/NĐ-CP');
  expect(sample.annex.layout).toMatch(/Page|/); // landscape checked below
  expect(rendered.blankBallot.ballot.pages).toBe(1);
  expect(rendered.noQuorum.nomination.text).toContain('cuộc bỏ phiếu đã tiến hành không có giá trị');
  expect(Object.keys(rendered.halfYear).sort()).toEqual(['handover', 'nomination']);
  expect(rendered.halfYear.handover.text).toContain('Bàn giao đăng cai tổ chức hội nghị kỳ tiếp theo của Khối thi đua số 3');
  expect(rendered.revote.count.text).toContain('Bỏ phiếu lại (lần thứ hai)');
  expect(rendered.cum.proposal.text).toContain('CỤM TRƯỞNG');
  expect(rendered.cum.proposal.text).not.toMatch(/Khối|KHỐI/);
  expect(rendered.law2003.proposal.text).toContain('Căn cứ Nghị định số 91/2017/NĐ-CP');
  expect(rendered.decree152.proposal.text).toContain('Căn cứ Nghị định số 152/2025/NĐ-CP');
  expect(rendered.criterion.nomination.text).toContain('xếp trên nhờ Điểm tiêu chí I.2: 19,5 so với 19.');
});

test('the annex is A4 landscape; the others A4 portrait', () => {
  for (const [name, docs] of Object.entries(rendered)) {
    for (const kind of Object.keys(docs)) {
      const pdf = path.join(
        OUT,
        name,
        fs
          .readdirSync(path.join(OUT, name))
          .find((f) => f.endsWith('.pdf') && f.startsWith(kind === 'annex' ? 'Bang-tong-hop' : 'Bien-ban-binh-xet'))!,
      );
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
      const landscape = Number(size[1]) > Number(size[2]);
      expect([name, kind === 'annex' ? 'annex' : 'nomination', landscape]).toEqual([
        name,
        kind === 'annex' ? 'annex' : 'nomination',
        kind === 'annex',
      ]);
    }
  }
});
