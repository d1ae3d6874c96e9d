import { create } from 'zustand';
import type { DirectoryContent } from '../../shared/contract/registerChannels';
import type { Organisation, Professional } from '../../shared/domain/records';
import { resettable } from './resetRegistry';

interface DirectoryData {
  content: DirectoryContent | null;
}

export interface DirectoryState extends DirectoryData {
  setContent(content: DirectoryContent): void;
  organisation(id: string | null): Organisation | undefined;
  professional(id: string | null): Professional | undefined;
  reset(): void;
}

const initial = (): DirectoryData => ({ content: null });

/** The sociale kaart as last loaded: organisations and their contact persons. */
export const useDirectory = resettable(
  'directory',
  create<DirectoryState>()((set, get) => ({
    ...initial(),
    setContent: (content) => set({ content }),
    organisation: (id) => (id === null ? undefined : get().content?.organisations.find((o) => o.id === id)),
    professional: (id) => (id === null ? undefined : get().content?.professionals.find((p) => p.id === id)),
    reset: () => set(initial()),
  })),
);
