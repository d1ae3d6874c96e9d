import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScreenLockDetector, needsScreenLockPolling, type SystemIdleState } from '../../../electron/main/screenLockPoll';

const STATES: SystemIdleState[] = ['active', 'idle', 'locked', 'unknown'];

function feed(states: SystemIdleState[]): boolean[] {
  const becameLocked = createScreenLockDetector();
  return states.map((state) => becameLocked(state));
}

describe('the Linux screen lock, read from the system idle state', () => {
  it('locks once when the screen locks, not at every poll while it stays locked', () => {
    expect(feed(['active', 'idle', 'locked', 'locked', 'locked'])).toEqual([false, false, true, false, false]);
  });

  it('locks again at the next screen lock after the screen was unlocked', () => {
    expect(feed(['locked', 'active', 'active', 'locked'])).toEqual([true, false, false, true]);
  });

  it('a desktop without a screen saver to ask (unknown) neither locks nor ends a lock', () => {
    expect(feed(['unknown', 'unknown'])).toEqual([false, false]);
    expect(feed(['locked', 'unknown', 'locked'])).toEqual([true, false, false]);
  });

  it('fires exactly at the polls where the state turns to locked from a known other state', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATES), { maxLength: 60 }), (states) => {
        const fired = feed(states);
        const known = states.map((s, i) => ({ s, i })).filter(({ s }) => s !== 'unknown');
        const expected = states.map(() => false);
        known.forEach(({ s, i }, k) => {
          if (s === 'locked' && (k === 0 || known[k - 1]!.s !== 'locked')) expected[i] = true;
        });
        expect(fired).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is polled where Electron has no lock-screen event: Linux and the BSDs', () => {
    expect(needsScreenLockPolling('linux')).toBe(true);
    expect(needsScreenLockPolling('freebsd')).toBe(true);
    expect(needsScreenLockPolling('darwin')).toBe(false);
    expect(needsScreenLockPolling('win32')).toBe(false);
  });
});
