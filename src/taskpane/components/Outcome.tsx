// What the result means for the meeting: the flag outcome and the proposals in the terms of the law ("Đề nghị tặng
// Cờ thi đua của Ủy ban nhân dân tỉnh …"), and anything the meeting must still decide (unresolved ties, failed vote
// or quorum) standing out as a warning with the action it needs. Reads the result through result-view.ts.

import { makeStyles } from '@fluentui/react-components';
import type { Bloc, BlocResult } from '../../domain/model';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { Notice } from './Notice';
import { outcomeView } from './result-view';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

export function Outcome({ bloc, result }: { bloc: Bloc; result: BlocResult }) {
  const styles = useStyles();
  const { lang } = usePane();
  const v = outcomeView(bloc, result);
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
            <strong>{UI.score.meetingMust[lang]}:</strong> {v.action[lang]}
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
          <strong>{UI.score.meetingMust[lang]}:</strong> {UI.score.action.meritTie[lang]}
        </Notice>
      )}
    </div>
  );
}
