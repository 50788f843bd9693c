// LibreOffice round trip of the filled minutes: .docx -> PDF (soffice headless, private profile) -> text
// (pdftotext), and page 1 rendered to PNG in test-output/ to look at.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { scoreBloc } from '../../src/domain/engine';
import type { Bloc, BlocResult } from '../../src/domain/model';
import { formatPercent as percent, formatScore } from '../../src/domain/format';
import { countWithWords } from '../../src/domain/vietnamese';
import { buildMinutesData, type MinutesKind } from '../../src/minutes/data';
import { fillTemplate } from '../../src/minutes/fill';
import { buildDefaultTemplate } from '../../src/minutes/templates';
import { readBloc } from '../../src/workbook/read';
import { loadXlsx } from '../../src/xlsx/read';
import { makeBallot, scored } from '../minutes/fixture';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

async function sample(): Promise<{ bloc: Bloc; result: BlocResult }> {
  const { sheets } = await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  const read = readBloc(sheets);
  expect(read.bloc).not.toBeNull();
  return { bloc: read.bloc!, result: scoreBloc(read.bloc!) };
}

const OUT = path.join(__dirname, '..', '..', 'test-output', 'minutes');

function toPdf(docx: string, dir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bxtd-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
      stdio: 'pipe',
      timeout: 120000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(dir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  expect(fs.existsSync(pdf)).toBe(true);
  return pdf;
}

function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** Text as pdftotext gives it, with line breaks and hyphen-free wrapping undone, for phrase checks. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').normalize('NFC');
}

