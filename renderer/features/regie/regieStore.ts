import { create } from 'zustand';
import type { FollowUpPage, RegieOverview } from '../../../shared/contract/regieChannels';
import { resettable } from '../../state/resetRegistry';

interface RegieData {
  /** The open family's regie, actions, escalation and closure. */
  familyId: string | null;
  overview: RegieOverview | null;
  /** The page of Opvolging on screen. */
  followUp: FollowUpPage | null;
  loadError: string | null;
}

export interface RegieState extends RegieData {
  setOverview(familyId: string, overview: RegieOverview): void;
  setFollowUp(followUp: FollowUpPage): void;
  setLoadError(message: string | null): void;
  reset(): void;
}

const initial = (): RegieData => ({ familyId: null, overview: null, followUp: null, loadError: null });

/** Regie and follow-up as last read from the vault; wiped with every other store on lock. */
export const useRegie = resettable(
  'regie',
  create<RegieState>()((set) => ({
    ...initial(),
    setOverview: (familyId, overview) => set({ familyId, overview, loadError: null }),
    setFollowUp: (followUp) => set({ followUp, loadError: null }),
    setLoadError: (loadError) => set({ loadError }),
    reset: () => set(initial()),
  })),
);
