import { create } from 'zustand';
import type { FamilyDossier } from '../../shared/contract/registerChannels';
import { resettable } from './resetRegistry';

interface DossierData {
  dossier: FamilyDossier | null;
  /** Which tab of the dossier is open; kept when the dossier reloads after a save or undo. */
  tabId: string;
  loadError: string | null;
}

export interface DossierState extends DossierData {
  setDossier(dossier: FamilyDossier | null): void;
  setTab(tabId: string): void;
  setLoadError(message: string | null): void;
  reset(): void;
}

const initial = (): DossierData => ({ dossier: null, tabId: 'overzicht', loadError: null });

export const useDossier = resettable(
  'dossier',
  create<DossierState>()((set) => ({
    ...initial(),
    setDossier: (dossier) => set({ dossier, loadError: null }),
    setTab: (tabId) => set({ tabId }),
    setLoadError: (loadError) => set({ loadError }),
    reset: () => set(initial()),
  })),
);
