import { powerMonitor, type PowerMonitor } from 'electron';
import type { LockReason } from '../../shared/contract/schemas';
import { createScreenLockDetector, IDLE_THRESHOLD_SECONDS, needsScreenLockPolling, SCREEN_LOCK_POLL_MS } from './screenLockPoll';

export interface Lockable {
  lock(reason: LockReason): void;
}

type Monitor = Pick<PowerMonitor, 'prependListener' | 'on' | 'getSystemIdleState'>;

export interface PollTimer {
  setInterval(callback: () => void, ms: number): { unref(): unknown };
}

/**
 * A laptop that sleeps or whose screen is locked may be left unattended: lock the vault at once,
 * as far as the operating system reports these moments. On suspend the vault's close comes before
 * any other listener (prepended): the lid may be shut before anything else has run. Locking only
 * closes the file; its backup follows after resume (see VaultSession.lock). On Linux, where
 * Electron has no `lock-screen` event, the screen lock is polled (see screenLockPoll).
 */
export function installAutoLockTriggers(
  session: Lockable,
  monitor: Monitor = powerMonitor,
  platform: NodeJS.Platform = process.platform,
  timer: PollTimer = globalThis,
): void {
  monitor.prependListener('suspend', () => lockQuietly(session, 'suspend'));
  monitor.on('lock-screen', () => lockQuietly(session, 'screen_lock'));
  if (needsScreenLockPolling(platform)) {
    const becameLocked = createScreenLockDetector();
    const poll = timer.setInterval(() => {
      let state: ReturnType<Monitor['getSystemIdleState']>;
      try {
        state = monitor.getSystemIdleState(IDLE_THRESHOLD_SECONDS);
      } catch {
        return;
      }
      if (becameLocked(state)) lockQuietly(session, 'screen_lock');
    }, SCREEN_LOCK_POLL_MS);
    // The poll must never keep the app alive on its own.
    poll.unref();
  }
}

function lockQuietly(session: Lockable, reason: LockReason): void {
  try {
    session.lock(reason);
  } catch (error) {
    console.error(`[casustafel] vergrendelen bij ${reason} mislukt: ${error instanceof Error ? error.name : typeof error}`);
  }
}
