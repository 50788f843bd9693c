// The Gửi & nhận tab's one state: what was sent (or why not), the files picked, and where taking them back stands
// (checked with its report, or merged). Changes go through `roundTrip` only.

import type { Issue, Text } from '../../../domain/model';
import type { CollectReport, ReturnedWorkbook } from '../../../workbook/collect';
import type { OutFile } from '../../components/Files';
import type { UnitFile } from './actions';

export type SendState =
  | { step: 'idle' }
  | { step: 'blocked'; issues: Issue[] } // the master has errors
  | { step: 'made'; files: UnitFile[]; zip: OutFile };

export type TakeState =
  | { step: 'idle' }
  | { step: 'blocked'; issues: Issue[] }
  | {
      step: 'checked';
      returns: ReturnedWorkbook[];
      report: CollectReport;
      /** The user ticked "overwrite the conflicting cells". */
      overwrite: boolean;
      /** Why the merge did not happen (the master changed; nothing to write). */
      note: Text | null;
    }
  | {
      step: 'merged';
      report: CollectReport;
      written: number;
      /** The sheet of ours listing the overwritten cells' old values, when any was overwritten. */
      journal: string | null;
    };

export interface RoundTripState {
  send: SendState;
  picked: File[];
  take: TakeState;
}

export type RoundTripEvent =
  | { type: 'sent'; send: SendState }
  | { type: 'picked'; files: File[] }
  | { type: 'took'; take: TakeState }
  | { type: 'overwrite'; on: boolean };

export const initialRoundTrip: RoundTripState = { send: { step: 'idle' }, picked: [], take: { step: 'idle' } };

export function roundTrip(state: RoundTripState, event: RoundTripEvent): RoundTripState {
  switch (event.type) {
    case 'sent':
      return { ...state, send: event.send };
    case 'picked':
      return { ...state, picked: event.files, take: { step: 'idle' } };
    case 'took':
      return { ...state, take: event.take };
    case 'overwrite':
      return state.take.step === 'checked' ? { ...state, take: { ...state.take, overwrite: event.on } } : state;
    default: {
      const never: never = event;
      return never;
    }
  }
}

/** Cells the merge would write now: the plan's, plus the conflicts once the user confirmed overwriting them. */
export function writable(take: TakeState): number {
  if (take.step !== 'checked') return 0;
  return take.report.plan.cellWrites.length + (take.overwrite ? take.report.conflicts.length : 0);
}
