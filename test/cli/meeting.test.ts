// The meeting as it happened (issue 17), on the sample bloc edited the way a secretary would: a ballot as `Lập sổ`
// leaves it, a ballot of one candidate, a vote without quorum, a half-year review, a decisive revote, a Cụm, a
// criterion tie-break, the put-forward rule. Each case is asserted on `bxtd score --json` and on the `Kết quả` written.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/workbook/grid';
import { RESULT_SHEET } from '../../src/workbook/plan';
import { loadXlsx } from '../../src/xlsx/read';
import { run, SAMPLE, tempDir } from './cli';

const tmp = tempDir('bxtd-meeting-');

/** Rows of the sample's `Phiếu bầu` table, in its order (row 9 on): unit, votes. */
const BALLOT_ROWS = [
  'Công an tỉnh',
  'Viện Kiểm sát nhân dân tỉnh',
  'Tòa án nhân dân tỉnh',
  'Cục Thi hành án dân sự tỉnh',
  'Thanh tra tỉnh',
  'Sở Tư pháp',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
  'Trại giam Đắk Tân',
  'Trại giam Đắk Trung',
];

interface Edits {
  info?: Record<string, CellValue>; // `Thông tin` label -> value (a new row when the label is not there)
  rules?: Record<string, CellValue>; // `Quy tắc` label -> value
  votes?: Record<string, CellValue>; // unit -> votes (null: blank); against and the share are cleared with it
  figures?: CellValue; // every ballot figure (issued, returned, valid, invalid)
  absent?: string[]; // units not present
  ineligible?: Record<string, string>;
  revote?: [string, number][]; // a `Bỏ phiếu lại` table under the first round
}

/** Label rows: set the value beside `label`, or add a row. */
function setRow(ws: ExcelJS.Worksheet, labelCol: number, label: string, value: CellValue): void {
  let target = 0;
  ws.eachRow((row, r) => {
    if (String(row.getCell(labelCol).value ?? '').trim() === label) target = r;
  });
  if (!target) target = ws.rowCount + 1;
  ws.getCell(target, labelCol).value = label;
  ws.getCell(target, labelCol + 1).value = value as ExcelJS.CellValue;
}

