import { crossRows } from '../../src/domain/cross';
import { DEFAULT_RULES, type Issue } from '../../src/domain/model';
import type { CellValue, SheetGrid } from '../../src/workbook/grid';
import { readBloc } from '../../src/workbook/read';
import { parseDate } from '../../src/workbook/read-info';
import { parseThreshold } from '../../src/workbook/rules-table';
import { parseMark } from '../../src/workbook/read-units';
import { ballotSheet, infoSheet, rulesSheet, scoreSheet, sheet, unitsSheet, UNITS } from '../fixtures/bloc-grids';

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: Issue[]) => issues.filter((i) => i.severity === 'warning');

function read(replace: Partial<Record<'info' | 'units' | 'scores', SheetGrid | null>> = {}, extra: SheetGrid[] = []) {
  const sheets = [
    replace.info === undefined ? infoSheet() : replace.info,
    replace.units === undefined ? unitsSheet() : replace.units,
    replace.scores === undefined ? scoreSheet().sheet : replace.scores,
    ...extra,
  ].filter((s): s is SheetGrid => s != null);
  return readBloc(sheets);
}

describe('sheets', () => {
  test('sheet names match ignoring case, diacritics, NFD and spaces, and their synonyms', () => {
    const rename = (s: SheetGrid, name: string): SheetGrid => ({ ...s, name });
    const r = read(
      {
        info: rename(infoSheet(), 'THONG TIN'),
        units: rename(unitsSheet(), '  Danh sách  đơn vị '.normalize('NFD')),
        scores: rename(scoreSheet().sheet, 'bảng chấm điểm'),
      },
      [rename(rulesSheet([['Số Cờ thi đua', 1]]), 'QUY ĐỊNH'), rename(ballotSheet([['CA', 3]]), 'Kết quả bỏ phiếu')],
    );
    expect(r.issues).toEqual([]);
    expect(r.bloc!.rules.given).toEqual(['flagCount']);
    expect(r.bloc!.ballot!.votes).toEqual([3, null, null]);
  });

  test.each([
    ['info', 'Thông tin'],
    ['units', 'Đơn vị'],
    ['scores', 'Chấm điểm'],
  ] as const)('a missing %s sheet is an error naming it', (key, name) => {
    const r = read({ [key]: null });
    expect(r.bloc).toBeNull();
    const e = errors(r.issues).find((i) => i.sheet === name && i.cell === null)!;
    expect(e.message.vi).toBe(`Sổ tính thiếu trang "${name}".`);
    expect(e.message.en).toBe(`The workbook has no "${name}" sheet.`);
  });

  test('optional sheets absent: cross and ballot are null, rules are the defaults', () => {
    const r = read();
    expect(r.issues).toEqual([]);
    expect(r.bloc!.cross).toBeNull();
    expect(r.bloc!.ballot).toBeNull();
    expect(r.bloc!.rules).toEqual(DEFAULT_RULES);
  });
});

