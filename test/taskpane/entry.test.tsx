/**
 * @jest-environment jsdom
 */
// The add-in's entry (index.tsx, mount.tsx) in jsdom: outside Excel it says where it runs; inside, the pane renders
// on Excel.run with what Office says about itself, in the language the user chose last time (kept in the webview's
// storage), else Office's; the ribbon's page only tells Office it is ready.

import { act } from 'react';
import { createExcelDouble, createOfficeDouble, createWorkbook } from '../../src/excel-double';
import { find, get, sampleSheets, textOf, until } from './dom';

// The entry renders with its own copy of React (each test loads it afresh): no act() reaches it; the tests wait for
// what is drawn instead.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

type Ready = (info: { host: string }) => void;

/** Office and Excel as the real globals would be, over the doubles; `host` is where Office says the page runs. */
async function office(host: string, displayLanguage = 'vi-VN') {
  const double = createExcelDouble(createWorkbook(await sampleSheets()));
  const o = createOfficeDouble(double.model, { displayLanguage });
  let ready: Ready = () => undefined;
  Object.assign(globalThis, {
    Office: { ...o, onReady: (cb: Ready) => (ready = cb), HostType: { Excel: 'Excel' } },
    Excel: { run: double.run, createWorkbook: o.createWorkbook },
  });
  return { double, ready: (h = host) => act(async () => ready({ host: h })) };
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  window.localStorage.clear();
});

test('outside Excel: one sentence in both languages, and no pane', async () => {
  const { ready } = await office('Word');
  await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/index')));
  await ready();
  expect(textOf(document.getElementById('root'))).toContain('Bình xét Thi đua chạy trong Excel');
  expect(document.querySelector('[role=tablist]')).toBeNull();
});

test('in Excel: the pane on Excel.run, in Office’s language, then in the language chosen last time', async () => {
  const { ready } = await office('Excel', 'en-US');
  await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/index')));
  await ready();
  await find('check-button');
  expect(textOf(get('tab-check').querySelector('.fui-Tab__content'))).toBe('Check');
  await act(async () => get('check-button').click());
  await until(() => expect(textOf(get('check-summary'))).toContain('Khối thi đua số 3'));
  await act(async () => get('lang-switch').click());
  expect(window.localStorage.getItem('bxtd.lang')).toBe('vi');

  // Opened again: the saved choice wins over Office's display language.
  document.body.innerHTML = '<div id="root"></div>';
  const again = await office('Excel', 'en-US');
  await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/index')));
  await again.ready();
  await find('check-button');
  expect(textOf(get('tab-check').querySelector('.fui-Tab__content'))).toBe('Kiểm tra');
});

test('the ribbon’s page tells Office it is ready, and nothing more', async () => {
  let told = false;
  Object.assign(globalThis, { Office: { onReady: () => void (told = true) } });
  await jest.isolateModulesAsync(async () => void (await import('../../src/taskpane/commands')));
  expect(told).toBe(true);
});
