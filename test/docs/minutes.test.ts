// Every kind of document through LibreOffice: .docx -> PDF (soffice headless, private profile, one batch per case)
// -> text (pdftotext) checked for what a reader must find, page 1 rendered to PNG in test-output/documents/ to look at,
// and every file validated against the OOXML schemas (scripts/ooxml-check.mjs).

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scoreBloc } from '../../src/domain/engine';
import type { Bloc, BlocResult } from '../../src/domain/model';
import { formatPercent as percent, formatScore } from '../../src/domain/format';
import { countWithWords } from '../../src/domain/vietnamese';
import { makeDocuments, makeDossier, makeMinutesDocuments, type MadeDocument } from '../../src/minutes/documents';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx } from '../../src/xlsx/read';
import { makeBallot, makeBloc, scored } from '../minutes/fixture';
import { expectValidOoxml } from '../ooxml';
import { toPdf } from './libreoffice';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
const OUT = path.join(__dirname, '..', '..', 'test-output', 'documents');

async function sample(): Promise<{ bloc: Bloc; result: BlocResult }> {
  const { sheets } = await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  const read = readBloc(sheets);
  expect(read.bloc).not.toBeNull();
  return { bloc: read.bloc!, result: scoreBloc(read.bloc!) };
}

/** Text as pdftotext gives it, line breaks undone, for phrase checks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').normalize('NFC');

interface Rendered {
  text: string; // flattened
  layout: string; // pdftotext -layout, lines kept
  pages: number;
  png: string;
}

/** Write the documents under a case name, convert them in one soffice run, read each PDF back. */
function render(name: string, docs: MadeDocument[]): Record<string, Rendered> {
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = docs.map((d) => {
    const file = path.join(dir, d.fileName);
    fs.writeFileSync(file, d.bytes);
    return file;
  });
  expectValidOoxml(files);
  toPdf(files, dir);
  const out: Record<string, Rendered> = {};
  for (const d of docs) {
    const pdf = path.join(dir, d.fileName.replace(/\.docx$/, '.pdf'));
    expect(fs.existsSync(pdf)).toBe(true);
    const base = pdf.replace(/\.pdf$/, '');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, base]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith(`${path.basename(base)}-`) && f.endsWith('.png'));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    out[d.unit ? `${d.kind}:${d.unit}` : d.kind] = {
      text: flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })),
      layout: execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC'),
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      png: path.join(dir, png ?? ''),
    };
  }
  return out;
}

