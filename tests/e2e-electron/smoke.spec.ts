import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, NO_ELECTRON_REASON, repoRoot } from './electronBinary';

const binary = findElectronBinary();
if (binary === null) console.log(NO_ELECTRON_REASON);
test.skip(binary === null, NO_ELECTRON_REASON);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeAll(async () => {
  for (const file of ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, file))) throw new Error(`${file} ontbreekt: voer eerst \`npm run build\` uit.`);
  }
  userData = mkdtempSync(path.join(tmpdir(), 'casustafel-e2e-electron-'));
  // Linux puts userData under XDG_CONFIG_HOME: keep the test away from the user's own data.
  const env: Record<string, string> = { XDG_CONFIG_HOME: userData };
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && key !== 'XDG_CONFIG_HOME') env[key] = value;
  }
  app = await electron.launch({ executablePath: binary ?? undefined, args: [repoRoot], env });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('opens one window titled Casustafel, loaded from app://casustafel', async () => {
  expect(app.windows()).toHaveLength(1);
  expect(page.url()).toMatch(/^app:\/\/casustafel\//);
  await expect.poll(async () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('Casustafel');
});

test('the page has no Node and sees only window.casustafel.invoke/on', async () => {
  const surface = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys((window as unknown as { casustafel: object }).casustafel).sort(),
  }));
  expect(surface).toEqual({ require: 'undefined', process: 'undefined', api: ['invoke', 'on'] });
});

test('app:info comes from the main process over the real IPC', async () => {
  const electronVersion = await app.evaluate(() => process.versions.electron);
  const result = await page.evaluate(() =>
    (window as unknown as { casustafel: { invoke(c: string, r: unknown): Promise<unknown> } }).casustafel.invoke('app:info', undefined),
  );
  expect(result).toMatchObject({ ok: true, value: { name: 'Casustafel', electron: electronVersion } });
});

test('a channel outside the contract is refused', async () => {
  const result = await page.evaluate(() =>
    (window as unknown as { casustafel: { invoke(c: string, r: unknown): Promise<unknown> } }).casustafel.invoke('shell:openExternal', 'https://example.org'),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
});

test('inline script is blocked by the CSP and window.open opens nothing', async () => {
  const outcome = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    const opened = window.open('https://example.org/');
    return { inlineRan: (window as unknown as { __inline?: number }).__inline === 1, opened: opened !== null };
  });
  expect(outcome).toEqual({ inlineRan: false, opened: false });
  expect(app.windows()).toHaveLength(1);
});

test('navigation away from the app is blocked', async () => {
  await page.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/casustafel\//);
});
