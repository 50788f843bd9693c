// Draws the double's workbook the way Excel would show it: sheet tabs, a grid with column letters and row numbers,
// fills (our conditional-format highlights on top, as Excel paints them), fonts, merges, widths, the selection,
// and a bar chart where the sheet has one. Data attributes let the browser test read what is drawn.

import * as React from 'react';
import type { CellModel, ChartModel, SheetModel, WorkbookModel } from '../excel-double';
import { usedRange } from '../excel-double';
import { cellAddress, columnName, plainText, type CellRange } from '../workbook/grid';
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

function isEmpty(sheet: SheetModel, row: number, col: number, covered: Set<string>): boolean {
  const c = sheet.cells[row]?.[col];
  return !covered.has(`${row},${col}`) && (c === undefined || (c.value === null && !c.formula) || c.value === '');
}

/** A date serial shown with a date-only number format such as dd/mm/yyyy (Excel's 1900 system); null otherwise. */
function dateText(serial: number, format: string): string | null {
  const f = format.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '');
  if (!/[dy]/i.test(f) || /[hs0#]/i.test(f) || !Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return format.replace(/yyyy|yy|mm|m|dd|d/gi, (t) => {
    switch (t.toLowerCase()) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'yy':
        return pad(d.getUTCFullYear() % 100);
      case 'mm':
        return pad(d.getUTCMonth() + 1);
      case 'm':
        return String(d.getUTCMonth() + 1);
      case 'dd':
        return pad(d.getUTCDate());
      default:
        return String(d.getUTCDate());
    }
  });
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
    if (c.numberFormat === '0%') return `${Math.round(v * 100)}%`;
    const date = c.numberFormat ? dateText(v, c.numberFormat) : null;
    if (date !== null) return date;
    return String(Math.round(v * 1e9) / 1e9);
  }
  return plainText(v);
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the chart's anchor cells are drawn, relative to the sheet canvas; null when they are not drawn. */
function anchorBox(canvas: HTMLElement, chart: ChartModel): Box | null {
  const p = chart.position;
  if (!p) return null;
  const at = (row: number, col: number) => canvas.querySelector<HTMLElement>(`td[data-cell="${cellAddress(row, col)}"]`);
  const from = at(p.from.row, p.from.col);
  const to = at(p.to.row, p.to.col);
  if (!from || !to) return null;
  const width = to.offsetLeft + to.offsetWidth - from.offsetLeft;
  const height = to.offsetTop + to.offsetHeight - from.offsetTop;
  return width > 80 && height > 60 ? { left: from.offsetLeft, top: from.offsetTop, width, height } : null;
}

