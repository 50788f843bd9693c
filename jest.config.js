// Three suites share one config: `npm test` (unit, fixtures, adapters), `npm run test:browser` (headless Chromium
// against the harness) and `npm run test:docs` (LibreOffice conversions). BXTD_SUITE picks one.
const suite = process.env.BXTD_SUITE || 'unit';
const apart = ['browser', 'docs'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', ...apart.filter((s) => s !== suite).map((s) => `/test/${s}/`)],
  ...(apart.includes(suite) ? { roots: [`<rootDir>/test/${suite}`] } : {}),
  // Type errors are caught by `npm run typecheck`; tests only transpile, which keeps them fast.
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/globals.ts'],
  // `npm run coverage`: the unit suite's coverage of every source file under src/, those no test loads included (0 %).
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts'],
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
};
