// The browser harness: the real task pane next to a drawn, simulated workbook. The pane talks to the Excel double
// (src/excel-double) loaded from the sample workbook, so the add-in can be tried without Excel:
//   npm run harness  ->  http://127.0.0.1:3100/   (?lang=en, ?theme=dark, ?api=1.12 to try older Excel)

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { createExcelDouble, createWorkbook, doubleHost, type ExcelDouble } from '../excel-double';
import type { ExcelHost } from '../excel/host';
import { App } from '../taskpane/App';
import { modelFromXlsx } from './load-workbook';
import { recalc, type Computed, type SheetFormulas } from './recalc';
import { SheetView } from './SheetView';

const params = new URLSearchParams(window.location.search);
const SAMPLE = params.get('sample') ?? 'samples/khoi-thi-dua-so-3.xlsx';
const API = params.get('api') ?? '1.14';

/** The pane's host: every Excel.run waits for the workbook and goes to the double currently loaded. */
function deferredHost(current: () => Promise<ExcelDouble>): ExcelHost {
  return {
    run: async (batch) => doubleHost(await current()).run(batch),
    supports: (version) => createExcelDouble(createWorkbook()).isSetSupported('ExcelApi', version) && versionOk(version),
  };
}

function versionOk(version: string): boolean {
  const [a, b] = API.split('.').map(Number);
  const [c, d] = version.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

function Harness() {
  const [double, setDouble] = React.useState<ExcelDouble | null>(null);
  const [status, setStatus] = React.useState('Đang tải sổ mẫu… / Loading the sample…');
  const [version, setVersion] = React.useState(0);
  const ready = React.useRef<{ promise: Promise<ExcelDouble>; resolve: (d: ExcelDouble) => void } | null>(null);
  if (!ready.current) {
    let resolve!: (d: ExcelDouble) => void;
    const promise = new Promise<ExcelDouble>((r) => (resolve = r));
    ready.current = { promise, resolve };
  }
  const currentRef = React.useRef<ExcelDouble | null>(null);
  const host = React.useMemo(
    () => deferredHost(() => (currentRef.current ? Promise.resolve(currentRef.current) : ready.current!.promise)),
    [],
  );

  const use = React.useCallback((d: ExcelDouble, label: string, formulas: SheetFormulas = new Map()) => {
    d.model.apiVersion = API;
    // Like Excel, formulas follow their inputs: at load and after every change the add-in makes.
    const computed: Computed = new Map();
    recalc(d.model, formulas, computed);
    currentRef.current = d;
    ready.current!.resolve(d);
    setDouble(d);
    setStatus(label);
    d.subscribe(() => {
      recalc(d.model, formulas, computed);
      setVersion((v) => v + 1);
    });
  }, []);

  React.useEffect(() => {
    fetch(SAMPLE)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.arrayBuffer();
      })
      .then(modelFromXlsx)
      .then(({ model, formulas }) => use(createExcelDouble(model), SAMPLE.split('/').pop() ?? SAMPLE, formulas))
      .catch(() => setStatus(`Không tải được ${SAMPLE} / Could not load ${SAMPLE}`));
  }, [use]);

  const open = async (file: File) => {
    setStatus(`Đang mở ${file.name}…`);
    try {
      const { model, formulas } = await modelFromXlsx(await file.arrayBuffer());
      use(createExcelDouble(model), file.name, formulas);
    } catch (e) {
      const text = (e as { text?: { vi: string } }).text;
      setStatus(text ? text.vi : `Không mở được ${file.name}`);
    }
  };

  return (
    <div className="harness">
      <aside className="pane" aria-label="Ngăn tiện ích / Add-in pane">
        <App host={host} dark={params.get('theme') === 'dark'} lang={params.get('lang') === 'en' ? 'en' : 'vi'} icon="assets/icon-32.png" />
      </aside>
      <section className="workbook" aria-label="Sổ tính mô phỏng / Simulated workbook">
        <div className="toolbar">
          <strong>Excel (mô phỏng)</strong>
          <span data-testid="workbook-status">{status}</span>
          <label className="file">
            Mở tệp .xlsx…
            <input type="file" accept=".xlsx" onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])} />
          </label>
          <button
            type="button"
            onClick={() =>
              use(createExcelDouble(createWorkbook([{ name: 'Sheet1', values: [], merges: [] }])), 'Sổ trống / Empty workbook')
            }
          >
            Sổ trống
          </button>
          {double && <span className="syncs">syncs: {double.model.syncs}</span>}
        </div>
        {double ? (
          <SheetView
            model={double.model}
            version={version}
            onActivate={(name) => {
              double.model.activeSheet = name;
              setVersion((v) => v + 1);
            }}
          />
        ) : (
          <p className="loading">…</p>
        )}
      </section>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Harness />);
