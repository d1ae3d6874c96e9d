import { create } from 'zustand';
import { resettable } from '../state/resetRegistry';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  | { kind: 'undone'; description: string | null };

interface SaveStatusData {
  status: SaveStatus;
  /** Saves in flight; "saving" shows while any is. */
  inFlight: number;
  /** Bumped after an undo, so the screen on view reloads what it shows. */
  revision: number;
}

export interface SaveStatusState extends SaveStatusData {
  started(): void;
  saved(at: string): void;
  failed(message: string): void;
  undone(description: string | null): void;
  reset(): void;
}

const initial = (): SaveStatusData => ({ status: { kind: 'idle' }, inFlight: 0, revision: 0 });

/** The one "Opgeslagen om HH:MM" line of the app: every autosave and undo reports here. */
export const useSaveStatus = resettable(
  'saveStatus',
  create<SaveStatusState>()((set) => ({
    ...initial(),
    started: () => set((s) => ({ inFlight: s.inFlight + 1, status: { kind: 'saving' } })),
    saved: (at) => set((s) => ({ inFlight: Math.max(0, s.inFlight - 1), status: { kind: 'saved', at } })),
    failed: (message) => set((s) => ({ inFlight: Math.max(0, s.inFlight - 1), status: { kind: 'failed', message } })),
    undone: (description) => set((s) => ({ status: { kind: 'undone', description }, revision: s.revision + 1 })),
    reset: () => set(initial()),
  })),
);
