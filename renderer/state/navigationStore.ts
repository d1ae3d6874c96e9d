import { create } from 'zustand';
import { resettable } from './resetRegistry';

export type Screen =
  | 'welcome'
  | 'create'
  | 'unlock'
  | 'operator'
  | 'home'
  | 'family'
  | 'meetings'
  | 'meeting'
  | 'meetingMode'
  | 'directory'
  | 'followUp'
  | 'log'
  | 'privacy'
  | 'reporting'
  | 'settings'
  | 'about';

/** Screens that show vault content: only reachable while the vault is unlocked. */
export const VAULT_SCREENS: readonly Screen[] = ['home', 'family', 'meetings', 'meeting', 'meetingMode', 'directory', 'followUp', 'log', 'settings', 'privacy', 'reporting'];

interface NavigationData {
  screen: Screen;
  familyId: string | null;
  meetingId: string | null;
  /** Where "Terug" on the about screen leads. */
  returnTo: Screen;
}

export interface NavigationState extends NavigationData {
  go(screen: Screen): void;
  openFamily(id: string): void;
  openMeeting(id: string): void;
  openMeetingMode(id: string): void;
  openAbout(): void;
  reset(): void;
}

const initial = (): NavigationData => ({ screen: 'welcome', familyId: null, meetingId: null, returnTo: 'welcome' });

export const useNavigation = resettable(
  'navigation',
  create<NavigationState>()((set, get) => ({
    ...initial(),
    go: (screen) =>
      set({
        screen,
        familyId: screen === 'family' ? get().familyId : null,
        meetingId: screen === 'meeting' || screen === 'meetingMode' ? get().meetingId : null,
      }),
    openFamily: (familyId) => set({ screen: 'family', familyId, meetingId: null }),
    openMeeting: (meetingId) => set({ screen: 'meeting', meetingId, familyId: null }),
    openMeetingMode: (meetingId) => set({ screen: 'meetingMode', meetingId, familyId: null }),
    openAbout: () => set({ screen: 'about', returnTo: get().screen === 'about' ? get().returnTo : get().screen }),
    reset: () => set(initial()),
  })),
);
