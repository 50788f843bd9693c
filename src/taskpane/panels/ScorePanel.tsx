// Chấm điểm & xếp hạng: runs the engine on the open workbook, writes `Kết quả` with its chart, highlights
// `Chấm điểm`, and shows the ranking with the reasons and proposals.

import { Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../domain/model';
import { describeRules } from '../../domain/rules-text';
import { scoreWorkbook } from '../../excel/actions';
import type { ExcelHost } from '../../excel/host';
import { ErrorBar } from '../components/ErrorBar';
import { IssueList } from '../components/IssueList';
import { Outcome } from '../components/Outcome';
import { Progress } from '../components/Progress';
import { Ranking } from '../components/Ranking';
import { Summary } from '../components/Summary';
import { scoreSheets } from '../engine';
import { useAction } from '../hooks/useAction';
import { countOf, UI } from '../i18n';
import { useSelectIssue } from './CheckPanel';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: '12px' },
  intro: { margin: 0 },
  heading: { margin: '4px 0 0' },
  rules: { margin: 0, paddingLeft: '18px', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function ScorePanel({ host, lang }: { host: ExcelHost; lang: Lang }) {
  const styles = useStyles();
  const score = useAction(() => scoreWorkbook(host, scoreSheets));
  const { select, error: selectError } = useSelectIssue(host);
  const out = score.data;
  const scored = out?.result.result ?? null;
  const bloc = out?.result.bloc ?? null;
  const issues = out?.result.issues ?? [];
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const suffix = (s: boolean) => (s ? ` ${UI.suggested[lang]}` : '');

  return (
    <div className={styles.panel}>
      <p className={styles.intro}>{UI.scoreIntro[lang]}</p>
      <div>
        <Button appearance="primary" onClick={() => void score.run()} disabled={score.busy} data-testid="score-button">
          {UI.scoreButton[lang]}
        </Button>
      </div>
      {score.busy && <Progress label={UI.scoring[lang]} />}
      <ErrorBar error={score.error ?? selectError} lang={lang} />
      {out && !score.busy && !scored && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{UI.notWritten[lang]}</MessageBarBody>
          </MessageBar>
          <IssueList issues={issues} lang={lang} onSelect={select} />
        </>
      )}
      {out && !score.busy && scored && bloc && (
        <>
          <MessageBar intent="success" layout="multiline" data-testid="written">
            <MessageBarBody>{UI.written[lang]}</MessageBarBody>
          </MessageBar>
          <Outcome bloc={bloc} result={scored} lang={lang} />
          <Subtitle2 as="h2" className={styles.heading}>
            {UI.ranking[lang]}
          </Subtitle2>
          <Ranking bloc={bloc} result={scored} lang={lang} />
          <Summary
            rows={[
              [UI.nextHead[lang], (scored.nextHead.unit ?? '—') + suffix(scored.nextHead.suggested)],
              [UI.nextDeputy[lang], (scored.nextDeputy.unit ?? '—') + suffix(scored.nextDeputy.suggested)],
            ]}
          />
          <details>
            <summary>{UI.rulesApplied[lang]}</summary>
            <ul className={styles.rules}>
              {describeRules(bloc.rules, scored.meritCount).map((r, i) => (
                <li key={i}>{r[lang]}</li>
              ))}
            </ul>
          </details>
          {warnings > 0 && (
            <details>
              <summary>
                {UI.warnings[lang]}: {countOf(warnings, 'warnings', lang)}
              </summary>
              <IssueList issues={issues} lang={lang} onSelect={select} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
