import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilySummary } from '../../shared/contract/schemas';
import { api } from '../api';
import { messageOf } from '../api/apiError';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAudit } from '../state/auditStore';
import { AuditFilters } from './AuditFilters';
import { AuditLogResults } from './AuditLogResults';
import { toAuditQuery, type AuditFilterQuery } from './auditFilter';

/** The vault-wide access log: every view, change, export, print, destruction and session, filtered. */
export function LogScreen() {
  const { t } = useTranslation();
  const filter = useAudit((s) => s.filter);
  const setFilter = useAudit((s) => s.setFilter);
  const [families, setFamilies] = useState<FamilySummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<AuditFilterQuery>(() => {
    const checked = toAuditQuery(filter);
    return 'query' in checked ? checked.query : { familyId: null, operator: '', category: null, from: null, to: null, limit: 100 };
  });

  useEffect(() => {
    let cancelled = false;
    // Names only, for the family filter; listing families is not a view of their dossiers.
    api
      .call('families:list', { query: '' })
      .then((list) => {
        if (!cancelled) setFamilies([...list].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')));
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(messageOf(e, t));
      });
    return () => {
      cancelled = true;
    };
  }, [t]);

  return (
    <div className="screen">
      <ScreenHeading>{t('audit.title')}</ScreenHeading>
      <p>{t('audit.intro')}</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <AuditFilters
        applied={filter}
        families={families}
        onApply={(draft, next) => {
          setFilter(draft);
          setQuery(next);
        }}
      />
      <AuditLogResults query={query} caption={t('audit.title')} showFamily />
    </div>
  );
}
