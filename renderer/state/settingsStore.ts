import { create } from 'zustand';
import type { AuditVerification, BackupInfo, Settings } from '../../shared/contract/schemas';
import { resettable } from './resetRegistry';

interface SettingsData {
  settings: Settings | null;
  backups: BackupInfo[];
  verification: AuditVerification | null;
}

export interface SettingsState extends SettingsData {
  setSettings(settings: Settings): void;
  setBackups(backups: BackupInfo[]): void;
  setVerification(verification: AuditVerification | null): void;
  reset(): void;
}

const initial = (): SettingsData => ({ settings: null, backups: [], verification: null });

export const useSettings = resettable(
  'settings',
  create<SettingsState>()((set) => ({
    ...initial(),
    setSettings: (settings) => set({ settings }),
    setBackups: (backups) => set({ backups }),
    setVerification: (verification) => set({ verification }),
    reset: () => set(initial()),
  })),
);
