// The documents the product writes, in one registry: for each kind its title, default template, file names, the
// placeholder groups its templates may use, the CLI option naming a bloc's own template, and whether that template
// can be kept in the workbook (`_bxtd_mau`). Everything that handles kinds reads this table, so there is no list of
// kinds anywhere else.
//
// Adding a kind (for example the province's Tờ trình of `bxtd tong-hop`):
//   1. add its id to DocumentKind: `DOCUMENTS` (a Record over the union) and every `switch` over kinds (ending in
//      assertNever) stop compiling until they handle it;
//   2. write its default body in templates/<set>.ts with the Decree 30 blocks of layout.ts (header, title, signatures);
//   3. give it its entry below: `groups` are the vocabulary groups (vocabulary.ts) its templates may use — add a
//      group there for data of its own; `stored: null` when it has no bloc workbook to be kept in;
//   4. build its data (a MinutesData with the names of its groups) and fill with fillDocument(kind, template, data)
//      (fill.ts: the one filling path — bounded, checked against the kind's vocabulary, text made safe);
//   5. `npm run templates` writes assets/templates/ and the tables of docs/templates.md; add it to test/docs.

import type { Bloc, Text } from '../domain/model';
import { asciiSlug } from '../domain/vietnamese';
import type { GroupId } from './vocabulary';

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
  groups: GroupId[];
  /** A landscape page (tables too wide for portrait). */
  landscape: boolean;
}

const BLOC: GroupId[] = ['bloc', 'time', 'roles', 'attendance', 'scores', 'ballot', 'conclusion', 'handover', 'dossier'];

export const DOCUMENTS: Record<DocumentKind, DocumentSpec> = {
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
  },
};

export const DOCUMENT_KINDS = Object.keys(DOCUMENTS) as DocumentKind[];

/** The kinds made from one scored bloc (every set but the province's). */
export const BLOC_KINDS = DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].set !== 'province');

/** The kinds of one set, in registry order. */
export function kindsOf(set: DocumentSet): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].set === set);
}

/** The kinds that may be kept in a workbook, and the kind of a `_bxtd_mau` label. */
export function kindOfStoredLabel(label: string): DocumentKind | null {
  return DOCUMENT_KINDS.find((k) => DOCUMENTS[k].stored === label) ?? null;
}

/** The kinds whose templates may use a vocabulary group (for the docs and `bxtd placeholders`). */
export function kindsUsing(group: GroupId): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => DOCUMENTS[k].groups.includes(group));
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
 * the meeting's minutes it includes (the nomination minute, and the vote-count minute after a ballot).
 */
export function kindsWrittenBy(set: DocumentSet): DocumentKind[] {
  return set === 'dossier' ? [...kindsOf('dossier'), 'nomination', 'count'] : kindsOf(set);
}
