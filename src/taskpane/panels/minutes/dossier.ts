// The work behind the Hồ sơ part of the Biên bản tab, without React (tested in node), loaded with its first action:
// the award dossier made from the bloc read for the minutes and the templates chosen now or kept in the workbook, or
// — while an award is pending — what the meeting must still decide (nothing is made then).

import { pendingText } from '../../../domain/explain';
import type { Text } from '../../../domain/model';
import { makeDossier, dossierKinds, type OwnTemplates } from '../../../minutes/documents';
import type { DocumentKind } from '../../../minutes/kinds';
import { docxPreview, type PreviewBlock } from '../../../minutes/preview';
import { dossierGaps } from '../../../minutes/report-data';
import type { OutFile } from '../../components/Files';
import { isTemplateError } from '../../../minutes/errors';
import type { MinutesSource } from './actions';
import { namedRefusal } from './refusal';
import { titleOf, type ChosenTemplates } from './choice';

export interface DossierFile extends OutFile {
  kind: DocumentKind;
  unit: string | null; // the unit of an achievement report
  preview: PreviewBlock[];
}

export type DossierView =
  { status: 'pending'; pending: Text[]; ballotMissing: boolean } | { status: 'ready'; files: DossierFile[]; zip: OutFile; gaps: Text[] };

/** The templates of the dossier's documents: chosen now, else kept in the workbook (named by kind, never by sheet). */
function ownTemplates(source: MinutesSource, chosen: ChosenTemplates): OwnTemplates {
  const own: OwnTemplates = {};
  for (const kind of dossierKinds(source.result)) {
    const picked = chosen[kind];
    const kept = source.stored[kind];
    const title = titleOf(kind);
    if (picked) own[kind] = { bytes: picked.bytes, where: picked.name };
    else if (kept) own[kind] = { bytes: kept, where: { vi: `${title.vi} lưu trong sổ`, en: `${title.en} kept in the workbook` } };
  }
  return own;
}

/** The dossier, or what is still pending. A refused template throws a TemplateRefusal naming it. */
export async function makeDossierView(source: MinutesSource, chosen: ChosenTemplates): Promise<DossierView> {
  const { bloc, result } = source;
  const dossier = await makeDossier(bloc, result, ownTemplates(source, chosen), source.warnings).catch((e: unknown) => {
    throw isTemplateError(e) ? namedRefusal(e) : e;
  });
  if (!dossier.ok) {
    return {
      status: 'pending',
      pending: dossier.pending.length
        ? dossier.pending.map((p) => ({ vi: pendingText(bloc, result, p, 'vi'), en: pendingText(bloc, result, p, 'en') }))
        : [dossier.refusal.text],
      // A vote still to be held (or held again) has nowhere to be written without `Phiếu bầu`.
      ballotMissing: !source.hasBallotSheet && dossier.pending.some((p) => p.how !== 'meeting'),
    };
  }
  return {
    status: 'ready',
    files: dossier.documents.map((d) => ({ kind: d.kind, unit: d.unit, name: d.fileName, bytes: d.bytes, preview: docxPreview(d.bytes) })),
    zip: { name: dossier.zip.fileName, bytes: dossier.zip.bytes },
    gaps: dossierGaps(bloc, result),
  };
}