async function render(name: string, kind: MinutesKind, data: ReturnType<typeof buildMinutesData>): Promise<{ text: string; png: string }> {
  fs.mkdirSync(OUT, { recursive: true });
  const docx = path.join(OUT, `${name}.docx`);
  fs.writeFileSync(docx, await fillTemplate(buildDefaultTemplate(kind), data));
  const pdf = toPdf(docx, OUT);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(OUT, name)]);
  const png = fs.readdirSync(OUT).find((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  return { text: flat(pdfText(pdf)), png: path.join(OUT, png ?? '') };
}

function noLeftovers(text: string): void {
  expect(text).not.toMatch(/\{[#/^@]?[a-z_]+\}/);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
}

describe('minutes through LibreOffice', () => {
  test('sample workbook: both minutes carry the bloc, the flag unit, the Certificate units, figures, next head', async () => {
    const { bloc, result } = await sample();
    const data = buildMinutesData(bloc, result);
    const nomination = await render('mau-binh-xet', 'nomination', data);
    const handover = await render('mau-ban-giao', 'handover', data);
    for (const { text } of [nomination, handover]) {
      noLeftovers(text);
      expect(text).toContain('KHỐI THI ĐUA SỐ 3');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Đắk Lắk, ngày 09 tháng 01 năm 2025');
    }
    const text = nomination.text;
    const n = bloc.units.length;
    const name = (u: number) => bloc.units[u].name;
    const total = (u: number) => formatScore(result.ranking.find((r) => r.unit === u)!.total, 'vi', bloc.rules.decimals);

    // The flag unit, with its total, votes and share, in the conclusion.
    expect(result.flagOutcome).toBe('proposed');
    expect(result.flag).toHaveLength(1);
    const flag = result.flag[0];
    const votes = bloc.ballot!.votes[flag]!;
    expect(text).toContain(
      `Hội nghị thống nhất suy tôn ${name(flag)} (${total(flag)} điểm; ${votes}/${n} phiếu đồng ý, đạt ${percent(votes / n, 'vi')}) là đơn vị dẫn đầu phong trào thi đua Khối thi đua số 3 năm 2024`,
    );
    // The Certificate units in rank order, their count in numerals and words.
    expect(result.merit.length).toBeGreaterThan(0);
    expect(text).toContain(`tặng Bằng khen cho ${countWithWords(result.merit.length)} đơn vị`);
    result.merit.forEach((u, k) => expect(text).toContain(`${k + 1}. ${name(u)} (${total(u)} điểm)`));
    // Score table rows and ballot figures.
    for (const r of result.ranking) expect(text).toContain(`${name(r.unit)} ${formatScore(r.total, 'vi', bloc.rules.decimals)} ${r.rank}`);
    expect(text).toContain(`Số phiếu phát ra: ${countWithWords(bloc.ballot!.issued!)}`);
    expect(text).toContain(`${name(flag)}: ${countWithWords(votes)} phiếu đồng ý, đạt ${percent(votes / n, 'vi')}`);
    // The ineligible unit and its reason.
    const out = result.ranking.find((r) => !r.eligible)!;
    expect(text).toContain(`${out.name}: ${out.ineligibleReason}`);
    // Next year's head and deputy, in both minutes.
    expect(text).toContain(`bầu ${result.nextHead.unit} làm Khối trưởng và ${result.nextDeputy.unit} làm Khối phó`);
    expect(handover.text).toContain(`BÊN NHẬN: ${result.nextHead.unit} (đơn vị Khối trưởng năm 2025)`);
    expect(handover.text).toContain(`BÊN GIAO: ${bloc.info.head} (đơn vị Khối trưởng năm 2024)`);
  });

  test('nomination minute with a ballot: bloc, flag unit, Certificate units, figures, next head', async () => {
    const votes = [9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const { bloc, result } = scored({ ballot: makeBallot(votes) });
    expect(result.flagOutcome).toBe('proposed');
    const { text, png } = await render('binh-xet-co-phieu', 'nomination', buildMinutesData(bloc, result));
    noLeftovers(text);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('KHỐI THI ĐUA SỐ 3');
    expect(text).toContain('Đắk Lắk, ngày 09 tháng 01 năm 2024');
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Hội nghị thống nhất suy tôn Công an tỉnh (102,50 điểm; 9/11 phiếu đồng ý, đạt 81,8%)');
    expect(text).toContain('tặng Bằng khen cho 04 (bốn) đơn vị');
    for (const unit of [
      'Thanh tra tỉnh (99,50 điểm)',
      'Viện Kiểm sát nhân dân tỉnh (98,50 điểm)',
      'Bộ Chỉ huy Quân sự tỉnh (98,00 điểm)',
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh (97,50 điểm)',
    ]) {
      expect(text).toContain(unit);
    }
    expect(text).toContain('Số phiếu phát ra: 10 (mười)');
    expect(text).toContain('Công an tỉnh: 09 (chín) phiếu đồng ý, đạt 81,8%');
    expect(text).toContain('có mặt 10 (mười) trên tổng số 11 (mười một) đơn vị');
    expect(text).toContain('bầu Thanh tra tỉnh làm Khối trưởng và Trại giam Đắk Tân làm Khối phó Khối thi đua số 3 năm 2024');
    expect(fs.existsSync(png)).toBe(true);
  });

  test('nomination minute before the vote: vote figures left dotted, no claim of a vote', async () => {
    const { bloc, result } = scored();
    expect(result.flagOutcome).toBe('pendingVote');
    const { text } = await render('binh-xet-chua-bo-phieu', 'nomination', buildMinutesData(bloc, result));
    noLeftovers(text);
    expect(text).toContain('Số phiếu phát ra: ……; số phiếu thu về: ……');
    expect(text).toContain('Công an tỉnh (102,50 điểm, xếp thứ nhất) được giới thiệu để Hội nghị bỏ phiếu suy tôn');
    expect(text).toContain('Kết quả bỏ phiếu: …… phiếu đồng ý trên tổng số 11 đơn vị thành viên');
    expect(text).not.toContain('thống nhất suy tôn');
  });

  test('handover minute: both parties, witnesses, the rotating flag and records, signatures', async () => {
    const { bloc, result } = scored();
    const { text, png } = await render('ban-giao', 'handover', buildMinutesData(bloc, result));
    noLeftovers(text);
    expect(text).toContain('Bàn giao nhiệm vụ Khối trưởng Khối thi đua số 3 năm 2024');
    expect(text).toContain('BÊN GIAO: Công an tỉnh (đơn vị Khối trưởng năm 2023)');
    expect(text).toContain('Đại diện: Nguyễn Văn An; chức vụ: Phó Giám đốc');
    expect(text).toContain('BÊN NHẬN: Thanh tra tỉnh (đơn vị Khối trưởng năm 2024)');
    expect(text).toContain('Cờ luân lưu của Khối thi đua số 3: 01 (một) lá cờ');
    expect(text).toContain('Quy chế tổ chức và hoạt động của Khối');
    expect(text).toContain('04 (bốn) bản');
    expect(text).toContain('ĐẠI DIỆN BÊN GIAO');
    expect(text).toContain('ĐẠI DIỆN BÊN NHẬN');
    expect(fs.existsSync(png)).toBe(true);
  });

  test('missing data leaves dotted blanks in the PDF', async () => {
    const { bloc, result } = scored({ meetingDate: null, meetingPlace: null, nextHead: null });
    const { text } = await render('ban-giao-thieu', 'handover', buildMinutesData(bloc, result));
    noLeftovers(text);
    expect(text).toContain('Đắk Lắk, ngày …… tháng …… năm ……');
    expect(text).toContain('tại …………………………, chúng tôi gồm');
    expect(text).toContain('BÊN NHẬN: ………………………… (đơn vị Khối trưởng năm 2024)');
  });
});
