// The award dossier (issue 12) and the documents of every kind: made in memory, refused while a decision is pending,
// written by `bxtd ho-so` with its JSON, and every .docx valid against the OOXML schemas.

import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import PizZip from 'pizzip';
import { makeDocuments, makeDossier, makeMinutesDocuments } from '../../src/minutes/documents';
import { BLOC_KINDS, unitSlugs } from '../../src/minutes/kinds';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { run, SAMPLE, tempDir } from '../cli/cli';
import { docxWith } from './docx';
import { makeBallot, scored } from './fixture';
import { expectValidOoxml } from '../ooxml';
import { cpuMsSince } from '../cpu';

const text = (bytes: Uint8Array) => previewText(docxPreview(bytes));
const tmp = tempDir('bxtd-dossier-');

/** One flag (Công an tỉnh, 9/11 votes) and four Certificates. */
const decided = () => scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });

describe('makeDossier', () => {
  test('one flag and four Certificates: the Tờ trình names all five, five reports, the annex, the minutes, the zip', async () => {
    const { bloc, result } = decided();
    expect(result.flag).toHaveLength(1);
    expect(result.merit).toHaveLength(4);
    const dossier = await makeDossier(bloc, result);
    if (!dossier.ok) throw new Error('pending');
    expect(dossier.documents.map((d) => [d.kind, d.unit, d.fileName])).toEqual([
      ['proposal', null, 'To-trinh-Khoi-thi-dua-so-3-2023.docx'],
      ['report', 'Công an tỉnh', 'Bao-cao-thanh-tich-Cong-an-tinh.docx'],
      ['report', 'Thanh tra tỉnh', 'Bao-cao-thanh-tich-Thanh-tra-tinh.docx'],
      ['report', 'Viện Kiểm sát nhân dân tỉnh', 'Bao-cao-thanh-tich-Vien-Kiem-sat-nhan-dan-tinh.docx'],
      ['report', 'Bộ Chỉ huy Quân sự tỉnh', 'Bao-cao-thanh-tich-Bo-Chi-huy-Quan-su-tinh.docx'],
      ['report', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Bao-cao-thanh-tich-Bo-Chi-huy-Bo-doi-Bien-phong-tinh.docx'],
      ['annex', null, 'Bang-tong-hop-diem-Khoi-thi-dua-so-3-2023.docx'],
      ['nomination', null, 'Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx'],
      ['count', null, 'Bien-ban-kiem-phieu-Khoi-thi-dua-so-3-2023.docx'],
    ]);
    const proposal = text(dossier.documents[0].bytes);
    expect(proposal).toContain('TỜ TRÌNH');
    expect(proposal).toContain('Số: ……/TTr-KTĐ');
    expect(proposal).toContain('Kính gửi: Ủy ban nhân dân tỉnh Đắk Lắk.');
    expect(proposal).toContain('1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk cho 01 (một) đơn vị');
    expect(proposal).toContain('1 | Công an tỉnh | 102,50 | 1 | 9/11 (81,8%)');
    expect(proposal).toContain('2. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho 04 (bốn) đơn vị');
    for (const name of ['Thanh tra tỉnh | 99,50 | 2', 'Viện Kiểm sát nhân dân tỉnh | 98,50 | 3', 'Bộ Chỉ huy Quân sự tỉnh | 98,00 | 4']) {
      expect(proposal).toContain(name);
    }
    expect(proposal).toContain('khen thưởng cho 05 (năm) đơn vị');
    expect(proposal).toContain('Báo cáo thành tích của 05 (năm) đơn vị được đề nghị khen thưởng.');
    expect(proposal).toContain('TM. KHỐI THI ĐUA SỐ 3');

    const flagReport = text(dossier.documents[1].bytes);
    expect(flagReport).toContain('BÁO CÁO THÀNH TÍCH');
    expect(flagReport).toContain('Đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk');
    expect(flagReport).toContain('CÔNG AN TỈNH ĐẮK LẮK');
    expect(flagReport).toContain('Tên tập thể đề nghị khen thưởng: Công an tỉnh Đắk Lắk.');
    expect(flagReport).toContain('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH');
    expect(flagReport).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    expect(flagReport).toContain('III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN');
    expect(flagReport).toContain('I | Thực hiện nhiệm vụ | 60 | 59,50');
    expect(flagReport).toContain('102,50 điểm, xếp thứ nhất/11 đơn vị; 9/11 phiếu đồng ý, đạt 81,8%');
    expect(text(dossier.documents[2].bytes)).toContain('Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk');

    const annex = docxPreview(dossier.documents[6].bytes);
    const table = annex.find((b) => b.kind === 'table' && b.bordered);
    expect(table?.kind === 'table' && table.rows.length).toBe(1 + bloc.units.length);

    const zip = new PizZip(dossier.zip.bytes);
    expect(dossier.zip.fileName).toBe('Ho-so-Khoi-thi-dua-so-3-2023.zip');
    expect(Object.keys(zip.files).sort()).toEqual(dossier.documents.map((d) => d.fileName).sort());
  });

  test('only final decisions: with anything pending, nothing is made and the decisions come back', async () => {
    const { bloc, result } = scored(); // no vote yet
    const dossier = await makeDossier(bloc, result);
    expect(dossier.ok).toBe(false);
    if (!dossier.ok) expect(dossier.pending.map((p) => p.cause)).toEqual(['awaitingVote', 'afterFlag']);
  });

  test('the achievement report fills what the workbook knows: address, phone, head, last period’s flag', async () => {
    const { bloc, result } = decided();
    Object.assign(bloc.units[0], {
      address: 'Số 1 Lê Duẩn, Buôn Ma Thuột',
      phone: '0262 3851 100',
      chief: 'Đại tá Lê Vinh Hùng, Giám đốc',
      flagLastPeriod: true,
    });
    const [report] = await makeDocuments(['report'], bloc, result);
    const t = text(report.bytes);
    expect(t).toContain('- Địa chỉ trụ sở chính: Số 1 Lê Duẩn, Buôn Ma Thuột;');
    expect(t).toContain('- Điện thoại: 0262 3851 100;');
    expect(t).toContain('- Thủ trưởng đơn vị: Đại tá Lê Vinh Hùng;');
    expect(t).toContain('2022 | Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk');
    expect(t).toMatch(/THỦ TRƯỞNG ĐƠN VỊ[\s\S]*Đại tá Lê Vinh Hùng/);
  });

  test('a bloc’s own template is used, and a refused one names where it came from', async () => {
    const { bloc, result } = decided();
    const own = { proposal: { bytes: docxWith(['Tờ trình riêng của {ten_khoi}: {so_don_vi_de_nghi} đơn vị']), where: 'to-trinh.docx' } };
    const dossier = await makeDossier(bloc, result, own);
    expect(dossier.ok && text(dossier.documents[0].bytes)).toBe('Tờ trình riêng của Khối thi đua số 3: 05 (năm) đơn vị');
    const bad = { report: { bytes: docxWith(['{dv_ten} {khong_co}']), where: 'bao-cao.docx' } };
    await expect(makeDossier(bloc, result, bad)).rejects.toMatchObject({
      code: 'unknownPlaceholder',
      text: { vi: expect.stringMatching(/^Mẫu bao-cao\.docx: /) },
    });
  });

  test('unit file names stay apart when only case or diacritics differ', () => {
    expect(unitSlugs(['Công an tỉnh', 'Cong an tinh', 'CÔNG AN TỈNH', 'Cong-an-tinh-2', ''])).toEqual([
      'Cong-an-tinh',
      'Cong-an-tinh-2',
      'CONG-AN-TINH-3',
      'Cong-an-tinh-2-2',
      'Don-vi',
    ]);
  });
});

test('every kind of document passes the OOXML schema check (scripts/ooxml-check.mjs)', async () => {
  const files: string[] = [];
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(tmp.dir, name);
    fs.writeFileSync(file, bytes);
    files.push(file);
  };
  const { bloc, result } = decided();
  const dossier = await makeDossier(bloc, result);
  if (!dossier.ok) throw new Error('pending');
  for (const d of dossier.documents) write(d.fileName, d.bytes);
  for (const d of await makeMinutesDocuments(bloc, result)) write(`meeting-${d.fileName}`, d.bytes);
  // Odd data: before the vote, a tie, control characters in a name.
  const pending = scored({ ineligible: { 3: 'Có cán bộ bị kỷ luật' } });
  pending.bloc.units[0].name = 'Công an\u0001 tỉnh\u000b';
  for (const d of await makeDocuments(
    BLOC_KINDS.filter((k) => k !== 'report'),
    pending.bloc,
    pending.result,
  ))
    write(`pending-${d.fileName}`, d.bytes);
  expect(
    new Set(
      files.map((f) =>
        path
          .basename(f)
          .replace(/^(meeting|pending)-/, '')
          .split('-')
          .slice(0, 3)
          .join('-'),
      ),
    ).size,
  ).toBeGreaterThan(5);
  expectValidOoxml(files);
});

