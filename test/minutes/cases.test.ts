// Every document of the meetings blocs hold (test/docs/cases.ts), read back from the .docx: what a secretary signs.
// Only candidates carry vote figures; a vote not held or without quorum is left to fill and makes no dossier; a sơ
// kết has its minute and the handover of the next hosting only; a decisive revote is quoted with its round; a Cụm's
// words are a Cụm's; the grounds and the report form follow the meeting date; a criterion decides a tie in a whole
// sentence. The LibreOffice suite (test/docs) renders the same cases.

import { scoreBloc } from '../../src/domain/engine';
import { isBxtdError } from '../../src/domain/errors';
import { dossierRefusal, makeDossier, makeMinutesDocuments, type MadeDocument } from '../../src/minutes/documents';
import { docxPreview, previewText } from '../../src/minutes/preview';
import { CASES, type Case } from '../docs/cases';

/** The text of each document of a case (its minutes, and its dossier when it has one), by kind ("report:<unit>"). */
async function documents(c: Case): Promise<{ docs: Record<string, string>; dossier: boolean }> {
  const made: MadeDocument[] = await makeMinutesDocuments(c.bloc, c.result, {}, c.issues);
  const dossier = await makeDossier(c.bloc, c.result, {}, c.issues);
  if (dossier.ok) made.push(...dossier.documents.filter((d) => !made.some((m) => m.fileName === d.fileName)));
  const docs: Record<string, string> = {};
  for (const d of made) docs[d.unit ? `${d.kind}:${d.unit}` : d.kind] = previewText(docxPreview(d.bytes)).normalize('NFC');
  return { docs, dossier: dossier.ok };
}

const all = (docs: Record<string, string>) => Object.values(docs).join('\n');

