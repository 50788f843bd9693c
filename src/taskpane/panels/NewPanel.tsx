// Tạo sổ chấm điểm mới: adds the format-v1 sheets to the open workbook; refuses to touch sheets that exist.

import * as React from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles } from '@fluentui/react-components';
import type { Lang } from '../../domain/model';
import { addSheets } from '../../excel/actions';
import type { ExcelHost } from '../../excel/host';
import { planNewBloc } from '../../workbook/new-bloc';
import { ErrorBar } from '../components/ErrorBar';
import { Progress } from '../components/Progress';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px' },
  intro: { margin: 0 },
  row: { display: 'flex', gap: '8px' },
});

export function NewPanel({ host, lang }: { host: ExcelHost; lang: Lang }) {
  const styles = useStyles();
  const [blocName, setBlocName] = React.useState('');
  const [province, setProvince] = React.useState('');
  const [year, setYear] = React.useState(String(new Date().getFullYear()));
  const [units, setUnits] = React.useState('');
  const create = useAction(() =>
    addSheets(
      host,
      planNewBloc({
        blocName,
        province,
        year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined,
        units: units.split(/\r?\n/),
      }),
    ),
  );
  return (
    <form
      className={styles.panel}
      onSubmit={(e) => {
        e.preventDefault();
        void create.run();
      }}
    >
      <p className={styles.intro}>{UI.newIntro[lang]}</p>
      <Field label={UI.blocName[lang]}>
        <Input value={blocName} placeholder={UI.blocNamePlaceholder[lang]} onChange={(_, d) => setBlocName(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={UI.province[lang]} style={{ flexGrow: 1 }}>
          <Input value={province} onChange={(_, d) => setProvince(d.value)} />
        </Field>
        <Field label={UI.year[lang]} style={{ width: '90px' }}>
          <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
      </div>
      <Field label={UI.unitList[lang]} hint={UI.unitListHint[lang]}>
        <Textarea value={units} rows={6} resize="vertical" onChange={(_, d) => setUnits(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={create.busy} data-testid="create-button">
          {UI.createButton[lang]}
        </Button>
      </div>
      {create.busy && <Progress label={UI.creating[lang]} />}
      <ErrorBar error={create.error} lang={lang} />
      {create.data && (
        <MessageBar intent="success" layout="multiline" data-testid="created">
          <MessageBarBody>
            <MessageBarTitle>{UI.created[lang]}</MessageBarTitle>
            {create.data.join(', ')}. {UI.nextSteps[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
