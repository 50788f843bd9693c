// Sheet `Quy tắc`: the bloc's rules as label/value rows; any rule left out takes its default (DEFAULT_RULES).

import { DEFAULT_RULES, type Rules, type Threshold, type TieBreak, type Unit } from '../domain/model';
import { closest, fold, parseNumber, romanValue } from '../domain/text';
import { RULE_LABELS, type RuleKey } from './format-v1';
import { cellAddress, type CellValue, type SheetGrid } from './grid';
import { canonical, cellText, labelIndex, quote, readLabelRows, say, type IssueSink } from './read-support';

const LABELS = labelIndex<RuleKey>(RULE_LABELS);

const HEADINGS = new Set(['quy tac', 'noi dung', 'gia tri', 'stt', 'ten quy tac', 'muc', 'quy dinh']);

/** A `Điểm nhóm <numeral>` step and where it was written: checked against the score table's groups later. */
export interface GroupStepRef {
  numeral: string;
  cell: string;
}

export interface RulesRead {
  rules: Rules;
  groupSteps: GroupStepRef[];
  /** The cell of each rule written in `Quy tắc` (its value), for messages that weigh rules against the workbook. */
  cells: Partial<Record<RuleKey, string>>;
}

export function readRules(sheet: SheetGrid | null, sink: IssueSink): RulesRead {
  const rules: Rules = { ...DEFAULT_RULES, tieBreaks: [...DEFAULT_RULES.tieBreaks], given: [] };
  const groupSteps: GroupStepRef[] = [];
  const cells: RulesRead['cells'] = {};
  if (!sheet) return { rules, groupSteps, cells };

  const { known, unknown } = readLabelRows(sheet, LABELS);
  // An unknown rule is an error, never ignored: a bloc's minimum or threshold silently dropped would change awards.
  const canonicalNames = (Object.keys(LABELS.vocabulary) as RuleKey[]).map((k) => canonical(LABELS, k));
  for (const u of unknown) {
    if (HEADINGS.has(fold(u.label))) continue;
    const near = closest(u.label, Object.values(LABELS.vocabulary).flat());
    const hint = near ? { vi: ` Có phải là "${near}"?`, en: ` Did you mean "${near}"?` } : { vi: '', en: '' };
    const list = canonicalNames.join(', ');
    sink.error(sheet.name, cellAddress(u.row, u.col), {
      vi: `Không nhận ra quy tắc "${quote(u.label)}".${hint.vi} Các quy tắc dùng được: ${list}.`,
      en: `Unknown rule "${quote(u.label)}".${hint.en} Known rules: ${list}.`,
    });
  }

  const seen = new Set<RuleKey>();
  for (const row of known) {
    const cell = cellAddress(row.row, row.valueCol);
    const name = canonical(LABELS, row.key);
    if (seen.has(row.key)) {
      sink.warn(sheet.name, cellAddress(row.row, row.labelCol), {
        vi: `Quy tắc "${name}" được ghi hai lần: dùng dòng đầu tiên.`,
        en: `Rule "${name}" is written twice: the first row is used.`,
      });
      continue;
    }
    seen.add(row.key);
    if (row.value == null) continue; // left blank: the default applies
    cells[row.key] = cell;
    const bad = (vi: string, en: string) =>
      sink.error(sheet.name, cell, {
        vi: `Quy tắc "${name}": giá trị "${quote(row.value)}" không hợp lệ. ${vi}`,
        en: `Rule "${name}": "${quote(row.value)}" is not valid. ${en}`,
      });
    const v = row.value;
    switch (row.key) {
      case 'flagCount': {
        const n = wholeNumber(v);
        if (n == null) {
          bad('Ghi một số nguyên, ví dụ 1.', 'Write a whole number, e.g. 1.');
          continue;
        }
        rules.flagCount = n;
        break;
      }
      case 'meritCount': {
        if (isDefaultWord(v)) continue;
        const n = wholeNumber(v);
        if (n == null) {
          bad(
            'Ghi một số nguyên, ví dụ 4, hoặc để trống để dùng mặc định.',
            'Write a whole number, e.g. 4, or leave it blank for the default.',
          );
          continue;
        }
        rules.meritCount = n;
        break;
      }
      case 'voteThreshold':
      case 'quorum': {
        const t = parseThreshold(v, '>=');
        if (t && t.op === '>' && t.fraction >= 1) {
          bad(
            'Không đơn vị nào có thể vượt 100%: ghi một tỷ lệ từ 0 đến 100%, ví dụ "> 50%".',
            'No unit can exceed 100%: write a share from 0 to 100%, e.g. "> 50%".',
          );
          continue;
        }
        if (!t) {
          bad('Ghi dạng "> 50%", ">= 2/3", "2/3" hoặc "50%".', 'Write it as "> 50%", ">= 2/3", "2/3" or "50%".');
          continue;
        }
        rules[row.key] = t;
        break;
      }
      case 'scoreSource': {
        const s = SOURCES.get(fold(cellText(v)));
        if (!s) {
          bad('Chọn "Khối chấm", "Tự chấm" hoặc "Chấm chéo".', 'Choose "Khối chấm", "Tự chấm" or "Chấm chéo".');
          continue;
        }
        rules.scoreSource = s;
        break;
      }
      case 'crossAggregation': {
        const a = parseAggregation(v);
        if (!a) {
          bad(
            'Chọn "Trung bình", "Bỏ cao nhất và thấp nhất" hoặc "Trung vị".',
            'Choose "Trung bình" (mean), "Bỏ cao nhất và thấp nhất" (trimmed) or "Trung vị" (median).',
          );
          continue;
        }
        rules.crossAggregation = a;
        break;
      }
      case 'tieBreaks': {
        const steps = parseTieBreaks(v, sheet.name, cell, sink);
        if (!steps) continue;
        rules.tieBreaks = steps;
        for (const s of steps) if (s.kind === 'group') groupSteps.push({ numeral: s.numeral, cell });
        break;
      }
      case 'decimals': {
        const n = wholeNumber(v);
        if (n == null || n > 6) {
          bad('Ghi một số nguyên từ 0 đến 6.', 'Write a whole number from 0 to 6.');
          continue;
        }
        rules.decimals = n;
        break;
      }
      case 'minFlagScore': {
        if (isDefaultWord(v)) continue;
        const n = parseNumber(v);
        if (n == null || n < 0) {
          bad('Ghi một số điểm, ví dụ 90, hoặc để trống.', 'Write a score, e.g. 90, or leave it blank.');
          continue;
        }
        rules.minFlagScore = n;
        break;
      }
      default: {
        const unhandled: never = row.key; // a new rule must be read here before it compiles
        throw new Error(`rule not read: ${String(unhandled)}`);
      }
    }
    rules.given.push(row.key);
  }
  return { rules, groupSteps, cells };
}

