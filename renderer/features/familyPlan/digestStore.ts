import { create } from 'zustand';
import type { SessionDigest } from '../../../shared/contract/familyPlanChannels';
import { resettable } from '../../state/resetRegistry';

interface DigestData {
  /** What fell due since this operator's previous session, read once after unlocking. */
  digest: SessionDigest | null;
  dismissed: boolean;
  loadError: string | null;
}

export interface DigestState extends DigestData {
  setDigest(digest: SessionDigest): void;
  setLoadError(message: string): void;
  dismiss(): void;
  reset(): void;
}

const initial = (): DigestData => ({ digest: null, dismissed: false, loadError: null });

/** The digest holds family names: wiped with every other store on lock, so the next unlock reads it anew. */
export const useDigest = resettable(
  'digest',
  create<DigestState>()((set) => ({
    ...initial(),
    setDigest: (digest) => set({ digest, loadError: null }),
    setLoadError: (loadError) => set({ loadError }),
    dismiss: () => set({ dismissed: true }),
    reset: () => set(initial()),
  })),
);
