// The layers' boundaries are enforced by lint (eslint.config.mjs): code that crosses one fails `npm run lint`.

import { execFile } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** The boundary problems `npm run lint` finds in `code` written as `file` (ESLint runs as the CLI does). */
function problems(file: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', file, '--format', 'json'],
      { cwd: ROOT },
      (error, stdout) => {
        try {
          const [r] = JSON.parse(stdout) as { messages: { ruleId: string | null; message: string }[] }[];
          resolve(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
        } catch {
          reject(error ?? new Error(stdout));
        }
      },
    );
    child.stdin!.end(code);
  });
}

test.each([
  ['src/domain/x.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;"],
  ['src/domain/x.ts', "import { UI } from '../taskpane/i18n';\nexport const x = UI;"],
  ['src/domain/x.ts', "import { readBloc } from '../workbook/read';\nexport const x = readBloc;"],
  ['src/workbook/x.ts', "import * as React from 'react';\nexport const x = React;"],
  ['src/workbook/x.ts', "import { loadXlsx } from '../xlsx/read';\nexport const x = loadXlsx;"],
  ['src/minutes/x.ts', "import { UI } from '../taskpane/i18n';\nexport const x = UI;"],
  ['src/xlsx/x.ts', "import { main } from '../cli/main';\nexport const x = main;"],
  ['src/cli/x.ts', "import { readWorkbook } from '../excel/actions';\nexport const x = readWorkbook;"],
  ['src/province/x.ts', "import { loadXlsx } from '../xlsx/read';\nexport const x = loadXlsx;"],
])(
  '%s may not import: %s',
  async (file, code) => {
    expect((await problems(file, code)).length).toBe(1);
  },
  30_000,
);

test.each([
  ['src/domain/x.ts', "import { fold } from './text';\nexport const x = fold;"],
  ['src/workbook/x.ts', "import { fold } from '../domain/text';\nexport const x = fold;"],
  [
    'src/taskpane/x.ts',
    "import * as React from 'react';\nimport { readBloc } from '../workbook/read';\nexport const x = [React, readBloc];",
  ],
])(
  '%s may import: %s',
  async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  },
  30_000,
);
