// Making documents from a scored bloc, the same way for the CLI and the task pane: each kind's data (data.ts,
// report-data.ts), its template (a file, the one kept in the workbook, or the default built for the meeting's shape),
// and the one filling path (fill.ts). The meeting has the documents its period and its vote call for (a sơ kết has
// no ballot paper, count minute or dossier; a handover of the head, or of the next review's hosting). A refused
// template names where it came from and nothing is made; the dossier is made only for a tổng kết whose awards are
// all decided (dossierRefusal says why not, as a BxtdError).

import PizZip from 'pizzip';
import { pendingText } from '../domain/explain';
import { BxtdError } from '../domain/errors';
import type { Bloc, BlocResult, Issue, Text } from '../domain/model';
import { asciiSlug } from '../domain/vietnamese';
import { buildMinutesData, type BlocData, type MinutesData } from './data';
import { fromTemplate } from './errors';
import { fillDocument } from './fill';
import { assertNever, DOCUMENTS, documentFileName, DOSSIER_KINDS, meetingKinds, unitSlugs, type DocumentKind } from './kinds';
import { shapeOf } from './layout';
import { buildReportData } from './report-data';
import { buildDefaultTemplate } from './templates';

export { shapeOf } from './layout';
export { meetingKinds } from './kinds';

export interface MadeDocument {
  kind: DocumentKind;
  unit: string | null; // the unit's name, for a document per unit
  fileName: string;
  bytes: Uint8Array;
}

/**
 * A bloc's own template of a kind, and where it came from for messages ("Mẫu <where>: …"): a file path, the kept
 * template's label, or words of the host's own (bilingual).
 */
export interface OwnTemplate {
  bytes: Uint8Array;
  where: string | Text;
}

export type OwnTemplates = Partial<Record<DocumentKind, OwnTemplate>>;

/** The default template of a kind for this meeting (the score tables have its groups; a sơ kết's no vote column). */
export function defaultTemplateFor(kind: DocumentKind, bloc: Bloc, result: BlocResult): Uint8Array {
  return buildDefaultTemplate(kind, shapeOf(bloc, result));
}

/** The units a per-unit document is made for: the flag units, then the Certificate units, in rank order. */
export function proposedUnits(result: BlocResult): number[] {
  return [...result.flag, ...result.merit];
}

/** The data of one document of a kind (for a document per unit, of unit `u`), over the bloc's values `base`. */
export function documentData(kind: DocumentKind, bloc: Bloc, result: BlocResult, base: BlocData, u?: number): MinutesData {
  switch (kind) {
    case 'nomination':
    case 'handover':
    case 'ballot':
    case 'count':
    case 'proposal':
    case 'annex':
      return base;
    case 'report':
      return buildReportData(bloc, result, u!, base);
    case 'province':
      // Made from a province summary of many blocs (province.ts), never from one bloc.
      throw new Error('the province Tờ trình is made by makeProvinceDocument, from a province summary');
    default:
      return assertNever(kind);
  }
}

/** Fill one kind (one document, or one per proposed unit). Throws a `template.*` BxtdError naming the template's origin. */
async function make(kind: DocumentKind, bloc: Bloc, result: BlocResult, base: BlocData, own: OwnTemplates): Promise<MadeDocument[]> {
  const template = own[kind]?.bytes ?? defaultTemplateFor(kind, bloc, result);
  const where = own[kind]?.where ?? null;
  const fill = async (data: MinutesData) => {
    try {
      return await fillDocument(kind, template, data);
    } catch (e) {
      throw fromTemplate(e, where);
    }
  };
  if (!DOCUMENTS[kind].perUnit) {
    return [{ kind, unit: null, fileName: documentFileName(kind, bloc), bytes: await fill(documentData(kind, bloc, result, base)) }];
  }
  const units = proposedUnits(result);
  const slugs = unitSlugs(units.map((u) => bloc.units[u].name));
  const out: MadeDocument[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const bytes = await fill(documentData(kind, bloc, result, base, u));
    out.push({ kind, unit: bloc.units[u].name, fileName: documentFileName(kind, bloc, slugs[i]), bytes });
  }
  return out;
}

/**
 * Every document of these kinds, in order; all or nothing (a refused template throws a `template.*` BxtdError).
 * `issues`: the reader's (the minute's notes list those about a printed figure).
 */
