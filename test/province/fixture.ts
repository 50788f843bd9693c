// Scored bloc workbooks for the province tests, made as blocs make them: the sample workbook with another bloc's
// name, province, year and member units, scored by the real `bxtd score`.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run, SAMPLE } from '../cli/cli';

export { run };
export const OOXML_CHECK = path.join(__dirname, '..', '..', '..', 'shared', 'tools', 'ooxml-check');

/** The sample's units (full name, short name), in `Đơn vị` order. */
const SAMPLE_UNITS: [string, string][] = [
  ['Công an tỉnh', 'CA tỉnh'],
  ['Viện Kiểm sát nhân dân tỉnh', 'VKSND tỉnh'],
  ['Tòa án nhân dân tỉnh', 'TAND tỉnh'],
  ['Cục Thi hành án dân sự tỉnh', 'Cục THADS'],
  ['Thanh tra tỉnh', 'Thanh tra tỉnh'],
  ['Sở Tư pháp', 'Sở Tư pháp'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ CHQS tỉnh'],
  ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'BĐBP tỉnh'],
  ['Trại giam Đắk Tân', 'TG Đắk Tân'],
  ['Trại giam Đắk Trung', 'TG Đắk Trung'],
  ['Trung đoàn Cảnh sát cơ động Tây Nguyên', 'TĐ CSCĐ Tây Nguyên'],
];

/** An economic bloc's units, in the same order (so the same scores and ballot apply). */
export const ECONOMIC_UNITS: [string, string][] = [
  ['Sở Tài chính', 'STC'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
  ['Sở Công Thương', 'SCT'],
  ['Sở Xây dựng', 'SXD'],
  ['Sở Giao thông vận tải', 'SGTVT'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN'],
  ['Sở Tài nguyên và Môi trường', 'STNMT'],
  ['Kho bạc Nhà nước tỉnh', 'KBNN'],
  ['Cục Thuế tỉnh', 'Cục Thuế'],
  ['Cục Thống kê tỉnh', 'Cục TK'],
  ['Ngân hàng Nhà nước chi nhánh tỉnh', 'NHNN'],
];

export interface BlocSpec {
  name: string;
  province?: string; // default the sample's (Đắk Lắk)
  year?: number; // default the sample's (2024)
  units?: [string, string][]; // default the sample's
  /** Leave out the `Phiếu bầu` sheet: the flag is then proposed pending the vote. */
  noBallot?: boolean;
  /** Any other change to the inputs before scoring. */
  edit?: (wb: ExcelJS.Workbook) => void;
}

const text = (v: ExcelJS.CellValue): string | null => (typeof v === 'string' ? v : null);

/** Edit a workbook file in place with ExcelJS (as a user editing it in a spreadsheet program would). */
export async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
}

/** The value next to a label in column A of `Thông tin`. */
export function setInfo(wb: ExcelJS.Workbook, label: string, value: string | number): void {
  const ws = wb.getWorksheet('Thông tin')!;
  ws.eachRow((row) => {
    if (text(row.getCell(1).value) === label) row.getCell(2).value = value;
  });
}

/** Writes the bloc's input workbook (not scored) into dir; returns its path. */
export async function writeBloc(dir: string, spec: BlocSpec, fileName?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  setInfo(wb, 'Tên khối', spec.name);
  if (spec.province) {
    setInfo(wb, 'Tỉnh', spec.province);
    setInfo(wb, 'Cơ quan khen thưởng', `Ủy ban nhân dân tỉnh ${spec.province}`);
  }
  if (spec.year) setInfo(wb, 'Năm', spec.year);
  if (spec.units) {
    const rename = new Map<string, string>();
    SAMPLE_UNITS.forEach(([full, short], i) => {
      rename.set(full, spec.units![i][0]);
      rename.set(short, spec.units![i][1]);
    });
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = text(cell.value);
          if (v != null && rename.has(v)) cell.value = rename.get(v)!;
        }),
      );
    }
  }
  if (spec.noBallot) wb.removeWorksheet(wb.getWorksheet('Phiếu bầu')!.id);
  spec.edit?.(wb);
  const file = path.join(dir, fileName ?? `${spec.name.replace(/\s+/g, '-')}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

export interface Scored {
  file: string; // the scored workbook
  flag: string[];
  merit: string[];
}

/** `bxtd score FILE --out dir --json`: the scored workbook and what score proposed. */
export async function score(file: string, outDir: string): Promise<Scored> {
  const r = await run(['score', file, '--out', outDir, '--json']);
  if (r.code !== 0) throw new Error(`bxtd score ${file} exited ${r.code}: ${r.err}`);
  const doc = JSON.parse(r.out) as { flag: string[]; merit: string[] };
  return { file: path.join(outDir, `${path.basename(file).replace(/\.xlsx$/i, '')}.ket-qua.xlsx`), flag: doc.flag, merit: doc.merit };
}

/** Writes and scores a bloc; the scored workbook is in dir. */
export async function scoredBloc(dir: string, spec: BlocSpec): Promise<Scored> {
  const inputs = path.join(dir, 'inputs');
  await fs.mkdir(inputs, { recursive: true });
  return score(await writeBloc(inputs, spec), dir);
}
