// Nhận bảng tự chấm: pick the returned files, check them (a report per file, by unit name first; conflicting cells
// listed, each one a link to its cell), confirm overwriting conflicts if wanted, merge. Files refused only because
// their unit key does not match the master are explained (the secret made by the first split was most likely not
// saved) with the two ways back: send again from the saved master, or take them by the unit they name once the user
// confirms.

import { Badge, Body1Strong, Button, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CollectReport, FileReport, FileStatus } from '../../../workbook/collect';
import { FilePicker } from '../../components/FilePicker';
import { IssueList } from '../../components/IssueList';
import { ActionStatus, Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useSectionStyles } from '../../styles';
import type { Action } from '../../hooks/useAction';
import { MasterRefused } from './MasterRefused';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { conflictItem } from './actions';
import { keyMismatches, writable, type TakeState } from './state';

const useStyles = makeStyles({
  report: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  file: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  rejected: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  duplicate: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  fileHead: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  reason: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR: Record<FileStatus, 'success' | 'danger' | 'warning'> = {
  accepted: 'success',
  rejected: 'danger',
  duplicate: 'warning',
};

/** What a file's report says it will write (before merging) or wrote (after). */
function fileCounts(f: FileReport, merged: boolean) {
  if (!merged) return UI.roundtrip.toWrite(f.written, f.unchanged, f.conflicts.length);
  const over = f.conflicts.filter((c) => c.overwritten).length;
  const pending = f.conflicts.length - over;
  // `written` counts the overwritten conflicts too.
  const parts = [
    UI.roundtrip.wroteFile(f.written, over),
    UI.roundtrip.unchanged(f.unchanged),
    ...(pending ? [UI.roundtrip.keptConflicts(pending)] : []),
  ];
  return { vi: parts.map((p) => p.vi).join(', '), en: parts.map((p) => p.en).join(', ') };
}

function FileReports({ report, merged }: { report: CollectReport; merged: boolean }) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <ul className={styles.report} data-testid="roundtrip-report">
      {report.files.map((f, i) => (
        <li
          key={`${i}-${f.file}`}
          className={mergeClasses(styles.file, styles[f.status])}
          data-testid="roundtrip-file"
          data-status={f.status}
          data-file={f.file}
        >
          <div className={styles.fileHead}>
            <Badge appearance="filled" color={STATUS_COLOR[f.status]}>
              {UI.roundtrip.status[f.status][lang]}
            </Badge>
            <Body1Strong>{f.unitName ?? f.file}</Body1Strong>
          </div>
          {f.unitName && <Caption1 className={styles.note}>{f.file}</Caption1>}
          {f.status === 'accepted' && <Caption1>{fileCounts(f, merged)[lang]}</Caption1>}
          {f.reasons.map((r, k) => (
            <Caption1 key={`r${k}`} className={styles.reason}>
              {r[lang]}
            </Caption1>
          ))}
          {f.notes.map((r, k) => (
            <Caption1 key={`n${k}`} className={styles.note}>
              {r[lang]}
            </Caption1>
          ))}
        </li>
      ))}
    </ul>
  );
}

export interface TakeSectionProps {
  picked: File[];
  take: TakeState;
  check: Action<[byName?: boolean], unknown>;
  merge: Action<[], unknown>;
  busy: boolean;
  onPick: (files: File[]) => void;
  onOverwrite: (on: boolean) => void;
}

export function TakeSection({ picked, take, check, merge, busy, onPick, onOverwrite }: TakeSectionProps) {
  const styles = useSectionStyles();
  const { lang } = usePane();
  const report = take.step === 'checked' || take.step === 'merged' ? take.report : null;
  const merged = take.step === 'merged';
  const conflicts = report?.conflicts ?? [];
  const n = writable(take);
  const mismatched = keyMismatches(take);
  const byName = take.step === 'checked' && take.byName;
  const conflictTitle = merged
    ? (conflicts.some((c) => c.overwritten) ? UI.roundtrip.conflictsOverwritten : UI.roundtrip.conflictsKept)(conflicts.length)
    : UI.roundtrip.conflicts(conflicts.length);
  return (
    <Section id="roundtrip-take-title" title={UI.roundtrip.takeTitle[lang]} help={{ text: UI.roundtrip.takeHelp[lang], as: 'caption' }}>
      <FilePicker
        label={UI.roundtrip.pick[lang]}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        disabled={busy}
        files={picked}
        onPick={onPick}
        testId="roundtrip-pick"
      />
      <div className={styles.row}>
        <Button disabled={busy || picked.length === 0} onClick={() => void check.run()} data-testid="roundtrip-check">
          {UI.roundtrip.check[lang]}
        </Button>
      </div>
      <ActionStatus actions={[check]} testId="roundtrip-errors" progressTestId="roundtrip-progress" />
      {take.step === 'blocked' && <MasterRefused blocked={take} />}
      {report && (
        <>
          <FileReports report={report} merged={merged} />
          {take.step === 'checked' && (mismatched > 0 || byName) && (
            <Notice intent="warning" title={UI.roundtrip.secretLostTitle(mismatched)[lang]} testId="roundtrip-secret-lost">
              <div>{UI.roundtrip.secretLostWhy[lang]}</div>
              <ol className={styles.list}>
                <li>{UI.roundtrip.secretLostResend[lang]}</li>
                <li>{UI.roundtrip.secretLostByName[lang]}</li>
              </ol>
              <Checkbox
                checked={byName}
                disabled={busy}
                onChange={(_, d) => void check.run(!!d.checked)}
                data-testid="roundtrip-by-name"
                label={UI.roundtrip.byName[lang]}
              />
            </Notice>
          )}
          {conflicts.length > 0 && (
            <>
              <Body1Strong id="roundtrip-conflicts-title">{conflictTitle[lang]}</Body1Strong>
              <IssueList
                issues={conflicts.map((c) => conflictItem(c, merged))}
                label={conflictTitle[lang]}
                testId="roundtrip-conflicts"
                itemTestId="roundtrip-conflict"
                keepOrder
              />
              {take.step === 'checked' && (
                <Checkbox
                  checked={take.overwrite}
                  disabled={busy || take.returns.length === 0}
                  onChange={(_, d) => onOverwrite(!!d.checked)}
                  data-testid="roundtrip-overwrite"
                  label={UI.roundtrip.overwrite(conflicts.length)[lang]}
                />
              )}
            </>
          )}
          {take.step === 'checked' && (
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy || n === 0} onClick={() => void merge.run()} data-testid="roundtrip-merge">
                {UI.roundtrip.merge(n)[lang]}
              </Button>
            </div>
          )}
        </>
      )}
      <ActionStatus actions={[merge]} testId="roundtrip-errors" />
      {take.step === 'checked' && take.note && (
        <Notice intent="info" testId="roundtrip-info" reveal={take.note}>
          {take.note[lang]}
        </Notice>
      )}
      {take.step === 'merged' && (
        <Notice intent="success" testId="roundtrip-info" reveal={take}>
          {UI.roundtrip.wrote(take.written)[lang]}
          {take.journal && <div data-testid="roundtrip-journal">{UI.roundtrip.journal(take.journal)[lang]}</div>}
        </Notice>
      )}
    </Section>
  );
}
