// Synthetic bloc workbooks (format v1) of any size, as grids, for benchmarks and scale tests.

import type { CellValue, CellRange, SheetGrid } from '../src/workbook/grid';

export interface SyntheticSpec {
  units: number;
  criteria: number; // leaf criteria, spread over four ordinary groups plus a bonus and a deduction group
  crossScorers?: number; // when set, a `Chấm chéo` sheet where this many units score every unit on every criterion
  seed?: number;
}

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticBloc(spec: SyntheticSpec): SheetGrid[] {
  const rnd = random(spec.seed ?? 1);
  const names = Array.from({ length: spec.units }, (_, i) => `Đơn vị số ${i + 1}`);
  const info: SheetGrid = {
    name: 'Thông tin',
    merges: [],
    values: [
      ['Tên khối', 'Khối thi đua tổng hợp'],
      ['Tỉnh', 'Đắk Lắk'],
      ['Năm', 2024],
      ['Kỳ', 'Năm'],
      ['Khối trưởng', names[0]],
    ],
  };
  const units: SheetGrid = {
    name: 'Đơn vị',
    merges: [],
    values: [['STT', 'Tên đơn vị', 'Có mặt'], ...names.map((n, i) => [i + 1, n, 'x'] as CellValue[])],
  };

  // Criteria rows: groups I-IV ordinary (leaves worth 1-5 points), V bonus (cap 5), VI deduction (cap 5).
  const perGroup = Math.max(1, Math.floor((spec.criteria - 4) / 4));
  const groups: { numeral: string; title: string; leaves: number; max: number }[] = [
    { numeral: 'I', title: 'Thực hiện nhiệm vụ chuyên môn', leaves: perGroup, max: 5 },
    { numeral: 'II', title: 'Công tác thi đua, khen thưởng', leaves: perGroup, max: 5 },
    { numeral: 'III', title: 'Xây dựng Đảng, đoàn thể', leaves: perGroup, max: 5 },
    { numeral: 'IV', title: 'Công tác khác', leaves: spec.criteria - 3 * perGroup - 4, max: 5 },
    { numeral: 'V', title: 'Điểm thưởng', leaves: 2, max: 5 },
    { numeral: 'VI', title: 'Điểm trừ', leaves: 2, max: 5 },
  ];
  const header1: CellValue[] = ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn'];
  const header2: CellValue[] = [null, null, null];
  const merges: CellRange[] = [];
  names.forEach((n, u) => {
    header1.push(n, null);
    header2.push('Tự chấm', 'Khối chấm');
    merges.push({ top: 0, left: 3 + 2 * u, bottom: 0, right: 4 + 2 * u });
  });
  const rows: CellValue[][] = [header1, header2];
  const leafKeys: number[] = []; // criteria are numbered 1..N across groups, as many blocs do
  for (const g of groups) {
    rows.push([g.numeral, g.title, g.numeral === 'V' || g.numeral === 'VI' ? 5 : g.leaves * g.max]);
    for (let k = 1; k <= g.leaves; k++) {
      const key = leafKeys.length + 1;
      leafKeys.push(key);
      const row: CellValue[] = [key, `Tiêu chí ${key}`, g.max];
      for (let u = 0; u < spec.units; u++) {
        const v = Math.round(rnd() * g.max * 4) / 4;
        row.push(v, rnd() < 0.7 ? v : Math.max(0, v - 0.25));
      }
      rows.push(row);
    }
  }
  const sheets = [info, units, { name: 'Chấm điểm', values: rows, merges }];
  if (spec.crossScorers) {
    const cross: CellValue[][] = [['Đơn vị chấm', 'Đơn vị được chấm', 'STT', 'Điểm']];
    for (let s = 0; s < spec.crossScorers; s++) {
      for (let u = 0; u < spec.units; u++) {
        if (s === u) continue;
        for (const key of leafKeys) cross.push([names[s], names[u], key, Math.round(rnd() * 4 * 5) / 4]);
      }
    }
    sheets.push({ name: 'Chấm chéo', values: cross, merges: [] });
  }
  return sheets;
}
