import { create } from 'zustand';
import { resettable } from './resetRegistry';

interface IdleData {
  /** When core will lock the vault (ISO), as last reported by `vault:activity`. */
  lockAt: string | null;
  warningVisible: boolean;
  /** Seconds left when the warning appeared (60, or less for very short auto-lock times). */
  warningSeconds: number;
  /** Counts "Blijf werken" presses; the idle hook reports activity on each one. */
  stayCount: number;
}

export interface IdleState extends IdleData {
  setLockAt(lockAt: string | null): void;
  showWarning(seconds: number): void;
  /** "Blijf werken": asks the idle hook to report activity; the warning closes once core answers. */
  stay(): void;
  /** Closes the warning because core's deadline moved on. */
  dismissWarning(): void;
  reset(): void;
}

const initial = (): IdleData => ({ lockAt: null, warningVisible: false, warningSeconds: 60, stayCount: 0 });

export const useIdle = resettable(
  'idle',
  create<IdleState>()((set) => ({
    ...initial(),
    setLockAt: (lockAt) => set({ lockAt }),
    showWarning: (warningSeconds) => set({ warningVisible: true, warningSeconds }),
    stay: () => set((state) => ({ stayCount: state.stayCount + 1 })),
    dismissWarning: () => set({ warningVisible: false }),
    reset: () => set(initial()),
  })),
);