function wholeNumber(v: CellValue): number | null {
  const n = parseNumber(v);
  return n != null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** "mặc định", "không", "không có": the rule keeps its default (no limit, or the computed number). */
function isDefaultWord(v: CellValue): boolean {
  return ['mac dinh', 'khong', 'khong co', 'khong ap dung', '-'].includes(fold(cellText(v)));
}

const SOURCES = new Map<string, Rules['scoreSource']>([
  ['khoi cham', 'bloc'],
  ['diem khoi cham', 'bloc'],
  ['tham dinh', 'bloc'],
  ['diem tham dinh', 'bloc'],
  ['diem dat', 'bloc'],
  ['tu cham', 'self'],
  ['diem tu cham', 'self'],
  ['cham cheo', 'cross'],
  ['diem cham cheo', 'cross'],
]);

function parseAggregation(v: CellValue): Rules['crossAggregation'] | null {
  const s = fold(cellText(v)).replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(diem )?(trung binh|binh quan)( cong)?$/.test(s)) return 'mean';
  if (/^(bo|loai)( \d+)?( diem)? cao nhat( va| ,)?( \d+)?( diem)? thap nhat$/.test(s)) return 'trimmed';
  if (/^(diem )?trung vi$/.test(s)) return 'median';
  return null;
}

