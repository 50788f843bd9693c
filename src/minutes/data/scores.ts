// The score table and what is said under it: the units by rank with their points, votes (only a unit that was on a
// counted ballot has a figure; "……" for a candidate of a vote still to hold, "—" otherwise) and proposal; the notes
// (each tie as a whole sentence, ineligible units, a figure the workbook prints that does not add up); the groups.

import { pairSentence, proposalLabel, tieText } from '../../domain/explain';
import { formatPercent, formatScore } from '../../domain/format';
import { lowerFirst, tidy } from '../../domain/text';
import { noteText } from '../../domain/explain';
import type { UnitResult } from '../../domain/model';
import { SERIES_INDEXES, type GroupData } from '../vocabulary';
import { BLANK_SHORT, count, ends, groupTitle, NONE, orBlank, sentences, type Context } from './common';

type ScoreRow = GroupData['scores']['bang_diem'][number];

/** The notes under the score table, and the note numbers of each unit. */
export function tableNotes(ctx: Context): { notes: GroupData['scores']['ghi_chu_bang_diem']; refs: Map<number, string[]> } {
  const { bloc, result } = ctx;
  const refs = new Map<number, string[]>();
  const texts: string[] = [];
  const add = (units: number[], text: string) => {
    texts.push(text);
    for (const u of units) refs.set(u, [...(refs.get(u) ?? []), `(${texts.length})`]);
  };
  const told = new Set<number[]>();
  // In ranking order: a unit's tie with the unit below it (a tie left for the meeting once, whole), then why it is
  // not eligible.
  for (const r of result.ranking) {
    for (const pair of result.tieBreaks.filter((x) => x.upper === r.unit && x.decidedBy)) {
      add([pair.upper, pair.lower], pairSentence(bloc, result, pair));
    }
    const tie = result.unresolvedTies.find((g) => g.includes(r.unit));
    if (tie && !told.has(tie)) {
      told.add(tie);
      const pair = result.tieBreaks.find((p) => p.upper === tie[0] && p.lower === tie[1]);
      const forMeeting = result.pending.some((p) => p.cause !== 'awaitingVote' && tie.some((u) => p.among.includes(u)));
      if (pair) add(tie, tieText(bloc, tie, pair.total, pair.equalOn, forMeeting, 'vi'));
    }
    if (!ctx.tongKet) continue;
    for (const x of r.notes) {
      if (x.kind === 'ineligible') add([r.unit], `${ctx.name(r.unit)} không được xét khen thưởng: ${tidy(x.reason).replace(/\.$/, '')}.`);
      if (x.kind === 'belowMinimum') add([r.unit], `${ctx.name(r.unit)}: ${lowerFirst(noteText(bloc, x, 'vi'))}`);
    }
  }
  // The engine's warnings about a figure the workbook prints (a subtotal that does not add up): the table gives the
  // computed figure, the note says what the workbook printed.
  for (const i of ctx.issues.filter((x) => x.topic === 'printedFigure')) {
    add([], `${i.cell ? `Ô ${i.sheet}!${i.cell}` : `Trang ${i.sheet}`}: ${i.message.vi.replace(/\.$/, '')}.`);
  }
  return { notes: sentences(texts).map((row, i) => ({ ky_hieu: `(${i + 1})`, ...row })), refs };
}

/** A unit's vote cells: its figure in the counted round that decided it, a blank for the vote to hold, else "—". */
function voteCells(ctx: Context, r: UnitResult): Pick<ScoreRow, 'so_phieu' | 'so_phieu_so' | 'ty_le_phieu'> {
  if (r.votes != null)
    return { so_phieu: count(r.votes), so_phieu_so: String(r.votes), ty_le_phieu: formatPercent(r.voteShare ?? 0, 'vi') };
  if (ctx.result.nextBallot?.candidates.includes(r.unit))
    return { so_phieu: BLANK_SHORT, so_phieu_so: BLANK_SHORT, ty_le_phieu: `${BLANK_SHORT}%` };
  return { so_phieu: NONE, so_phieu_so: NONE, ty_le_phieu: NONE };
}

export function scoresGroup(ctx: Context): GroupData['scores'] {
  const { bloc, result } = ctx;
  const notes = tableNotes(ctx);
  const ordinary = bloc.table.groups.map((g, i) => ({ g, i })).filter((x) => x.g.kind === 'ordinary');
  const ineligible = ctx.tongKet ? result.ranking.filter((r) => !r.eligible) : [];
  return {
    bang_diem: result.ranking.map((r, k) => {
      const groups = Object.fromEntries(
        SERIES_INDEXES.map((n) => {
          const g = ordinary[n - 1];
          return [`diem_nhom_${n}`, g ? ctx.score(r.groupScores[g.i] ?? 0) : ''];
        }),
      ) as Pick<ScoreRow, `diem_nhom_${(typeof SERIES_INDEXES)[number]}`>;
      const label = ctx.tongKet ? proposalLabel(result, r.unit, 'vi') : NONE;
      return {
        stt: String(k + 1),
        hang: String(r.rank),
        ten_don_vi: tidy(r.name),
        tong_diem: ctx.score(r.total),
        diem_co_ban: ctx.score(r.base),
        ...groups,
        diem_cac_nhom: ordinary.map((x) => `${x.g.numeral}: ${ctx.score(r.groupScores[x.i] ?? 0)}`).join('; '),
        diem_thuong: ctx.score(r.bonus),
        diem_tru: ctx.score(r.deduction),
        ...voteCells(ctx, r),
        de_nghi: label === NONE ? '' : label,
        ghi_chu: (notes.refs.get(r.unit) ?? []).join(', '),
      };
    }),
    nhom: ends(
      bloc.table.groups.map((g) => ({
        so_la_ma: g.numeral,
        ten_nhom: groupTitle(g.title),
        diem_chuan: g.max == null ? BLANK_SHORT : formatScore(g.max, 'vi'),
        loai: g.kind === 'bonus' ? 'thưởng' : g.kind === 'deduction' ? 'trừ' : 'thường',
      })),
    ),
    ghi_chu_bang_diem: notes.notes,
    co_ghi_chu_bang_diem: notes.notes.length > 0,
    don_vi_khong_xet: ends(
      ineligible.map((r, k) => ({ stt: String(k + 1), ten_don_vi: tidy(r.name), ly_do: orBlank(r.ineligibleReason).replace(/\.$/, '') })),
    ),
    co_don_vi_khong_xet: ineligible.length > 0,
  };
}
