// The documents made on the Biên bản tab (the meeting's, and the dossier's) as one list: each document with its title
// first, its file name, its own download (named for the document, so that a screen reader's list of links tells them
// apart) and a preview folded under it until asked for. On Mac, where the pane cannot save a Word file, the download
// is left out (the delivery note above the list says how to get the files).

import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import type { PreviewBlock } from '../../../minutes/preview';
import { DownloadButton, useObjectUrls, type OutFile } from '../../components/Files';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { useHiddenStyles, useSectionStyles } from '../../styles';
import { MinutePreview } from './MinutePreview';

export interface DocumentItem {
  /** Unique within the list (a kind, or a kind and a unit). */
  key: string;
  title: string;
  file: OutFile | null;
  preview: PreviewBlock[] | null;
  /** Which template it was filled from, when not the default. */
  note?: string | null;
  /** Why it could not be made (a refused template). */
  error?: string | null;
  testId: string;
  downloadTestId: string;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'break-word' },
  note: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

function DocumentRow({ item, url }: { item: DocumentItem; url: string | null }) {
  const styles = { ...useSectionStyles(), ...useStyles(), ...useHiddenStyles() };
  const { lang } = usePane();
  const [open, setOpen] = React.useState(false);
  const previewId = `${item.testId}-preview`;
  return (
    <li className={styles.item} data-testid={item.testId}>
      <span className={styles.title}>{item.title}</span>
      {item.file && <span className={styles.fileName}>{item.file.name}</span>}
      {item.note && <Caption1 className={styles.note}>{item.note}</Caption1>}
      {item.error && (
        <Caption1 className={styles.error} data-testid={`${item.testId}-error`}>
          {item.error}
        </Caption1>
      )}
      {(url || (item.preview && item.preview.length > 0)) && (
        <div className={styles.row}>
          {item.file && url && (
            <DownloadButton file={item.file} url={url} testId={item.downloadTestId}>
              {UI.minutes.download[lang]}
              <span className={styles.hidden}> {item.title}</span>
            </DownloadButton>
          )}
          {item.preview && item.preview.length > 0 && (
            <Button
              appearance="subtle"
              icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
              aria-expanded={open}
              aria-controls={open ? previewId : undefined}
              onClick={() => setOpen(!open)}
              data-testid={`${item.testId}-show`}
            >
              {UI.minutes.preview[lang]}
              <span className={styles.hidden}> {item.title}</span>
            </Button>
          )}
        </div>
      )}
      {open && item.preview && (
        <MinutePreview
          id={previewId}
          blocks={item.preview}
          label={UI.minutes.previewLabel(item.title)[lang]}
          cutNote={UI.minutes.cut[lang]}
        />
      )}
    </li>
  );
}

export function Documents({ items, label, testId }: { items: DocumentItem[]; label: string; testId: string }) {
  const styles = useStyles();
  const { env } = usePane();
  const files = React.useMemo(
    () => (env.delivery === 'download' ? items.map((i) => i.file).filter((f): f is OutFile => f !== null) : []),
    [items, env.delivery],
  );
  const urls = useObjectUrls(files);
  const urlOf = (item: DocumentItem) => (item.file ? (urls[files.indexOf(item.file)] ?? null) : null);
  return (
    <ul className={styles.list} aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <DocumentRow key={item.key} item={item} url={urlOf(item)} />
      ))}
    </ul>
  );
}