/**
 * A share with an optional comparison: "> 50%", ">= 2/3", "≥ 2/3", "2/3", "50%", "trên 50%", "từ 2/3 trở lên",
 * "quá bán", or a number (0.5 or 50). Without a comparison, `bareOp` applies.
 */
export function parseThreshold(v: CellValue, bareOp: Threshold['op']): Threshold | null {
  if (typeof v === 'number') {
    const fraction = v > 1 && v <= 100 ? v / 100 : v;
    if (!(fraction > 0 && fraction <= 1)) return null;
    return { op: bareOp, fraction, text: `${bareOp} ${Number((fraction * 100).toFixed(2))}%` };
  }
  if (typeof v !== 'string') return null;
  const written = cellText(v);
  let s = fold(written);
  if (s === 'qua ban' || s === 'tren mot nua') return { op: '>', fraction: 0.5, text: written };
  let op: Threshold['op'] = bareOp;
  const symbol = /^(>=|≥|=>|>)\s*/.exec(s);
  const word = /^(tren|hon|nhieu hon|lon hon|tu|it nhat|toi thieu|khong duoi|bang hoac hon|dat tu|dat tren|dat)\s+/.exec(s);
  if (symbol) {
    op = symbol[1] === '>' ? '>' : '>=';
    s = s.slice(symbol[0].length);
  } else if (word) {
    op = ['tren', 'hon', 'nhieu hon', 'lon hon', 'dat tren'].includes(word[1]) ? '>' : '>=';
    s = s.slice(word[0].length);
  }
  s = s.replace(/\s*(tro len|so phieu|tong so( don vi| thanh vien)?)$/g, '').trim();
  let fraction: number | null = null;
  let m = /^(.+?)\s*%$/.exec(s);
  if (m) {
    const n = parseNumber(m[1]);
    fraction = n == null || n < 0 ? null : n / 100;
  } else if ((m = /^(\d+)\s*\/\s*(\d+)$/.exec(s))) fraction = Number(m[2]) > 0 ? Number(m[1]) / Number(m[2]) : null;
  else {
    const n = parseNumber(s);
    if (n != null) fraction = n > 1 && n <= 100 ? n / 100 : n;
  }
  if (fraction == null || !(fraction > 0 && fraction <= 1)) return null;
  return { op, fraction, text: written };
}

/** The tie-break vocabulary, canonical spelling first. */
export const TIE_BREAK_WORDS = ['Phiếu bầu', 'Điểm nhóm <số La Mã>', 'Điểm trừ ít hơn', 'Điểm thưởng nhiều hơn', 'Không nhận Cờ năm trước'];
const TIE_BREAK_WORDS_EN = [
  'Phiếu bầu (votes)',
  'Điểm nhóm <Roman numeral> (group score)',
  'Điểm trừ ít hơn (fewer deductions)',
  'Điểm thưởng nhiều hơn (more bonus)',
  'Không nhận Cờ năm trước (no flag last period)',
];

const SIMPLE_STEPS = new Map<string, TieBreak>([
  ['phieu bau', { kind: 'votes' }],
  ['so phieu', { kind: 'votes' }],
  ['so phieu bau', { kind: 'votes' }],
  ['so phieu dong y', { kind: 'votes' }],
  ['nhieu phieu hon', { kind: 'votes' }],
  ['phieu bau nhieu hon', { kind: 'votes' }],
  ['diem tru it hon', { kind: 'fewerDeductions' }],
  ['it diem tru hon', { kind: 'fewerDeductions' }],
  ['it diem tru', { kind: 'fewerDeductions' }],
  ['diem thuong nhieu hon', { kind: 'moreBonus' }],
  ['nhieu diem thuong hon', { kind: 'moreBonus' }],
  ['diem cong nhieu hon', { kind: 'moreBonus' }],
  ['khong nhan co nam truoc', { kind: 'noFlagLastPeriod' }],
  ['chua nhan co nam truoc', { kind: 'noFlagLastPeriod' }],
  ['khong nhan co ky truoc', { kind: 'noFlagLastPeriod' }],
]);

