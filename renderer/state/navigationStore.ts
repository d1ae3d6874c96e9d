import { create } from 'zustand';
import { resettable } from './resetRegistry';

export type Screen =
  | 'welcome'
  | 'create'
  | 'unlock'
  | 'operator'
  | 'families'
  | 'family'
  | 'log'
  | 'settings'
  | 'about';

interface NavigationData {
  screen: Screen;
  familyId: string | null;
  /** Where "Terug" on the about screen leads. */
  returnTo: Screen;
}

export interface NavigationState extends NavigationData {
  go(screen: Screen): void;
  openFamily(id: string): void;
  openAbout(): void;
  reset(): void;
}

const initial = (): NavigationData => ({ screen: 'welcome', familyId: null, returnTo: 'welcome' });

export const useNavigation = resettable(
  'navigation',
  create<NavigationState>()((set, get) => ({
    ...initial(),
    go: (screen) => set({ screen, familyId: screen === 'family' ? get().familyId : null }),
    openFamily: (familyId) => set({ screen: 'family', familyId }),
    openAbout: () => set({ screen: 'about', returnTo: get().screen === 'about' ? get().returnTo : get().screen }),
    reset: () => set(initial()),
  })),
);
