// The documents the product writes, in one registry: for each kind its title, default template, file names, the
// placeholder groups its templates may use, the CLI option naming a bloc's own template, and whether that template
// can be kept in the workbook (`_bxtd_mau`). Everything that handles kinds reads this table (the pane's and the
// CLI's lists, the data builders, the docs), so there is no list of kinds anywhere else; the types below derive
// from it (the kinds of a set, the data a kind is filled with).
//
// Adding a kind (for example the province's Tờ trình of `bxtd tong-hop`):
//   1. add its id to DocumentKind: `DOCUMENTS` (a Record over the union) and every `switch` over kinds (ending in
//      assertNever) stop compiling until they handle it;
//   2. write its default body in bodies/<set>.ts (bodies/meeting.ts, dossier.ts, province.ts) with the Decree 30
//      blocks of layout.ts (head, title, signatures), and return it from templates.ts's bodyOf;
//   3. give it its entry below: `groups` are the vocabulary groups (vocabulary.ts) its templates may use — add a
//      group there for data of its own; `stored: null` when it has no bloc workbook to be kept in;
//   4. build its data — a KindData<'<kind>'>: the compiler names every placeholder the builder leaves out — and fill
//      with fillDocument(kind, template, data) (fill.ts: the one filling path — bounded, checked against the kind's
//      vocabulary, text made safe);
//   5. `npm run templates` writes assets/templates/ and the tables of docs/templates.md; add it to test/docs.

import type { Bloc, BlocResult, Text } from '../domain/model';
import { asciiSlug } from '../domain/vietnamese';
import type { GroupData, GroupId } from './vocabulary';

export type DocumentKind = 'nomination' | 'handover' | 'ballot' | 'count' | 'proposal' | 'report' | 'annex' | 'province';

/**
 * Which command writes a kind: the meeting's documents (`score --minutes`, Biên bản tab), the dossier (`ho-so`), or
 * the province's summary of many blocs (`tong-hop`: made from a province summary, not from one bloc).
 */
export type DocumentSet = 'minutes' | 'dossier' | 'province';

export interface DocumentSpec {
  title: Text;
  set: DocumentSet;
  /** The default template's file in assets/templates/ (what "download the default to edit" gives). */
  templateFile: string;
  /** The written file: `<stem>-<bloc>-<year>.docx`, or `<stem>-<unit>.docx` for a document per unit. */
  fileStem: string;
  perUnit: boolean;
  /** `--template-<option>` on the command line. */
  option: string;
  /** Its label in the workbook's `_bxtd_mau`; null when a template of this kind is never kept in a workbook. */
  stored: string | null;
  groups: readonly GroupId[];
  /** A landscape page (tables too wide for portrait). */
  landscape: boolean;
  /** A meeting's document that also goes into the award dossier: always, or after a counted vote; null: not. */
  inDossier: 'always' | 'afterCountedVote' | null;
}

const BLOC = ['bloc', 'time', 'roles', 'attendance', 'scores', 'ballot', 'conclusion', 'handover', 'dossier'] as const;

export const DOCUMENTS = {
  nomination: {
    title: { vi: 'Biên bản họp bình xét, suy tôn', en: 'Review and nomination minute' },
    set: 'minutes',
    templateFile: 'bien-ban-binh-xet-suy-ton.docx',
    fileStem: 'Bien-ban-binh-xet',
    perUnit: false,
    option: 'nomination',
    stored: 'bien-ban-binh-xet',
    groups: BLOC,
    landscape: false,
    inDossier: 'always',
  },
  handover: {
    title: { vi: 'Biên bản bàn giao Khối trưởng', en: 'Bloc head handover minute' },
    set: 'minutes',
    templateFile: 'bien-ban-ban-giao-khoi-truong.docx',
    fileStem: 'Bien-ban-ban-giao',
    perUnit: false,
    option: 'handover',
    stored: 'bien-ban-ban-giao',
    groups: BLOC,
    landscape: false,
    inDossier: null,
  },
  ballot: {
    title: { vi: 'Phiếu bầu suy tôn Cờ thi đua', en: 'Ballot paper for the flag' },
    set: 'minutes',
    templateFile: 'phieu-bau-suy-ton.docx',
    fileStem: 'Phieu-bau',
    perUnit: false,
    option: 'ballot',
    stored: 'phieu-bau',
    groups: BLOC,
    landscape: false,
    inDossier: null,
  },
  count: {
    title: { vi: 'Biên bản kiểm phiếu', en: 'Vote-count minute' },
    set: 'minutes',
    templateFile: 'bien-ban-kiem-phieu.docx',
    fileStem: 'Bien-ban-kiem-phieu',
    perUnit: false,
    option: 'count',
    stored: 'bien-ban-kiem-phieu',
    groups: BLOC,
    landscape: false,
    inDossier: 'afterCountedVote',
  },
  proposal: {
    title: { vi: 'Tờ trình đề nghị khen thưởng', en: 'Award proposal (Tờ trình)' },
    set: 'dossier',
    templateFile: 'to-trinh-de-nghi-khen-thuong.docx',
    fileStem: 'To-trinh',
    perUnit: false,
    option: 'proposal',
    stored: 'to-trinh',
    groups: BLOC,
    landscape: false,
    inDossier: null,
  },
  report: {
    title: { vi: 'Báo cáo thành tích', en: 'Achievement report' },
    set: 'dossier',
    templateFile: 'bao-cao-thanh-tich.docx',
    fileStem: 'Bao-cao-thanh-tich',
    perUnit: true,
    option: 'report',
    stored: 'bao-cao-thanh-tich',
    groups: [...BLOC, 'unit'],
    landscape: false,
    inDossier: null,
  },
  annex: {
    title: { vi: 'Bảng tổng hợp kết quả chấm điểm', en: 'Score summary annex' },
    set: 'dossier',
    templateFile: 'bang-tong-hop-diem.docx',
    fileStem: 'Bang-tong-hop-diem',
    perUnit: false,
    option: 'annex',
    stored: 'bang-tong-hop-diem',
    groups: BLOC,
    landscape: true,
    inDossier: null,
  },
  province: {
    title: { vi: 'Tờ trình tổng hợp đề nghị khen thưởng các Khối thi đua', en: 'Province summary proposal (Tờ trình tổng hợp)' },
    set: 'province',
    templateFile: 'to-trinh-tong-hop-khoi-thi-dua.docx',
    fileStem: 'To-trinh-tong-hop', // `To-trinh-tong-hop-<tỉnh>-<năm>.docx` (src/minutes/province.ts)
    perUnit: false,
    option: 'to-trinh',
    stored: null,
    groups: ['provincePeriod', 'provinceBlocs', 'provinceAwards', 'provincePending'],
    landscape: false,
    inDossier: null,
  },
} as const satisfies Record<DocumentKind, DocumentSpec>;

