// Draws the double's workbook the way Excel would show it: sheet tabs, a grid with column letters and row numbers,
// fills (our conditional-format highlights on top, as Excel paints them), fonts, merges, widths, the selection,
// and a bar chart where the sheet has one. Data attributes let the browser test read what is drawn.

import type { CellModel, ChartModel, SheetModel, WorkbookModel } from '../excel/double';
import { usedRange } from '../excel/double';
import { cellAddress, columnName, type CellRange } from '../workbook/grid';
import { isOurHighlightFormula } from '../workbook/plan';

const MAX_ROWS = 250;
const MAX_COLS = 60;

/** A conditional format the harness can evaluate: ours (always true) and literal TRUE. */
function appliesAlways(formula: string | null): boolean {
  return isOurHighlightFormula(formula) || /^=\s*TRUE\s*$/i.test(formula ?? '');
}

function inRange(r: CellRange, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

function display(c: CellModel | undefined): string {
  if (!c) return '';
  if (c.formula) return c.formula;
  const v = c.value;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    const m = /^0\.(0+)$/.exec(c.numberFormat);
    if (m) return v.toFixed(m[1].length);
    if (c.numberFormat === '0%' ) return `${Math.round(v * 100)}%`;
    return String(Math.round(v * 1e9) / 1e9);
  }
  return v;
}

function Chart({ sheet, chart }: { sheet: SheetModel; chart: ChartModel }) {
  const s = chart.series[0];
  if (!s) return null;
  const rows: { label: string; value: number }[] = [];
  for (let r = s.values.top; r <= s.values.bottom; r++) {
    const v = sheet.cells[r]?.[s.values.left]?.value;
    const label = s.categories ? sheet.cells[r - s.values.top + s.categories.top]?.[s.categories.left]?.value : r + 1;
    rows.push({ label: String(label ?? ''), value: typeof v === 'number' ? v : 0 });
  }
  const ordered = chart.reversedCategories ? rows : [...rows].reverse();
  const max = Math.max(1, ...ordered.map((r) => r.value));
  const bar = 18;
  const labelW = 190;
  const width = 520;
  return (
    <figure className="chart" data-testid="chart" data-chart-type={chart.type}>
      <figcaption>{chart.title || chart.name}</figcaption>
      <svg width={width} height={ordered.length * (bar + 6) + 10} role="img" aria-label={chart.title}>
        {ordered.map((r, i) => (
          <g key={i} transform={`translate(0, ${i * (bar + 6) + 5})`}>
            <text x={labelW - 6} y={bar - 5} textAnchor="end" fontSize="11">
              {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
            </text>
            <rect x={labelW} y={0} width={((width - labelW - 50) * r.value) / max} height={bar} fill="#4472C4" />
            <text x={labelW + ((width - labelW - 50) * r.value) / max + 4} y={bar - 5} fontSize="11">
              {r.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function Grid({ sheet, selection }: { sheet: SheetModel; selection: CellRange | null }) {
  const used = usedRange(sheet, false);
  const rows = Math.min(MAX_ROWS, (used?.bottom ?? 0) + 3);
  const cols = Math.min(MAX_COLS, (used?.right ?? 0) + 2);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const highlights = sheet.conditionalFormats.filter((cf) => cf.fill && appliesAlways(cf.formula));
  const widths = Array.from({ length: cols }, (_, c) => Math.round(((sheet.columnWidths[c] ?? 48) * 4) / 3));
  // A fixed table layout only holds when the table has a width: without one, long merged titles stretch column A.
  const total = 40 + widths.reduce((n, w) => n + w, 0);
  return (
    <table className="grid" data-sheet={sheet.name} style={{ width: total }}>
      <colgroup>
        <col style={{ width: 40 }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th />
          {widths.map((_, c) => (
            <th key={c}>{columnName(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} className={r < sheet.freezeRows ? 'frozen' : undefined}>
            <th>{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const key = `${r},${c}`;
              if (covered.has(key)) return null;
              const cell = sheet.cells[r]?.[c];
              const cf = [...highlights].reverse().find((h) => inRange(h.range, r, c));
              const fill = cf?.fill ?? cell?.fill ?? null;
              const span = spans.get(key);
              const selected = selection && inRange(selection, r, c);
              const b = cell?.borders ?? {};
              return (
                <td
                  key={c}
                  rowSpan={span?.rowSpan}
                  colSpan={span?.colSpan}
                  data-cell={cellAddress(r, c)}
                  data-fill={fill ?? undefined}
                  data-highlight={cf ? 'true' : undefined}
                  className={selected ? 'selected' : undefined}
                  style={{
                    backgroundColor: fill ?? undefined,
                    fontWeight: cell?.bold ? 600 : undefined,
                    fontStyle: cell?.italic ? 'italic' : undefined,
                    color: cf?.fontColor ?? cell?.fontColor ?? undefined,
                    textAlign: cell?.horizontal && cell.horizontal !== 'General' ? (cell.horizontal.toLowerCase() as 'left') : typeof cell?.value === 'number' ? 'right' : undefined,
                    whiteSpace: cell?.wrap ? 'pre-wrap' : 'nowrap',
                    borderTop: b.top ? '1px solid #555' : undefined,
                    borderBottom: b.bottom ? '1px solid #555' : undefined,
                    borderLeft: b.left ? '1px solid #555' : undefined,
                    borderRight: b.right ? '1px solid #555' : undefined,
                  }}
                >
                  {display(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SheetView({ model, version, onActivate }: { model: WorkbookModel; version: number; onActivate: (name: string) => void }) {
  const active = model.sheets.find((s) => s.name === model.activeSheet) ?? model.sheets[0];
  const selection = model.selection && active && model.selection.sheet === active.name ? model.selection.range : null;
  return (
    <div className="sheets" data-version={version}>
      <div className="sheet-body" data-testid="sheet-body">
        {active ? <Grid sheet={active} selection={selection} /> : <p>—</p>}
        {active?.charts.map((c, i) => <Chart key={i} sheet={active} chart={c} />)}
      </div>
      <div className="sheet-tabs" role="tablist" aria-label="Trang tính / Sheets">
        {model.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s === active}
            className={s === active ? 'active' : undefined}
            data-sheet-tab={s.name}
            onClick={() => onActivate(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
