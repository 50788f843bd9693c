// The task pane: a compact header (the bloc of the open workbook once read, and the language switch), one row of tabs
// (the tab table, tabs.tsx: each an icon over its label, all in view at every width), one panel per tab, and a polite
// live region that announces the outcome of every action. Office already shows the add-in's name above the pane, so
// the pane does not repeat it. Panels stay mounted so their results survive switching tabs; the pane listens for
// changes of the bloc's sheets (excel/watch.ts) so that a panel can say at once that what it shows is out of date.

import * as React from 'react';
import { Button, Caption1, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { BlocInfo, Lang, Text } from '../domain/model';
import type { ExcelHost } from '../excel/host';
import { watchWorkbook } from '../excel/watch';
import { blocSheetKey } from '../workbook/new-bloc';
import { TabBar } from './components/TabBar';
import type { PaneEnv } from './env';
import { UI } from './i18n';
import { PaneProvider, type Pane } from './pane';
import { useHiddenStyles } from './styles';
import { panelTestId, TABS, tabTestId, type TabId } from './tabs';

export type { TabId } from './tabs';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalM}`,
    minHeight: '32px',
    minWidth: 0,
  },
  bloc: {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForeground2,
  },
  lang: { flexShrink: 0, minWidth: 'auto', marginLeft: 'auto' },
  panel: { padding: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, minWidth: 0 },
});

export interface AppProps {
  host: ExcelHost;
  env: PaneEnv;
  /** The language to start in (the saved choice, else Office's display language). */
  lang?: Lang;
  onLangChange?: (lang: Lang) => void;
}

declare global {
  interface Window {
    __bxtdFirstRender?: number;
  }
}

/** "Khối thi đua số 3 · Năm 2024" */
function blocLine(info: BlocInfo, lang: Lang): string {
  const period = info.year !== null || info.period ? UI.app.period(info.period ?? '', info.year ?? '')[lang] : '';
  return [info.name, period].filter(Boolean).join(' · ');
}

export function App({ host, env, lang: initialLang, onLangChange }: AppProps) {
  const styles = { ...useStyles(), live: useHiddenStyles().hidden };
  const [lang, setLang] = React.useState<Lang>(initialLang ?? env.lang);
  const [tab, setTab] = React.useState<TabId>(TABS[0].id);
  const [dark, setDark] = React.useState(() => env.dark());
  const [bloc, setBloc] = React.useState<BlocInfo | null>(null);
  const [said, setSaid] = React.useState<{ text: Text; n: number } | null>(null);

  React.useEffect(() => {
    // For the harness's first-render budget.
    if (typeof window !== 'undefined' && window.__bxtdFirstRender === undefined) window.__bxtdFirstRender = performance.now();
  }, []);
  React.useEffect(() => {
    document.documentElement.lang = lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);
  React.useEffect(() => env.onThemeChange(setDark), [env]);

  const announce = React.useCallback((text: Text) => setSaid((prev) => ({ text, n: (prev?.n ?? 0) + 1 })), []);

  // Changes of the bloc's sheets heard so far; a panel compares it with what it had heard when it last read.
  const [changes, setChanges] = React.useState(0);
  const heard = React.useRef(0);
  const changed = React.useCallback(() => setChanges((heard.current += 1)), []);
  const watch = React.useMemo(
    () => watchWorkbook(host, { isInput: (name) => blocSheetKey(name) !== null, onChange: changed }),
    [host, changed],
  );
  const sawWorkbook = React.useCallback(
    (sheets: readonly { name: string }[]) => {
      void watch.watch(sheets.map((s) => s.name));
      return heard.current;
    },
    [watch],
  );

  const pane = React.useMemo<Pane>(
    () => ({ lang, host, env, announce, showBloc: setBloc, tab, goTo: setTab, changes, sawWorkbook, changed }),
    [lang, host, env, announce, tab, changes, sawWorkbook, changed],
  );

  const tabs = TABS.map((t) => ({ id: t.id, label: t.label[lang], icon: t.icon }));
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      className={styles.root}
      dir="ltr"
      style={{ colorScheme: dark ? 'dark' : 'light' }}
    >
      <PaneProvider value={pane}>
        <header>
          <div className={styles.header}>
            <h1 className={styles.live}>{UI.app.title[lang]}</h1>
            {bloc && (
              <Caption1 className={styles.bloc} title={blocLine(bloc, lang)} data-testid="bloc-context">
                {blocLine(bloc, lang)}
              </Caption1>
            )}
            {/* Labelled by what it shows (the language it switches to, written in that language): WCAG 2.5.3. */}
            <Button
              appearance="subtle"
              size="small"
              className={styles.lang}
              title={UI.app.switchToHint[lang]}
              onClick={() => setLang(other)}
              data-testid="lang-switch"
            >
              <span lang={other}>{UI.app.switchTo[lang]}</span>
            </Button>
          </div>
          <TabBar tabs={tabs} selected={tab} onSelect={setTab} label={UI.app.tabs[lang]} />
        </header>
        <main>
          {TABS.map(({ id, Panel }) => (
            <div
              key={id}
              role="tabpanel"
              id={`panel-${id}`}
              aria-labelledby={tabTestId(id)}
              hidden={tab !== id}
              className={styles.panel}
              data-testid={panelTestId(id)}
            >
              <Panel />
            </div>
          ))}
          <div role="status" aria-live="polite" aria-atomic="true" className={styles.live} data-testid="live">
            {said ? `${said.text[lang]}${said.n % 2 ? '' : '\u00a0'}` : ''}
          </div>
        </main>
      </PaneProvider>
    </FluentProvider>
  );
}
