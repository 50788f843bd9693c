import { scoreBloc } from '../../src/domain/engine';
import { thresholdText } from '../../src/domain/explain';
import type { Bloc } from '../../src/domain/model';
import {
  BLANK,
  BLANK_DATE,
  BLANK_SHORT,
  buildMinutesData,
  groupTitle,
  isPersonName,
  managingBody,
  minutesFileName,
  minutesGaps,
  periodText,
  personName,
  type MinutesData,
  type MinutesRow,
} from '../../src/minutes/data';
import { safeData, safeText } from '../../src/minutes/sanitize';
import { ballotOf } from '../docs/cases';
import { makeBloc, scored } from './fixture';

const BASE = makeBloc().table.self;
const rows = (v: unknown) => v as MinutesRow[];
const texts = (v: unknown) => rows(v).map((r) => `${r.noi_dung}${r.dau_cuoi}`);
const names = (v: unknown) => rows(v).map((r) => r.ten_don_vi);

function noUndefinedOrNull(data: unknown): void {
  expect(JSON.stringify(data)).not.toMatch(/undefined|null|NaN|\[object/);
}

/** Scores with unit `b` equal to unit `a` on every criterion. */
function equal(a: number, b: number): number[][] {
  const scores = BASE.map((r) => [...(r as number[])]);
  scores[b] = [...scores[a]];
  return scores;
}

function withRevote(bloc: Bloc, votes: Record<number, number>): Bloc {
  bloc.ballot!.revote = {
    issued: null,
    returned: null,
    valid: null,
    votes: bloc.units.map((_, u) => votes[u] ?? null),
    against: bloc.units.map(() => null),
  };
  return bloc;
}

/** Every list's last item ends with "."; the others with ";" (lists of sentences: all "."). */
function listsEndWithFullStop(d: MinutesData): void {
  for (const [name, value] of Object.entries(d)) {
    // The legal grounds go on into the bloc's own ("Căn cứ …;"): they end with ";".
    if (!Array.isArray(value) || !value.length || !('dau_cuoi' in value[0]) || name === 'can_cu') continue;
    expect([name, value[value.length - 1].dau_cuoi]).toEqual([name, '.']);
  }
}

describe('the meeting before the vote', () => {
  const { bloc, result } = scored();
  const d = buildMinutesData(bloc, result);

  test('the leading unit is put to the vote, figures stay dotted, nothing claims a vote', () => {
    expect(result.pending.map((p) => p.cause)).toEqual(['awaitingVote', 'afterFlag']);
    noUndefinedOrNull(d);
    listsEndWithFullStop(d);
    expect(d.co_phieu_bau).toBe(false);
    expect(d.co_bo_phieu).toBe(true);
    expect(d.phieu_phat_ra).toBe(BLANK_SHORT);
    expect(d.ket_luan_co).toBe(
      'Căn cứ kết quả chấm điểm, Công an tỉnh (102,50 điểm, xếp thứ nhất) được giới thiệu để Hội nghị bỏ phiếu suy tôn đơn vị dẫn đầu phong trào thi đua của Khối thi đua số 3 năm 2023, đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk.',
    );
    // The leading unit's vote is to fill; a unit on no ballot has no figure.
    expect(d.bang_diem.slice(0, 2).map((r) => [r.ten_don_vi, r.de_nghi, r.so_phieu_so])).toEqual([
      ['Công an tỉnh', 'Cờ thi đua (chờ bỏ phiếu)', BLANK_SHORT],
      ['Thanh tra tỉnh', 'Bằng khen', '—'],
    ]);
  });

  test('Certificates: only those that hold whatever the vote decides; the rest is what the meeting must do', () => {
    expect(names(d.don_vi_bang_khen)).toEqual(['Thanh tra tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']);
    expect(d.ket_luan_bang_khen).toBe(
      'Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho 03 (ba) đơn vị; còn 01 (một) suất chờ Hội nghị quyết định. Các đơn vị được đề nghị gồm:',
    );
    expect(d.co_viec_can_quyet_dinh).toBe(true);
    expect(texts(d.viec_can_quyet_dinh)).toEqual([
      'Bỏ phiếu kín suy tôn Công an tỉnh đề nghị tặng Cờ thi đua (cần đạt số phiếu đồng ý trên 50% tổng số đơn vị thành viên); nếu không đạt, Công an tỉnh được xét đề nghị tặng Bằng khen theo thứ hạng.',
      'Sau khi có kết quả bỏ phiếu Cờ thi đua của Công an tỉnh, xác định 01 (một) suất Bằng khen còn lại cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh.',
    ]);
    // The parts of the minute follow the parts it has: no ineligible unit, so the vote is 2., the conclusion 3.
    expect([d.muc_khong_xet, d.muc_bo_phieu, d.muc_ket_luan, d.muc_quyet_dinh]).toEqual(['', '2', '3', '4']);
  });

  test('the ballot paper lists the leading unit; the count minute has one round of blank figures', () => {
    expect(rows(d.ung_vien)).toEqual([{ stt: '1', ten_don_vi: 'Công an tỉnh', tong_diem: '102,50', hang: '1' }]);
    expect([d.la_phieu_bau_lai, d.co_gioi_han_dong_y, d.so_suat_co]).toEqual([false, false, '01 (một)']);
    const [round] = d.vong_bo_phieu;
    expect(round).toMatchObject({ ten_vong: 'Kết quả bỏ phiếu', phat_ra: BLANK_SHORT, ket_qua: BLANK });
    expect(round.phieu).toEqual([
      {
        stt: '1',
        ten_don_vi: 'Công an tỉnh',
        dong_y: BLANK_SHORT,
        ty_le_dong_y: `${BLANK_SHORT}%`,
        khong_dong_y: BLANK_SHORT,
        ty_le_khong_dong_y: `${BLANK_SHORT}%`,
        dau_cuoi: '.',
      },
    ]);
    expect(d.ket_luan_co_mat).toBe('Có mặt 10/11 đơn vị (90,9%); tỷ lệ tối thiểu từ 2/3 trở lên.');
    expect(d.ket_luan_kiem_phieu).toContain(`đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk: ${BLANK}.`);
  });
});

describe('the vote', () => {
  test('a ballot that passes: only its candidates carry figures, the round that decided is quoted', () => {
    const ballot = ballotOf({ 0: 9, 1: 1 }, [10, 10, 9]);
    ballot.against[0] = 1;
    ballot.against[1] = 8;
    const { bloc, result } = scored({ ballot });
    expect(result.flagOutcome).toBe('proposed');
    const d = buildMinutesData(bloc, result);
    noUndefinedOrNull(d);
    listsEndWithFullStop(d);
    expect(d.ket_luan_co).toBe(
      'Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn Công an tỉnh (102,50 điểm; 9/11 phiếu đồng ý, đạt 81,8%) là đơn vị dẫn đầu phong trào thi đua của Khối thi đua số 3 năm 2023, đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk.',
    );
    expect([d.ten_co, d.ten_bang_khen]).toEqual([
      'Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
    ]);
    expect(d.phieu_khong_hop_le).toBe('01 (một)');
    expect(d.ket_qua_phieu.map((r) => [r.ten_don_vi, r.so_phieu, r.ty_le, r.khong_dong_y])).toEqual([
      ['Công an tỉnh', '09 (chín)', '81,8%', '01 (một)'],
      ['Viện Kiểm sát nhân dân tỉnh', '01 (một)', '9,1%', '08 (tám)'],
    ]);
    const [round] = d.vong_bo_phieu;
    expect(round.ket_qua).toBe('Công an tỉnh được 9/11 phiếu đồng ý (81,8%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.');
    expect(d.don_vi_co).toEqual([
      {
        stt: '1',
        ten_don_vi: 'Công an tỉnh',
        tong_diem: '102,50',
        hang: '1',
        thu_hang: 'thứ nhất',
        so_phieu: '09 (chín)',
        ty_le: '81,8%',
        phieu_ty_le: '9/11 (81,8%)',
        dau_cuoi: '.',
      },
    ]);
    // A Certificate is by rank: no vote figure, even for a unit on the ballot.
    expect(d.don_vi_bang_khen.map((r) => [r.ten_don_vi, r.so_phieu, r.phieu_ty_le])[0]).toEqual(['Thanh tra tỉnh', '—', '—']);
    expect(d.bang_diem.map((r) => r.so_phieu_so)).toEqual(['9', '—', '1', '—', '—', '—', '—', '—', '—', '—', '—']);
    expect(d.co_viec_can_quyet_dinh).toBe(false);
    expect(d.ket_luan_co_mat).toBe('Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu có giá trị.');
  });

  test('short of the threshold: no flag, the top unit leads the Certificate line; a unit below set aside by the rule', () => {
    const { bloc, result } = scored({ ballot: ballotOf({ 0: 4, 1: 6 }, [9, 9, 9]) });
    const d = buildMinutesData(bloc, result);
    expect(result.flag).toEqual([]);
    expect(names(d.don_vi_bang_khen)[0]).toBe('Công an tỉnh');
    expect(d.ket_luan_co).toContain(
      'Công an tỉnh (102,50 điểm, xếp thứ nhất) được 4/11 phiếu đồng ý (36,4%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên.',
    );
    expect(d.ket_luan_co).toContain('Viện Kiểm sát nhân dân tỉnh: được 6/11 phiếu đồng ý (54,5%), nhưng theo quy chế của Khối');
    expect(d.ket_luan_co).toMatch(/Hội nghị không suy tôn đơn vị đề nghị tặng Cờ thi đua năm 2023\.$/);
    expect(d.co_de_nghi_co).toBe(false);
  });

  test('no quorum: the vote held is no result, the vote to hold again is left to fill', () => {
    const present = [true, true, true, true, true, true, false, false, false, false, false];
    const { bloc, result } = scored({ ballot: ballotOf({ 0: 5 }, [6, 6, 6]), present });
    const d = buildMinutesData(bloc, result);
    expect(result.flagOutcome).toBe('noQuorum');
    expect(d.ket_luan_co_mat).toBe(
      'Có mặt 6/11 đơn vị (54,5%), chưa đạt tỷ lệ tối thiểu từ 2/3 trở lên: cuộc bỏ phiếu đã tiến hành không có giá trị, Hội nghị bỏ phiếu lại khi đủ tỷ lệ đơn vị có mặt.',
    );
    // The invalid figures are printed nowhere; the vote to hold has blanks.
    expect(JSON.stringify(d)).not.toMatch(/5\/11|45,5%/);
    expect(d.vong_bo_phieu.map((r) => [r.phat_ra, r.ket_qua])).toEqual([[BLANK_SHORT, BLANK]]);
    expect(d.bang_diem[0].so_phieu_so).toBe(BLANK_SHORT);
    expect(texts(d.viec_can_quyet_dinh)[0]).toMatch(
      /^Cuộc bỏ phiếu đã tiến hành chưa đủ tỷ lệ đơn vị có mặt .* nên không có giá trị: bỏ phiếu kín suy tôn Công an tỉnh/,
    );
    expect(d.ten_don_vi_co).toBe('Công an tỉnh');
    expect(d.so_don_vi_vang_mat).toBe('05 (năm)');
  });
});

describe('ties', () => {
  test('a tie at the top before the vote: a vote between the two, each voter approving at most one', () => {
    const { bloc, result } = scored({ scores: equal(0, 4) });
    const d = buildMinutesData(bloc, result);
    expect(result.merit).toHaveLength(3);
    expect(d.ket_luan_co).toContain(
      'Công an tỉnh (102,50 điểm, xếp thứ nhất) và Thanh tra tỉnh (102,50 điểm, xếp thứ nhất) được giới thiệu',
    );
    expect(d.ten_don_vi_co).toBe(BLANK);
    expect(names(d.ung_vien)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh']);
    expect([d.co_gioi_han_dong_y, d.dong_y_toi_da]).toEqual([true, '01 (một)']);
    expect(d.bang_diem.slice(0, 2).map((r) => r.de_nghi)).toEqual(['Chờ Hội nghị quyết định', 'Chờ Hội nghị quyết định']);
    expect(texts(d.ghi_chu_bang_diem)[0]).toBe(
      'Công an tỉnh và Thanh tra tỉnh bằng tổng điểm (102,50), bằng Điểm nhóm I (59,5), điểm trừ (0) và điểm thưởng (4); Hội nghị quyết định.',
    );
    expect(texts(d.viec_can_quyet_dinh)[0]).toContain('mỗi phiếu đồng ý tối đa 01 (một) đơn vị');
  });

  test('a tie with a ballot: a revote paper between the tied units; the revote settles it and is quoted', () => {
    const bloc = makeBloc({ scores: equal(0, 4), ballot: ballotOf({ 0: 5, 4: 5 }) });
    const before = buildMinutesData(bloc, scoreBloc(bloc));
    expect(before.la_phieu_bau_lai).toBe(true);
    expect(names(before.ung_vien)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh']);
    expect(before.vong_bo_phieu.map((r) => r.ten_vong)).toEqual(['Lần thứ nhất', 'Bỏ phiếu lại (lần thứ hai)']);
    expect(before.vong_bo_phieu[0].ket_qua).toBe(
      'Công an tỉnh và Thanh tra tỉnh bằng điểm sau mọi tiêu chí ưu tiên: Hội nghị bỏ phiếu lại giữa các đơn vị này.',
    );

    withRevote(bloc, { 0: 3, 4: 7 });
    const result = scoreBloc(bloc);
    const d = buildMinutesData(bloc, result);
    expect(result.flag).toEqual([4]);
    expect(result.merit[0]).toBe(0);
    expect(d.ket_luan_co).toContain('Hội nghị thống nhất suy tôn Thanh tra tỉnh (102,50 điểm; bỏ phiếu lại: 7/11 phiếu đồng ý, đạt 63,6%)');
    // The revote settles the tie in the ranking: the winner first, the note says why.
    expect(d.bang_diem.slice(0, 2).map((r) => [r.hang, r.ten_don_vi, r.so_phieu_so])).toEqual([
      ['1', 'Thanh tra tỉnh', '7'],
      ['2', 'Công an tỉnh', '3'],
    ]);
    expect(texts(d.ghi_chu_bang_diem)[0]).toContain('Thanh tra tỉnh xếp trên nhờ kết quả bỏ phiếu lại: 7/11 so với 3/11.');
    expect(d.co_bo_phieu_lai).toBe(true);
    const [first, second] = d.vong_bo_phieu;
    expect([first.ten_vong, second.ten_vong]).toEqual(['Lần thứ nhất', 'Bỏ phiếu lại (lần thứ hai)']);
    expect(second).toMatchObject({ phat_ra: '10 (mười)', hop_le: '10 (mười)' }); // the first round's figures
    // In the ranking's order: the revote's winner ranks above the unit it was tied with.
    expect(names(second.phieu)).toEqual(['Thanh tra tỉnh', 'Công an tỉnh']);
    expect(second.ket_qua).toBe(
      'Thanh tra tỉnh được 7/11 phiếu đồng ý (63,6%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên. Công an tỉnh được 3/11 phiếu đồng ý (27,3%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên.',
    );
    expect(d.co_viec_can_quyet_dinh).toBe(false);
  });

  test('a tie-break that decides an award is written in the notes and the conclusion, as whole sentences with both values', () => {
    const ballot = ballotOf({ 0: 9 });
    const scores = BASE.map((r) => [...(r as number[])]);
    // Biên phòng (97,50, 4th Certificate) and Tòa án (95,50 -> 97,50) equal on total; group I decides.
    scores[2] = [19.5, 19.5, 19.5, 18, 19, 2, 0];
    const { bloc, result } = scored({ ballot, scores });
    const d = buildMinutesData(bloc, result);
    const pair = result.tieBreaks.find((p) => [p.upper, p.lower].includes(2))!;
    expect(pair.decidedBy?.step.kind).toBe('group');
    expect(d.co_phan_dinh).toBe(true);
    const sentence = texts(d.phan_dinh)[0];
    expect(sentence).toMatch(
      /^Tòa án nhân dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh bằng tổng điểm \(97,50\).*; Tòa án nhân dân tỉnh xếp trên nhờ Điểm nhóm I: 58,5 so với 57\.$/,
    );
    expect(texts(d.ghi_chu_bang_diem)).toContain(sentence);
    const ref = d.ghi_chu_bang_diem.find((r) => `${r.noi_dung}${r.dau_cuoi}` === sentence)!.ky_hieu;
    expect(d.bang_diem.find((r) => r.ten_don_vi === 'Tòa án nhân dân tỉnh')!.ghi_chu).toContain(ref);
  });

  test('a tie across the last Certificate place is left to the meeting, never settled', () => {
    const { bloc, result } = scored({ scores: equal(7, 2), ballot: ballotOf({ 0: 9 }) });
    const d = buildMinutesData(bloc, result);
    expect(result.merit).toHaveLength(3);
    expect(d.ket_luan_bang_khen).toContain('cho 03 (ba) đơn vị; còn 01 (một) suất chờ Hội nghị quyết định.');
    expect(texts(d.viec_can_quyet_dinh)[0]).toBe(
      'Quyết định 01 (một) suất Bằng khen cuối cùng giữa Tòa án nhân dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh (bằng điểm sau mọi tiêu chí ưu tiên).',
    );
  });
});

describe('what else the minutes hold', () => {
  test('ineligible units: listed with the reason, kept in the table with a note', () => {
    const { bloc, result } = scored({ ineligible: { 0: 'Có cán bộ lãnh đạo bị kỷ luật.' } });
    const d = buildMinutesData(bloc, result);
    expect(rows(d.don_vi_khong_xet)).toEqual([
      { stt: '1', ten_don_vi: 'Công an tỉnh', ly_do: 'Có cán bộ lãnh đạo bị kỷ luật', dau_cuoi: '.' },
    ]);
    expect(rows(d.bang_diem)[0]).toMatchObject({ ten_don_vi: 'Công an tỉnh', hang: '1', ghi_chu: '(1)', de_nghi: '' });
    expect(texts(d.ghi_chu_bang_diem)).toEqual(['Công an tỉnh không được xét khen thưởng: Có cán bộ lãnh đạo bị kỷ luật.']);
    expect(d.ket_luan_co).toContain('Thanh tra tỉnh (99,50 điểm, xếp thứ hai)');
  });

  test('no eligible unit', () => {
    const ineligible = Object.fromEntries(BASE.map((_, i) => [i, 'Không ký giao ước']));
    const { bloc, result } = scored({ ineligible });
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toBe('Không có đơn vị đủ điều kiện đề nghị tặng Cờ thi đua năm 2023.');
    expect(d.ket_luan_bang_khen).toBe('Không có đơn vị đủ điều kiện đề nghị tặng Bằng khen.');
  });

  test('scores per group and the groups, for the annex', () => {
    const { bloc, result } = scored();
    const d = buildMinutesData(bloc, result);
    expect(rows(d.bang_diem)[0]).toMatchObject({
      diem_nhom_1: '59,50',
      diem_nhom_2: '39,00',
      diem_nhom_3: '',
      diem_nhom_8: '',
      diem_cac_nhom: 'I: 59,50; II: 39,00',
    });
    expect(rows(d.nhom).map((g) => [g.so_la_ma, g.loai, g.diem_chuan])).toEqual([
      ['I', 'thường', '60'],
      ['II', 'thường', '40'],
      ['III', 'thưởng', '5'],
      ['IV', 'trừ', '5'],
    ]);
    expect(groupTitle('Điểm thưởng (tối đa 5 điểm)')).toBe('Điểm thưởng');
  });

  test('the next head and deputy: "thống nhất đề nghị", never "bầu"', () => {
    const { bloc, result } = scored();
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_khoi_truong).toBe(
      'Hội nghị thống nhất đề nghị Thanh tra tỉnh làm Khối trưởng và Trại giam Đắk Tân làm Khối phó Khối thi đua số 3 năm 2024.',
    );
    expect(JSON.stringify(d)).not.toMatch(/thống nhất bầu/);
  });

  test('what the workbook lacks becomes a dotted blank, never undefined or null', () => {
    const bloc = makeBloc({ meetingDate: null, meetingPlace: null, nextHead: null, present: BASE.map(() => false) });
    Object.assign(bloc.info, { chair: null, secretary: null, head: null, deputy: null, year: null, province: '' });
    bloc.units[3] = { ...bloc.units[3], representative: null, title: null };
    const { result } = scored();
    const d = buildMinutesData(bloc, {
      ...result,
      nextHead: { unit: 'Tòa án nhân dân tỉnh', suggested: true },
      nextDeputy: { unit: null, suggested: true },
    });
    noUndefinedOrNull(d);
    expect(d.ngay_hop).toBe(BLANK_DATE);
    expect(d.dia_danh_ngay).toBe(`${BLANK_SHORT}, ${BLANK_DATE}`);
    expect(d.dia_danh_ngay_lap).toBe(`${BLANK_SHORT}, ngày ${BLANK_SHORT} tháng ${BLANK_SHORT} năm ${BLANK_SHORT}`);
    expect(d.chu_tri_ho_ten).toBe(BLANK);
    expect(d.khoi_truong).toBe(BLANK);
    expect(d.ky_danh_gia).toBe(`năm ${BLANK_SHORT}`);
    // A rotation suggestion is not a decision: the minute leaves it blank.
    expect(d.khoi_truong_nam_sau).toBe(BLANK);
    expect(d.khoi_pho_nam_sau).toBe(BLANK);
    expect(d.so_don_vi_co_mat).toBe(BLANK_SHORT);
    expect(d.ket_luan_co_mat).toBe(`Số đơn vị có mặt: ${BLANK_SHORT}/11 (tỷ lệ tối thiểu từ 2/3 trở lên).`);
    expect(rows(d.don_vi)[3]).toMatchObject({ dai_dien: BLANK, chuc_vu: BLANK, co_mat: BLANK_SHORT });
    expect(d.so_ban).toBe(BLANK_SHORT);
    for (const [k, value] of Object.entries(d)) {
      // Empty by design: a role a unit does not have, no limit on approvals, parts the minute does not have.
      const mayBeEmpty = [
        'ben_giao_kiem',
        'ben_nhan_kiem',
        'dong_y_toi_da',
        'muc_khong_xet',
        'muc_bo_phieu',
        'muc_quyet_dinh',
        'ket_luan_so_ket',
      ];
      if (typeof value === 'string' && !mayBeEmpty.includes(k)) expect([k, value.trim()]).not.toEqual([k, '']);
    }
  });
});

describe('the handover', () => {
  test('outgoing and incoming head and deputy; the outgoing deputy who receives signs once', () => {
    const { bloc, result } = scored(); // deputy Thanh tra tỉnh is next year's head
    const d = buildMinutesData(bloc, result);
    expect(d.ben_nhan_kiem).toBe(', đồng thời là đơn vị Khối phó năm 2023');
    expect(rows(d.chung_kien)).toEqual([
      {
        vai_tro: 'Đơn vị Khối phó năm 2024',
        ten_don_vi: 'Trại giam Đắk Tân',
        dai_dien: 'Bùi Văn Khánh',
        chuc_vu: 'Phó Giám thị',
        dau_cuoi: '.',
      },
    ]);
    const signers = rows(d.chu_ky_ban_giao)
      .flatMap((r) => [r.trai_vai_tro, r.phai_vai_tro])
      .filter(Boolean) as string[];
    expect(signers).toEqual([
      'ĐẠI DIỆN BÊN GIAO\nCÔNG AN TỈNH',
      'ĐẠI DIỆN BÊN NHẬN\nTHANH TRA TỈNH',
      'ĐƠN VỊ KHỐI PHÓ NĂM 2024\nTRẠI GIAM ĐẮK TÂN',
      'ĐẠI DIỆN\nBAN THI ĐUA - KHEN THƯỞNG\nTỈNH ĐẮK LẮK',
    ]);
    expect(d.khoi_pho_nam_sau).toBe('Trại giam Đắk Tân');
  });

  test('four different units: each signs once, the outgoing deputy and next deputy witness', () => {
    const bloc = makeBloc();
    bloc.info.deputy = 'Sở Tư pháp';
    const d = buildMinutesData(bloc, scoreBloc(bloc));
    expect(d.ben_nhan_kiem).toBe('');
    expect(rows(d.chung_kien).map((r) => [r.vai_tro, r.ten_don_vi, r.dau_cuoi])).toEqual([
      ['Đơn vị Khối phó năm 2023', 'Sở Tư pháp', ';'],
      ['Đơn vị Khối phó năm 2024', 'Trại giam Đắk Tân', '.'],
    ]);
    expect(rows(d.chu_ky_ban_giao)).toHaveLength(3); // 5 signatures, two a row
  });

  test('names without honorifics; a value that is not a name becomes a dotted blank', () => {
    const bloc = makeBloc();
    bloc.units[0].representative = 'Bà Nguyễn Thị Hoa';
    bloc.units[4].representative = 'Đồng chí đại diện';
    bloc.units[8].representative = 'Đại diện lãnh đạo Trại giam';
    bloc.info.chair = 'Ông Nguyễn Văn An, Phó Giám đốc Công an tỉnh';
    bloc.info.secretary = 'Cán bộ Văn phòng';
    const d = buildMinutesData(bloc, scoreBloc(bloc));
    expect(d.khoi_truong_dai_dien).toBe('Nguyễn Thị Hoa');
    expect(d.khoi_truong_nam_sau_dai_dien).toBe(BLANK);
    expect(rows(d.chung_kien)[0].dai_dien).toBe(BLANK);
    expect(rows(d.chu_ky_ban_giao)[0]).toMatchObject({ trai_ho_ten: 'Nguyễn Thị Hoa', phai_ho_ten: BLANK });
    expect(d.chu_tri).toBe('Nguyễn Văn An, Phó Giám đốc Công an tỉnh');
    expect(d.chu_tri_ho_ten).toBe('Nguyễn Văn An');
    expect([d.thu_ky, d.thu_ky_ho_ten]).toEqual([BLANK, BLANK]);
    expect(rows(d.don_vi_co_mat)[0].dai_dien).toBe('Nguyễn Thị Hoa');
    expect(JSON.stringify(d)).not.toMatch(/\b(Bà|Ông) Nguyễn/);
  });
});

describe('helpers', () => {
  test('period, thresholds, managing body', () => {
    expect(periodText('Năm', 2023)).toBe('năm 2023');
    expect(periodText('6 tháng đầu năm', 2024)).toBe('6 tháng đầu năm 2024');
    expect(periodText('', 2024)).toBe('năm 2024');
    expect(thresholdText({ op: '>=', fraction: 2 / 3, text: '2/3' }, 'vi')).toBe('từ 2/3 trở lên');
    expect(managingBody('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe('UBND TỈNH ĐẮK LẮK');
    expect(managingBody('Ban Thi đua - Khen thưởng tỉnh')).toBe('BAN THI ĐUA - KHEN THƯỞNG TỈNH');
  });

  test.each([
    ['Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh', 'Nguyễn Văn A'],
    ['đồng chí Lường Văn Sương - Cục trưởng Cục thi hành án dân sự tỉnh', 'Lường Văn Sương'],
    ['Đại tá Đỗ Quang Thấm, Chính ủy', 'Đại tá Đỗ Quang Thấm'],
    ['Bà Vũ Thị Mai', 'Vũ Thị Mai'],
    ['Ông Y Tlang Niê', 'Y Tlang Niê'],
    ['TS. Lê Văn Hòa', 'TS. Lê Văn Hòa'],
    ['Đồng chí đại diện', null],
    ['Cán bộ thi đua', null],
    ['Đại diện lãnh đạo Sở Tư pháp', null],
    ['Phó Giám đốc', null],
    ['x', null],
    [null, null],
  ])('personName(%j) = %j', (text, name) => {
    expect(personName(text)).toBe(name);
  });

  test('isPersonName', () => {
    expect(isPersonName('Nguyễn Văn An')).toBe(true);
    expect(isPersonName('Thượng tá Bùi Quang Vinh')).toBe(true);
    expect(isPersonName('Công an tỉnh')).toBe(false);
    expect(isPersonName('Nguyễn Văn 3')).toBe(false);
  });

  test('file names', () => {
    const bloc = makeBloc();
    expect(minutesFileName('nomination', bloc)).toBe('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx');
    expect(minutesFileName('count', bloc)).toBe('Bien-ban-kiem-phieu-Khoi-thi-dua-so-3-2023.docx');
    bloc.info.year = null;
    bloc.info.name = '';
    expect(minutesFileName('handover', bloc)).toBe('Bien-ban-ban-giao-Khoi-thi-dua.docx');
  });

  test('gaps: what to complete in the workbook, with the rotation suggestion', () => {
    const { bloc, result } = scored({ nextHead: null, meetingPlace: null });
    const gaps = minutesGaps(bloc, result).map((g) => g.vi);
    expect(gaps).toContain('Địa điểm (trang Thông tin)');
    expect(gaps).toContain('Kết quả bỏ phiếu (trang Phiếu bầu)');
    expect(gaps.find((g) => g.startsWith('Khối trưởng năm sau'))).toBe(
      'Khối trưởng năm sau (trang Thông tin); theo thứ tự luân phiên là Viện Kiểm sát nhân dân tỉnh',
    );
  });
});

describe('text from a workbook is made safe for the documents', () => {
  test('control characters go, line breaks stay, tabs stay', () => {
    expect(safeText('Công an\u0001 tỉnh')).toBe('Công an tỉnh');
    expect(safeText('A\u000bB\r\nC\rD\fE')).toBe('A\nB\nC\nD\nE');
    expect(safeText('a\tb\u0000\u001f\ufffe\uffff')).toBe('a\tb');
    expect(safeText('x\ud800y\udc00z 😀')).toBe('xyz 😀');
    expect(safeText('_x0001_ stays literal')).toBe('_x0001_ stays literal');
  });

  test('deeply, in lists and nested lists', () => {
    const data = safeData({ a: 'x\u0002', b: true, c: [{ d: 'y\u000b', e: [{ f: 'z\u0003' }] }] });
    expect(data).toEqual({ a: 'x', b: true, c: [{ d: 'y\n', e: [{ f: 'z' }] }] });
  });
});
