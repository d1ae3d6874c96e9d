import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createHandlers } from '../../../electron/core/ipc/createHandlers';
import type { HandlerTable } from '../../../electron/core/ipc/handlerTable';
import type { HostServices } from '../../../electron/core/ipc/hostServices';
import type { VaultSession } from '../../../electron/core/session/VaultSession';
import { bridgePage } from './harness';
import { emitToPage } from './installBridge';
import { APP_ORIGIN } from './serveRenderer';

const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as { version: string })
  .version;

export interface AppHarness {
  page: Page;
  /** Scratch folder for this test's vault files (inside the OS temp dir). */
  workDir: string;
  /** The app's data folder for this test (recent list, demo vault, backups). */
  userDataDir: string;
  handlers: HandlerTable;
  session: VaultSession;
  version: string;
  /** The path the next "save as" dialog returns (null = the user cancels). */
  setNextCreatePath(filePath: string | null): void;
  /** The path the next "open" dialog returns (null = the user cancels). */
  setNextOpenPath(filePath: string | null): void;
  /**
   * Main's token for a vault file, as a dialog would hand it out: the only way a test calling core
   * directly names a vault (`vault:create` and `vault:unlock` take no path).
   */
  vaultToken(filePath: string): string;
  /** The path the next handover package / receipt "open" dialog returns (null = the user cancels). */
  setNextHandoverFile(filePath: string | null): void;
  /** The next export "save as" dialog is cancelled by the user. */
  cancelNextExport(): void;
  /** Paths of the files written through the export dialog, in order (inside workDir/exports). */
  savedExports: string[];
  /** Suggested names of every export dialog shown, cancelled ones included. */
  exportDialogs: string[];
  /** Opens the app. With `clock: true` the page gets Playwright's fake clock (see advanceClock). */
  open(options?: { clock?: boolean }): Promise<void>;
  /** Moves page time and core time forward together, firing the page's due timers. */
  advanceClock(ms: number): Promise<void>;
  /** Core's current time (moved by advanceClock). */
  coreNow(): number;
  /**
   * Waits until the renderer's idle plan is based on core's current lock deadline (the idle
   * dialog carries it in data-lock-at); returns the milliseconds left until that deadline.
   */
  idleSettled(): Promise<number>;
  /** Returns and clears the CSP violations and page errors seen so far (otherwise they fail the test). */
  takePageProblems(): string[];
  /** Runs axe (WCAG 2.0/2.1 A and AA) on the current page and fails on any violation. */
  expectAccessible(screenName: string): Promise<void>;
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page, browser }, use) => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casustafel-e2e-'));
    const userDataDir = path.join(workDir, 'userData');
    fs.mkdirSync(userDataDir);
    const createPaths: (string | null)[] = [];
    const openPaths: (string | null)[] = [];
    const handoverPaths: (string | null)[] = [];
    const savedExports: string[] = [];
    const exportDialogs: string[] = [];
    let cancelExport = false;
    let clockOffsetMs = 0;

    const host: HostServices = {
      runtime: { electron: 'geen (e2e-brug)', chrome: browser.version(), node: process.versions.node, platform: process.platform },
      userDataDir,
      chooseCreatePath: async () => createPaths.shift() ?? null,
      chooseOpenPath: async () => openPaths.shift() ?? null,
      chooseHandoverFile: async () => handoverPaths.shift() ?? null,
      // The "save as" dialog accepts the suggested name in the test's own folder.
      saveExportFile: async (suggestedName, data) => {
        exportDialogs.push(suggestedName);
        if (cancelExport) {
          cancelExport = false;
          return null;
        }
        const target = path.join(workDir, 'exports', suggestedName);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, data, { mode: 0o600 });
        savedExports.push(target);
        return target;
      },
      // The folder dialog picks the test's own exports folder.
      chooseExportFolder: async () => {
        exportDialogs.push('(map)');
        if (cancelExport) {
          cancelExport = false;
          return null;
        }
        const folder = path.join(workDir, 'exports');
        fs.mkdirSync(folder, { recursive: true });
        return folder;
      },
      notifyLocked: (reason) => emitToPage(page, 'vault:locked', { reason }),
    };
    const { handlers, session } = createHandlers(host, {
      now: () => new Date(Date.now() + clockOffsetMs),
      buildInfo: { version: PACKAGE_VERSION, buildTime: new Date().toISOString(), commit: 'e2e' },
    });

    // A CSP violation or an uncaught error in the page fails the test that caused it.
    const { problems: pageProblems } = await bridgePage(page, handlers);

    const harness: AppHarness = {
      page,
      workDir,
      userDataDir,
      handlers,
      session,
      version: PACKAGE_VERSION,
      setNextCreatePath: (p) => void createPaths.push(p),
      setNextOpenPath: (p) => void openPaths.push(p),
      vaultToken: (p) => session.targets.tokenFor(path.resolve(p)),
      setNextHandoverFile: (p) => void handoverPaths.push(p),
      cancelNextExport: () => {
        cancelExport = true;
      },
      savedExports,
      exportDialogs,
      async open(options = {}) {
        if (options.clock) await page.clock.install();
        await page.goto(`${APP_ORIGIN}/`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      },
      async advanceClock(ms) {
        clockOffsetMs += ms;
        await page.clock.fastForward(ms);
      },
      takePageProblems: () => pageProblems.splice(0, pageProblems.length),
      coreNow: () => Date.now() + clockOffsetMs,
      async idleSettled() {
        await expect
          .poll(async () => {
            const core = session.lockAt()?.toISOString() ?? 'none';
            const shown = await page.locator('dialog[data-lock-at]').getAttribute('data-lock-at');
            return shown === core;
          })
          .toBe(true);
        const lockAt = session.lockAt();
        if (lockAt === null) throw new Error('De kluis heeft geen vergrendeltijd: is hij wel open?');
        return lockAt.getTime() - (Date.now() + clockOffsetMs);
      },
      async expectAccessible(screenName) {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `axe-overtredingen op scherm "${screenName}"`).toEqual([]);
      },
    };

    await use(harness);

    expect(pageProblems, 'CSP-overtredingen of fouten in de pagina').toEqual([]);

    session.dispose();
    fs.rmSync(workDir, { recursive: true, force: true });
  },
});

export { expect };
