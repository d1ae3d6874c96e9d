import { create } from 'zustand';
import type { TimelineContent } from '../../../shared/contract/timelineChannels';
import type { TimelineEvent } from '../../../shared/timeline/timelineEvent';
import { NO_FILTER, type LaneMode, type TimelineFilter, type ZoomLevel } from '../../../shared/timeline/timelineModel';
import { resettable } from '../../state/resetRegistry';

export type TimelineView = 'beeld' | 'tabel';

interface TimelineData {
  familyId: string | null;
  content: TimelineContent | null;
  loadError: string | null;
  mode: LaneMode;
  filter: TimelineFilter;
  /** null: fit everything in view. */
  zoom: ZoomLevel | null;
  centerDay: number | null;
  view: TimelineView;
  /** The item keyboard focus is on (roving tabindex), and the event whose details are open. */
  focusedKey: string | null;
  openId: string | null;
}

export interface TimelineState extends TimelineData {
  setContent(familyId: string, content: TimelineContent): void;
  replaceEvent(event: TimelineEvent): void;
  setLoadError(message: string | null): void;
  setMode(mode: LaneMode): void;
  setFilter(filter: TimelineFilter): void;
  setZoom(zoom: ZoomLevel | null, centerDay: number | null): void;
  setView(view: TimelineView): void;
  setFocused(key: string | null): void;
  open(id: string | null): void;
  reset(): void;
}

const initial = (): TimelineData => ({
  familyId: null,
  content: null,
  loadError: null,
  mode: 'organisatie',
  filter: NO_FILTER,
  zoom: null,
  centerDay: null,
  view: 'beeld',
  focusedKey: null,
  openId: null,
});

/** The Tijdlijn tab's data and view choices; wiped on lock like every store. */
export const useTimeline = resettable(
  'timeline',
  create<TimelineState>()((set) => ({
    ...initial(),
    setContent: (familyId, content) =>
      set((s) => (s.familyId === familyId ? { content, loadError: null } : { ...initial(), mode: s.mode, view: s.view, familyId, content })),
    replaceEvent: (event) =>
      set((s) => {
        if (!s.content) return {};
        const events = s.content.events.some((e) => e.id === event.id) ? s.content.events.map((e) => (e.id === event.id ? event : e)) : [...s.content.events, event];
        return { content: { ...s.content, events } };
      }),
    setLoadError: (loadError) => set({ loadError }),
    setMode: (mode) => set({ mode, focusedKey: null }),
    setFilter: (filter) => set({ filter, focusedKey: null }),
    setZoom: (zoom, centerDay) => set({ zoom, centerDay }),
    setView: (view) => set({ view }),
    setFocused: (focusedKey) => set({ focusedKey }),
    open: (openId) => set({ openId }),
    reset: () => set(initial()),
  })),
);
