import { create } from 'zustand';
import type { ConcernView } from '../../shared/contract/assessmentChannels';
import type { MeetingCase, MeetingModeState } from '../../shared/contract/meetingModeChannels';
import type { FamilyDossier } from '../../shared/contract/registerChannels';
import type { TimelineContent } from '../../shared/contract/timelineChannels';
import type { RunningTimer } from './caseTimer';
import { resettable } from './resetRegistry';

/** What the meeting-mode screen shows about the case in focus, read when the case comes into focus. */
export interface CaseFocusData {
  familyId: string;
  dossier: FamilyDossier | null;
  /** The family's concern: each child's latest assessment, read by core. */
  concern: ConcernView | null;
  timeline: TimelineContent | null;
  error: string | null;
}

interface MeetingModeData {
  meetingId: string | null;
  mode: MeetingModeState | null;
  loadError: string | null;
  /** Index into `mode.cases` of the case in focus. */
  focusIndex: number;
  /** Projector-safe view: other families and medical items hidden, nothing removed. */
  projector: boolean;
  timer: RunningTimer | null;
  /** The app clock as of the last tick (only ticks while a timer runs). */
  nowMs: number;
  /** Elapsed seconds last sent to core per family: a tick saves only when it moved on enough. */
  savedSeconds: Record<string, number>;
  focus: CaseFocusData | null;
  /** JGZ timeline events released: those the vault reports for this meeting's families, plus any released since. */
  releasedEventIds: string[];
  /** The text of the polite live region ("Casus 2 van 3: …"). */
  announcement: string;
  /** Counts exports made here, so the export log reads again after each. */
  exportRevision: number;
}

export interface MeetingModeStoreState extends MeetingModeData {
  setMode(meetingId: string, mode: MeetingModeState): void;
  replaceCase(meetingCase: MeetingCase): void;
  setLoadError(message: string | null): void;
  setFocusIndex(index: number): void;
  setProjector(on: boolean): void;
  setTimer(timer: RunningTimer | null): void;
  setNow(nowMs: number): void;
  markSaved(familyId: string, seconds: number): void;
  setFocus(focus: CaseFocusData | null): void;
  patchFocus(familyId: string, patch: Partial<CaseFocusData>): void;
  addReleasedEvent(eventId: string): void;
  announce(text: string): void;
  bumpExports(): void;
  reset(): void;
}

const initial = (): MeetingModeData => ({
  meetingId: null,
  mode: null,
  loadError: null,
  focusIndex: 0,
  projector: false,
  timer: null,
  nowMs: 0,
  savedSeconds: {},
  focus: null,
  releasedEventIds: [],
  announcement: '',
  exportRevision: 0,
});

/** The meeting being run: agenda, timers, the case in focus. Wiped on lock like every store. */
export const useMeetingMode = resettable(
  'meetingMode',
  create<MeetingModeStoreState>()((set) => ({
    ...initial(),
    setMode: (meetingId, mode) =>
      set((s) =>
        s.meetingId === meetingId
          ? {
              mode,
              loadError: null,
              focusIndex: Math.min(s.focusIndex, Math.max(0, mode.cases.length - 1)),
              releasedEventIds: [...new Set([...s.releasedEventIds, ...(mode.releasedTimelineEventIds ?? [])])],
            }
          : { ...initial(), meetingId, mode, releasedEventIds: [...(mode.releasedTimelineEventIds ?? [])] },
      ),
    replaceCase: (meetingCase) =>
      set((s) => (s.mode ? { mode: { ...s.mode, cases: s.mode.cases.map((c) => (c.familyId === meetingCase.familyId ? meetingCase : c)) } } : {})),
    setLoadError: (loadError) => set({ loadError }),
    setFocusIndex: (focusIndex) => set({ focusIndex }),
    setProjector: (projector) => set({ projector }),
    setTimer: (timer) => set({ timer }),
    setNow: (nowMs) => set({ nowMs }),
    markSaved: (familyId, seconds) => set((s) => ({ savedSeconds: { ...s.savedSeconds, [familyId]: seconds } })),
    setFocus: (focus) => set({ focus }),
    patchFocus: (familyId, patch) => set((s) => (s.focus && s.focus.familyId === familyId ? { focus: { ...s.focus, ...patch } } : {})),
    addReleasedEvent: (eventId) => set((s) => ({ releasedEventIds: s.releasedEventIds.includes(eventId) ? s.releasedEventIds : [...s.releasedEventIds, eventId] })),
    announce: (announcement) => set({ announcement }),
    bumpExports: () => set((s) => ({ exportRevision: s.exportRevision + 1 })),
    reset: () => set(initial()),
  })),
);
