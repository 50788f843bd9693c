// From a bloc and its result to the values every bloc document is filled with (the bloc groups of vocabulary.ts,
// typed: BlocData). Every value is text, a yes/no condition or a list of rows; what the workbook does not say becomes
// a dotted blank to fill by hand, never "undefined" or "null". Nothing here decides an award: the flag, the
// Certificates, the vote rounds and what the meeting must still decide are read from the engine's result, and the
// sentences about them come from domain/explain.ts. Each group has its builder in data/.

import { blocWords } from '../domain/bloc-words';
import type { Bloc, BlocResult, Issue, Text } from '../domain/model';
import { parseIsoDate } from '../domain/vietnamese';
import { ballotGroup } from './data/ballot';
import { contextOf, personName } from './data/common';
import { conclusionGroup } from './data/conclusion';
import { dossierGroup } from './data/dossier';
import { handoverGroup } from './data/handover';
import { attendanceGroup, blocGroup, rolesGroup, timeGroup } from './data/meeting';
import { scoresGroup } from './data/scores';
import { documentFileName, type DocumentKind, type KindData, type KindsOf } from './kinds';

export {
  BLANK,
  BLANK_DATE,
  BLANK_SHORT,
  BLANK_TIME,
  findUnit,
  groupTitle,
  headPosition,
  isPersonName,
  managingBody,
  periodText,
  personName,
  personWithTitle,
  withoutHonorific,
  type MinutesData,
  type MinutesRow,
  type MinutesValue,
} from './data/common';

/** The meeting's documents (kindsOf('minutes') in the registry, kinds.ts): what `--minutes` and the Biên bản tab make. */
export type MinutesKind = KindsOf<'minutes'>;

/** The values of every bloc document (the groups every bloc kind shares; a report adds its unit's). */
export type BlocData = KindData<'nomination'>;

/**
 * The values of every bloc document. `issues`: the reader's, of which the minute's notes list those about a figure
 * the workbook prints (a subtotal that does not add up).
 */
export function buildMinutesData(bloc: Bloc, result: BlocResult, issues: readonly Issue[] = []): BlocData {
  const ctx = contextOf(bloc, result, issues);
  const scores = scoresGroup(ctx);
  const ballot = ballotGroup(ctx);
  return {
    ...blocGroup(ctx),
    ...timeGroup(ctx),
    ...rolesGroup(ctx),
    ...attendanceGroup(ctx),
    ...scores,
    ...ballot,
    ...conclusionGroup(ctx, { vote: ballot.co_bo_phieu, ineligible: scores.co_don_vi_khong_xet }),
    ...handoverGroup(ctx),
    ...dossierGroup(ctx),
  };
}

/** "Bien-ban-binh-xet-Khoi-thi-dua-so-3-2023.docx", "Bien-ban-ban-giao-Khoi-thi-dua-so-3-2023.docx". */
export function minutesFileName(kind: DocumentKind, bloc: Bloc): string {
  return documentFileName(kind, bloc);
}

/** What the minutes leave blank for lack of data: shown next to the preview so the user can complete the workbook. */
export function minutesGaps(bloc: Bloc, result: BlocResult): Text[] {
  const { info } = bloc;
  const gaps: Text[] = [];
  const add = (vi: string, en: string) => gaps.push({ vi, en });
  const words = blocWords(bloc.info);
  const head = words.head.vi;
  if (!info.meetingDate || !parseIsoDate(info.meetingDate))
    add(
      'Ngày họp (trang Thông tin): căn cứ pháp lý được chọn theo ngày này',
      'Meeting date (Thông tin sheet): it chooses the legal grounds',
    );
  if (!info.meetingPlace) add('Địa điểm (trang Thông tin)', 'Meeting place (Thông tin sheet)');
  if (!info.chair) add('Chủ trì (trang Thông tin)', 'Chair (Thông tin sheet)');
  if (!info.secretary) add('Thư ký (trang Thông tin)', 'Secretary (Thông tin sheet)');
  if (!info.head) add(`${head} (trang Thông tin)`, 'Bloc head (Thông tin sheet)');
  if (!bloc.units.some((u) => u.present)) add('Đơn vị có mặt (cột Có mặt, trang Đơn vị)', 'Units present (Có mặt column, Đơn vị sheet)');
  if (result.review === 'tongKet' && result.ballotState !== 'held' && result.documents.ballot)
    add('Kết quả bỏ phiếu (trang Phiếu bầu)', 'Ballot result (Phiếu bầu sheet)');
  if (result.nextHead.suggested) {
    const s = result.nextHead.unit;
    add(
      `${head} năm sau (trang Thông tin)${s ? `; theo thứ tự luân phiên là ${s}` : ''}`,
      `Next year’s head (Thông tin sheet)${s ? `; by rotation: ${s}` : ''}`,
    );
  }
  if (result.nextDeputy.suggested) add(`${words.deputy.vi} năm sau (trang Thông tin)`, 'Next year’s deputy (Thông tin sheet)');
  if (bloc.units.some((u) => !personName(u.representative)))
    add('Người đại diện của một số đơn vị (trang Đơn vị)', 'Representatives of some units (Đơn vị sheet)');
  return gaps;
}
