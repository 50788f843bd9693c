// What the pane reads about Office (env.ts), over the Office double: the platform and how files reach the user, the
// display language, the theme and its changes (by event where the host reports them, else when the pane regains
// focus), and opening a workbook in Excel (ExcelApi 1.8). Also the New tab's default year.

import { createOfficeDouble, type OfficePlatform } from '../../src/excel-double';
import { paneEnv } from '../../src/taskpane/env';
import { reviewYear } from '../../src/taskpane/panels/NewPanel';

/** A window double: only focus and visibility listeners matter here. */
function fakeWindow() {
  const listeners = new Map<string, Set<() => void>>();
  return {
    addEventListener: (type: string, l: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(l)),
    removeEventListener: (type: string, l: () => void) => listeners.get(type)?.delete(l),
    fire: (type: string) => listeners.get(type)?.forEach((l) => l()),
    count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  } as unknown as Window & { fire(type: string): void; count(): number };
}

describe('the pane environment over the Office double', () => {
  test.each<[OfficePlatform, string, string]>([
    ['PC', 'windows', 'download'],
    ['OfficeOnline', 'web', 'download'],
    ['Mac', 'mac', 'open'],
    ['iOS', 'ios', 'open'],
    ['Android', 'android', 'download'],
  ])('Office.context.platform %s: %s, files by %s', (platform, expected, delivery) => {
    const office = createOfficeDouble({ apiVersion: '1.14' }, { platform });
    const env = paneEnv(office, office.createWorkbook, fakeWindow());
    expect([env.platform, env.delivery]).toEqual([expected, delivery]);
  });

  test('outside Office: unknown platform, downloads, Vietnamese, light', () => {
    const env = paneEnv(undefined, undefined, fakeWindow());
    expect([env.platform, env.delivery, env.lang, env.dark(), env.openWorkbook]).toEqual(['unknown', 'download', 'vi', false, null]);
  });

  test.each([
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['zh-CN', 'en'],
  ])('display language %s -> %s', (displayLanguage, lang) => {
    const office = createOfficeDouble({ apiVersion: '1.14' }, { displayLanguage });
    expect(paneEnv(office, undefined, fakeWindow()).lang).toBe(lang);
  });

  test('the theme follows OfficeThemeChanged where the host raises it; the handler is removed after', () => {
    const office = createOfficeDouble({ apiVersion: '1.14' }, { dark: false, themeEvents: true });
    const win = fakeWindow();
    const env = paneEnv(office, undefined, win);
    const seen: boolean[] = [];
    const stop = env.onThemeChange((dark) => seen.push(dark));
    expect(office.themeHandlers()).toBe(1);
    office.setTheme(true);
    office.setTheme(true); // no change, no call
    office.setTheme(false);
    expect(seen).toEqual([true, false]);
    stop();
    expect(office.themeHandlers()).toBe(0);
    expect(win.count()).toBe(0);
    office.setTheme(true);
    expect(seen).toEqual([true, false]);
  });

  test('where the host does not report theme changes, the theme is read again when the pane regains focus', () => {
    const office = createOfficeDouble({ apiVersion: '1.14' }, { dark: true, themeEvents: false });
    const win = fakeWindow();
    const env = paneEnv(office, undefined, win);
    expect(env.dark()).toBe(true);
    const seen: boolean[] = [];
    env.onThemeChange((dark) => seen.push(dark));
    expect(office.themeHandlers()).toBe(0);
    office.setTheme(false);
    expect(seen).toEqual([]);
    win.fire('focus');
    expect(seen).toEqual([false]);
    win.fire('visibilitychange');
    expect(seen).toEqual([false]);
  });

  test('a theme given only by colours (no isDarkTheme) is judged by the background', () => {
    const env = paneEnv({ context: { officeTheme: { bodyBackgroundColor: '#1F1F1F' } } }, undefined, fakeWindow());
    expect(env.dark()).toBe(true);
    expect(paneEnv({ context: { officeTheme: { bodyBackgroundColor: '#F3F3F3' } } }, undefined, fakeWindow()).dark()).toBe(false);
  });

  test('workbooks open in Excel (createWorkbook) with ExcelApi 1.8; not on older hosts; bad files refused', async () => {
    const office = createOfficeDouble({ apiVersion: '1.14' }, { platform: 'Mac' });
    const env = paneEnv(office, office.createWorkbook, fakeWindow());
    await env.openWorkbook!('UEsDBBQAAAAIAA==');
    expect(office.opened).toEqual(['UEsDBBQAAAAIAA==']);
    await expect(office.createWorkbook('not base64!')).rejects.toMatchObject({ code: 'InvalidArgument' });
    const old = createOfficeDouble({ apiVersion: '1.7' }, { platform: 'Mac' });
    expect(paneEnv(old, old.createWorkbook, fakeWindow()).openWorkbook).toBeNull();
    await expect(old.createWorkbook('UEsDBBQAAAAIAA==')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('the year a new workbook is for', () => {
  test.each([
    ['2025-01-09', 2024], // the year-end review of 2024, held in January
    ['2025-03-31', 2024],
    ['2025-04-01', 2025],
    ['2025-07-15', 2025], // the mid-year review
    ['2025-12-20', 2025], // a year-end review held in December
  ])('on %s: %i', (day, year) => {
    expect(reviewYear(new Date(`${day}T10:00:00`))).toBe(year);
  });
});
