// Charts of the double: the collection, a chart's title (text and font), legend, axes (reversed categories, where
// the other axis crosses), series (name, categories, data labels, fill, gap width) and position, each reached by
// the same path as in Office.js.

import type { CellRange } from '../workbook/grid';
import { parseRange } from './address';
import { ClientCollection, ClientObject, officeError, type DoubleContext, type PathOwner } from './client';
import type { ChartModel, ChartSeriesModel, SheetModel } from './model';
import { guardWrite, normaliseColor, type Range } from './objects';

type Scalars<T> = Record<string, (target: T) => unknown>;

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

function rangeOf(proxy: Range, sheet: SheetModel): CellRange {
  const t = proxy.target();
  if (t.sheet !== sheet) throw officeError('InvalidArgument', 'The chart data must be on the chart sheet in this double.');
  return t.range;
}

export class ChartCollection extends ClientCollection<SheetModel, Chart> {
  constructor(ctx: DoubleContext, resolve: () => SheetModel | null, parent: PathOwner) {
    super(ctx, resolve, 'charts', parent);
  }
  protected list(t: SheetModel): unknown[] {
    return t.charts.map((chart) => ({ sheet: t, chart }));
  }
  protected itemProxy(entity: unknown): Chart {
    const ref = entity as ChartRef;
    return new Chart(this.context, () => (ref.sheet.charts.includes(ref.chart) ? ref : null), `getItem('${ref.chart.name}')`, this);
  }
  protected itemAt(index: number, segment: string): Chart {
    return new Chart(this.context, () => (this.list(this.target())[index] as ChartRef | undefined) ?? null, segment, this);
  }
  getItem(name: string): Chart {
    return new Chart(
      this.context,
      () => (this.list(this.target()) as ChartRef[]).find((r) => r.chart.name === name) ?? null,
      `getItem('${name}')`,
      this,
    );
  }
  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    let created: ChartRef | null = null;
    this.write('add', [type, seriesBy], (sheet) => {
      guardWrite(sheet);
      const src = rangeOf(sourceData, sheet);
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && src.right - src.left > src.bottom - src.top);
      const series: ChartSeriesModel[] = [];
      const one = (values: CellRange): ChartSeriesModel => ({
        name: `Series${series.length + 1}`,
        values,
        categories: null,
        dataLabels: null,
        fill: null,
        gapWidth: 150,
      });
      if (byRows) for (let r = src.top; r <= src.bottom; r++) series.push(one({ ...src, top: r, bottom: r }));
      else for (let c = src.left; c <= src.right; c++) series.push(one({ ...src, left: c, right: c }));
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        name: `Chart ${n}`,
        type,
        title: '',
        titleFont: { bold: false, size: 14 },
        legendVisible: true,
        reversedCategories: false,
        valueAxisCrosses: 'Automatic',
        series,
        position: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new Chart(this.context, () => created, `add('${type}')`, this);
  }
}

export class Chart extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, segment: string, parent: PathOwner) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return { name: (t) => t.chart.name, chartType: (t) => t.chart.type };
  }
  protected override navigation() {
    return { title: () => this.title, legend: () => this.legend, series: () => this.series, axes: () => this.axes };
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      guardWrite(t.sheet);
      t.chart.name = v;
    });
  }
  get chartType(): string {
    return this.read('chartType');
  }
  get title(): ChartTitle {
    return this.child('title', () => new ChartTitle(this.context, () => this.peek(), this));
  }
  get legend(): ChartLegend {
    return this.child('legend', () => new ChartLegend(this.context, () => this.peek(), this));
  }
  get axes(): ChartAxes {
    return this.child('axes', () => new ChartAxes(this.context, () => this.peek(), this));
  }
  get series(): ChartSeriesCollection {
    return this.child('series', () => new ChartSeriesCollection(this.context, () => this.peek(), this));
  }
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const cell = (c: Range | string | undefined) => (typeof c === 'string' ? c : c === undefined ? null : 'range');
    this.write('setPosition', [cell(startCell), cell(endCell)], (t) => {
      guardWrite(t.sheet);
      const corner = (c: Range | string) => {
        const r = typeof c === 'string' ? parseRange(c) : rangeOf(c, t.sheet);
        return { row: r.top, col: r.left };
      };
      const from = corner(startCell);
      t.chart.position = {
        from,
        to: endCell === undefined || endCell === null ? { row: from.row + 14, col: from.col + 7 } : corner(endCell),
      };
    });
  }
  delete(): void {
    this.write('delete', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class ChartTitle extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'title', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return { text: (t) => t.chart.title };
  }
  protected override navigation() {
    return { format: () => this.format };
  }
  get text(): string {
    return this.read('text');
  }
  set text(v: string) {
    this.write('text', v, (t) => {
      t.chart.title = v;
    });
  }
  get format(): ChartTitleFormat {
    return this.child('format', () => new ChartTitleFormat(this.context, () => this.peek(), this));
  }
}