export async function makeDocuments(
  kinds: DocumentKind[],
  bloc: Bloc,
  result: BlocResult,
  own: OwnTemplates = {},
  issues: readonly Issue[] = [],
): Promise<MadeDocument[]> {
  const base = buildMinutesData(bloc, result, issues);
  const out: MadeDocument[] = [];
  for (const kind of kinds) out.push(...(await make(kind, bloc, result, base, own)));
  return out;
}

/** The meeting's documents it has: the minute, and the handover, ballot paper and vote-count minute as due. */
export function makeMinutesDocuments(
  bloc: Bloc,
  result: BlocResult,
  own: OwnTemplates = {},
  issues: readonly Issue[] = [],
): Promise<MadeDocument[]> {
  return makeDocuments(meetingKinds(result), bloc, result, own, issues);
}

/** The kinds that go into this meeting's dossier: its own, the minute, and the vote-count minute after a counted vote. */
export function dossierKinds(result: BlocResult): DocumentKind[] {
  return DOSSIER_KINDS.filter((k) => DOCUMENTS[k].inDossier !== 'afterCountedVote' || result.vote?.counted === true);
}

/**
 * Why a meeting has no dossier yet, as the error `ho-so` and the pane report (null when it has one): a sơ kết
 * proposes no award (`documents.interim`); a decision is pending — a vote not held or held without quorum, a tie
 * (`documents.pending`, the decisions listed in the sentence and as `detail`); nothing is proposed
 * (`documents.nothingProposed`).
 */
export function dossierRefusal(bloc: Bloc, result: BlocResult): BxtdError | null {
  if (result.review === 'soKet') {
    return new BxtdError('documents.interim', {
      vi: 'Không lập hồ sơ đề nghị khen thưởng: hội nghị sơ kết chỉ xếp hạng, không xét khen thưởng.',
      en: 'No dossier: an interim review (sơ kết) ranks the units and proposes no award.',
    });
  }
  if (result.pending.length) {
    const list = (lang: 'vi' | 'en') => result.pending.map((p) => `\n  - ${pendingText(bloc, result, p, lang)}`).join('');
    return new BxtdError(
      'documents.pending',
      {
        vi: `Chưa lập hồ sơ đề nghị khen thưởng: hồ sơ chỉ gồm các quyết định đã xong, mà Hội nghị còn phải quyết định:${list('vi')}`,
        en: `No dossier written: a dossier holds final decisions only, and the meeting must still decide:${list('en')}`,
      },
      {},
      { detail: result.pending },
    );
  }
  if (!proposedUnits(result).length) {
    return new BxtdError('documents.nothingProposed', {
      vi: 'Không lập hồ sơ đề nghị khen thưởng: không có đơn vị nào được đề nghị khen thưởng.',
      en: 'No dossier: no unit is proposed for an award.',
    });
  }
  return null;
}

export type Dossier =
  | { ok: true; documents: MadeDocument[]; zip: { fileName: string; bytes: Uint8Array } }
  | { ok: false; pending: BlocResult['pending']; refusal: BxtdError };

/** "Ho-so-Khoi-thi-dua-so-3-2024.zip". */
export function dossierZipName(bloc: Bloc): string {
  const parts = ['Ho-so', asciiSlug(bloc.info.name) || 'Khoi-thi-dua'];
  if (bloc.info.year != null) parts.push(String(bloc.info.year));
  return `${parts.join('-')}.zip`;
}

/**
 * The award dossier: the Tờ trình, one achievement report per proposed unit, the score annex, the nomination minute
 * (and the vote-count minute after a counted vote), and one zip of them all. Only a tổng kết's final decisions go into
 * a dossier: otherwise nothing is made, and the refusal (dossierRefusal) and the pending decisions are returned.
 */
export async function makeDossier(
  bloc: Bloc,
  result: BlocResult,
  own: OwnTemplates = {},
  issues: readonly Issue[] = [],
  now = new Date(),
): Promise<Dossier> {
  const refusal = dossierRefusal(bloc, result);
  if (refusal) return { ok: false, pending: result.pending, refusal };
  const documents = await makeDocuments(dossierKinds(result), bloc, result, own, issues);
  const zip = new PizZip();
  for (const d of documents) zip.file(d.fileName, d.bytes, { date: now, binary: true });
  const bytes = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { ok: true, documents, zip: { fileName: dossierZipName(bloc), bytes } };
}
