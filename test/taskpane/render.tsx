// Renders a panel inside the pane's context (language, host, environment) for server-rendering tests.

import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang, Text } from '../../src/domain/model';
import type { ExcelHost } from '../../src/excel/host';
import { paneEnv, type PaneEnv } from '../../src/taskpane/env';
import { PaneProvider } from '../../src/taskpane/pane';

export interface TestPane {
  lang?: Lang;
  host?: ExcelHost;
  env?: PaneEnv;
  said?: Text[];
}

const nowhere: ExcelHost = { run: () => Promise.reject(new Error('no Excel in this test')), supports: () => true };

export function renderPane(node: React.ReactNode, opts: TestPane = {}): React.JSX.Element {
  const said = opts.said ?? [];
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneProvider
        value={{
          lang: opts.lang ?? 'vi',
          host: opts.host ?? nowhere,
          env: opts.env ?? paneEnv(undefined),
          announce: (t) => said.push(t),
          showBloc: () => undefined,
          tab: 'check',
          goTo: () => undefined,
          changes: 0,
          sawWorkbook: () => 0,
          changed: () => undefined,
        }}
      >
        {node}
      </PaneProvider>
    </FluentProvider>
  );
}
