// The rules engine: from a bloc read from its workbook to the ranking, proposals and their reasons.

import { selectAwards } from './awards';
import { bilingual, formatScore } from './format';
import type { Bloc, BlocResult, Text, UnitResult } from './model';
import { rankUnits } from './ranking';
import { nextAppointments } from './rotation';
import { describeRules } from './rules-text';
import { computeTotals } from './totals';

export function scoreBloc(bloc: Bloc): BlocResult {
  const { units, rules, ballot } = bloc;
  const totals = computeTotals(bloc);
  const ranked = rankUnits(bloc, totals);
  const eligible = units.map((u) => !u.ineligibleReason);
  const flagEligible = totals.map((t, u) => eligible[u] && (rules.minFlagScore == null || t.total >= rules.minFlagScore));
  const awards = selectAwards(bloc, ranked, eligible, flagEligible);
  const notices: Text[] = [...awards.notices];
  if (rules.scoreSource === 'cross' && !bloc.cross) {
    notices.push({
      vi: 'Quy tắc chọn "Chấm chéo" nhưng sổ không có trang Chấm chéo: mọi điểm được tính là 0.',
      en: 'The rules choose cross-scoring but the workbook has no Chấm chéo sheet: every score counts as 0.',
    });
  }

  const flagSet = new Set(awards.flag);
  const meritSet = new Set(awards.merit);
  const ranking: UnitResult[] = ranked.order.map((u) => {
    const t = totals[u];
    const unit = units[u];
    const reasons = [...ranked.reasons[u]];
    const short = awards.shortOfVotes.get(u);
    if (short) reasons.push(short);
    if (unit.ineligibleReason) {
      reasons.push({ vi: `Không xét khen thưởng: ${unit.ineligibleReason}.`, en: `Not eligible for awards: ${unit.ineligibleReason}.` });
    } else if (!flagEligible[u] && rules.minFlagScore != null) {
      reasons.push(
        bilingual((l) =>
          l === 'vi'
            ? `Tổng điểm ${formatScore(t.total, l)} dưới mức tối thiểu xét Cờ (${formatScore(rules.minFlagScore!, l)}).`
            : `Total ${formatScore(t.total, l)} is below the minimum for the flag (${formatScore(rules.minFlagScore!, l)}).`,
        ),
      );
    }
    const votes = ballot ? (ballot.votes[u] ?? 0) : null;
    return {
      unit: u,
      name: unit.name,
      rank: ranked.rank[u],
      base: t.base,
      bonus: t.bonus,
      deduction: t.deduction,
      total: t.total,
      groupScores: t.groupScores,
      votes,
      voteShare: votes == null || units.length === 0 ? null : votes / units.length,
      eligible: eligible[u],
      ineligibleReason: unit.ineligibleReason,
      flagEligible: flagEligible[u],
      proposal: flagSet.has(u) ? 'flag' : meritSet.has(u) ? 'merit' : null,
      reasons,
    };
  });

  const next = nextAppointments(bloc);
  return {
    ranking,
    flag: awards.flag,
    merit: awards.merit,
    flagOutcome: awards.flagOutcome,
    meritCount: awards.meritCount,
    unresolvedTies: ranked.ties,
    notices,
    quorum: awards.quorum,
    nextHead: next.head,
    nextDeputy: next.deputy,
    rulesApplied: describeRules(rules, awards.meritCount),
  };
}
