// Biên bản: reads the open workbook, scores it with the same engine as the Score tab, and fills the two minutes
// (review/nomination and handover) from the bloc's own templates (picked now, or kept in the workbook) or the default
// ones; shows each as a page preview and hands it to the user as a .docx (or, on Mac, says how to get it). Picked
// templates can be kept, hidden, in the workbook so they travel by email with it. One state; the work is in actions.ts,
// loaded with the first action.

import * as React from 'react';
import { Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Text } from '../../../domain/model';
import { applyWritePlan, readWorkbook } from '../../../excel/actions';
import type { MinutesKind } from '../../../minutes/data';
import type { StoredTemplates } from '../../../minutes/stored';
import { DeliveryNote, saveFile } from '../../components/Files';
import { IssueList } from '../../components/IssueList';
import { ActionStatus, Notice } from '../../components/Notice';
import { anyBusy, useAction } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { FilledMinute, MinutesSource, TemplateRefusal } from './actions';
import { KINDS, type ChosenTemplates } from './choice';
import { KeepSection } from './KeepSection';
import { MinuteSection } from './MinuteSection';

/** The reader, engine, kept-template codec and filling come with the first action, not with the pane. */
const actions = () => import('./actions');
type Actions = Awaited<ReturnType<typeof actions>>;

export interface MinutesState {
  source: MinutesSource | null;
  /** The workbook's errors that stop the minutes. */
  issues: Issue[];
  minutes: FilledMinute[];
  chosen: ChosenTemplates;
  refused: Partial<Record<MinutesKind, TemplateRefusal>>;
  /** The answer to keeping or removing templates. */
  info: Text | null;
  /** The default template just saved, to say where it went. */
  saved: MinutesKind | null;
}

