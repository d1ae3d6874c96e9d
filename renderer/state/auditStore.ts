import { create } from 'zustand';
import type { AuditEntry } from '../../shared/contract/schemas';
import { resettable } from './resetRegistry';

interface AuditData {
  entries: AuditEntry[];
  familyId: string | null;
}

export interface AuditState extends AuditData {
  setEntries(entries: AuditEntry[], familyId: string | null): void;
  reset(): void;
}

const initial = (): AuditData => ({ entries: [], familyId: null });

export const useAudit = resettable(
  'audit',
  create<AuditState>()((set) => ({
    ...initial(),
    setEntries: (entries, familyId) => set({ entries, familyId }),
    reset: () => set(initial()),
  })),
);
