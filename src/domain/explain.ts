// The result in words: every sentence the pane, the CLI, `Kết quả`, the province summary and the minutes show about a
// ranking or an award is made here, from the result's data, in Vietnamese and English. Nothing here decides anything.
// Words about the bloc's roles follow its kind (bloc-words.ts): "Khối trưởng" or "Cụm trưởng".

import { blocWords, reviewWord } from './bloc-words';
import { bilingual, formatPercent, formatScore } from './format';
import type {
  Appointment,
  Bloc,
  BlocResult,
  DecidingStep,
  FlagOutcome,
  Lang,
  PendingDecision,
  StepValue,
  Text,
  Threshold,
  TieBreak,
  TieBreakPair,
  UnitNote,
  UnitResult,
} from './model';
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
function stepComparison(step: DecidingStep, upper: number, lower: number, lang: Lang): string {
  const n = (v: number) => formatScore(v, lang);
  const vs = lang === 'vi' ? 'so với' : 'against';
  switch (step.kind) {
    case 'revote':
      return lang === 'vi'
        ? `kết quả bỏ phiếu lại: ${upper}/${step.members} so với ${lower}/${step.members}`
        : `the revote: ${upper} of ${step.members} against ${lower} of ${step.members}`;
    case 'votes':
      return lang === 'vi' ? `số phiếu bầu: ${upper} so với ${lower} phiếu` : `votes: ${upper} against ${lower}`;
    case 'criterion':
      return `${stepName(step)[lang]}: ${n(Math.abs(upper))} ${vs} ${n(Math.abs(lower))}`;
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

/** A step's value on which two units were equal: "số phiếu bầu (9 phiếu)", "Điểm nhóm I (38,5)". */
function equalValue(step: TieBreak, value: number, lang: Lang): string {
  switch (step.kind) {
    case 'votes':
      return lang === 'vi' ? `số phiếu bầu (${value} phiếu)` : `votes (${value})`;
    case 'fewerDeductions':
      return lang === 'vi' ? `điểm trừ (${formatScore(-value, lang)})` : `deductions (${formatScore(-value, lang)})`;
    case 'noFlagLastPeriod':
      return lang === 'vi' ? 'Cờ năm trước' : 'last period’s flag';
    case 'criterion':
      return `${stepName(step)[lang]} (${formatScore(Math.abs(value), lang)})`;
    default:
      return `${stepName(step)[lang]} (${formatScore(value, lang)})`;
  }
}

/** ", bằng Điểm nhóm I (59), bằng điểm trừ (0)": the steps two units were equal on, as a clause. */
function equalClause(equalOn: StepValue[], lang: Lang): string {
  const equal = equalOn.map((e) => equalValue(e.step, e.value, lang));
  if (!equal.length) return '';
  return lang === 'vi' ? `, bằng ${joinNames(equal, lang)}` : `, equal on ${joinNames(equal, lang)}`;
}

/**
 * Why two units of the same total stand in this order: "Bằng tổng điểm (98,00) với B; xếp trên nhờ Điểm nhóm I: 38,5
 * so với 38." from the upper unit's side (`above`), or the lower's.
 */
export function tieBreakText(bloc: Bloc, pair: TieBreakPair, above: boolean, lang: Lang): string {
  const other = bloc.units[above ? pair.lower : pair.upper].name;
  const total = formatScore(pair.total, lang, bloc.rules.decimals);
  const same = equalClause(pair.equalOn, lang);
  const head = lang === 'vi' ? `Bằng tổng điểm (${total}) với ${other}${same}` : `Same total (${total}) as ${other}${same}`;
  if (!pair.decidedBy) return head + '.';
  const { step, upper, lower } = pair.decidedBy;
  const comparison = above ? stepComparison(step, upper, lower, lang) : stepComparison(step, lower, upper, lang);
  if (lang === 'vi') return `${head}; xếp ${above ? 'trên nhờ' : 'dưới theo'} ${comparison}.`;
  return `${head}; ranked ${above ? 'above' : 'below'} on ${comparison}.`;
}

/**
 * A tie left after every step, whole: "Sở A và Sở B bằng tổng điểm (98,00), bằng Điểm nhóm I (59); Hội nghị quyết
 * định." (`forMeeting`: an award turns on it), else "…; cùng xếp hạng."
 */
export function tieText(bloc: Bloc, units: number[], total: number, equalOn: StepValue[], forMeeting: boolean, lang: Lang): string {
  const who = namer(bloc)(units, lang);
  const t = formatScore(total, lang, bloc.rules.decimals);
  const same = equalClause(equalOn, lang);
  if (lang === 'vi') return `${who} bằng tổng điểm (${t})${same}; ${forMeeting ? 'Hội nghị quyết định' : 'cùng xếp hạng'}.`;
  return `${who} have the same total (${t})${same}; ${forMeeting ? 'the meeting decides' : 'they share the rank'}.`;
}

/** One note of a unit's ranking row as a sentence. */
export function noteText(bloc: Bloc, note: UnitNote, lang: Lang): string {
  const threshold = thresholdText(bloc.rules.voteThreshold, lang);
  const again = (round: 1 | 2) => (round === 2 ? (lang === 'vi' ? 'Bỏ phiếu lại: được' : 'Revote: ') : lang === 'vi' ? 'Được' : '');
  switch (note.kind) {
    case 'tieBreak':
      return tieBreakText(bloc, note.pair, note.above, lang);
    case 'tied': {
      const total = formatScore(note.total, lang, bloc.rules.decimals);
      const others = namer(bloc)(note.others, lang);
      const same = equalClause(note.equalOn, lang);
      return lang === 'vi'
        ? `Bằng tổng điểm (${total}) với ${others}${same}; ${note.forMeeting ? 'Hội nghị quyết định' : 'cùng xếp hạng'}.`
        : `Same total (${total}) as ${others}${same}; ${note.forMeeting ? 'the meeting decides' : 'they share the rank'}.`;
    }
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
    case 'notPutForward': {
      const rules = blocWords(bloc.info).regulation[lang];
      return lang === 'vi'
        ? `${again(note.round)} ${votesText(note.votes, note.members, lang)}, nhưng theo ${rules}, chỉ đơn vị xếp hạng cao nhất được đưa ra suy tôn Cờ thi đua.`
        : `${again(note.round)}${votesText(note.votes, note.members, lang)}, but under ${rules} only the top-ranked unit may be put forward for the flag.`;
    }
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
  const threshold = thresholdText(bloc.rules.voteThreshold, lang);
  const flags = result.pending.filter((x) => x.award === 'flag').flatMap((x) => x.among);
  const ifShort =
    p.othersGet === 'merit'
      ? vi
        ? `; nếu không đạt, ${among} được xét Bằng khen theo thứ hạng.`
        : '; if short of it, considered for a Certificate at its rank.'
      : '.';
  switch (p.cause) {
    case 'awaitingVote':
    case 'noQuorum': {
      const noResult =
        p.cause === 'noQuorum'
          ? vi
            ? 'Cuộc bỏ phiếu chưa đủ tỷ lệ đơn vị có mặt nên chưa có kết quả'
            : 'The vote was held without quorum, so there is no result'
          : vi
            ? 'Chưa có kết quả bỏ phiếu'
            : 'No ballot yet';
      if (!bloc.rules.leaderOnly && p.among.length > p.slots) {
        const leader = names(result.flag, lang);
        return vi
          ? `${noResult}: Hội nghị bỏ phiếu suy tôn giữa ${among}; đơn vị xếp hạng cao nhất đạt tỷ lệ phiếu đồng ý ${threshold} tổng số đơn vị thành viên được đề nghị Cờ thi đua${leader ? ` (đơn vị xếp hạng cao nhất: ${leader})` : ''}.`
          : `${noResult}: the meeting votes among ${among}; the best-ranked unit with ${threshold} of the members' votes is proposed for the flag${leader ? ` (the top-ranked: ${leader})` : ''}.`;
      }
      return vi
        ? `${noResult}: ${among} được đề nghị Cờ thi đua, chờ Hội nghị bỏ phiếu suy tôn (cần đạt tỷ lệ phiếu đồng ý ${threshold} tổng số đơn vị thành viên)${ifShort}`
        : `${noResult}: ${among} proposed for the flag, pending the meeting's secret ballot (threshold ${threshold} of the members)${ifShort}`;
    }
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
          ? `Trong ${among}, ${places} thuộc về các đơn vị xếp hạng cao nhất không được suy tôn Cờ thi đua, sau khi có kết quả bỏ phiếu.`
          : `Among ${among}, the ${places} go to the best-ranked units not chosen for the flag, once the vote is known.`;
      }
      const tied = p.among.length > slots ? (vi ? ' (bằng điểm: Hội nghị quyết định)' : ' (tied: the meeting decides)') : '';
      return vi
        ? `${places} còn lại phụ thuộc kết quả bỏ phiếu Cờ thi đua của ${names(flags, lang)}: ${among}${tied} được đề nghị nếu các suất này còn.`
        : `${places} depend${slots > 1 ? '' : 's'} on the flag vote for ${names(flags, lang)}: ${among}${tied} ${p.among.length > 1 ? 'are' : 'is'} proposed if they remain.`;
    }
  }
}

/** The quorum as a sentence: "Số đơn vị có mặt: 9/11 (81,8%)". */
function quorumText(q: { present: number; total: number; met: boolean }, lang: Lang): string {
  const share = formatPercent(q.present / Math.max(1, q.total), lang);
  return lang === 'vi' ? `Số đơn vị có mặt: ${q.present}/${q.total} (${share})` : `Units present: ${q.present} of ${q.total} (${share})`;
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
        ? `Chỉ ${q.present}/${q.total} đơn vị có mặt, chưa đạt tỷ lệ tối thiểu ${thresholdText(bloc.rules.quorum, l)}: kết quả bỏ phiếu không có giá trị, Cờ thi đua chờ một cuộc bỏ phiếu đủ tỷ lệ có mặt.`
        : `Only ${q.present} of ${q.total} units are present, below the quorum of ${thresholdText(bloc.rules.quorum, l)}: the ballot does not count, and the flag waits for a vote with quorum.`,
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
    const awaiting = undecided.some((p) => p.cause === 'awaitingVote' || p.cause === 'noQuorum');
    return vi ? `Cờ thi đua${awaiting ? ' (chờ bỏ phiếu)' : ''}` : `Emulation Flag${awaiting ? ' (pending the vote)' : ''}`;
  }
  if (result.merit.includes(unit)) return vi ? 'Bằng khen' : 'Certificate of Merit';
  if (undecided.length) return vi ? 'Chờ Hội nghị quyết định' : 'For the meeting to decide';
  return '—';
}