/** A clustered bar chart as Excel draws one: over the cells it is anchored to (below the grid if they are not drawn). */
function Chart({ sheet, chart, canvas }: { sheet: SheetModel; chart: ChartModel; canvas: React.RefObject<HTMLDivElement | null> }) {
  const [box, setBox] = React.useState<Box | null>(null);
  React.useLayoutEffect(() => {
    const next = canvas.current ? anchorBox(canvas.current, chart) : null;
    setBox((b) => (JSON.stringify(b) === JSON.stringify(next) ? b : next));
  });
  const s = chart.series[0];
  if (!s) return null;
  const rows: { label: string; value: number }[] = [];
  for (let r = s.values.top; r <= s.values.bottom; r++) {
    const v = sheet.cells[r]?.[s.values.left]?.value;
    const label = s.categories ? sheet.cells[r - s.values.top + s.categories.top]?.[s.categories.left]?.value : r + 1;
    rows.push({ label: String(label ?? ''), value: typeof v === 'number' ? v : 0 });
  }
  // Excel plots the first category at the bottom unless the axis is reversed (the add-in reverses it: rank 1 on top).
  const ordered = chart.reversedCategories ? rows : [...rows].reverse();
  const max = Math.max(1, ...ordered.map((r) => r.value));
  const width = Math.max(360, (box?.width ?? 520) - 26);
  const caption = 24;
  const room = box ? box.height - caption - 24 : ordered.length * 24;
  const step = Math.max(14, Math.floor(room / Math.max(1, ordered.length)));
  const bar = Math.max(8, Math.min(18, step - 5));
  const labelW = Math.min(190, Math.round(width * 0.38));
  const maxChars = Math.max(8, Math.floor(labelW / 6.2));
  const plot = width - labelW - 44;
  return (
    <figure
      className={box ? 'chart floating' : 'chart'}
      data-testid="chart"
      data-chart-type={chart.type}
      data-anchored={box ? 'true' : undefined}
      style={box ? { left: box.left, top: box.top, width: box.width, minHeight: box.height } : undefined}
    >
      <figcaption>{chart.title || chart.name}</figcaption>
      <svg width={width} height={ordered.length * step + 6} role="img" aria-label={chart.title}>
        {ordered.map((r, i) => (
          <g key={i} transform={`translate(0, ${i * step + 3})`}>
            <text x={labelW - 6} y={bar - 4} textAnchor="end" fontSize="11">
              {r.label.length > maxChars ? `${r.label.slice(0, maxChars - 1)}…` : r.label}
              <title>{r.label}</title>
            </text>
            <rect x={labelW} y={0} width={(plot * r.value) / max} height={bar} fill="#4472C4" />
            <text x={labelW + (plot * r.value) / max + 4} y={bar - 4} fontSize="11">
              {r.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** A value typed into a cell, as Excel takes it: a number (comma or point decimal), else text; blank clears. */
export function typedValue(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : text;
}

type OnEdit = (sheet: string, row: number, col: number, value: string | number | null) => void;

function Grid({ sheet, selection, onEdit }: { sheet: SheetModel; selection: CellRange | null; onEdit?: OnEdit }) {
  const [editing, setEditing] = React.useState<{ row: number; col: number; text: string } | null>(null);
  const used = usedRange(sheet, false);
  // Room for the data and for the cells charts sit on.
  const chartRows = sheet.charts.map((c) => (c.position ? c.position.to.row + 1 : 0));
  const chartCols = sheet.charts.map((c) => (c.position ? c.position.to.col + 1 : 0));
  const rows = Math.min(MAX_ROWS, Math.max((used?.bottom ?? 0) + 3, ...chartRows));
  const cols = Math.min(MAX_COLS, Math.max((used?.right ?? 0) + 2, ...chartCols));
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
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
              const cf = highlights.find((h) => inRange(h.range, r, c)); // in priority order: the first applies
              const fill = cf?.fill ?? cell?.fill ?? null;
              const span = spans.get(key);
              const selected = selection && inRange(selection, r, c);
              // Like Excel, unwrapped text runs on over empty cells to its right instead of being cut.
              const spill =
                typeof cell?.value === 'string' &&
                !cell.formula &&
                !cell.wrap &&
                !span &&
                (cell.horizontal ?? 'General') !== 'Right' &&
                isEmpty(sheet, r, c + 1, covered);
              const b = cell?.borders ?? {};
              return (
                <td
                  key={c}
                  rowSpan={span?.rowSpan}
                  colSpan={span?.colSpan}
                  data-cell={cellAddress(r, c)}
                  data-fill={fill ?? undefined}
                  data-highlight={cf ? 'true' : undefined}
                  className={[selected && 'selected', spill && 'spill'].filter(Boolean).join(' ') || undefined}
                  style={{
                    backgroundColor: fill ?? undefined,
                    fontWeight: cell?.bold ? 600 : undefined,
                    fontStyle: cell?.italic ? 'italic' : undefined,
                    color: cf?.fontColor ?? cell?.fontColor ?? undefined,
                    textAlign:
                      cell?.horizontal && cell.horizontal !== 'General'
                        ? (cell.horizontal.toLowerCase() as 'left')
                        : typeof cell?.value === 'number'
                          ? 'right'
                          : undefined,
                    whiteSpace: cell?.wrap ? 'pre-wrap' : 'nowrap',
                    borderTop: b.top ? '1px solid #555' : undefined,
                    borderBottom: b.bottom ? '1px solid #555' : undefined,
                    borderLeft: b.left ? '1px solid #555' : undefined,
                    borderRight: b.right ? '1px solid #555' : undefined,
                  }}
                  // Like Excel, a double click edits the cell: Enter keeps what was typed, Escape leaves it as it was.
                  onDoubleClick={
                    onEdit && !cell?.formula
                      ? () => setEditing({ row: r, col: c, text: cell?.value == null ? '' : String(cell.value) })
                      : undefined
                  }
                >
                  {editing && editing.row === r && editing.col === c ? (
                    <input
                      className="cell-editor"
                      aria-label={`Ô ${cellAddress(r, c)} / Cell ${cellAddress(r, c)}`}
                      autoFocus
                      value={editing.text}
                      onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                      onBlur={() => setEditing(null)}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setEditing(null);
                        if (e.key !== 'Enter') return;
                        onEdit?.(sheet.name, r, c, typedValue(editing.text));
                        setEditing(null);
                      }}
                    />
                  ) : (
                    display(cell)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SheetView({
  model,
  version,
  onActivate,
  onEdit,
}: {
  model: WorkbookModel;
  version: number;
  onActivate: (name: string) => void;
  onEdit?: OnEdit;
}) {
  const canvas = React.useRef<HTMLDivElement | null>(null);
  const active = model.sheets.find((s) => s.name === model.activeSheet) ?? model.sheets[0];
  const selection = model.selection && active && model.selection.sheet === active.name ? model.selection.range : null;
  return (
    <div className="sheets" data-version={version}>
      <div className="sheet-body" data-testid="sheet-body">
        <div className="sheet-canvas" ref={canvas}>
          {active ? <Grid sheet={active} selection={selection} onEdit={onEdit} /> : <p>—</p>}
          {active?.charts.map((c, i) => (
            <Chart key={`${active.name}:${i}`} sheet={active} chart={c} canvas={canvas} />
          ))}
        </div>
      </div>
      {/* Hidden sheets are not drawn as tabs; the attributes say which exist (very hidden ones cannot be unhidden in Excel). */}
      <div
        className="sheet-tabs"
        role="tablist"
        aria-label="Trang tính / Sheets"
        data-hidden-sheets={model.sheets
          .filter((s) => s.visibility === 'Hidden')
          .map((s) => s.name)
          .join('|')}
        data-very-hidden-sheets={model.sheets
          .filter((s) => s.visibility === 'VeryHidden')
          .map((s) => s.name)
          .join('|')}
      >
        {model.sheets
          .filter((s) => s.visibility === 'Visible')
          .map((s) => (
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
