// Renders the task pane into a page: the add-in (index.tsx) and the browser harness both call this.

import { createRoot } from 'react-dom/client';
import type { Lang } from '../domain/model';
import type { ExcelHost } from '../excel/host';
import { App } from './App';
import type { PaneEnv } from './env';

const LANG_KEY = 'bxtd.lang';

/** The language the user last chose in the pane, else `fallback` (Office's display language). */
function savedLang(fallback: Lang): Lang {
  try {
    const v = window.localStorage.getItem(LANG_KEY);
    return v === 'en' || v === 'vi' ? v : fallback;
  } catch {
    return fallback; // storage may be blocked in the Office webview
  }
}

function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not persisted; the switch still works for this session
  }
}

export function mountTaskPane(element: HTMLElement, opts: { host: ExcelHost; env: PaneEnv }): void {
  createRoot(element).render(<App host={opts.host} env={opts.env} lang={savedLang(opts.env.lang)} onLangChange={saveLang} />);
}
