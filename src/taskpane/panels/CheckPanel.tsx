// Kiểm tra: reads the open workbook, shows the bloc, the number of units and criteria, and every error and warning;
// choosing one selects its cell in Excel. A workbook without the bloc sheets is pointed to Lập sổ. Once the bloc's
// sheets change, what is shown is marked out of date with a button to check again.

import { Button } from '@fluentui/react-components';
import { readWorkbook } from '../../excel/actions';
import { IssueList } from '../components/IssueList';
import { ActionStatus, Notice } from '../components/Notice';
import { Summary } from '../components/Summary';
import { NoBloc, Stale } from '../components/Workbook';
import { checkWorkbook, errorsIn, warningsIn } from '../evaluation';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { useFreshness, usePane } from '../pane';
import { usePanelStyles } from '../styles';

export function CheckPanel() {
  const styles = usePanelStyles();
  const { host, lang, showBloc } = usePane();
  const fresh = useFreshness();
  const check = useAction(
    async () => {
      const wb = await readWorkbook(host);
      fresh.saw(wb.sheets);
      const checked = checkWorkbook(wb.sheets);
      showBloc(checked.info);
      return { ...checked, mergesRead: wb.mergesRead, notes: wb.notes };
    },
    {
      progress: UI.check.progress,
      announce: (d) => (d.blank ? UI.check.noBlocSheets : UI.check.done(errorsIn(d.evaluation.issues), warningsIn(d.evaluation.issues))),
    },
  );
  const data = check.busy ? null : check.data;
  const issues = data?.evaluation.issues ?? [];
  const errors = errorsIn(issues);
  const warnings = warningsIn(issues);
  const bloc = data?.evaluation.bloc ?? null;
  const layout = data?.evaluation.layout ?? null;
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
      {data && <Stale stale={fresh.stale} again={UI.check.again} busy={check.busy} onRun={() => void check.run()} />}
      {data?.blank && <NoBloc />}
      {data && !data.blank && (
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
          {issues.length > 0 && <IssueList issues={issues} />}
        </>
      )}
    </div>
  );
}
