// What every panel shares, through one React context: the language, the Excel host, the Office environment, the live
// region that announces the outcome of each action, the bloc shown in the header, the tab shown and switching tabs,
// and what the pane has heard of the workbook changing since (so that a panel can say what it shows is out of date).

import * as React from 'react';
import type { BlocInfo, Lang, Text } from '../domain/model';
import type { ExcelHost } from '../excel/host';
import type { SheetGrid } from '../workbook/grid';
import { paneEnv, type PaneEnv } from './env';
import type { TabId } from './tabs';

export type { TabId } from './tabs';

export interface Pane {
  lang: Lang;
  host: ExcelHost;
  env: PaneEnv;
  /** Says `text` in the polite live region (screen readers read it once the current speech ends). */
  announce(text: Text): void;
  /** The bloc the last read found (its name and period go in the header), or null. */
  showBloc(info: BlocInfo | null): void;
  /** The tab shown now. */
  tab: TabId;
  goTo(tab: TabId): void;
  /** How many changes of the bloc's sheets the pane has heard of (grows; a render follows each). */
  changes: number;
  /**
   * After a read: the count of changes heard so far (what the read saw), and the workbook's sheets to watch for
   * changes from now on.
   */
  sawWorkbook(sheets: readonly SheetGrid[]): number;
  /** The pane itself changed the workbook's sheets (added one): what was read before is out of date. */
  changed(): void;
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
  tab: 'check',
  goTo: noop,
  changes: 0,
  sawWorkbook: () => 0,
  changed: noop,
});

export const PaneProvider = PaneContext.Provider;

export function usePane(): Pane {
  return React.useContext(PaneContext);
}

/**
 * Whether what a panel shows was read before the workbook last changed. `saw(sheets)` after each read; `stale` is
 * true once a change of the bloc's sheets is heard after it (the panel says so and offers to run again; it never
 * recomputes by itself).
 */
export function useFreshness(): { stale: boolean; saw: (sheets: readonly SheetGrid[]) => void; forget: () => void } {
  const { changes, sawWorkbook } = usePane();
  const [readAt, setReadAt] = React.useState<number | null>(null);
  const saw = React.useCallback((sheets: readonly SheetGrid[]) => setReadAt(sawWorkbook(sheets)), [sawWorkbook]);
  const forget = React.useCallback(() => setReadAt(null), []);
  return { stale: readAt !== null && changes > readAt, saw, forget };
}
