import type { LockReason, VaultStatus, VaultTarget } from '../../shared/contract/schemas';
import { api } from '../api';
import { flushAllSaves } from '../autosave/pendingSaves';
import { useNavigation, type Screen } from '../state/navigationStore';
import { resetAllStores } from '../state/resetRegistry';
import { useSession } from '../state/sessionStore';

/** The screen that belongs to a vault state right after an unlock, create or operator step. */
export function screenFor(status: VaultStatus): Screen {
  if (status.state === 'needs_operator') return 'operator';
  if (status.state === 'unlocked') return 'home';
  return status.path ? 'unlock' : 'welcome';
}

/** The open (or just closed) vault as a target to unlock again: main's token, never a typed path. */
export function targetOf(status: VaultStatus): VaultTarget | null {
  if (status.token === null || status.path === null) return null;
  return { token: status.token, path: status.path, fileName: status.fileName ?? status.path };
}

export function applyStatus(status: VaultStatus): void {
  useSession.getState().setStatus(status);
  if (status.state === 'locked') {
    useSession.getState().setTarget(targetOf(status));
  }
  useNavigation.getState().go(screenFor(status));
}

/**
 * The vault was locked (by the user, by the idle timer, by main on suspend or screen lock): wipe
 * every store, then show why, on the unlock screen of the same file when there is one.
 * Safe to call twice (the lock reply and the 'vault:locked' event both arrive).
 */
export function handleLocked(reason: LockReason): void {
  const { status } = useSession.getState();
  if (status === null || status.state === 'locked') {
    if (useSession.getState().notice === null) useSession.getState().setNotice({ kind: 'locked', reason });
    return;
  }
  // Back to the unlock screen of the same file; the demo too, so nobody reads "no vault yet".
  const target = targetOf(status);
  const demo = status.isDemo;
  resetAllStores();
  useSession.getState().setTarget(target, demo);
  useSession.getState().setNotice({ kind: 'locked', reason });
  useNavigation.getState().go(target ? 'unlock' : 'welcome');
}

/** Lock from the renderer: save what is typed, ask core to lock, and wipe even if core fails. */
export async function lockVault(reason: LockReason): Promise<void> {
  await flushAllSaves();
  try {
    await api.call('vault:lock', { reason });
  } catch {
    // Whatever core answers, the screen must not keep showing vault content.
  }
  handleLocked(reason);
}

/** Follows main's 'vault:locked' event (idle, suspend, screen lock); returns the unsubscribe. */
export function followVaultLocks(): () => void {
  return api.on('vault:locked', ({ reason }) => handleLocked(reason));
}

/** After a reload of the window the vault may still be open in main: pick up where it is. */
export function resumeOpenVault(): void {
  api
    .call('vault:status')
    .then((current) => {
      if (current.state !== 'locked') applyStatus(current);
    })
    .catch(() => undefined);
}
