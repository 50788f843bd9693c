// One scored bloc workbook, checked for the province summary: its inputs are read and scored again with the bloc's own
// rules, and the workbook is accepted only when the `Kết quả` it holds says what that scoring says (units, ranks,
// totals, proposals) and was written for these very inputs (its check code). Anything else is a rejection with its
// reasons: the summary never re-scores a workbook into the province's list on its own.
//
// What is kept of an accepted workbook is small (names, totals, sentences): the province reads 20-40 workbooks one
// at a time and keeps none of their sheets.

import { awardNames, noFlagText, pendingText, proposalLabel } from '../domain/explain';
import { formatPercent, formatScore } from '../domain/format';
import type { Appointment, Bloc, BlocResult, FlagOutcome, Lang, PendingDecision, Text } from '../domain/model';
import { fold, roundTo, tidy } from '../domain/text';
import { evaluate } from '../workbook/evaluate';
import { INFO_LABELS, SHEET_NAMES } from '../workbook/format-v1';
import { findSheet, labelKey } from '../workbook/read-support';
import type { SheetGrid } from '../workbook/grid';

/** A unit proposed by its bloc: for the flag or a Certificate. */
export interface ProposedUnit {
  unit: string; // as written in the bloc's `Đơn vị`
  total: number;
  rank: number;
  votes: number | null;
  voteShare: number | null; // votes / member units
  /** The flag is proposed pending the bloc's secret ballot (no ballot in the workbook yet). */
  awaitingVote: boolean;
}

/** A decision the bloc's meeting must still take, as the bloc's result states it. */
export interface PendingItem {
  award: PendingDecision['award'];
  among: string[];
  slots: number;
  how: PendingDecision['how'];
  othersGet: PendingDecision['othersGet'];
  cause: PendingDecision['cause'];
  reason: Text;
}

export interface BlocSummary {
  name: string;
  province: string;
  year: number | null;
  period: string;
  members: number;
  head: string | null;
  deputy: string | null;
  awardingBody: string;
  /** The awards by their legal names, as the bloc's awarding body gives them. */
  awards: { flag: string; merit: string };
  decimals: number;
  flagOutcome: FlagOutcome;
  /** Why no unit is proposed for the flag (null when one is, or the vote is pending). */
  noFlagReason: Text | null;
  flag: ProposedUnit[];
  merit: ProposedUnit[];
  /** Certificates the bloc's rules allow. */
  meritSlots: number;
  pending: PendingItem[];
  nextHead: Appointment;
  nextDeputy: Appointment;
}

export interface AcceptedFile {
  status: 'accepted';
  file: string;
  /** When the file was last modified (ms since 1970), given by the host: decides which of two duplicates is newer. */
  modified: number | null;
  checkCode: string;
  bloc: BlocSummary;
}

export interface RejectedFile {
  status: 'rejected';
  file: string;
  /** The bloc, when the workbook could be read far enough to name it. */
  blocName: string | null;
  reasons: Text[];
}

export type CheckedFile = AcceptedFile | RejectedFile;

/** At most this many unit mismatches are named in a rejection; the rest are counted. */
const MAX_NAMED = 5;

/** A file that could not be read at all (not a workbook, too large, damaged): its reason as the reader gave it. */
export function unreadable(file: string, reason: Text): RejectedFile {
  return { status: 'rejected', file, blocName: null, reasons: [reason] };
}

