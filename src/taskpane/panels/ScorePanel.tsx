// Chấm điểm: runs the engine on the open workbook, writes `Kết quả` with its chart, colours `Chấm điểm`, and shows
// the outcome, the ranking with its reasons, and next year's head and deputy.

import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { scoreWorkbook } from '../../excel/actions';
import { OWNED_NAMES } from '../../workbook/ownership';
import { IssueList } from '../components/IssueList';
import { ActionStatus, Notice } from '../components/Notice';
import { Outcome } from '../components/Outcome';
import { Ranking } from '../components/Ranking';
import { RevoteTable } from '../components/RevoteTable';
import { flagNames, nextHeadView, rulesApplied } from '../components/result-view';
import { Summary } from '../components/Summary';
import { scoreSheets, type ScoreResult } from '../engine';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { usePanelStyles } from './CheckPanel';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalXS} 0 0` },
  rules: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  details: { '& summary': { cursor: 'pointer' } },
});

/** Sheets of ours placed beside a user's sheet of the same name (which is kept as it is). */
function besideUserSheets(result: ScoreResult) {
  return result.placements.filter((p) => p.besideUserSheet);
}

export function ScorePanel() {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { host, lang, showBloc } = usePane();
  const score = useAction(
    async () => {
      const out = await scoreWorkbook(host, scoreSheets);
      showBloc(out.result.bloc?.info ?? null);
      return out;
    },
    {
      progress: UI.score.progress,
      announce: ({ result: e }) => {
        if (!e.bloc || !e.result) return UI.score.refused(e.issues.filter((i) => i.severity === 'error').length);
        const flag = flagNames(e.bloc, e.result);
        const outcome = (l: 'vi' | 'en') =>
          flag.length ? `${UI.score.flag[l]}: ${flag.join(', ')}.` : UI.score.outcome[e.result!.flagOutcome][l];
        return { vi: `${UI.score.done.vi} ${outcome('vi')}`, en: `${UI.score.done.en} ${outcome('en')}` };
      },
    },
  );
  const out = score.data;
  const evaluation = out?.result ?? null;
  const scored = evaluation?.result ?? null;
  const bloc = evaluation?.bloc ?? null;
  const issues = evaluation?.issues ?? [];
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const suffix = (s: boolean) => (s ? ` ${UI.score.suggested[lang]}` : '');
  const next = scored ? nextHeadView(scored) : null;
  const rules = scored && bloc ? rulesApplied(bloc, scored) : [];

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.score.intro[lang]}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void score.run()} disabled={score.busy} data-testid="score-button">
          {UI.score.button[lang]}
        </Button>
      </div>
      <ActionStatus actions={[score]} />
      {out &&
        !score.busy &&
        out.notes.map((note) => (
          <Notice key={note.en} intent="info">
            {note[lang]}
          </Notice>
        ))}
      {out && evaluation && !score.busy && !scored && (
        <>
          <Notice intent="error" testId="not-written">
            {UI.score.notWritten[lang]}
            {out.written && <div data-testid="marked-out-of-date">{UI.score.markedOutOfDate[lang]}</div>}
          </Notice>
          <IssueList issues={issues} />
        </>
      )}
      {out && evaluation && !score.busy && scored && bloc && next && (
        <>
          <Notice intent="success" testId="written">
            {UI.score.written(evaluation.placements.find((p) => p.role === 'result')?.name ?? OWNED_NAMES.result)[lang]}
            {besideUserSheets(evaluation).map((p) => (
              <div key={p.name} data-testid="placed-beside">
                {UI.score.besideUserSheet(p.besideUserSheet!, p.name)[lang]}
              </div>
            ))}
          </Notice>
          <Outcome bloc={bloc} result={scored} />
          <RevoteTable bloc={bloc} result={scored} />
          <Subtitle2 as="h2" className={styles.heading}>
            {UI.score.ranking[lang]}
          </Subtitle2>
          <Ranking bloc={bloc} result={scored} />
          <Summary
            rows={[
              [UI.score.nextHead[lang], (next.head.unit ?? '—') + suffix(next.head.suggested)],
              [UI.score.nextDeputy[lang], (next.deputy.unit ?? '—') + suffix(next.deputy.suggested)],
            ]}
          />
          {rules.length > 0 && (
            <details className={styles.details}>
              <summary>{UI.score.rulesApplied[lang]}</summary>
              <ul className={styles.rules}>
                {rules.map((r, i) => (
                  <li key={i}>{r[lang]}</li>
                ))}
              </ul>
            </details>
          )}
          {warnings > 0 && (
            <details className={styles.details}>
              <summary>
                {UI.check.warnings[lang]}: {UI.common.warnings(warnings)[lang]}
              </summary>
              <IssueList issues={issues} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
