import path from 'node:path';
import { defineConfig } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * The real Electron app, driven through Playwright's _electron. Runs wherever an Electron binary
 * exists; elsewhere every test is skipped with a printed reason (see electronBinary.ts).
 * The JSON report feeds the `N passed, N failed` tally of build/run-tests.mjs.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? path.join(repoRoot, 'test-results', 'e2e-electron.json') }],
  ],
});
