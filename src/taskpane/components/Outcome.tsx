// What the result means for the meeting: the flag outcome, and anything the meeting must still decide (unresolved
// ties, failed vote threshold or quorum) standing out as a warning with the action it needs.

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { notices } from '../../domain/explain';
import type { Bloc, BlocResult, Lang } from '../../domain/model';
import { UI } from '../i18n';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  stack: { display: 'flex', flexDirection: 'column', gap: '8px' },
});

export function Outcome({ bloc, result, lang }: { bloc: Bloc; result: BlocResult; lang: Lang }) {
  const styles = useStyles();
  const o = result.flagOutcome;
  const names = (units: number[]) => units.map((u) => bloc.units[u].name).join(', ');
  const needsMeeting = o === 'noQuorum' || o === 'belowThreshold' || o === 'unresolvedTie' || o === 'noEligibleUnit';
  const action = o === 'proposed' || o === 'noneByRule' ? null : UI.action[o];
  const meetingNotes = notices(bloc, result);
  // A tie at the Certificate cut-off when the flag itself is settled.
  const otherTies = result.pending.filter((p) => p.cause === 'cutOffTie').map((p) => p.among);
  return (
    <div className={styles.stack}>
      <MessageBar
        intent={needsMeeting ? 'warning' : o === 'proposed' ? 'success' : 'info'}
        layout="multiline"
        data-testid="outcome"
        data-outcome={o}
      >
        <MessageBarBody>
          <MessageBarTitle>{UI.outcome[o][lang]}</MessageBarTitle>
          {result.flag.length > 0 && (
            <div>
              {UI.flag[lang]}: <strong>{names(result.flag)}</strong>
            </div>
          )}
          {result.merit.length > 0 && (
            <div>
              {UI.merit[lang]}: {names(result.merit)}
            </div>
          )}
          {action && (
            <div data-testid="meeting-action">
              <strong>{UI.meetingMust[lang]}:</strong> {action[lang]}
            </div>
          )}
          {meetingNotes.length > 0 && (
            <ul className={styles.list}>
              {meetingNotes.map((n, i) => (
                <li key={i}>{n[lang]}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
      {otherTies.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="ties">
          <MessageBarBody>
            <MessageBarTitle>{UI.unresolvedTies[lang]}</MessageBarTitle>
            <ul className={styles.list}>
              {otherTies.map((group, i) => (
                <li key={i}>{names(group)}</li>
              ))}
            </ul>
            <strong>{UI.meetingMust[lang]}:</strong> {UI.action.meritTie[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