/** Check one scored workbook (its sheets as grids). */
export function checkScored(file: string, sheets: SheetGrid[], modified: number | null): CheckedFile {
  const evaluation = evaluate(sheets);
  const { bloc, result, stored } = evaluation;
  const blocName = bloc?.info.name || infoName(sheets);
  const reject = (reasons: Text[]): RejectedFile => ({ status: 'rejected', file, blocName, reasons });

  const errors = evaluation.issues.filter((i) => i.severity === 'error');
  if (errors.length || !bloc || !result) {
    const where = (i: (typeof errors)[number]) => (i.cell ? `${i.sheet}!${i.cell}` : i.sheet);
    const listed = errors.slice(0, 3);
    const more = errors.length - listed.length;
    return reject([
      {
        vi:
          `Sổ có ${errors.length} lỗi, không chấm điểm được: ` +
          listed.map((i) => `${where(i)}: ${i.message.vi}`).join(' ') +
          (more > 0 ? ` (và ${more} lỗi khác)` : ''),
        en:
          `The workbook has ${errors.length} error(s) and cannot be scored: ` +
          listed.map((i) => `${where(i)}: ${i.message.en}`).join(' ') +
          (more > 0 ? ` (and ${more} more)` : ''),
      },
    ]);
  }
  if (!stored) {
    return reject([
      {
        vi: 'Sổ chưa có trang Kết quả: Khối chưa chấm điểm (hãy chấm điểm bằng add-in hoặc lệnh bxtd score rồi gửi lại).',
        en: 'The workbook has no Kết quả sheet: the bloc has not scored it (score it with the add-in or bxtd score and send it again).',
      },
    ]);
  }

  const reasons = disagreements(bloc, result, stored.rows);
  if (!stored.checkCode) {
    reasons.push({
      vi: `Trang ${stored.sheet} không có dòng mã kiểm tra dữ liệu: không xác định được kết quả được chấm cho dữ liệu nào.`,
      en: `Sheet ${stored.sheet} has no check code line: there is no telling which inputs it was scored for.`,
    });
  } else if (!stored.current) {
    reasons.push({
      vi: `Dữ liệu đầu vào (điểm, phiếu bầu, đơn vị, thông tin hoặc quy tắc) đã thay đổi sau khi chấm điểm: mã kiểm tra ghi trong ${stored.sheet} (${stored.checkCode}) không khớp dữ liệu hiện tại. Khối cần chấm điểm lại và gửi lại sổ.`,
      en: `The inputs (scores, votes, units, information or rules) changed after scoring: the check code in ${stored.sheet} (${stored.checkCode}) does not match the current inputs. The bloc must score again and send the workbook again.`,
    });
  }
  if (reasons.length) return reject(reasons);
  return { status: 'accepted', file, modified, checkCode: stored.checkCode!, bloc: summarise(bloc, result) };
}

/** The bloc name written in `Thông tin` (for naming a workbook that does not read). */
function infoName(sheets: SheetGrid[]): string | null {
  const info = findSheet(sheets, SHEET_NAMES.info);
  const labels = new Set(INFO_LABELS.name.map(labelKey));
  for (const row of info?.values ?? []) {
    if (row && typeof row[0] === 'string' && labels.has(labelKey(row[0])) && typeof row[1] === 'string' && row[1].trim()) {
      return tidy(row[1]);
    }
  }
  return null;
}

type StoredRow = { rank: number | null; unit: string; total: number | null; proposal: string };

