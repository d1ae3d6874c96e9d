import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { CHANNELS } from '../../../shared/contract/channels';
import type { HandlerTable } from '../../../electron/core/ipc/handlerTable';
import { consoleDispatchLogger, handle, registerIpcChannels } from '../../../electron/main/ipcWiring';
import { electronMock, resetElectronMock } from './electronMock';

const appInfo = {
  name: 'Casustafel',
  version: '0.1.0',
  buildTime: 'onbekend',
  commit: 'onbekend',
  electron: '45.5.0',
  chrome: '140',
  node: '22',
  platform: 'linux',
  sqlcipher: '4.6.1',
};

/** A table where every handler is a spy; only the two used below return something real. */
function spyHandlers() {
  const table = Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn()])) as unknown as Record<string, ReturnType<typeof vi.fn>>;
  table['app:info']?.mockReturnValue(appInfo);
  table['vault:checkPassphrase']?.mockReturnValue({ score: 4, acceptable: true, warning: '', suggestions: [], crackTimeDisplay: 'eeuwen' });
  return { table, handlers: table as unknown as HandlerTable };
}

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } as never });
const ourFrame = frame('app://casustafel/index.html');

beforeEach(() => {
  resetElectronMock();
});

describe('the handle() wrapper', () => {
  it('passes a request from our own page to the handler', async () => {
    const { table, handlers } = spyHandlers();
    const result = await handle(handlers, 'app:info')(ourFrame, undefined);
    expect(result).toEqual({ ok: true, value: appInfo });
    expect(table['app:info']).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a remote page', frame('https://example.org/')],
    ['a local file', frame('file:///home/x/index.html')],
    ['another app:// host', frame('app://evil/index.html')],
    ['a sub-frame of our page', frame('app://casustafel/index.html', { url: 'app://casustafel/index.html' })],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s with forbidden_sender and never calls the handler', async (_label, event) => {
    const { table, handlers } = spyHandlers();
    const result = await handle(handlers, 'vault:checkPassphrase')(event as never, { passphrase: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(table['vault:checkPassphrase']).not.toHaveBeenCalled();
  });

  it('refuses a disposed frame whose properties throw', async () => {
    const { table, handlers } = spyHandlers();
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    const result = await handle(handlers, 'app:info')({ senderFrame: disposed as never }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(table['app:info']).not.toHaveBeenCalled();
  });

  it.each([[{}], [{ passphrase: 42 }], [null], ['wachtwoord'], [{ passphrase: '' }]])(
    'lets an invalid payload (%j) never reach the handler and answers invalid_request',
    async (payload) => {
      const { table, handlers } = spyHandlers();
      const result = await handle(handlers, 'vault:checkPassphrase')(ourFrame, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(table['vault:checkPassphrase']).not.toHaveBeenCalled();
    },
  );

  it('turns an unexpected failure into a Dutch message without stack or content', async () => {
    const { table, handlers } = spyHandlers();
    table['app:info']?.mockImplementation(() => {
      throw new Error('SQLITE_ERROR near "Jansen, Pieter"');
    });
    const logger = { internalError: vi.fn() };
    const result = await handle(handlers, 'app:info', logger)(ourFrame, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toMatch(/Jansen|SQLITE|at /);
    expect(logger.internalError).toHaveBeenCalledTimes(1);
  });
});

describe('registration', () => {
  it('registers exactly the contract channels, each through the wrapper', () => {
    const { handlers } = spyHandlers();
    registerIpcChannels(handlers);
    const registered = electronMock.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(registered.sort()).toEqual([...CHANNELS].sort());
  });

  it('leaves a channel outside the contract without any handler, so it cannot be called', () => {
    const { handlers } = spyHandlers();
    registerIpcChannels(handlers);
    const registered = new Set(electronMock.ipcMain.handle.mock.calls.map(([channel]) => channel));
    for (const name of ['vault:export', 'shell:openExternal', 'fs:read', '__proto__', 'constructor']) {
      expect(registered.has(name), name).toBe(false);
    }
  });

  it('can unregister every channel again', () => {
    const { handlers } = spyHandlers();
    registerIpcChannels(handlers)();
    expect(electronMock.ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNELS.length);
  });
});

describe('the console logger', () => {
  it('logs channel and error name/code only, never the message (it can quote vault content)', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new Error('UPDATE families SET note = "Familie de Vries, mishandeling"'), { code: 'SQLITE_CONSTRAINT' });
    consoleDispatchLogger.internalError('families:updateNote', error);
    const logged = spy.mock.calls.flat().join(' ');
    spy.mockRestore();
    expect(logged).toContain('families:updateNote');
    expect(logged).toContain('SQLITE_CONSTRAINT');
    expect(logged).not.toContain('de Vries');
    expect(logged).not.toContain('UPDATE');
  });
});
