import { BrowserWindow } from 'electron';
import { APP_START_URL } from './appOrigin';

export interface MainWindowOptions {
  preloadPath: string;
}

/**
 * The renderer is treated as untrusted: no Node, its own isolated world, the Chromium sandbox,
 * same-origin policy on, no <webview>, no experimental web platform features, no middle-click
 * (auxclick) navigation. The preload is the only bridge and exposes just the IPC contract.
 * webPreferences stay an inline literal so static checkers (electronegativity) can see them.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Casustafel',
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  // The document's <title> must not replace the product name in the title bar.
  window.on('page-title-updated', (event) => {
    event.preventDefault();
  });
  void window.loadURL(APP_START_URL);
  return window;
}