/** How the flag stands, as a clause after the unit(s): "đủ tỷ lệ phiếu đồng ý, đề nghị", "chờ Hội nghị bỏ phiếu suy tôn". */
export function flagOutcomeText(bloc: Bloc, outcome: FlagOutcome, lang: Lang): string {
  const vi = lang === 'vi';
  const rules = blocWords(bloc.info).regulation[lang];
  switch (outcome) {
    case 'proposed':
      return vi ? 'đủ tỷ lệ phiếu đồng ý, đề nghị' : 'the vote passed: proposed';
    case 'pendingVote':
      return vi ? 'đề nghị, chờ Hội nghị bỏ phiếu suy tôn' : 'proposed, pending the meeting’s vote';
    case 'noQuorum':
      return vi
        ? 'cuộc bỏ phiếu chưa đủ tỷ lệ đơn vị có mặt, chờ bỏ phiếu lại'
        : 'the vote was held without quorum: pending a vote with quorum';
    case 'belowThreshold':
      return vi ? 'chưa đủ tỷ lệ phiếu đồng ý, chưa đề nghị' : 'short of the vote threshold: not proposed';
    case 'unresolvedTie':
      return vi ? 'bằng điểm, chờ Hội nghị bỏ phiếu lại' : 'a tie, pending the meeting’s revote';
    case 'noEligibleUnit':
      return vi ? 'không có đơn vị đủ điều kiện' : 'no unit is eligible';
    case 'noneByRule':
      return vi ? `${rules} không đề nghị Cờ thi đua kỳ này` : `${rules} propose no flag this period`;
    case 'interimReview':
      return vi ? 'hội nghị sơ kết không xét khen thưởng' : 'an interim review proposes no award';
  }
}