/** The kinds of a set, as a type: KindsOf<'minutes'> is 'nomination' | 'handover' | 'ballot' | 'count'. */
export type KindsOf<S extends DocumentSet> = { [K in DocumentKind]: (typeof DOCUMENTS)[K]['set'] extends S ? K : never }[DocumentKind];

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The data a kind's templates are filled with: the values of every vocabulary group it may use. */
export type KindData<K extends DocumentKind> = Intersection<GroupData[(typeof DOCUMENTS)[K]['groups'][number]]>;

export const DOCUMENT_KINDS = Object.keys(DOCUMENTS) as DocumentKind[];

/** The kinds made from one scored bloc (every set but the province's). */
export const BLOC_KINDS = DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].set !== 'province');

/** Every kind a dossier may hold (its own, and the meeting's documents it takes): those a bloc may give templates for. */
export const DOSSIER_KINDS: DocumentKind[] = [
  ...DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].set === 'dossier'),
  ...DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].inDossier != null),
];

/** The kinds of one set, in registry order. */
export function kindsOf<S extends DocumentSet>(set: S): KindsOf<S>[] {
  return DOCUMENT_KINDS.filter((k): k is KindsOf<S> => DOCUMENTS[k].set === set);
}

/**
 * The meeting's documents it has, in registry order: the minute always; the handover (of the head, or of a sơ kết's
 * next hosting), the ballot paper and the vote-count minute when the meeting calls for them (result.documents).
 */
export function meetingKinds(result: BlocResult): KindsOf<'minutes'>[] {
  const has: Record<KindsOf<'minutes'>, boolean> = {
    nomination: true,
    handover: result.documents.handover != null,
    ballot: result.documents.ballot,
    count: result.documents.count,
  };
  return kindsOf('minutes').filter((k) => has[k]);
}

/** The kinds that may be kept in a workbook, and the kind of a `_bxtd_mau` label. */
export function kindOfStoredLabel(label: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((k) => DOCUMENTS[k].stored === label) ?? null;
}

/** The kinds whose templates may use a vocabulary group (for the docs and `bxtd placeholders`). */
export function kindsUsing(group: GroupId): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => (DOCUMENTS[k].groups as readonly GroupId[]).includes(group));
}

/** A compile-time proof that a switch handled every case. */
export function assertNever(x: never): never {
  throw new Error(`unhandled case: ${String(x)}`);
}

/**
 * "Bien-ban-binh-xet-Khoi-thi-dua-so-3-2024.docx"; for a document per unit "Bao-cao-thanh-tich-Cong-an-tinh.docx"
 * (`unitSlug` from unitSlugs, unique within the bloc).
 */
export function documentFileName(kind: DocumentKind, bloc: Bloc, unitSlug?: string): string {
  const spec = DOCUMENTS[kind];
  if (spec.perUnit) return `${spec.fileStem}-${unitSlug || 'Don-vi'}.docx`;
  const parts = [spec.fileStem, asciiSlug(bloc.info.name) || 'Khoi-thi-dua'];
  if (bloc.info.year != null) parts.push(String(bloc.info.year));
  return `${parts.join('-')}.docx`;
}

/**
 * ASCII file-name slugs of the units, unique even where only case or diacritics differ (file systems of Windows and
 * macOS ignore case): "Cong-an-tinh", and "Cong-an-tinh-2" for a second unit of that spelling.
 */
export function unitSlugs(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = asciiSlug(name) || 'Don-vi';
    let slug = base;
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    used.add(slug.toLowerCase());
    return slug;
  });
}

/**
 * The kinds a command writes, and so takes `--template-…` options for: a set's own kinds, and for the dossier also
 * the meeting's documents it includes (DOSSIER_KINDS: the nomination minute, and the vote-count minute after a vote).
 */
export function kindsWrittenBy(set: DocumentSet): DocumentKind[] {
  return set === 'dossier' ? DOSSIER_KINDS : kindsOf(set);
}
