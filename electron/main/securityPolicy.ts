import { app, session as electronSession, type Session, type WebContents } from 'electron';
import { isAppUrl } from './appOrigin';

/**
 * The page may load only its own bundled scripts, styles, fonts and images; no inline script, no
 * eval, no remote origin, no plugins, no forms posting anywhere, no framing.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Session-wide rules: every response carries the CSP, every permission (camera, notifications,
 * clipboard-read, geolocation, USB/HID/serial devices, …) is refused, and nothing is ever
 * downloaded to disk — a download could write vault content outside the encrypted file.
 */
export function applySessionSecurity(target: Session = electronSession.defaultSession): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // Spelled out (equal to CONTENT_SECURITY_POLICY, asserted by a unit test) so static
        // checkers such as electronegativity can read and evaluate the policy.
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
  target.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  target.setPermissionCheckHandler(() => false);
  // WebHID, WebUSB and Web Serial: no device is ever handed to the page.
  target.setDevicePermissionHandler(() => false);
  // Off as well at session level, so Chromium never fetches spell-check dictionaries from the web.
  target.setSpellCheckerEnabled(false);
  target.on('will-download', (event) => {
    event.preventDefault();
  });
}

/**
 * Rules for every web contents the app ever creates: it stays on our origin, never opens a new
 * window and never attaches a <webview>.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Installs the web-contents rules before any window exists, so no contents escapes them. */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
}
