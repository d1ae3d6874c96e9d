import base from './playwright.config';
import { defineConfig } from '@playwright/test';

/**
 * Screenshots of the main screens on the demo vault, for a visual check (not part of `npm test`):
 * npx playwright test -c tests/e2e/screenshots.config.ts  → /tmp/casustafel-*.png
 */
export default defineConfig({ ...base, testMatch: 'screenshots.shots.ts', reporter: [['list']] });