function noLeftovers(r: Rendered): void {
  expect(r.text).not.toMatch(/\{[#/^@]?[a-z_0-9]+\}/);
  expect(r.text).not.toMatch(/undefined|null|NaN|\[object/);
  expect(fs.existsSync(r.png)).toBe(true);
}

/** The document head: `Số` and the place-and-date line stand on one line of the page. */
function numberAndDateOnOneLine(r: Rendered): void {
  const line = r.layout.split('\n').find((l) => /Số: …/.test(l));
  expect(line).toMatch(/Số: ……\/[A-Za-zĐ-]+\s+.*, ngày/);
}

describe('documents through LibreOffice', () => {
  test('the sample: the four meeting documents and the dossier', async () => {
    const { bloc, result } = await sample();
    const dossier = await makeDossier(bloc, result);
    if (!dossier.ok) throw new Error('the sample has pending decisions');
    const meeting = await makeMinutesDocuments(bloc, result);
    const docs = [...meeting.filter((d) => d.kind === 'handover' || d.kind === 'ballot'), ...dossier.documents];
    const r = render('mau', docs);
    for (const x of Object.values(r)) noLeftovers(x);
    const name = (u: number) => bloc.units[u].name;
    const total = (u: number) => formatScore(result.ranking.find((x) => x.unit === u)!.total, 'vi', bloc.rules.decimals);
    const n = bloc.units.length;
    const flag = result.flag[0];
    const votes = bloc.ballot!.votes[flag]!;

    const nomination = r.nomination;
    numberAndDateOnOneLine(nomination);
    expect(nomination.text).toContain('KHỐI THI ĐUA SỐ 3');
    expect(nomination.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nomination.text).toContain('Đắk Lắk, ngày 09 tháng 01 năm 2025');
    expect(nomination.text).toContain(
      `Hội nghị thống nhất suy tôn ${name(flag)} (${total(flag)} điểm; ${votes}/${n} phiếu đồng ý, đạt ${percent(votes / n, 'vi')}) là đơn vị dẫn đầu`,
    );
    expect(nomination.text).toContain(`đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk`);
    expect(nomination.text).toContain(
      `Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho ${countWithWords(result.merit.length)} đơn vị`,
    );
    result.merit.forEach((u, k) => expect(nomination.text).toContain(`${k + 1}. ${name(u)} (${total(u)} điểm`));
    // The award-deciding tie-break, with both values, in the notes and the conclusion.
    expect(nomination.text).toContain('xếp trên nhờ Điểm nhóm I: 38,5 so với 38');
    expect(nomination.text.match(/xếp trên nhờ Điểm nhóm I: 38,5 so với 38/g)!.length).toBeGreaterThanOrEqual(2);
    expect(nomination.text).toContain(`phiếu không đồng ý`);
    expect(nomination.text).toContain(
      'Hội nghị thống nhất đề nghị Viện Kiểm sát nhân dân tỉnh làm Khối trưởng và Trại giam Đắk Tân làm Khối phó',
    );
    expect(nomination.text).toContain('Biên bản được lập thành …… bản');
    expect(nomination.text).not.toMatch(/Bà |Ông /);

    const handover = r.handover;
    numberAndDateOnOneLine(handover);
    expect(handover.text).toContain('BÊN GIAO: Công an tỉnh (đơn vị Khối trưởng năm 2024)');
    expect(handover.text).toContain('BÊN NHẬN: Viện Kiểm sát nhân dân tỉnh (đơn vị Khối trưởng năm 2025)');
    expect(handover.text).toContain('Đơn vị Khối phó năm 2025: Trại giam Đắk Tân');
    expect(handover.text).toContain('Đại diện: Nguyễn Thị Thu Hà');
    for (const signer of ['ĐẠI DIỆN BÊN GIAO', 'ĐẠI DIỆN BÊN NHẬN', 'ĐƠN VỊ KHỐI PHÓ NĂM 2024', 'ĐƠN VỊ KHỐI PHÓ NĂM 2025']) {
      expect(handover.text.split(signer)).toHaveLength(2); // each signs once
    }

    expect(r.ballot.text).toContain(
      'PHIẾU BẦU Suy tôn đơn vị dẫn đầu phong trào thi đua năm 2024 đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk',
    );
    expect(r.ballot.layout).toMatch(new RegExp(`1\\s+${name(flag)}\\s+${total(flag)}\\s+1`));
    expect(r.ballot.text).toContain('Cách đánh dấu');
    expect(r.ballot.pages).toBe(1);

    const count = r.count;
    numberAndDateOnOneLine(count);
    expect(count.text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(count.text).toContain('Số phiếu phát ra: 10 (mười); số phiếu thu về: 10 (mười)');
    expect(count.text).toContain(`${name(flag)} 10 (mười) 90,9% 00 (không) 0%`);
    expect(count.text).toContain(`${name(flag)} được 10/11 phiếu đồng ý (90,9%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.`);
    expect(count.text).toContain('TRƯỞNG BAN KIỂM PHIẾU');

    const proposal = r.proposal;
    numberAndDateOnOneLine(proposal);
    expect(proposal.text).toContain('TỜ TRÌNH');
    expect(proposal.text).toContain('Kính gửi: - Ủy ban nhân dân tỉnh Đắk Lắk; - Sở Nội vụ tỉnh Đắk Lắk (Ban Thi đua - Khen thưởng).');
    for (const u of [...result.flag, ...result.merit])
      expect(proposal.layout).toMatch(new RegExp(`${name(u)}\\s+${total(u)}\\s+\\d+\\s+\\d+/11`));
    expect(proposal.text).toContain('Nơi nhận:');
    expect(proposal.text).toContain('TM. KHỐI THI ĐUA SỐ 3');
    expect(proposal.text).toContain('Đại tá Lê Vinh Hùng'); // the head unit's Thủ trưởng signs

    const reports = Object.keys(r).filter((k) => k.startsWith('report:'));
    expect(reports).toHaveLength(result.flag.length + result.merit.length);
    const flagReport = r[`report:${name(flag)}`];
    expect(flagReport.text).toContain('BÁO CÁO THÀNH TÍCH Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk năm 2024');
    expect(flagReport.text).toContain('Địa chỉ trụ sở chính: Số 48 Lê Duẩn');
    expect(flagReport.text).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    expect(r['report:Bộ Chỉ huy Quân sự tỉnh'].text).toContain('2023 Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk'); // Cờ năm trước

    const annex = r.annex;
    for (const row of result.ranking) expect(annex.text).toContain(row.name);
    expect(annex.text).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    const page = execFileSync('pdfinfo', [annex.png.replace(/-\d+\.png$/, '.pdf')], { encoding: 'utf8' });
    expect(page).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/); // A4 landscape
  });

  test('before the vote and with a tie: the documents say what the meeting must do', async () => {
    const scores = makeBloc().table.self.map((r) => [...(r as number[])]);
    scores[4] = [...scores[0]];
    const { bloc, result } = scored({ scores });
    const r = render('bang-diem', await makeDocuments(['nomination', 'ballot', 'count'], bloc, result));
    for (const x of Object.values(r)) noLeftovers(x);
    expect(r.nomination.text).toContain('Công an tỉnh và Thanh tra tỉnh bằng điểm (102,50 điểm)');
    expect(r.nomination.text).toContain('5. Những việc Hội nghị còn phải quyết định');
    expect(r.nomination.text).toContain('Hội nghị quyết định: ....');
    expect(r.nomination.text).not.toContain('thống nhất suy tôn');
    expect(r.ballot.layout).toMatch(/1\s+Công an tỉnh\s+102,50\s+1\n[\s\S]*2\s+Thanh tra tỉnh\s+102,50\s+1/);
    expect(r.count.text).toContain('Số phiếu phát ra: ……; số phiếu thu về: ……');
  });

  test('the revote: the count minute has both rounds with every figure', async () => {
    const scores = makeBloc().table.self.map((r) => [...(r as number[])]);
    scores[4] = [...scores[0]];
    const bloc = makeBloc({ scores, ballot: makeBallot([5, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0]) });
    bloc.ballot!.revote = {
      issued: 10,
      returned: 10,
      valid: 9,
      votes: bloc.units.map((_, u) => (u === 0 ? 3 : u === 4 ? 6 : null)),
      against: bloc.units.map(() => null),
    };
    const r = render('bo-phieu-lai', await makeDocuments(['count', 'nomination'], bloc, scoreBloc(bloc)));
    const count = r.count.text;
    expect(count).toContain('Lần thứ nhất');
    expect(count).toContain('Bỏ phiếu lại (lần thứ hai)');
    expect(count).toContain('Số phiếu hợp lệ: 09 (chín); số phiếu không hợp lệ: 01 (một)');
    expect(count).toContain('Thanh tra tỉnh được 6/11 phiếu đồng ý (54,5%), đạt tỷ lệ');
    expect(r.nomination.text).toContain(
      'Hội nghị thống nhất suy tôn Thanh tra tỉnh (102,50 điểm; bỏ phiếu lại: 6/11 phiếu đồng ý, đạt 54,5%)',
    );
  });

  test('a long bloc name and missing data: Số and the date stay on one line, blanks are dotted', async () => {
    const { bloc, result } = scored({ meetingDate: null, meetingPlace: null, nextHead: null });
    bloc.info.name = 'Khối thi đua các cơ quan nội chính, tư pháp và bảo vệ pháp luật tỉnh Điện Biên';
    const r = render('ten-dai', await makeDocuments(['nomination', 'handover', 'count'], bloc, result));
    for (const x of Object.values(r)) {
      noLeftovers(x);
      numberAndDateOnOneLine(x);
    }
    expect(r.handover.text).toContain('Đắk Lắk, ngày …… tháng …… năm ……');
    expect(r.handover.text).toContain('tại …………………………, chúng tôi gồm');
    expect(r.handover.text).toContain('BÊN NHẬN: ………………………… (đơn vị Khối trưởng năm 2024)');
  });
});
