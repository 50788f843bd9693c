// The `Quy tắc` rules, one entry each (docs/design.md, "How to add a rule"): the labels the reader accepts (canonical
// first), how a written value is read and checked, what the rule means (both languages), its row in the `Lập sổ`
// template, its line in the rules `Kết quả` lists, and how it is weighed against the rest of the workbook. The reader
// (read-rules.ts), the template (new-bloc.ts), `Kết quả` and the documents (describeRules) all derive from here.
// Adding a rule: its field and default in domain/model.ts (Rules, DEFAULT_RULES), an entry here, and its use in the
// domain; the compiler names anything else.

import { formatScore } from '../domain/format';
import type { Rules, Text, Threshold, TieBreak, Unit } from '../domain/model';
import { fold, parseNumber, romanValue } from '../domain/text';
import { stepName } from '../domain/tiebreak';
import type { CellValue } from './grid';
import { cellText, quote } from './read-support';

export type RuleKey = keyof Omit<Rules, 'given'>;

/**
 * A written value read: the rule's value, the default kept ("Mặc định", blank), why it is not valid (said after
 * "Quy tắc "…": giá trị "…" không hợp lệ."), or an error said whole.
 */
export type Parsed<T> = { value: T } | { keep: true } | { invalid: Text } | { error: Text };

/** What a rule is weighed against: the member units and whether the workbook has `Chấm chéo`. */
export interface RuleContext {
  units: readonly Unit[];
  hasCross: boolean;
}

export interface RuleEntry<K extends RuleKey> {
  labels: readonly string[];
  parse(v: CellValue): Parsed<Rules[K]>;
  /** What the rule means, for the template's note column and the README. */
  meaning: Text;
  /** The value `Lập sổ` writes. */
  template: CellValue;
  /** The applied value in `Kết quả`'s rules list (null: the rule is not listed, e.g. aggregation without cross-scoring). */
  applied(rules: Rules, meritCount: number): Text | null;
  /** The rule weighed against the workbook, when written: why it cannot hold (an error at its cell), or null. */
  check?(rules: Rules, ctx: RuleContext): Text | null;
}

const same = (s: string): Text => ({ vi: s, en: s });
const invalid = (vi: string, en: string): { invalid: Text } => ({ invalid: { vi, en } });

function wholeNumber(v: CellValue): number | null {
  const n = parseNumber(v);
  return n != null && Number.isInteger(n) && n >= 0 ? n : null;
}

/** "mặc định", "không", "không có": the rule keeps its default (no limit, or the computed number). */
function isDefaultWord(v: CellValue): boolean {
  return ['mac dinh', 'khong', 'khong co', 'khong ap dung', '-'].includes(fold(cellText(v)));
}

function yesNo(v: CellValue): boolean | null {
  if (typeof v === 'boolean') return v;
  const s = fold(cellText(v)).replace(/[.!]$/, '');
  if (['co', 'x', 'dung', 'ap dung', 'yes', 'true', '1'].includes(s)) return true;
  if (['khong', 'khong ap dung', 'no', 'false', '0'].includes(s)) return false;
  return null;
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

const SOURCE_NAMES: Record<Rules['scoreSource'], Text> = {
  bloc: { vi: 'Khối chấm', en: 'Bloc score' },
  self: { vi: 'Tự chấm', en: 'Self score' },
  cross: { vi: 'Chấm chéo', en: 'Cross-scoring' },
};

const AGGREGATION_NAMES: Record<Rules['crossAggregation'], Text> = {
  mean: { vi: 'Trung bình', en: 'Mean' },
  trimmed: { vi: 'Bỏ cao nhất và thấp nhất', en: 'Drop highest and lowest' },
  median: { vi: 'Trung vị', en: 'Median' },
};

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

function thresholdRule(bareOp: Threshold['op']) {
  return (v: CellValue): Parsed<Threshold> => {
    const t = parseThreshold(v, bareOp);
    if (t && t.op === '>' && t.fraction >= 1) {
      return invalid(
        'Không đơn vị nào có thể vượt 100%: ghi một tỷ lệ từ 0 đến 100%, ví dụ "> 50%".',
        'No unit can exceed 100%: write a share from 0 to 100%, e.g. "> 50%".',
      );
    }
    return t ? { value: t } : invalid('Ghi dạng "> 50%", ">= 2/3", "2/3" hoặc "50%".', 'Write it as "> 50%", ">= 2/3", "2/3" or "50%".');
  };
}

/** The tie-break vocabulary, canonical spelling first. */
export const TIE_BREAK_WORDS: Text[] = [
  { vi: 'Phiếu bầu', en: 'Phiếu bầu (votes)' },
  { vi: 'Điểm nhóm <số La Mã>', en: 'Điểm nhóm <Roman numeral> (group score)' },
  { vi: 'Điểm tiêu chí <STT>', en: 'Điểm tiêu chí <STT> (a criterion’s score)' },
  { vi: 'Điểm trừ ít hơn', en: 'Điểm trừ ít hơn (fewer deductions)' },
  { vi: 'Điểm thưởng nhiều hơn', en: 'Điểm thưởng nhiều hơn (more bonus)' },
  { vi: 'Không nhận Cờ năm trước', en: 'Không nhận Cờ năm trước (no flag last period)' },
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

/** One step as written ("2. Điểm nhóm II", "- Điểm tiêu chí 2.1"), or null. */
function parseStep(part: string): TieBreak | null {
  const s = fold(part)
    .replace(/^(\d+\s*[.)]|[-+•*])\s*/, '')
    .replace(/[.]$/, '')
    .trim();
  const simple = SIMPLE_STEPS.get(s);
  if (simple) return simple;
  const group = /^(?:diem\s+)?nhom\s+([ivxlc]+)(?:\s+cao hon)?$/.exec(s);
  if (group && romanValue(group[1]) != null) return { kind: 'group', numeral: group[1].toUpperCase() };
  const criterion = /^(?:diem\s+)?tieu chi\s+(?:so\s+)?([0-9ivxlca-z][0-9a-z.)]*)(?:\s+cao hon)?$/.exec(s);
  if (criterion) {
    // A leading Roman numeral names the group ("II.2"): written upper case, as group rows are.
    const stt = criterion[1].replace(/^([ivxlc]+)(?=\.)/, (n) => n.toUpperCase());
    return { kind: 'criterion', stt };
  }
  return null;
}