/** Where the stored ranking differs from scoring the inputs again: one sentence per unit, the first few named. */
function disagreements(bloc: Bloc, result: BlocResult, rows: StoredRow[]): Text[] {
  const decimals = bloc.rules.decimals;
  const score = (v: number | null, lang: Lang) => (v == null ? '—' : formatScore(v, lang, decimals));
  const byName = new Map<string, StoredRow>();
  for (const row of rows) byName.set(fold(row.unit), row);
  const lines: Text[] = [];
  const seen = new Set<string>();
  for (const r of result.ranking) {
    const key = fold(r.name);
    seen.add(key);
    const row = byName.get(key);
    if (!row) {
      lines.push({ vi: `${r.name}: không có trong Kết quả`, en: `${r.name}: missing from Kết quả` });
      continue;
    }
    const label = proposalLabel(result, r.unit, 'vi');
    const total = row.total == null ? null : roundTo(row.total, decimals);
    const diffs: { vi: string; en: string }[] = [];
    if (row.rank !== r.rank) {
      diffs.push({ vi: `hạng ${row.rank ?? '—'} (chấm lại: ${r.rank})`, en: `rank ${row.rank ?? '—'} (scored again: ${r.rank})` });
    }
    if (total !== r.total) {
      diffs.push({
        vi: `tổng điểm ${score(total, 'vi')} (chấm lại: ${score(r.total, 'vi')})`,
        en: `total ${score(total, 'en')} (scored again: ${score(r.total, 'en')})`,
      });
    }
    if (tidy(row.proposal) !== label) {
      const shown = tidy(row.proposal) || '(trống)';
      diffs.push({ vi: `đề nghị «${shown}» (chấm lại: «${label}»)`, en: `proposal “${shown}” (scored again: “${label}”)` });
    }
    if (diffs.length) {
      lines.push({ vi: `${r.name}: ${diffs.map((d) => d.vi).join(', ')}`, en: `${r.name}: ${diffs.map((d) => d.en).join(', ')}` });
    }
  }
  for (const row of rows) {
    if (!seen.has(fold(row.unit))) lines.push({ vi: `${row.unit}: không phải đơn vị của Khối`, en: `${row.unit}: not a unit of the bloc` });
  }
  if (!lines.length) return [];
  const named = lines.slice(0, MAX_NAMED);
  const more = lines.length - named.length;
  return [
    {
      vi:
        `Trang Kết quả không khớp với kết quả chấm lại từ dữ liệu của sổ: ${named.map((l) => l.vi).join('; ')}` +
        (more > 0 ? `; và ${more} đơn vị khác.` : '.'),
      en:
        `Sheet Kết quả disagrees with scoring the workbook's inputs again: ${named.map((l) => l.en).join('; ')}` +
        (more > 0 ? `; and ${more} more unit(s).` : '.'),
    },
  ];
}

/** What the province keeps of an accepted bloc. */
function summarise(bloc: Bloc, result: BlocResult): BlocSummary {
  const row = new Map(result.ranking.map((r) => [r.unit, r]));
  const awaiting = new Set(result.pending.filter((p) => p.cause === 'awaitingVote' || p.cause === 'noQuorum').flatMap((p) => p.among));
  const proposed = (u: number): ProposedUnit => {
    const r = row.get(u)!;
    return { unit: r.name, total: r.total, rank: r.rank, votes: r.votes, voteShare: r.voteShare, awaitingVote: awaiting.has(u) };
  };
  const { info } = bloc;
  return {
    name: tidy(info.name),
    province: tidy(info.province),
    year: info.year,
    period: tidy(info.period),
    members: bloc.units.length,
    head: info.head,
    deputy: info.deputy,
    awardingBody: info.awardingBody,
    awards: awardNames(bloc),
    decimals: bloc.rules.decimals,
    flagOutcome: result.flagOutcome,
    noFlagReason: result.flag.length ? null : noFlagText(bloc, result.flagOutcome),
    flag: result.flag.map(proposed),
    merit: result.merit.map(proposed),
    meritSlots: result.meritCount,
    pending: result.pending.map((p) => ({
      award: p.award,
      among: p.among.map((u) => bloc.units[u].name),
      slots: p.slots,
      how: p.how,
      othersGet: p.othersGet,
      cause: p.cause,
      reason: { vi: pendingText(bloc, result, p, 'vi'), en: pendingText(bloc, result, p, 'en') },
    })),
    nextHead: result.nextHead,
    nextDeputy: result.nextDeputy,
  };
}

/** "Công an tỉnh (104,00 điểm; 10/11 phiếu, 90,9%)": a proposed unit with its total and vote share. */
export function proposedText(p: ProposedUnit, members: number, decimals: number, lang: Lang): string {
  const total = formatScore(p.total, lang, decimals);
  const vi = lang === 'vi';
  const votes =
    p.votes == null || p.voteShare == null
      ? p.awaitingVote
        ? vi
          ? 'chờ bỏ phiếu'
          : 'pending the vote'
        : ''
      : vi
        ? `${p.votes}/${members} phiếu, ${formatPercent(p.voteShare, lang)}`
        : `${p.votes} of ${members} votes, ${formatPercent(p.voteShare, lang)}`;
  return `${p.unit} (${total} ${vi ? 'điểm' : 'points'}${votes ? `; ${votes}` : ''})`;
}
