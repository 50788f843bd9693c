// Writes assets/samples/khoi-thi-dua-so-3.xlsx: a year-end workbook of Đắk Lắk's "Khối thi đua số 3" (2024) in
// the shape blocs use (format v1), with deterministic made-up scores chosen so that the ranking shows the rules at
// work: a capped bonus, a tie on total settled by votes, a tie on total and votes settled by group I, an
// ineligible unit that keeps its rank, an absent unit, and a flag winner well over the vote threshold. The optional
// `Đơn vị` columns `Địa chỉ`, `Điện thoại`, `Thủ trưởng` and `Thông tin`'s `Nơi nhận hồ sơ` feed the award dossier
// (made-up addresses and numbers).
//
// Run: npx tsc -p tsconfig.cli.json && node dist-cli/scripts/make-sample.js   (or: npm run make-sample)

import ExcelJS from 'exceljs';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';

const OUT = path.resolve(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');

interface UnitSpec {
  name: string;
  short: string;
  rep: string;
  title: string;
  present: boolean;
  flagLast: boolean;
  reason: string | null;
  bloc: number[]; // Khối chấm per leaf, in LEAVES order
  votes: number | null;
}

// Optional columns for the dossier's achievement reports: address, phone, the unit's head (made up).
const CONTACTS: [string, string, string][] = [
  ['Số 48 Lê Duẩn, phường Tân Thành, thành phố Buôn Ma Thuột', '0262 3851 100', 'Đại tá Lê Vinh Hùng'],
  ['Số 12 Nguyễn Tất Thành, phường Tân An, thành phố Buôn Ma Thuột', '0262 3852 200', 'Nguyễn Văn Bình'],
  ['Số 20 Lê Thánh Tông, phường Thắng Lợi, thành phố Buôn Ma Thuột', '0262 3853 300', 'Trần Quốc Tuấn'],
  ['Số 33 Phan Bội Châu, phường Thống Nhất, thành phố Buôn Ma Thuột', '0262 3854 400', 'Hồ Thị Lan'],
  ['Số 5 Y Ngông, phường Tân Tiến, thành phố Buôn Ma Thuột', '0262 3855 500', 'Y Tlang Niê'],
  ['Số 7 Hai Bà Trưng, phường Thắng Lợi, thành phố Buôn Ma Thuột', '0262 3856 600', 'Nguyễn Thị Thanh Hương'],
  ['Số 100 Lê Duẩn, phường Ea Tam, thành phố Buôn Ma Thuột', '0262 3857 700', 'Đại tá Đoàn Văn Dũng'],
  ['Số 2 Nguyễn Chí Thanh, phường Tân An, thành phố Buôn Ma Thuột', '0262 3858 800', 'Đại tá Phạm Minh Hải'],
  ['Xã Đắk Tân, huyện Ea Súp', '0262 3859 900', 'Đại tá Trịnh Văn Hòa'],
  ['Xã Ea Kuêh, huyện Cư M’gar', '0262 3860 010', 'Đại tá Lương Văn Thắng'],
  ['Phường Tân Hòa, thành phố Buôn Ma Thuột', '0262 3861 020', 'Đại tá Vũ Đình Toàn'],
];

// The criteria table: 100 points in three groups, a bonus group capped at 5 and a deduction group capped at 5.
type Row =
  | { kind: 'group'; stt: string; text: string; max: number; cap?: boolean }
  | { kind: 'sub'; stt: string; text: string; max: number }
  | { kind: 'leaf'; stt: string; text: string; max: number };

const TABLE: Row[] = [
  { kind: 'group', stt: 'I', text: 'Thực hiện nhiệm vụ chính trị, chuyên môn được giao', max: 40 },
  { kind: 'leaf', stt: '1', text: 'Xây dựng, ban hành và triển khai kế hoạch công tác năm kịp thời, sát thực tiễn', max: 10 },
  { kind: 'sub', stt: '2', text: 'Kết quả thực hiện các chỉ tiêu, nhiệm vụ chuyên môn', max: 30 },
  { kind: 'leaf', stt: '2.1', text: 'Hoàn thành và vượt các chỉ tiêu, nhiệm vụ trọng tâm được giao', max: 20 },
  { kind: 'leaf', stt: '2.2', text: 'Cải cách hành chính, chuyển đổi số, ứng dụng công nghệ thông tin', max: 10 },
  { kind: 'group', stt: 'II', text: 'Công tác thi đua, khen thưởng', max: 30 },
  { kind: 'leaf', stt: '1', text: 'Ban hành kế hoạch, phát động phong trào thi đua; đăng ký và ký kết giao ước thi đua', max: 10 },
  { kind: 'leaf', stt: '2', text: 'Sơ kết, tổng kết; phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến', max: 10 },
  { kind: 'leaf', stt: '3', text: 'Tham gia đầy đủ hoạt động của Khối; thực hiện chế độ thông tin, báo cáo đúng hạn', max: 10 },
  { kind: 'group', stt: 'III', text: 'Xây dựng tổ chức đảng, đoàn thể và cơ quan, đơn vị văn hóa', max: 30 },
  { kind: 'leaf', stt: '1', text: 'Tổ chức đảng được xếp loại "Hoàn thành tốt nhiệm vụ" trở lên', max: 10 },
  { kind: 'leaf', stt: '2', text: 'Công đoàn, Đoàn Thanh niên, Hội Phụ nữ được đánh giá vững mạnh', max: 10 },
  { kind: 'leaf', stt: '3', text: 'Thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí, tiêu cực', max: 10 },
  { kind: 'group', stt: 'IV', text: 'Điểm thưởng (tối đa 5 điểm)', max: 5, cap: true },
  { kind: 'leaf', stt: '1', text: 'Có sáng kiến, mô hình hay được cấp có thẩm quyền công nhận', max: 3 },
  { kind: 'leaf', stt: '2', text: 'Được Chính phủ, bộ, ngành Trung ương khen thưởng đột xuất', max: 3 },
  { kind: 'group', stt: 'V', text: 'Điểm trừ (tối đa 5 điểm)', max: 5, cap: true },
  { kind: 'leaf', stt: '1', text: 'Chậm gửi báo cáo, văn bản theo yêu cầu của Khối (mỗi lần trừ 0,5 điểm)', max: 2 },
  { kind: 'leaf', stt: '2', text: 'Có cán bộ, công chức, viên chức bị xử lý kỷ luật trong năm', max: 5 },
];

//                  I.1  2.1  2.2 | II.1 II.2 II.3 | III.1 III.2 III.3 | IV.1 IV.2 | V.1 V.2
const UNITS: UnitSpec[] = [
  {
    name: 'Công an tỉnh',
    short: 'CA tỉnh',
    rep: 'Đại tá Trần Minh Quang',
    title: 'Phó Giám đốc',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [10, 20, 9.5, 10, 10, 10, 10, 10, 9.5, 3, 3, 0, 0],
    votes: 10,
  },
  {
    name: 'Viện Kiểm sát nhân dân tỉnh',
    short: 'VKSND tỉnh',
    rep: 'Bà Nguyễn Thị Thu Hà',
    title: 'Phó Viện trưởng',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [10, 19.5, 9.5, 10, 9.5, 9.5, 10, 10, 9.5, 2, 1, 0.5, 0],
    votes: 7,
  },
  {
    name: 'Tòa án nhân dân tỉnh',
    short: 'TAND tỉnh',
    rep: 'Ông Lê Văn Thành',
    title: 'Phó Chánh án',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [10, 19, 9.5, 10, 9.5, 9.5, 10, 9.5, 9.5, 1.5, 0, 0, 0],
    votes: 5,
  },
  {
    name: 'Cục Thi hành án dân sự tỉnh',
    short: 'Cục THADS',
    rep: 'Ông Phạm Đức Long',
    title: 'Phó Cục trưởng',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [9.5, 19, 9.5, 10, 10, 9.5, 9.5, 10, 9.5, 1, 0.5, 0, 0],
    votes: 5,
  },
  {
    name: 'Thanh tra tỉnh',
    short: 'Thanh tra tỉnh',
    rep: 'Ông Hoàng Văn Sơn',
    title: 'Phó Chánh Thanh tra',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [9.5, 19.5, 9, 9.5, 10, 9.5, 9.5, 9.5, 9.5, 1, 0, 0, 0],
    votes: 4,
  },
  {
    name: 'Sở Tư pháp',
    short: 'Sở Tư pháp',
    rep: 'Bà Vũ Thị Mai',
    title: 'Phó Giám đốc',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [9.5, 19, 9, 9.5, 9.5, 9.5, 10, 9.5, 9.5, 1, 0, 0.5, 0],
    votes: 4,
  },
  {
    name: 'Bộ Chỉ huy Quân sự tỉnh',
    short: 'Bộ CHQS tỉnh',
    rep: 'Đại tá Đinh Công Bằng',
    title: 'Phó Chính ủy',
    present: true,
    flagLast: true,
    reason: null,
    bloc: [10, 19.5, 9.5, 10, 9.5, 10, 10, 9.5, 10, 2, 1, 0, 0],
    votes: 8,
  },
  {
    name: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
    short: 'BĐBP tỉnh',
    rep: 'Thượng tá Bùi Quang Vinh',
    title: 'Phó Chính ủy',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [10, 20, 9.5, 9.5, 9.5, 10, 10, 9.5, 9.5, 3, 0, 0.5, 0],
    votes: 6,
  },
  {
    name: 'Trại giam Đắk Tân',
    short: 'TG Đắk Tân',
    rep: 'Thượng tá Ngô Văn Phúc',
    title: 'Phó Giám thị',
    present: true,
    flagLast: false,
    reason: null,
    bloc: [9, 19.5, 9, 9.5, 9, 9.5, 9.5, 9.5, 9.5, 0.5, 0, 0, 0],
    votes: 3,
  },
  {
    name: 'Trại giam Đắk Trung',
    short: 'TG Đắk Trung',
    rep: 'Thượng tá Đỗ Minh Tâm',
    title: 'Phó Giám thị',
    present: false,
    flagLast: false,
    reason: null,
    bloc: [9, 19, 9, 9, 9.5, 9.5, 9.5, 9, 9.5, 0, 0, 1, 0],
    votes: 2,
  },
  {
    name: 'Trung đoàn Cảnh sát cơ động Tây Nguyên',
    short: 'TĐ CSCĐ Tây Nguyên',
    rep: 'Thượng tá Lưu Văn Hải',
    title: 'Phó Trung đoàn trưởng',
    present: true,
    flagLast: false,
    reason: 'Có cán bộ chủ chốt bị xử lý kỷ luật trong năm 2024',
    bloc: [9.5, 20, 9.5, 9.5, 9.5, 9.5, 10, 9.5, 9.5, 2, 0, 0, 0],
    votes: null,
  },
];

const LEAVES = TABLE.filter((r) => r.kind === 'leaf');

/** Self-scores: units score themselves a little higher than the bloc does and do not deduct themselves. */
function selfScores(u: UnitSpec): number[] {
  return u.bloc.map((v, k) => {
    const leaf = LEAVES[k];
    if (k >= 11) return 0; // deductions
    if (leaf.stt === '2.1' || (k === 4 && v < leaf.max)) return Math.min(leaf.max, v + 0.5);
    return v;
  });
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = 'Times New Roman';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function styleRange(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number, f: (cell: ExcelJS.Cell) => void) {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) f(ws.getCell(r, c));
}

function title(ws: ExcelJS.Worksheet, row: number, text: string, lastCol: number, size = 14) {
  ws.mergeCells(row, 1, row, lastCol);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size, bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

const A4_WIDE: Partial<ExcelJS.PageSetup> = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

function labelValueSheet(ws: ExcelJS.Worksheet, heading: string, rows: [string, ExcelJS.CellValue, string?][], widths: number[]) {
  ws.pageSetup = { ...A4_WIDE, orientation: 'portrait' };
  title(ws, 1, heading, widths.length);
  ws.columns = widths.map((w) => ({ width: w }));
  let r = 3;
  for (const [label, value, note] of rows) {
    const a = ws.getCell(r, 1);
    const b = ws.getCell(r, 2);
    a.value = label;
    b.value = value;
    a.font = { name: FONT, size: 13, bold: true };
    b.font = { name: FONT, size: 13 };
    a.border = THIN;
    b.border = THIN;
    a.alignment = { vertical: 'middle', wrapText: true };
    b.alignment = { vertical: 'middle', wrapText: true };
    if (widths.length > 2) {
      const c = ws.getCell(r, 3);
      c.value = note ?? null;
      c.font = { name: FONT, size: 12, italic: true };
      c.border = THIN;
      c.alignment = { vertical: 'middle', wrapText: true };
    }
    r++;
  }
}

function infoSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Thông tin', { properties: { tabColor: { argb: 'FF2F5597' } } });
  labelValueSheet(
    ws,
    'THÔNG TIN KHỐI THI ĐUA',
    [
      ['Tên khối', 'Khối thi đua số 3'],
      ['Tỉnh', 'Đắk Lắk'],
      ['Năm', 2024],
      ['Kỳ', 'Năm'],
      ['Khối trưởng', 'Công an tỉnh'],
      ['Khối phó', 'Sở Tư pháp'],
      ['Cơ quan khen thưởng', 'Ủy ban nhân dân tỉnh Đắk Lắk'],
      ['Ngày họp', new Date(Date.UTC(2025, 0, 9))],
      ['Địa điểm', 'Hội trường Công an tỉnh Đắk Lắk, thành phố Buôn Ma Thuột'],
      ['Chủ trì', 'Đại tá Trần Minh Quang, Phó Giám đốc Công an tỉnh'],
      ['Thư ký', 'Trung tá Nguyễn Thị Hạnh, Phó Trưởng phòng Tham mưu, Công an tỉnh'],
      ['Khối trưởng năm sau', 'Viện Kiểm sát nhân dân tỉnh'],
      ['Khối phó năm sau', 'Trại giam Đắk Tân'],
      ['Nơi nhận hồ sơ', 'Sở Nội vụ tỉnh Đắk Lắk (Ban Thi đua - Khen thưởng)'],
    ],
    [28, 70],
  );
  ws.getCell('B10').numFmt = 'dd/mm/yyyy';
}

function unitsSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Đơn vị', { properties: { tabColor: { argb: 'FF2F5597' } } });
  const headers = [
    'STT',
    'Tên đơn vị',
    'Tên viết tắt',
    'Người đại diện',
    'Chức vụ',
    'Có mặt',
    'Cờ năm trước',
    'Lý do không xét',
    'Địa chỉ',
    'Điện thoại',
    'Thủ trưởng',
  ];
  ws.columns = [6, 40, 20, 28, 22, 9, 10, 36, 44, 16, 26].map((width) => ({ width }));
  title(ws, 1, 'DANH SÁCH ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA SỐ 3 NĂM 2024', headers.length);
  const h = ws.getRow(3);
  h.values = headers;
  h.height = 33;
  UNITS.forEach((u, i) => {
    ws.getRow(4 + i).values = [
      i + 1,
      u.name,
      u.short,
      u.rep,
      u.title,
      u.present ? 'x' : null,
      u.flagLast ? 'x' : null,
      u.reason,
      ...CONTACTS[i],
    ];
  });
  styleRange(ws, 3, 1, 3 + UNITS.length, headers.length, (c) => {
    const header = Number(c.row) === 3;
    c.border = THIN;
    c.font = { name: FONT, size: 12, bold: header };
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: header || [1, 6, 7].includes(Number(c.col)) ? 'center' : 'left' };
    if (header) c.fill = HEADER_FILL;
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  ws.pageSetup = { ...A4_WIDE, orientation: 'landscape' };
}

function scoreSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Chấm điểm', { properties: { tabColor: { argb: 'FFC00000' } } });
  const nCols = 3 + UNITS.length * 2;
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 8 }, ...UNITS.flatMap(() => [{ width: 7.5 }, { width: 7.5 }])];
  title(ws, 1, 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024', nCols);
  title(ws, 2, 'KHỐI THI ĐUA SỐ 3 - TỈNH ĐẮK LẮK', nCols, 13);
  const top = 4; // header rows 4 and 5 (1-based)
  for (const [c, text] of [
    [1, 'STT'],
    [2, 'Nội dung tiêu chí'],
    [3, 'Điểm chuẩn'],
  ] as const) {
    ws.mergeCells(top, c, top + 1, c);
    ws.getCell(top, c).value = text;
  }
  UNITS.forEach((u, i) => {
    const c = 4 + i * 2;
    ws.mergeCells(top, c, top, c + 1);
    ws.getCell(top, c).value = u.short;
    ws.getCell(top + 1, c).value = 'Tự chấm';
    ws.getCell(top + 1, c + 1).value = 'Khối chấm';
  });
  ws.getRow(top).height = 45;
  ws.getRow(top + 1).height = 30;
  styleRange(ws, top, 1, top + 1, nCols, (c) => {
    c.font = { name: FONT, size: 11, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN;
    c.fill = HEADER_FILL;
  });

  const self = UNITS.map(selfScores);
  const col = (u: number, role: 0 | 1) => 4 + u * 2 + role;
  const letter = (c: number) => ws.getColumn(c).letter;
  const r = top + 2;
  // First lay out the rows, then write formulas that reference leaf rows.
  const rowOf: number[] = [];
  for (let i = 0; i < TABLE.length; i++) rowOf.push(r + i);
  const totalRow = r + TABLE.length;
  const leafRowsOfGroup = new Map<number, number[]>(); // group table index -> leaf rows
  const leafRowsOfSub = new Map<number, number[]>();
  let g = -1;
  let sub = -1;
  TABLE.forEach((row, i) => {
    if (row.kind === 'group') {
      g = i;
      sub = -1;
      leafRowsOfGroup.set(i, []);
    } else if (row.kind === 'sub') {
      sub = i;
      leafRowsOfSub.set(i, []);
    } else {
      leafRowsOfGroup.get(g)!.push(rowOf[i]);
      if (sub >= 0 && row.stt.includes('.')) leafRowsOfSub.get(sub)!.push(rowOf[i]);
    }
  });

  let leaf = 0;
  const groupSums: { row: number; kind: 'ordinary' | 'bonus' | 'deduction'; values: number[][] }[] = [];
  TABLE.forEach((row, i) => {
    const rr = rowOf[i];
    ws.getCell(rr, 1).value = row.stt;
    ws.getCell(rr, 2).value = row.text;
    ws.getCell(rr, 3).value = row.max;
    const sumOf = (rows: number[], c: number, values: (rr: number) => number) => ({
      formula: `SUM(${rows.map((x) => `${letter(c)}${x}`).join(',')})`,
      result: Number(rows.reduce((a, x) => a + values(x), 0).toFixed(6)),
    });
    const valueAt = (u: number, role: 0 | 1) => (x: number) => {
      const k = LEAVES.indexOf(TABLE[rowOf.indexOf(x)] as (typeof LEAVES)[number]);
      return role === 0 ? self[u][k] : UNITS[u].bloc[k];
    };
    if (row.kind === 'leaf') {
      UNITS.forEach((u, ui) => {
        ws.getCell(rr, col(ui, 0)).value = self[ui][leaf];
        ws.getCell(rr, col(ui, 1)).value = u.bloc[leaf];
      });
      leaf++;
    } else {
      const rows = row.kind === 'group' ? leafRowsOfGroup.get(i)! : leafRowsOfSub.get(i)!;
      const values: number[][] = [];
      UNITS.forEach((_, ui) => {
        const pair: number[] = [];
        for (const role of [0, 1] as const) {
          const f = sumOf(rows, col(ui, role), valueAt(ui, role));
          ws.getCell(rr, col(ui, role)).value = f;
          pair.push(f.result);
        }
        values.push(pair);
      });
      if (row.kind === 'group') {
        const kind = /thưởng/.test(row.text) ? 'bonus' : /trừ/.test(row.text) ? 'deduction' : 'ordinary';
        groupSums.push({ row: rr, kind, values });
      }
    }
    const isGroup = row.kind === 'group';
    ws.getRow(rr).height = 15 * Math.max(1, Math.ceil(row.text.length / 52));
    styleRange(ws, rr, 1, rr, nCols, (c) => {
      c.border = THIN;
      c.font = { name: FONT, size: 11, bold: isGroup || row.kind === 'sub', italic: row.kind === 'sub' };
      c.alignment = { vertical: 'middle', wrapText: true, horizontal: Number(c.col) === 2 ? 'left' : 'center' };
      if (isGroup) c.fill = GROUP_FILL;
    });
  });

  // Tổng cộng = I + II + III + MIN(IV, 5) - MIN(V, 5)
  ws.mergeCells(totalRow, 1, totalRow, 2);
  ws.getCell(totalRow, 1).value = 'Tổng cộng (I + II + III + IV - V)';
  ws.getCell(totalRow, 3).value = {
    formula: `SUM(C${groupSums[0].row},C${groupSums[1].row},C${groupSums[2].row},C${groupSums[3].row})`,
    result: 105,
  };
  UNITS.forEach((_, ui) => {
    for (const role of [0, 1] as const) {
      const L = letter(col(ui, role));
      const [a, b, c, bonus, ded] = groupSums;
      const result =
        a.values[ui][role] +
        b.values[ui][role] +
        c.values[ui][role] +
        Math.min(bonus.values[ui][role], 5) -
        Math.min(ded.values[ui][role], 5);
      ws.getCell(totalRow, col(ui, role)).value = {
        formula: `${L}${a.row}+${L}${b.row}+${L}${c.row}+MIN(${L}${bonus.row},5)-MIN(${L}${ded.row},5)`,
        result: Number(result.toFixed(6)),
      };
    }
  });
  styleRange(ws, totalRow, 1, totalRow, nCols, (c) => {
    c.border = THIN;
    c.font = { name: FONT, size: 11, bold: true };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    c.fill = HEADER_FILL;
  });
  ws.getRow(totalRow).height = 30;

  const sign = totalRow + 2;
  ws.getCell(sign, 2).value = 'Ghi chú: Điểm khối chấm do đơn vị Khối trưởng tổng hợp sau khi thẩm định hồ sơ, minh chứng của các đơn vị.';
  ws.getCell(sign, 2).font = { name: FONT, size: 11, italic: true };
  ws.getCell(sign + 2, 16).value = 'ĐƠN VỊ KHỐI TRƯỞNG';
  ws.getCell(sign + 2, 16).font = { name: FONT, size: 12, bold: true };
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: top + 1 }];
  ws.pageSetup = { ...A4_WIDE, orientation: 'landscape' };
}

function ballotSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Phiếu bầu', { properties: { tabColor: { argb: 'FF548235' } } });
  ws.columns = [6, 42, 14, 14, 12].map((width) => ({ width }));
  title(ws, 1, 'KẾT QUẢ KIỂM PHIẾU SUY TÔN ĐƠN VỊ DẪN ĐẦU', 5);
  const figures: [string, number][] = [
    ['Số phiếu phát ra', 10],
    ['Số phiếu thu về', 10],
    ['Số phiếu hợp lệ', 10],
    ['Số phiếu không hợp lệ', 0],
  ];
  figures.forEach(([label, v], i) => {
    const a = ws.getCell(3 + i, 2);
    a.value = label;
    a.font = { name: FONT, size: 12, bold: true };
    const b = ws.getCell(3 + i, 3);
    b.value = v;
    b.font = { name: FONT, size: 12 };
    a.border = THIN;
    b.border = THIN;
  });
  const head = 8;
  ws.getRow(head).values = ['STT', 'Đơn vị', 'Số phiếu đồng ý', 'Không đồng ý', 'Tỷ lệ đồng ý'];
  let r = head + 1;
  UNITS.forEach((u) => {
    if (u.votes == null) return;
    ws.getRow(r).values = [r - head, u.name, u.votes, 10 - u.votes];
    ws.getCell(r, 5).value = { formula: `C${r}/${UNITS.length}`, result: u.votes / UNITS.length };
    ws.getCell(r, 5).numFmt = '0.0%';
    r++;
  });
  styleRange(ws, head, 1, r - 1, 5, (c) => {
    const header = Number(c.row) === head;
    c.border = THIN;
    c.font = { name: FONT, size: 12, bold: header };
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: Number(c.col) === 2 && !header ? 'left' : 'center' };
    if (header) c.fill = HEADER_FILL;
  });
  ws.getRow(head).height = 33;
  ws.pageSetup = { ...A4_WIDE, orientation: 'portrait' };
}

function rulesSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Quy tắc', { properties: { tabColor: { argb: 'FF7F7F7F' } } });
  labelValueSheet(
    ws,
    'QUY TẮC BÌNH XÉT CỦA KHỐI',
    [
      ['Quy tắc', 'Giá trị', 'Ghi chú'],
      ['Số Bằng khen', 4, 'Theo Quy chế hoạt động của Khối'],
      ['Ngưỡng phiếu', '> 50%', 'Tỷ lệ phiếu đồng ý trên tổng số đơn vị thành viên'],
      ['Thứ tự ưu tiên khi bằng điểm', 'Phiếu bầu; Điểm nhóm I; Điểm trừ ít hơn; Điểm thưởng nhiều hơn', 'Xét lần lượt'],
    ],
    [32, 48, 40],
  );
  styleRange(ws, 3, 1, 3, 3, (c) => {
    c.font = { name: FONT, size: 13, bold: true };
    c.fill = HEADER_FILL;
  });
}

/** The sample's date: its document properties' and every zip entry's, so that the file is the same byte for byte. */
const MADE = new Date(Date.UTC(2025, 0, 6));

/** The sample workbook, the same bytes at every run (the committed file is this; test/samples.test.ts checks it). */
export async function makeSample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bình xét Thi đua';
  wb.created = MADE;
  wb.modified = MADE;
  infoSheet(wb);
  unitsSheet(wb);
  scoreSheet(wb);
  ballotSheet(wb);
  rulesSheet(wb);
  // ExcelJS stamps each zip entry with the time of writing: the package is written again with the fixed date.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const entry of Object.values(zip.files)) entry.date = MADE;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

if (require.main === module) {
  makeSample()
    .then((buf) => {
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      fs.writeFileSync(OUT, buf);
      console.log(`Đã ghi ${path.relative(process.cwd(), OUT)} (${buf.length} bytes)`);
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