describe('Thông tin', () => {
  test('all fields, with a title row and blank rows', () => {
    const r = read({
      info: infoSheet(
        [
          ['Khối phó', 'VKS'],
          ['Chủ trì', 'Ông Nguyễn Văn An'],
          ['Thư ký', 'Bà Trần Thị Bình'],
          ['Khối trưởng năm sau', 'viện kiểm sát nhân dân tỉnh'],
          ['Khối phó năm sau', 'TAND'],
        ],
        { title: true },
      ),
    });
    expect(r.issues).toEqual([]);
    expect(r.bloc!.info).toEqual({
      name: 'Khối thi đua số 3',
      province: 'Đắk Lắk',
      year: 2024,
      period: 'Năm',
      periodKind: 'year',
      periodPart: null,
      kind: 'khoi',
      kindGiven: false,
      head: 'Công an tỉnh',
      deputy: 'Viện Kiểm sát nhân dân tỉnh',
      awardingBody: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      meetingDate: '2025-01-09',
      meetingPlace: 'Hội trường Công an tỉnh',
      chair: 'Ông Nguyễn Văn An',
      secretary: 'Bà Trần Thị Bình',
      nextHead: 'Viện Kiểm sát nhân dân tỉnh',
      nextDeputy: 'Tòa án nhân dân tỉnh',
      nextHost: null,
      legalGrounds: null,
    });
  });

  test('labels in upper case, NFD, with a colon, synonyms, a blank column before the values', () => {
    const info = sheet('Thông tin', [
      ['Thông tin chung của khối'],
      [],
      ['TÊN CỤM THI ĐUA:', null, 'Cụm thi đua số 2'],
      ['Tỉnh/thành phố'.normalize('NFD'), null, 'Điện Biên'],
      ['Cụm trưởng', null, 'TAND'],
      ['Cơ quan khen thưởng', null, 'Bộ Công an'],
      ['Kỳ xét', null, '6 tháng đầu năm'],
    ]);
    const r = read({ info });
    expect(r.issues).toEqual([]);
    expect(r.bloc!.info).toMatchObject({
      name: 'Cụm thi đua số 2',
      province: 'Điện Biên',
      head: 'Tòa án nhân dân tỉnh',
      awardingBody: 'Bộ Công an',
      period: '6 tháng đầu năm',
      year: null,
      meetingDate: null,
    });
  });

  test('meeting dates: serial number, dd/mm/yyyy, "ngày dd tháng mm năm yyyy"', () => {
    expect(parseDate(44935)).toBe('2023-01-09');
    expect(parseDate(44935.75)).toBe('2023-01-09');
    expect(parseDate('09/01/2023')).toBe('2023-01-09');
    expect(parseDate('9-1-2023')).toBe('2023-01-09');
    expect(parseDate('2023-01-09')).toBe('2023-01-09');
    expect(parseDate('ngày 09 tháng 01 năm 2023')).toBe('2023-01-09');
    expect(parseDate('Đắk Lắk, ngày 9 tháng 1 năm 2023'.normalize('NFD'))).toBe('2023-01-09');
    expect(parseDate('31/02/2023')).toBeNull();
    expect(parseDate('sáng thứ hai')).toBeNull();
    const r = read({ info: infoSheet([['Ngày họp', 'ngày 09 tháng 01 năm 2023']]) });
    expect(r.bloc!.info.meetingDate).toBe('2023-01-09');
  });

  test("the awarding body defaults to the province People's Committee", () => {
    const r = read({ info: infoSheet([['Tỉnh', 'Sóc Trăng']]) });
    expect(r.bloc!.info.awardingBody).toBe('Ủy ban nhân dân tỉnh Sóc Trăng');
  });

  test('warnings: bad year and date, a role naming no unit, an unknown label, missing name', () => {
    const info = sheet('Thông tin', [
      ['Tỉnh', 'Đắk Lắk'],
      ['Năm', 'hai nghìn'],
      ['Ngày họp', '32/13/2024'],
      ['Khối trưởng', 'Sở Nội vụ'],
      ['Khối trưởngg', 'x'],
    ]);
    const r = read({ info });
    expect(errors(r.issues)).toEqual([]);
    expect(r.bloc).not.toBeNull();
    expect(warnings(r.issues).map((i) => [i.sheet, i.cell])).toEqual([
      ['Thông tin', 'A5'],
      ['Thông tin', null],
      ['Thông tin', 'B2'],
      ['Thông tin', 'B3'],
      ['Thông tin', 'B4'],
    ]);
    expect(r.issues.find((i) => i.cell === 'B4')!.message.vi).toBe('Khối trưởng "Sở Nội vụ" không khớp với đơn vị nào trong trang Đơn vị.');
    expect(r.issues.find((i) => i.cell === 'A5')!.message.vi).toMatch(
      /^Không nhận ra mục "Khối trưởngg": bỏ qua\. Các mục dùng được: Tên khối, Tỉnh, Năm/,
    );
    expect(r.bloc!.info.head).toBe('Sở Nội vụ');
  });
});

