// The result in words: every sentence the pane, the CLI, `Kết quả` and the minutes show about a ranking or an award is
// made here, from the result's data, in Vietnamese and English. Nothing here decides anything.

import { bilingual, formatPercent, formatScore } from './format';
import type { Bloc, BlocResult, Lang, PendingDecision, Text, Threshold, TieBreak, TieBreakPair, UnitNote, UnitResult } from './model';
import { lowerFirst } from './text';
import { stepName } from './tiebreak';
import { joinNames } from './vietnamese';

type Names = (units: number[], lang: Lang) => string;

function namer(bloc: Bloc): Names {
  return (units, lang) =>
    joinNames(
      units.map((u) => bloc.units[u].name),
      lang,
    );
}

/** "> 50%" -> "trên 50%" / "more than 50%"; ">= 2/3" -> "từ 2/3 trở lên" / "at least 2/3". */
export function thresholdText(t: Threshold, lang: Lang): string {
  const value = t.text.replace(/^[\s>=≥]+/, '').trim() || formatPercent(t.fraction, lang);
  if (lang === 'vi') return t.op === '>' ? `trên ${value}` : `từ ${value} trở lên`;
  return t.op === '>' ? `more than ${value}` : `at least ${value}`;
}

/** "4/9 phiếu đồng ý (44,4%)" / "4 of 9 votes (44.4%)". */
export function votesText(votes: number, members: number, lang: Lang): string {
  const share = formatPercent(members ? votes / members : 0, lang);
  return lang === 'vi' ? `${votes}/${members} phiếu đồng ý (${share})` : `${votes} of ${members} votes (${share})`;
}

/** A step's two values compared, as a sentence ends: "Điểm nhóm I: 38,5 so với 38". */
function stepComparison(step: TieBreak, upper: number, lower: number, lang: Lang): string {
  const n = (v: number) => formatScore(v, lang);
  const vs = lang === 'vi' ? 'so với' : 'against';
  switch (step.kind) {
    case 'votes':
      return lang === 'vi' ? `số phiếu bầu: ${upper} so với ${lower} phiếu` : `votes: ${upper} against ${lower}`;
    case 'group':
    case 'moreBonus':
      return `${stepName(step)[lang]}: ${n(upper)} ${vs} ${n(lower)}`;
    case 'fewerDeductions':
      return lang === 'vi'
        ? `điểm trừ ít hơn: trừ ${n(-upper)} so với trừ ${n(-lower)}`
        : `fewer deductions: ${n(-upper)} against ${n(-lower)}`;
    case 'noFlagLastPeriod':
      return lang === 'vi' ? 'chưa nhận Cờ thi đua năm trước (đơn vị kia đã nhận)' : 'no flag last period (the other unit had it)';
  }
}

/** A step's value on which two units were equal: "9 phiếu", "Điểm nhóm I 38,5". */
function equalValue(step: TieBreak, value: number, lang: Lang): string {
  switch (step.kind) {
    case 'votes':
      return lang === 'vi' ? `số phiếu bầu (${value} phiếu)` : `votes (${value})`;
    case 'fewerDeductions':
      return lang === 'vi' ? `điểm trừ (${formatScore(-value, lang)})` : `deductions (${formatScore(-value, lang)})`;
    case 'noFlagLastPeriod':
      return lang === 'vi' ? 'Cờ năm trước' : 'last period’s flag';
    default:
      return `${stepName(step)[lang]} (${formatScore(value, lang)})`;
  }
}

/**
 * Why two units of the same total stand in this order: "Bằng tổng điểm (98,00) với B; xếp trên nhờ Điểm nhóm I: 38,5
 * so với 38." from the upper unit's side (`above`), or the lower's.
 */