async function variant(name: string, e: Edits): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(SAMPLE)) as unknown as ArrayBuffer);
  const info = wb.getWorksheet('Thông tin')!;
  for (const [label, value] of Object.entries(e.info ?? {})) setRow(info, 1, label, value);
  const rules = wb.getWorksheet('Quy tắc')!;
  for (const [label, value] of Object.entries(e.rules ?? {})) setRow(rules, 1, label, value);
  const units = wb.getWorksheet('Đơn vị')!;
  units.eachRow((row) => {
    const unit = String(row.getCell(2).value ?? '');
    if (e.absent?.includes(unit)) row.getCell(6).value = null;
    if (e.ineligible?.[unit]) row.getCell(8).value = e.ineligible[unit];
  });
  const ballot = wb.getWorksheet('Phiếu bầu')!;
  if (e.figures !== undefined) for (let r = 3; r <= 6; r++) ballot.getCell(r, 3).value = e.figures as ExcelJS.CellValue;
  BALLOT_ROWS.forEach((unit, i) => {
    if (e.votes && unit in e.votes) {
      ballot.getCell(9 + i, 3).value = e.votes[unit] as ExcelJS.CellValue;
      ballot.getCell(9 + i, 4).value = null;
      ballot.getCell(9 + i, 5).value = null;
    }
  });
  if (e.revote) {
    const top = ballot.rowCount + 2;
    ballot.getCell(top, 2).value = 'Bỏ phiếu lại';
    ballot.getRow(top + 1).values = [null, 'Đơn vị', 'Số phiếu đồng ý'];
    e.revote.forEach(([unit, votes], i) => (ballot.getRow(top + 2 + i).values = [null, unit, votes]));
  }
  const file = path.join(tmp.dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

interface Row {
  rank: number;
  unit: string;
  votes: number | null;
  voteRound: number | null;
  proposal: string | null;
  reasons: string[];
}

async function score(file: string) {
  const out = path.join(tmp.dir, 'out');
  const r = await run(['score', file, '--out', out, '--json']);
  const doc = JSON.parse(r.out);
  const written = path.join(out, path.basename(file).replace(/\.xlsx$/, '.ket-qua.xlsx'));
  const sheets = r.code === 0 ? (await loadXlsx(await fs.readFile(written))).sheets : [];
  const result = sheets.find((s) => s.name === RESULT_SHEET);
  const text = (await run(['score', file, '--out', out])).out;
  return {
    code: r.code,
    doc,
    row: (unit: string) => (doc.ranking as Row[]).find((x) => x.unit === unit)!,
    /** `Kết quả` as lines of text (each row's cells joined by " | "). */
    sheet: (result?.values ?? []).map((row) => row.map((v) => (v == null ? '' : String(v))).join(' | ')),
    text,
  };
}

const CA = 'Công an tỉnh';
const VKS = 'Viện Kiểm sát nhân dân tỉnh';
const BQS = 'Bộ Chỉ huy Quân sự tỉnh';
const BP = 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh';
const blankVotes = Object.fromEntries(BALLOT_ROWS.map((u) => [u, null]));

describe('the ballot', () => {
  test('as Lập sổ leaves it (every count blank): not held, the flag pending the vote, no vote figure anywhere', async () => {
    const s = await score(await variant('blank', { votes: blankVotes, figures: null }));
    expect(s.code).toBe(0);
    expect(s.doc.ballot).toBe('notHeld');
    expect(s.doc.warnings.map((w: { message: string }) => w.message).join(' ')).not.toMatch(/tính là 0/);
    expect(s.doc.flag).toEqual([CA]);
    expect(s.doc.pending[0]).toMatchObject({ award: 'flag', among: [CA], how: 'vote', othersGet: 'merit' });
    expect(s.doc.pending[0].reason).toMatch(/^Chưa có kết quả bỏ phiếu: Công an tỉnh được đề nghị Cờ thi đua, chờ Hội nghị bỏ phiếu/);
    // The Certificate that depends on the vote is pending too.
    expect(s.doc.pending[1]).toMatchObject({ award: 'merit', how: 'vote', among: ['Tòa án nhân dân tỉnh'] });
    expect(s.doc.rounds).toEqual([]);
    expect(s.doc.nextBallot).toEqual({ round: 1, candidates: [CA], slots: null });
    expect((s.doc.ranking as Row[]).map((r) => r.votes)).toEqual(new Array(11).fill(null));
    // Without votes, the tie on total is settled by the next step (Điểm nhóm I), never by "0 votes".
    expect(s.row(BP).reasons[0]).toBe(`Bằng tổng điểm (100,00) với ${VKS}; xếp trên nhờ Điểm nhóm I: 39,5 so với 39.`);
    expect(s.sheet.join('\n')).not.toMatch(/\b0 phiếu|phiếu bầu \(/);
    // The votes column (the 7th) says "—" on every ranking row.
    expect(s.sheet.slice(4, 15).map((l) => l.split(' | ')[6])).toEqual(new Array(11).fill('—'));
    expect(s.sheet.find((l) => l.startsWith(`1 | ${CA}`))).toContain('| — | Cờ thi đua (chờ bỏ phiếu)');
  });

  test('candidates only: the unit put to the vote carries votes, the others "—" / null, never 0', async () => {
    const s = await score(await variant('one-candidate', { votes: { ...blankVotes, [CA]: 9 } }));
    expect(s.code).toBe(0);
    expect(s.doc.ballot).toBe('held');
    expect(s.doc.rounds).toEqual([
      {
        round: 1,
        counted: true,
        slots: null,
        issued: 10,
        returned: 10,
        valid: 10,
        votes: [{ unit: CA, for: 9, against: null }],
        winners: [CA],
      },
    ]);
    expect(s.row(CA)).toMatchObject({ votes: 9, voteRound: 1, proposal: 'flag' });
    for (const r of s.doc.ranking as Row[]) if (r.unit !== CA) expect(r.votes).toBeNull();
    expect(s.doc.pending).toEqual([]);
    expect(s.sheet.find((l) => l.startsWith(`2 | ${BQS}`))).toMatch(/\| — \| Bằng khen/);
    expect(s.text).not.toMatch(/\b0 phiếu/);
  });

  test('a leading unit left blank while others have votes is an error at its cell', async () => {
    const s = await score(await variant('leader-blank', { votes: { [CA]: null } }));
    expect(s.code).toBe(2);
    expect(s.doc.errors).toEqual([
      {
        cell: 'Phiếu bầu!C9',
        code: 'input.invalid',
        message:
          'Công an tỉnh là đơn vị dẫn đầu được đưa ra suy tôn nhưng ô số phiếu để trống, trong khi bảng phiếu bầu đã có số phiếu của đơn vị khác: ghi số phiếu đồng ý (0 nếu không có phiếu nào).',
      },
    ]);
  });

  test('figures blank beside votes are an error at each figure', async () => {
    const s = await score(await variant('no-figures', { figures: null }));
    expect(s.code).toBe(2);
    expect(s.doc.errors.map((e: { cell: string }) => e.cell)).toEqual(['Phiếu bầu!C3', 'Phiếu bầu!C4', 'Phiếu bầu!C5']);
  });

  test('without quorum the vote is no result: the flag pending a vote, the invalid figures in no ranking row', async () => {
    const absent = ['Tòa án nhân dân tỉnh', 'Cục Thi hành án dân sự tỉnh', 'Thanh tra tỉnh', 'Sở Tư pháp'];
    const s = await score(await variant('no-quorum', { absent }));
    expect(s.code).toBe(0);
    expect(s.doc.flag).toEqual([CA]);
    expect(s.doc.pending[0]).toMatchObject({ award: 'flag', among: [CA], how: 'vote' });
    expect(s.doc.pending[0].reason).toMatch(/chưa đủ tỷ lệ đơn vị có mặt/);
    expect(s.doc.rounds[0].counted).toBe(false);
    expect(s.doc.rounds[0].winners).toEqual([]);
    expect((s.doc.ranking as Row[]).every((r) => r.votes === null)).toBe(true);
    expect(s.doc.nextBallot).toEqual({ round: 1, candidates: [CA], slots: null });
    expect(s.sheet.join('\n')).toContain('Số đơn vị có mặt: 6/11');
    expect(s.sheet.join('\n')).toContain('cuộc bỏ phiếu chưa đủ tỷ lệ đơn vị có mặt, chờ bỏ phiếu lại');
  });
});

describe('the revote', () => {
  // The Police and the Military Command out of the awards: the Procuracy and the Border Guard lead on 100 points, and
  // with equal votes and no other step they are tied for the flag until the revote.
  const tie: Edits = {
    ineligible: { [CA]: 'Có cán bộ bị kỷ luật', [BQS]: 'Có cán bộ bị kỷ luật' },
    votes: { [BP]: 7 },
    rules: { 'Thứ tự ưu tiên khi bằng điểm': 'Phiếu bầu' },
  };

  test('before it: both share the rank, the revote pending with its paper (one approval a voter)', async () => {
    const s = await score(await variant('tie', tie));
    expect(s.code).toBe(0);
    expect([s.row(VKS).rank, s.row(BP).rank]).toEqual([3, 3]);
    expect(s.doc.pending[0]).toMatchObject({ award: 'flag', among: [VKS, BP], slots: 1, how: 'revote' });
    expect(s.doc.nextBallot).toEqual({ round: 2, candidates: [VKS, BP], slots: 1 });
    expect(s.row(VKS).reasons[0]).toBe(`Bằng tổng điểm (100,00) với ${BP}, bằng số phiếu bầu (7 phiếu); Hội nghị quyết định.`);
  });

  test('a decisive revote settles the tie: the winner ranks above, the note names the revote, every output quotes it', async () => {
    const s = await score(
      await variant('revote', {
        ...tie,
        revote: [
          [VKS, 8],
          [BP, 2],
        ],
      }),
    );
    expect(s.code).toBe(0);
    expect(s.doc.flag).toEqual([VKS]);
    // The tie it was held for is gone; the Court and Civil Judgment Enforcement stay equal (no award turns on it).
    expect(s.doc.unresolvedTies).toEqual([['Tòa án nhân dân tỉnh', 'Cục Thi hành án dân sự tỉnh']]);
    expect(s.row('Tòa án nhân dân tỉnh').reasons[0]).toMatch(/; cùng xếp hạng\.$/);
    expect(s.doc.pending).toEqual([]);
    expect([s.row(VKS).rank, s.row(BP).rank]).toEqual([3, 4]);
    expect(s.row(VKS)).toMatchObject({ votes: 8, voteRound: 2, proposal: 'flag' });
    expect(s.row(BP)).toMatchObject({ votes: 2, voteRound: 2, proposal: 'merit' });
    expect(s.row(VKS).reasons[0]).toBe(
      `Bằng tổng điểm (100,00) với ${BP}, bằng số phiếu bầu (7 phiếu); xếp trên nhờ kết quả bỏ phiếu lại: 8/11 so với 2/11.`,
    );
    expect(s.row(BP).reasons[0]).toBe(
      `Bằng tổng điểm (100,00) với ${VKS}, bằng số phiếu bầu (7 phiếu); xếp dưới theo kết quả bỏ phiếu lại: 2/11 so với 8/11.`,
    );
    expect(s.doc.rounds.map((r: { round: number; slots: number | null; winners: string[] }) => [r.round, r.slots, r.winners])).toEqual([
      [1, null, []],
      [2, 1, [VKS]],
    ]);
    const text = s.sheet.join('\n');
    expect(text).not.toContain('Hội nghị quyết định');
    expect(s.sheet.find((l) => l.startsWith(`3 | ${VKS}`))).toContain('| 8 | Cờ thi đua');
    expect(text).toContain(`Bỏ phiếu lại: ${VKS} 8 phiếu; ${BP} 2 phiếu.`);
  });

  test('more approvals than voters × the one place is an error at the revote table', async () => {
    const s = await score(
      await variant('revote-over', {
        ...tie,
        revote: [
          [VKS, 8],
          [BP, 5],
        ],
      }),
    );
    expect(s.code).toBe(2);
    expect(s.doc.errors[0].message).toBe(
      'Tổng số phiếu đồng ý của bảng bỏ phiếu lại (13) nhiều hơn số phiếu (10) nhân số đơn vị mỗi phiếu được đồng ý tối đa (1).',
    );
  });
});

describe('the period and the group', () => {
  test('a half-year review (sơ kết): ranks, proposes nothing, hands over the next review’s hosting', async () => {
    const s = await score(await variant('half-year', { info: { Kỳ: '6 tháng đầu năm', 'Đơn vị đăng cai kỳ sau': 'Thanh tra tỉnh' } }));
    expect(s.code).toBe(0);
    expect(s.doc.bloc).toMatchObject({ period: '6 tháng đầu năm', periodKind: 'halfYear', review: 'soKet' });
    expect([s.doc.flag, s.doc.merit, s.doc.pending, s.doc.rounds]).toEqual([[], [], [], []]);
    expect((s.doc.ranking as Row[]).every((r) => r.proposal === null && r.votes === null)).toBe(true);
    expect(s.doc.nextBallot).toBeNull();
    expect(s.doc.nextHead).toEqual({ unit: null, suggested: false });
    expect(s.doc.nextHost).toBe('Thanh tra tỉnh');
    expect(s.doc.documents).toEqual({ ballot: false, count: false, handover: 'host', dossier: false });
    // The votes written on Phiếu bầu are not used, and the workbook is told so.
    expect(s.doc.warnings.map((w: { message: string }) => w.message)).toContainEqual(expect.stringContaining('hội nghị sơ kết'));
    const text = s.sheet.join('\n');
    expect(text).toContain('Hội nghị sơ kết 6 tháng đầu năm 2024: xếp hạng các đơn vị, không xét khen thưởng.');
    expect(text).toContain('Đơn vị đăng cai kỳ sau: Thanh tra tỉnh.');
    expect(text).not.toMatch(/Đề nghị tặng|Khối trưởng năm sau/);
  });

  test('a Cụm: every word follows it, and the kind can be given in Thông tin', async () => {
    const s = await score(await variant('cum', { info: { 'Tên khối': 'Cụm thi đua số 3' } }));
    expect(s.doc.bloc.kind).toBe('cum');
    expect(s.text).toContain('Cụm trưởng năm sau: Viện Kiểm sát nhân dân tỉnh.');
    expect(s.text).not.toMatch(/Khối trưởng|Khối phó/);
    expect(s.sheet.join('\n')).toContain('Cụm phó năm sau: Trại giam Đắk Tân.');
    const given = await score(await variant('loai', { info: { Loại: 'Cụm' } }));
    expect(given.doc.bloc.kind).toBe('cum');
  });
});

describe('the rules', () => {
  test('a criterion tie-break step, the tie sentences whole', async () => {
    const s = await score(
      await variant('criterion', { rules: { 'Thứ tự ưu tiên khi bằng điểm': 'Điểm tiêu chí 2.2; Điểm tiêu chí II.1' } }),
    );
    expect(s.code).toBe(0);
    expect(s.row(VKS).reasons[0]).toBe(
      `Bằng tổng điểm (100,00) với ${BP}, bằng Điểm tiêu chí 2.2 (9,5); xếp trên nhờ Điểm tiêu chí II.1: 10 so với 9,5.`,
    );
    // The Court and Civil Judgment Enforcement are equal on both criteria, across the last Certificate: the meeting's.
    expect(s.row('Tòa án nhân dân tỉnh').reasons[0]).toBe(
      'Bằng tổng điểm (98,00) với Cục Thi hành án dân sự tỉnh, bằng Điểm tiêu chí 2.2 (9,5) và Điểm tiêu chí II.1 (10); Hội nghị quyết định.',
    );
    expect(s.sheet.join('\n')).toContain('Thứ tự ưu tiên khi bằng điểm: Điểm tiêu chí 2.2; Điểm tiêu chí II.1');
  });

  test('a criterion that does not exist, or is ambiguous, is an error at the rule’s cell', async () => {
    const unknown = await score(await variant('criterion-unknown', { rules: { 'Thứ tự ưu tiên khi bằng điểm': 'Điểm tiêu chí 9.9' } }));
    expect(unknown.code).toBe(2);
    expect(unknown.doc.errors).toEqual([
      { cell: 'Quy tắc!B6', code: 'input.invalid', message: 'Bước ưu tiên "Điểm tiêu chí 9.9": bảng chấm điểm không có tiêu chí 9.9.' },
    ]);
    const ambiguous = await score(await variant('criterion-ambiguous', { rules: { 'Thứ tự ưu tiên khi bằng điểm': 'Điểm tiêu chí 1' } }));
    expect(ambiguous.doc.errors[0].message).toContain('ghi kèm số La Mã của nhóm, ví dụ "Điểm tiêu chí II.1"');
  });

  test('put-forward: with "Có" a unit below the failed leader is set aside; with "Không" it is proposed', async () => {
    const votes = { [CA]: 4 }; // the Police short of 50% of 11; the Military Command has 8
    const yes = await score(await variant('leader-only', { votes }));
    expect(yes.doc.flag).toEqual([]);
    expect(yes.row(BQS).reasons.join(' ')).toContain('chỉ đơn vị xếp hạng cao nhất được đưa ra suy tôn Cờ thi đua');
    expect(yes.sheet.join('\n')).toContain('Chỉ suy tôn đơn vị dẫn đầu: Có (mặc định)');

    const no = await score(await variant('best-passing', { votes, rules: { 'Chỉ suy tôn đơn vị dẫn đầu': 'Không' } }));
    expect(no.code).toBe(0);
    expect(no.doc.flag).toEqual([BQS]);
    expect(no.row(BQS)).toMatchObject({ proposal: 'flag', votes: 8 });
    expect(no.row(CA).proposal).toBe('merit');
    expect(no.row(CA).reasons.join(' ')).toContain('chưa đạt tỷ lệ trên 50%');
    expect(no.sheet.join('\n')).toContain('Chỉ suy tôn đơn vị dẫn đầu: Không');
  });
});
