import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Operator } from '../../shared/contract/schemas';
import { createHandlers } from '../../electron/core/ipc/createHandlers';
import { bridgePage } from '../e2e/bridge/harness';
import { APP_ORIGIN } from '../e2e/bridge/serveRenderer';
import { benchHost } from './benchHost';
import type { LongHistoryFamily } from './longHistoryFamilies';

/**
 * First render in Chromium through the e2e harness (issue #10: dossier ≤ 100 ms; issue #6:
 * timeline of 1 000 events ≤ 200 ms). The page is the production renderer build with the
 * production CSP, `window.casustafel` goes through `dispatch` over a real createHandlers, exactly
 * as in the e2e tests. The figures are the renderer's own performance measures
 * (casustafel:dossier:first-render, casustafel:timeline:first-render: data arrived → committed to
 * the DOM), so the bridge's slower IPC (Playwright bindings instead of Electron IPC) is not in them.
 */
export const CHROMIUM_PATH = process.env.CASUSTAFEL_CHROMIUM ?? '/usr/bin/chromium';
/** The same flags the e2e config launches Chromium with (tests/e2e/playwright.config.ts). */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
const DOSSIER_MEASURE = 'casustafel:dossier:first-render';
const TIMELINE_MEASURE = 'casustafel:timeline:first-render';
const TIMEOUT = 30_000;
/** Hits the start screen's search lists (FamilySearch's default limit). */
const SEARCH_LIMIT = 20;

export interface FirstRenderInput {
  rendererDir: string;
  vaultPath: string;
  passphrase: string;
  operator: Operator;
  /** Surnames of the region, each with at least 20 families (the search shows 20); each run opens the next hit. */
  dossierQueries: string[];
  longFamilies: LongHistoryFamily[];
  workDir: string;
  runs: number;
  warmup: number;
}

export interface FirstRenderResult {
  chrome: string;
  dossierMs: number[];
  timelineMs: number[];
  problems: string[];
}

async function waitForMeasure(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n, 'measure').length > 0, name, { timeout: TIMEOUT });
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').at(-1)!.duration, name);
}

async function clearMeasure(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => performance.clearMeasures(n), name);
}

async function goStart(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor({ timeout: TIMEOUT });
}

/** Types `query` in the start screen's search and waits until `count` hits are listed. */
async function searchHits(page: Page, query: string, count: number) {
  const box = page.getByRole('combobox', { name: 'Zoek een gezin' });
  if ((await box.inputValue()) !== query) await box.fill(query);
  const options = page.getByRole('listbox', { name: 'Gevonden gezinnen' }).getByRole('option');
  await page.waitForFunction(
    ([n]) => document.querySelectorAll('[role="listbox"] [role="option"]').length >= n!,
    [count],
    { timeout: TIMEOUT },
  );
  return options;
}

async function unlockThroughUi(page: Page, openPaths: string[], input: FirstRenderInput): Promise<void> {
  await page.goto(`${APP_ORIGIN}/`);
  openPaths.push(input.vaultPath);
  await page.getByRole('button', { name: 'Kluis openen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Kluis ontgrendelen' }).waitFor({ timeout: TIMEOUT });
  await page.getByLabel('Wachtwoord', { exact: true }).fill(input.passphrase);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wie werkt er?' }).waitFor({ timeout: TIMEOUT });
  await page.getByLabel('Naam').fill(input.operator.name);
  await page.getByLabel('Organisatie').fill(input.operator.organisation);
  await page.getByLabel('Rol', { exact: true }).fill(input.operator.role);
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start' }).waitFor({ timeout: TIMEOUT });
}

/** Opens a different family of the region each run (the next search hit), fresh from Start. */
async function measureDossiers(page: Page, input: FirstRenderInput): Promise<number[]> {
  const samples: number[] = [];
  const total = input.warmup + input.runs;
  if (total > input.dossierQueries.length * SEARCH_LIMIT) throw new Error('Te weinig zoektermen voor het aantal dossiermetingen.');
  for (let i = 0; i < total; i += 1) {
    const options = await searchHits(page, input.dossierQueries[Math.floor(i / SEARCH_LIMIT)]!, SEARCH_LIMIT);
    await clearMeasure(page, DOSSIER_MEASURE);
    await options.nth(i % SEARCH_LIMIT).click();
    const duration = await waitForMeasure(page, DOSSIER_MEASURE);
    if (i >= input.warmup) samples.push(duration);
    await goStart(page);
  }
  return samples;
}

/** Alternates the two long-history families, so each run draws a timeline the store does not hold yet. */
async function measureTimelines(page: Page, input: FirstRenderInput): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < input.warmup + input.runs; i += 1) {
    const family = input.longFamilies[i % input.longFamilies.length]!;
    // Both halves of the double surname: at ten times the region the first half alone is shared
    // by more families than the list shows.
    const query = family.displayName.replace('Gezin ', '').replace('-', ' ');
    const options = await searchHits(page, query, 1);
    await options.filter({ hasText: family.displayName }).first().click();
    await page.getByRole('heading', { level: 1, name: family.displayName }).waitFor({ timeout: TIMEOUT });
    await clearMeasure(page, TIMELINE_MEASURE);
    await page.getByRole('tab', { name: 'Tijdlijn' }).click();
    const duration = await waitForMeasure(page, TIMELINE_MEASURE);
    if (i >= input.warmup) samples.push(duration);
    await goStart(page);
  }
  return samples;
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export async function measureFirstRenders(input: FirstRenderInput): Promise<FirstRenderResult> {
  const userDataDir = path.join(input.workDir, 'chromium-userdata');
  fs.mkdirSync(userDataDir, { recursive: true });
  let browser: Browser | null = null;
  const host = benchHost(userDataDir);
  const { handlers, session } = createHandlers(host);
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    host.runtime.chrome = browser.version();
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const { problems } = await bridgePage(page, handlers, { rendererDir: input.rendererDir });
    await unlockThroughUi(page, host.openPaths, input);
    const dossierMs = await measureDossiers(page, input);
    const timelineMs = await measureTimelines(page, input);
    return { chrome: browser.version(), dossierMs, timelineMs, problems };
  } finally {
    session.dispose();
    await browser?.close();
  }
}
