// "Lập sổ": the format-v1 sheets of a new bloc workbook as plain sheet plans (values and formats), with a default
// 100-point criteria table modelled on provincial blocs: four ordinary groups, sub-criteria, a capped bonus group and
// a capped deduction group; and, for a bloc workbook that lacks some of them, the sheets it can still be given
// (`Thông tin`, `Phiếu bầu`, `Quy tắc`, `Chấm chéo`), filled with the bloc's own units. The add-in adds them to the
// open workbook, refusing when a sheet of the same name is already there. No formulas: subtotals are left for the
// reader to compute and check.

import type { Text } from '../domain/model';
import {
  BALLOT_COLUMNS,
  BALLOT_FIGURES,
  CROSS_COLUMNS,
  INFO_LABELS,
  SCORE_COLUMNS,
  SCORE_SUB_COLUMNS,
  SHEET,
  SHEET_NAMES,
  UNIT_COLUMNS,
} from './format-v1';
import type { CellRange, CellValue, SheetGrid } from './grid';
import type { FormatOp, OwnedSheetPlan } from './plan';
import { findSheet, IssueSink, labelKey } from './read-support';
import { readUnits } from './read-units';
import { RULE_KEYS, RULES } from './rules-table';

export interface NewBlocOptions {
  blocName?: string;
  province?: string;
  year?: number;
  /** Member unit names, in rotation order; empty: five placeholders "Đơn vị 1".. to rename. */
  units?: string[];
}

type Kind = 'group' | 'sub' | 'leaf';

