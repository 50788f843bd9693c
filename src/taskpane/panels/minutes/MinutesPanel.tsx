// Biên bản: reads the open workbook, scores it with the same evaluation as the Score tab, and fills the meeting's
// documents (the registry's `minutes` set: review/nomination and handover minutes, ballot paper, vote-count minute)
// from the bloc's own templates (picked now, or kept in the workbook) or the default ones. One primary action; the
// documents as a list, each with its own download and a readable preview folded under it; below, the award dossier
// (DossierSection), made only once every award is decided; the bloc's own templates in one folded section
// (TemplatesSection). One state; the work is in actions.ts and dossier.ts, loaded with the first action.

import * as React from 'react';
import { Button, Divider, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Text } from '../../../domain/model';
import { applyWritePlan, readWorkbook } from '../../../excel/actions';
import type { DocumentKind } from '../../../minutes/kinds';
import type { StoredTemplates } from '../../../minutes/stored';
import { DeliveryNote, saveFile } from '../../components/Files';
import { IssueList } from '../../components/IssueList';
import { ActionStatus, Notice } from '../../components/Notice';
import { NoBloc, Stale } from '../../components/Workbook';
import { anyBusy, useAction } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { useFreshness, usePane } from '../../pane';
import { usePanelStyles } from '../../styles';
import type { FilledMinute, MinutesSource, TemplateRefusal } from './actions';
import { TEMPLATE_KINDS, titleOf, type ChosenTemplates } from './choice';
import { Documents, type DocumentItem } from './Documents';
import type { DossierView } from './dossier';
import { DossierSection } from './DossierSection';
import { TemplatesSection } from './TemplatesSection';

/** The reader, engine, kept-template codec and filling come with the first action, not with the pane. */
const actions = () => import('./actions');
type Actions = Awaited<ReturnType<typeof actions>>;

