import { create } from 'zustand';
import type { FamilyDossier, MeetingDetail, MeetingSummary } from '../../shared/contract/registerChannels';
import { resettable } from './resetRegistry';

interface MeetingData {
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
  /** The meeting open in the editor. */
  detail: MeetingDetail | null;
  /** Dossiers of the families on its agenda (members and consent), by family id. */
  agendaFamilies: Record<string, FamilyDossier>;
  loadError: string | null;
}

export interface MeetingState extends MeetingData {
  setLists(upcoming: MeetingSummary[], past: MeetingSummary[]): void;
  setDetail(detail: MeetingDetail | null): void;
  setAgendaFamily(dossier: FamilyDossier): void;
  setLoadError(message: string | null): void;
  reset(): void;
}

const initial = (): MeetingData => ({ upcoming: [], past: [], detail: null, agendaFamilies: {}, loadError: null });

export const useMeetings = resettable(
  'meetings',
  create<MeetingState>()((set) => ({
    ...initial(),
    setLists: (upcoming, past) => set({ upcoming, past }),
    setDetail: (detail) => set({ detail, loadError: null }),
    setAgendaFamily: (dossier) => set((s) => ({ agendaFamilies: { ...s.agendaFamilies, [dossier.family.id]: dossier } })),
    setLoadError: (loadError) => set({ loadError }),
    reset: () => set(initial()),
  })),
);