const INITIAL: MinutesState = { source: null, issues: [], minutes: [], chosen: {}, refused: {}, info: null, saved: null };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function MinutesPanel(): React.JSX.Element {
  const styles = useStyles();
  const { host, lang, env, goTo, showBloc } = usePane();
  const [state, setState] = React.useState<MinutesState>(INITIAL);
  const update = (patch: Partial<MinutesState>) => setState((s) => ({ ...s, ...patch }));
  const readSheets = async () => (await readWorkbook(host)).sheets;

  /** Reads the workbook and fills both minutes with these templates. */
  const readAndMake = async (a: Actions, chosen: ChosenTemplates) => {
    const read = a.minutesSource(await readSheets());
    if (read.source) showBloc(read.source.bloc.info);
    const minutes = read.source ? await a.makeMinutes(read.source, chosen) : [];
    update({ source: read.source, issues: read.issues, minutes, chosen });
    return read.source !== null;
  };

  const make = useAction(
    async () => {
      update({ info: null, saved: null });
      return readAndMake(await actions(), state.chosen);
    },
    { progress: UI.minutes.reading, announce: (ok) => (ok ? UI.minutes.made : UI.minutes.hasErrors) },
  );

  const pick = useAction(
    async (kind: MinutesKind, file: File) => {
      setState((s) => ({ ...s, info: null, refused: { ...s.refused, [kind]: undefined } }));
      const a = await actions();
      try {
        const template = await a.loadTemplate({ name: file.name, size: file.size, read: () => file.arrayBuffer() });
        const chosen = { ...state.chosen, [kind]: template };
        const minutes = state.source ? await a.makeMinutes(state.source, chosen) : state.minutes;
        update({ chosen, minutes });
        return { name: file.name, refused: null };
      } catch (e) {
        if (!(e instanceof a.TemplateRefusal)) throw e;
        setState((s) => ({ ...s, refused: { ...s.refused, [kind]: e } }));
        return { name: file.name, refused: e.text };
      }
    },
    { progress: UI.minutes.checkingTemplate, announce: (r) => r.refused ?? UI.minutes.using.chosen(r.name) },
  );

  const unchoose = useAction(
    async (kind: MinutesKind) => {
      const chosen = { ...state.chosen };
      delete chosen[kind];
      const minutes = state.source ? await (await actions()).makeMinutes(state.source, chosen) : state.minutes;
      setState((s) => ({ ...s, chosen, minutes, refused: { ...s.refused, [kind]: undefined } }));
      return state.source?.stored[kind] ? UI.minutes.using.stored : UI.minutes.using.default;
    },
    { progress: UI.minutes.reading, announce: (using) => using },
  );

  /** Writes the kept templates from what the workbook holds now (read again: never from a stale copy), then remakes. */
  const store = useAction(
    async (change: (a: Actions, current: StoredTemplates) => StoredTemplates, after: ChosenTemplates, done: Text) => {
      update({ info: null, saved: null });
      const [a, sheets] = await Promise.all([actions(), readSheets()]);
      await applyWritePlan(host, a.storedTemplatesPlan(sheets, change(a, a.storedOf(sheets).templates)));
      await readAndMake(a, after);
      update({ info: done });
      return done;
    },
    { progress: UI.minutes.saving, announce: (done) => done },
  );
  const keep = () => store.run((a, current) => a.withChosen(current, state.chosen), {}, UI.minutes.kept);
  const removeStored = (kinds: MinutesKind[]) => store.run((a, current) => a.without(current, kinds), state.chosen, UI.minutes.removed);

  /** The default template as a file, a starting point for the bloc's own wording in Word. */
  const saveDefault = useAction(
    async (kind: MinutesKind) => {
      if (env.delivery === 'download') saveFile(await (await actions()).defaultTemplate(kind));
      update({ saved: kind });
    },
    { progress: UI.minutes.preparing, announce: () => (env.delivery === 'download' ? UI.files.downloads : UI.files.macDocuments) },
  );

  const busy = anyBusy(make, pick, unchoose, store, saveDefault);
  const anyStored = !!state.source && KINDS.some((k) => state.source!.stored[k]);

  return (
    <div className={styles.root} data-testid="minutes-panel" aria-busy={busy}>
      <p className={styles.intro}>{UI.minutes.intro[lang]}</p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void make.run()} data-testid="minutes-make">
          {state.minutes.length ? UI.minutes.remake[lang] : UI.minutes.make[lang]}
        </Button>
      </div>
      <ActionStatus actions={[make, pick, unchoose, store, saveDefault]} testId="minutes-failure" />
      {state.issues.length > 0 && (
        <>
          <Notice
            intent="error"
            title={UI.minutes.hasErrors[lang]}
            testId="minutes-errors"
            actions={
              <Button size="small" onClick={() => goTo('check')}>
                {UI.minutes.openCheck[lang]}
              </Button>
            }
          >
            {UI.minutes.hasErrorsHelp[lang]}
          </Notice>
          <IssueList issues={state.issues} />
        </>
      )}
      {state.source?.storedDamaged && <Notice intent="warning">{UI.minutes.storedDamaged[lang]}</Notice>}
      {state.source && state.source.gaps.length > 0 && (
        <Notice intent="info" title={UI.minutes.gaps[lang]} testId="minutes-gaps">
          <ul className={styles.list}>
            {state.source.gaps.map((g) => (
              <li key={g.en}>{g[lang]}</li>
            ))}
          </ul>
        </Notice>
      )}
      {state.minutes.some((m) => m.bytes) && <DeliveryNote kind="minutes" testId="minutes-delivery" />}

      {KINDS.map((kind) => (
        <React.Fragment key={kind}>
          <Divider />
          <MinuteSection
            kind={kind}
            minute={state.minutes.find((m) => m.kind === kind) ?? null}
            chosen={state.chosen[kind] ?? null}
            stored={!!state.source?.stored[kind]}
            refused={state.refused[kind] ?? null}
            saved={state.saved === kind}
            busy={busy}
            onPick={(file) => void pick.run(kind, file)}
            onUnchoose={() => void unchoose.run(kind)}
            onRemoveStored={() => void removeStored([kind])}
            onSaveDefault={() => void saveDefault.run(kind)}
          />
        </React.Fragment>
      ))}

      <Divider />
      <KeepSection
        canKeep={KINDS.some((k) => state.chosen[k])}
        anyStored={anyStored}
        busy={busy}
        info={state.info}
        onKeep={() => void keep()}
        onRemoveAll={() => void removeStored(KINDS)}
      />
    </div>
  );
}