/** Why no unit is proposed for the flag, for a summary across blocs (null when one is, or the vote is awaited). */
export function noFlagText(bloc: Bloc, outcome: FlagOutcome): Text | null {
  const w = blocWords(bloc.info);
  switch (outcome) {
    case 'proposed':
    case 'pendingVote':
      return null;
    case 'unresolvedTie':
      return { vi: `Chưa đề nghị: bằng điểm, chờ ${w.noun.vi} bỏ phiếu lại`, en: `None yet: a tie, pending the ${w.noun.en}’s revote` };
    case 'noQuorum':
      return { vi: 'Chưa đề nghị: cuộc bỏ phiếu chưa đủ tỷ lệ đơn vị có mặt', en: 'None yet: the vote was held without quorum' };
    case 'belowThreshold':
      return { vi: 'Chưa đề nghị: chưa đủ tỷ lệ phiếu đồng ý', en: 'None: short of the vote threshold' };
    case 'noEligibleUnit':
      return { vi: 'Không có đơn vị đủ điều kiện', en: 'No eligible unit' };
    case 'noneByRule':
      return {
        vi: `${w.regulation.vi.replace(/^q/, 'Q')} không đề nghị Cờ kỳ này`,
        en: `${w.regulation.en.replace(/^t/, 'T')} propose no flag this period`,
      };
    case 'interimReview':
      return { vi: 'Hội nghị sơ kết: không xét khen thưởng', en: 'An interim review: no award' };
  }
}

