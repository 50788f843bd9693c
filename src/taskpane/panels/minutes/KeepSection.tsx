// Lưu mẫu trong sổ: keeps the chosen templates, hidden, in the workbook (they travel with it by email), or removes
// the kept ones.

import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Text } from '../../../domain/model';
import { Notice } from '../../components/Notice';
import { UI } from '../../i18n';
import { usePane } from '../../pane';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface KeepSectionProps {
  canKeep: boolean;
  anyStored: boolean;
  busy: boolean;
  info: Text | null;
  onKeep: () => void;
  onRemoveAll: () => void;
}

export function KeepSection({ canKeep, anyStored, busy, info, onKeep, onRemoveAll }: KeepSectionProps) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <section className={styles.section} aria-labelledby="minutes-keep-title">
      <Subtitle2 as="h2" id="minutes-keep-title" className={styles.heading}>
        {UI.minutes.keepTitle[lang]}
      </Subtitle2>
      <Body1>{UI.minutes.keepHelp[lang]}</Body1>
      <div className={styles.row}>
        <Button disabled={busy || !canKeep} onClick={onKeep} data-testid="minutes-keep">
          {UI.minutes.keep[lang]}
        </Button>
        {anyStored && (
          <Button disabled={busy} onClick={onRemoveAll} data-testid="minutes-remove-all">
            {UI.minutes.removeAll[lang]}
          </Button>
        )}
      </div>
      {info && (
        <Notice intent="success" testId="minutes-info" reveal={info}>
          {info[lang]}
        </Notice>
      )}
    </section>
  );
}
