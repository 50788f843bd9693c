/**
 * @jest-environment jsdom
 */
// The pane as a whole (App.tsx) in jsdom on the strict Excel double: the tabs come from the tab table, each opens its
// panel and hides the others, the language switch, the bloc line in the header, the live region.

import { act } from 'react';
import { TABS } from '../../src/taskpane/tabs';
import { click, find, get, mountPane, openTab, sampleSheets, said, textOf, until } from './dom';

test('every tab of the table is drawn with its label and opens its own panel', async () => {
  await mountPane({ sheets: await sampleSheets() });
  // A tab's label (Fluent also draws a hidden bold copy of it, which reserves its width when selected).
  const label = (id: string) => textOf(get(`tab-${id}`).querySelector('.fui-Tab__content'));
  expect(TABS.map((t) => label(t.id))).toEqual(TABS.map((t) => t.label.vi));
  for (const t of TABS) {
    const panel = await openTab(t.id);
    expect(panel.hidden).toBe(false);
    expect(get(`tab-${t.id}`).getAttribute('aria-selected')).toBe('true');
    for (const other of TABS.filter((o) => o.id !== t.id)) expect(get(`panel-${other.id}`).hidden).toBe(true);
    expect(get(t.primary, panel)).toBeTruthy();
  }
});

test('Check on the sample: the header names the bloc, the live region says how it went', async () => {
  await mountPane({ sheets: await sampleSheets() });
  await click(get('check-button'));
  const summary = await find('check-summary');
  expect(textOf(summary)).toContain('Khối thi đua số 3 — Đắk Lắk — 2024');
  expect(textOf(get('bloc-context'))).toBe('Khối thi đua số 3 · Năm 2024');
  await until(() => expect(said()).toBe('Đã kiểm tra sổ: 0 lỗi, 0 cảnh báo.'));
});

test('the language switch names what it switches to, and switches every label', async () => {
  await mountPane({ sheets: await sampleSheets() });
  const button = get('lang-switch');
  expect(textOf(button)).toBe('English');
  expect(button.querySelector('[lang=en]')).not.toBeNull();
  await click(button);
  expect(textOf(get('tab-check').querySelector('.fui-Tab__content'))).toBe('Check');
  expect(document.documentElement.lang).toBe('en');
  expect(textOf(get('lang-switch'))).toBe('Tiếng Việt');
});

test('the theme follows Office when it changes', async () => {
  const { office } = await mountPane({ sheets: await sampleSheets() });
  const root = document.querySelector<HTMLElement>('.fui-FluentProvider')!;
  expect(root.style.colorScheme).toBe('light');
  await act(async () => office.setTheme(true));
  await until(() => expect(document.querySelector<HTMLElement>('.fui-FluentProvider')!.style.colorScheme).toBe('dark'));
});

test('a refusal reaches the user as a sentence, never as an exception', async () => {
  const sheets = await sampleSheets();
  const { double } = await mountPane({ sheets });
  double.model.cellEditMode = true; // the user is typing in a cell: Excel refuses every request
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await click(get('check-button'));
  const error = await find('error', get('panel-check'));
  expect(textOf(error)).toBe('Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.');
  await until(() => expect(said()).toBe(textOf(error)));
  expect(logged).toHaveBeenCalled(); // the cause, for whoever debugs, in the console only
  logged.mockRestore();
});
