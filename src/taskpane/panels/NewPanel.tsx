// Lập sổ: adds the format-v1 sheets (Thông tin, Đơn vị, Chấm điểm, Phiếu bầu, Quy tắc) to the open workbook; refuses
// to touch sheets that exist (the adapter says which).

import * as React from 'react';
import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { addSheets } from '../../excel/actions';
import { planNewBloc } from '../../workbook/new-bloc';
import { ActionStatus, Notice } from '../components/Notice';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { usePanelStyles } from './CheckPanel';

/**
 * The year a new scoring workbook is for: the year under review. A bloc reviews year N at its year-end conference,
 * held from about November of N to March of N+1 (the sample's 2024 review met on 9 January 2025), so from January to
 * March the default is last year; from April on it is this year (the mid-year review, then the next year-end one).
 */
export function reviewYear(now: Date = new Date()): number {
  return now.getMonth() < 3 ? now.getFullYear() - 1 : now.getFullYear();
}

const useStyles = makeStyles({
  // Province takes the room left by the year; both shrink with the pane (no field wider than its column).
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 6.5em', columnGap: tokens.spacingHorizontalS },
  input: { width: '100%', minWidth: 0 },
  inner: { minWidth: 0, width: '100%' },
});

export function NewPanel() {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { host, lang } = usePane();
  const [blocName, setBlocName] = React.useState('');
  const [province, setProvince] = React.useState('');
  const [year, setYear] = React.useState(String(reviewYear()));
  const [units, setUnits] = React.useState('');
  const create = useAction(
    () =>
      addSheets(
        host,
        planNewBloc({
          blocName,
          province,
          year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined,
          units: units.split(/\r?\n/),
        }),
      ),
    { progress: UI.new.progress, announce: (names) => UI.new.done(names.join(', ')) },
  );
  const input = { className: styles.input, input: { className: styles.inner } };
  return (
    <form
      className={styles.panel}
      onSubmit={(e) => {
        e.preventDefault();
        void create.run();
      }}
    >
      <p className={styles.intro}>{UI.new.intro[lang]}</p>
      <Field label={UI.new.blocName[lang]}>
        <Input {...input} value={blocName} placeholder={UI.new.blocNamePlaceholder[lang]} onChange={(_, d) => setBlocName(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={UI.new.province[lang]}>
          <Input {...input} value={province} onChange={(_, d) => setProvince(d.value)} />
        </Field>
        <Field label={UI.new.year[lang]}>
          <Input {...input} value={year} inputMode="numeric" maxLength={4} onChange={(_, d) => setYear(d.value)} />
        </Field>
      </div>
      <Field label={UI.new.units[lang]} hint={UI.new.unitsHint[lang]}>
        <Textarea className={styles.input} value={units} rows={4} resize="vertical" onChange={(_, d) => setUnits(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={create.busy} data-testid="create-button">
          {UI.new.button[lang]}
        </Button>
      </div>
      <ActionStatus actions={[create]} />
      {create.data && !create.busy && (
        <Notice intent="success" title={UI.new.created[lang]} testId="created" reveal={create.data}>
          {create.data.join(', ')}. {UI.new.nextSteps[lang]}
        </Notice>
      )}
    </form>
  );
}
