// The browser harness: the real task pane next to a drawn, simulated workbook. The pane talks to the Excel double
// (src/excel-double) loaded from the sample workbook, and to the Office double for what Office says about itself, so
// the add-in can be tried without Excel:
//   npm run harness  ->  http://127.0.0.1:3100/
// Options: ?lang=en (else Office's display language, ?display=vi-VN), ?theme=dark, ?platform=mac|windows|web,
// ?api=1.12 (older Excel), ?themeEvents=0 (a host that does not report theme changes), ?view=pane (the pane alone,
// filling the window, as in Office), ?blank=1 (start from an empty workbook instead of the sample).

import * as React from 'react';
import { createRoot } from 'react-dom/client';
import {
  calculated,
  createExcelDouble,
  createOfficeDouble,
  createWorkbook,
  doubleHost,
  type ExcelDouble,
  type OfficePlatform,
} from '../excel-double';
import type { ExcelHost } from '../excel/host';
import { decodeBase64 } from '../minutes/base64';
import { App } from '../taskpane/App';
import { paneEnv } from '../taskpane/env';
import { modelFromXlsx } from './load-workbook';
import { recalc, type Computed, type SheetFormulas } from './recalc';
import { SheetView } from './SheetView';

const params = new URLSearchParams(window.location.search);
const SAMPLE = params.get('sample') ?? 'samples/khoi-thi-dua-so-3.xlsx';
const API = params.get('api') ?? '1.14';
const PLATFORMS: Record<string, OfficePlatform> = { windows: 'PC', mac: 'Mac', web: 'OfficeOnline', ipad: 'iOS' };
const PANE_ONLY = params.get('view') === 'pane';
const BLANK = params.get('blank') === '1';
const EMPTY_LABEL = 'Sổ trống / Empty workbook';

/** What Office says about itself in the harness. */
const office = createOfficeDouble(
  { apiVersion: API },
  {
    platform: PLATFORMS[params.get('platform') ?? 'windows'] ?? 'PC',
    displayLanguage: params.get('display') ?? 'vi-VN',
    dark: params.get('theme') === 'dark',
    themeEvents: params.get('themeEvents') !== '0',
  },
);
const env = paneEnv(office, office.createWorkbook);
const lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'vi' ? 'vi' : undefined;

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

/** A workbook the pane opened with Excel.createWorkbook (Mac): its sheets, read back from the file. */
interface Opened {
  sheets: string[];
}

function Harness() {
  const [double, setDouble] = React.useState<ExcelDouble | null>(null);
  const [status, setStatus] = React.useState('Đang tải sổ mẫu… / Loading the sample…');
  const [version, setVersion] = React.useState(0);
  const [dark, setDark] = React.useState(env.dark());
  const [opened, setOpened] = React.useState<Opened[]>([]);
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
      // Recalculated results are not edits: like Excel, they raise no worksheet onChanged.
      if (recalc(d.model, formulas, computed)) calculated(d.model);
      setVersion((v) => v + 1);
    });
  }, []);

  React.useEffect(() => {
    if (BLANK) {
      use(createExcelDouble(createWorkbook([{ name: 'Sheet1', values: [], merges: [] }])), EMPTY_LABEL);
      return;
    }
    fetch(SAMPLE)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.arrayBuffer();
      })
      .then(modelFromXlsx)
      .then(({ model, formulas }) => use(createExcelDouble(model), SAMPLE.split('/').pop() ?? SAMPLE, formulas))
      .catch(() => setStatus(`Không tải được ${SAMPLE} / Could not load ${SAMPLE}`));
  }, [use]);

  // Excel for Mac opens each file the pane hands it as a new workbook window: listed here, read back to prove it.
  React.useEffect(
    () =>
      office.onOpen((base64) => {
        const bytes = decodeBase64(base64);
        if (!bytes) return;
        void modelFromXlsx(bytes.slice().buffer as ArrayBuffer)
          .then(({ model }) =>
            setOpened((o) => [...o, { sheets: model.sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name) }]),
          )
          .catch(() => setOpened((o) => [...o, { sheets: [] }]));
      }),
    [],
  );

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
    <div className={PANE_ONLY ? 'harness pane-only' : 'harness'}>
      {PANE_ONLY ? (
        <div className="pane">
          <App host={host} env={env} lang={lang} />
        </div>
      ) : (
        <aside className="pane" aria-label="Ngăn tiện ích / Add-in pane">
          <App host={host} env={env} lang={lang} />
        </aside>
      )}
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
            onClick={() => use(createExcelDouble(createWorkbook([{ name: 'Sheet1', values: [], merges: [] }])), EMPTY_LABEL)}
          >
            Sổ trống
          </button>
          <button
            type="button"
            data-testid="harness-theme"
            onClick={() => {
              office.setTheme(!dark);
              setDark(!dark);
            }}
          >
            {dark ? 'Giao diện sáng' : 'Giao diện tối'}
          </button>
          {opened.length > 0 && (
            <span
              className="opened"
              data-testid="opened-workbooks"
              data-count={opened.length}
              title={opened.map((o) => o.sheets.join(', ')).join('\n')}
            >
              Sổ mới đã mở: {opened.length}
            </span>
          )}
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
            // The user typing into a cell: written through the double, as Excel would, so the pane reads it next time.
            onEdit={(sheet, row, col, value) =>
              void host.run(async (context) => {
                context.workbook.worksheets.getItem(sheet).getRangeByIndexes(row, col, 1, 1).values = [[value ?? '']];
                await context.sync();
              })
            }
          />
        ) : (
          <p className="loading">…</p>
        )}
      </section>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Harness />);