/** Steps separated by ";" or new lines (a leading "1." or "-" on a step is allowed). Null after an error. */
export function parseTieBreaks(v: CellValue, sheetName: string, cell: string, sink: IssueSink): TieBreak[] | null {
  const written = typeof v === 'string' ? v : cellText(v);
  if (isDefaultWord(written) && fold(written) !== '-') return [];
  const parts = written
    .split(/[;\n\r]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const steps: TieBreak[] = [];
  let ok = true;
  for (const part of parts) {
    const s = fold(part)
      .replace(/^(\d+\s*[.)]|[-+•*])\s*/, '')
      .replace(/[.]$/, '')
      .trim();
    const simple = SIMPLE_STEPS.get(s);
    const group = /^(?:diem\s+)?nhom\s+([ivxlc]+)(?:\s+cao hon)?$/.exec(s);
    if (simple) steps.push(simple);
    else if (group && romanValue(group[1]) != null) steps.push({ kind: 'group', numeral: group[1].toUpperCase() });
    else {
      ok = false;
      sink.error(
        sheetName,
        cell,
        say((_, l) =>
          l === 'vi'
            ? `Không hiểu bước ưu tiên "${part}". Các bước dùng được: ${TIE_BREAK_WORDS.join('; ')}.`
            : `Unknown tie-break step "${part}". Known steps: ${TIE_BREAK_WORDS_EN.join('; ')}.`,
        ),
      );
    }
  }
  return ok ? steps : null;
}

/**
 * The rules weighed as a whole against the workbook: flags for at most the member units, flags and Certificates for
 * at most the eligible ones, and a scoring rule that names a sheet the workbook has. Errors at the rule's cell.
 */
export function checkRules(read: RulesRead, sheet: string, units: readonly Unit[], hasCross: boolean, sink: IssueSink): void {
  const { rules, cells } = read;
  const n = units.length;
  const eligible = units.filter((u) => !u.ineligibleReason).length;
  if (cells.flagCount && rules.flagCount > n) {
    sink.error(sheet, cells.flagCount, {
      vi: `Số Cờ thi đua (${rules.flagCount}) nhiều hơn số đơn vị thành viên (${n}).`,
      en: `Số Cờ thi đua, the flags (${rules.flagCount}), exceeds the member units (${n}).`,
    });
  }
  if (cells.meritCount && rules.meritCount != null && rules.flagCount + rules.meritCount > eligible) {
    sink.error(sheet, cells.meritCount, {
      vi: `Số Cờ thi đua (${rules.flagCount}) cộng Số Bằng khen (${rules.meritCount}) nhiều hơn số đơn vị được xét khen thưởng (${eligible}).`,
      en: `Flags (${rules.flagCount}) plus Certificates (${rules.meritCount}) exceed the units eligible for awards (${eligible}).`,
    });
  }
  if (cells.scoreSource && rules.scoreSource === 'cross' && !hasCross) {
    sink.error(sheet, cells.scoreSource, {
      vi: `Quy tắc chọn xếp hạng theo "Chấm chéo" nhưng sổ không có trang Chấm chéo: thêm trang đó hoặc chọn "Khối chấm" / "Tự chấm".`,
      en: `The rules rank by cross-scoring ("Chấm chéo") but the workbook has no Chấm chéo sheet: add it, or choose "Khối chấm" / "Tự chấm".`,
    });
  }
}
