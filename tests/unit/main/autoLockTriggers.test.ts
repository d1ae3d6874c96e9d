import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { installAutoLockTriggers } from '../../../electron/main/autoLockTriggers';
import { FakeEmitter } from './electronMock';

describe('auto-lock on sleep and screen lock', () => {
  it('locks with the reason the operating system gave', () => {
    const monitor = new FakeEmitter();
    const session = { lock: vi.fn() };
    installAutoLockTriggers(session, monitor as never);
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(session.lock.mock.calls).toEqual([['suspend'], ['screen_lock']]);
  });

  it('survives a failing lock, logging the error name only', () => {
    const monitor = new FakeEmitter();
    const session = {
      lock: vi.fn(() => {
        throw new Error('backup of "Familie Bakker" failed');
      }),
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installAutoLockTriggers(session, monitor as never);
    expect(() => monitor.emit('suspend')).not.toThrow();
    const logged = spy.mock.calls.flat().join(' ');
    spy.mockRestore();
    expect(logged).toContain('Error');
    expect(logged).not.toContain('Bakker');
  });
});
