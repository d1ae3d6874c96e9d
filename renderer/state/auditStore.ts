import { create } from 'zustand';
import { EMPTY_AUDIT_FILTER, type AuditFilterDraft } from './auditFilter';
import { resettable } from './resetRegistry';

interface AuditData {
  /**
   * The filter of the vault-wide log, kept while the user visits other screens so "Logboek" shows
   * what they were looking at. It holds typed text (a name, a family id), so it goes with the lock.
   */
  filter: AuditFilterDraft;
}

export interface AuditState extends AuditData {
  setFilter(filter: AuditFilterDraft): void;
  reset(): void;
}

const initial = (): AuditData => ({ filter: { ...EMPTY_AUDIT_FILTER } });

export const useAudit = resettable(
  'audit',
  create<AuditState>()((set) => ({
    ...initial(),
    setFilter: (filter) => set({ filter }),
    reset: () => set(initial()),
  })),
);
