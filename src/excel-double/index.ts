// The Excel double: `Excel.run` and a RequestContext over an in-memory workbook, strict like Office.js (see
// client.ts). Tests run the adapter on it; the browser harness runs the real task pane on it; rich-api.ts lets the
// real Office.js client talk to it (test/excel/office-js).

import type { ExcelHost } from '../excel/host';
import { DoubleContext } from './client';
import { raiseEvents } from './events';
import { versionAtLeast, type WorkbookModel } from './model';
import { Workbook } from './objects';
import { answerRichApi, type Exchange, type References } from './rich-api';

export { DoubleContext, isOfficeError, officeError, type OfficeError } from './client';
export { calculated } from './events';
export type { EventHandlerResult, WorksheetChangedEventArgs, WorksheetCollectionEventArgs } from './events';
export * from './model';
export { MERGED_AREAS_LIMIT, VALUES_CELL_LIMIT } from './objects';
export { dateSerial } from './typing';
export { pathExpression, type Exchange } from './rich-api';
export { createOfficeDouble, DARK_THEME, LIGHT_THEME, type OfficeDouble, type OfficeDoubleOptions, type OfficePlatform } from './office';

export type DoubleRequestContext = DoubleContext & { workbook: Workbook };

export interface ExcelDouble {
  model: WorkbookModel;
  /** Excel.run: a fresh context per batch; commands still queued when the batch ends are sent in one last sync. */
  run<T>(batch: (context: DoubleRequestContext) => Promise<T>): Promise<T>;
  /** Answers one request of the real Office.js client (its JSON body), as Excel would: see rich-api.ts. */
  serve(body: string, log?: (e: Exchange) => void): string;
  /** Every context the double created, newest last (tests read their sync counts). */
  contexts: DoubleContext[];
  /** Called after every sync that changed or read the workbook. */
  subscribe(listener: () => void): () => void;
  /** What Office.context.requirements.isSetSupported would answer. */
  isSetSupported(name: string, version?: string): boolean;
  /** The enums the add-in may reference through the Excel namespace. */
  ChartType: { barClustered: 'BarClustered'; columnClustered: 'ColumnClustered' };
  ChartSeriesBy: { auto: 'Auto'; columns: 'Columns'; rows: 'Rows' };
  ConditionalFormatType: { custom: 'Custom' };
}

export function createExcelDouble(model: WorkbookModel): ExcelDouble {
  const listeners = new Set<() => void>();
  const notify = () => {
    raiseEvents(model);
    listeners.forEach((l) => l());
  };
  const contexts: DoubleContext[] = [];
  const references: References = new Map();
  const context = () => {
    const ctx = new DoubleContext(model, (c) => new Workbook(c), notify) as DoubleRequestContext;
    contexts.push(ctx);
    return ctx;
  };
  return {
    model,
    contexts,
    async run<T>(batch: (context: DoubleRequestContext) => Promise<T>): Promise<T> {
      const ctx = context();
      const result = await batch(ctx);
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
    serve: (body, log) => answerRichApi(context(), body, references, log),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isSetSupported(name, version) {
      return name === 'ExcelApi' && versionAtLeast(model.apiVersion, version ?? '1.1');
    },
    ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    ConditionalFormatType: { custom: 'Custom' },
  };
}

/** The adapter's view of the double, typed as the real Office.js API (the double implements the subset used). */
export function doubleHost(double: ExcelDouble): ExcelHost {
  return {
    run: double.run as unknown as ExcelHost['run'],
    supports: (version) => double.isSetSupported('ExcelApi', version),
  };
}
