import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { applySessionSecurity, CONTENT_SECURITY_POLICY } from '../../../electron/main/securityPolicy';
import { FakeEvent, FakeSession, resetElectronMock } from './electronMock';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== undefined && tokens[0] !== '')
      .map(([name, ...values]) => [name as string, values]),
  );
}

function securedSession(): FakeSession {
  const session = new FakeSession();
  applySessionSecurity(session as never);
  return session;
}

beforeEach(() => {
  resetElectronMock();
});

describe('the content security policy', () => {
  it('allows no inline script, no eval and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    const allowedSources = new Set(["'self'", "'none'", 'data:', 'blob:']);
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      expect(values.length, name).toBeGreaterThan(0);
      for (const value of values) expect(allowedSources, `${name} ${value}`).toContain(value);
    }
  });

  it('denies by default and closes scripts from elsewhere, plugins, base, forms and framing', () => {
    const map = directives(CONTENT_SECURITY_POLICY);
    expect(map.get('default-src')).toEqual(["'none'"]);
    expect(map.get('script-src')).toEqual(["'self'"]);
    expect(map.get('connect-src')).toEqual(["'self'"]);
    expect(map.get('object-src')).toEqual(["'none'"]);
    expect(map.get('base-uri')).toEqual(["'none'"]);
    expect(map.get('form-action')).toEqual(["'none'"]);
    expect(map.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is added to every response of the session (exactly this policy), keeping other headers', () => {
    const session = securedSession();
    const callback = vi.fn();
    session.headersListener?.({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('session-wide denials', () => {
  it('refuses every permission request and every permission check', () => {
    const session = securedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(null, permission, 'app://casustafel', {}), permission).toBe(false);
    }
  });

  it('hands no USB, HID or serial device to the page and fetches no spell-check dictionaries', () => {
    const session = securedSession();
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://casustafel' })).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every download, so nothing is written outside the vault', () => {
    const session = securedSession();
    const event = new FakeEvent();
    session.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
