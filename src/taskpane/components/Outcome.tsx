// What the result means for the meeting: the flag outcome and the proposals in the terms of the law ("Đề nghị tặng
// Cờ thi đua của Ủy ban nhân dân tỉnh …"), and anything the meeting must still decide (unresolved ties, failed vote
// or quorum) standing out as a warning with the action it needs; a vote not yet held is the next step of the day.
// Where that action is written on `Phiếu bầu` and the workbook has none, the sheet is offered. Reads the result through
// result-view.ts.

import { makeStyles } from '@fluentui/react-components';
import { MERIT_TIE_ACTION } from '../../domain/explain';
import type { Bloc, BlocResult } from '../../domain/model';
import type { SheetGrid } from '../../workbook/grid';
import { blocSheetsIn } from '../../workbook/new-bloc';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { Notice } from './Notice';
import { outcomeView } from './result-view';
import { AddSheet } from './Workbook';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
  add: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '4px', marginTop: '4px' },
});

export function Outcome({ bloc, result, sheets }: { bloc: Bloc; result: BlocResult; sheets: readonly SheetGrid[] }) {
  const styles = useStyles();
  const { lang } = usePane();
  const v = outcomeView(bloc, result);
  const noBallotSheet = v.needsBallot && blocSheetsIn(sheets.map((s) => s.name)).ballot === undefined;
  return (
    <div className={styles.stack}>
      <Notice intent={v.intent} title={v.title[lang]} testId="outcome" data={{ 'data-outcome': v.outcome }}>
        {v.flag.length > 0 && (
          <div data-testid="outcome-flag">
            {v.flagLabel[lang]}: <strong>{v.flag.join(', ')}</strong>
          </div>
        )}
        {v.merit.length > 0 && (
          <div data-testid="outcome-merit">
            {v.meritLabel[lang]}: {v.merit.join(', ')}
          </div>
        )}
        {v.action && (
          <div data-testid="meeting-action">
            <strong>{v.actionLabel[lang]}:</strong> {v.action[lang]}
          </div>
        )}
        {noBallotSheet && (
          <div className={styles.add} data-testid="ballot-missing">
            <div>{UI.sheets.ballotMissing[lang]}</div>
            <AddSheet sheet="ballot" />
          </div>
        )}
        {v.notices.length > 0 && (
          <ul className={styles.list}>
            {v.notices.map((n, i) => (
              <li key={i}>{n[lang]}</li>
            ))}
          </ul>
        )}
      </Notice>
      {v.otherTies.length > 0 && (
        <Notice intent="warning" title={UI.score.unresolvedTies[lang]} testId="ties">
          <ul className={styles.list}>
            {v.otherTies.map((group, i) => (
              <li key={i}>{group.join(', ')}</li>
            ))}
          </ul>
          <strong>{UI.score.meetingMust[lang]}:</strong> {MERIT_TIE_ACTION[lang]}
        </Notice>
      )}
    </div>
  );
}
