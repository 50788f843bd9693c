// What `bxtd score` prints: a readable ranking, or one JSON document.

import { notices, pendingText, proposalLabel, unitReasons } from '../domain/explain';
import { formatScore } from '../domain/format';
import type { Bloc, BlocResult, Issue, Lang } from '../domain/model';
import { issueJson } from './io';

export function resultJson(bloc: Bloc | null, result: BlocResult | null, issues: Issue[], lang: Lang): object {
  const name = (u: number) => bloc!.units[u].name;
  return {
    bloc: bloc && { name: bloc.info.name, province: bloc.info.province, year: bloc.info.year, period: bloc.info.period },
    ranking: (result?.ranking ?? []).map((r) => ({
      rank: r.rank,
      unit: r.name,
      total: r.total,
      base: r.base,
      bonus: r.bonus,
      deduction: r.deduction,
      votes: r.votes,
      eligible: r.eligible,
      ineligibleReason: r.ineligibleReason,
      proposal: r.proposal,
      reasons: unitReasons(bloc!, r).map((x) => x[lang]),
    })),
    flag: (result?.flag ?? []).map(name),
    merit: (result?.merit ?? []).map(name),
    pending: (result?.pending ?? []).map((p) => ({
      award: p.award,
      among: p.among.map(name),
      slots: p.slots,
      how: p.how,
      othersGet: p.othersGet,
      reason: pendingText(bloc!, result!, p, lang),
    })),
    unresolvedTies: (result?.unresolvedTies ?? []).map((t) => t.map(name)),
    rounds: (result?.vote?.rounds ?? []).map((r) => ({
      round: r.round,
      issued: r.count.issued,
      returned: r.count.returned,
      valid: r.count.valid,
      votes: r.count.votes.flatMap((v, u) => (v == null ? [] : [{ unit: name(u), for: v, against: r.count.against[u] }])),
      winners: r.winners.map(name),
    })),
    nextHead: result ? result.nextHead : null,
    nextDeputy: result ? result.nextDeputy : null,
    warnings: issues.filter((i) => i.severity === 'warning').map((i) => issueJson(i, lang)),
    errors: issues.filter((i) => i.severity === 'error').map((i) => issueJson(i, lang)),
  };
}

const LABELS = {
  vi: {
    rank: 'Hạng',
    unit: 'Đơn vị',
    total: 'Tổng',
    bonus: 'Thưởng',
    deduction: 'Trừ',
    votes: 'Phiếu',
    proposal: 'Đề nghị',
    next: 'Khối trưởng năm sau',
    deputy: 'Khối phó năm sau',
    suggested: 'gợi ý theo luân phiên',
    none: '(chưa xác định)',
    notice: 'Lưu ý',
  },
  en: {
    rank: 'Rank',
    unit: 'Unit',
    total: 'Total',
    bonus: 'Bonus',
    deduction: 'Deduct.',
    votes: 'Votes',
    proposal: 'Proposal',
    next: 'Next bloc head',
    deputy: 'Next deputy',
    suggested: 'suggested by rotation',
    none: '(not decided)',
    notice: 'Note',
  },
};

export function resultText(bloc: Bloc, result: BlocResult, lang: Lang): string {
  const L = LABELS[lang];
  const num = (n: number | null) => (n == null ? '' : formatScore(n, lang, bloc.rules.decimals));
  const width = Math.min(48, Math.max(L.unit.length, ...result.ranking.map((r) => r.name.length)));
  const row = (cells: string[]) =>
    [cells[0].padStart(4), cells[1].padEnd(width), ...cells.slice(2, 6).map((c) => c.padStart(7)), cells[6]].join('  ').trimEnd();
  const lines = [
    `${bloc.info.name}${bloc.info.province ? ` — ${bloc.info.province}` : ''}${bloc.info.year ? ` — ${bloc.info.period} ${bloc.info.year}` : ''}`,
    '',
    row([L.rank, L.unit, L.total, L.bonus, L.deduction, L.votes, L.proposal]),
  ];
  for (const r of result.ranking) {
    lines.push(
      row([
        String(r.rank),
        r.name,
        num(r.total),
        num(r.bonus),
        num(r.deduction),
        r.votes == null ? '' : String(r.votes),
        proposalLabel(result, r.unit, lang),
      ]),
    );
    for (const reason of unitReasons(bloc, r)) lines.push(`${' '.repeat(6)}↳ ${reason[lang]}`);
  }
  lines.push('');
  for (const n of notices(bloc, result)) lines.push(`${L.notice}: ${n[lang]}`);
  const appointment = (label: string, a: BlocResult['nextHead']) =>
    `${label}: ${a.unit ?? L.none}${a.unit && a.suggested ? ` (${L.suggested})` : ''}`;
  lines.push(appointment(L.next, result.nextHead), appointment(L.deputy, result.nextDeputy));
  return lines.join('\n');
}
