import { create } from 'zustand';

/** Whether the side bar shows only its icons: a display preference, not vault content, so localStorage is fine. */
const STORAGE_KEY = 'casustafel.sideNavCollapsed';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

interface SideNavPreference {
  collapsed: boolean;
  toggle(): void;
}

export const useSideNavPreference = create<SideNavPreference>()((set, get) => ({
  collapsed: stored(),
  toggle: () => {
    const collapsed = !get().collapsed;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, String(collapsed));
    } catch {
      // Without storage the choice lasts for this session.
    }
    set({ collapsed });
  },
}));
