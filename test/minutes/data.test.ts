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
import { makeBallot, makeBloc, scored } from './fixture';

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
    if (!Array.isArray(value) || !value.length || !('dau_cuoi' in value[0])) continue;
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
    expect(d.phieu_phat_ra).toBe(BLANK_SHORT);
    expect(d.ket_luan_co).toContain('Công an tỉnh (102,50 điểm, xếp thứ nhất) được giới thiệu để Hội nghị bỏ phiếu suy tôn');
    expect(d.ket_luan_co).toContain(`Kết quả bỏ phiếu: ${BLANK_SHORT} phiếu đồng ý trên tổng số 11 đơn vị thành viên`);
    expect(d.ket_luan_co).not.toContain('thống nhất suy tôn');
    expect(rows(d.bang_diem)[0]).toMatchObject({
      hang: '1',
      ten_don_vi: 'Công an tỉnh',
      tong_diem: '102,50',
      de_nghi: 'Cờ thi đua (chờ bỏ phiếu)',
      so_phieu: BLANK_SHORT,
    });
  });

  test('Certificates: only those that hold whatever the vote decides; the rest is what the meeting must do', () => {
    expect(names(d.don_vi_bang_khen)).toEqual(['Thanh tra tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']);
    expect(d.ket_luan_bang_khen).toBe(
      'Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk cho 03 (ba) đơn vị (01 (một) suất còn lại chờ Hội nghị quyết định, xem mục 5), gồm:',
    );
    expect(d.co_viec_can_quyet_dinh).toBe(true);
    expect(texts(d.viec_can_quyet_dinh)[0]).toMatch(
      /^Chưa có kết quả bỏ phiếu: Công an tỉnh được đề nghị Cờ thi đua, chờ Hội nghị bỏ phiếu suy tôn/,
    );
    expect(texts(d.viec_can_quyet_dinh)[1]).toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh được đề nghị nếu các suất này còn');
  });

  test('the ballot paper lists the leading unit; the count minute has one round of blank figures', () => {
    expect(rows(d.ung_vien)).toEqual([{ stt: '1', ten_don_vi: 'Công an tỉnh', tong_diem: '102,50', hang: '1' }]);
    expect(d.la_phieu_bau_lai).toBe(false);
    expect(d.so_suat_co).toBe('01 (một)');
    const [round] = rows(d.vong_bo_phieu);
    expect(round).toMatchObject({ ten_vong: 'Kết quả bỏ phiếu', phat_ra: BLANK_SHORT, ket_qua: BLANK });
    expect(rows(round.phieu)).toEqual([
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
    expect(d.ket_luan_co_mat).toBe('Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên.');
  });
});

