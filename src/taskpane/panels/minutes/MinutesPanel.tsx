// Biên bản: reads the open workbook, scores it with the same engine as the Score tab, and fills the meeting's documents
// (review/nomination and handover minutes, ballot paper, vote-count minute) from the bloc's own templates (picked now,
// or kept in the workbook) or the default ones; shows each as a page preview and hands it to the user as a .docx (or,
// on Mac, says how to get it). Below, the award dossier (DossierSection), made only once every award is decided.
// Picked templates can be kept, hidden, in the workbook so they travel by email with it. One state; the work is in
// actions.ts and dossier.ts, loaded with the first action.

import * as React from 'react';
import { Button, Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Text } from '../../../domain/model';
import { applyWritePlan, readWorkbook } from '../../../excel/actions';
import type { DocumentKind } from '../../../minutes/kinds';
import type { StoredTemplates } from '../../../minutes/stored';
import { DeliveryNote, saveFile } from '../../components/Files';
import { IssueList } from '../../components/IssueList';
import { ActionStatus, Notice } from '../../components/Notice';
import { anyBusy, useAction } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import type { FilledMinute, MinutesSource, TemplateRefusal } from './actions';
import { DOSSIER_KINDS, KINDS, type ChosenTemplates } from './choice';
import type { DossierView } from './dossier';
import { DossierSection } from './DossierSection';
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
  refused: Partial<Record<DocumentKind, TemplateRefusal>>;
  /** The answer to keeping or removing templates. */
  info: Text | null;
  /** The default template just saved, to say where it went. */
  saved: DocumentKind | null;
  /** The award dossier, or what the meeting must still decide; null until asked for (or once the source changes). */
  dossier: DossierView | null;
}

const INITIAL: MinutesState = { source: null, issues: [], minutes: [], chosen: {}, refused: {}, info: null, saved: null, dossier: null };

/** Every kind whose template the tab manages. */
const ALL_KINDS: DocumentKind[] = [...KINDS, ...DOSSIER_KINDS];

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
  /** The workbook with the templates kept in it (read in their own bands: they may be megabytes). */
  const readSheets = async () => (await readWorkbook(host, { keptTemplates: true })).sheets;

  /** Reads the workbook and fills the meeting's documents with these templates; a dossier made earlier is dropped. */
  const readAndMake = async (a: Actions, chosen: ChosenTemplates) => {
    const read = a.minutesSource(await readSheets());
    if (read.source) showBloc(read.source.bloc.info);
    const minutes = read.source ? await a.makeMinutes(read.source, chosen) : [];
    update({ source: read.source, issues: read.issues, minutes, chosen, dossier: null });
    return read.source;
  };

  const make = useAction(
    async () => {
      update({ info: null, saved: null });
      return (await readAndMake(await actions(), state.chosen)) !== null;
    },
    { progress: UI.minutes.reading, announce: (ok) => (ok ? UI.minutes.made : UI.minutes.hasErrors) },
  );

  /** The award dossier from the workbook as it is now (read again), or what the meeting must still decide. */
  const dossier = useAction(
    async () => {
      update({ info: null, saved: null });
      const [a, d] = await Promise.all([actions(), import('./dossier')]);
      const source = await readAndMake(a, state.chosen);
      const view = source ? await d.makeDossierView(source, state.chosen) : null;
      update({ dossier: view });
      return view;
    },
    {
      progress: UI.dossier.making,
      announce: (view) =>
        !view ? UI.minutes.hasErrors : view.status === 'ready' ? UI.dossier.made(view.files.length) : UI.dossier.pendingTitle,
    },
  );

  const pick = useAction(
    async (kind: DocumentKind, file: File) => {
      setState((s) => ({ ...s, info: null, refused: { ...s.refused, [kind]: undefined } }));
      const a = await actions();
      try {
        const template = await a.loadTemplate({ name: file.name, size: file.size, read: () => file.arrayBuffer() }, kind);
        const chosen = { ...state.chosen, [kind]: template };
        const minutes = state.source ? await a.makeMinutes(state.source, chosen) : state.minutes;
        update({ chosen, minutes, dossier: null });
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
    async (kind: DocumentKind) => {
      const chosen = { ...state.chosen };
      delete chosen[kind];
      const minutes = state.source ? await (await actions()).makeMinutes(state.source, chosen) : state.minutes;
      setState((s) => ({ ...s, chosen, minutes, dossier: null, refused: { ...s.refused, [kind]: undefined } }));
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
  const removeStored = (kinds: DocumentKind[]) => store.run((a, current) => a.without(current, kinds), state.chosen, UI.minutes.removed);

  /** The default template as a file, a starting point for the bloc's own wording in Word. */
  const saveDefault = useAction(
    async (kind: DocumentKind) => {
      if (env.delivery === 'download') saveFile(await (await actions()).defaultTemplate(kind, state.source?.bloc));
      update({ saved: kind });
    },
    { progress: UI.minutes.preparing, announce: () => (env.delivery === 'download' ? UI.files.downloads : UI.files.macDocuments) },
  );

  const busy = anyBusy(make, dossier, pick, unchoose, store, saveDefault);
  const anyStored = !!state.source && ALL_KINDS.some((k) => state.source!.stored[k]);
  const templateSection = (kind: DocumentKind) => (
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
  );

  return (
    <div className={styles.root} data-testid="minutes-panel" aria-busy={busy}>
      <p className={styles.intro}>{UI.minutes.intro[lang]}</p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void make.run()} data-testid="minutes-make">
          {state.minutes.length ? UI.minutes.remake[lang] : UI.minutes.make[lang]}
        </Button>
      </div>
      <ActionStatus actions={[make, dossier, pick, unchoose, store, saveDefault]} testId="minutes-failure" />
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
          {templateSection(kind)}
        </React.Fragment>
      ))}

      <Divider />
      <DossierSection view={state.dossier} busy={busy} onMake={() => void dossier.run()}>
        {DOSSIER_KINDS.map((kind) => (
          <React.Fragment key={kind}>{templateSection(kind)}</React.Fragment>
        ))}
      </DossierSection>

      <Divider />
      <KeepSection
        canKeep={Object.values(state.chosen).some(Boolean)}
        anyStored={anyStored}
        busy={busy}
        info={state.info}
        onKeep={() => void keep()}
        onRemoveAll={() => void removeStored(ALL_KINDS)}
      />
    </div>
  );
}
