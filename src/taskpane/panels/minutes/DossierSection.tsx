// The Hồ sơ part of the Biên bản tab: the award dossier (Tờ trình, one achievement report per proposed unit, the score
// annex, the minutes; one zip of them all) once every award is decided — else what the meeting must still decide,
// with the `Phiếu bầu` sheet offered when the vote has nowhere to be written. The answer is scrolled into view.

import * as React from 'react';
import { Button, Subtitle2 } from '@fluentui/react-components';
import { DeliveryNote, DownloadButton, useObjectUrls } from '../../components/Files';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { AddSheet } from '../../components/Workbook';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { usePanelStyles, useSectionStyles } from '../../styles';
import { titleOf } from './choice';
import type { DossierView } from './dossier';
import { Documents, type DocumentItem } from './Documents';

export interface DossierSectionProps {
  view: DossierView | null;
  busy: boolean;
  onMake: () => void;
}

export function DossierSection({ view, busy, onMake }: DossierSectionProps) {
  const styles = { ...usePanelStyles(), ...useSectionStyles() };
  const { lang, env } = usePane();
  const ready = view?.status === 'ready' ? view : null;
  const zip = React.useMemo(() => (ready && env.delivery === 'download' ? [ready.zip] : []), [ready, env.delivery]);
  const [zipUrl] = useObjectUrls(zip);
  const items = React.useMemo<DocumentItem[]>(
    () =>
      (ready?.files ?? []).map((f, i) => ({
        key: `${f.kind}-${f.unit ?? ''}-${i}`,
        title: f.unit ? `${titleOf(f.kind)[lang]} — ${f.unit}` : titleOf(f.kind)[lang],
        file: f,
        preview: f.preview,
        testId: `dossier-file-${i}`,
        downloadTestId: `dossier-download-${i}`,
      })),
    [ready, lang],
  );
  return (
    <Section id="dossier-title" title={UI.dossier.title[lang]} help={{ text: UI.dossier.intro[lang], as: 'body' }} testId="dossier">
      <div className={styles.row}>
        <Button disabled={busy} onClick={onMake} data-testid="dossier-make">
          {ready ? UI.dossier.remake[lang] : UI.dossier.make[lang]}
        </Button>
      </div>
      {view?.status === 'pending' && (
        <Notice intent="warning" title={UI.dossier.pendingTitle[lang]} testId="dossier-pending" reveal={view}>
          <ul className={styles.list}>
            {view.pending.map((p) => (
              <li key={p.en}>{p[lang]}</li>
            ))}
          </ul>
          {UI.dossier.pendingHelp[lang]}
          {view.ballotMissing && (
            <div data-testid="ballot-missing">
              <div>{UI.sheets.ballotMissing[lang]}</div>
              <AddSheet sheet="ballot" />
            </div>
          )}
        </Notice>
      )}
      {ready && (
        <>
          <Notice intent="success" testId="dossier-made" reveal={ready}>
            {UI.dossier.made(ready.files.length)[lang]}
          </Notice>
          <DeliveryNote kind="minutes" testId="dossier-delivery" />
          {zipUrl && (
            <div className={styles.row}>
              <DownloadButton file={ready.zip} url={zipUrl} testId="dossier-download-zip">
                {UI.dossier.zip[lang]}
              </DownloadButton>
              <span className={styles.fileName}>{ready.zip.name}</span>
            </div>
          )}
          <Subtitle2 as="h3" className={styles.heading}>
            {UI.dossier.files[lang]}
          </Subtitle2>
          <Documents items={items} label={UI.dossier.files[lang]} testId="dossier-files" />
          {ready.gaps.length > 0 && (
            <Notice intent="info" title={UI.dossier.gaps[lang]} testId="dossier-gaps">
              <ul className={styles.list}>
                {ready.gaps.map((g) => (
                  <li key={g.en}>{g[lang]}</li>
                ))}
              </ul>
            </Notice>
          )}
        </>
      )}
    </Section>
  );
}
