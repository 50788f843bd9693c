// Kiểm tra: reads the open workbook, shows the bloc, the number of units and criteria, and every error and warning;
// choosing one selects its cell in Excel. A workbook without the bloc sheets is pointed to Lập sổ.

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { readWorkbook } from '../../excel/actions';
import { IssueList } from '../components/IssueList';
import { ActionStatus, Notice } from '../components/Notice';
import { Summary } from '../components/Summary';
import { blocInfoOf, checkSheets, hasBlocSheets } from '../engine';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';

export const usePanelStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
});

export function CheckPanel() {
  const styles = usePanelStyles();
  const { host, lang, showBloc, goTo } = usePane();
  const check = useAction(
    async () => {
      const wb = await readWorkbook(host);
      const read = checkSheets(wb.sheets);
      const info = blocInfoOf(wb.sheets, read);
      showBloc(info);
      return { ...wb, read, info, blank: !hasBlocSheets(wb.sheets) };
    },
    {
      progress: UI.check.progress,
      announce: (d) => (d.blank ? UI.check.noBlocSheets : UI.check.done(errorsIn(d.read.issues), warningsIn(d.read.issues))),
    },
  );
  const data = check.data;
  const errors = data ? errorsIn(data.read.issues) : 0;
  const warnings = data ? warningsIn(data.read.issues) : 0;
  const bloc = data?.read.bloc ?? null;
  const layout = data?.read.layout ?? null;
  const line = data?.info ? [data.info.name, data.info.province, data.info.year].filter(Boolean).join(' — ') : '—';

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.check.intro[lang]}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void check.run()} disabled={check.busy} data-testid="check-button">
          {UI.check.button[lang]}
        </Button>
      </div>
      <ActionStatus actions={[check]} />
      {data && !check.busy && data.blank && (
        <Notice
          intent="warning"
          testId="check-blank"
          actions={
            <Button size="small" onClick={() => goTo('new')}>
              {UI.check.openNew[lang]}
            </Button>
          }
        >
          {UI.check.noBlocSheets[lang]}
        </Notice>
      )}
      {data && !check.busy && !data.blank && (
        <>
          <Summary
            testId="check-summary"
            rows={[
              [UI.check.bloc[lang], line || '—'],
              [UI.check.units[lang], bloc ? bloc.units.length : (layout?.unitColumns.length ?? '—')],
              [UI.check.criteria[lang], bloc ? bloc.table.criteria.length : (layout?.criterionRows.length ?? '—')],
              [UI.check.errors[lang], UI.common.errors(errors)[lang]],
              [UI.check.warnings[lang], UI.common.warnings(warnings)[lang]],
            ]}
          />
          <Notice intent={errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success'} testId="check-verdict">
            {(errors > 0 ? UI.check.hasErrors : warnings > 0 ? UI.check.warningsOnly : UI.check.clean)[lang]}
          </Notice>
          {!data.mergesRead && <Notice intent="info">{UI.check.noMerges[lang]}</Notice>}
          {data.notes.map((note) => (
            <Notice key={note.en} intent="info">
              {note[lang]}
            </Notice>
          ))}
          {data.read.issues.length > 0 && <IssueList issues={data.read.issues} />}
        </>
      )}
    </div>
  );
}

function errorsIn(issues: { severity: string }[]): number {
  return issues.filter((i) => i.severity === 'error').length;
}

function warningsIn(issues: { severity: string }[]): number {
  return issues.filter((i) => i.severity === 'warning').length;
}
