// The one way a panel runs something: one async action at a time, a progress label while it works, the result,
// and any failure as a plain message (never a raw exception or a library's text). The outcome of every action is
// announced in the pane's live region.

import * as React from 'react';
import { isBxtdError } from '../../domain/errors';
import type { Text } from '../../domain/model';
import { describeExcelError, officeCodeOf } from '../../excel/errors';
import { UI } from '../i18n';
import { usePane } from '../pane';

export interface ActionState<R> {
  busy: boolean;
  data: R | null;
  error: Text | null;
}

export interface Action<A extends unknown[], R> extends ActionState<R> {
  /** What the progress indicator says while the action runs. */
  progress: Text;
  run: (...args: A) => Promise<R | null>;
  reset: () => void;
}

export interface ActionOptions<R> {
  progress: Text;
  /** What the live region says when the action succeeds (null: nothing to say). */
  announce?: (result: R) => Text | null;
}

/**
 * A failure as the user reads it: the product's own errors (BxtdError, the Excel adapter's refusals included) carry
 * their sentence; an Office.js error that reached the pane outside the adapter (Excel.createWorkbook) is mapped by its
 * code (excel/errors.ts); anything else is "unexpected" (a bug: its detail goes to the console).
 */
export function describeFailure(e: unknown): Text {
  if (isBxtdError(e)) return e.text;
  const fromOffice = officeCodeOf(e) !== null || e instanceof ReferenceError;
  return fromOffice ? describeExcelError(e) : UI.common.unexpected;
}

export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>, opts: ActionOptions<R>): Action<A, R> {
  const { announce } = usePane();
  const [state, setState] = React.useState<ActionState<R>>({ busy: false, data: null, error: null });
  const latest = React.useRef({ fn, opts });
  latest.current = { fn, opts };
  const run = React.useCallback(
    async (...args: A): Promise<R | null> => {
      setState((s) => ({ ...s, busy: true, error: null }));
      try {
        const data = await latest.current.fn(...args);
        setState({ busy: false, data, error: null });
        const said = latest.current.opts.announce?.(data);
        if (said) announce(said);
        return data;
      } catch (e) {
        if (typeof console !== 'undefined') console.error(e);
        const error = describeFailure(e);
        setState({ busy: false, data: null, error });
        announce(error);
        return null;
      }
    },
    [announce],
  );
  const reset = React.useCallback(() => setState({ busy: false, data: null, error: null }), []);
  return { ...state, progress: opts.progress, run, reset };
}

/** True while any of these actions runs: a panel runs one action at a time. */
export function anyBusy(...actions: { busy: boolean }[]): boolean {
  return actions.some((a) => a.busy);
}