/** "Khối trưởng năm sau: Thanh tra tỉnh (gợi ý theo thứ tự luân phiên)." */
function appointmentText(label: string, a: Appointment, lang: Lang): string {
  const none = lang === 'vi' ? '(chưa xác định)' : '(not decided)';
  const hint = lang === 'vi' ? ' (gợi ý theo thứ tự luân phiên)' : ' (suggested by the rotation order)';
  return `${label}: ${a.unit ?? none}${a.unit && a.suggested ? hint : ''}.`;
}

/**
 * The conclusion of the meeting, line by line, as `Kết quả` and the CLI print it: the flag and how it stands, the
 * Certificates, the quorum and the threshold, each revote's tally, and next period's head and deputy (a tổng kết) or
 * the next review's host (a sơ kết).
 */
export function conclusionLines(bloc: Bloc, result: BlocResult, lang: Lang): string[] {
  const vi = lang === 'vi';
  const names = (list: number[]) => list.map((u) => bloc.units[u].name).join('; ');
  const w = blocWords(bloc.info);
  const lines: string[] = [];
  if (result.review === 'soKet') {
    const period = [lowerFirst(bloc.info.period.trim()), bloc.info.year].filter((x) => x != null && x !== '').join(' ');
    lines.push(
      vi
        ? `Hội nghị ${reviewWord('soKet').vi} ${period}: xếp hạng các đơn vị, không xét khen thưởng.`
        : `An ${reviewWord('soKet').en} (${bloc.info.period} ${bloc.info.year ?? ''}`.trimEnd() +
            '): the units are ranked; no award is proposed.',
    );
    if (result.nextHost) lines.push(vi ? `Đơn vị đăng cai kỳ sau: ${result.nextHost}.` : `Next review hosted by: ${result.nextHost}.`);
    return lines;
  }
  const award = awardNames(bloc);
  const none = vi ? '(chưa có)' : '(none yet)';
  lines.push(
    vi
      ? `Đề nghị tặng ${award.flag}: ${names(result.flag) || none} — ${flagOutcomeText(bloc, result.flagOutcome, lang)}.`
      : `Proposed for the Emulation Flag (${award.flag}): ${names(result.flag) || none} — ${flagOutcomeText(bloc, result.flagOutcome, lang)}.`,
  );
  lines.push(
    vi
      ? `Đề nghị tặng ${award.merit} (${result.meritCount} suất): ${names(result.merit) || none}.`
      : `Proposed for the Certificate of Merit (${award.merit}, ${result.meritCount} place${result.meritCount === 1 ? '' : 's'}): ${names(result.merit) || none}.`,
  );
  const vote = result.vote;
  if (vote) {
    const threshold = thresholdText(bloc.rules.voteThreshold, lang);
    lines.push(
      vi
        ? `${quorumText(vote.quorum, lang)}; tỷ lệ phiếu đồng ý cần đạt: ${threshold} tổng số đơn vị thành viên.`
        : `${quorumText(vote.quorum, lang)}; votes needed: ${threshold} of the member units.`,
    );
    for (const round of vote.rounds.filter((x) => x.round === 2)) {
      const tally = round.candidates.map((u) => `${bloc.units[u].name} ${round.count.votes[u]} ${vi ? 'phiếu' : 'votes'}`).join('; ');
      lines.push(vi ? `Bỏ phiếu lại: ${tally}.` : `Revote: ${tally}.`);
    }
  }
  const next = (t: Text) => (vi ? `${t.vi} năm sau` : `Next ${t.en}`);
  lines.push(appointmentText(next(w.head), result.nextHead, lang), appointmentText(next(w.deputy), result.nextDeputy, lang));
  return lines;
}
