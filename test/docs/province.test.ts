// The province summary through LibreOffice: `bxtd tong-hop` on two scored blocs (one decided, one awaiting its vote)
// and a workbook changed after scoring; the Tờ trình and the summary workbook converted to PDF and read back, the
// first page of each rendered to PNG in test-output/province/ to look at.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectValidOoxml } from '../ooxml';
import { ECONOMIC_UNITS, editWorkbook, run, scoredBloc } from '../province/fixture';
import { toPdf } from './libreoffice';

const OUT = path.join(__dirname, '..', '..', 'test-output', 'province');

const flat = (text: string) => text.replace(/\s+/g, ' ').normalize('NFC');

function read(pdf: string): { text: string; layout: string; pages: number; png: string } {
  expect(fs.existsSync(pdf)).toBe(true);
  const base = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, base]);
  const png = fs.readdirSync(path.dirname(pdf)).find((f) => f.startsWith(`${path.basename(base)}-`) && f.endsWith('.png'));
  return {
    text: flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })),
    layout: execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC'),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0),
    png: path.join(path.dirname(pdf), png ?? ''),
  };
}

test('the Tờ trình tổng hợp and the summary workbook through LibreOffice', async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const blocs = path.join(OUT, 'so');
  const b3 = await scoredBloc(blocs, { name: 'Khối thi đua số 3' });
  const b5 = await scoredBloc(blocs, { name: 'Khối thi đua số 5', units: ECONOMIC_UNITS, noBallot: true });
  const b7 = await scoredBloc(blocs, { name: 'Khối thi đua số 7', units: ECONOMIC_UNITS.map(([n, s]) => [`${n} (K7)`, `${s} K7`]) });
  await editWorkbook(b7.file, (wb) => (wb.getWorksheet('Chấm điểm')!.getCell('E7').value = 8));

  const r = await run(['tong-hop', b3.file, b5.file, b7.file, '--out', OUT]);
  expect(r.code).toBe(2); // bloc 7 changed after scoring
  const docx = path.join(OUT, 'To-trinh-tong-hop-Dak-Lak-2024.docx');
  const xlsx = path.join(OUT, 'Tong-hop-Dak-Lak-2024.xlsx');
  expectValidOoxml([docx, xlsx]);
  toPdf([docx, xlsx], OUT);

  const proposal = read(docx.replace(/\.docx$/, '.pdf'));
  const t = proposal.text;
  expect(t).not.toMatch(/\{[#/^@]?[a-z_0-9]+\}|undefined|null|NaN|\[object/);
  expect(t).toContain('UBND TỈNH ĐẮK LẮK');
  expect(t).toContain('BAN THI ĐUA - KHEN THƯỞNG');
  expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(t).toContain('Độc lập - Tự do - Hạnh phúc');
  // Số and the place-and-date line on one row of the head.
  expect(proposal.layout.split('\n').find((l) => /Số: …/.test(l))).toMatch(/Số: ……\/TTr-BTĐKT\s+Đắk Lắk, ngày …… tháng …… năm ……/);
  expect(t).toContain('TỜ TRÌNH Về việc đề nghị tặng thưởng Cờ thi đua và Bằng khen cho các tập thể thuộc các Khối thi đua năm 2024');
  expect(t).toContain('Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Đắk Lắk.');
  expect(t).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
  expect(t).toContain('đã nhận 03 (ba) sổ kết quả chấm điểm');
  expect(t).toContain('02 (hai) Khối thi đua đủ điều kiện tổng hợp');
  expect(t).toContain('1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk cho 01 (một) tập thể dẫn đầu các Khối thi đua:');
  expect(proposal.layout.split('\n').find((l) => l.includes('Công an tỉnh') && l.includes('104,00'))).toMatch(
    /1\s+Công an tỉnh\s+Khối thi đua số 3\s+104,00\s+90,9%/,
  );
  expect(t).toContain('2. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho');
  for (const unit of [...b3.merit, ...b5.merit]) expect(t).toContain(unit);
  expect(t).toContain('III. CÁC TRƯỜNG HỢP CHƯA ĐỀ NGHỊ');
  expect(t).toContain('Khối thi đua số 5: Chưa có kết quả bỏ phiếu: Sở Tài chính được đề nghị Cờ thi đua');
  expect(t).toContain('Khối-thi-đua-số-7.ket-qua.xlsx (Khối thi đua số 7): Trang Kết quả không khớp');
  expect(t).toContain('Sở Tài chính (K7): tổng điểm 104,00 (chấm lại: 102,00)');
  expect(t).toContain('trình Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk quyết định tặng thưởng./.');
  expect(t).toContain('TRƯỞNG BAN');
  expect(t).toContain('Nơi nhận:');
  expect(proposal.pages).toBeGreaterThanOrEqual(1);
  expect(fs.existsSync(proposal.png)).toBe(true);

  const book = read(xlsx.replace(/\.xlsx$/, '.pdf'));
  expect(book.text).toContain('TỔNG HỢP KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA');
  expect(book.text).toContain('DANH SÁCH ĐƠN VỊ ĐƯỢC CÁC KHỐI THI ĐUA ĐỀ NGHỊ KHEN THƯỞNG');
  expect(book.text).toContain('CÁC TỆP KHÔNG ĐƯỢC TỔNG HỢP VÀ LÝ DO');
  expect(book.text).toContain('Sở Tài chính (chờ bỏ phiếu)');
  // Each sheet prints one page wide: four sheets, a page or so each.
  expect(book.pages).toBeGreaterThanOrEqual(4);
  expect(book.pages).toBeLessThanOrEqual(6);
});
