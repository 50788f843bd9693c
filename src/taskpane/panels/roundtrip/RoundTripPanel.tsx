// Gửi & nhận, the email round trip: "Gửi bảng tự chấm" makes one self-scoring workbook per member unit and hands them
// to the user (downloads, or new workbooks in Excel on Mac, one unit at a time with what was opened and saved); the
// first split writes the bloc's secret into the workbook, and the tab says at once that it must be saved. "Nhận bảng
// tự chấm" checks returned workbooks, reports each file and the conflicts, and merges only when the user says so,
// conflicting cells only after an explicit "Ghi đè các ô xung đột"; files refused because the master's secret was
// lost are explained, with the two ways back. One state (state.ts); the work is in actions.ts; ExcelJS and JSZip
// load on demand. What was made or checked is marked out of date once the bloc's sheets change.

import * as React from 'react';
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Text } from '../../../domain/model';
import { applyWritePlan, readWorkbook } from '../../../excel/actions';
import { planSplit, withSecret } from '../../../workbook/split';
import { useOpenInExcel } from '../../components/Files';
import { Stale } from '../../components/Workbook';
import { anyBusy, useAction } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { useFreshness, usePane } from '../../pane';
import { buildDownloads, collectReturns, conflictKey, loadPicked, masterFrom, randomHex, zipDownloads, zipFileName } from './actions';
import { SendSection } from './SendSection';
import { initialRoundTrip, roundTrip, type SendState, type TakeState } from './state';
import { TakeSection } from './TakeSection';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 } });

export function RoundTripPanel(): React.JSX.Element {
  const styles = useStyles();
  const { host, showBloc } = usePane();
  const sendFresh = useFreshness();
  const takeFresh = useFreshness();
  const [state, dispatch] = React.useReducer(roundTrip, initialRoundTrip);
  const [reading, setReading] = React.useState<Text>(UI.roundtrip.reading(0, 0));
  const readMaster = async () => {
    const { sheets } = await readWorkbook(host);
    const read = masterFrom(sheets);
    if (read.master) showBloc(read.master.bloc.info);
    return { ...read, sheets };
  };

  const make = useAction(
    async (): Promise<SendState> => {
      const { master: read, issues, blank, sheets } = await readMaster();
      let send: SendState;
      if (!read) send = { step: 'blocked', issues, blank };
      else {
        // The bloc's secret (made on the first split and kept in the workbook) signs each unit's key.
        const { master, plan } = withSecret(read, randomHex);
        if (plan) await applyWritePlan(host, plan);
        const files = await buildDownloads(planSplit(master));
        send = { step: 'made', files, zip: { name: zipFileName(master), bytes: await zipDownloads(files) }, secretWritten: plan !== null };
      }
      sendFresh.saw(sheets);
      dispatch({ type: 'sent', send });
      return send;
    },
    {
      progress: UI.roundtrip.making,
      announce: (s) =>
        s.step === 'made'
          ? s.secretWritten
            ? {
                vi: `${UI.roundtrip.made(s.files.length).vi} ${UI.roundtrip.saveNow.vi}`,
                en: `${UI.roundtrip.made(s.files.length).en} ${UI.roundtrip.saveNow.en}`,
              }
            : UI.roundtrip.made(s.files.length)
          : s.step === 'blocked' && s.blank
            ? UI.check.noBlocSheets
            : UI.roundtrip.masterErrors,
    },
  );

  const check = useAction(
    async (byName: boolean = false): Promise<TakeState> => {
      dispatch({ type: 'took', take: { step: 'idle' } });
      setReading(UI.roundtrip.reading(0, state.picked.length)); // before the first render of the progress
      const { master, issues, blank, sheets } = await readMaster();
      takeFresh.saw(sheets);
      if (!master) {
        const take: TakeState = { step: 'blocked', issues, blank };
        dispatch({ type: 'took', take });
        return take;
      }
      const returns = await loadPicked(
        state.picked.map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() })),
        (done, total) => setReading(UI.roundtrip.reading(done, total)),
      );
      const report = collectReturns(master, returns, { byUnitName: byName });
      const take: TakeState = { step: 'checked', returns, report, overwrite: false, byName, note: null };
      dispatch({ type: 'took', take });
      return take;
    },
    {
      progress: reading,
      announce: (t) =>
        t.step === 'checked'
          ? UI.roundtrip.checked(t.report.files.filter((f) => f.status === 'accepted').length, t.report.files.length)
          : t.step === 'blocked' && t.blank
            ? UI.check.noBlocSheets
            : UI.roundtrip.masterErrors,
    },
  );

  const merge = useAction(
    async (): Promise<TakeState | null> => {
      const take = state.take;
      if (take.step !== 'checked') return null;
      // Read the master again: a cell typed in since the check must not be overwritten unseen.
      const { master, issues, blank } = await readMaster();
      let next: TakeState;
      if (!master) next = { step: 'blocked', issues, blank };
      else {
        const opts = { byUnitName: take.byName };
        const fresh = collectReturns(master, take.returns, { ...opts, overwrite: take.overwrite });
        if (conflictKey(fresh) !== conflictKey(take.report)) {
          next = { ...take, report: collectReturns(master, take.returns, opts), overwrite: false, note: UI.roundtrip.changed };
        } else if (!fresh.plan.cellWrites.length) {
          next = { ...take, note: UI.roundtrip.nothing };
        } else {
          await applyWritePlan(host, fresh.plan);
          // Overwrites are journaled in a sheet of ours (the registry of our sheets, very hidden, is not it).
          const journal = fresh.plan.ownedSheets.map((s) => s.name).find((n) => !n.startsWith('_')) ?? null;
          next = { step: 'merged', report: fresh, written: fresh.plan.cellWrites.length, journal };
        }
      }
      dispatch({ type: 'took', take: next });
      return next;
    },
    {
      progress: UI.roundtrip.merging,
      announce: (t) =>
        !t ? null : t.step === 'merged' ? UI.roundtrip.wrote(t.written) : t.step === 'checked' ? t.note : UI.roundtrip.masterErrors,
    },
  );

  const open = useOpenInExcel();
  const busy = anyBusy(make, check, merge, open);
  const openFiles = async (files: { name: string; bytes: Uint8Array }[]) => {
    const n = await open.run(files);
    if (n) dispatch({ type: 'opened', files: files.map((f) => f.name) });
  };

  return (
    <div className={styles.root} aria-busy={busy}>
      {state.send.step !== 'idle' && (
        <Stale stale={sendFresh.stale} again={UI.roundtrip.makeAgain} busy={busy} onRun={() => void make.run()} />
      )}
      <SendSection
        send={state.send}
        make={make}
        open={open}
        opened={state.opened}
        saved={state.saved}
        busy={busy}
        onOpen={(files) => void openFiles(files)}
        onSaved={(file, on) => dispatch({ type: 'saved', file, on })}
      />
      <Divider />
      {state.take.step === 'checked' && (
        <Stale
          stale={takeFresh.stale}
          again={UI.roundtrip.checkAgain}
          busy={busy}
          onRun={() => void check.run(state.take.step === 'checked' && state.take.byName)}
        />
      )}
      <TakeSection
        picked={state.picked}
        take={state.take}
        check={check}
        merge={merge}
        busy={busy}
        onPick={(files) => dispatch({ type: 'picked', files })}
        onOverwrite={(on) => dispatch({ type: 'overwrite', on })}
      />
    </div>
  );
}
