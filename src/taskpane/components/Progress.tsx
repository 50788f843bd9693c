// A progress line while an action works: a spinner with its label, kept in view at the top of the pane while it
// scrolls (a long tab's button may be far from the top).

import { Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
});

export function Progress({ label, testId = 'progress' }: { label: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.bar} data-testid={testId}>
      <Spinner size="tiny" labelPosition="after" label={label} />
    </div>
  );
}
