// The ranking: rank, unit, total, votes, proposal, and under each unit the reasons (tie-break steps,
// ineligibility, thresholds). Units in an unresolved tie are marked.

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { unitReasons } from '../../domain/explain';
import { formatScore } from '../../domain/format';
import type { Bloc, BlocResult, Lang, UnitResult } from '../../domain/model';
import { HIGHLIGHT_FILLS } from '../../workbook/plan';
import { UI } from '../i18n';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    padding: '4px',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: { padding: '6px 4px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  name: { fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: '2px 0 0', paddingLeft: '14px', color: tokens.colorNeutralForeground2 },
  flag: { backgroundColor: HIGHLIGHT_FILLS.flag, color: '#000000', border: 'none' },
  merit: { backgroundColor: HIGHLIGHT_FILLS.merit, color: '#000000', border: 'none' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
});

export function Ranking({ bloc, result, lang }: { bloc: Bloc; result: BlocResult; lang: Lang }) {
  const styles = useStyles();
  const tied = new Set(result.unresolvedTies.flat());
  const pending = new Set(result.pending.flatMap((p) => p.among));
  const badges = (r: UnitResult) => (
    <span className={styles.badges}>
      {r.proposal === 'flag' && (
        <Badge appearance="filled" className={styles.flag}>
          {UI.flag[lang]}
        </Badge>
      )}
      {r.proposal === 'merit' && (
        <Badge appearance="filled" className={styles.merit}>
          {UI.merit[lang]}
        </Badge>
      )}
      {!r.eligible && (
        <Badge appearance="tint" color="subtle">
          {UI.ineligible[lang]}
        </Badge>
      )}
      {tied.has(r.unit) && (
        <Badge appearance="filled" color="warning">
          {UI.tie[lang]}
        </Badge>
      )}
      {pending.has(r.unit) && !tied.has(r.unit) && (
        <Badge appearance="tint" color="warning">
          {UI.pendingDecision[lang]}
        </Badge>
      )}
    </span>
  );
  const hasVotes = result.ranking.some((r) => r.votes !== null);
  return (
    <table className={styles.table} aria-label={UI.ranking[lang]} data-testid="ranking">
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            {UI.rank[lang]}
          </th>
          <th className={styles.th} scope="col">
            {UI.unit[lang]}
          </th>
          <th className={`${styles.th} ${styles.num}`} scope="col">
            {UI.total[lang]}
          </th>
          {hasVotes && (
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {UI.votes[lang]}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {result.ranking.map((r) => (
          <tr
            key={r.unit}
            data-testid="rank-row"
            data-proposal={r.proposal ?? ''}
            data-pending={pending.has(r.unit) ? 'true' : undefined}
            data-tied={tied.has(r.unit) ? 'true' : undefined}
          >
            <td className={`${styles.td} ${styles.num}`}>{r.rank}</td>
            <td className={styles.td}>
              <div className={styles.name}>{r.name}</div>
              {badges(r)}
              {r.notes.length > 0 && (
                <ul className={styles.reasons} aria-label={UI.reasons[lang]}>
                  {unitReasons(bloc, r).map((reason, i) => (
                    <li key={i}>{reason[lang]}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className={`${styles.td} ${styles.num}`}>{formatScore(r.total, lang, bloc.rules.decimals)}</td>
            {hasVotes && <td className={`${styles.td} ${styles.num}`}>{r.votes ?? '—'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
