// Conditional formats of the double, as Excel orders them: a sheet's formats are one priority list (the first
// applies over the ones after it), `add` puts the new rule first, `priority` moves a rule (negative counts from
// the end, beyond the ends clamps). A loaded rule is reached again by its id when it was loaded, else by its
// position, which shifts as rules are deleted (see ClientCollection.getItemAt).

import { ClientCollection, ClientObject, officeError, type DoubleContext, type PathOwner } from './client';
import { intersects, type ConditionalFormatModel, type SheetModel } from './model';
import { guardWrite, normaliseColor, type RangeRef } from './objects';

type Scalars<T> = Record<string, (target: T) => unknown>;

interface CfRef {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class ConditionalFormatCollection extends ClientCollection<RangeRef, ConditionalFormat> {
  constructor(ctx: DoubleContext, resolve: () => RangeRef | null, parent: PathOwner) {
    super(
      ctx,
      () => {
        ctx.requireApi('1.6', 'Range.conditionalFormats');
        return resolve();
      },
      'conditionalFormats',
      parent,
    );
  }
  protected list(t: RangeRef): unknown[] {
    return t.sheet.conditionalFormats.filter((cf) => intersects(cf.range, t.range)).map((cf) => ({ sheet: t.sheet, cf }));
  }
  protected itemProxy(entity: unknown): ConditionalFormat {
    return this.getItem(String((entity as CfRef).cf.id));
  }
  protected itemAt(index: number, segment: string): ConditionalFormat {
    return new ConditionalFormat(this.context, () => (this.list(this.target())[index] as CfRef | undefined) ?? null, segment, this);
  }
  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(
      this.context,
      () => (this.list(this.target()) as CfRef[]).find((r) => String(r.cf.id) === String(id)) ?? null,
      `getItem('${id}')`,
      this,
    );
  }
  add(type: string): ConditionalFormat {
    let created: CfRef | null = null;
    this.write(`add`, type, (t) => {
      guardWrite(t.sheet);
      const cf: ConditionalFormatModel = {
        id: this.context.model.nextId++,
        type,
        range: { ...t.range },
        formula: null,
        fill: null,
        fontColor: null,
      };
      t.sheet.conditionalFormats.unshift(cf); // a new rule comes first, over the others
      created = { sheet: t.sheet, cf };
    });
    return new ConditionalFormat(this.context, () => created, `add('${type}')`, this);
  }
  clearAll(): void {
    this.write('clearAll', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !intersects(cf.range, t.range));
    });
  }
}

export class ConditionalFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, segment: string, parent: PathOwner) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<CfRef> {
    return { type: (t) => t.cf.type, id: (t) => String(t.cf.id), priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf) };
  }
  protected override navigation() {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }
  get type(): string {
    return this.read('type');
  }
  get id(): string {
    return this.read('id');
  }
  get priority(): number {
    return this.read('priority');
  }
  /** Moves the rule: 0 first, -1 last; beyond either end, to that end. */
  set priority(v: number) {
    this.write('priority', v, (t) => {
      guardWrite(t.sheet);
      if (!Number.isInteger(v)) throw officeError('InvalidArgument', `The priority must be a whole number (${v}).`);
      const list = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
      const at = v < 0 ? Math.max(0, list.length + 1 + v) : Math.min(v, list.length);
      list.splice(at, 0, t.cf);
      t.sheet.conditionalFormats = list;
    });
  }
  get custom(): CustomConditionalFormat {
    return this.child(
      'custom',
      () =>
        new CustomConditionalFormat(
          this.context,
          () => {
            const t = this.target();
            if (t.cf.type !== 'Custom')
              throw officeError('InvalidOperation', `The conditional format is of type ${t.cf.type}, not Custom.`);
            return t;
          },
          'custom',
          this,
          false,
        ),
    );
  }
  get customOrNullObject(): CustomConditionalFormat {
    return this.child(
      'customOrNullObject',
      () =>
        new CustomConditionalFormat(
          this.context,
          () => {
            const t = this.target();
            return t.cf.type === 'Custom' ? t : null;
          },
          'customOrNullObject',
          this,
          true,
        ),
    );
  }
  delete(): void {
    this.write('delete', null, (t) => {
      guardWrite(t.sheet);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

export class CustomConditionalFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, segment: string, parent: PathOwner, nullable: boolean) {
    super(ctx, resolve, segment, parent, nullable);
  }
  protected scalars(): Scalars<CfRef> {
    return {};
  }
  protected override navigation() {
    return { rule: () => this.rule, format: () => this.format };
  }
  get rule(): ConditionalFormatRule {
    return this.child('rule', () => new ConditionalFormatRule(this.context, () => this.peek(), this));
  }
  get format(): ConditionalRangeFormat {
    return this.child('format', () => new ConditionalRangeFormat(this.context, () => this.peek(), this));
  }
}

export class ConditionalFormatRule extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, parent: PathOwner) {
    super(ctx, resolve, 'rule', parent);
  }
  protected scalars(): Scalars<CfRef> {
    return { formula: (t) => t.cf.formula ?? '' };
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(v: string) {
    this.write('formula', v, (t) => {
      guardWrite(t.sheet);
      t.cf.formula = v;
    });
  }
}

export class ConditionalRangeFormat extends ClientObject<CfRef> {
  constructor(ctx: DoubleContext, resolve: () => CfRef | null, parent: PathOwner) {
    super(ctx, resolve, 'format', parent);
  }
  protected scalars(): Scalars<CfRef> {
    return {};
  }
  protected override navigation() {
    return { fill: () => this.fill, font: () => this.font };
  }
  get fill(): ConditionalColor {
    return this.child('fill', () => new ConditionalColor(this.context, () => this.peek(), 'fill', this, 'fill'));
  }
  get font(): ConditionalColor {
    return this.child('font', () => new ConditionalColor(this.context, () => this.peek(), 'font', this, 'fontColor'));
  }
}

export class ConditionalColor extends ClientObject<CfRef> {
  constructor(
    ctx: DoubleContext,
    resolve: () => CfRef | null,
    segment: string,
    parent: PathOwner,
    private readonly key: 'fill' | 'fontColor',
  ) {
    super(ctx, resolve, segment, parent);
  }
  protected scalars(): Scalars<CfRef> {
    return { color: (t) => t.cf[this.key] };
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    const color = normaliseColor(v);
    this.write('color', v, (t) => {
      guardWrite(t.sheet);
      t.cf[this.key] = color;
    });
  }
}
