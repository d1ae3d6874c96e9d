import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAudit } from '../state/auditStore';
import { AuditTable } from './AuditTable';

export function LogScreen() {
  const { t } = useTranslation();
  const entries = useAudit((s) => s.entries);
  const familyId = useAudit((s) => s.familyId);
  const setEntries = useAudit((s) => s.setEntries);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    api
      .call('audit:list', { familyId: null, limit: 500 })
      .then((list) => {
        if (!cancelled) setEntries(list, null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(messageOf(e, t));
      });
    return () => {
      cancelled = true;
    };
  }, [setEntries, t]);

  return (
    <div className="screen">
      <ScreenHeading>{t('audit.title')}</ScreenHeading>
      <p>{t('audit.intro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {familyId === null ? <AuditTable entries={entries} caption={t('audit.title')} /> : null}
    </div>
  );
}