describe('bxtd ho-so', () => {
  test('writes the dossier of the sample and its zip; --json lists every file', async () => {
    const cpu = process.cpuUsage();
    const r = await run(['ho-so', SAMPLE, '--out', tmp.dir, '--json']);
    const ms = cpuMsSince(cpu);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.errors).toEqual([]);
    expect(json.pending).toEqual([]);
    expect(json.files.map((f: { kind: string }) => f.kind)).toEqual([
      'proposal',
      'report',
      'report',
      'report',
      'report',
      'report',
      'annex',
      'nomination',
      'count',
      'zip',
    ]);
    expect(json.files[1]).toEqual({
      kind: 'report',
      unit: 'Công an tỉnh',
      path: path.join(tmp.dir, 'Bao-cao-thanh-tich-Cong-an-tinh.docx'),
    });
    for (const f of json.files) expect(fs.existsSync(f.path)).toBe(true);
    const proposal = text(new Uint8Array(fs.readFileSync(json.files[0].path)));
    // The sample gives Nơi nhận hồ sơ: two addressees.
    expect(proposal).toContain('Kính gửi:\n- Ủy ban nhân dân tỉnh Đắk Lắk;\n- Sở Nội vụ tỉnh Đắk Lắk (Ban Thi đua - Khen thưởng).');
    const report = text(new Uint8Array(fs.readFileSync(json.files[1].path)));
    expect(report).toContain('- Điện thoại: 0262 3851 100;');
    expect(ms).toBeLessThan(10000);
  });

  test('a pending decision: exit 2, the decisions listed (text and JSON), nothing written', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.removeWorksheet(wb.getWorksheet('Phiếu bầu')!.id);
    const file = path.join(tmp.dir, 'chua-bo-phieu.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(tmp.dir, 'out');
    const r = await run(['ho-so', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Chưa lập hồ sơ đề nghị khen thưởng');
    expect(r.err).toContain('Chưa có kết quả bỏ phiếu: Công an tỉnh được đề nghị Cờ thi đua');
    expect(fs.existsSync(out)).toBe(false);
    const j = await run(['ho-so', file, '--out', out, '--json', '--lang', 'en']);
    expect(j.code).toBe(2);
    const json = JSON.parse(j.out);
    expect(json.files).toEqual([]);
    expect(json.pending[0]).toMatchObject({ award: 'flag', among: ['Công an tỉnh'], slots: 1, how: 'vote', othersGet: 'merit' });
    expect(json.pending[0].reason).toContain('No ballot yet');
    expect(fs.existsSync(out)).toBe(false);
  });

  test('refusals are one JSON document too: not a workbook, a refused template', async () => {
    const bad = path.join(tmp.dir, 'x.xlsx');
    fs.writeFileSync(bad, 'not a workbook');
    const r = await run(['ho-so', bad, '--out', tmp.dir, '--json']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files).toEqual([]);
    expect(json.errors[0].cell).toBe(bad);
    const template = path.join(tmp.dir, 'mau.docx');
    fs.writeFileSync(template, docxWith(['{ten_khoi} {sai_ten}']));
    const t = await run(['ho-so', SAMPLE, '--out', path.join(tmp.dir, 'o'), '--json', '--template-proposal', template]);
    expect(t.code).toBe(2);
    expect(JSON.parse(t.out).errors[0].message).toContain(`Mẫu ${template}: `);
    expect(fs.existsSync(path.join(tmp.dir, 'o'))).toBe(false);
  });

  test('an --out that is a file and a bad argument are refused, each as one JSON document', async () => {
    const file = path.join(tmp.dir, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = await run(['ho-so', SAMPLE, '--out', file, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ files: [], pending: [], errors: [{ cell: file }] });
    const u = await run(['ho-so', SAMPLE, '--out', tmp.dir, '--json', '--template-nothing', 'x.docx']);
    expect(u.code).toBe(2);
    expect(JSON.parse(u.out).errors[0].message).toContain('--template-nothing');
  });

  test('score --minutes writes the four documents of the meeting', async () => {
    const r = await run(['score', SAMPLE, '--out', tmp.dir, '--minutes']);
    expect(r.code).toBe(0);
    for (const name of ['Bien-ban-binh-xet', 'Bien-ban-ban-giao', 'Phieu-bau', 'Bien-ban-kiem-phieu']) {
      expect(fs.existsSync(path.join(tmp.dir, `${name}-Khoi-thi-dua-so-3-2024.docx`))).toBe(true);
    }
  });
});

test('dossier gaps: what the workbook could still give', async () => {
  const { dossierGaps } = await import('../../src/minutes/report-data');
  const { bloc, result } = decided();
  expect(dossierGaps(bloc, result).map((g) => g.vi)).toEqual([
    'Nơi nhận hồ sơ (trang Thông tin)',
    'Địa chỉ của 5 đơn vị được đề nghị (cột Địa chỉ, trang Đơn vị)',
    'Điện thoại của 5 đơn vị được đề nghị (cột Điện thoại, trang Đơn vị)',
    'Thủ trưởng của 5 đơn vị được đề nghị (cột Thủ trưởng, trang Đơn vị)',
  ]);
  bloc.info.dossierRecipient = 'Sở Nội vụ';
  for (const u of bloc.units) Object.assign(u, { address: 'x', phone: '1', chief: 'Lê Văn A' });
  expect(dossierGaps(bloc, result)).toEqual([]);
});
