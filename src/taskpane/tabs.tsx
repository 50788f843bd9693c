// The pane's tabs, in one table: each tab's id, its label in both languages, its icon, its panel and the test ids of
// its tab and primary action. The tab bar (components/TabBar.tsx), the panels' frames (App.tsx), switching tabs
// (pane.tsx's `goTo`) and the browser tests (test/browser: widths, keyboard, accessibility scans) all read this table,
// so a tab added here is drawn, reachable and checked without another edit. Its panel announces the outcome of its
// primary action in the live region, as every panel does (hooks/useAction.ts), which is what the tests wait for.

import type * as React from 'react';
import {
  bundleIcon,
  ClipboardTaskListLtr20Filled,
  ClipboardTaskListLtr20Regular,
  DocumentText20Filled,
  DocumentText20Regular,
  MailArrowDoubleBack20Filled,
  MailArrowDoubleBack20Regular,
  TableAdd20Filled,
  TableAdd20Regular,
  Trophy20Filled,
  Trophy20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { Text } from '../domain/model';
import { CheckPanel } from './panels/CheckPanel';
import { MinutesPanel } from './panels/minutes/MinutesPanel';
import { NewPanel } from './panels/NewPanel';
import { RoundTripPanel } from './panels/roundtrip/RoundTripPanel';
import { ScorePanel } from './panels/ScorePanel';

export interface TabSpec {
  id: string;
  /** Short enough to sit under its icon in a fifth of a 320 px pane (at most two lines). */
  label: Text;
  icon: FluentIcon;
  Panel: React.ComponentType;
  /** data-testid of the tab's primary action (its button stays in view at 320 × 600 px). */
  primary: string;
}

export const TABS = [
  {
    id: 'check',
    label: { vi: 'Kiểm tra', en: 'Check' },
    icon: bundleIcon(ClipboardTaskListLtr20Filled, ClipboardTaskListLtr20Regular),
    Panel: CheckPanel,
    primary: 'check-button',
  },
  {
    id: 'score',
    label: { vi: 'Chấm điểm', en: 'Score' },
    icon: bundleIcon(Trophy20Filled, Trophy20Regular),
    Panel: ScorePanel,
    primary: 'score-button',
  },
  {
    id: 'new',
    label: { vi: 'Lập sổ', en: 'Set up' },
    icon: bundleIcon(TableAdd20Filled, TableAdd20Regular),
    Panel: NewPanel,
    primary: 'create-button',
  },
  {
    id: 'roundtrip',
    label: { vi: 'Gửi & nhận', en: 'Send & collect' },
    icon: bundleIcon(MailArrowDoubleBack20Filled, MailArrowDoubleBack20Regular),
    Panel: RoundTripPanel,
    primary: 'roundtrip-make',
  },
  {
    id: 'minutes',
    label: { vi: 'Biên bản', en: 'Minutes' },
    icon: bundleIcon(DocumentText20Filled, DocumentText20Regular),
    Panel: MinutesPanel,
    primary: 'minutes-make',
  },
] as const satisfies readonly TabSpec[];

export type TabId = (typeof TABS)[number]['id'];

/** The ids of a tab's parts: its tab and its panel (what `aria-controls` and the tests name). */
export const tabTestId = (id: TabId) => `tab-${id}`;
export const panelTestId = (id: TabId) => `panel-${id}`;
