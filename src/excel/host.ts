// How the adapter reaches Excel: `run` is Excel.run, `supports` answers Office's requirement-set question. The task
// pane passes the real Office.js; tests and the harness pass the Excel double.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  supports(version: string): boolean;
}

/** The host inside Excel (after Office.onReady). */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true,
  };
}