export class ChartTitleFormat extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'format', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return {};
  }
  protected override navigation() {
    return { font: () => this.font };
  }
  get font(): ChartFont {
    return this.child('font', () => new ChartFont(this.context, () => this.peek(), this));
  }
}

export class ChartFont extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'font', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return { bold: (t) => t.chart.titleFont.bold, size: (t) => t.chart.titleFont.size };
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.write('bold', v, (t) => {
      t.chart.titleFont.bold = v;
    });
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.write('size', v, (t) => {
      if (!(v >= 1 && v <= 409)) throw officeError('InvalidArgument', `A font size is from 1 to 409 points (${v}).`);
      t.chart.titleFont.size = v;
    });
  }
}

export class ChartLegend extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'legend', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return { visible: (t) => t.chart.legendVisible };
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.write('visible', v, (t) => {
      t.chart.legendVisible = v;
    });
  }
}

export class ChartAxes extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'axes', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return {};
  }
  protected override navigation() {
    return { categoryAxis: () => this.categoryAxis, valueAxis: () => this.valueAxis };
  }
  get categoryAxis(): ChartAxis {
    return this.child('categoryAxis', () => new ChartAxis(this.context, () => this.peek(), 'categoryAxis', this, 'category'));
  }
  get valueAxis(): ChartAxis {
    return this.child('valueAxis', () => new ChartAxis(this.context, () => this.peek(), 'valueAxis', this, 'value'));
  }
}

export class ChartAxis extends ClientObject<ChartRef> {
  constructor(
    ctx: DoubleContext,
    resolve: () => ChartRef | null,
    segment: string,
    parent: PathOwner,
    private readonly which: 'category' | 'value',
  ) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return this.which === 'category'
      ? { reversePlotOrder: (t) => t.chart.reversedCategories, position: (t) => t.chart.valueAxisCrosses }
      : { reversePlotOrder: () => false, position: () => 'Automatic' };
  }
  get reversePlotOrder(): boolean {
    return this.read('reversePlotOrder');
  }
  set reversePlotOrder(v: boolean) {
    this.write('reversePlotOrder', v, (t) => {
      if (this.which !== 'category') throw officeError('InvalidOperation', 'The double reverses only the category axis.');
      t.chart.reversedCategories = v;
    });
  }
  /** ExcelApi 1.8: where the other axis crosses this one. */
  get position(): string {
    return this.read('position');
  }
  set position(v: string) {
    this.write('position', v, (t) => {
      this.context.requireApi('1.8', 'ChartAxis.position');
      if (!['Automatic', 'Maximum', 'Minimum'].includes(v))
        throw officeError('InvalidArgument', `"${v}" is not an axis position the double knows.`);
      if (this.which !== 'category')
        throw officeError('InvalidOperation', 'The double sets where the value axis crosses the category axis only.');
      t.chart.valueAxisCrosses = v as ChartModel['valueAxisCrosses'];
    });
  }
}

interface SeriesRef extends ChartRef {
  index: number;
}

export class ChartSeriesCollection extends ClientObject<ChartRef> {
  constructor(ctx: DoubleContext, resolve: () => ChartRef | null, parent: PathOwner) {
    super(ctx, resolve, 'series', parent);
  }
  protected scalars(): Scalars<ChartRef> {
    return { count: (t) => t.chart.series.length };
  }
  get count(): number {
    return this.read('count');
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(
      this.context,
      () => {
        const t = this.peek();
        return t ? { ...t, index } : null;
      },
      `getItemAt(${index})`,
      this,
    );
  }
}

function seriesOf(t: SeriesRef): ChartSeriesModel {
  const s = t.chart.series[t.index];
  if (!s) throw officeError('ItemNotFound', `The chart has no series ${t.index}.`);
  return s;
}