export interface MinutesState {
  source: MinutesSource | null;
  /** The workbook's errors that stop the minutes. */
  issues: Issue[];
  /** The workbook has none of the bloc's sheets. */
  blank: boolean;
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

const INITIAL: MinutesState = {
  source: null,
  issues: [],
  blank: false,
  minutes: [],
  chosen: {},
  refused: {},
  info: null,
  saved: null,
  dossier: null,
};

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalXS} 0 0` },
});

export function MinutesPanel(): React.JSX.Element {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { host, lang, goTo, showBloc } = usePane();
  const fresh = useFreshness();
  const [state, setState] = React.useState<MinutesState>(INITIAL);
  const update = (patch: Partial<MinutesState>) => setState((s) => ({ ...s, ...patch }));
  /** The workbook with the templates kept in it (read in their own bands: they may be megabytes). */
  const readSheets = async () => (await readWorkbook(host, { keptTemplates: true })).sheets;

  /** Reads the workbook and fills the meeting's documents with these templates; a dossier made earlier is dropped. */
  const readAndMake = async (a: Actions, chosen: ChosenTemplates) => {
    const sheets = await readSheets();
    fresh.saw(sheets);
    const read = a.minutesSource(sheets);
    if (read.source) showBloc(read.source.bloc.info);
    const minutes = read.source ? await a.makeMinutes(read.source, chosen) : [];
    update({ source: read.source, issues: read.issues, blank: read.blank, minutes, chosen, dossier: null });
    return read.source;
  };

  const make = useAction(
    async () => {
      update({ info: null, saved: null });
      return (await readAndMake(await actions(), state.chosen)) !== null;
    },
    { progress: UI.minutes.reading, announce: (ok) => (ok ? UI.minutes.made : state.blank ? UI.check.noBlocSheets : UI.minutes.hasErrors) },
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
        if (!a.isTemplateRefusal(e)) throw e;
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
  const storing = async (change: (a: Actions, current: StoredTemplates) => StoredTemplates, after: ChosenTemplates, done: Text) => {
    update({ info: null, saved: null });
    const [a, sheets] = await Promise.all([actions(), readSheets()]);
    await applyWritePlan(host, a.storedTemplatesPlan(sheets, change(a, a.storedOf(sheets).templates)));
    await readAndMake(a, after);
    update({ info: done });
    return done;
  };
  const keeping = useAction(() => storing((a, current) => a.withChosen(current, state.chosen), {}, UI.minutes.kept), {
    progress: UI.minutes.saving,
    announce: (done) => done,
  });
  const removing = useAction(
    (kinds: DocumentKind[]) => storing((a, current) => a.without(current, kinds), state.chosen, UI.minutes.removed),
    { progress: UI.minutes.removing, announce: (done) => done },
  );
  const keep = () => void keeping.run();
  const removeStored = (kinds: DocumentKind[]) => void removing.run(kinds);

  /** The default template as a file, a starting point for the bloc's own wording in Word. */
  const saveDefault = useAction(
    async (kind: DocumentKind) => {
      saveFile(await (await actions()).defaultTemplate(kind, state.source?.bloc));
      update({ saved: kind });
    },
    { progress: UI.minutes.preparing, announce: () => UI.files.downloads },
  );

  const busy = anyBusy(make, dossier, pick, unchoose, keeping, removing, saveDefault);
  const documents = React.useMemo<DocumentItem[]>(
    () =>
      state.minutes.map((m) => ({
        key: m.kind,
        title: titleOf(m.kind)[lang],
        file: m.bytes ? { name: m.fileName, bytes: m.bytes } : null,
        preview: m.preview,
        note:
          m.origin === 'chosen'
            ? UI.minutes.using.chosen(m.templateName ?? '')[lang]
            : m.origin === 'stored'
              ? UI.minutes.using.stored[lang]
              : null,
        error: m.error?.[lang] ?? null,
        testId: `minutes-${m.kind}`,
        downloadTestId: `minutes-download-${m.kind}`,
      })),
    [state.minutes, lang],
  );
  const templates = TEMPLATE_KINDS.map((kind) => ({
    kind,
    chosen: state.chosen[kind] ?? null,
    stored: !!state.source?.stored[kind],
    refused: state.refused[kind] ?? null,
    saved: state.saved === kind,
  }));
  const made = !make.busy && !dossier.busy && state.minutes.length > 0;

  return (
    <div className={styles.panel} data-testid="minutes-panel" aria-busy={busy}>
      <p className={styles.intro}>{UI.minutes.intro[lang]}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void make.run()} data-testid="minutes-make">
          {state.minutes.length ? UI.minutes.remake[lang] : UI.minutes.make[lang]}
        </Button>
      </div>
      <ActionStatus actions={[make, dossier, pick, unchoose, keeping, removing, saveDefault]} testId="minutes-failure" />
      {(state.minutes.length > 0 || state.issues.length > 0 || state.blank) && (
        <Stale stale={fresh.stale} again={UI.minutes.remake} busy={busy} onRun={() => void make.run()} />
      )}
      {state.blank && !busy && <NoBloc />}
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
      {made && (
        <>
          <Notice intent="success" testId="minutes-made">
            {UI.minutes.made[lang]}
          </Notice>
          {state.minutes.some((m) => m.bytes) && <DeliveryNote kind="minutes" testId="minutes-delivery" />}
          <Subtitle2 as="h2" className={styles.heading}>
            {UI.minutes.documents[lang]}
          </Subtitle2>
          <Documents items={documents} label={UI.minutes.documents[lang]} testId="minutes-documents" />
          {state.source && state.source.gaps.length > 0 && (
            <Notice intent="info" title={UI.minutes.gaps[lang]} testId="minutes-gaps">
              <ul className={styles.list}>
                {state.source.gaps.map((g) => (
                  <li key={g.en}>{g[lang]}</li>
                ))}
              </ul>
            </Notice>
          )}
        </>
      )}

      <Divider />
      <DossierSection view={state.dossier} busy={busy} onMake={() => void dossier.run()} />

      <Divider />
      <TemplatesSection
        templates={templates}
        busy={busy}
        info={state.info}
        onPick={(kind, file) => void pick.run(kind, file)}
        onUnchoose={(kind) => void unchoose.run(kind)}
        onRemoveStored={removeStored}
        onSaveDefault={(kind) => void saveDefault.run(kind)}
        onKeep={keep}
      />
    </div>
  );
}
