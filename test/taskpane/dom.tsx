// The task pane in jsdom (files with the `@jest-environment jsdom` docblock): the real App, or a panel in the pane's
// context, rendered with React on the strict Excel double and the Office double, and driven as a user would — clicks,
// typing, keys — with what the user sees read back from the DOM. No snapshots: each test says what it expects.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as React from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  createExcelDouble,
  createOfficeDouble,
  createWorkbook,
  doubleHost,
  type ExcelDouble,
  type OfficeDouble,
  type OfficePlatform,
} from '../../src/excel-double';
import type { Lang } from '../../src/domain/model';
import { App } from '../../src/taskpane/App';
import { paneEnv } from '../../src/taskpane/env';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadXlsx } from '../../src/xlsx/read';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// What every browser the pane runs in has and jsdom leaves out (TextEncoder and TextDecoder: test/globals.ts).
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', 'khoi-thi-dua-so-3.xlsx');
let sample: SheetGrid[] | null = null;

/** The sample workbook's grids (read once), as copies the test may change. */
export async function sampleSheets(): Promise<SheetGrid[]> {
  sample ??= (await loadXlsx(new Uint8Array(fs.readFileSync(SAMPLE)))).sheets;
  return sample.map((s) => ({ ...s, values: s.values.map((r) => (r ? r.slice() : r)), merges: [...s.merges] }));
}

export interface Mounted {
  container: HTMLElement;
  double: ExcelDouble;
  office: OfficeDouble;
  unmount(): Promise<void>;
}

export interface MountOptions {
  sheets?: SheetGrid[];
  lang?: Lang;
  platform?: OfficePlatform;
  apiVersion?: string;
}

const roots: Root[] = [];

/** The whole pane (App) on a double loaded with `sheets` (a blank workbook when none). */
export async function mountPane(opts: MountOptions = {}): Promise<Mounted> {
  const sheets = opts.sheets ?? [{ name: 'Sheet1', values: [], merges: [] }];
  const double = createExcelDouble(createWorkbook(sheets));
  if (opts.apiVersion) double.model.apiVersion = opts.apiVersion;
  const office = createOfficeDouble(double.model, {
    platform: opts.platform ?? 'PC',
    displayLanguage: opts.lang === 'en' ? 'en-US' : 'vi-VN',
  });
  const env = paneEnv(office, office.createWorkbook, window);
  return mount(<App host={doubleHost(double)} env={env} lang={opts.lang} />, double, office);
}

export async function mount(node: React.ReactNode, double: ExcelDouble, office: OfficeDouble): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  roots.push(root);
  await act(async () => root.render(node));
  return {
    container,
    double,
    office,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

afterEach(async () => {
  for (const r of roots.splice(0)) await act(async () => r.unmount());
  document.body.innerHTML = '';
});

/** The element with this data-testid (the first), or null. */
export const byTestId = (id: string, within: ParentNode = document): HTMLElement | null => within.querySelector(`[data-testid="${id}"]`);
export const allByTestId = (id: string, within: ParentNode = document): HTMLElement[] => [
  ...within.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
];

/** The element with this data-testid; fails the test when there is none. */
export function get(id: string, within: ParentNode = document): HTMLElement {
  const el = byTestId(id, within);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el;
}

/** The text a user reads in an element (whitespace folded; what is hidden from assistive technology left out). */
export function textOf(el: Element | null): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits (in real time, letting React and the double's syncs run) until `check` passes; its last failure is the test's. */
export async function until(check: () => void, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await act(async () => new Promise((r) => setTimeout(r, 20)));
    }
  }
}

/** Waits for the element with this data-testid and returns it. */
export async function find(id: string, within: ParentNode = document, ms = 10_000): Promise<HTMLElement> {
  let el: HTMLElement | null = null;
  await until(() => {
    el = byTestId(id, within);
    if (!el) throw new Error(`no element with data-testid="${id}" yet`);
  }, ms);
  return el!;
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Types `text` into an input or textarea as the user would (React hears an input event). */
export async function type(el: Element | null, text: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A key pressed in an element (keydown, keypress, keyup), as a browser sends it. */
export async function press(el: Element, key: string): Promise<void> {
  await act(async () => {
    for (const t of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(t, { key, bubbles: true, cancelable: true }));
  });
}

/** The user types a value into a cell in Excel (through the double, as the harness's grid does). */
export async function typeInCell(double: ExcelDouble, sheet: string, address: string, value: string | number | null): Promise<void> {
  await act(async () => {
    await double.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value ?? '']];
      await context.sync();
    });
  });
}

/** A tab of the pane, chosen by clicking it. */
export async function openTab(id: string): Promise<HTMLElement> {
  await click(get(`tab-${id}`));
  return get(`panel-${id}`);
}

/** What the polite live region says now. */
export const said = (): string => textOf(byTestId('live'));