/** [STT, content, Điểm chuẩn, kind]. Ordinary groups total 100; bonus capped at 5, deductions at 10. */
export const DEFAULT_CRITERIA: readonly [string, string, number, Kind][] = [
  ['I', 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao', 50, 'group'],
  ['1', 'Kết quả thực hiện chỉ tiêu, nhiệm vụ chuyên môn', 30, 'sub'],
  ['1.1', 'Hoàn thành 100% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao trong năm', 20, 'leaf'],
  ['1.2', 'Có mô hình, cách làm hay, hiệu quả được cấp có thẩm quyền ghi nhận, nhân rộng', 10, 'leaf'],
  ['2', 'Cải cách hành chính, chuyển đổi số, ứng dụng công nghệ thông tin', 10, 'leaf'],
  ['3', 'Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực', 10, 'leaf'],
  ['II', 'Công tác thi đua, khen thưởng', 20, 'group'],
  ['1', 'Ban hành kế hoạch, phát động phong trào thi đua kịp thời, có chủ đề, chỉ tiêu cụ thể', 5, 'leaf'],
  ['2', 'Ký kết giao ước thi đua; sơ kết, tổng kết phong trào thi đua đúng quy định', 5, 'leaf'],
  ['3', 'Phát hiện, bồi dưỡng, biểu dương và nhân rộng điển hình tiên tiến', 5, 'leaf'],
  ['4', 'Thực hiện chế độ thông tin, báo cáo thi đua, khen thưởng đầy đủ, đúng hạn', 5, 'leaf'],
  ['III', 'Xây dựng tổ chức Đảng, đoàn thể; chăm lo đời sống cán bộ', 15, 'group'],
  ['1', 'Tổ chức Đảng được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên', 5, 'leaf'],
  ['2', 'Công đoàn, Đoàn Thanh niên, Hội Phụ nữ được xếp loại vững mạnh', 5, 'leaf'],
  ['3', 'Chăm lo đời sống vật chất, tinh thần cho cán bộ; tham gia các hoạt động an sinh xã hội', 5, 'leaf'],
  ['IV', 'Tham gia hoạt động của Khối thi đua', 15, 'group'],
  ['1', 'Tham dự đầy đủ, đúng thành phần các hội nghị, cuộc họp của Khối', 5, 'leaf'],
  ['2', 'Tham gia các hoạt động văn hóa, thể thao, từ thiện do Khối tổ chức', 5, 'leaf'],
  ['3', 'Phối hợp, hỗ trợ các đơn vị trong Khối thực hiện nhiệm vụ', 5, 'leaf'],
  ['V', 'Điểm thưởng (tối đa 5 điểm)', 5, 'group'],
  ['1', 'Có sáng kiến, đề tài khoa học được cấp có thẩm quyền công nhận', 2, 'leaf'],
  ['2', 'Được cấp trên khen thưởng đột xuất về thành tích xuất sắc', 2, 'leaf'],
  ['3', 'Đăng cai, tổ chức tốt hoạt động chung của Khối', 2, 'leaf'],
  ['VI', 'Điểm trừ (tối đa 10 điểm)', 10, 'group'],
  ['1', 'Chậm hoặc không gửi báo cáo theo quy định (mỗi lần trừ 1 điểm)', 3, 'leaf'],
  ['2', 'Không tham dự hội nghị, hoạt động của Khối mà không có lý do', 3, 'leaf'],
  ['3', 'Có cán bộ bị kỷ luật từ hình thức khiển trách trở lên', 4, 'leaf'],
];

export const NEW_BLOC_SHEETS = [SHEET.info, SHEET.units, SHEET.scores, SHEET.ballot, SHEET.rules] as const;

/** A label of the format as New writes it: its canonical spelling. */
const I = (key: keyof typeof INFO_LABELS) => INFO_LABELS[key][0];

const HEADER_FILL = '#DDEBF7';
const GROUP_FILL = '#F2F2F2';
const INPUT_FILL = '#FFF2CC'; // cells the bloc fills in
const HINT = '#7F7F7F';

const row = (r: number, left: number, right: number): CellRange => ({ top: r, left, bottom: r, right });
const block = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

interface Unit {
  name: string;
  short: string | null;
}

function unitsOf(opts: NewBlocOptions): Unit[] {
  const given = (opts.units ?? []).map((u) => u.trim()).filter((u) => u.length > 0);
  if (given.length > 0) return given.map((name) => ({ name, short: null }));
  // Placeholders carry a short name, which the score table's headers use: renaming a unit on `Đơn vị` is enough.
  return Array.from({ length: 5 }, (_, i) => ({ name: `Đơn vị ${i + 1}`, short: `ĐV${i + 1}` }));
}

function sheet(
  name: string,
  values: CellValue[][],
  formats: FormatOp[],
  columnWidths: number[],
  extra: Partial<OwnedSheetPlan> = {},
): OwnedSheetPlan {
  return { name, values, formats, columnWidths, merges: [], chart: null, freezeRows: 0, ...extra };
}

function infoSheet(opts: NewBlocOptions, units: Unit[]): OwnedSheetPlan {
  const year = opts.year ?? null;
  const province = opts.province?.trim() || null;
  const rows: [string, CellValue, string][] = [
    [I('name'), opts.blocName?.trim() || 'Khối thi đua số ...', 'Ví dụ: Khối thi đua số 3'],
    [I('province'), province, 'Tên tỉnh, thành phố'],
    [I('year'), year, 'Năm bình xét'],
    [I('period'), 'Năm', '"Năm" hoặc "6 tháng đầu năm"'],
    [I('head'), units[0]?.name ?? null, 'Tên đơn vị như ở trang Đơn vị'],
    [I('deputy'), units[1]?.name ?? null, 'Tên đơn vị như ở trang Đơn vị'],
    [I('awardingBody'), null, `Để trống: Ủy ban nhân dân tỉnh ${province ?? '<Tỉnh>'}`],
    [I('meetingDate'), null, 'Ngày hội nghị bình xét, ví dụ 09/01/2026'],
    [I('meetingPlace'), null, ''],
    [I('chair'), null, 'Họ tên, chức vụ người chủ trì'],
    [I('secretary'), null, 'Họ tên người ghi biên bản'],
    [I('nextHead'), null, 'Để trống: gợi ý đơn vị kế tiếp theo thứ tự luân phiên'],
    [I('nextDeputy'), null, ''],
  ];
  const values: CellValue[][] = [['THÔNG TIN KHỐI THI ĐUA'], [], ...rows.map(([l, v, h]) => [l, v, h || null])];
  const first = 2;
  const last = first + rows.length - 1;
  return sheet(
    SHEET.info,
    values,
    [
      { range: row(0, 0, 0), format: { bold: true } },
      { range: block(first, 0, last, 0), format: { bold: true } },
      { range: block(first, 1, last, 1), format: { fill: INPUT_FILL, horizontal: 'left' } },
      { range: block(first, 2, last, 2), format: { italic: true, fontColor: HINT } },
      { range: block(first, 0, last, 2), format: { border: true } },
    ],
    [24, 42, 52],
  );
}

function unitSheet(units: Unit[]): OwnedSheetPlan {
  const header = (['stt', 'name', 'shortName', 'representative', 'title', 'present', 'flag', 'reason'] as const).map(
    (k) => UNIT_COLUMNS[k][0],
  );
  const values: CellValue[][] = [
    ['DANH SÁCH ĐƠN VỊ THÀNH VIÊN (theo thứ tự luân phiên Khối trưởng)'],
    ['Có mặt, Cờ năm trước: ghi x. Lý do không xét: ghi lý do nếu đơn vị không được xét khen thưởng (để trống nếu được xét).'],
    header,
    ...units.map((u, i) => [i + 1, u.name, u.short, null, null, null, null, null]),
  ];
  const last = 2 + units.length;
  return sheet(
    SHEET.units,
    values,
    [
      { range: row(0, 0, 0), format: { bold: true } },
      { range: row(1, 0, 0), format: { italic: true, fontColor: HINT } },
      { range: row(2, 0, header.length - 1), format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center' } },
      { range: block(3, 1, last, header.length - 1), format: { fill: INPUT_FILL } },
      { range: block(3, 0, last, 0), format: { horizontal: 'center' } },
      { range: block(3, 5, last, 6), format: { horizontal: 'center' } },
      { range: block(2, 0, last, header.length - 1), format: { border: true } },
    ],
    [6, 42, 14, 26, 22, 9, 12, 34],
    { freezeRows: 3 },
  );
}

function scoreSheet(opts: NewBlocOptions, units: Unit[]): OwnedSheetPlan {
  const title = `BẢNG CHẤM ĐIỂM THI ĐUA${opts.year ? ` NĂM ${opts.year}` : ''}`;
  const h = 2; // header row
  const width = 3 + units.length * 2;
  const top: CellValue[] = [SCORE_COLUMNS.stt[0], SCORE_COLUMNS.content[1], SCORE_COLUMNS.max[0]];
  const sub: CellValue[] = [null, null, null];
  const merges: CellRange[] = [block(h, 0, h + 1, 0), block(h, 1, h + 1, 1), block(h, 2, h + 1, 2)];
  units.forEach((u, i) => {
    top.push(u.short ?? u.name, null);
    sub.push(SCORE_SUB_COLUMNS.self[0], SCORE_SUB_COLUMNS.bloc[0]);
    merges.push(row(h, 3 + i * 2, 4 + i * 2));
  });
  const values: CellValue[][] = [[title], [opts.blocName?.trim() || null], top, sub];
  const formats: FormatOp[] = [
    { range: row(0, 0, 0), format: { bold: true } },
    { range: row(1, 0, 0), format: { italic: true } },
    { range: block(h, 0, h + 1, width - 1), format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center' } },
  ];
  for (const [stt, content, max, kind] of DEFAULT_CRITERIA) {
    const r = values.length;
    values.push([stt, content, max]);
    if (kind === 'group') formats.push({ range: row(r, 0, width - 1), format: { bold: true, fill: GROUP_FILL } });
    else if (kind === 'sub') formats.push({ range: row(r, 0, width - 1), format: { italic: true } });
    else formats.push({ range: row(r, 3, width - 1), format: { fill: INPUT_FILL } });
  }
  const total = values.length;
  values.push([null, 'Tổng cộng', 100]);
  formats.push(
    { range: row(total, 0, width - 1), format: { bold: true, fill: GROUP_FILL } },
    { range: block(h + 2, 0, total, 0), format: { horizontal: 'center' } },
    { range: block(h + 2, 1, total, 1), format: { wrap: true } },
    { range: block(h + 2, 2, total, width - 1), format: { numberFormat: '0.##', horizontal: 'center' } },
    { range: block(h, 0, total, width - 1), format: { border: true } },
  );
  values.push(
    [],
    [
      null,
      'Điểm trừ ghi số dương; tổng điểm thưởng và điểm trừ không vượt quá điểm chuẩn của nhóm. Chỉ các dòng tiêu chí chi tiết được cộng.',
    ],
  );
  formats.push({ range: row(total + 2, 1, 1), format: { italic: true, fontColor: HINT } });
  return sheet(SHEET.scores, values, formats, [6, 60, 10, ...units.flatMap(() => [9, 9])], { merges, freezeRows: h + 2 });
}

function ballotSheet(units: readonly Unit[]): OwnedSheetPlan {
  const values: CellValue[][] = [
    ['KẾT QUẢ BỎ PHIẾU SUY TÔN'],
    [
      'Điền sau khi hội nghị bỏ phiếu: ghi số phiếu của các đơn vị có tên trên phiếu bầu, để trống ô của đơn vị không đưa ra bỏ phiếu. Khi chưa bỏ phiếu, để trống cả bảng: kết quả ghi «đề nghị, chờ bỏ phiếu».',
    ],
    [BALLOT_FIGURES.issued[0], null],
    [BALLOT_FIGURES.returned[0], null],
    [BALLOT_FIGURES.valid[0], null],
    [],
    [BALLOT_COLUMNS.unit[0], BALLOT_COLUMNS.votes[0], BALLOT_COLUMNS.against[0]],
    ...units.map((u) => [u.short ?? u.name, null, null]),
  ];
  const last = 6 + units.length;
  return sheet(
    SHEET.ballot,
    values,
    [
      { range: row(0, 0, 0), format: { bold: true } },
      { range: row(1, 0, 0), format: { italic: true, fontColor: HINT } },
      { range: block(2, 0, 4, 0), format: { bold: true } },
      { range: block(2, 1, 4, 1), format: { fill: INPUT_FILL } },
      { range: row(6, 0, 2), format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center' } },
      { range: block(7, 1, last, 2), format: { fill: INPUT_FILL, horizontal: 'center' } },
      { range: block(6, 0, last, 2), format: { border: true } },
    ],
    [42, 16, 14],
  );
}

function rulesSheet(): OwnedSheetPlan {
  // Every rule with a template value, from the rule table: its label, that value, and what it means.
  const rules: [string, CellValue, string][] = RULE_KEYS.filter((k) => RULES[k].template != null).map((k) => [
    RULES[k].labels[0],
    RULES[k].template,
    RULES[k].meaning.vi,
  ]);
  const values: CellValue[][] = [['QUY TẮC BÌNH XÉT'], ['Quy tắc', 'Giá trị', 'Ghi chú'], ...rules.map(([a, b, c]) => [a, b, c])];
  const last = 1 + rules.length;
  return sheet(
    SHEET.rules,
    values,
    [
      { range: row(0, 0, 0), format: { bold: true } },
      { range: row(1, 0, 2), format: { bold: true, fill: HEADER_FILL, horizontal: 'center' } },
      { range: block(2, 1, last, 1), format: { fill: INPUT_FILL, wrap: true } },
      { range: block(2, 2, last, 2), format: { italic: true, fontColor: HINT, wrap: true } },
      { range: block(1, 0, last, 2), format: { border: true } },
    ],
    [30, 40, 60],
  );
}

function crossSheet(): OwnedSheetPlan {
  const header = [CROSS_COLUMNS.scorer[0], CROSS_COLUMNS.scored[0], CROSS_COLUMNS.criterion[0], CROSS_COLUMNS.value[0]];
  const values: CellValue[][] = [
    ['CHẤM CHÉO GIỮA CÁC ĐƠN VỊ'],
    [
      'Mỗi dòng một điểm: đơn vị chấm, đơn vị được chấm, STT tiêu chí như ở trang Chấm điểm, điểm. Chỉ dùng khi Quy tắc ghi "Điểm xếp hạng" là "Chấm chéo"; điểm đơn vị tự chấm mình không được tính.',
    ],
    header,
  ];
  return sheet(
    SHEET.cross,
    values,
    [
      { range: row(0, 0, 0), format: { bold: true } },
      { range: row(1, 0, 0), format: { italic: true, fontColor: HINT } },
      { range: row(2, 0, header.length - 1), format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: 'center' } },
      { range: block(3, 0, 52, header.length - 1), format: { fill: INPUT_FILL } },
      { range: block(2, 0, 52, header.length - 1), format: { border: true } },
    ],
    [34, 34, 14, 10],
    { freezeRows: 3 },
  );
}

/** The sheets of a new bloc workbook, in the order they are added. */
export function planNewBloc(opts: NewBlocOptions = {}): OwnedSheetPlan[] {
  const units = unitsOf(opts);
  return [infoSheet(opts, units), unitSheet(units), scoreSheet(opts, units), ballotSheet(units), rulesSheet()];
}

// ---------------------------------------------------------------------------------------------------------------
// An existing bloc: which of its sheets it has, and the ones Lập sổ can still add.

export type BlocSheetKey = keyof typeof SHEET_NAMES;

/** The sheets that hold the bloc itself: a workbook with none of them is not a bloc workbook (yet). */
export const MAIN_SHEETS: readonly BlocSheetKey[] = ['info', 'units', 'scores'];
/** The sheets Lập sổ adds to a bloc workbook that lacks them (the others hold the bloc's data, typed by the user). */
export const ADDABLE_SHEETS: readonly BlocSheetKey[] = ['info', 'ballot', 'rules', 'cross'];

/** Which of the format's sheets a sheet of this name is (any name the reader accepts for it), or null. */
export function blocSheetKey(name: string): BlocSheetKey | null {
  const key = labelKey(name);
  for (const k of Object.keys(SHEET_NAMES) as BlocSheetKey[]) if (SHEET_NAMES[k].some((n) => labelKey(n) === key)) return k;
  return null;
}

/** The format's sheets a workbook has, by key, with the name each has in the workbook. */
export function blocSheetsIn(names: readonly string[]): Partial<Record<BlocSheetKey, string>> {
  const out: Partial<Record<BlocSheetKey, string>> = {};
  for (const name of names) {
    const key = blocSheetKey(name);
    if (key && out[key] === undefined) out[key] = name;
  }
  return out;
}

/** True when the workbook has at least one of the bloc's main sheets (`Thông tin`, `Đơn vị`, `Chấm điểm`). */
export function hasBlocSheets(names: readonly string[]): boolean {
  const present = blocSheetsIn(names);
  return MAIN_SHEETS.some((k) => present[k] !== undefined);
}

/** The canonical name of a sheet of the format («Phiếu bầu»): what Lập sổ creates and messages name. */
export function sheetName(key: BlocSheetKey): string {
  return SHEET[key];
}

export type MissingPlan = { sheets: OwnedSheetPlan[] } | { refused: Text };

/**
 * The sheets `keys` for a bloc workbook that lacks them (keys it has are skipped): `Phiếu bầu` lists the bloc's
 * units as `Đơn vị` names them, so it needs a readable `Đơn vị`. Refused when none is left to add, or a key is not
 * one Lập sổ adds to an existing bloc.
 */
export function planMissingSheets(sheets: readonly SheetGrid[], keys: readonly BlocSheetKey[]): MissingPlan {
  const present = blocSheetsIn(sheets.map((s) => s.name));
  const wanted = ADDABLE_SHEETS.filter((k) => keys.includes(k) && present[k] === undefined);
  const other = keys.find((k) => !ADDABLE_SHEETS.includes(k));
  if (other) {
    return {
      refused: {
        vi: `Không thêm được trang «${SHEET[other]}» vào sổ đã có: trang này chứa dữ liệu của Khối. Hãy lập sổ mới trong một tệp Excel trống, hoặc thêm trang «${SHEET[other]}» bằng tay.`,
        en: `The «${SHEET[other]}» sheet cannot be added to an existing workbook: it holds the bloc's own data. Set up a new bloc in an empty workbook, or add the «${SHEET[other]}» sheet by hand.`,
      },
    };
  }
  if (wanted.length === 0) {
    return { refused: { vi: 'Sổ đã có đủ các trang này.', en: 'The workbook already has these sheets.' } };
  }
  const unitSheet = findSheet(sheets, SHEET_NAMES.units);
  const rows = unitSheet ? readUnits(unitSheet, new IssueSink()) : null;
  const units: Unit[] = (rows?.units ?? []).map((u) => ({ name: u.name, short: null }));
  if (wanted.includes('ballot')) {
    if (units.length === 0) {
      return {
        refused: {
          vi: `Chưa thêm được trang «${SHEET.ballot}»: trang «${SHEET.units}» chưa có đơn vị nào đọc được. Hãy ghi danh sách đơn vị rồi thử lại.`,
          en: `The «${SHEET.ballot}» sheet cannot be added yet: the «${SHEET.units}» sheet has no unit that can be read. List the units, then try again.`,
        },
      };
    }
  }
  const make: Record<string, () => OwnedSheetPlan> = {
    info: () => infoSheet({}, units),
    ballot: () => ballotSheet(units),
    rules: () => rulesSheet(),
    cross: () => crossSheet(),
  };
  return { sheets: wanted.map((k) => make[k]()) };
}
