// The task pane: a header with the language switch, a tab list (Kiểm tra, Chấm điểm & xếp hạng, Tạo sổ mới,
// Gửi & nhận, Biên bản) and one panel per tab. Panels stay mounted so their results survive switching tabs.

import * as React from 'react';
import {
  FluentProvider,
  Switch,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
  type SelectTabData,
} from '@fluentui/react-components';
import type { Lang } from '../domain/model';
import { applyWritePlan, readWorkbook } from '../excel/actions';
import type { ExcelHost } from '../excel/host';
import { UI } from './i18n';
import { CheckPanel } from './panels/CheckPanel';
import { MinutesPanel } from './panels/MinutesPanel';
import { NewPanel } from './panels/NewPanel';
import { RoundTripPanel } from './panels/RoundTripPanel';
import { ScorePanel } from './panels/ScorePanel';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px', padding: '10px 12px 4px' },
  title: { display: 'flex', alignItems: 'center', gap: '8px', margin: 0 },
  tabs: { padding: '0 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  panel: { padding: '12px', fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export type TabId = 'check' | 'score' | 'new' | 'roundtrip' | 'minutes';

export interface AppProps {
  host: ExcelHost;
  dark: boolean;
  lang: Lang;
  onLangChange?: (lang: Lang) => void;
  /** Absolute URL of the 32 px icon (differs between the add-in and the harness). */
  icon?: string;
}

declare global {
  interface Window {
    __bxtdFirstRender?: number;
  }
}

export function App({ host, dark, lang: initialLang, onLangChange, icon }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<TabId>('check');

  React.useEffect(() => {
    // For the harness's first-render budget.
    if (typeof window !== 'undefined' && window.__bxtdFirstRender === undefined) window.__bxtdFirstRender = performance.now();
  }, []);
  React.useEffect(() => {
    document.documentElement.lang = lang;
    onLangChange?.(lang);
  }, [lang, onLangChange]);

  const tabs: [TabId, string][] = [
    ['check', UI.tabCheck[lang]],
    ['score', UI.tabScore[lang]],
    ['new', UI.tabNew[lang]],
    ['roundtrip', UI.tabRoundTrip[lang]],
    ['minutes', UI.tabMinutes[lang]],
  ];
  const readMaster = React.useCallback(() => readWorkbook(host).then((r) => r.sheets), [host]);
  const applyPlan = React.useCallback((plan: Parameters<typeof applyWritePlan>[1]) => applyWritePlan(host, plan), [host]);

  const panel = (id: TabId, content: React.ReactNode) => (
    <div
      role="tabpanel"
      id={`panel-${id}`}
      aria-labelledby={`tab-${id}`}
      hidden={tab !== id}
      className={styles.panel}
      data-testid={`panel-${id}`}
    >
      {content}
    </div>
  );

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      className={styles.root}
      dir="ltr"
      style={{ colorScheme: dark ? 'dark' : 'light' }}
    >
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {icon && <img src={icon} width={24} height={24} alt="" />}
          {UI.appTitle[lang]}
        </Title3>
        <Switch
          label={UI.english[lang]}
          checked={lang === 'en'}
          onChange={(_, d) => setLang(d.checked ? 'en' : 'vi')}
          aria-label={UI.languageSwitch[lang]}
          data-testid="lang-switch"
        />
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d: SelectTabData) => setTab(d.value as TabId)}
        aria-label={UI.tabs[lang]}
        size="small"
      >
        {tabs.map(([id, label]) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`} data-testid={`tab-${id}`}>
            {label}
          </Tab>
        ))}
      </TabList>
      <main>
        {panel('check', <CheckPanel host={host} lang={lang} />)}
        {panel('score', <ScorePanel host={host} lang={lang} />)}
        {panel('new', <NewPanel host={host} lang={lang} />)}
        {panel('roundtrip', <RoundTripPanel lang={lang} readMaster={readMaster} applyPlan={applyPlan} />)}
        {panel('minutes', <MinutesPanel lang={lang} readMaster={readMaster} applyPlan={applyPlan} onOpenCheck={() => setTab('check')} />)}
      </main>
    </FluentProvider>
  );
}
