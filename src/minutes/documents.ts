// Making documents from a scored bloc, the same way for the CLI and the task pane: each kind's data (data.ts,
// report-data.ts), its template (a file, the one kept in the workbook, or the default built for the bloc's shape),
// and the one filling path (fill.ts). A refused template names where it came from and nothing is made; the dossier
// is made only when no award decision is pending.

import PizZip from 'pizzip';
import type { Bloc, BlocResult, Text } from '../domain/model';
import { asciiSlug } from '../domain/vietnamese';
import { buildMinutesData, type MinutesData } from './data';
import { fromTemplate } from './errors';
import { fillDocument } from './fill';
import { assertNever, DOCUMENTS, documentFileName, kindsOf, unitSlugs, type DocumentKind } from './kinds';
import { buildReportData } from './report-data';
import { buildDefaultTemplate, type TemplateShape } from './templates';

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

/** What a default template needs of the bloc: its ordinary groups (the score annex has a column each). */
export function shapeOf(bloc: Bloc): TemplateShape {
  return { groups: bloc.table.groups.filter((g) => g.kind === 'ordinary').map((g) => ({ numeral: g.numeral, max: g.max })) };
}

/** The units a per-unit document is made for: the flag units, then the Certificate units, in rank order. */
export function proposedUnits(result: BlocResult): number[] {
  return [...result.flag, ...result.merit];
}

/** The data of one document of a kind (for a document per unit, of unit `u`), over the bloc's values `base`. */
export function documentData(kind: DocumentKind, bloc: Bloc, result: BlocResult, base: MinutesData, u?: number): MinutesData {
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
async function make(kind: DocumentKind, bloc: Bloc, result: BlocResult, base: MinutesData, own: OwnTemplates): Promise<MadeDocument[]> {
  const template = own[kind]?.bytes ?? buildDefaultTemplate(kind, shapeOf(bloc));
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

/** Every document of these kinds, in order; all or nothing (a refused template throws a `template.*` BxtdError). */
export async function makeDocuments(
  kinds: DocumentKind[],
  bloc: Bloc,
  result: BlocResult,
  own: OwnTemplates = {},
): Promise<MadeDocument[]> {
  const base = buildMinutesData(bloc, result);
  const out: MadeDocument[] = [];
  for (const kind of kinds) out.push(...(await make(kind, bloc, result, base, own)));
  return out;
}

/** The meeting's four documents: nomination and handover minutes, ballot paper, vote-count minute. */
export function makeMinutesDocuments(bloc: Bloc, result: BlocResult, own: OwnTemplates = {}): Promise<MadeDocument[]> {
  return makeDocuments(kindsOf('minutes'), bloc, result, own);
}

/** The kinds that go into the dossier: its own three, the nomination minute, and the vote-count minute after a ballot. */
export function dossierKinds(bloc: Bloc): DocumentKind[] {
  return [...kindsOf('dossier'), 'nomination', ...(bloc.ballot ? (['count'] as const) : [])];
}

export type Dossier =
  { ok: true; documents: MadeDocument[]; zip: { fileName: string; bytes: Uint8Array } } | { ok: false; pending: BlocResult['pending'] };

/** "Ho-so-Khoi-thi-dua-so-3-2024.zip". */
export function dossierZipName(bloc: Bloc): string {
  const parts = ['Ho-so', asciiSlug(bloc.info.name) || 'Khoi-thi-dua'];
  if (bloc.info.year != null) parts.push(String(bloc.info.year));
  return `${parts.join('-')}.zip`;
}

/**
 * The award dossier: the Tờ trình, one achievement report per proposed unit, the score annex, the nomination minute
 * (and the vote-count minute after a ballot), and one zip of them all. Only final decisions go into a dossier: with
 * any decision pending, nothing is made and the pending decisions are returned.
 */
export async function makeDossier(bloc: Bloc, result: BlocResult, own: OwnTemplates = {}, now = new Date()): Promise<Dossier> {
  if (result.pending.length) return { ok: false, pending: result.pending };
  const documents = await makeDocuments(dossierKinds(bloc), bloc, result, own);
  const zip = new PizZip();
  for (const d of documents) zip.file(d.fileName, d.bytes, { date: now, binary: true });
  const bytes = zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { ok: true, documents, zip: { fileName: dossierZipName(bloc), bytes } };
}
