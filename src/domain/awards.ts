// The flag and Certificate proposals (DESIGN.md section 4): eligibility, vote threshold, quorum, and ties across a
// cut-off, which are reported and never settled here.

import { formatPercent } from './format';
import type { Bloc, FlagOutcome, Text, Threshold } from './model';
import type { Ranked } from './ranking';

export interface Awards {
  flag: number[];
  merit: number[];
  flagOutcome: FlagOutcome;
  meritCount: number;
  quorum: { present: number; total: number; met: boolean } | null;
  notices: Text[];
  /** Per unit that would have had the flag but fell short of the vote threshold: why, for its ranking row. */
  shortOfVotes: Map<number, Text>;
}

/** Whether a share passes a threshold; a small tolerance keeps 2/3 of 12 units equal to "2/3". */
export function meets(share: number, t: Threshold): boolean {
  const eps = 1e-9;
  return t.op === '>' ? share > t.fraction + eps : share >= t.fraction - eps;
}

export function selectAwards(bloc: Bloc, ranked: Ranked, eligible: boolean[], flagEligible: boolean[]): Awards {
  const { rules, units, ballot } = bloc;
  const names = (list: number[]) => list.map((u) => units[u].name).join(', ');
  const notices: Text[] = [];
  const shortOfVotes = new Map<number, Text>();

  // Flag candidates: the best-ranked flag-eligible units; a tie across the last flag place reserves the whole tie.
  const pool = ranked.order.filter((u) => flagEligible[u]);
  const cut = takeUntilTie(pool, rules.flagCount, ranked.rank);
  let flagOutcome: FlagOutcome = ballot ? 'proposed' : 'pendingVote';
  let flag = cut.clear;
  if (pool.length === 0) {
    flagOutcome = 'noEligibleUnit';
    notices.push({ vi: 'Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua.', en: 'No unit is eligible for the Emulation Flag.' });
  }
  if (cut.tie.length) {
    flagOutcome = 'unresolvedTie';
    notices.push({
      vi: `${names(cut.tie)} bằng điểm ở vị trí đề nghị Cờ thi đua sau mọi bước ưu tiên: hội nghị cần bỏ phiếu lại để quyết định.`,
      en: `${names(cut.tie)} are equal for the Emulation Flag after every tie-break step: the meeting must re-vote to decide.`,
    });
  }

  let quorum: Awards['quorum'] = null;
  if (ballot) {
    const present = units.filter((u) => u.present).length;
    const met = units.length > 0 && meets(present / units.length, rules.quorum);
    quorum = { present, total: units.length, met };
    if (!met) {
      flag = [];
      flagOutcome = 'noQuorum';
      notices.push({
        vi: `Chỉ ${present}/${units.length} đơn vị có mặt, chưa đạt tỷ lệ tối thiểu ${rules.quorum.text}: kết quả bỏ phiếu không có giá trị, chưa đề nghị Cờ thi đua.`,
        en: `Only ${present} of ${units.length} units are present, below the quorum of ${rules.quorum.text}: the ballot does not count and no flag is proposed.`,
      });
    } else {
      const below = flag.filter((u) => !meets((ballot.votes[u] ?? 0) / units.length, rules.voteThreshold));
      for (const u of below) {
        // The same facts for the unit's own ranking row and for the notice naming it.
        const votes = ballot.votes[u] ?? 0;
        const vi = `${votes}/${units.length} phiếu (${formatPercent(votes / units.length, 'vi')}), chưa đạt ngưỡng ${rules.voteThreshold.text}: chưa đề nghị Cờ thi đua`;
        const en = `${votes} of ${units.length} votes (${formatPercent(votes / units.length, 'en')}), short of ${rules.voteThreshold.text}: no flag proposed`;
        shortOfVotes.set(u, { vi: `Được ${vi}, hội nghị cần bỏ phiếu lại.`, en: `${en}, the meeting must vote again.` });
        notices.push({
          vi: `${units[u].name} được ${vi}; hội nghị cần bỏ phiếu lại.`,
          en: `${units[u].name} has ${en}; the meeting must vote again.`,
        });
      }
      if (below.length) {
        flag = flag.filter((u) => !below.includes(u)); // both at most a few units
        if (flagOutcome === 'proposed') flagOutcome = 'belowThreshold';
      }
    }
  } else if (flag.length) {
    notices.push({
      vi: `Chưa có kết quả bỏ phiếu: ${names(flag)} được đề nghị Cờ thi đua, chờ hội nghị bỏ phiếu suy tôn.`,
      en: `No ballot yet: ${names(flag)} proposed for the Emulation Flag, pending the meeting's vote.`,
    });
  }

  // Certificates: the next eligible units after the flag places.
  const reserved = new Set([...cut.clear, ...cut.tie]);
  const meritCount = rules.meritCount ?? Math.max(0, Math.floor(units.length * 0.5) - rules.flagCount);
  const meritPool = ranked.order.filter((u) => eligible[u] && !reserved.has(u));
  const meritCut = takeUntilTie(meritPool, meritCount, ranked.rank);
  if (meritCut.tie.length) {
    const open = meritCount - meritCut.clear.length;
    notices.push({
      vi: `${names(meritCut.tie)} bằng điểm ở vị trí đề nghị Bằng khen cuối cùng (còn ${open} suất) sau mọi bước ưu tiên: hội nghị cần quyết định.`,
      en: `${names(meritCut.tie)} are equal across the Certificate cut-off (${open} place(s) left) after every tie-break step: the meeting must decide.`,
    });
  }
  return { flag, merit: meritCut.clear, flagOutcome, meritCount, quorum, notices, shortOfVotes };
}

/**
 * The first `count` units of a ranked list, unless the last place is shared with the next unit: then the units
 * strictly above that shared rank are clear and the whole tied group is returned apart.
 */
function takeUntilTie(list: number[], count: number, rank: number[]): { clear: number[]; tie: number[] } {
  const head = list.slice(0, count);
  if (count <= 0 || list.length <= count || rank[list[count - 1]] !== rank[list[count]]) return { clear: head, tie: [] };
  const r = rank[list[count - 1]];
  return { clear: head.filter((u) => rank[u] < r), tie: list.filter((u) => rank[u] === r) };
}
