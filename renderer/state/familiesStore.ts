import { create } from 'zustand';
import type { FamilyDetail, FamilySummary } from '../../shared/contract/schemas';
import { resettable } from './resetRegistry';

export type NoteSaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

interface FamiliesData {
  query: string;
  results: FamilySummary[];
  detail: FamilyDetail | null;
  noteDraft: string;
  noteSave: NoteSaveState;
}

export interface FamiliesState extends FamiliesData {
  setQuery(query: string): void;
  setResults(results: FamilySummary[]): void;
  setDetail(detail: FamilyDetail | null): void;
  setNoteDraft(note: string): void;
  setNoteSave(state: NoteSaveState): void;
  reset(): void;
}

const initial = (): FamiliesData => ({
  query: '',
  results: [],
  detail: null,
  noteDraft: '',
  noteSave: { kind: 'idle' },
});

export const useFamilies = resettable(
  'families',
  create<FamiliesState>()((set) => ({
    ...initial(),
    setQuery: (query) => set({ query }),
    setResults: (results) => set({ results }),
    setDetail: (detail) => set({ detail, noteDraft: detail?.note ?? '', noteSave: { kind: 'idle' } }),
    setNoteDraft: (noteDraft) => set({ noteDraft, noteSave: { kind: 'dirty' } }),
    setNoteSave: (noteSave) => set({ noteSave }),
    reset: () => set(initial()),
  })),
);
