import { create } from 'zustand';
import type { LockReason, Operator, VaultStatus, VaultTarget } from '../../shared/contract/schemas';
import { resettable } from './resetRegistry';

/** Why the user is back on the welcome or unlock screen; shown once as a notice. */
export type SessionNotice = { kind: 'locked'; reason: LockReason };

interface SessionData {
  status: VaultStatus | null;
  /** The file the create/unlock screen is about: main's token for it, and its path to show. */
  target: VaultTarget | null;
  /** The target is the demo vault, which opens again without typing its public passphrase. */
  targetDemo: boolean;
  notice: SessionNotice | null;
}

export interface SessionState extends SessionData {
  setStatus(status: VaultStatus): void;
  setTarget(target: VaultTarget | null, demo?: boolean): void;
  setNotice(notice: SessionNotice | null): void;
  operator(): Operator | null;
  reset(): void;
}

const initial = (): SessionData => ({ status: null, target: null, targetDemo: false, notice: null });

export const useSession = resettable(
  'session',
  create<SessionState>()((set, get) => ({
    ...initial(),
    setStatus: (status) => set({ status }),
    setTarget: (target, demo = false) => set({ target, targetDemo: demo }),
    setNotice: (notice) => set({ notice }),
    operator: () => get().status?.operator ?? null,
    reset: () => set(initial()),
  })),
);
