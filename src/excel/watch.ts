// Hearing the workbook change, so that what the pane shows can be marked out of date at once (never recomputed
// behind the user's back): `worksheet.onChanged` on the bloc's input sheets, and the worksheet collection's
// `onAdded` / `onDeleted` (all ExcelApi 1.7). Handlers registered in an Excel.run stay registered after it; each sheet
// is watched once. Watching is best effort: a failure to register leaves the pane as it was (it still reads the
// workbook afresh on every action).

import type { ExcelHost } from './host';

export const EVENTS_API = '1.7';

export interface WorkbookWatch {
  /**
   * Watches the sheets among `names` (the workbook's sheets as last read) that `isInput` accepts and that are not
   * watched yet; the first call also watches sheets being added and deleted. One Excel.run, one sync.
   */
  watch(names: readonly string[]): Promise<void>;
}

export interface WatchOptions {
  /** Whether a sheet of this name is one the pane's results are read from. */
  isInput(name: string): boolean;
  /** Called when an input sheet changed, was added or was deleted (the sheet's name). */
  onChange(sheet: string): void;
}

interface Named {
  name: string;
  id: string;
}

export function watchWorkbook(host: ExcelHost, opts: WatchOptions): WorkbookWatch {
  /** Watched sheets by id (a sheet deleted and made again under the same name is a new sheet). */
  const watched = new Map<string, string>();
  let collection = false;
  /** One registration at a time (two panels may read the workbook at once). */
  let queue: Promise<void> = Promise.resolve();

  const onAdded = async (args: { worksheetId: string }) => {
    // The event names the sheet by id: its name is read once to tell whether it is one of the bloc's.
    const name = await host
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem(args.worksheetId).load('name');
        await context.sync();
        return ws.name;
      })
      .catch(() => null);
    if (name !== null && opts.isInput(name)) opts.onChange(name);
  };
  const onDeleted = (args: { worksheetId: string }) => {
    const name = watched.get(args.worksheetId);
    if (name === undefined) return;
    watched.delete(args.worksheetId);
    opts.onChange(name);
  };

  const register = async (names: readonly string[]) => {
    if (!host.supports(EVENTS_API)) return;
    const known = new Set(watched.values());
    const fresh = names.filter((n) => opts.isInput(n) && !known.has(n));
    if (fresh.length === 0 && collection) return;
    try {
      const ids = await host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        if (!collection) {
          sheets.onAdded.add(onAdded);
          sheets.onDeleted.add(async (args) => onDeleted(args));
        }
        const items = fresh.map((name) => {
          const ws = sheets.getItem(name);
          ws.onChanged.add(async () => opts.onChange(name));
          return ws.load('id, name');
        });
        await context.sync();
        return items.map((ws): Named => ({ id: ws.id, name: ws.name }));
      });
      collection = true;
      for (const s of ids) watched.set(s.id, s.name);
    } catch (e) {
      if (typeof console !== 'undefined') console.warn('Could not watch the workbook for changes', e);
    }
  };
  return {
    watch(names) {
      queue = queue.then(() => register(names));
      return queue;
    },
  };
}