describe('the vote', () => {
  test('a ballot that passes: proposed with votes and share, votes against printed, award names in full', () => {
    const ballot = makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10, 10, 9);
    ballot.against = [1, 8, null, null, null, null, null, null, null, null, null];
    const { bloc, result } = scored({ ballot });
    expect(result.flagOutcome).toBe('proposed');
    const d = buildMinutesData(bloc, result);
    noUndefinedOrNull(d);
    listsEndWithFullStop(d);
    expect(d.ket_luan_co).toBe(
      'Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn Công an tỉnh (102,50 điểm; 9/11 phiếu đồng ý, đạt 81,8%) là đơn vị dẫn đầu phong trào thi đua Khối thi đua số 3 năm 2023, đề nghị tặng Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk.',
    );
    expect(d.ten_co).toBe('Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk');
    expect(d.ten_bang_khen).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk');
    expect(d.phieu_khong_hop_le).toBe('01 (một)');
    const line = (name: string) => rows(d.ket_qua_phieu).find((r) => r.ten_don_vi === name)!;
    expect([line('Công an tỉnh'), line('Viện Kiểm sát nhân dân tỉnh')].map((r) => [r.so_phieu, r.ty_le, r.khong_dong_y])).toEqual([
      ['09 (chín)', '81,8%', '01 (một)'],
      ['01 (một)', '9,1%', '08 (tám)'],
    ]);
    const [round] = rows(d.vong_bo_phieu);
    expect(rows(round.phieu)[0]).toMatchObject({
      ten_don_vi: 'Công an tỉnh',
      dong_y: '09 (chín)',
      ty_le_dong_y: '81,8%',
      khong_dong_y: '01 (một)',
      ty_le_khong_dong_y: '9,1%',
    });
    expect(round.ket_qua).toContain('Công an tỉnh được 9/11 phiếu đồng ý (81,8%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên.');
    expect(rows(d.don_vi_co)).toEqual([
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
    expect(d.co_viec_can_quyet_dinh).toBe(false);
    expect(d.ket_luan_co_mat).toBe('Có mặt 10/11 đơn vị (90,9%), đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu có giá trị.');
  });

  test('4 of 9 votes: no flag, the top unit leads the Certificate line, the reason is told', () => {
    const { bloc, result } = scored({ ballot: makeBallot([4, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0], 9, 9, 9) });
    const d = buildMinutesData(bloc, result);
    expect(result.flag).toEqual([]);
    expect(names(d.don_vi_bang_khen)[0]).toBe('Công an tỉnh');
    expect(d.ket_luan_co).toContain(
      'Công an tỉnh (102,50 điểm, xếp thứ nhất) được 4/11 phiếu đồng ý (36,4%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên',
    );
    expect(d.ket_luan_co).toContain('Công an tỉnh được xét đề nghị tặng Bằng khen theo thứ hạng');
    // A unit with enough votes that is not ranked first: why it is not proposed.
    expect(d.ket_luan_co).toContain(
      'Viện Kiểm sát nhân dân tỉnh: được 6/11 phiếu đồng ý (54,5%), nhưng theo quy chế của Khối, chỉ đơn vị xếp hạng cao nhất được đưa ra suy tôn Cờ thi đua.',
    );
    expect(d.ket_luan_co).toContain('Hội nghị không suy tôn đơn vị đề nghị tặng Cờ thi đua');
    expect(d.co_de_nghi_co).toBe(false);
  });

  test('no quorum: says so; the leading unit stays proposed pending a vote with quorum', () => {
    const present = [true, true, true, true, true, true, false, false, false, false, false];
    const { bloc, result } = scored({ ballot: makeBallot([6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 6, 6, 6), present });
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toContain('Số đơn vị có mặt là 6/11, chưa đạt tỷ lệ tối thiểu từ 2/3 trở lên');
    expect(d.ket_luan_co_mat).toBe(
      'Có mặt 6/11 đơn vị (54,5%), chưa đạt tỷ lệ tối thiểu từ 2/3 trở lên: kết quả bỏ phiếu không có giá trị.',
    );
    expect(rows(d.vong_bo_phieu)[0].ket_qua).toContain('kết quả bỏ phiếu không có giá trị');
    expect(d.ten_don_vi_co).toBe('Công an tỉnh');
    expect(d.so_don_vi_vang_mat).toBe('05 (năm)');
  });
});

describe('ties', () => {
  test('a tie at the top before the vote: the meeting votes between the two, the other gets a Certificate', () => {
    const { bloc, result } = scored({ scores: equal(0, 4) });
    const d = buildMinutesData(bloc, result);
    expect(result.merit).toHaveLength(3);
    expect(d.ket_luan_co).toBe(
      'Công an tỉnh và Thanh tra tỉnh bằng điểm (102,50 điểm) sau khi xét các tiêu chí ưu tiên theo quy chế của Khối: Hội nghị bỏ phiếu giữa các đơn vị này để suy tôn 01 (một) đơn vị đề nghị tặng Cờ thi đua; đơn vị không được suy tôn được đề nghị tặng Bằng khen. Kết quả: ………………………….',
    );
    expect(d.ten_don_vi_co).toBe(BLANK);
    expect(names(d.ung_vien)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh']);
    expect(
      rows(d.bang_diem)
        .slice(0, 2)
        .map((r) => r.de_nghi),
    ).toEqual(['Chờ Hội nghị quyết định', 'Chờ Hội nghị quyết định']);
    expect(texts(d.ghi_chu_bang_diem)[0]).toContain('Công an tỉnh bằng tổng điểm (102,50) với Thanh tra tỉnh');
    expect(texts(d.ghi_chu_bang_diem)[0]).toContain('sau mọi tiêu chí ưu tiên của quy chế: Hội nghị quyết định.');
  });

  test('a tie at the top with a ballot: a revote paper between the tied units; the revote table settles it', () => {
    const bloc = makeBloc({ scores: equal(0, 4), ballot: makeBallot([5, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0]) });
    const before = buildMinutesData(bloc, scoreBloc(bloc));
    expect(before.la_phieu_bau_lai).toBe(true);
    expect(names(before.ung_vien)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh']);
    expect(before.ket_luan_co).toContain('Hội nghị bỏ phiếu lại giữa các đơn vị này');
    expect(rows(before.vong_bo_phieu)[0].ket_qua).toContain(
      'Công an tỉnh và Thanh tra tỉnh bằng điểm sau mọi tiêu chí ưu tiên của quy chế: Hội nghị bỏ phiếu lại',
    );

    withRevote(bloc, { 0: 3, 4: 7 });
    const result = scoreBloc(bloc);
    const d = buildMinutesData(bloc, result);
    expect(result.flag).toEqual([4]);
    expect(result.merit[0]).toBe(0);
    expect(d.ket_luan_co).toContain('Hội nghị thống nhất suy tôn Thanh tra tỉnh (102,50 điểm; bỏ phiếu lại: 7/11 phiếu đồng ý, đạt 63,6%)');
    expect(d.co_bo_phieu_lai).toBe(true);
    const [first, second] = rows(d.vong_bo_phieu);
    expect([first.ten_vong, second.ten_vong]).toEqual(['Lần thứ nhất', 'Bỏ phiếu lại (lần thứ hai)']);
    expect(second).toMatchObject({ phat_ra: '10 (mười)', hop_le: '10 (mười)' }); // the first round's figures
    // In the ranking's order: the revote's winner ranks above the unit it was tied with.
    expect(names(second.phieu)).toEqual(['Thanh tra tỉnh', 'Công an tỉnh']);
    expect(second.ket_qua).toBe(
      'Thanh tra tỉnh được 7/11 phiếu đồng ý (63,6%), đạt tỷ lệ trên 50% tổng số đơn vị thành viên. Công an tỉnh được 3/11 phiếu đồng ý (27,3%), chưa đạt tỷ lệ trên 50% tổng số đơn vị thành viên.',
    );
    expect(d.co_viec_can_quyet_dinh).toBe(false);
  });

  test('a tie-break that decides an award is written in the notes and the conclusion, with both values', () => {
    const ballot = makeBallot([9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
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
      /^Tòa án nhân dân tỉnh bằng tổng điểm \(97,50\) với Bộ Chỉ huy Bộ đội Biên phòng tỉnh.*xếp trên nhờ Điểm nhóm I: 58,5 so với 57\.$/,
    );
    expect(texts(d.ghi_chu_bang_diem)).toContain(sentence);
    const ref = rows(d.ghi_chu_bang_diem).find((r) => `${r.noi_dung}${r.dau_cuoi}` === sentence)!.ky_hieu;
    expect(rows(d.bang_diem).find((r) => r.ten_don_vi === 'Tòa án nhân dân tỉnh')!.ghi_chu).toContain(ref as string);
  });

  test('a tie across the last Certificate place is left to the meeting, never settled', () => {
    const { bloc, result } = scored({ scores: equal(7, 2), ballot: makeBallot([9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    const d = buildMinutesData(bloc, result);
    expect(result.merit).toHaveLength(3);
    expect(d.ket_luan_bang_khen).toContain('cho 03 (ba) đơn vị (01 (một) suất còn lại chờ Hội nghị quyết định, xem mục 5)');
    expect(texts(d.viec_can_quyet_dinh)[0]).toContain(
      'Tòa án nhân dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh bằng điểm ở suất Bằng khen cuối cùng',
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
      if (typeof value === 'string' && !['ben_giao_kiem', 'ben_nhan_kiem'].includes(k)) expect([k, value.trim()]).not.toEqual([k, '']);
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
      'ĐẠI DIỆN BAN THI ĐUA - KHEN THƯỞNG TỈNH',
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
