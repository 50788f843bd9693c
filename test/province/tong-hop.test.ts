// `bxtd tong-hop`: scored bloc workbooks of one province and year -> the summary workbook; every file checked
// against scoring its inputs again, the odd ones out rejected with their reasons.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import { SHEETS } from '../../src/province/book';
import { cellAt, type CellValue, type SheetGrid } from '../../src/workbook/grid';
import { loadXlsx } from '../../src/xlsx/read';
import { expectValidOoxml } from '../ooxml';
import { ECONOMIC_UNITS, editWorkbook, run, scoredBloc, setInfo, type Scored } from './fixture';

let dir: string;
let bloc3: Scored; // Khối thi đua số 3, the sample's units, with a ballot
let bloc5: Scored; // Khối thi đua số 5, economic units, no ballot (the flag pending the vote)

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-tong-hop-'));
  bloc3 = await scoredBloc(path.join(dir, 'blocs'), { name: 'Khối thi đua số 3' });
  bloc5 = await scoredBloc(path.join(dir, 'blocs'), { name: 'Khối thi đua số 5', units: ECONOMIC_UNITS, noBallot: true });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let work: string;
let n = 0;
beforeEach(async () => {
  work = path.join(dir, `case-${++n}`);
  await fs.mkdir(work, { recursive: true });
});

/** A copy of a scored workbook to change in one test. */
async function copy(s: Scored, name = path.basename(s.file)): Promise<string> {
  const target = path.join(work, name);
  await fs.copyFile(s.file, target);
  return target;
}

const grids = async (file: string) => (await loadXlsx(await fs.readFile(file))).sheets;
const sheet = (sheets: SheetGrid[], name: string) => sheets.find((s) => s.name === name)!;
/** The rows under the header row that starts with `first` (e.g. "STT"), up to the first blank row. */
function body(s: SheetGrid, first = 'STT'): CellValue[][] {
  const header = s.values.findIndex((r) => r?.[0] === first);
  const rows: CellValue[][] = [];
  for (let r = header + 1; r < s.values.length && s.values[r]?.some((v) => v != null && v !== ''); r++) rows.push(s.values[r]);
  return rows;
}

interface Doc {
  province: string;
  year: number;
  period: string;
  blocs: {
    bloc: { name: string; members: number };
    file: string;
    checkCode: string;
    flag: { unit: string; total: number; voteShare: number | null; awaitingVote: boolean }[];
    merit: { unit: string; rank: number }[];
    pending: { award: string; among: string[]; reason: string }[];
    nextHead: { unit: string | null; suggested: boolean };
  }[];
  rejected: { file: string; reason: string }[];
  duplicates: { bloc: string; kept: string; dropped: string[]; identical: boolean; reason: string }[];
  written: string[];
}

async function tongHop(files: string[], ...extra: string[]): Promise<{ code: number; doc: Doc; err: string }> {
  const r = await run(['tong-hop', ...files, '--out', path.join(work, 'out'), '--json', ...extra]);
  return { code: r.code, doc: JSON.parse(r.out) as Doc, err: r.err };
}

/** Sets a `Khối chấm` score of the sample's first unit on criterion I.1 (row 7, column E in the sample layout). */
function changeScore(wb: ExcelJS.Workbook, value: number) {
  wb.getWorksheet('Chấm điểm')!.getCell('E7').value = value;
}

