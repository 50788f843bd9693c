// The rules that were applied, one line each, for `Kết quả` and the minutes.

import { formatScore } from './format';
import type { Rules, Text } from './model';
import { stepName } from './tiebreak';

const SOURCE: Record<Rules['scoreSource'], Text> = {
  bloc: { vi: 'Khối chấm', en: 'Bloc score' },
  self: { vi: 'Tự chấm', en: 'Self score' },
  cross: { vi: 'Chấm chéo', en: 'Cross-scoring' },
};

const AGGREGATION: Record<Rules['crossAggregation'], Text> = {
  mean: { vi: 'Trung bình', en: 'Mean' },
  trimmed: { vi: 'Bỏ cao nhất và thấp nhất', en: 'Drop highest and lowest' },
  median: { vi: 'Trung vị', en: 'Median' },
};

export function describeRules(rules: Rules, meritCount: number): Text[] {
  const mark = (key: keyof Omit<Rules, 'given'>): Text =>
    rules.given.includes(key) ? { vi: '', en: '' } : { vi: ' (mặc định)', en: ' (default)' };
  const line = (key: keyof Omit<Rules, 'given'>, label: Text, value: Text): Text => ({
    vi: `${label.vi}: ${value.vi}${mark(key).vi}`,
    en: `${label.en}: ${value.en}${mark(key).en}`,
  });
  const same = (s: string): Text => ({ vi: s, en: s });
  const steps = rules.tieBreaks.map(stepName);
  const lines = [
    line('flagCount', { vi: 'Số Cờ thi đua', en: 'Emulation Flags' }, same(String(rules.flagCount))),
    line('meritCount', { vi: 'Số Bằng khen', en: 'Certificates of Merit' }, same(String(meritCount))),
    line('voteThreshold', { vi: 'Ngưỡng phiếu', en: 'Vote threshold' }, same(rules.voteThreshold.text)),
    line('quorum', { vi: 'Tỷ lệ có mặt tối thiểu', en: 'Quorum' }, same(rules.quorum.text)),
    line('scoreSource', { vi: 'Điểm xếp hạng', en: 'Ranking score' }, SOURCE[rules.scoreSource]),
  ];
  if (rules.scoreSource === 'cross') {
    lines.push(line('crossAggregation', { vi: 'Tổng hợp chấm chéo', en: 'Cross-score aggregation' }, AGGREGATION[rules.crossAggregation]));
  }
  lines.push(
    line(
      'tieBreaks',
      { vi: 'Thứ tự ưu tiên khi bằng điểm', en: 'Tie-break order' },
      {
        vi: steps.map((s) => s.vi).join('; ') || 'không có',
        en: steps.map((s) => s.en).join('; ') || 'none',
      },
    ),
    line('decimals', { vi: 'Số chữ số thập phân', en: 'Decimal places' }, same(String(rules.decimals))),
    line(
      'minFlagScore',
      { vi: 'Điểm tối thiểu xét Cờ', en: 'Minimum score for the flag' },
      rules.minFlagScore == null
        ? { vi: 'không có', en: 'none' }
        : { vi: formatScore(rules.minFlagScore, 'vi'), en: formatScore(rules.minFlagScore, 'en') },
    ),
  );
  return lines;
}