export class ChartSeries extends ClientObject<SeriesRef> {
  constructor(ctx: DoubleContext, resolve: () => SeriesRef | null, segment: string, parent: PathOwner) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<SeriesRef> {
    return {
      name: (t) => seriesOf(t).name,
      hasDataLabels: (t) => seriesOf(t).dataLabels !== null,
      gapWidth: (t) => seriesOf(t).gapWidth,
    };
  }
  protected override navigation() {
    return { dataLabels: () => this.dataLabels, format: () => this.format };
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write('name', v, (t) => {
      seriesOf(t).name = v;
    });
  }
  /** ExcelApi 1.7. */
  get hasDataLabels(): boolean {
    return this.read('hasDataLabels');
  }
  set hasDataLabels(v: boolean) {
    this.write('hasDataLabels', v, (t) => {
      this.context.requireApi('1.7', 'ChartSeries.hasDataLabels');
      const s = seriesOf(t);
      s.dataLabels = v ? (s.dataLabels ?? { showValue: true, showCategoryName: false, showSeriesName: false, showLegendKey: false }) : null;
    });
  }
  /** ExcelApi 1.8: the gap between bars, 0 to 500 (% of a bar's width). */
  get gapWidth(): number {
    return this.read('gapWidth');
  }
  set gapWidth(v: number) {
    this.write('gapWidth', v, (t) => {
      this.context.requireApi('1.8', 'ChartSeries.gapWidth');
      if (!(Number.isInteger(v) && v >= 0 && v <= 500)) throw officeError('InvalidArgument', `A gap width is from 0 to 500 (${v}).`);
      seriesOf(t).gapWidth = v;
    });
  }
  /** ExcelApi 1.8. */
  get dataLabels(): ChartDataLabels {
    return this.child('dataLabels', () => new ChartDataLabels(this.context, () => this.peek(), this));
  }
  get format(): ChartSeriesFormat {
    return this.child('format', () => new ChartSeriesFormat(this.context, () => this.peek(), this));
  }
  setXAxisValues(source: Range): void {
    this.write('setXAxisValues', null, (t) => {
      this.context.requireApi('1.7', 'ChartSeries.setXAxisValues');
      seriesOf(t).categories = { ...rangeOf(source, t.sheet) };
    });
  }
  setValues(source: Range): void {
    this.write('setValues', null, (t) => {
      this.context.requireApi('1.7', 'ChartSeries.setValues');
      seriesOf(t).values = { ...rangeOf(source, t.sheet) };
    });
  }
}

type LabelFlag = 'showValue' | 'showCategoryName' | 'showSeriesName' | 'showLegendKey';

export class ChartDataLabels extends ClientObject<SeriesRef> {
  constructor(ctx: DoubleContext, resolve: () => SeriesRef | null, parent: PathOwner) {
    super(ctx, resolve, 'dataLabels', parent);
  }
  protected scalars(): Scalars<SeriesRef> {
    const flag = (k: LabelFlag) => (t: SeriesRef) => seriesOf(t).dataLabels?.[k] ?? false;
    return {
      showValue: flag('showValue'),
      showCategoryName: flag('showCategoryName'),
      showSeriesName: flag('showSeriesName'),
      showLegendKey: flag('showLegendKey'),
    };
  }
  private set(k: LabelFlag, v: boolean): void {
    this.write(k, v, (t) => {
      this.context.requireApi('1.8', 'ChartSeries.dataLabels');
      const s = seriesOf(t);
      s.dataLabels ??= { showValue: false, showCategoryName: false, showSeriesName: false, showLegendKey: false };
      s.dataLabels[k] = v;
    });
  }
  get showValue(): boolean {
    return this.read('showValue');
  }
  set showValue(v: boolean) {
    this.set('showValue', v);
  }
  get showCategoryName(): boolean {
    return this.read('showCategoryName');
  }
  set showCategoryName(v: boolean) {
    this.set('showCategoryName', v);
  }
  get showSeriesName(): boolean {
    return this.read('showSeriesName');
  }
  set showSeriesName(v: boolean) {
    this.set('showSeriesName', v);
  }
  get showLegendKey(): boolean {
    return this.read('showLegendKey');
  }
  set showLegendKey(v: boolean) {
    this.set('showLegendKey', v);
  }
}

export class ChartSeriesFormat extends ClientObject<SeriesRef> {
  constructor(ctx: DoubleContext, resolve: () => SeriesRef | null, parent: PathOwner) {
    super(ctx, resolve, 'format', parent);
  }
  protected scalars(): Scalars<SeriesRef> {
    return {};
  }
  protected override navigation() {
    return { fill: () => this.fill };
  }
  get fill(): ChartFill {
    return this.child('fill', () => new ChartFill(this.context, () => this.peek(), this));
  }
}

export class ChartFill extends ClientObject<SeriesRef> {
  constructor(ctx: DoubleContext, resolve: () => SeriesRef | null, parent: PathOwner) {
    super(ctx, resolve, 'fill', parent);
  }
  protected scalars(): Scalars<SeriesRef> {
    return {};
  }
  setSolidColor(color: string): void {
    const c = normaliseColor(color);
    this.write('setSolidColor', color, (t) => {
      seriesOf(t).fill = c;
    });
  }
  clear(): void {
    this.write('clear', null, (t) => {
      seriesOf(t).fill = null;
    });
  }
}
