import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { createMainWindow } from '../../../electron/main/createWindow';
import { electronMock, FakeBrowserWindow, resetElectronMock } from './electronMock';

async function load() {
  const window = createMainWindow({ preloadPath: '/app/dist/preload/preload.cjs' });
  const created = FakeBrowserWindow.instances.at(-1);
  if (created === undefined) throw new Error('no BrowserWindow was created');
  return { electronMock, window, created, prefs: created.options.webPreferences as Record<string, unknown> };
}

describe('the main window keeps the page away from Node and the OS', () => {
  beforeEach(() => {
    resetElectronMock();
  });

  it('isolates the page: context isolation, sandbox, no Node in page, workers or sub-frames', async () => {
    const { prefs } = await load();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web platform strict: same-origin policy, no mixed content, no webview, no experiments', async () => {
    const { prefs } = await load();
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('uses only the bundled preload', async () => {
    const { prefs } = await load();
    expect(prefs.preload).toBe('/app/dist/preload/preload.cjs');
  });

  it('loads the app from app://casustafel, titled in Dutch, shown once ready', async () => {
    const { created } = await load();
    expect(created.options.title).toBe('Casustafel');
    expect(created.options.show).toBe(false);
    expect(created.loadURL).toHaveBeenCalledWith('app://casustafel/index.html');
    expect(created.show).not.toHaveBeenCalled();
    created.emit('ready-to-show');
    expect(created.show).toHaveBeenCalledTimes(1);
  });
});
