// Lưu mẫu trong sổ: keeps the chosen templates, hidden, in the workbook (they travel with it by email), or removes
// the kept ones.

import { Button, makeStyles } from '@fluentui/react-components';
import type { Text } from '../../../domain/model';
import { Notice } from '../../components/Notice';
import { Section, useSectionStyles } from '../../components/Section';
import { UI } from '../../i18n';
import { usePane } from '../../pane';

const useStyles = makeStyles({});

export interface KeepSectionProps {
  canKeep: boolean;
  anyStored: boolean;
  busy: boolean;
  info: Text | null;
  onKeep: () => void;
  onRemoveAll: () => void;
}

export function KeepSection({ canKeep, anyStored, busy, info, onKeep, onRemoveAll }: KeepSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { lang } = usePane();
  return (
    <Section id="minutes-keep-title" title={UI.minutes.keepTitle[lang]} help={{ text: UI.minutes.keepHelp[lang], as: 'body' }}>
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
    </Section>
  );
}
