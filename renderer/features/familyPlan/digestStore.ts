import { create } from 'zustand';
import type { SessionDigest } from '../../../shared/contract/familyPlanChannels';
import { resettable } from '../../state/resetRegistry';

interface DigestData {
  /** The page of what fell due since this operator's previous session that Start shows. */
  digest: SessionDigest | null;
  /** Which request the store waits for: a later page asked for wins over an earlier answer. */
  asked: number;
  /** The families whose items are shown (a line opened by the user). */
  expanded: string[];
  loadError: string | null;
}

export interface DigestState extends DigestData {
  ask(): number;
  setDigest(digest: SessionDigest): void;
  setLoadError(message: string): void;
  toggle(familyId: string): void;
  reset(): void;
}

const initial = (): DigestData => ({ digest: null, asked: 0, expanded: [], loadError: null });

/** The digest holds family names: wiped with every other store on lock, so the next unlock reads it anew. */
export const useDigest = resettable(
  'digest',
  create<DigestState>()((set, get) => ({
    ...initial(),
    ask: () => {
      const asked = get().asked + 1;
      set({ asked });
      return asked;
    },
    setDigest: (digest) => set({ digest, loadError: null }),
    setLoadError: (loadError) => set({ loadError }),
    toggle: (familyId) => set((s) => ({ expanded: s.expanded.includes(familyId) ? s.expanded.filter((id) => id !== familyId) : [...s.expanded, familyId] })),
    reset: () => set(initial()),
  })),
);
