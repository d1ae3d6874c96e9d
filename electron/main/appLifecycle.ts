import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createHandlers } from '../core/ipc/createHandlers';
import { installApplicationMenu } from './applicationMenu';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { installAutoLockTriggers } from './autoLockTriggers';
import { readBuildInfo } from './buildInfo';
import { applyCrashHygiene, describeError, installProcessErrorHandlers } from './crashHygiene';
import { createMainWindow } from './createWindow';
import { createElectronHostServices } from './hostServices';
import { registerIpcChannels } from './ipcWiring';
import { resolveNativeBinding } from './nativeBinding';
import { applySessionSecurity, installWebContentsGuards } from './securityPolicy';
import { claimSingleInstance } from './singleInstance';

type Core = ReturnType<typeof createHandlers>;

/** dist/main/main.cjs → dist/; renderer, preload and the native build sit next to it. */
const DEFAULT_DIST_DIR = path.resolve(__dirname, '..');

function focus(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Lifecycle of the main process. Order matters: hygiene, sandbox and the privileged scheme before
 * `ready`; the single-instance lock before any window; session security before the first load.
 */
export function startCasustafel(distDir: string = DEFAULT_DIST_DIR): void {
  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;

  const lockVault = (reason: 'close'): void => {
    try {
      core?.session.lock(reason);
    } catch (error) {
      console.error(`[casustafel] vergrendelen bij afsluiten mislukt: ${describeError(error)}`);
    }
  };

  applyCrashHygiene();
  installProcessErrorHandlers(() => {
    lockVault('close');
    app.exit(1);
  });
  app.enableSandbox();
  registerAppScheme();

  if (!claimSingleInstance(() => focus(mainWindow))) return;

  installWebContentsGuards();

  app.on('before-quit', () => lockVault('close'));
  app.on('will-quit', () => {
    core?.session.dispose();
    core = null;
  });
  app.on('window-all-closed', () => {
    // The vault is locked on quit; an app without a window would keep it open for nothing.
    app.quit();
  });

  app
    .whenReady()
    .then(() => {
      applySessionSecurity(session.defaultSession);
      serveAppProtocol(session.defaultSession, path.join(distDir, 'renderer'));
      installApplicationMenu();
      const nativeBinding = resolveNativeBinding({ isPackaged: app.isPackaged, distDir });
      core = createHandlers(createElectronHostServices(() => mainWindow), {
        buildInfo: readBuildInfo(),
        ...(nativeBinding === undefined ? {} : { nativeBinding }),
        onBackupError: (error) => console.error(`[casustafel] reservekopie bij vergrendelen mislukt: ${describeError(error)}`),
      });
      registerIpcChannels(core.handlers);
      installAutoLockTriggers(core.session);
      mainWindow = createMainWindow({ preloadPath: path.join(distDir, 'preload', 'preload.cjs') });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      console.error(`[casustafel] starten mislukt: ${describeError(error)}`);
      app.exit(1);
    });
}