export function tieBreakText(bloc: Bloc, pair: TieBreakPair, above: boolean, lang: Lang): string {
  const other = bloc.units[above ? pair.lower : pair.upper].name;
  const total = formatScore(pair.total, lang, bloc.rules.decimals);
  const equal = pair.equalOn.map((e) => equalValue(e.step, e.value, lang));
  const same = equal.length ? (lang === 'vi' ? `, bằng ${joinNames(equal, lang)}` : `, equal on ${joinNames(equal, lang)}`) : '';
  const head = lang === 'vi' ? `Bằng tổng điểm (${total}) với ${other}${same}` : `Same total (${total}) as ${other}${same}`;
  if (!pair.decidedBy) return head + '.';
  const { step, upper, lower } = pair.decidedBy;
  const comparison = above ? stepComparison(step, upper, lower, lang) : stepComparison(step, lower, upper, lang);
  if (lang === 'vi') return `${head}; xếp ${above ? 'trên nhờ' : 'dưới theo'} ${comparison}.`;
  return `${head}; ranked ${above ? 'above' : 'below'} on ${comparison}.`;
}

/** One note of a unit's ranking row as a sentence. */
export function noteText(bloc: Bloc, note: UnitNote, lang: Lang): string {
  const names = namer(bloc);
  const threshold = thresholdText(bloc.rules.voteThreshold, lang);
  const again = (round: 1 | 2) => (round === 2 ? (lang === 'vi' ? 'Bỏ phiếu lại: được' : 'Revote: ') : lang === 'vi' ? 'Được' : '');
  switch (note.kind) {
    case 'tieBreak':
      return tieBreakText(bloc, note.pair, note.above, lang);
    case 'tied':
      return lang === 'vi'
        ? `Bằng điểm với ${names(note.others, lang)} sau mọi tiêu chí ưu tiên: Hội nghị quyết định (bỏ phiếu lại).`
        : `Equal with ${names(note.others, lang)} after every tie-break step: the meeting decides (revote).`;
    case 'ineligible':
      return lang === 'vi' ? `Không xét khen thưởng: ${note.reason}.` : `Not eligible for awards: ${note.reason}.`;
    case 'belowMinimum':
      return lang === 'vi'
        ? `Tổng điểm ${formatScore(note.total, lang, bloc.rules.decimals)} dưới mức tối thiểu xét Cờ thi đua (${formatScore(note.minimum, lang)}).`
        : `Total ${formatScore(note.total, lang, bloc.rules.decimals)} is below the minimum for the flag (${formatScore(note.minimum, lang)}).`;
    case 'shortOfVotes':
      return lang === 'vi'
        ? `${again(note.round)} ${votesText(note.votes, note.members, lang)}, chưa đạt tỷ lệ ${threshold} tổng số đơn vị thành viên: chưa đề nghị Cờ thi đua.`
        : `${again(note.round)}${votesText(note.votes, note.members, lang)}, short of ${threshold}: not proposed for the flag.`;
    case 'notPutForward':
      return lang === 'vi'
        ? `${again(note.round)} ${votesText(note.votes, note.members, lang)}, nhưng chỉ đơn vị xếp hạng cao nhất mới được đề nghị Cờ thi đua.`
        : `${again(note.round)}${votesText(note.votes, note.members, lang)}, but only the top-ranked unit may be proposed for the flag.`;
    case 'wonVote':
      return lang === 'vi'
        ? `${again(note.round)} ${votesText(note.votes, note.members, lang)}, đạt tỷ lệ ${threshold} tổng số đơn vị thành viên.`
        : `${again(note.round)}${votesText(note.votes, note.members, lang)}, meeting the threshold of ${threshold}.`;
  }
}

/** Every note of a unit's row, as sentences. */
export function unitReasons(bloc: Bloc, row: UnitResult): Text[] {
  return row.notes.map((note) => bilingual((lang) => noteText(bloc, note, lang)));
}

