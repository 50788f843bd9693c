// Kiểm tra: reads the open workbook, shows the bloc, the number of units and criteria, and every error and warning;
// choosing one selects its cell in Excel.

import * as React from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { Bloc, BlocInfo, Issue, Lang } from '../../domain/model';
import { readWorkbook, selectCell } from '../../excel/actions';
import { describeExcelError } from '../../excel/errors';
import type { ExcelHost } from '../../excel/host';
import type { Text } from '../../domain/model';
import { ErrorBar } from '../components/ErrorBar';
import { IssueList } from '../components/IssueList';
import { Progress } from '../components/Progress';
import { Summary } from '../components/Summary';
import { checkSheets } from '../engine';
import type { SheetGrid } from '../../workbook/grid';
import { SHEET_NAMES } from '../../workbook/read';
import { readInfo } from '../../workbook/read-info';
import { findSheet, IssueSink } from '../../workbook/read-support';
import { useAction } from '../hooks/useAction';
import { countOf, UI } from '../i18n';

const useStyles = makeStyles({ panel: { display: 'flex', flexDirection: 'column', gap: '12px' }, intro: { margin: 0 } });

export function useSelectIssue(host: ExcelHost): { select: (issue: Issue) => void; error: Text | null } {
  const [error, setError] = React.useState<Text | null>(null);
  const select = React.useCallback(
    (issue: Issue) => {
      setError(null);
      selectCell(host, issue.sheet, issue.cell).catch((e: unknown) => setError(describeExcelError(e)));
    },
    [host],
  );
  return { select, error };
}

/** The bloc's name, province and year as `Thông tin` gives them, even when other sheets have errors. */
function blocLine(sheets: SheetGrid[], bloc: Bloc | null): string {
  let info: BlocInfo | null = bloc?.info ?? null;
  if (!info) {
    const sheet = findSheet(sheets, SHEET_NAMES.info);
    try {
      info = sheet ? readInfo(sheet, null, new IssueSink()) : null;
    } catch {
      info = null; // the issue list already says what is wrong with the sheet
    }
  }
  const line = info ? [info.name, info.province, info.year].filter(Boolean).join(' — ') : '';
  return line || '—';
}

export function CheckPanel({ host, lang }: { host: ExcelHost; lang: Lang }) {
  const styles = useStyles();
  const check = useAction(async () => {
    const wb = await readWorkbook(host);
    const read = checkSheets(wb.sheets);
    return { ...wb, read, blocLine: blocLine(wb.sheets, read.bloc) };
  });
  const { select, error: selectError } = useSelectIssue(host);
  const data = check.data;
  const errors = data?.read.issues.filter((i) => i.severity === 'error').length ?? 0;
  const warnings = (data?.read.issues.length ?? 0) - errors;
  const bloc = data?.read.bloc ?? null;
  const layout = data?.read.layout ?? null;

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.checkIntro[lang]}</p>
      <div>
        <Button appearance="primary" onClick={() => void check.run()} disabled={check.busy} data-testid="check-button">
          {UI.checkButton[lang]}
        </Button>
      </div>
      {check.busy && <Progress label={UI.checking[lang]} />}
      <ErrorBar error={check.error ?? selectError} lang={lang} />
      {data && !check.busy && (
        <>
          <Summary
            testId="check-summary"
            rows={[
              [UI.bloc[lang], data.blocLine],
              [UI.units[lang], bloc ? bloc.units.length : (layout?.unitColumns.length ?? '—')],
              [UI.criteria[lang], bloc ? bloc.table.criteria.length : (layout?.criterionRows.length ?? '—')],
              [UI.errors[lang], countOf(errors, 'errors', lang)],
              [UI.warnings[lang], countOf(warnings, 'warnings', lang)],
            ]}
          />
          <MessageBar intent={errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>{errors > 0 ? UI.hasErrors[lang] : warnings > 0 ? UI.warningsOnly[lang] : UI.noIssues[lang]}</MessageBarBody>
          </MessageBar>
          {!data.mergesRead && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{UI.noMerges[lang]}</MessageBarBody>
            </MessageBar>
          )}
          {data.read.issues.length > 0 && <IssueList issues={data.read.issues} lang={lang} onSelect={select} />}
        </>
      )}
    </div>
  );
}
