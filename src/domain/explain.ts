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
import { countWithWords, joinNames, ordinalWords } from './vietnamese';

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
    case 'moreBonus':
      return lang === 'vi' ? `điểm thưởng (${formatScore(value, lang)})` : `bonus (${formatScore(value, lang)})`;
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
        ? `${among} bằng điểm ở vị trí đề nghị Cờ thi đua sau mọi tiêu chí ưu tiên: Hội nghị ${p.how === 'revote' ? 'bỏ phiếu lại' : 'bỏ phiếu'} giữa các đơn vị này cho ${countWithWords(slots)} suất` +
            (p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị Bằng khen.' : '.')
        : `${among} are equal for the flag after every tie-break step: the meeting ${p.how === 'revote' ? 'votes again' : 'votes'} between them (${slots} place${slots > 1 ? 's' : ''})` +
            (p.othersGet === 'merit' ? '; the unit not chosen is proposed for a Certificate.' : '.');
    case 'revoteTie':
      return vi
        ? `Sau khi bỏ phiếu lại, ${among} vẫn bằng số phiếu: Hội nghị cần bỏ phiếu lại lần nữa cho ${countWithWords(slots)} suất` +
            (p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị Bằng khen.' : '.')
        : `After the revote, ${among} are still equal on votes: the meeting must vote again (${slots} place${slots > 1 ? 's' : ''})` +
            (p.othersGet === 'merit' ? '; the unit not chosen is proposed for a Certificate.' : '.');
    case 'cutOffTie':
      return vi
        ? `${among} bằng điểm ở suất Bằng khen cuối cùng sau mọi tiêu chí ưu tiên: Hội nghị quyết định ${countWithWords(slots)} suất còn lại.`
        : `${among} are equal across the Certificate cut-off (${slots} place${slots > 1 ? 's' : ''} left) after every tie-break step: the meeting decides.`;
    case 'afterFlag': {
      const places = vi ? `${countWithWords(slots)} suất Bằng khen` : `${slots} Certificate place${slots > 1 ? 's' : ''}`;
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

/** How the flag stands, as a headline of its own (the pane's outcome): one sentence in the bloc's words. */
export function flagOutcomeTitle(bloc: Bloc, outcome: FlagOutcome): Text {
  const w = blocWords(bloc.info);
  switch (outcome) {
    case 'proposed':
      return {
        vi: `Đơn vị dẫn đầu đủ số phiếu đồng ý theo ${w.regulation.vi}.`,
        en: `The leading unit has the votes ${w.regulation.en} require.`,
      };
    case 'pendingVote':
      return {
        vi: 'Chưa có kết quả bỏ phiếu: đơn vị dẫn đầu được đề nghị, chờ Hội nghị bỏ phiếu suy tôn.',
        en: 'No ballot yet: the leading unit is proposed, pending the meeting’s vote.',
      };
    case 'noQuorum':
      return {
        vi: `Số đơn vị có mặt chưa đủ theo ${w.regulation.vi}: kết quả bỏ phiếu không có giá trị, Cờ thi đua chờ bỏ phiếu lại.`,
        en: 'Too few units were present: the ballot does not count, and the Emulation Flag waits for a vote with quorum.',
      };
    case 'belowThreshold':
      return {
        vi: `Đơn vị dẫn đầu chưa đủ số phiếu đồng ý theo ${w.regulation.vi}: chưa đề nghị Cờ thi đua.`,
        en: `The leading unit does not have the votes ${w.regulation.en} require: no Emulation Flag is proposed.`,
      };
    case 'unresolvedTie':
      return {
        vi: 'Các đơn vị dẫn đầu bằng điểm và chưa phân định được: chưa đề nghị Cờ thi đua.',
        en: 'The leading units are tied and the tie is not settled: no Emulation Flag is proposed.',
      };
    case 'noEligibleUnit':
      return { vi: 'Không có đơn vị đủ điều kiện đề nghị Cờ thi đua.', en: 'No unit is eligible for the Emulation Flag.' };
    case 'noneByRule':
      return {
        vi: `Theo ${w.regulation.vi}, kỳ này không đề nghị Cờ thi đua.`,
        en: `By ${w.regulation.en}, no Emulation Flag is proposed this period.`,
      };
    case 'interimReview':
      return {
        vi: `Hội nghị ${reviewWord('soKet').vi}: xếp hạng các đơn vị, không xét khen thưởng.`,
        en: 'An interim review: the units are ranked; no award is proposed.',
      };
  }
}

/** What the meeting must still do about the flag, after "Hội nghị cần" / "Bước tiếp theo" (null when nothing). */
export function flagActionText(bloc: Bloc, outcome: FlagOutcome): Text | null {
  const w = blocWords(bloc.info);
  switch (outcome) {
    case 'proposed':
    case 'noneByRule':
    case 'interimReview':
      return null;
    case 'pendingVote':
      return {
        vi: 'bỏ phiếu kín suy tôn đơn vị dẫn đầu, ghi kết quả vào trang «Phiếu bầu» rồi chấm điểm lại.',
        en: 'hold the secret ballot for the leading unit, enter the result on the «Phiếu bầu» sheet and score again.',
      };
    case 'noQuorum':
      return {
        vi: `tổ chức bỏ phiếu lại khi có đủ số đơn vị dự họp theo ${w.regulation.vi}.`,
        en: 'hold the vote again with enough member units present.',
      };
    case 'belowThreshold':
      return {
        vi: `bỏ phiếu lại (hoặc biểu quyết theo ${w.regulation.vi}) cho đến khi một đơn vị đủ số phiếu đồng ý.`,
        en: `vote again (or decide as ${w.regulation.en} say) until a unit has the votes required.`,
      };
    case 'unresolvedTie':
      return {
        vi: 'bỏ phiếu giữa các đơn vị bằng điểm; tiện ích không tự chọn theo tên, thứ tự hay ngẫu nhiên.',
        en: 'vote between the tied units; the add-in never picks by name, order or chance.',
      };
    case 'noEligibleUnit':
      return { vi: 'xem lại lý do không xét khen thưởng của các đơn vị.', en: 'review why the units are not considered.' };
  }
}

/** What the meeting must do about a tie at the Certificates' cut-off. */
export const MERIT_TIE_ACTION: Text = {
  vi: 'quyết định giữa các đơn vị bằng điểm ở vị trí cuối cùng được đề nghị Bằng khen.',
  en: 'decide between the units tied for the last Certificate of Merit.',
};

/** Who takes over, as labelled entries: next period's head and deputy (a tổng kết), or the next review's host (a sơ kết). */
export function nextRoles(bloc: Bloc, result: BlocResult): { label: Text; unit: string | null; suggested: boolean }[] {
  if (result.review === 'soKet') {
    return [{ label: { vi: 'Đơn vị đăng cai kỳ sau', en: 'Next review hosted by' }, unit: result.nextHost, suggested: false }];
  }
  const w = blocWords(bloc.info);
  const next = (t: Text): Text => ({ vi: `${t.vi} năm sau`, en: `Next ${t.en}` });
  return [
    { label: next(w.head), ...result.nextHead },
    { label: next(w.deputy), ...result.nextDeputy },
  ];
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
  const lines: string[] = [];
  if (result.review === 'soKet') {
    const period = [lowerFirst(bloc.info.period.trim()), bloc.info.year].filter((x) => x != null && x !== '').join(' ');
    lines.push(
      vi
        ? `Hội nghị ${reviewWord('soKet').vi} ${period}: xếp hạng các đơn vị, không xét khen thưởng.`
        : `An ${reviewWord('soKet').en} (${bloc.info.period} ${bloc.info.year ?? ''}`.trimEnd() +
            '): the units are ranked; no award is proposed.',
    );
    for (const r of nextRoles(bloc, result)) if (r.unit) lines.push(`${r.label[lang]}: ${r.unit}.`);
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
  lines.push(...nextRoles(bloc, result).map((r) => appointmentText(r.label[lang], r, lang)));
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// The official documents' sentences (the minutes, the vote count, the Tờ trình, the achievement reports): Vietnamese
// only, as the documents are. Whole sentences, from the result's data; a decision the meeting must still take is
// written as what it must do, never as its outcome.

/** A unit's standing: "104,00 điểm, xếp thứ nhất". */
export function standingText(bloc: Bloc, result: BlocResult, u: number): string {
  const r = result.ranking.find((x) => x.unit === u);
  return r ? `${formatScore(r.total, 'vi', bloc.rules.decimals)} điểm, xếp ${ordinalWords(r.rank)}` : '';
}

/** The counted round in which a unit was put forward for the flag, and its votes there (the round that decided). */
export function decidingVote(result: BlocResult, u: number): { round: 1 | 2; votes: number } | null {
  if (!result.vote?.counted) return null;
  const round = result.vote.rounds.find((r) => r.winners.includes(u));
  return round ? { round: round.round, votes: round.count.votes[u] ?? 0 } : null;
}

/** "10/11 phiếu đồng ý, đạt 90,9%" or "bỏ phiếu lại: 6/11 phiếu đồng ý, đạt 54,5%": the round that decided. */
export function decidingVoteText(bloc: Bloc, result: BlocResult, u: number): string {
  const v = decidingVote(result, u);
  if (!v) return '';
  const n = bloc.units.length;
  return `${v.round === 2 ? 'bỏ phiếu lại: ' : ''}${v.votes}/${n} phiếu đồng ý, đạt ${formatPercent(n ? v.votes / n : 0, 'vi')}`;
}

/**
 * Two units of the same total, as a whole sentence: "A và B bằng tổng điểm (98,00), bằng số phiếu bầu (5 phiếu);
 * A xếp trên nhờ Điểm nhóm I: 38,5 so với 38." — or, equal after every step, "…; Hội nghị quyết định." when an award
 * turns on it ("…; cùng xếp hạng." otherwise).
 */
export function pairSentence(bloc: Bloc, result: BlocResult, pair: TieBreakPair): string {
  const name = (u: number) => bloc.units[u].name;
  if (!pair.decidedBy) {
    const forMeeting = result.pending.some(
      (p) => p.cause !== 'awaitingVote' && p.among.includes(pair.upper) && p.among.includes(pair.lower),
    );
    return tieText(bloc, [pair.upper, pair.lower], pair.total, pair.equalOn, forMeeting, 'vi');
  }
  const total = formatScore(pair.total, 'vi', bloc.rules.decimals);
  const { step, upper, lower } = pair.decidedBy;
  return (
    `${joinNames([name(pair.upper), name(pair.lower)])} bằng tổng điểm (${total})${equalClause(pair.equalOn, 'vi')}; ` +
    `${name(pair.upper)} xếp trên nhờ ${stepComparison(step, upper, lower, 'vi')}.`
  );
}

/** What a counted round decided: its winners, the candidates short of the threshold or set aside, a tie for a revote. */
export function roundVerdicts(bloc: Bloc, result: BlocResult, roundNo: 1 | 2): string[] {
  const round = result.vote?.rounds.find((r) => r.round === roundNo);
  if (!round || !result.vote?.counted) return [];
  const n = bloc.units.length;
  const threshold = thresholdText(bloc.rules.voteThreshold, 'vi');
  const out: string[] = [];
  // The winners first, then the others in ranking order.
  for (const u of [...round.winners, ...round.candidates.filter((x) => !round.winners.includes(x))]) {
    const v = round.count.votes[u] ?? 0;
    const note = result.ranking.find((r) => r.unit === u)?.notes.find((x) => 'round' in x && x.round === roundNo);
    const said = `${bloc.units[u].name} được ${votesText(v, n, 'vi')}`;
    if (round.winners.includes(u)) out.push(`${said}, đạt tỷ lệ ${threshold} tổng số đơn vị thành viên.`);
    else if (note?.kind === 'shortOfVotes') out.push(`${said}, chưa đạt tỷ lệ ${threshold} tổng số đơn vị thành viên.`);
    else if (note?.kind === 'notPutForward') out.push(`${bloc.units[u].name}: ${lowerFirst(noteText(bloc, note, 'vi'))}`);
    // A candidate the round could not put forward whatever its votes (below the leading unit) is not spoken of.
  }
  // Units this round left equal, voted on again (a revote held, or still to hold).
  const names = namer(bloc);
  if (roundNo === 1) {
    const again =
      result.vote.rounds.find((r) => r.round === 2)?.candidates ??
      result.pending.find((p) => p.cause === 'tie' && p.how === 'revote')?.among;
    if (again?.length) out.push(`${names(again, 'vi')} bằng điểm sau mọi tiêu chí ưu tiên: Hội nghị bỏ phiếu lại giữa các đơn vị này.`);
  } else {
    const again = result.pending.find((p) => p.cause === 'revoteTie')?.among;
    if (again?.length) out.push(`${names(again, 'vi')} vẫn bằng số phiếu: Hội nghị bỏ phiếu lại lần nữa giữa các đơn vị này.`);
  }
  return out;
}

/**
 * What the meeting must do for a pending decision, as a sentence (its outcome is left blank by the document):
 * "Bỏ phiếu kín suy tôn Công an tỉnh đề nghị tặng Cờ thi đua (cần đạt …)", "Quyết định 01 (một) suất Bằng khen cuối
 * cùng giữa …".
 */
export function meetingTask(bloc: Bloc, result: BlocResult, p: PendingDecision): string {
  const names = (units: number[]) => namer(bloc)(units, 'vi');
  const among = names(p.among);
  const threshold = thresholdText(bloc.rules.voteThreshold, 'vi');
  const need = `cần đạt số phiếu đồng ý ${threshold} tổng số đơn vị thành viên`;
  const slots = countWithWords(p.slots);
  const others = p.othersGet === 'merit' ? '; đơn vị không được suy tôn được đề nghị tặng Bằng khen theo thứ hạng' : '';
  const flags = result.pending.filter((x) => x.award === 'flag').flatMap((x) => x.among);
  switch (p.cause) {
    case 'awaitingVote':
    case 'noQuorum': {
      const ifShort = p.othersGet === 'merit' ? `; nếu không đạt, ${among} được xét đề nghị tặng Bằng khen theo thứ hạng` : '';
      const vote =
        !bloc.rules.leaderOnly && p.among.length > p.slots
          ? `Bỏ phiếu kín suy tôn đơn vị dẫn đầu trong số ${among}: đơn vị xếp hạng cao nhất đạt tỷ lệ phiếu đồng ý được đề nghị tặng Cờ thi đua (${need})`
          : `Bỏ phiếu kín suy tôn ${among} đề nghị tặng Cờ thi đua (${need})`;
      if (p.cause === 'awaitingVote') return `${vote}${ifShort}.`;
      const q = thresholdText(bloc.rules.quorum, 'vi');
      return `Cuộc bỏ phiếu đã tiến hành chưa đủ tỷ lệ đơn vị có mặt (${q} tổng số đơn vị thành viên) nên không có giá trị: ${lowerFirst(vote)}${ifShort}.`;
    }
    case 'tie':
      return `Bỏ phiếu giữa ${among} (bằng điểm sau mọi tiêu chí ưu tiên) để suy tôn ${slots} đơn vị đề nghị tặng Cờ thi đua, mỗi phiếu đồng ý tối đa ${slots} đơn vị (${need})${others}.`;
    case 'revoteTie':
      return `Bỏ phiếu lại lần nữa giữa ${among} (sau khi bỏ phiếu lại vẫn bằng số phiếu) để suy tôn ${slots} đơn vị đề nghị tặng Cờ thi đua, mỗi phiếu đồng ý tối đa ${slots} đơn vị${others}.`;
    case 'cutOffTie':
      return `Quyết định ${slots} suất Bằng khen cuối cùng giữa ${among} (bằng điểm sau mọi tiêu chí ưu tiên).`;
    case 'afterFlag':
      return p.among.every((u) => flags.includes(u))
        ? `Sau khi có kết quả bỏ phiếu Cờ thi đua, xác định ${slots} suất Bằng khen cho các đơn vị xếp hạng cao nhất trong số ${among} không được suy tôn.`
        : `Sau khi có kết quả bỏ phiếu Cờ thi đua của ${names(flags)}, xác định ${slots} suất Bằng khen còn lại cho ${among}${p.among.length > p.slots ? ' (bằng điểm: Hội nghị quyết định)' : ''}.`;
  }
}

/** The scope of the bloc's movement: "phong trào thi đua của Khối thi đua số 3 năm 2024". */
function movement(bloc: Bloc, period: string): string {
  const name = bloc.info.name.trim();
  return `phong trào thi đua ${name ? `của ${name}` : `của ${blocWords(bloc.info).noun.vi}`} ${period}`;
}

/**
 * The minute's conclusion on the flag, true to the outcome: proposed with the round that decided; put to the vote
 * (before it, or again after a vote without quorum); short of the threshold; no eligible unit; none by the rules. What
 * the meeting must still decide is not concluded here: the documents list it as a task with a blank outcome.
 */
export function flagConclusion(bloc: Bloc, result: BlocResult, period: string): string {
  const name = (u: number) => bloc.units[u].name;
  const threshold = thresholdText(bloc.rules.voteThreshold, 'vi');
  const award = awardNames(bloc).flag;
  const rules = blocWords(bloc.info).regulation.vi;
  const out: string[] = [];
  const decided = result.flag.filter((u) => decidingVote(result, u));
  if (decided.length) {
    const details = decided.map(
      (u) =>
        `${name(u)} (${formatScore(result.ranking.find((r) => r.unit === u)!.total, 'vi', bloc.rules.decimals)} điểm; ${decidingVoteText(bloc, result, u)})`,
    );
    out.push(
      `Căn cứ kết quả chấm điểm và kết quả bỏ phiếu, Hội nghị thống nhất suy tôn ${joinNames(details)} là ${decided.length > 1 ? 'các đơn vị' : 'đơn vị'} dẫn đầu ${movement(bloc, period)}, đề nghị tặng ${award}.`,
    );
  }
  const toVote = [...new Set(result.pending.filter((p) => p.award === 'flag').flatMap((p) => p.among))];
  if (toVote.length) {
    const details = toVote.map((u) => `${name(u)} (${standingText(bloc, result, u)})`);
    out.push(
      `Căn cứ kết quả chấm điểm, ${joinNames(details)} được giới thiệu để Hội nghị bỏ phiếu suy tôn đơn vị dẫn đầu ${movement(bloc, period)}, đề nghị tặng ${award}.`,
    );
  }
  // Units short of the threshold in a counted round, and those the put-forward rule set aside.
  for (const r of result.ranking) {
    if (result.flag.includes(r.unit) || toVote.includes(r.unit)) continue;
    for (const x of r.notes) {
      if (x.kind === 'shortOfVotes')
        out.push(
          `${name(r.unit)} (${standingText(bloc, result, r.unit)}) ${x.round === 2 ? 'bỏ phiếu lại được' : 'được'} ${votesText(x.votes, x.members, 'vi')}, chưa đạt tỷ lệ ${threshold} tổng số đơn vị thành viên.`,
        );
      if (x.kind === 'notPutForward') out.push(`${name(r.unit)}: ${lowerFirst(noteText(bloc, x, 'vi'))}`);
    }
  }
  switch (result.flagOutcome) {
    case 'noneByRule':
      return `Theo ${rules}, ${period} không đề nghị tặng Cờ thi đua.`;
    case 'noEligibleUnit':
      return `Không có đơn vị đủ điều kiện đề nghị tặng Cờ thi đua ${period}.`;
    case 'belowThreshold':
      out.push(`Hội nghị không suy tôn đơn vị đề nghị tặng Cờ thi đua ${period}.`);
      break;
    default:
      break;
  }
  return out.join(' ');
}

/** The minute's conclusion on the Certificates: how many are proposed (the list follows), or why none. */
export function meritConclusion(bloc: Bloc, result: BlocResult, period: string): string {
  const merit = awardNames(bloc).merit;
  const open =
    result.pending.filter((p) => p.award === 'merit').reduce((s, p) => s + p.slots, 0) +
    result.pending.filter((p) => p.award === 'flag' && p.othersGet === 'merit').reduce((s, p) => s + p.among.length - p.slots, 0);
  const left = open ? `; còn ${countWithWords(open)} suất chờ Hội nghị quyết định. Các đơn vị được đề nghị gồm:` : ', gồm:';
  if (result.merit.length) return `Đề nghị tặng ${merit} cho ${countWithWords(result.merit.length)} đơn vị${left}`;
  if (open) return `${countWithWords(open)} suất Bằng khen chờ Hội nghị quyết định.`;
  if (result.meritCount === 0) return `Theo ${blocWords(bloc.info).regulation.vi}, ${period} không đề nghị tặng Bằng khen.`;
  return 'Không có đơn vị đủ điều kiện đề nghị tặng Bằng khen.';
}

/** "Hội nghị thống nhất đề nghị A làm Khối trưởng và B làm Khối phó Khối thi đua số 3 năm 2025." (`blank` where not decided). */
export function nextRolesSentence(bloc: Bloc, result: BlocResult, nextYear: string, blank: string): string {
  const w = blocWords(bloc.info);
  const unit = (a: Appointment) => (a.unit && !a.suggested ? a.unit : blank);
  return `Hội nghị thống nhất đề nghị ${unit(result.nextHead)} làm ${w.head.vi} và ${unit(result.nextDeputy)} làm ${w.deputy.vi} ${bloc.info.name.trim() || w.full.vi} năm ${nextYear}.`;
}

/** A sơ kết's conclusion: the ranking agreed, no award; the next review's host when given. */
export function interimConclusion(result: BlocResult, period: string): string {
  const host = result.nextHost ? ` Hội nghị thống nhất ${result.nextHost} đăng cai tổ chức hội nghị kỳ tiếp theo.` : '';
  return `Hội nghị thống nhất kết quả chấm điểm, xếp hạng thi đua ${period} của các đơn vị thành viên như bảng trên; hội nghị sơ kết không xét khen thưởng.${host}`;
}

/**
 * A proposed unit's award as its achievement report states it: "Khối thi đua số 3 thống nhất suy tôn Công an tỉnh là
 * đơn vị dẫn đầu … đề nghị tặng … (104,00 điểm, xếp thứ nhất/11 đơn vị; 10/11 phiếu đồng ý, đạt 90,9%)." — a
 * Certificate's without any vote figure. `at`: " tại Hội nghị ngày …", or "".
 */
export function unitAwardSentence(bloc: Bloc, result: BlocResult, u: number, period: string, at: string): string {
  const row = result.ranking.find((r) => r.unit === u)!;
  const unit = bloc.units[u].name;
  const blocName = bloc.info.name.trim() || blocWords(bloc.info).full.vi;
  const awards = awardNames(bloc);
  const vote = decidingVoteText(bloc, result, u);
  const standing = `${formatScore(row.total, 'vi', bloc.rules.decimals)} điểm, xếp ${ordinalWords(row.rank)}/${bloc.units.length} đơn vị${vote ? `; ${vote}` : ''}`;
  return result.flag.includes(u)
    ? `${blocName} thống nhất suy tôn ${unit} là đơn vị dẫn đầu phong trào thi đua ${period}${at}, đề nghị tặng ${awards.flag} (${standing}).`
    : `${blocName} thống nhất đề nghị tặng ${awards.merit} cho ${unit}${at} (${standing}).`;
}
