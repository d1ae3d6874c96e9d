import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/contract/schemas';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { ErrorAlert } from '../components/Alert';
import { AuditTable } from '../screens/AuditTable';
import { useDossier } from '../state/dossierStore';

/** Who viewed or changed this family's data, newest first (the per-family access log). */
export function FamilyLogTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  // Every reload of the dossier follows a change: fetch the log again so the change shows.
  const dossier = useDossier((s) => s.dossier);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .call('audit:list', { familyId, limit: 200 })
      .then((list) => {
        if (!cancelled) setEntries(list);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(messageOf(e, t));
      });
    return () => {
      cancelled = true;
    };
  }, [familyId, dossier, t]);

  return (
    <section aria-labelledby="dossier-log-title">
      <h2 id="dossier-log-title">{t('dossier.log.title')}</h2>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <AuditTable entries={entries} caption={t('dossier.log.title')} />
    </section>
  );
}
