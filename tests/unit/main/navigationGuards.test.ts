import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { installWebContentsGuards } from '../../../electron/main/securityPolicy';
import { electronMock, FakeEvent, FakeWebContents, resetElectronMock } from './electronMock';

function guardedContents(): FakeWebContents {
  installWebContentsGuards();
  const contents = new FakeWebContents();
  // Every web contents the app creates passes through this hook, windows and frames alike.
  electronMock.app.emit('web-contents-created', {}, contents);
  return contents;
}

beforeEach(() => {
  resetElectronMock();
});

describe('every web contents stays on the app', () => {
  it.each(['https://example.org/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'app://user:pw@casustafel/', 'javascript:alert(1)', 'not a url'])(
    'blocks navigation to %s',
    (url) => {
      const contents = guardedContents();
      const event = new FakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
    },
  );

  it('lets the app navigate within its own origin', () => {
    const contents = guardedContents();
    const event = new FakeEvent();
    contents.emit('will-navigate', event, 'app://casustafel/index.html#/over');
    expect(event.defaultPrevented).toBe(false);
  });

  it('blocks redirects off the app', () => {
    const contents = guardedContents();
    const event = new FakeEvent();
    contents.emit('will-redirect', event, 'https://example.org/');
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open for any URL, including our own', () => {
    const contents = guardedContents();
    for (const url of ['https://example.org/', 'app://casustafel/index.html']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach a <webview>', () => {
    const contents = guardedContents();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });
    expect(event.defaultPrevented).toBe(true);
  });
});
