// The Gửi & nhận tab's one state: what was sent (or why not), the files picked, where taking them back stands
// (checked with its report, or merged), and on Mac which units' workbooks were opened in Excel and marked saved by
// the user. Changes go through `roundTrip` only.

import type { Issue, Text } from '../../../domain/model';
import type { CollectReport, ReturnedWorkbook } from '../../../workbook/collect';
import type { OutFile } from '../../components/Files';
import type { UnitFile } from './actions';

/** Why the round trip cannot start from the open workbook: its errors by cell, or none of the bloc's sheets. */
export interface Blocked {
  step: 'blocked';
  issues: Issue[];
  blank: boolean;
}

export type SendState =
  | { step: 'idle' }
  | Blocked
  | {
      step: 'made';
      files: UnitFile[];
      zip: OutFile;
      /** This split made the bloc's secret and wrote it into the open workbook, which must now be saved. */
      secretWritten: boolean;
    };

export type TakeState =
  | { step: 'idle' }
  | Blocked
  | {
      step: 'checked';
      returns: ReturnedWorkbook[];
      report: CollectReport;
      /** The user ticked "overwrite the conflicting cells". */
      overwrite: boolean;
      /** The user confirmed taking files whose unit key does not match as the units they name. */
      byName: boolean;
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
  /** Mac: the self-scoring files (by name) opened in Excel as new workbooks, and those the user says are saved. */
  opened: string[];
  saved: string[];
}

export type RoundTripEvent =
  | { type: 'sent'; send: SendState }
  | { type: 'picked'; files: File[] }
  | { type: 'took'; take: TakeState }
  | { type: 'overwrite'; on: boolean }
  | { type: 'opened'; files: string[] }
  | { type: 'saved'; file: string; on: boolean };

export const initialRoundTrip: RoundTripState = { send: { step: 'idle' }, picked: [], take: { step: 'idle' }, opened: [], saved: [] };

export function roundTrip(state: RoundTripState, event: RoundTripEvent): RoundTripState {
  switch (event.type) {
    case 'sent':
      return { ...state, send: event.send, opened: [], saved: [] };
    case 'picked':
      return { ...state, picked: event.files, take: { step: 'idle' } };
    case 'took':
      return { ...state, take: event.take };
    case 'overwrite':
      return state.take.step === 'checked' ? { ...state, take: { ...state.take, overwrite: event.on } } : state;
    case 'opened':
      return { ...state, opened: [...state.opened, ...event.files.filter((f) => !state.opened.includes(f))] };
    case 'saved':
      return {
        ...state,
        saved: event.on ? [...state.saved.filter((f) => f !== event.file), event.file] : state.saved.filter((f) => f !== event.file),
      };
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

/** Files refused only because their unit key does not match this master (its secret was most likely not saved). */
export function keyMismatches(take: TakeState): number {
  return take.step === 'checked' ? take.report.files.filter((f) => f.code === 'roundtrip.unitKey').length : 0;
}
