// Lập sổ: for a workbook without the bloc's sheets, the form that adds them all (Thông tin, Đơn vị, Chấm điểm with a
// 100-point criteria table, Phiếu bầu, Quy tắc) — the units first, and only its button adds anything (Enter in a
// field does not); for a bloc workbook, the sheets it still lacks (Phiếu bầu, Quy tắc, Chấm chéo, Thông tin), filled
// with its own units. Which is which is read from the workbook each time the tab is shown or the sheets change.
// Existing sheets are never overwritten (the adapter refuses a name that is taken).

import * as React from 'react';
import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { BxtdError } from '../../domain/errors';
import { addSheets, readWorkbook } from '../../excel/actions';
import {
  ADDABLE_SHEETS,
  blocSheetsIn,
  hasBlocSheets,
  planMissingSheets,
  planNewBloc,
  sheetName,
  type BlocSheetKey,
} from '../../workbook/new-bloc';
import { ActionStatus, Notice } from '../components/Notice';
import { Summary } from '../components/Summary';
import { useAction } from '../hooks/useAction';
import { UI } from '../i18n';
import { usePane } from '../pane';
import { usePanelStyles } from '../styles';

/**
 * The year a new scoring workbook is for: the year under review. A bloc reviews year N at its year-end conference,
 * held from about November of N to March of N+1 (the sample's 2024 review met on 9 January 2025), so from January to
 * March the default is last year; from April on it is this year (the mid-year review, then the next year-end one).
 */
export function reviewYear(now: Date = new Date()): number {
  return now.getMonth() < 3 ? now.getFullYear() - 1 : now.getFullYear();
}

const useStyles = makeStyles({
  // Province takes the room left by the year; both shrink with the pane (no field wider than its column).
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 6.5em', columnGap: tokens.spacingHorizontalS },
  input: { width: '100%', minWidth: 0 },
  inner: { minWidth: 0, width: '100%' },
  choices: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingLeft: '32px', marginTop: '-4px' },
});

/** What Lập sổ found in the workbook: which of the bloc's sheets it has (by key, as named there). */
type Found = Partial<Record<BlocSheetKey, string>>;

/** Sheets offered to a bloc workbook, ticked at first: the ballot and the rules; cross-scoring only when asked for. */
const TICKED: readonly BlocSheetKey[] = ['info', 'ballot', 'rules'];

