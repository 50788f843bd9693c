// Gửi & nhận, the email round trip: "Gửi bảng tự chấm" makes one self-scoring workbook per member unit and hands them
// to the user (downloads, or new workbooks in Excel on Mac); "Nhận bảng tự chấm" checks returned workbooks, reports
// each file and the conflicts, and merges only when the user says so, conflicting cells only after an explicit
// "Ghi đè các ô xung đột". One state (state.ts); the work is in actions.ts; ExcelJS and JSZip load on demand.

import * as React from 'react';
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Text } from '../../../domain/model';
import { applyWritePlan, readWorkbook } from '../../../excel/actions';
import { planSplit, withSecret } from '../../../workbook/split';
import { useOpenInExcel } from '../../components/Files';
import { anyBusy, useAction } from '../../hooks/useAction';
import { UI } from '../../i18n';
import { usePane } from '../../pane';
import { buildDownloads, collectReturns, conflictKey, loadPicked, masterFrom, randomHex, zipDownloads, zipFileName } from './actions';
import { SendSection } from './SendSection';
import { initialRoundTrip, roundTrip, type SendState, type TakeState } from './state';
import { TakeSection } from './TakeSection';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 } });

export function RoundTripPanel(): React.JSX.Element {
  const styles = useStyles();
  const { host, showBloc } = usePane();
  const [state, dispatch] = React.useReducer(roundTrip, initialRoundTrip);
  const [reading, setReading] = React.useState<Text>(UI.roundtrip.reading(0, 0));
  const readMaster = async () => {
    const read = masterFrom((await readWorkbook(host)).sheets);
    if (read.master) showBloc(read.master.bloc.info);
    return read;
  };

  const make = useAction(
    async (): Promise<SendState> => {
      const { master: read, issues } = await readMaster();
      const send: SendState = read
        ? await (async () => {
            // The bloc's secret (made on the first split and kept in the workbook) signs each unit's key.
            const { master, plan } = withSecret(read, randomHex);
            if (plan) await applyWritePlan(host, plan);
            const files = await buildDownloads(planSplit(master));
            return { step: 'made', files, zip: { name: zipFileName(master), bytes: await zipDownloads(files) } } as const;
          })()
        : { step: 'blocked', issues };
      dispatch({ type: 'sent', send });
      return send;
    },
    {
      progress: UI.roundtrip.making,
      announce: (s) => (s.step === 'made' ? UI.roundtrip.made(s.files.length) : UI.roundtrip.masterErrors),
    },
  );

  const check = useAction(
    async (): Promise<TakeState> => {
      dispatch({ type: 'took', take: { step: 'idle' } });
      setReading(UI.roundtrip.reading(0, state.picked.length)); // before the first render of the progress
      const { master, issues } = await readMaster();
      if (!master) {
        const take: TakeState = { step: 'blocked', issues };
        dispatch({ type: 'took', take });
        return take;
      }
      const returns = await loadPicked(
        state.picked.map((f) => ({ name: f.name, size: f.size, read: () => f.arrayBuffer() })),
        (done, total) => setReading(UI.roundtrip.reading(done, total)),
      );
      const take: TakeState = { step: 'checked', returns, report: collectReturns(master, returns), overwrite: false, note: null };
      dispatch({ type: 'took', take });
      return take;
    },
    {
      progress: reading,
      announce: (t) =>
        t.step === 'checked'
          ? UI.roundtrip.checked(t.report.files.filter((f) => f.status === 'accepted').length, t.report.files.length)
          : UI.roundtrip.masterErrors,
    },
  );

  const merge = useAction(
    async (): Promise<TakeState | null> => {
      const take = state.take;
      if (take.step !== 'checked') return null;
      // Read the master again: a cell typed in since the check must not be overwritten unseen.
      const { master, issues } = await readMaster();
      let next: TakeState;
      if (!master) next = { step: 'blocked', issues };
      else {
        const fresh = collectReturns(master, take.returns, { overwrite: take.overwrite });
        if (conflictKey(fresh) !== conflictKey(take.report)) {
          next = { ...take, report: collectReturns(master, take.returns), overwrite: false, note: UI.roundtrip.changed };
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

  return (
    <div className={styles.root} aria-busy={busy}>
      <SendSection send={state.send} make={make} open={open} busy={busy} />
      <Divider />
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
