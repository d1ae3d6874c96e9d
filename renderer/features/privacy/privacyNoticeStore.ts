import { create } from 'zustand';
import { resettable } from '../../state/resetRegistry';

interface NoticeData {
  /** The outcome of the last destruction, shown on the privacy screen after the dossier closed. */
  notice: string | null;
}

export interface PrivacyNoticeState extends NoticeData {
  setNotice(notice: string | null): void;
  reset(): void;
}

export const usePrivacyNotice = resettable(
  'privacyNotice',
  create<PrivacyNoticeState>()((set) => ({
    notice: null,
    setNotice: (notice) => set({ notice }),
    reset: () => set({ notice: null }),
  })),
);
