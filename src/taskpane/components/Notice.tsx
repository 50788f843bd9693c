// The one way the pane shows a message: a Fluent MessageBar with an intent (error, warning, info, success), an optional
// title, a body and actions. A notice that answers a button far down the pane is scrolled into sight (`reveal`).
// ActionStatus shows an action's progress and its failure the same way on every tab.

import * as React from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Action } from '../hooks/useAction';
import { usePane } from '../pane';
import { Progress } from './Progress';

export type Intent = 'error' | 'warning' | 'info' | 'success';

export interface NoticeProps {
  intent: Intent;
  title?: React.ReactNode;
  children?: React.ReactNode;
  /** Buttons under the text (e.g. "Mở thẻ Kiểm tra"). */
  actions?: React.ReactNode;
  testId?: string;
  /** When this value changes to something, the notice scrolls (as little as needed) into view. */
  reveal?: unknown;
  /** Extra data-* attributes (what tests and styles key on, e.g. data-outcome). */
  data?: Record<`data-${string}`, string>;
}

const useStyles = makeStyles({
  body: { overflowWrap: 'anywhere', minWidth: 0 },
  // The title on its own line: a long Vietnamese title then reads as a heading, not run into the text.
  title: { display: 'block' },
  actions: { gridArea: 'auto', paddingTop: tokens.spacingVerticalXS },
});

export function Notice({ intent, title, children, actions, testId, reveal, data }: NoticeProps) {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    if (reveal && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
  }, [reveal]);
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId} ref={ref} {...data}>
      <MessageBarBody className={styles.body}>
        {title && <MessageBarTitle className={styles.title}>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {actions && <MessageBarActions className={styles.actions}>{actions}</MessageBarActions>}
    </MessageBar>
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = Action<any[], any>;

/** The progress of whichever action runs, and the failure of any that failed, in plain words. */
export function ActionStatus({
  actions,
  testId = 'error',
  progressTestId,
}: {
  actions: AnyAction[];
  testId?: string;
  progressTestId?: string;
}) {
  const { lang } = usePane();
  const running = actions.find((a) => a.busy);
  const failed = actions.filter((a) => !a.busy && a.error);
  return (
    <>
      {running && <Progress label={running.progress[lang]} testId={progressTestId} />}
      {failed.map((a, i) => (
        <Notice key={i} intent="error" testId={testId} reveal={a.error}>
          {a.error![lang]}
        </Notice>
      ))}
    </>
  );
}
