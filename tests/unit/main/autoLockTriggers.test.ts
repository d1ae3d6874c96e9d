import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

import { installAutoLockTriggers, type PollTimer } from '../../../electron/main/autoLockTriggers';
import { SCREEN_LOCK_POLL_MS, type SystemIdleState } from '../../../electron/main/screenLockPoll';
import { FakeEmitter } from './electronMock';

class FakeMonitor extends FakeEmitter {
  state: SystemIdleState = 'active';
  getSystemIdleState = vi.fn(() => this.state);
}

/** One interval at a time, run by hand. */
function fakePollTimer() {
  const polls: { callback: () => void; ms: number; unref: ReturnType<typeof vi.fn> }[] = [];
  const timer: PollTimer = {
    setInterval(callback, ms) {
      const poll = { callback, ms, unref: vi.fn() };
      polls.push(poll);
      return poll;
    },
  };
  return { timer, polls };
}

describe('auto-lock on sleep and screen lock', () => {
  it('locks with the reason the operating system gave', () => {
    const monitor = new FakeMonitor();
    const session = { lock: vi.fn() };
    installAutoLockTriggers(session, monitor as never, 'darwin');
    monitor.emit('suspend');
    monitor.emit('lock-screen');
    expect(session.lock.mock.calls).toEqual([['suspend'], ['screen_lock']]);
  });

  it('on suspend the vault closes before any listener installed earlier runs', () => {
    const monitor = new FakeMonitor();
    const order: string[] = [];
    monitor.on('suspend', () => order.push('other'));
    installAutoLockTriggers({ lock: () => void order.push('lock') }, monitor as never, 'darwin');
    monitor.emit('suspend');
    expect(order).toEqual(['lock', 'other']);
  });

  it('on Linux polls the idle state and locks once when the screen locks', () => {
    const monitor = new FakeMonitor();
    const session = { lock: vi.fn() };
    const { timer, polls } = fakePollTimer();
    installAutoLockTriggers(session, monitor as never, 'linux', timer);
    expect(polls).toHaveLength(1);
    const [poll] = polls;
    expect(poll!.ms).toBe(SCREEN_LOCK_POLL_MS);
    expect(poll!.unref).toHaveBeenCalled();
    poll!.callback();
    monitor.state = 'locked';
    poll!.callback();
    poll!.callback();
    expect(session.lock.mock.calls).toEqual([['screen_lock']]);
  });

  it('does not poll where the lock-screen event exists', () => {
    const { timer, polls } = fakePollTimer();
    installAutoLockTriggers({ lock: vi.fn() }, new FakeMonitor() as never, 'win32', timer);
    expect(polls).toEqual([]);
  });

  it('survives a failing lock, logging the error name only', () => {
    const monitor = new FakeMonitor();
    const session = {
      lock: vi.fn(() => {
        throw new Error('backup of "Familie Bakker" failed');
      }),
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installAutoLockTriggers(session, monitor as never, 'darwin');
    expect(() => monitor.emit('suspend')).not.toThrow();
    const logged = spy.mock.calls.flat().join(' ');
    spy.mockRestore();
    expect(logged).toContain('Error');
    expect(logged).not.toContain('Bakker');
  });
});
