import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../api/useLoad';
import { ErrorAlert } from '../components/Alert';
import { ScreenHeading } from '../components/ScreenHeading';
import { useAudit } from '../state/auditStore';
import { AuditFilters } from '../features/access/AuditFilters';
import { AuditLogResults } from '../features/access/AuditLogResults';
import { toAuditQuery, type AuditFilterQuery } from '../state/auditFilter';
import { listFamilies } from './vaultActions';

/** The vault-wide access log: every view, change, export, print, destruction and session, filtered. */
export function LogScreen() {
  const { t } = useTranslation();
  const filter = useAudit((s) => s.filter);
  const setFilter = useAudit((s) => s.setFilter);
  const [query, setQuery] = useState<AuditFilterQuery>(() => {
    const checked = toAuditQuery(filter);
    return 'query' in checked ? checked.query : { familyId: null, operator: '', category: null, from: null, to: null, limit: 100 };
  });

  // Names only, for the family filter; listing families is not a view of their dossiers.
  const loadedFamilies = useLoad(() => listFamilies({ query: '' }), []);
  const families = useMemo(
    () => [...(loadedFamilies.data ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl')),
    [loadedFamilies.data],
  );
  const error = loadedFamilies.error;

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