/** Steps separated by ";" or new lines (a leading "1." or "-" on a step is allowed). */
function parseTieBreaks(v: CellValue): Parsed<TieBreak[]> {
  const written = typeof v === 'string' ? v : cellText(v);
  if (isDefaultWord(written) && fold(written) !== '-') return { value: [] };
  const parts = written
    .split(/[;\n\r]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const steps = parts.map(parseStep);
  const unknown = parts.filter((_, i) => !steps[i]);
  if (unknown.length) {
    const list = unknown.map((p) => `"${p}"`).join(', ');
    return {
      error: {
        vi: `Không hiểu bước ưu tiên ${list}. Các bước dùng được: ${TIE_BREAK_WORDS.map((w) => w.vi).join('; ')}.`,
        en: `Unknown tie-break step ${list}. Known steps: ${TIE_BREAK_WORDS.map((w) => w.en).join('; ')}.`,
      },
    };
  }
  return { value: steps as TieBreak[] };
}

/** Every rule, in the order the template and `Kết quả` list them. */
export const RULES: { [K in RuleKey]: RuleEntry<K> } = {
  flagCount: {
    labels: ['Số Cờ thi đua', 'Số cờ', 'Số lượng Cờ thi đua', 'Số lượng cờ', 'Cờ thi đua'],
    parse: (v) => {
      const n = wholeNumber(v);
      return n == null ? invalid('Ghi một số nguyên, ví dụ 1.', 'Write a whole number, e.g. 1.') : { value: n };
    },
    meaning: { vi: 'Số đơn vị Khối đề nghị tặng Cờ thi đua', en: 'How many units the bloc proposes for the Emulation Flag' },
    template: 1,
    applied: (r) => same(String(r.flagCount)),
    check: (r, { units }) =>
      r.flagCount > units.length
        ? {
            vi: `Số Cờ thi đua (${r.flagCount}) nhiều hơn số đơn vị thành viên (${units.length}).`,
            en: `Số Cờ thi đua, the flags (${r.flagCount}), exceeds the member units (${units.length}).`,
          }
        : null,
  },
  meritCount: {
    labels: ['Số Bằng khen', 'Số lượng Bằng khen', 'Bằng khen'],
    parse: (v) => {
      if (isDefaultWord(v)) return { keep: true };
      const n = wholeNumber(v);
      return n == null
        ? invalid(
            'Ghi một số nguyên, ví dụ 4, hoặc để trống để dùng mặc định.',
            'Write a whole number, e.g. 4, or leave it blank for the default.',
          )
        : { value: n };
    },
    meaning: {
      vi: 'Mặc định: 50% số đơn vị (làm tròn xuống), trừ đơn vị được đề nghị Cờ',
      en: 'Default: 50% of the units (rounded down), less the flag units',
    },
    template: 'Mặc định',
    applied: (_, meritCount) => same(String(meritCount)),
    check: (r, { units }) => {
      const eligible = units.filter((u) => !u.ineligibleReason).length;
      return r.meritCount != null && r.flagCount + r.meritCount > eligible
        ? {
            vi: `Số Cờ thi đua (${r.flagCount}) cộng Số Bằng khen (${r.meritCount}) nhiều hơn số đơn vị được xét khen thưởng (${eligible}).`,
            en: `Flags (${r.flagCount}) plus Certificates (${r.meritCount}) exceed the units eligible for awards (${eligible}).`,
          }
        : null;
    },
  },
  voteThreshold: {
    labels: ['Ngưỡng phiếu', 'Ngưỡng phiếu bầu', 'Tỷ lệ phiếu', 'Tỷ lệ phiếu đồng ý', 'Tỷ lệ phiếu bầu'],
    parse: thresholdRule('>='),
    meaning: {
      vi: 'Tỷ lệ phiếu đồng ý trên tổng số đơn vị thành viên để được suy tôn Cờ',
      en: 'The share of all member units’ votes a unit needs for the flag',
    },
    template: '> 50%',
    applied: (r) => same(r.voteThreshold.text),
  },
  quorum: {
    labels: ['Tỷ lệ có mặt tối thiểu', 'Tỷ lệ có mặt', 'Tỷ lệ đơn vị có mặt', 'Số đơn vị có mặt tối thiểu'],
    parse: thresholdRule('>='),
    meaning: { vi: 'Tỷ lệ đơn vị có mặt để cuộc bỏ phiếu có giá trị', en: 'The share of units present for the ballot to count' },
    template: '2/3',
    applied: (r) => same(r.quorum.text),
  },
  scoreSource: {
    labels: ['Điểm xếp hạng', 'Điểm dùng để xếp hạng', 'Điểm để xếp hạng', 'Nguồn điểm'],
    parse: (v) => {
      const s = SOURCES.get(fold(cellText(v)));
      return s ? { value: s } : invalid('Chọn "Khối chấm", "Tự chấm" hoặc "Chấm chéo".', 'Choose "Khối chấm", "Tự chấm" or "Chấm chéo".');
    },
    meaning: { vi: '"Khối chấm", "Tự chấm" hoặc "Chấm chéo"', en: 'The score the ranking uses: bloc, self or cross-scoring' },
    template: 'Khối chấm',
    applied: (r) => SOURCE_NAMES[r.scoreSource],
    check: (r, { hasCross }) =>
      r.scoreSource === 'cross' && !hasCross
        ? {
            vi: `Quy tắc chọn xếp hạng theo "Chấm chéo" nhưng sổ không có trang Chấm chéo: thêm trang đó hoặc chọn "Khối chấm" / "Tự chấm".`,
            en: `The rules rank by cross-scoring ("Chấm chéo") but the workbook has no Chấm chéo sheet: add it, or choose "Khối chấm" / "Tự chấm".`,
          }
        : null,
  },
  crossAggregation: {
    labels: ['Tổng hợp chấm chéo', 'Cách tổng hợp chấm chéo', 'Cách tính điểm chấm chéo'],
    parse: (v) => {
      const a = parseAggregation(v);
      return a
        ? { value: a }
        : invalid(
            'Chọn "Trung bình", "Bỏ cao nhất và thấp nhất" hoặc "Trung vị".',
            'Choose "Trung bình" (mean), "Bỏ cao nhất và thấp nhất" (trimmed) or "Trung vị" (median).',
          );
    },
    meaning: {
      vi: 'Khi chấm chéo: "Trung bình", "Bỏ cao nhất và thấp nhất" hoặc "Trung vị"',
      en: 'With cross-scoring: mean, trimmed (drop highest and lowest) or median',
    },
    template: null, // not in the template: only blocs that cross-score write it
    applied: (r) => (r.scoreSource === 'cross' ? AGGREGATION_NAMES[r.crossAggregation] : null),
  },
  tieBreaks: {
    labels: ['Thứ tự ưu tiên khi bằng điểm', 'Ưu tiên khi bằng điểm', 'Thứ tự ưu tiên', 'Khi bằng điểm', 'Tiêu chí phụ'],
    parse: parseTieBreaks,
    meaning: {
      vi: 'Các bước xét khi bằng tổng điểm, theo thứ tự (Phiếu bầu; Điểm nhóm I; Điểm tiêu chí 2.1; …)',
      en: 'The steps that order units of the same total, in turn (votes; a group’s score; a criterion’s score; …)',
    },
    template: 'Phiếu bầu; Điểm nhóm I; Điểm trừ ít hơn; Điểm thưởng nhiều hơn',
    applied: (r) => {
      const steps = r.tieBreaks.map(stepName);
      return { vi: steps.map((s) => s.vi).join('; ') || 'không có', en: steps.map((s) => s.en).join('; ') || 'none' };
    },
  },
  decimals: {
    labels: ['Số chữ số thập phân', 'Số thập phân', 'Làm tròn', 'Làm tròn đến'],
    parse: (v) => {
      const n = wholeNumber(v);
      return n == null || n > 6 ? invalid('Ghi một số nguyên từ 0 đến 6.', 'Write a whole number from 0 to 6.') : { value: n };
    },
    meaning: { vi: 'Tổng điểm được làm tròn trước khi so sánh', en: 'Totals are rounded to this before they are compared' },
    template: 2,
    applied: (r) => same(String(r.decimals)),
  },
  minFlagScore: {
    labels: ['Điểm tối thiểu xét Cờ', 'Điểm tối thiểu xét Cờ thi đua', 'Điểm tối thiểu để xét Cờ', 'Điểm sàn xét Cờ', 'Điểm tối thiểu'],
    parse: (v) => {
      if (isDefaultWord(v)) return { keep: true };
      const n = parseNumber(v);
      return n == null || n < 0
        ? invalid('Ghi một số điểm, ví dụ 90, hoặc để trống.', 'Write a score, e.g. 90, or leave it blank.')
        : { value: n };
    },
    meaning: {
      vi: 'Ghi số điểm nếu Khối quy định mức điểm tối thiểu để xét Cờ',
      en: 'A unit below this total cannot get the flag (none by default)',
    },
    template: 'Không',
    applied: (r) =>
      r.minFlagScore == null
        ? { vi: 'không có', en: 'none' }
        : { vi: formatScore(r.minFlagScore, 'vi'), en: formatScore(r.minFlagScore, 'en') },
  },
  leaderOnly: {
    labels: [
      'Chỉ suy tôn đơn vị dẫn đầu',
      'Chỉ suy tôn đơn vị xếp thứ nhất',
      'Chỉ đề nghị Cờ cho đơn vị dẫn đầu',
      'Chỉ đơn vị dẫn đầu được suy tôn',
    ],
    parse: (v) => {
      const b = yesNo(v);
      return b == null ? invalid('Ghi "Có" hoặc "Không".', 'Write "Có" (yes) or "Không" (no).') : { value: b };
    },
    meaning: {
      vi: 'Có: chỉ đơn vị xếp hạng cao nhất được đưa ra suy tôn Cờ; Không: đơn vị xếp hạng cao nhất trong số các đơn vị đủ tỷ lệ phiếu',
      en: 'Yes: only the top-ranked unit may be put forward for the flag; no: the best-ranked unit that passed the vote is',
    },
    template: 'Có',
    applied: (r) => (r.leaderOnly ? { vi: 'Có', en: 'yes' } : { vi: 'Không', en: 'no' }),
  },
};

/** The rule's name in `Kết quả` and messages: its canonical label (en: the meaning's short name). */
const ENGLISH_NAMES: Record<RuleKey, string> = {
  flagCount: 'Emulation Flags',
  meritCount: 'Certificates of Merit',
  voteThreshold: 'Vote threshold',
  quorum: 'Quorum',
  scoreSource: 'Ranking score',
  crossAggregation: 'Cross-score aggregation',
  tieBreaks: 'Tie-break order',
  decimals: 'Decimal places',
  minFlagScore: 'Minimum score for the flag',
  leaderOnly: 'Only the leading unit may be put forward',
};

export const RULE_KEYS = Object.keys(RULES) as RuleKey[];

export function ruleName(key: RuleKey): Text {
  return { vi: RULES[key].labels[0], en: ENGLISH_NAMES[key] };
}

/** The rules that were applied, one line each, for `Kết quả`, the pane and the minutes. */
export function describeRules(rules: Rules, meritCount: number): Text[] {
  const lines: Text[] = [];
  for (const key of RULE_KEYS) {
    const value = RULES[key].applied(rules, meritCount);
    if (!value) continue;
    const name = ruleName(key);
    const given = rules.given.includes(key);
    lines.push({
      vi: `${name.vi}: ${value.vi}${given ? '' : ' (mặc định)'}`,
      en: `${name.en}: ${value.en}${given ? '' : ' (default)'}`,
    });
  }
  return lines;
}

/** "Quy tắc "Số Cờ thi đua": giá trị "một" không hợp lệ. …": a written value that cannot be read. */
export function invalidValueText(key: RuleKey, written: CellValue, why: Text): Text {
  const name = RULES[key].labels[0];
  return {
    vi: `Quy tắc "${name}": giá trị "${quote(written)}" không hợp lệ. ${why.vi}`,
    en: `Rule "${name}": "${quote(written)}" is not valid. ${why.en}`,
  };
}
