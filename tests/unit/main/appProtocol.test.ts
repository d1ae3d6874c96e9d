import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { registerAppScheme, resolveAppFile, serveAppProtocol, serveAppRequest } from '../../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/securityPolicy';
import { electronMock, FakeSession, resetElectronMock } from './electronMock';

let base: string;
let rendererRoot: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'casustafel-protocol-'));
  rendererRoot = path.join(base, 'renderer');
  mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Casustafel</title>');
  writeFileSync(path.join(rendererRoot, 'assets', 'app.js'), 'console.log("hallo")');
  writeFileSync(path.join(rendererRoot, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(rendererRoot, 'assets', 'notes.casustafel'), 'not served');
  // A sibling of the renderer folder, as a vault or the main bundle would be.
  writeFileSync(path.join(base, 'secret.html'), 'GEHEIM');
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'index.html'), 'GEHEIM');
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  resetElectronMock();
});

const get = (url: string, method = 'GET') => serveAppRequest(rendererRoot, new Request(url, { method }));

describe('the app:// scheme', () => {
  it('is registered as standard and secure with fetch, and nothing more (no CSP bypass, no CORS, no service workers)', () => {
    registerAppScheme();
    expect(electronMock.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is served for the session from the renderer folder', async () => {
    const session = new FakeSession();
    serveAppProtocol(session as never, rendererRoot);
    const [scheme, handler] = session.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://casustafel/index.html'));
    expect(await response.text()).toContain('<title>Casustafel</title>');
  });
});

describe('serving the renderer build', () => {
  it('serves index.html (also for /) with its MIME type and the CSP header', async () => {
    for (const url of ['app://casustafel/index.html', 'app://casustafel/']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers a client-side route (no extension) with index.html, also after ..', async () => {
    for (const url of ['app://casustafel/families/123', 'app://casustafel/over']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Casustafel</title>');
    }
    expect((await get('app://casustafel/..%2f..%2fetc')).status).toBe(404);
  });

  it('serves scripts and styles with the right MIME types', async () => {
    expect((await get('app://casustafel/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://casustafel/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://casustafel/../secret.html',
    'app://casustafel/%2e%2e/secret.html',
    'app://casustafel/assets/%2e%2e/%2e%2e/secret.html',
    'app://casustafel/..%2fsecret.html',
    'app://casustafel/..%5csecret.html',
    'app://casustafel/%2e%2e%2frenderer-evil/index.html',
    'app://casustafel/index.html%00.js',
    'app://casustafel/assets/notes.casustafel',
    'app://casustafel/missing.js',
    'app://other/index.html',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('GEHEIM');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://casustafel/index.html', 'POST')).status).toBe(405);
  });

  it('never resolves a URL to a file outside the renderer folder, whatever the path', () => {
    const root = path.resolve(rendererRoot);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '%2f', '%5c', '%00', 'assets', 'index.html', '..%2f', '//'), fc.string()), { maxLength: 8 }),
        (segments) => {
          const resolved = resolveAppFile(rendererRoot, `app://casustafel/${segments.join('/')}`);
          return resolved === null || resolved.startsWith(root + path.sep);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
