import { powerMonitor, type PowerMonitor } from 'electron';
import type { LockReason } from '../../shared/contract/schemas';

export interface Lockable {
  lock(reason: LockReason): void;
}

/**
 * A laptop that sleeps or whose screen is locked may be left unattended: lock the vault at once,
 * as far as the operating system reports these moments to Electron.
 */
export function installAutoLockTriggers(session: Lockable, monitor: Pick<PowerMonitor, 'on'> = powerMonitor): void {
  monitor.on('suspend', () => lockQuietly(session, 'suspend'));
  monitor.on('lock-screen', () => lockQuietly(session, 'screen_lock'));
}

function lockQuietly(session: Lockable, reason: LockReason): void {
  try {
    session.lock(reason);
  } catch (error) {
    console.error(`[casustafel] vergrendelen bij ${reason} mislukt: ${error instanceof Error ? error.name : typeof error}`);
  }
}
