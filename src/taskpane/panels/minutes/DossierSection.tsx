// The Hồ sơ part of the Biên bản tab: the award dossier (Tờ trình, one achievement report per proposed unit, the score
// annex, the minutes; one zip of them all) once every award is decided — else what the meeting must still decide —
// and the templates of the dossier's own documents (picked now or kept in the workbook, like the minutes').

import * as React from 'react';
import { Button, Caption1, makeStyles, tokens, Subtitle2 } from '@fluentui/react-components';
import { DeliveryNote, DownloadButton, useObjectUrls } from '../../components/Files';
import { Notice } from '../../components/Notice';
import { Section, useSectionStyles } from '../../components/Section';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { DossierView } from './dossier';

const useStyles = makeStyles({
  intro: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  files: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  fileName: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface DossierSectionProps {
  view: DossierView | null;
  busy: boolean;
  onMake: () => void;
  /** The template sections of the dossier's documents (MinuteSection without a document). */
  children?: React.ReactNode;
}

export function DossierSection({ view, busy, onMake, children }: DossierSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang, env } = usePane();
  const ready = view?.status === 'ready' ? view : null;
  const all = React.useMemo(() => (ready && env.delivery === 'download' ? [ready.zip, ...ready.files] : []), [ready, env.delivery]);
  const urls = useObjectUrls(all);
  return (
    <Section id="dossier-title" title={UI.dossier.title[lang]} help={{ text: UI.dossier.intro[lang], as: 'body' }} testId="dossier">
      <div className={styles.row}>
        <Button appearance={ready ? 'secondary' : 'primary'} disabled={busy} onClick={onMake} data-testid="dossier-make">
          {UI.dossier.make[lang]}
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
        </Notice>
      )}
      {ready && (
        <>
          <DeliveryNote kind="minutes" testId="dossier-delivery" />
          {urls.length > 0 && (
            <div className={styles.row}>
              <DownloadButton file={ready.zip} url={urls[0]} primary testId="dossier-download-zip">
                {UI.dossier.zip[lang]}
              </DownloadButton>
              <span className={styles.fileName}>{ready.zip.name}</span>
            </div>
          )}
          <Caption1>{UI.dossier.files[lang]}</Caption1>
          <div className={styles.files} data-testid="dossier-files">
            {ready.files.map((f, i) => (
              <div key={f.name} className={styles.row}>
                {urls.length > 0 ? (
                  <DownloadButton file={f} url={urls[i + 1]} testId={`dossier-download-${i}`}>
                    {UI.minutes.download[lang]}
                  </DownloadButton>
                ) : null}
                <span className={styles.fileName}>{f.name}</span>
              </div>
            ))}
          </div>
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
      {children && (
        <Subtitle2 as="h3" className={styles.heading}>
          {UI.dossier.templates[lang]}
        </Subtitle2>
      )}
      {children}
    </Section>
  );
}
