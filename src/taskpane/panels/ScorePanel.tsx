// Chấm điểm: runs the engine on the open workbook, writes `Kết quả` with its chart, colours `Chấm điểm`, and shows
// the outcome, the ranking with its reasons, and next year's head and deputy.

import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { scoreWorkbook } from '../../excel/actions';
import { IssueList } from '../components/IssueList';
import { ActionStatus, Notice } from '../components/Notice';
import { Outcome } from '../components/Outcome';
import { Ranking } from '../components/Ranking';
import { nextHeadView, rulesApplied } from '../components/result-view';
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
      showBloc(out.result.read.bloc?.info ?? null);
      return out;
    },
    {
      progress: UI.score.progress,
      announce: (out) => {
        if (!out.written) return UI.score.refused(out.result.read.issues.filter((i) => i.severity === 'error').length);
        const scored = out.result.scored;
        if (!scored) return UI.score.done;
        const flag = scored.flag.map((u) => scored.ranking.find((r) => r.unit === u)?.name).filter(Boolean);
        const outcome = flag.length ? `${UI.score.flag.vi}: ${flag.join(', ')}.` : UI.score.outcome[scored.flagOutcome].vi;
        const outcomeEn = flag.length ? `${UI.score.flag.en}: ${flag.join(', ')}.` : UI.score.outcome[scored.flagOutcome].en;
        return { vi: `${UI.score.done.vi} ${outcome}`, en: `${UI.score.done.en} ${outcomeEn}` };
      },
    },
  );
  const out = score.data;
  const scored = out?.result.scored ?? null;
  const bloc = out?.result.read.bloc ?? null;
  const issues = out?.result.read.issues ?? [];
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const suffix = (s: boolean) => (s ? ` ${UI.score.suggested[lang]}` : '');

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.score.intro[lang]}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void score.run()} disabled={score.busy} data-testid="score-button">
          {UI.score.button[lang]}
        </Button>
      </div>
      <ActionStatus actions={[score]} />
      {out && !score.busy && !out.written && (
        <>
          <Notice intent="error" testId="not-written">
            {UI.score.notWritten[lang]}
          </Notice>
          <IssueList issues={issues} />
        </>
      )}
      {out && !score.busy && scored && bloc && (
        <>
          <Notice intent="success" testId="written">
            {UI.score.written[lang]}
            {besideUserSheets(out.result).map((p) => (
              <div key={p.name} data-testid="placed-beside">
                {UI.score.besideUserSheet(p.besideUserSheet!, p.name)[lang]}
              </div>
            ))}
          </Notice>
          <Outcome result={scored} awardingBody={bloc.info.awardingBody} />
          <Subtitle2 as="h2" className={styles.heading}>
            {UI.score.ranking[lang]}
          </Subtitle2>
          <Ranking result={scored} />
          <Summary
            rows={[
              [UI.score.nextHead[lang], (nextHeadView(scored).head.unit ?? '—') + suffix(nextHeadView(scored).head.suggested)],
              [UI.score.nextDeputy[lang], (nextHeadView(scored).deputy.unit ?? '—') + suffix(nextHeadView(scored).deputy.suggested)],
            ]}
          />
          {rulesApplied(scored).length > 0 && (
            <details className={styles.details}>
              <summary>{UI.score.rulesApplied[lang]}</summary>
              <ul className={styles.rules}>
                {rulesApplied(scored).map((r, i) => (
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
