import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Layer boundaries (docs/design.md, "Layers and their arrows"): arrows point down only. Each entry: the folder, what it may not import. */
const layer = (folder, patterns) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const onlyDomain = { regex: '^(?!\\./)', message: 'src/domain is pure: it imports only its own modules.' };
const onlyWorkbook = {
  regex: '^(?!\\./|\\.\\./domain/)',
  message: 'src/workbook (the format over plain grids) imports only src/domain.',
};
const onlyDomainAndWorkbook = {
  regex: '^(?!\\./|\\.\\./domain/|\\.\\./workbook/)',
  message: 'src/province (the province summary, pure) imports only src/domain and src/workbook: no file I/O, no hosts.',
};
const noUi = (folder) => ({
  regex: '^(react|react-dom|@fluentui/.*)$|^\\.\\./(taskpane|cli|harness)/',
  message: `src/${folder} never imports the task pane, the CLI, the harness or React.`,
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-cli', 'dist-harness', 'out', 'coverage', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('domain', [onlyDomain]),
  layer('workbook', [onlyWorkbook]),
  layer('province', [onlyDomainAndWorkbook]),
  layer('excel', [noUi('excel'), { regex: '^(exceljs|jszip|pizzip|docxtemplater)$', message: 'src/excel talks to Office.js only.' }]),
  layer('xlsx', [noUi('xlsx')]),
  layer('zip', [{ regex: '^(?!\\./|jszip$)', message: 'src/zip is byte work: it imports only its own modules (and JSZip types).' }]),
  layer('minutes', [noUi('minutes')]),
  layer('excel-double', [noUi('excel-double')]),
  layer('cli', [
    {
      regex: '^(react|react-dom|@fluentui/.*)$|^\\.\\./(taskpane|harness|excel|excel-double)/',
      message: 'src/cli runs on Node: no task pane, no Office.js.',
    },
  ]),
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
