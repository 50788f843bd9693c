// Chấm điểm: runs the evaluation on the open workbook, writes `Kết quả` with its chart, colours `Chấm điểm`, and shows
// the outcome, the ranking with its reasons, and next year's head and deputy. Once the bloc's sheets change, the
// result shown is marked out of date at once, with a button to score again (it is never recomputed unasked).

import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { scoreWorkbook } from '../../excel/actions';
import { OWNED_NAMES } from '../../workbook/ownership';
import { IssueList } from '../components/IssueList';
import { ActionStatus, Notice } from '../components/Notice';
import { Outcome } from '../components/Outcome';
import { Ranking } from '../components/Ranking';
import { RevoteTable } from '../components/RevoteTable';
import { flagOutcomeTitle, nextRoles } from '../../domain/explain';
import { flagNames, rulesApplied } from '../components/result-view';
import { Summary } from '../components/Summary';
import { NoBloc, Stale } from '../components/Workbook';
import { errorsIn, scored, scoreSheets, warningsIn } from '../evaluation';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { useFreshness, usePane } from '../pane';
import { usePanelStyles } from '../styles';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalXS} 0 0` },
  rules: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  details: { '& summary': { cursor: 'pointer' } },
});

export function ScorePanel() {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { host, lang, showBloc } = usePane();
  const fresh = useFreshness();
  const score = useAction(
    async () => {
      const out = scored(await scoreWorkbook(host, scoreSheets));
      fresh.saw(out.sheets);
      showBloc(out.evaluation.info);
      return out;
    },
    {
      progress: UI.score.progress,
      announce: ({ evaluation: e, blank }) => {
        if (blank) return UI.check.noBlocSheets;
        if (!e.bloc || !e.result) return UI.score.refused(errorsIn(e.issues));
        const flag = flagNames(e.bloc, e.result);
        const outcome = flagOutcomeTitle(e.bloc, e.result.flagOutcome);
        const said = flag.length ? UI.score.flagIs(flag.join(', ')) : outcome;
        return { vi: `${UI.score.done.vi} ${said.vi}`, en: `${UI.score.done.en} ${said.en}` };
      },
    },
  );
  const out = score.busy ? null : score.data;
  const evaluation = out?.evaluation ?? null;
  const result = evaluation?.result ?? null;
  const bloc = evaluation?.bloc ?? null;
  const issues = out?.issues ?? [];
  const warnings = warningsIn(issues);
  const suffix = (s: boolean) => (s ? ` ${UI.score.suggested[lang]}` : '');
  const next = result && bloc ? nextRoles(bloc, result) : [];
  const rules = result && bloc ? rulesApplied(bloc, result) : [];
  const besideUser = evaluation?.placements.filter((p) => p.besideUserSheet) ?? [];

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.score.intro[lang]}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void score.run()} disabled={score.busy} data-testid="score-button">
          {UI.score.button[lang]}
        </Button>
      </div>
      <ActionStatus actions={[score]} />
      {out && <Stale stale={fresh.stale} again={UI.score.again} busy={score.busy} onRun={() => void score.run()} />}
      {out?.notes.map((note) => (
        <Notice key={note.en} intent="info">
          {note[lang]}
        </Notice>
      ))}
      {out?.blank && <NoBloc />}
      {out && !out.blank && !result && (
        <>
          <Notice intent="error" testId="not-written">
            {UI.score.notWritten[lang]}
            {out.written && <div data-testid="marked-out-of-date">{UI.score.markedOutOfDate[lang]}</div>}
          </Notice>
          <IssueList issues={issues} />
        </>
      )}
      {out && evaluation && result && bloc && next && (
        <>
          <Notice intent="success" testId="written">
            {UI.score.written(evaluation.placements.find((p) => p.role === 'result')?.name ?? OWNED_NAMES.result)[lang]}
            {besideUser.map((p) => (
              <div key={p.name} data-testid="placed-beside">
                {UI.score.besideUserSheet(p.besideUserSheet!, p.name)[lang]}
              </div>
            ))}
            <div data-testid="rewritten-note">{UI.score.rewritten[lang]}</div>
          </Notice>
          <Outcome bloc={bloc} result={result} sheets={out.sheets} />
          <RevoteTable bloc={bloc} result={result} sheets={out.sheets} />
          <Subtitle2 as="h2" className={styles.heading}>
            {UI.score.ranking[lang]}
          </Subtitle2>
          <Ranking bloc={bloc} result={result} />
          <Summary rows={next.map((n) => [n.label[lang], (n.unit ?? '—') + suffix(n.suggested)])} />
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