export function NewPanel() {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { host, lang, tab, changes, changed } = usePane();
  const [blocName, setBlocName] = React.useState('');
  const [province, setProvince] = React.useState('');
  const [year, setYear] = React.useState(String(reviewYear()));
  const [units, setUnits] = React.useState('');
  const [ticked, setTicked] = React.useState<Partial<Record<BlocSheetKey, boolean>>>({});

  const look = useAction(async (): Promise<Found> => blocSheetsIn((await readWorkbook(host)).sheets.map((s) => s.name)), {
    progress: UI.new.looking,
  });
  const runLook = look.run;
  // Read when the tab is shown, and again when the workbook's sheets change while it is.
  React.useEffect(() => {
    if (tab === 'new') void runLook();
  }, [tab, changes, runLook]);

  const create = useAction(
    async () => {
      const { sheets } = await readWorkbook(host);
      if (hasBlocSheets(sheets.map((s) => s.name))) throw new BxtdError('pane.sheetExists', UI.new.notBlank);
      const added = await addSheets(
        host,
        planNewBloc({
          blocName,
          province,
          year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined,
          units: units.split(/\r?\n/),
        }),
      );
      changed();
      return { added, blank: true };
    },
    { progress: UI.new.progress, announce: ({ added }) => UI.new.done(added.join(', ')) },
  );
  const complete = useAction(
    async (keys: BlocSheetKey[]) => {
      const { sheets } = await readWorkbook(host);
      const plan = planMissingSheets(sheets, keys);
      if ('refused' in plan) throw new BxtdError('pane.sheetExists', plan.refused);
      const added = await addSheets(host, plan.sheets);
      changed();
      return { added, blank: false };
    },
    { progress: UI.new.progress, announce: ({ added }) => UI.new.done(added.join(', ')) },
  );

  const found = look.data;
  const blank = found !== null && !hasBlocSheets(Object.values(found));
  const missing = found ? ADDABLE_SHEETS.filter((k) => found[k] === undefined) : [];
  const lacksData = found && !blank ? (['units', 'scores'] as const).filter((k) => found[k] === undefined) : [];
  const isTicked = (k: BlocSheetKey) => ticked[k] ?? TICKED.includes(k);
  const chosen = missing.filter(isTicked);
  const busy = look.busy || create.busy || complete.busy;
  const done = create.data ?? complete.data;
  const input = { className: styles.input, input: { className: styles.inner } };

  return (
    <form className={styles.panel} onSubmit={(e) => e.preventDefault()} aria-busy={busy}>
      {found && blank && (
        <>
          <p className={styles.intro}>{UI.new.intro[lang]}</p>
          <Field label={UI.new.units[lang]} hint={UI.new.unitsHint[lang]}>
            <Textarea
              className={styles.input}
              value={units}
              rows={5}
              resize="vertical"
              onChange={(_, d) => setUnits(d.value)}
              data-testid="new-units"
            />
          </Field>
          <Field label={UI.new.blocName[lang]}>
            <Input {...input} value={blocName} placeholder={UI.new.blocNamePlaceholder[lang]} onChange={(_, d) => setBlocName(d.value)} />
          </Field>
          <div className={styles.row}>
            <Field label={UI.new.province[lang]}>
              <Input {...input} value={province} onChange={(_, d) => setProvince(d.value)} />
            </Field>
            <Field label={UI.new.year[lang]}>
              <Input {...input} value={year} inputMode="numeric" maxLength={4} onChange={(_, d) => setYear(d.value)} />
            </Field>
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" type="button" disabled={busy} onClick={() => void create.run()} data-testid="create-button">
              {UI.new.button[lang]}
            </Button>
          </div>
        </>
      )}
      {found && !blank && (
        <>
          <p className={styles.intro}>{UI.new.existingIntro[lang]}</p>
          <Summary
            testId="new-present"
            rows={[
              [UI.new.present[lang], Object.values(found).join(', ')],
              [UI.new.missing[lang], missing.map(sheetName).join(', ') || '—'],
            ]}
          />
          {lacksData.length > 0 && (
            <Notice intent="warning" testId="new-lacks-data">
              {UI.new.lacksData(lacksData.map(sheetName).join(', '))[lang]}
            </Notice>
          )}
          {missing.length > 0 ? (
            <>
              <div className={styles.choices} role="group" aria-label={UI.new.missing[lang]}>
                {missing.map((k) => (
                  <React.Fragment key={k}>
                    <Checkbox
                      checked={isTicked(k)}
                      disabled={busy}
                      onChange={(_, d) => setTicked((t) => ({ ...t, [k]: !!d.checked }))}
                      label={sheetName(k)}
                      data-testid={`new-sheet-${k}`}
                    />
                    <span className={styles.hint}>{UI.new.sheetHint[k as keyof typeof UI.new.sheetHint][lang]}</span>
                  </React.Fragment>
                ))}
              </div>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  type="button"
                  disabled={busy || chosen.length === 0}
                  onClick={() => void complete.run(chosen)}
                  data-testid="create-button"
                >
                  {UI.new.addMissing(chosen.length)[lang]}
                </Button>
              </div>
            </>
          ) : (
            <Notice intent="success" testId="new-complete">
              {UI.new.complete[lang]}
            </Notice>
          )}
        </>
      )}
      <ActionStatus actions={[look, create, complete]} />
      {done && !busy && (
        <Notice intent="success" title={UI.new.created[lang]} testId="created" reveal={done}>
          {done.added.join(', ')}. {(done.blank ? UI.new.nextSteps : UI.new.nextStepsMissing)[lang]}
        </Notice>
      )}
    </form>
  );
}
