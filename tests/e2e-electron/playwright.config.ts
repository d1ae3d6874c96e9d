import { defineConfig } from '@playwright/test';

/**
 * The real Electron app, driven through Playwright's _electron. Runs wherever an Electron binary
 * exists; elsewhere every test is skipped with a printed reason (see electronBinary.ts).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
});
