// The ranking: rank, unit, total, votes, and under each unit its proposal and reasons (tie-break steps,
// ineligibility, thresholds). Units in an unresolved tie are marked; a unit whose standing a revote decided shows the
// revote's votes, marked as such (the ranking is the decided order). Reads the result through result-view.ts.

import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Bloc, BlocResult } from '../../domain/model';
import { HIGHLIGHT_FILLS } from '../../workbook/plan';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { hasVotes, rankingRows, type RankRow } from './result-view';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'auto', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'left',
    padding: '4px',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  td: { padding: '6px 4px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  unit: { overflowWrap: 'anywhere', width: '100%' },
  name: { fontWeight: tokens.fontWeightSemibold },
  reasons: { margin: '2px 0 0', paddingLeft: '14px', color: tokens.colorNeutralForeground2 },
  flag: { backgroundColor: HIGHLIGHT_FILLS.flag, color: '#000000', border: 'none' },
  merit: { backgroundColor: HIGHLIGHT_FILLS.merit, color: '#000000', border: 'none' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  round: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

export function Ranking({ bloc, result }: { bloc: Bloc; result: BlocResult }) {
  const styles = useStyles();
  const { lang } = usePane();
  const votes = hasVotes(result);
  const badges = (r: RankRow) => (
    <span className={styles.badges}>
      {r.proposal === 'flag' && (
        <Badge appearance="filled" className={styles.flag}>
          {UI.score.flag[lang]}
        </Badge>
      )}
      {r.proposal === 'merit' && (
        <Badge appearance="filled" className={styles.merit}>
          {UI.score.merit[lang]}
        </Badge>
      )}
      {!r.eligible && (
        <Badge appearance="tint" color="subtle">
          {UI.score.ineligible[lang]}
        </Badge>
      )}
      {r.tied && (
        <Badge appearance="filled" color="warning">
          {UI.score.tie[lang]}
        </Badge>
      )}
      {r.pending && (
        <Badge appearance="tint" color="warning">
          {UI.score.pendingDecision[lang]}
        </Badge>
      )}
    </span>
  );
  return (
    <table className={styles.table} aria-label={UI.score.ranking[lang]} data-testid="ranking">
      <thead>
        <tr>
          <th className={styles.th} scope="col">
            {UI.score.rank[lang]}
          </th>
          <th className={styles.th} scope="col">
            {UI.score.unit[lang]}
          </th>
          <th className={`${styles.th} ${styles.num}`} scope="col">
            {UI.score.total[lang]}
          </th>
          {votes && (
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {UI.score.votes[lang]}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rankingRows(bloc, result).map((r) => (
          <tr
            key={r.unit}
            data-testid="rank-row"
            data-proposal={r.proposal ?? ''}
            data-pending={r.pending || r.tied ? 'true' : undefined}
            data-tied={r.tied ? 'true' : undefined}
          >
            <td className={`${styles.td} ${styles.num}`}>{r.rank}</td>
            <td className={`${styles.td} ${styles.unit}`}>
              <div className={styles.name}>{r.name}</div>
              {badges(r)}
              {r.reasons.length > 0 && (
                <ul className={styles.reasons} aria-label={UI.score.reasons[lang]}>
                  {r.reasons.map((reason, i) => (
                    <li key={i}>{reason[lang]}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className={`${styles.td} ${styles.num}`}>{r.total(lang)}</td>
            {votes && (
              <td className={`${styles.td} ${styles.num}`} data-round={r.voteRound ?? undefined}>
                {r.votes ?? '—'}
                {r.voteRound === 2 && <div className={styles.round}>{UI.score.revoteRound[lang]}</div>}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
