// Runs one async action at a time for a panel: busy flag for the progress indicator, the result, and any failure
// as a plain message (never a raw exception).

import * as React from 'react';
import type { Text } from '../../domain/model';
import { describeExcelError } from '../../excel/errors';

export interface ActionState<R> {
  busy: boolean;
  data: R | null;
  error: Text | null;
}

export function useAction<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): ActionState<R> & { run: (...args: A) => Promise<R | null>; reset: () => void } {
  const [state, setState] = React.useState<ActionState<R>>({ busy: false, data: null, error: null });
  const latest = React.useRef(fn);
  latest.current = fn;
  const run = React.useCallback(async (...args: A): Promise<R | null> => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const data = await latest.current(...args);
      setState({ busy: false, data, error: null });
      return data;
    } catch (e) {
      if (typeof console !== 'undefined') console.error(e);
      setState({ busy: false, data: null, error: describeExcelError(e) });
      return null;
    }
  }, []);
  const reset = React.useCallback(() => setState({ busy: false, data: null, error: null }), []);
  return { ...state, run, reset };
}