describe('bxtd tong-hop', () => {
  it('two blocs of one province and year: the summary carries what bxtd score proposed for each', async () => {
    const files = [await copy(bloc5), await copy(bloc3)];
    const { code, doc, err } = await tongHop(files);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect([doc.province, doc.year, doc.period]).toEqual(['Đắk Lắk', 2024, 'Năm']);
    // In the blocs' natural order, whatever the order of the files.
    expect(doc.blocs.map((b) => b.bloc.name)).toEqual(['Khối thi đua số 3', 'Khối thi đua số 5']);
    const [b3, b5] = doc.blocs;
    expect(b3.flag.map((f) => f.unit)).toEqual(bloc3.flag);
    expect(b3.merit.map((m) => m.unit)).toEqual(bloc3.merit);
    expect(b5.flag.map((f) => f.unit)).toEqual(bloc5.flag);
    expect(b5.merit.map((m) => m.unit)).toEqual(bloc5.merit);
    expect(bloc3.flag).toEqual(['Công an tỉnh']);
    expect(bloc5.flag).toEqual(['Sở Tài chính']);
    expect(b3.flag[0]).toMatchObject({ total: 104, awaitingVote: false });
    expect(b3.flag[0].voteShare).toBeCloseTo(10 / 11);
    // Bloc 5 has no ballot: its flag is proposed pending the vote, a decision its meeting still takes.
    expect(b5.flag[0]).toMatchObject({ awaitingVote: true, voteShare: null });
    expect(b5.pending.map((p) => p.award)).toContain('flag');
    expect(b5.pending[0].reason).toMatch(/chờ Hội nghị bỏ phiếu/);
    expect(b3.nextHead).toEqual({ unit: 'Viện Kiểm sát nhân dân tỉnh', suggested: false });
    expect(doc.rejected).toEqual([]);
    expect(doc.duplicates).toEqual([]);

    const target = path.join(work, 'out', 'Tong-hop-Dak-Lak-2024.xlsx');
    expect(doc.written).toEqual([target, path.join(work, 'out', 'To-trinh-tong-hop-Dak-Lak-2024.docx')]);
    const book = await grids(target);
    expect(book.map((s) => s.name)).toEqual([SHEETS.blocs, SHEETS.units, SHEETS.rejected, SHEETS.chart]);

    const blocRows = body(sheet(book, SHEETS.blocs));
    expect(blocRows.map((r) => r[1])).toEqual(['Khối thi đua số 3', 'Khối thi đua số 5']);
    expect(blocRows[0].slice(2, 7)).toEqual([11, 'Công an tỉnh', 'Công an tỉnh', 104, 10 / 11]);
    expect(blocRows[1][4]).toBe('Sở Tài chính (chờ bỏ phiếu)');
    expect(String(blocRows[0][7]).split('\n')).toEqual(bloc3.merit.map((u, i) => expect.stringMatching(`^${i + 1}\\. ${u} \\(`)));
    expect(blocRows[0].slice(9, 13)).toEqual(['Viện Kiểm sát nhân dân tỉnh', 'Trại giam Đắk Tân', files[1], b3.checkCode]);
    expect(String(blocRows[1][8])).toMatch(/bỏ phiếu/);

    const unitRows = body(sheet(book, SHEETS.units));
    const flagAward = 'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk';
    const meritAward = 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk';
    expect(unitRows.filter((r) => r[3] === flagAward).map((r) => r[1])).toEqual([...bloc3.flag, ...bloc5.flag]);
    expect(unitRows.filter((r) => r[3] === meritAward).map((r) => r[1])).toEqual([...bloc3.merit, ...bloc5.merit]);
    expect(unitRows[0].slice(1, 8)).toEqual(['Công an tỉnh', 'Khối thi đua số 3', flagAward, 104, 1, 10, 10 / 11]);

    expect(sheet(book, SHEETS.rejected).values.flat()).toContain('Không có tệp nào bị loại: mọi tệp đều được tổng hợp.');
    expect(body(sheet(book, SHEETS.chart), 'Khối thi đua')).toEqual([
      ['Khối thi đua số 3', 1, bloc3.merit.length],
      ['Khối thi đua số 5', 1, bloc5.merit.length, 'x'],
    ]);

    // The chart of proposals per bloc: two stacked series over the chart sheet's cells.
    const zip = await JSZip.loadAsync(await fs.readFile(target));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async('string');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    // A4, one page wide, the header row repeated.
    const first = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(first).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(first).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('_xlnm.Print_Titles');
  });

  test('the summary workbook and the Tờ trình pass ooxml-check', async () => {
    const { doc } = await tongHop([await copy(bloc3), await copy(bloc5)]);
    expect(doc.written.map((f) => path.basename(f))).toEqual(['Tong-hop-Dak-Lak-2024.xlsx', 'To-trinh-tong-hop-Dak-Lak-2024.docx']);
    expectValidOoxml(doc.written);
  });

  it('rejects a workbook whose scores changed after scoring, naming the mismatch; the others are still summarised', async () => {
    const changed = await copy(bloc3, 'khoi-3-sua-sau.xlsx');
    await editWorkbook(changed, (wb) => changeScore(wb, 8));
    const { code, doc } = await tongHop([changed, await copy(bloc5)]);
    expect(code).toBe(2);
    expect(doc.blocs.map((b) => b.bloc.name)).toEqual(['Khối thi đua số 5']);
    expect(doc.rejected).toHaveLength(1);
    expect(doc.rejected[0].file).toBe(changed);
    const reason = doc.rejected[0].reason;
    // 104 -> 102: the unit, the total written and the total scored again, and the check code.
    expect(reason).toContain('Công an tỉnh: tổng điểm 104,00 (chấm lại: 102,00)');
    expect(reason).toMatch(/mã kiểm tra ghi trong Kết quả \([0-9a-f]{16}\) không khớp/);
    const book = await grids(doc.written[0]);
    const rejected = body(sheet(book, SHEETS.rejected));
    expect(rejected).toHaveLength(1);
    expect(rejected[0].slice(1, 3)).toEqual([changed, 'Khối thi đua số 3']);
    expect(String(rejected[0][3])).toContain('Công an tỉnh: tổng điểm 104,00');
  });

  it('rejects a workbook whose inputs changed without changing the ranking: the check code no longer matches', async () => {
    const changed = await copy(bloc3);
    await editWorkbook(changed, (wb) => (wb.getWorksheet('Đơn vị')!.getCell('D4').value = 'Đại tá Nguyễn Văn Khác'));
    const { code, doc } = await tongHop([changed], '--lang', 'en');
    expect(code).toBe(2);
    expect(doc.blocs).toEqual([]);
    expect(doc.written).toEqual([]);
    expect(doc.rejected[0].reason).toMatch(/^The inputs \(scores, votes, units, information or rules\) changed after scoring/);
  });

  it('rejects a hand-edited Kết quả (a proposal changed), naming the unit and both proposals', async () => {
    const edited = await copy(bloc3);
    await editWorkbook(edited, (wb) => {
      const ws = wb.getWorksheet('Kết quả')!;
      ws.eachRow((row) => {
        if (row.getCell(2).value === 'Cục Thi hành án dân sự tỉnh') row.getCell(8).value = 'Bằng khen';
      });
    });
    const { code, doc } = await tongHop([edited, await copy(bloc5)]);
    expect(code).toBe(2);
    expect(doc.rejected).toHaveLength(1);
    expect(doc.rejected[0].reason).toBe(
      'Trang Kết quả không khớp với kết quả chấm lại từ dữ liệu của sổ: Cục Thi hành án dân sự tỉnh: đề nghị «Bằng khen» (chấm lại: «—»).',
    );
  });

  it('rejects a workbook without Kết quả, one with errors, and files that are not workbooks', async () => {
    const inputs = path.join(work, 'chua-cham.xlsx');
    await fs.copyFile(path.join(dir, 'blocs', 'inputs', 'Khối-thi-đua-số-3.xlsx'), inputs);
    const broken = await copy(bloc3, 'loi.xlsx');
    await editWorkbook(broken, (wb) => changeScore(wb, 50)); // above the criterion's maximum of 10
    const text = path.join(work, 'ghi-chu.xlsx');
    await fs.writeFile(text, 'không phải sổ tính');
    const missing = path.join(work, 'khong-co.xlsx');
    const { code, doc } = await tongHop([inputs, broken, text, missing, await copy(bloc5)]);
    expect(code).toBe(2);
    expect(doc.blocs).toHaveLength(1);
    expect(doc.rejected.map((r) => r.file)).toEqual([inputs, broken, text, missing]);
    const [noResult, errors, notXlsx, notFound] = doc.rejected.map((r) => r.reason);
    expect(noResult).toMatch(/^Sổ chưa có trang Kết quả/);
    expect(errors).toMatch(/^Sổ có 1 lỗi, không chấm điểm được: Chấm điểm!E7: /);
    expect(notXlsx).toMatch(/không phải là bảng tính|không phải/i);
    expect(notFound).toBe(`Không tìm thấy tệp: ${missing}`);
  });

  it('rejects the files of another year than most, and of another province, with the reason', async () => {
    const other = path.join(work, 'blocs');
    const b7 = await scoredBloc(other, { name: 'Khối thi đua số 7', units: ECONOMIC_UNITS });
    const old = await scoredBloc(other, { name: 'Khối thi đua số 9', year: 2023 });
    const away = await scoredBloc(other, { name: 'Khối thi đua số 2', province: 'Điện Biên' });
    const { code, doc } = await tongHop([bloc3.file, old.file, b7.file, away.file]);
    expect(code).toBe(2);
    expect(doc.blocs.map((b) => b.bloc.name)).toEqual(['Khối thi đua số 3', 'Khối thi đua số 7']);
    expect(doc.rejected).toEqual([
      {
        file: old.file,
        reason: 'Sổ của tỉnh Đắk Lắk, năm 2023, khác với phần lớn các sổ (tỉnh Đắk Lắk, năm 2024: 2 khối): không tổng hợp chung.',
      },
      {
        file: away.file,
        reason: 'Sổ của tỉnh Điện Biên, năm 2024, khác với phần lớn các sổ (tỉnh Đắk Lắk, năm 2024: 2 khối): không tổng hợp chung.',
      },
    ]);
  });

  it('with as many blocs of two years, decides nothing and asks for --year; --year decides', async () => {
    const old = await scoredBloc(path.join(work, 'blocs'), { name: 'Khối thi đua số 9', year: 2023 });
    const tie = await tongHop([bloc3.file, old.file]);
    expect(tie.code).toBe(2);
    expect(tie.doc.blocs).toEqual([]);
    expect(tie.doc.written).toEqual([]);
    expect(tie.doc.rejected).toHaveLength(2);
    expect(tie.doc.rejected[0].reason).toMatch(
      /số khối bằng nhau .*năm 2024: 1 khối.*năm 2023: 1 khối|số khối bằng nhau .*năm 2023: 1 khối.*năm 2024: 1 khối/,
    );
    expect(tie.doc.rejected[0].reason).toMatch(/--province và --year/);

    const chosen = await tongHop([bloc3.file, old.file], '--year', '2023');
    expect(chosen.doc.blocs.map((b) => b.bloc.name)).toEqual(['Khối thi đua số 9']);
    expect(chosen.doc.rejected[0].reason).toMatch(/khác với tỉnh, năm được chọn bằng --province\/--year/);
    expect(chosen.doc.written.map((f) => path.basename(f))).toEqual(['Tong-hop-Dak-Lak-2023.xlsx', 'To-trinh-tong-hop-Dak-Lak-2023.docx']);
  });

  it('reports the same bloc twice and keeps the newer file (last modified)', async () => {
    const older = await copy(bloc3, 'khoi-3-ban-dau.xlsx');
    // The bloc scored again after a correction: a different Khối phó (an input that changes no ranking).
    const newerInputs = path.join(work, 'khoi-3-sua.xlsx');
    await fs.copyFile(path.join(dir, 'blocs', 'inputs', 'Khối-thi-đua-số-3.xlsx'), newerInputs);
    await editWorkbook(newerInputs, (wb) => setInfo(wb, 'Khối phó', 'Thanh tra tỉnh'));
    const rescored = (await run(['score', newerInputs, '--out', work])).code;
    expect(rescored).toBe(0);
    const newer = path.join(work, 'khoi-3-sua.ket-qua.xlsx');
    await fs.utimes(older, new Date('2025-01-10T08:00:00'), new Date('2025-01-10T08:00:00'));
    await fs.utimes(newer, new Date('2025-01-12T09:30:00'), new Date('2025-01-12T09:30:00'));
    const copyOfNewer = await copy({ file: newer, flag: [], merit: [] }, 'ban-sao.xlsx');
    await fs.utimes(copyOfNewer, new Date('2025-01-11T00:00:00'), new Date('2025-01-11T00:00:00'));

    const { code, doc } = await tongHop([newer, older, copyOfNewer, bloc5.file]);
    expect(code).toBe(2);
    expect(doc.rejected).toEqual([]);
    expect(doc.blocs.map((b) => [b.bloc.name, b.file])).toEqual([
      ['Khối thi đua số 3', newer],
      ['Khối thi đua số 5', bloc5.file],
    ]);
    expect(doc.duplicates).toHaveLength(1);
    const d = doc.duplicates[0];
    expect(d).toMatchObject({ bloc: 'Khối thi đua số 3', kept: newer, dropped: [copyOfNewer, older], identical: false });
    expect(d.reason).toContain(`giữ tệp sửa đổi sau cùng ${newer} (2025-01-12 09:30)`);
    expect(d.reason).toMatch(/dữ liệu khác nhau/);
    const rejected = body(sheet(await grids(doc.written[0]), SHEETS.rejected));
    expect(rejected.map((r) => r[1])).toEqual([copyOfNewer, older]);
  });

  it('a bloc whose leading unit fell short of the vote: no flag, and the summary says why', async () => {
    const short = await scoredBloc(path.join(work, 'blocs'), {
      name: 'Khối thi đua số 4',
      edit: (wb) => {
        const ws = wb.getWorksheet('Phiếu bầu')!;
        ws.eachRow((row) => {
          if (row.getCell(2).value === 'Công an tỉnh') row.getCell(3).value = 5; // 5 of 11: not over 50%
        });
      },
    });
    expect(short.flag).toEqual([]);
    const { code, doc } = await tongHop([short.file]);
    expect(code).toBe(0);
    expect(doc.blocs[0].flag).toEqual([]);
    expect(doc.blocs[0].merit.map((m) => m.unit)).toEqual(short.merit);
    const row = body(sheet(await grids(doc.written[0]), SHEETS.blocs))[0];
    expect(row.slice(4, 7)).toEqual(['Chưa đề nghị: chưa đủ tỷ lệ phiếu đồng ý', null, null]);
    const text = await run(['tong-hop', short.file, '--out', path.join(work, 'out'), '--lang', 'en']);
    expect(text.out).toContain('Emulation Flag: None: short of the vote threshold');
  });

  it('--json prints exactly one JSON document of the documented shape', async () => {
    const r = await run(['tong-hop', bloc3.file, '--out', path.join(work, 'out'), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['province', 'year', 'period', 'blocs', 'rejected', 'duplicates', 'written', 'errors']);
    expect(Object.keys(doc.blocs[0])).toEqual(['bloc', 'file', 'checkCode', 'flag', 'merit', 'pending', 'nextHead', 'nextDeputy']);
    expect(Object.keys(doc.blocs[0].bloc)).toEqual(['name', 'province', 'year', 'period', 'members', 'head', 'deputy']);
    expect(Object.keys(doc.blocs[0].flag[0])).toEqual(['unit', 'total', 'rank', 'votes', 'voteShare', 'awaitingVote']);
    expect(doc.blocs[0].merit.map((m: { rank: number }) => m.rank)).toEqual([2, 3, 4, 6]);
  });

  it('prints the blocs and what was written, rejections on stderr; usage errors exit 2', async () => {
    const r = await run(['tong-hop', bloc3.file, path.join(work, 'none.xlsx'), '--out', path.join(work, 'out')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('Tỉnh Đắk Lắk — Năm 2024: 1 khối được tổng hợp');
    expect(r.out).toContain('Cờ thi đua: Công an tỉnh (104,00 điểm; 10/11 phiếu, 90,9%)');
    expect(r.out).toContain(`Đã ghi: ${path.join(work, 'out', 'Tong-hop-Dak-Lak-2024.xlsx')}`);
    expect(r.err).toContain(`Không tổng hợp: ${path.join(work, 'none.xlsx')}: Không tìm thấy tệp`);

    expect((await run(['tong-hop', '--out', work])).code).toBe(2);
    expect((await run(['tong-hop', bloc3.file, '--year', 'hai nghìn'])).code).toBe(2);
    // With --json, a refusal is still one JSON document of the command's shape, with the errors.
    const refused = await run(['tong-hop', bloc3.file, '--out', bloc3.file, '--json']);
    expect(refused.code).toBe(2);
    const doc = JSON.parse(refused.out);
    expect(doc).toMatchObject({ province: null, blocs: [], written: [] });
    expect(doc.errors[0]).toEqual({
      cell: bloc3.file,
      code: 'output.notFolder',
      message: expect.stringMatching(/^--out phải là một thư mục/),
    });
  });
});

// The summary sheet's first cell is its title (the reader of the summary finds its tables by their headers).
test('summary sheets open with their titles', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'bxtd-tong-hop-title-'));
  try {
    const b = await scoredBloc(out, { name: 'Khối thi đua số 1' });
    await run(['tong-hop', b.file, '--out', out]);
    const book = (await loadXlsx(await fs.readFile(path.join(out, 'Tong-hop-Dak-Lak-2024.xlsx')))).sheets;
    expect(cellAt(book[0], 0, 0)).toBe('TỔNG HỢP KẾT QUẢ BÌNH XÉT, SUY TÔN CỦA CÁC KHỐI THI ĐUA');
    expect(cellAt(book[0], 1, 0)).toBe('Tỉnh Đắk Lắk — Năm 2024');
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
});
