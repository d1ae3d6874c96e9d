import { create } from 'zustand';
import type { MeetingSummary, SearchHit } from '../../shared/contract/registerChannels';
import { resettable } from './resetRegistry';

interface HomeData {
  query: string;
  /** Hits for `hitsFor`; null before the first answer. */
  hits: SearchHit[] | null;
  hitsFor: string;
  recent: SearchHit[];
  upcoming: MeetingSummary[];
}

export interface HomeState extends HomeData {
  setQuery(query: string): void;
  setHits(query: string, hits: SearchHit[]): void;
  setRecent(recent: SearchHit[]): void;
  setUpcoming(upcoming: MeetingSummary[]): void;
  reset(): void;
}

const initial = (): HomeData => ({ query: '', hits: null, hitsFor: '', recent: [], upcoming: [] });

export const useHome = resettable(
  'home',
  create<HomeState>()((set) => ({
    ...initial(),
    setQuery: (query) => set({ query }),
    setHits: (hitsFor, hits) => set({ hitsFor, hits }),
    setRecent: (recent) => set({ recent }),
    setUpcoming: (upcoming) => set({ upcoming }),
    reset: () => set(initial()),
  })),
);
