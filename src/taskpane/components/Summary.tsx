// Label/value pairs (bloc, units, criteria, counts) as a compact definition list.

import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: '12px',
    rowGap: '2px',
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export function Summary({ rows, testId }: { rows: [string, string | number][]; testId?: string }) {
  const styles = useStyles();
  return (
    <dl className={styles.dl} data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt className={styles.dt}>{label}</dt>
          <dd className={styles.dd}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
