// One minute on the Biên bản tab: its title, the file (download, or on Mac the note saying how to get it), the page
// preview, which template it uses, the default template to start from, and the picker for the bloc's own template
// (a refusal says what is wrong, with the known placeholders folded under it).

import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentKind } from '../../../minutes/kinds';
import { DeliveryNote, DownloadButton, useObjectUrls } from '../../components/Files';
import { FilePicker } from '../../components/FilePicker';
import { Notice } from '../../components/Notice';
import { Section, useSectionStyles } from '../../components/Section';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { FilledMinute, TemplateRefusal } from './actions';
import type { ChosenTemplate } from './choice';
import { MinutePreview } from './MinutePreview';
import * as React from 'react';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  fileName: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  known: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    '& summary': { cursor: 'pointer' },
  },
});

export interface MinuteSectionProps {
  kind: DocumentKind;
  minute: FilledMinute | null;
  chosen: ChosenTemplate | null;
  stored: boolean;
  refused: TemplateRefusal | null;
  /** The default template was just saved (or, on Mac, could not be). */
  saved: boolean;
  busy: boolean;
  onPick: (file: File) => void;
  onUnchoose: () => void;
  onRemoveStored: () => void;
  onSaveDefault: () => void;
}

export function MinuteSection(p: MinuteSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang, env } = usePane();
  const m = p.minute;
  const files = React.useMemo(
    () => (m?.bytes && env.delivery === 'download' ? [{ name: m.fileName, bytes: m.bytes }] : []),
    [m, env.delivery],
  );
  const [url] = useObjectUrls(files);
  const title = UI.minutes.title[p.kind][lang];
  const using = p.chosen ? UI.minutes.using.chosen(p.chosen.name) : p.stored ? UI.minutes.using.stored : UI.minutes.using.default;
  return (
    <Section id={`minutes-title-${p.kind}`} title={title} testId={`minutes-${p.kind}`}>
      {m?.error && <Notice intent="error">{m.error[lang]}</Notice>}
      {m?.bytes && url && (
        <div className={styles.row}>
          <DownloadButton file={files[0]} url={url} primary testId={`minutes-download-${p.kind}`}>
            {UI.minutes.download[lang]}
          </DownloadButton>
          <span className={styles.fileName}>{m.fileName}</span>
        </div>
      )}
      {m?.bytes && env.delivery === 'open' && <span className={styles.fileName}>{m.fileName}</span>}
      {m && m.preview.length > 0 && (
        <MinutePreview blocks={m.preview} label={UI.minutes.previewLabel(title)[lang]} cutNote={UI.minutes.cut[lang]} />
      )}
      <div className={styles.row}>
        <Caption1 className={styles.note} data-testid={`minutes-origin-${p.kind}`}>
          {using[lang]}
        </Caption1>
        <Button size="small" appearance="subtle" disabled={p.busy} onClick={p.onSaveDefault} data-testid={`minutes-default-${p.kind}`}>
          {UI.minutes.getDefault[lang]}
        </Button>
      </div>
      {p.saved && <DeliveryNote kind="template" testId={`minutes-default-note-${p.kind}`} />}
      <FilePicker
        label={UI.minutes.pick[lang]}
        hint={UI.minutes.pickHelp[lang]}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={p.busy}
        files={p.chosen ? [p.chosen] : []}
        onPick={(picked) => p.onPick(picked[0])}
        testId={`minutes-pick-${p.kind}`}
      />
      {p.refused && (
        <Notice intent="error" testId={`minutes-refused-${p.kind}`} reveal={p.refused}>
          {p.refused.text[lang]}
          {p.refused.known && (
            <details className={styles.known} data-testid={`minutes-known-${p.kind}`}>
              <summary>{UI.minutes.knownList[lang]}</summary>
              {p.refused.known.join(', ')}
            </details>
          )}
        </Notice>
      )}
      {(p.chosen || p.stored) && (
        <div className={styles.row}>
          {p.chosen && (
            <Button size="small" disabled={p.busy} onClick={p.onUnchoose}>
              {UI.minutes.unchoose[lang]}
            </Button>
          )}
          {p.stored && (
            <Button size="small" disabled={p.busy} onClick={p.onRemoveStored}>
              {UI.minutes.removeStored[lang]}
            </Button>
          )}
        </div>
      )}
    </Section>
  );
}
