import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('../main/electronMock')).electronMock);

import { CHANNELS, type Channel } from '../../../shared/contract/channels';
import type { CasustafelApi } from '../../../shared/contract/api';
import { createPreloadApi } from '../../../electron/preload/preload';
import { electronMock, FakeEmitter } from '../main/electronMock';

function fakeRenderer() {
  const emitter = new FakeEmitter();
  return Object.assign(emitter, { invoke: vi.fn(async (): Promise<unknown> => ({ ok: true, value: null })) });
}

describe('window.casustafel', () => {
  it('is exposed once, under that name, with only invoke and on', () => {
    const calls = electronMock.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, CasustafelApi][];
    expect(calls).toHaveLength(1);
    const [name, api] = calls[0] ?? [];
    expect(name).toBe('casustafel');
    expect(Object.keys(api ?? {}).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('invoke', () => {
  let renderer: ReturnType<typeof fakeRenderer>;
  let api: CasustafelApi;
  beforeEach(() => {
    renderer = fakeRenderer();
    api = createPreloadApi(renderer as never);
  });

  it.each(['vault:export', 'shell:openExternal', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'toString', '', 42, null])(
    'refuses %j with unknown_channel and never reaches ipcRenderer',
    async (channel) => {
      const result = await api.invoke(channel as Channel, undefined as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(renderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('forwards every contract channel with its request', async () => {
    for (const channel of CHANNELS) {
      await api.invoke(channel, { marker: channel } as never);
      expect(renderer.invoke).toHaveBeenLastCalledWith(channel, { marker: channel });
    }
    expect(renderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('turns a transport failure into a typed error without Electron text', async () => {
    renderer.invoke.mockRejectedValue(new Error("Error invoking remote method 'app:info': No handler registered"));
    const result = await api.invoke('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('remote method');
  });
});

describe('on', () => {
  let renderer: ReturnType<typeof fakeRenderer>;
  let api: CasustafelApi;
  beforeEach(() => {
    renderer = fakeRenderer();
    api = createPreloadApi(renderer as never);
  });

  it('hands the listener the payload only, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    api.on('vault:locked', listener);
    const ipcEvent = { sender: { invoke: vi.fn(), send: vi.fn() }, senderId: 0 };
    renderer.emit('vault:locked', ipcEvent, { reason: 'idle' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ reason: 'idle' }]);
  });

  it('drops a payload that does not match the contract', () => {
    const listener = vi.fn();
    api.on('vault:locked', listener);
    renderer.emit('vault:locked', {}, { reason: 'because' });
    renderer.emit('vault:locked', {}, undefined);
    expect(listener).not.toHaveBeenCalled();
  });

  it('subscribes to nothing outside the contract', () => {
    const unsubscribe = api.on('ELECTRON_BROWSER_REQUIRE' as never, vi.fn());
    expect(renderer.on).not.toHaveBeenCalled();
    expect(unsubscribe).toBeTypeOf('function');
  });

  it('returns an unsubscribe that really stops the events', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('vault:locked', listener);
    unsubscribe();
    renderer.emit('vault:locked', {}, { reason: 'user' });
    expect(listener).not.toHaveBeenCalled();
    expect(renderer.listenerCount('vault:locked')).toBe(0);
  });
});