describe('Đơn vị', () => {
  test('units with every column', () => {
    const r = read();
    expect(r.bloc!.units).toEqual(
      UNITS.map((u, i) => ({
        name: u.name,
        shortName: u.short,
        representative: u.rep,
        title: u.title,
        present: true,
        flagLastPeriod: i === 1,
        ineligibleReason: null,
      })),
    );
  });

  test('marks: x, X, có, ✓, TRUE -> yes; blank, không -> no; anything else a warning', () => {
    for (const v of ['x', 'X', 'có', 'Có', 'co', '✓', '✔', true, 1]) expect(parseMark(v)).toBe(true);
    for (const v of [null, '', ' ', 'không', 'vắng', false, 0]) expect(parseMark(v)).toBe(false);
    expect(parseMark('maybe')).toBeNull();
    const units = unitsSheet({
      header: ['TT', 'Cơ quan, đơn vị', 'Viết tắt', 'Đại diện', 'Chức vụ', 'Dự họp', 'Cờ thi đua năm trước', 'Lý do không xét'],
    });
    units.values[3][5] = 'có';
    units.values[4][5] = '✓';
    units.values[5][5] = 'hôm sau';
    units.values[5][7] = 'Chưa ký giao ước thi đua';
    const r = read({ units });
    expect(r.issues.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Đơn vị', 'F6']]);
    expect(r.bloc!.units.map((u) => u.present)).toEqual([true, true, false]);
    expect(r.bloc!.units[2].ineligibleReason).toBe('Chưa ký giao ước thi đua');
  });

  test("duplicate names (also in NFD or case) and a short name that is another unit's name are errors", () => {
    const units = unitsSheet({
      extra: [
        [4, 'CÔNG AN TỈNH'.normalize('NFD'), 'CAT'],
        [5, 'Sở Tư pháp', 'VKS'],
      ],
    });
    const r = read({ units });
    expect(r.bloc).toBeNull();
    const dup = errors(r.issues).filter((i) => i.sheet === 'Đơn vị' && i.message.vi.includes('trùng'));
    expect(dup.map((i) => i.cell)).toEqual(['B7', 'C8']);
    expect(dup[0].message.vi).toBe('Tên đơn vị "CÔNG AN TỈNH" trùng với dòng 4: mỗi đơn vị chỉ được ghi một lần.');
    expect(dup[1].message.vi).toBe('Tên viết tắt "VKS" của Sở Tư pháp trùng với tên của Viện Kiểm sát nhân dân tỉnh.');
  });

  test('a total or signature row ends the list; blank rows inside are skipped', () => {
    const units = unitsSheet({ extra: [[], ['', 'Tổng số: 3 đơn vị'], [null, 'Người lập biểu']] });
    units.values.splice(5, 0, []);
    const r = read({ units });
    expect(r.issues).toEqual([]);
    expect(r.bloc!.units).toHaveLength(3);
  });

  test('no header or no unit: an error', () => {
    expect(errors(read({ units: sheet('Đơn vị', [['a', 'b']]) }).issues)[0].message.vi).toContain('"Tên đơn vị"');
    const empty = read({ units: sheet('Đơn vị', [['STT', 'Tên đơn vị']]) });
    expect(errors(empty.issues)[0]).toMatchObject({ sheet: 'Đơn vị', cell: 'B1' });
  });
});

describe('Quy tắc', () => {
  test('every rule, with synonyms and defaults for blanks', () => {
    const r = read({}, [
      rulesSheet([
        ['Số Cờ thi đua', 1],
        ['Số lượng Bằng khen', '2'],
        ['Ngưỡng phiếu', '≥ 2/3'],
        ['Tỷ lệ có mặt', '50%'],
        ['Điểm xếp hạng', 'TỰ CHẤM'],
        ['Tổng hợp chấm chéo', 'Bỏ điểm cao nhất và thấp nhất'],
        ['Thứ tự ưu tiên khi bằng điểm', '1. Điểm nhóm II\n2. Phiếu bầu\n3. Không nhận Cờ năm trước'],
        ['Số chữ số thập phân', 1],
        ['Điểm tối thiểu xét Cờ', '90,5'],
        ['Chỉ suy tôn đơn vị dẫn đầu', 'Không'],
      ]),
      sheet('Ignored', []),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.rules).toEqual({
      flagCount: 1,
      meritCount: 2,
      voteThreshold: { op: '>=', fraction: 2 / 3, text: '≥ 2/3' },
      quorum: { op: '>=', fraction: 0.5, text: '50%' },
      scoreSource: 'self',
      crossAggregation: 'trimmed',
      tieBreaks: [{ kind: 'group', numeral: 'II' }, { kind: 'votes' }, { kind: 'noFlagLastPeriod' }],
      decimals: 1,
      minFlagScore: 90.5,
      leaderOnly: false,
      given: [
        'flagCount',
        'meritCount',
        'voteThreshold',
        'quorum',
        'scoreSource',
        'crossAggregation',
        'tieBreaks',
        'decimals',
        'minFlagScore',
        'leaderOnly',
      ],
    });
  });

  test('blank values and "mặc định" keep the defaults and are not recorded as given', () => {
    const r = read({}, [
      rulesSheet([
        ['Số Bằng khen', 'mặc định'],
        ['Ngưỡng phiếu', null],
        ['Điểm xếp hạng', 'Khối chấm'],
      ]),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.rules).toEqual({ ...DEFAULT_RULES, given: ['scoreSource'] });
  });

  test('thresholds', () => {
    const t = (v: CellValue) => {
      const x = parseThreshold(v, '>=');
      return x && [x.op, Number(x.fraction.toFixed(4))];
    };
    expect(t('> 50%')).toEqual(['>', 0.5]);
    expect(t('>=2/3')).toEqual(['>=', 0.6667]);
    expect(t('≥ 2/3')).toEqual(['>=', 0.6667]);
    expect(t('=> 70%')).toEqual(['>=', 0.7]);
    expect(t('2/3')).toEqual(['>=', 0.6667]);
    expect(t('50%')).toEqual(['>=', 0.5]);
    expect(t('66,7%')).toEqual(['>=', 0.667]);
    expect(t('trên 50%')).toEqual(['>', 0.5]);
    expect(t('từ 2/3 trở lên')).toEqual(['>=', 0.6667]);
    expect(t('quá bán')).toEqual(['>', 0.5]);
    expect(t(0.5)).toEqual(['>=', 0.5]);
    expect(t(75)).toEqual(['>=', 0.75]);
    for (const bad of ['nhiều', '150%', '3/2', '0%', '', true]) expect(t(bad)).toBeNull();
  });

  test('tie-breaks: separators, vocabulary and an empty list', () => {
    const steps = (v: string) => read({}, [rulesSheet([['Thứ tự ưu tiên khi bằng điểm', v]])]).bloc!.rules.tieBreaks;
    expect(steps('Phiếu bầu; Điểm nhóm I; Điểm trừ ít hơn; Điểm thưởng nhiều hơn; Không nhận Cờ năm trước')).toEqual([
      { kind: 'votes' },
      { kind: 'group', numeral: 'I' },
      { kind: 'fewerDeductions' },
      { kind: 'moreBonus' },
      { kind: 'noFlagLastPeriod' },
    ]);
    expect(steps('- phieu bau\r\n- DIEM NHOM ii')).toEqual([{ kind: 'votes' }, { kind: 'group', numeral: 'II' }]);
    expect(steps('Không')).toEqual([]);
  });

  test('an unknown tie-break step is an error naming the cell and listing the known steps', () => {
    const r = read({}, [rulesSheet([['Thứ tự ưu tiên khi bằng điểm', 'Phiếu bầu; Bốc thăm']])]);
    expect(r.bloc).toBeNull();
    const e = errors(r.issues);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ sheet: 'Quy tắc', cell: 'B3' });
    expect(e[0].message.vi).toBe(
      'Không hiểu bước ưu tiên "Bốc thăm". Các bước dùng được: Phiếu bầu; Điểm nhóm <số La Mã>; Điểm tiêu chí <STT>; Điểm trừ ít hơn; Điểm thưởng nhiều hơn; Không nhận Cờ năm trước.',
    );
    expect(e[0].message.en).toContain('Unknown tie-break step "Bốc thăm"');
  });

  test('"Điểm nhóm" naming a group the table does not have is an error', () => {
    const r = read({}, [rulesSheet([['Thứ tự ưu tiên khi bằng điểm', 'Điểm nhóm VI']])]);
    expect(errors(r.issues).map((i) => [i.sheet, i.cell])).toEqual([['Quy tắc', 'B3']]);
    expect(errors(r.issues)[0].message.vi).toContain('bảng chấm điểm không có nhóm VI (các nhóm: I, II, III, IV)');
  });

  test('bad values are errors naming the value cell; unknown labels are errors too, with a near match offered', () => {
    const r = read({}, [
      rulesSheet([
        ['Số Cờ thi đua', 'một'],
        ['Ngưỡng phiếu', 'đa số'],
        ['Điểm xếp hạng', 'Trung bình'],
        ['Tổng hợp chấm chéo', 'Tổng'],
        ['Số chữ số thập phân', 9],
        ['Điểm tối thiểu xét Cờ', -1],
        ['Bốc thăm khi hòa', 'có'],
      ]),
    ]);
    expect(errors(r.issues).map((i) => i.cell)).toEqual(['A9', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8']);
    expect(errors(r.issues)[1].message.vi).toBe('Quy tắc "Số Cờ thi đua": giá trị "một" không hợp lệ. Ghi một số nguyên, ví dụ 1.');
    expect(errors(r.issues)[0].message.vi).toContain('Không nhận ra quy tắc "Bốc thăm khi hòa".');
    const near = read({}, [rulesSheet([['Điểm tối thiểu xét cờ TĐ', 90]])]);
    expect(errors(near.issues)[0].message.vi).toContain('Có phải là "Điểm tối thiểu xét Cờ');
  });

  test('the rules weighed against the workbook: too many flags or awards, a missing cross-scoring sheet, > 100%', () => {
    const cells = (rows: [string, CellValue][]) => errors(read({}, [rulesSheet(rows)]).issues).map((i) => [i.cell, i.message.vi]);
    expect(cells([['Số Cờ thi đua', 20]])).toEqual([['B3', 'Số Cờ thi đua (20) nhiều hơn số đơn vị thành viên (3).']]);
    expect(cells([['Số Bằng khen', 100]])[0][1]).toBe(
      'Số Cờ thi đua (1) cộng Số Bằng khen (100) nhiều hơn số đơn vị được xét khen thưởng (3).',
    );
    expect(cells([['Điểm xếp hạng', 'Chấm chéo']])[0][1]).toContain('sổ không có trang Chấm chéo');
    expect(cells([['Ngưỡng phiếu', '> 100 %']])[0][1]).toContain('Không đơn vị nào có thể vượt 100%');
    // The natural spelling of the minimum is a rule, not an unknown label.
    expect(read({}, [rulesSheet([['Điểm tối thiểu xét Cờ thi đua', 90]])]).bloc!.rules.minFlagScore).toBe(90);
  });
});

describe('Phiếu bầu', () => {
  test('figures and votes per unit by full or short name', () => {
    const r = read({}, [
      ballotSheet([
        ['Công an tỉnh', 3, 0],
        ['VKS', 2, 1],
        ['tòa án nhân dân tỉnh'.normalize('NFD'), '1', null],
      ]),
    ]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.ballot).toEqual({ issued: 3, returned: 3, valid: 3, votes: [3, 2, 1], against: [0, 1, null], revote: null });
  });

  test('synonyms, the table above the figures, a total row', () => {
    const ballot = sheet('Phiếu bầu', [
      ['Tên đơn vị', 'Đồng ý'],
      ['CA', 2],
      ['TAND', 1],
      ['Tổng cộng', 3],
      [],
      ['Phiếu phát ra:', 3],
      ['Phiếu thu về:', 3],
      ['Phiếu hợp lệ:', 2],
      ['Phiếu không hợp lệ:', 1],
    ]);
    const r = read({}, [ballot]);
    expect(r.issues).toEqual([]);
    expect(r.bloc!.ballot).toEqual({ issued: 3, returned: 3, valid: 2, votes: [2, null, 1], against: [null, null, null], revote: null });
  });

  test('votes above the valid ballots, unknown units, bad counts', () => {
    const r = read({}, [
      ballotSheet(
        [
          ['CA', 4],
          ['Sở Nội vụ', 1],
          ['VKS', 1.5],
          ['TAND', null],
        ],
        [
          ['Số phiếu phát ra', 3],
          ['Số phiếu thu về', 4],
          ['Số phiếu hợp lệ', 3],
        ],
      ),
    ]);
    expect(r.bloc).toBeNull();
    expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', 'A8'], // Sở Nội vụ is not a member
      ['error', 'B9'], // 1.5 votes (TAND's blank: not on the ballot, no message)
      ['error', 'B3'], // returned 4 > issued 3
      ['error', 'B7'], // 4 votes > 3 valid
    ]);
    expect(r.issues[3].message.vi).toBe('Công an tỉnh có 4 phiếu đồng ý, nhiều hơn số phiếu hợp lệ (3).');
    expect(r.issues[3].message.en).toBe('Công an tỉnh has 4 votes, more than the valid ballots (3).');
  });
});

describe('Chấm chéo', () => {
  const cross = (rows: CellValue[][]) =>
    sheet('Chấm chéo', [['BẢNG CHẤM CHÉO'], ['STT', 'Đơn vị chấm', 'Đơn vị được chấm', 'STT tiêu chí', 'Điểm'], ...rows]);

  test('rows become cross scores; criteria by STT, qualified where ambiguous', () => {
    const r = read({}, [
      cross([
        [1, 'VKS', 'CA', '2.1', 14],
        [2, 'TAND', 'Công an tỉnh', 'I.1', '19,5'],
        [3, 'CA', 'VKS', 'II.2', 28],
        [4, 'CA', 'TAND', 'IV.1', -2],
        [5, 'CA', 'CA', '2.2', 25],
        [],
      ]),
    ]);
    expect(r.issues).toEqual([]);
    expect(crossRows(r.bloc!.cross!)).toEqual([
      { scorer: 1, scored: 0, criterion: 1, value: 14 },
      { scorer: 2, scored: 0, criterion: 0, value: 19.5 },
      { scorer: 0, scored: 1, criterion: 4, value: 28 },
      { scorer: 0, scored: 2, criterion: 7, value: 2 },
      { scorer: 0, scored: 0, criterion: 2, value: 25 },
    ]);
  });

  test('unknown unit or criterion, ambiguous STT, above max, duplicates: errors with cells', () => {
    const r = read({}, [
      cross([
        [1, 'Sở Nội vụ', 'CA', '2.1', 14],
        [2, 'VKS', 'CA', '9.9', 5],
        [3, 'VKS', 'CA', '1', 5],
        [4, 'VKS', 'CA', '2.1', 16],
        [5, 'VKS', 'TAND', '2.1', 'mười'],
        [6, 'VKS', 'TAND', '2.2', 20],
        [7, 'VKS', 'TAND', '2.2', 21],
        [8, 'VKS', 'TAND', 'I.2', null],
      ]),
    ]);
    expect(r.issues.map((i) => [i.severity, i.cell])).toEqual([
      ['error', 'B3'],
      ['error', 'D4'],
      ['error', 'D5'],
      ['error', 'E6'],
      ['error', 'E7'],
      ['error', 'E9'],
      ['error', 'D10'],
      ['warning', 'E10'],
    ]);
    expect(r.issues[2].message.vi).toContain('ghi rõ kèm mục hoặc nhóm');
    expect(r.issues[3].message.vi).toBe('Điểm 16 vượt điểm chuẩn 15 của tiêu chí 2.1.');
    expect(r.issues[6].message.vi).toContain('Không có tiêu chí được chấm điểm nào mang STT "I.2"');
  });
});

test('every issue is located and speaks both languages', () => {
  const units = unitsSheet({ extra: [[4, 'Công an tỉnh']] });
  const built = scoreSheet({ headers: ['CA', 'VKS', 'Không rõ'], self: [[25, 'x', null, -1, 0, 0, 0, 0], [], []] });
  const r = readBloc([
    infoSheet([
      ['Năm', 'abc'],
      ['Lạ', 'x'],
    ]),
    units,
    built.sheet,
    rulesSheet([
      ['Ngưỡng phiếu', 'nhiều'],
      ['Thứ tự ưu tiên', 'Rút thăm'],
    ]),
    ballotSheet([['Ai đó', 9]]),
  ]);
  expect(r.issues.length).toBeGreaterThan(8);
  for (const i of r.issues) {
    expect(i.sheet).toBeTruthy();
    expect(i.message.vi.length).toBeGreaterThan(10);
    expect(i.message.en.length).toBeGreaterThan(10);
    expect(i.message.vi).not.toBe(i.message.en);
    if (i.cell !== null) expect(i.cell).toMatch(/^[A-Z]+\d+$/);
  }
  expect(r.issues.filter((i) => i.cell === null).every((i) => i.severity === 'warning' || /thiếu|Không tìm thấy/.test(i.message.vi))).toBe(
    true,
  );
});
