import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * e2e through the bridge: Debian's Chromium drives the built renderer, served at http://app.test/,
 * with `window.casustafel` wired to the real core handler table in the test process.
 * Build the renderer first (`npm run test:e2e` does: node build/build.mjs --renderer-only).
 */
const repoRoot = path.resolve(__dirname, '../..');

// The page runs on Amsterdam time (timezoneId below) and core runs in this process, so core must
// too: otherwise, between midnight in Amsterdam and midnight UTC, the page's "today" is a day ahead
// of core's and a date typed as today is refused as lying in the future. In the app both share the
// operating system's zone. Set here, it holds for the runner and every worker it starts.
process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 2,
  retries: 0,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(repoRoot, 'test-results/e2e-artifacts'),
  reporter: [['list'], ['json', { outputFile: path.join(repoRoot, 'test-results/e2e.json') }]],
  use: {
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: process.env.CASUSTAFEL_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