describe('the documents a secretary signs, case by case', () => {
  test('a ballot as Lập sổ leaves it: the vote is to hold, every figure blank, no dossier', async () => {
    const c = CASES.blankBallot();
    const { docs, dossier } = await documents(c);
    expect(Object.keys(docs)).toEqual(['nomination', 'handover', 'ballot', 'count']);
    expect(dossier).toBe(false);
    expect(all(docs)).not.toMatch(/tính là 0|(^|[^\d])0\/11|(^|[^\d,])0%/);
    expect(docs.nomination).toContain('- Công an tỉnh: …… phiếu đồng ý (……% tổng số đơn vị thành viên), …… phiếu không đồng ý.');
    expect(docs.nomination).toMatch(/Công an tỉnh\s+\| 4,00 \| 0,00 \| 102,50 \| 1 \| …… \| Cờ thi đua \(chờ bỏ phiếu\)/);
    expect(docs.nomination).toMatch(/Thanh tra tỉnh\s+\| 3,50 \| 0,00 \| 99,50 \| 2 \| — \| Bằng khen/);
    expect(docs.nomination).toMatch(/Những việc Hội nghị còn phải quyết định\n- Bỏ phiếu kín suy tôn Công an tỉnh đề nghị tặng Cờ thi đua/);
    expect(docs.nomination).toContain('Kết quả: \t');
    // The ballot paper lists exactly the unit the count will count.
    expect(docs.ballot).toMatch(
      /TT \| Tên đơn vị \| Tổng điểm \| Xếp hạng \| Đồng ý \| Không đồng ý\n1 \| Công an tỉnh \| 102,50 \| 1 \| {2}\| \n/,
    );
    expect(docs.count).toContain('1 | Công an tỉnh | …… | ……% | …… | ……%');
    const refusal = dossierRefusal(c.bloc, c.result);
    expect(isBxtdError(refusal) && refusal.code).toBe('documents.pending');
  });

  test('only the candidate on the ballot: the Certificates go by rank, with no vote figure anywhere', async () => {
    const { docs } = await documents(CASES.candidateOnly());
    expect(docs.nomination).toContain('- Công an tỉnh: 09 (chín) phiếu đồng ý (81,8% tổng số đơn vị thành viên), …… phiếu không đồng ý.');
    expect(docs.nomination).not.toMatch(/Thanh tra tỉnh[^\n]*phiếu/);
    expect(docs.proposal).toContain('1 | Công an tỉnh | 102,50 | 1 | 9/11 (81,8%)');
    expect(docs.proposal).toContain('TT | Tên đơn vị | Tổng điểm | Xếp hạng\n1 | Thanh tra tỉnh | 99,50 | 2');
    expect(docs['report:Thanh tra tỉnh']).toContain('(99,50 điểm, xếp thứ hai/11 đơn vị).');
    for (const [kind, text] of Object.entries(docs)) {
      if (kind.startsWith('report:') && kind !== 'report:Công an tỉnh')
        expect([kind, text]).not.toEqual([kind, expect.stringContaining('phiếu')]);
    }
    expect(docs.annex).toMatch(/Thanh tra tỉnh \| [^\n]* \| 2 \| — \| — \| Bằng khen/);
    expect(docs.count).toContain('1 | Công an tỉnh | 09 (chín) | 81,8% | …… | ……%');
    expect(docs.count).not.toContain('Thanh tra tỉnh');
  });

  test('a vote without quorum: no result — its figures nowhere, the vote to hold again left blank, no dossier', async () => {
    const c = CASES.noQuorum();
    const { docs, dossier } = await documents(c);
    expect(dossier).toBe(false);
    expect(all(docs)).not.toMatch(/5\/11|45,5%|05 \(năm\) phiếu/);
    expect(docs.nomination).toContain(
      'Có mặt 6/11 đơn vị (54,5%), chưa đạt tỷ lệ tối thiểu từ 2/3 trở lên: cuộc bỏ phiếu đã tiến hành không có giá trị',
    );
    expect(docs.count).toContain('1 | Công an tỉnh | …… | ……% | …… | ……%');
    expect(docs.count).toContain(`III. KẾT LUẬN\nCăn cứ kết quả kiểm phiếu, đơn vị được suy tôn dẫn đầu phong trào thi đua năm 2023`);
    expect(dossierRefusal(c.bloc, c.result)?.code).toBe('documents.pending');
  });

  test('a half-year review: the minute ranks, proposes nothing; the handover is of the next hosting; no dossier', async () => {
    const c = CASES.halfYear();
    const { docs, dossier } = await documents(c);
    expect(Object.keys(docs)).toEqual(['nomination', 'handover']);
    expect(dossier).toBe(false);
    const refusal = dossierRefusal(c.bloc, c.result)!;
    expect([refusal.code, refusal.text.vi]).toEqual([
      'documents.interim',
      'Không lập hồ sơ đề nghị khen thưởng: hội nghị sơ kết chỉ xếp hạng, không xét khen thưởng.',
    ]);
    expect(docs.nomination).toContain('BIÊN BẢN\nHội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024\nKhối thi đua số 3');
    expect(docs.nomination).toContain('TT | Đơn vị | Điểm thưởng | Điểm trừ | Tổng điểm | Xếp hạng\n');
    expect(docs.nomination).toContain(
      '2. Kết luận\nHội nghị thống nhất kết quả chấm điểm, xếp hạng thi đua 6 tháng đầu năm 2024 của các đơn vị thành viên như bảng trên; hội nghị sơ kết không xét khen thưởng. Hội nghị thống nhất Sở Tư pháp đăng cai tổ chức hội nghị kỳ tiếp theo.',
    );
    expect(docs.nomination).not.toMatch(/Cờ thi đua|Bằng khen|phiếu|Khối trưởng, Khối phó năm/);
    expect(docs.handover).toContain('Bàn giao đăng cai tổ chức hội nghị kỳ tiếp theo\ncủa Khối thi đua số 3');
    expect(docs.handover).toContain('II. BÊN NHẬN: Sở Tư pháp (đơn vị đăng cai tổ chức hội nghị kỳ tiếp theo).');
    expect(docs.handover).not.toMatch(/năm 2025/);
  });

  test('a decisive revote: the winner first, the note and the conclusion quote the round that decided', async () => {
    const { docs } = await documents(CASES.revote());
    expect(docs.nomination).toContain('Thanh tra tỉnh và Công an tỉnh bằng tổng điểm (102,50), bằng số phiếu bầu (5 phiếu)');
    expect(docs.nomination).toContain('Thanh tra tỉnh xếp trên nhờ kết quả bỏ phiếu lại: 6/11 so với 3/11.');
    expect(docs.nomination).toContain(
      'Hội nghị thống nhất suy tôn Thanh tra tỉnh (102,50 điểm; bỏ phiếu lại: 6/11 phiếu đồng ý, đạt 54,5%)',
    );
    expect(docs.count).toContain('Lần thứ nhất');
    expect(docs.count).toContain(
      'Thanh tra tỉnh và Công an tỉnh bằng điểm sau mọi tiêu chí ưu tiên: Hội nghị bỏ phiếu lại giữa các đơn vị này.',
    );
    expect(docs.count).toContain('Bỏ phiếu lại (lần thứ hai)');
    expect(docs.proposal).toContain('1 | Thanh tra tỉnh | 102,50 | 1 | 6/11 (54,5%)');
    expect(docs['report:Thanh tra tỉnh']).toContain('bỏ phiếu lại: 6/11 phiếu đồng ý, đạt 54,5%');
    // The revote's paper: each voter approves at most one of the two.
    expect(docs.ballot).toContain('(Bỏ phiếu lại)');
  });

  test('a tie before the vote: the paper holds both, each voter approving at most one', async () => {
    const { docs } = await documents(CASES.tieBeforeVote());
    expect(docs.ballot).toMatch(/1 \| Công an tỉnh \| 102,50 \| 1 \| {2}\| \n2 \| Thanh tra tỉnh \| 102,50 \| 1 \| {2}\| \n/);
    expect(docs.ballot).toContain('- Mỗi phiếu đồng ý tối đa 01 (một) đơn vị; phiếu đồng ý nhiều hơn số đơn vị này là phiếu không hợp lệ;');
    expect(docs.nomination).toContain(
      'Công an tỉnh và Thanh tra tỉnh bằng tổng điểm (102,50), bằng Điểm nhóm I (59,5), điểm trừ (0) và điểm thưởng (4); Hội nghị quyết định.',
    );
  });

  test('a Cụm: Cụm trưởng, CTĐ, quy chế của Cụm, TM. CỤM THI ĐUA / CỤM TRƯỞNG — never a Khối', async () => {
    const { docs } = await documents(CASES.cum());
    const text = all(docs);
    expect(text).not.toMatch(/Khối|KHỐI|KTĐ/);
    expect(docs.nomination).toContain('Số: ……/BB-CTĐ');
    expect(docs.nomination).toContain('Theo quy chế của Cụm, kết quả bỏ phiếu');
    expect(docs.nomination).toContain('c) Cụm trưởng, Cụm phó năm 2024: Hội nghị thống nhất đề nghị Thanh tra tỉnh làm Cụm trưởng');
    expect(docs.proposal).toContain('Số: ……/TTr-CTĐ');
    expect(docs.proposal).toContain('| TM. CỤM THI ĐUA SỐ 2 CỤM TRƯỞNG GIÁM ĐỐC CÔNG AN TỈNH (Ký, ghi rõ họ tên, đóng dấu)');
    expect(docs.proposal).toContain('- Lưu: VT, CTĐ.');
    expect(docs.handover).toContain('Bàn giao nhiệm vụ Cụm trưởng Cụm thi đua số 2 năm 2024');
  });

  test('the legal frame follows the meeting date: 2003 law with Decree 91/2017, 2022 law with 98/2023, then 152/2025', async () => {
    const before = await documents(CASES.law2003());
    expect(before.docs.proposal).toContain(
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
    );
    expect(before.docs.proposal).toContain('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ');
    expect(all(before.docs)).not.toMatch(/ngày 15 tháng 6 năm 2022|98\/2023|152\/2025/);
    expect(before.docs['report:Công an tỉnh']).toMatch(/^Mẫu số 01 - Nghị định số 91\/2017\/NĐ-CP\n/);

    const between = await documents(CASES.candidateOnly()); // meeting 09/01/2024
    expect(between.docs.proposal).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
    expect(between.docs.proposal).toContain('Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ');
    expect(between.docs['report:Công an tỉnh']).toMatch(/^Mẫu số 02, Phụ lục I - Nghị định số 98\/2023\/NĐ-CP\n/);

    const after = await documents(CASES.decree152());
    expect(after.docs.proposal).toContain(
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền',
    );
    expect(after.docs.proposal).not.toContain('98/2023');
    // The number of Decree 152/2025's form is not printed (see legal.ts); the form's parts are.
    expect(after.docs['report:Công an tỉnh']).toMatch(/^…+ /);
    expect(after.docs['report:Công an tỉnh']).toContain('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
  });

  test('a bloc’s own Căn cứ rows replace the grounds, in order', async () => {
    const { docs } = await documents(CASES.ownGrounds());
    expect(docs.proposal).toContain(
      'Căn cứ Quyết định số 354/QĐ-UBND ngày 12/3/2018 của Ủy ban nhân dân tỉnh;\nCăn cứ Kế hoạch số 20/KH-KTĐ ngày 15/02/2023 của Khối;\nCăn cứ Quy chế tổ chức và hoạt động của Khối thi đua số 3;',
    );
    expect(docs.proposal).not.toContain('Luật Thi đua');
  });

  test('a tie broken by a criterion: the note says which criterion, with both values, as a whole sentence', async () => {
    const { docs } = await documents(CASES.criterion());
    expect(docs.nomination).toContain(
      'Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Bộ Chỉ huy Quân sự tỉnh bằng tổng điểm (98,00); Bộ Chỉ huy Bộ đội Biên phòng tỉnh xếp trên nhờ Điểm tiêu chí I.2: 19,5 so với 19.',
    );
  });

  test('the engine’s warning about a printed figure is in the minute’s notes', async () => {
    const c = CASES.candidateOnly();
    c.issues.push({
      severity: 'warning',
      sheet: 'Chấm điểm',
      cell: 'E9',
      topic: 'printedFigure',
      message: { vi: 'Tổng nhóm I ghi 58 nhưng tổng các tiêu chí là 59,5', en: 'Group I total 58, criteria sum 59.5' },
    });
    const { docs } = await documents(c);
    expect(docs.nomination).toMatch(/\(\d\) Ô Chấm điểm!E9: Tổng nhóm I ghi 58 nhưng tổng các tiêu chí là 59,5\./);
    expect(docs.annex).toContain('Ô Chấm điểm!E9: Tổng nhóm I ghi 58');
  });

  test('every document: "Vắng mặt: không" when all attend, counts as "01 (một)", names under every signature', async () => {
    const c = CASES.candidateOnly();
    for (const u of c.bloc.units) u.present = true;
    const { docs } = await documents({ ...c, result: scoreBloc(c.bloc) });
    expect(docs.nomination).toContain('\nVắng mặt: không.\n');
    expect(all(docs)).not.toMatch(/\(\d+ suất\)|\b1 suất/);
    // The count minute's committee sign over name lines.
    expect(docs.count).toMatch(/THÀNH VIÊN \(Ký, ghi rõ họ tên\)\s+…{10,} \| TRƯỞNG BAN KIỂM PHIẾU \(Ký, ghi rõ họ tên\)\s+…{10,}/);
    expect(docs.nomination).toContain('Nơi nhận: - Các đơn vị thành viên Khối thi đua số 3; - Lưu: VT, hồ sơ. |');
  });
});
