import { thresholdText } from '../../src/domain/explain';
import {
  BLANK,
  BLANK_DATE,
  BLANK_SHORT,
  buildMinutesData,
  managingBody,
  minutesFileName,
  minutesGaps,
  periodText,
  personName,
  type MinutesRow,
} from '../../src/minutes/data';
import { makeBallot, makeBloc, scored } from './fixture';

const BASE = makeBloc().table.self;
const rows = (v: unknown) => v as MinutesRow[];

function noUndefinedOrNull(data: unknown): void {
  const json = JSON.stringify(data);
  expect(json).not.toMatch(/undefined|null|NaN|\[object/);
}

describe('buildMinutesData', () => {
  test('before the vote: the leading unit is put to the vote, vote figures stay dotted', () => {
    const { bloc, result } = scored();
    expect(result.flagOutcome).toBe('pendingVote');
    const d = buildMinutesData(bloc, result);
    noUndefinedOrNull(d);
    expect(d.co_phieu_bau).toBe(false);
    expect(d.phieu_phat_ra).toBe(BLANK_SHORT);
    expect(d.phieu_khong_hop_le).toBe(BLANK_SHORT);
    expect(rows(d.ket_qua_phieu)).toEqual([{ stt: '1', ten_don_vi: 'Công an tỉnh', so_phieu: BLANK_SHORT, ty_le: `${BLANK_SHORT}%` }]);
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
    // Before the vote, the fourth Certificate depends on it (the leading unit keeps one at its rank if it fails).
    expect(d.so_bang_khen).toBe('03 (ba)');
    expect(rows(d.don_vi_bang_khen).map((r) => r.ten_don_vi)).toEqual([
      'Thanh tra tỉnh',
      'Viện Kiểm sát nhân dân tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
    ]);
  });

  test('with a ballot that passes: proposed, with votes and share of all member units', () => {
    const { bloc, result } = scored({ ballot: makeBallot([9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10, 10, 9) });
    expect(result.flagOutcome).toBe('proposed');
    const d = buildMinutesData(bloc, result);
    noUndefinedOrNull(d);
    expect(d.ket_luan_co).toBe(
      'Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn Công an tỉnh (102,50 điểm; 9/11 phiếu đồng ý, đạt 81,8%) là đơn vị dẫn đầu phong trào thi đua Khối thi đua số 3 năm 2023, đề nghị Ủy ban nhân dân tỉnh Đắk Lắk tặng Cờ thi đua.',
    );
    expect(d.ten_don_vi_co).toBe('Công an tỉnh');
    expect(d.phieu_hop_le).toBe('09 (chín)');
    expect(d.phieu_khong_hop_le).toBe('01 (một)');
    // Units with votes and the units put forward, not every unit with zero.
    expect(rows(d.ket_qua_phieu).map((r) => [r.ten_don_vi, r.so_phieu, r.ty_le])).toEqual([
      ['Công an tỉnh', '09 (chín)', '81,8%'],
      ['Viện Kiểm sát nhân dân tỉnh', '01 (một)', '9,1%'],
    ]);
    expect(rows(d.don_vi_co)).toEqual([
      { stt: '1', ten_don_vi: 'Công an tỉnh', tong_diem: '102,50', so_phieu: '09 (chín)', ty_le: '81,8%' },
    ]);
  });

  test('no quorum: says so and proposes nobody', () => {
    const present = [true, true, true, true, true, true, false, false, false, false, false];
    const { bloc, result } = scored({ ballot: makeBallot([6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 6, 6, 6), present });
    expect(result.flagOutcome).toBe('noQuorum');
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toContain('Số đơn vị có mặt là 6/11, chưa đạt tỷ lệ tối thiểu từ 2/3 trở lên');
    expect(d.ket_luan_co).toContain('Hội nghị chưa suy tôn');
    expect(d.ten_don_vi_co).toBe(BLANK);
    expect(d.co_de_nghi_co).toBe(false);
    expect(rows(d.don_vi_co)).toEqual([]);
    expect(d.so_don_vi_co_mat).toBe('06 (sáu)');
    expect(d.so_don_vi_vang_mat).toBe('05 (năm)');
  });

  test('below the vote threshold: the votes are told and a new vote is needed', () => {
    const { bloc, result } = scored({ ballot: makeBallot([5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    expect(result.flagOutcome).toBe('belowThreshold');
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toContain('Công an tỉnh (102,50 điểm, xếp thứ nhất) được 5/11 phiếu đồng ý (45,5%), chưa đạt ngưỡng trên 50%');
    expect(d.ket_luan_co).toContain('cần bỏ phiếu lại');
    expect(d.ket_luan_co).not.toContain('thống nhất suy tôn');
    expect(d.co_de_nghi_co).toBe(false);
  });

  test('unresolved tie at the top: both units named, nobody proposed', () => {
    const scores = BASE.map((r) => [...(r as number[])]);
    scores[4] = [...scores[0]]; // Thanh tra tỉnh equal to Công an tỉnh on every criterion
    const { bloc, result } = scored({ scores });
    expect(result.flagOutcome).toBe('unresolvedTie');
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toContain('Công an tỉnh và Thanh tra tỉnh bằng điểm (102,50 điểm) sau khi xét các tiêu chí ưu tiên');
    expect(d.ten_don_vi_co).toBe(BLANK);
    expect(rows(d.ket_qua_phieu).map((r) => r.ten_don_vi)).toEqual(['Công an tỉnh', 'Thanh tra tỉnh']);
  });

  test('tie across the last Certificate place is told, not settled', () => {
    const scores = BASE.map((r) => [...(r as number[])]);
    scores[2] = [...scores[7]]; // Tòa án equal to Biên phòng, who holds the fourth Certificate place
    const { bloc, result } = scored({ scores });
    const d = buildMinutesData(bloc, result);
    expect(result.merit).toHaveLength(3);
    expect(d.so_bang_khen).toBe('03 (ba)');
    expect(d.ket_luan_bang_khen).toContain('tặng Bằng khen cho 03 (ba) đơn vị dưới đây');
    expect(d.ket_luan_bang_khen).toContain(
      'Tòa án nhân dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh bằng điểm ở suất Bằng khen cuối cùng (còn 01 (một) suất)',
    );
  });

  test('ineligible units: listed with the reason, kept in the table with a note', () => {
    const { bloc, result } = scored({ ineligible: { 0: 'Có cán bộ lãnh đạo bị kỷ luật' } });
    const d = buildMinutesData(bloc, result);
    expect(rows(d.don_vi_khong_xet)).toEqual([{ stt: '1', ten_don_vi: 'Công an tỉnh', ly_do: 'Có cán bộ lãnh đạo bị kỷ luật' }]);
    expect(rows(d.bang_diem)[0]).toMatchObject({
      ten_don_vi: 'Công an tỉnh',
      hang: '1',
      ghi_chu: 'Không xét khen thưởng: Có cán bộ lãnh đạo bị kỷ luật',
      de_nghi: '',
    });
    expect(d.ket_luan_co).toContain('Thanh tra tỉnh (99,50 điểm, xếp thứ hai)');
  });

  test('no eligible unit', () => {
    const ineligible = Object.fromEntries(BASE.map((_, i) => [i, 'Không ký giao ước']));
    const { bloc, result } = scored({ ineligible });
    const d = buildMinutesData(bloc, result);
    expect(d.ket_luan_co).toBe('Không có đơn vị đủ điều kiện đề nghị tặng Cờ thi đua năm 2023.');
    expect(d.ket_luan_bang_khen).toBe('Không có đơn vị đủ điều kiện đề nghị tặng Bằng khen.');
    expect(rows(d.don_vi_bang_khen)).toEqual([]);
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
    expect(d.dia_diem).toBe(BLANK);
    expect(d.chu_tri).toBe(BLANK);
    expect(d.chu_tri_ho_ten).toBe(BLANK);
    expect(d.khoi_truong).toBe(BLANK);
    expect(d.nam).toBe(BLANK_SHORT);
    expect(d.ky_danh_gia).toBe(`năm ${BLANK_SHORT}`);
    // A rotation suggestion is not an election: the minute leaves it blank.
    expect(d.khoi_truong_nam_sau).toBe(BLANK);
    expect(d.khoi_pho_nam_sau).toBe(BLANK);
    // Nobody marked present: attendance not recorded, figures blank rather than "00 (không)".
    expect(d.so_don_vi_co_mat).toBe(BLANK_SHORT);
    expect(rows(d.don_vi_co_mat)).toEqual([]);
    expect(rows(d.don_vi_vang_mat)).toEqual([]);
    expect(rows(d.don_vi)[3]).toMatchObject({ dai_dien: BLANK, chuc_vu: BLANK, co_mat: BLANK_SHORT });
    for (const value of Object.values(d)) {
      if (typeof value === 'string') expect(value.trim()).not.toBe('');
    }
  });

  test('head, deputy and the next head come with their representatives', () => {
    const { bloc, result } = scored();
    const d = buildMinutesData(bloc, result);
    expect([d.khoi_truong, d.khoi_truong_dai_dien, d.khoi_truong_chuc_vu]).toEqual(['Công an tỉnh', 'Nguyễn Văn An', 'Phó Giám đốc']);
    expect([d.khoi_pho, d.khoi_pho_dai_dien]).toEqual(['Thanh tra tỉnh', 'Hoàng Văn Em']);
    expect([d.khoi_truong_nam_sau, d.khoi_truong_nam_sau_dai_dien, d.khoi_pho_nam_sau]).toEqual([
      'Thanh tra tỉnh',
      'Hoàng Văn Em',
      'Trại giam Đắk Tân',
    ]);
    expect(d.chu_tri_ho_ten).toBe('Nguyễn Văn An');
    expect(d.co_quan_chu_quan_hoa).toBe('UBND TỈNH ĐẮK LẮK');
  });
});

describe('helpers', () => {
  test('period, thresholds, managing body, signature names', () => {
    expect(periodText('Năm', 2023)).toBe('năm 2023');
    expect(periodText('6 tháng đầu năm', 2024)).toBe('6 tháng đầu năm 2024');
    expect(periodText('Cả năm', 2024)).toBe('cả năm 2024');
    expect(periodText('', 2024)).toBe('năm 2024');
    expect(thresholdText({ op: '>', fraction: 0.5, text: '> 50%' }, 'vi')).toBe('trên 50%');
    expect(thresholdText({ op: '>=', fraction: 2 / 3, text: '2/3' }, 'vi')).toBe('từ 2/3 trở lên');
    expect(thresholdText({ op: '>=', fraction: 2 / 3, text: '>= 2/3' }, 'vi')).toBe('từ 2/3 trở lên');
    expect(managingBody('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe('UBND TỈNH ĐẮK LẮK');
    expect(managingBody('Uỷ ban nhân dân tỉnh Điện Biên')).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(managingBody('Ban Thi đua - Khen thưởng tỉnh')).toBe('BAN THI ĐUA - KHEN THƯỞNG TỈNH');
    expect(personName('Đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh')).toBe('Nguyễn Văn A');
    expect(personName('đồng chí Lường Văn Sương - Cục trưởng Cục thi hành án dân sự tỉnh')).toBe('Lường Văn Sương');
    expect(personName('Đại tá Đỗ Quang Thấm, Chính ủy')).toBe('Đại tá Đỗ Quang Thấm');
    expect(personName('Bà Vũ Thị Mai')).toBe('Vũ Thị Mai');
    expect(personName(null)).toBeNull();
  });

  test('file names', () => {
    const bloc = makeBloc();
    expect(minutesFileName('nomination', bloc)).toBe('Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx');
    expect(minutesFileName('handover', bloc)).toBe('Bien-ban-ban-giao-Khoi-thi-dua-so-3-2023.docx');
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
    expect(minutesGaps(...(Object.values(scored({ ballot: makeBallot([9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) })) as [never, never]))).toEqual(
      [],
    );
  });
});