/** What the meeting must still decide, as one sentence. */
export function pendingText(bloc: Bloc, result: BlocResult, p: PendingDecision, lang: Lang): string {
  const names = namer(bloc);
  const among = names(p.among, lang);
  const slots = p.slots;
  const vi = lang === 'vi';
  const flags = result.pending.filter((x) => x.award === 'flag').flatMap((x) => x.among);
  switch (p.cause) {
    case 'awaitingVote':
      return vi
        ? `Chưa có kết quả bỏ phiếu: ${among} được đề nghị Cờ thi đua, chờ Hội nghị bỏ phiếu suy tôn (cần đạt tỷ lệ phiếu đồng ý ${thresholdText(bloc.rules.voteThreshold, lang)} tổng số đơn vị thành viên)` +
            (p.othersGet === 'merit' ? `; nếu không đạt, ${among} được xét Bằng khen theo thứ hạng.` : '.')
        : `No ballot yet: ${among} proposed for the flag, pending the meeting's secret ballot (threshold ${thresholdText(bloc.rules.voteThreshold, lang)} of the members)` +
            (p.othersGet === 'merit' ? `; if short of it, considered for a Certificate at its rank.` : '.');
    case 'tie':
      return vi
        ? `${among} bằng điểm ở vị trí đề nghị Cờ thi đua sau mọi tiêu chí ưu tiên: Hội nghị ${p.how === 'revote' ? 'bỏ phiếu lại' : 'bỏ phiếu'} giữa các đơn vị này (${slots} suất)` +
            (p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị Bằng khen.' : '.')
        : `${among} are equal for the flag after every tie-break step: the meeting ${p.how === 'revote' ? 'votes again' : 'votes'} between them (${slots} place${slots > 1 ? 's' : ''})` +
            (p.othersGet === 'merit' ? '; the unit not chosen is proposed for a Certificate.' : '.');
    case 'revoteTie':
      return vi
        ? `Sau khi bỏ phiếu lại, ${among} vẫn bằng số phiếu: Hội nghị cần bỏ phiếu lại lần nữa (${slots} suất)` +
            (p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị Bằng khen.' : '.')
        : `After the revote, ${among} are still equal on votes: the meeting must vote again (${slots} place${slots > 1 ? 's' : ''})` +
            (p.othersGet === 'merit' ? '; the unit not chosen is proposed for a Certificate.' : '.');
    case 'cutOffTie':
      return vi
        ? `${among} bằng điểm ở suất Bằng khen cuối cùng (còn ${slots} suất) sau mọi tiêu chí ưu tiên: Hội nghị quyết định.`
        : `${among} are equal across the Certificate cut-off (${slots} place${slots > 1 ? 's' : ''} left) after every tie-break step: the meeting decides.`;
    case 'afterFlag': {
      const places = vi ? `${slots} suất Bằng khen` : `${slots} Certificate place${slots > 1 ? 's' : ''}`;
      // The candidates for the flag themselves: those not chosen share fewer Certificates than they are.
      if (p.among.every((u) => flags.includes(u))) {
        return vi
          ? `Trong ${among}, các đơn vị không được suy tôn Cờ thi đua tranh ${places}: Hội nghị quyết định sau khi bỏ phiếu.`
          : `Among ${among}, the units not chosen for the flag compete for ${places}: the meeting decides after the vote.`;
      }
      const tied = p.among.length > slots ? (vi ? ' (bằng điểm: Hội nghị quyết định)' : ' (tied: the meeting decides)') : '';
      return vi
        ? `${places} còn lại phụ thuộc kết quả bỏ phiếu Cờ thi đua của ${names(flags, lang)}: ${among}${tied} được đề nghị nếu các suất này còn.`
        : `${places} depend${slots > 1 ? '' : 's'} on the flag vote for ${names(flags, lang)}: ${among}${tied} ${p.among.length > 1 ? 'are' : 'is'} proposed if they remain.`;
    }
  }
}

/**
 * What the meeting must know or do, one sentence each: the pending decisions, a failed quorum or threshold, a unit
 * with enough votes that may not be put forward, revote votes that do not count.
 */
export function notices(bloc: Bloc, result: BlocResult): Text[] {
  const out: Text[] = [];
  const names = namer(bloc);
  const add = (make: (lang: Lang) => string) => out.push(bilingual(make));
  if (result.flagOutcome === 'noEligibleUnit') {
    add((l) => (l === 'vi' ? 'Không có đơn vị nào đủ điều kiện đề nghị Cờ thi đua.' : 'No unit is eligible for the flag.'));
  }
  const q = result.vote?.quorum;
  if (q && !q.met) {
    add((l) =>
      l === 'vi'
        ? `Chỉ ${q.present}/${q.total} đơn vị có mặt, chưa đạt tỷ lệ tối thiểu ${thresholdText(bloc.rules.quorum, l)}: kết quả bỏ phiếu không có giá trị, chưa đề nghị Cờ thi đua.`
        : `Only ${q.present} of ${q.total} units are present, below the quorum of ${thresholdText(bloc.rules.quorum, l)}: the ballot does not count and no flag is proposed.`,
    );
  }
  for (const r of result.ranking) {
    for (const note of r.notes) {
      if (note.kind === 'shortOfVotes') {
        add(
          (l) =>
            `${r.name}: ${lowerFirst(noteText(bloc, note, l))}` +
            (l === 'vi' ? ' Đơn vị vẫn được xét Bằng khen theo thứ hạng.' : ' It stays in line for a Certificate at its rank.'),
        );
      } else if (note.kind === 'notPutForward') {
        add((l) => `${r.name}: ${lowerFirst(noteText(bloc, note, l))}`);
      }
    }
  }
  for (const p of result.pending) add((l) => pendingText(bloc, result, p, l));
  if (result.ignoredRevoteUnits.length) {
    add((l) =>
      l === 'vi'
        ? `Bảng bỏ phiếu lại có phiếu cho ${names(result.ignoredRevoteUnits, l)}, không thuộc các đơn vị được bỏ phiếu lại: số phiếu này không được tính.`
        : `The revote table has votes for ${names(result.ignoredRevoteUnits, l)}, who were not in the revote: those votes do not count.`,
    );
  }
  return out;
}

/**
 * The awards by their legal names: "Cờ thi đua của Ủy ban nhân dân tỉnh Đắk Lắk" and "Bằng khen của Chủ tịch Ủy ban
 * nhân dân tỉnh Đắk Lắk" (a People's Committee's Certificate is its Chairman's); another body's as written.
 */
export function awardNames(bloc: Bloc): { flag: string; merit: string } {
  const body = bloc.info.awardingBody.trim() || 'Ủy ban nhân dân tỉnh';
  const committee = /^(ủy|uỷ) ban nhân dân/i.test(body.normalize('NFC'));
  return { flag: `Cờ thi đua của ${body}`, merit: `Bằng khen của ${committee ? `Chủ tịch ${body}` : body}` };
}

/** A unit's proposal in a table cell: "Cờ thi đua", "Cờ thi đua (chờ bỏ phiếu)", "Bằng khen", "Chờ Hội nghị quyết định", "—". */
export function proposalLabel(result: BlocResult, unit: number, lang: Lang): string {
  const vi = lang === 'vi';
  const undecided = result.pending.filter((p) => p.among.includes(unit));
  if (result.flag.includes(unit)) {
    const awaiting = undecided.some((p) => p.cause === 'awaitingVote');
    return vi ? `Cờ thi đua${awaiting ? ' (chờ bỏ phiếu)' : ''}` : `Emulation Flag${awaiting ? ' (pending the vote)' : ''}`;
  }
  if (result.merit.includes(unit)) return vi ? 'Bằng khen' : 'Certificate of Merit';
  if (undecided.length) return vi ? 'Chờ Hội nghị quyết định' : 'For the meeting to decide';
  return '—';
}
