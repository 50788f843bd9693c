// What every panel shares, through one React context: the language, the Excel host, the Office environment, the live
// region that announces the outcome of each action, the bloc shown in the header, and switching tabs.

import * as React from 'react';
import type { BlocInfo, Lang, Text } from '../domain/model';
import type { ExcelHost } from '../excel/host';
import { paneEnv, type PaneEnv } from './env';

export type TabId = 'check' | 'score' | 'new' | 'roundtrip' | 'minutes';

export interface Pane {
  lang: Lang;
  host: ExcelHost;
  env: PaneEnv;
  /** Says `text` in the polite live region (screen readers read it once the current speech ends). */
  announce(text: Text): void;
  /** The bloc the last read found (its name and period go in the header), or null. */
  showBloc(info: BlocInfo | null): void;
  goTo(tab: TabId): void;
}

const noop = () => undefined;

const PaneContext = React.createContext<Pane>({
  lang: 'vi',
  host: {
    run: () => Promise.reject(new ReferenceError('Excel is not defined')),
    supports: () => false,
  },
  env: paneEnv(undefined),
  announce: noop,
  showBloc: noop,
  goTo: noop,
});

export const PaneProvider = PaneContext.Provider;

export function usePane(): Pane {
  return React.useContext(PaneContext);
}
