import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const core = vi.hoisted(() => ({
  lock: vi.fn(),
  dispose: vi.fn(),
  createHandlers: vi.fn(),
}));
vi.mock('../../../electron/core/ipc/createHandlers', () => ({ createHandlers: core.createHandlers }));

import { CHANNELS } from '../../../shared/contract/channels';
import { startCasustafel } from '../../../electron/main/appLifecycle';
import { electronMock, FakeBrowserWindow, resetElectronMock } from './electronMock';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
let distDir: string;

beforeEach(() => {
  resetElectronMock();
  core.lock.mockReset();
  core.dispose.mockReset();
  core.createHandlers.mockReset();
  core.createHandlers.mockImplementation(() => ({
    handlers: Object.fromEntries(CHANNELS.map((c) => [c, vi.fn()])),
    session: { lock: core.lock, dispose: core.dispose },
  }));
  // Keep the app's process-wide error handlers off the test runner's own process.
  vi.spyOn(process, 'on').mockImplementation(() => process);
  distDir = mkdtempSync(path.join(tmpdir(), 'casustafel-dist-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(distDir, { recursive: true, force: true });
});

async function startFirstInstance() {
  startCasustafel(distDir);
  await flush();
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window');
  return window;
}

describe('single instance', () => {
  it('a second start quits at once: no window, no IPC, no vault', async () => {
    electronMock.app.requestSingleInstanceLock.mockReturnValue(false);
    startCasustafel(distDir);
    await flush();
    expect(electronMock.app.quit).toHaveBeenCalledTimes(1);
    expect(electronMock.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electronMock.ipcMain.handle).not.toHaveBeenCalled();
    expect(core.createHandlers).not.toHaveBeenCalled();
  });

  it('the first instance brings its window to the front when a second one starts', async () => {
    const window = await startFirstInstance();
    window.isMinimized.mockReturnValue(true);
    electronMock.app.emit('second-instance', {}, [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(electronMock.app.quit).not.toHaveBeenCalled();
  });
});

describe('start-up', () => {
  it('enables the sandbox for all renderers and registers the app scheme before ready', () => {
    startCasustafel(distDir);
    expect(electronMock.app.enableSandbox).toHaveBeenCalled();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    const schemeOrder = electronMock.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0] ?? Infinity;
    const readyOrder = electronMock.app.whenReady.mock.invocationCallOrder[0] ?? -Infinity;
    expect(schemeOrder).toBeLessThan(readyOrder);
  });

  it('secures the session and wires every contract channel before the window loads', async () => {
    const window = await startFirstInstance();
    const session = electronMock.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electronMock.ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect(electronMock.app.listenerCount('web-contents-created')).toBe(1);
    const ipcOrder = Math.max(...electronMock.ipcMain.handle.mock.invocationCallOrder);
    expect(ipcOrder).toBeLessThan(window.loadURL.mock.invocationCallOrder[0] ?? -Infinity);
    expect((window.options.webPreferences as { preload: string }).preload).toBe(path.join(distDir, 'preload', 'preload.cjs'));
  });

  it('gives core the build info and no native binding when none was built for Electron', async () => {
    await startFirstInstance();
    const options = core.createHandlers.mock.calls[0]?.[1] as { buildInfo: { version: string }; nativeBinding?: string };
    expect(options.buildInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(options.nativeBinding).toBeUndefined();
  });

  it('passes the Electron build of the SQLCipher module from dist/native in a dev run', async () => {
    mkdirSync(path.join(distDir, 'native'));
    writeFileSync(path.join(distDir, 'native', 'better_sqlite3.node'), '');
    await startFirstInstance();
    const options = core.createHandlers.mock.calls[0]?.[1] as { nativeBinding?: string };
    expect(options.nativeBinding).toBe(path.join(distDir, 'native', 'better_sqlite3.node'));
  });
});

describe('the vault locks when the app may be left alone', () => {
  it('locks on quit', async () => {
    await startFirstInstance();
    electronMock.app.emit('before-quit', {});
    expect(core.lock).toHaveBeenCalledWith('close');
  });

  it('quits (and so locks) when the last window closes', async () => {
    await startFirstInstance();
    electronMock.app.emit('window-all-closed');
    expect(electronMock.app.quit).toHaveBeenCalled();
  });

  it('locks when the computer goes to sleep', async () => {
    await startFirstInstance();
    electronMock.powerMonitor.emit('suspend');
    expect(core.lock).toHaveBeenCalledWith('suspend');
  });

  it('locks when the screen is locked', async () => {
    await startFirstInstance();
    electronMock.powerMonitor.emit('lock-screen');
    expect(core.lock).toHaveBeenCalledWith('screen_lock');
  });
});
