import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLogSection } from '../exportLog/ExportLogSection';
import { AuditFilters } from '../access/AuditFilters';
import { AuditLogResults } from '../access/AuditLogResults';
import { EMPTY_AUDIT_FILTER, toAuditQuery, type AuditFilterDraft, type AuditFilterQuery } from '../../state/auditFilter';
import { useDossier } from '../../state/dossierStore';

function firstQuery(familyId: string): AuditFilterQuery {
  const checked = toAuditQuery({ ...EMPTY_AUDIT_FILTER, familyId });
  if (!('query' in checked)) throw new Error('an empty filter is always valid');
  return checked.query;
}

/**
 * Who viewed, changed, exported or printed this family's data, newest first (the per-family access
 * log), with the same filters as the vault-wide log except the family.
 */
export function FamilyLogTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  // Every reload of the dossier follows a change: fetch the log again so the change shows.
  const dossier = useDossier((s) => s.dossier);
  const [draft, setDraft] = useState<AuditFilterDraft>(EMPTY_AUDIT_FILTER);
  const [query, setQuery] = useState<AuditFilterQuery>(() => firstQuery(familyId));
  const current = query.familyId === familyId ? query : firstQuery(familyId);

  return (
    <section aria-labelledby="dossier-log-title">
      <h2 id="dossier-log-title">{t('dossier.log.title')}</h2>
      <p>{t('accessLog.familyIntro')}</p>
      <AuditFilters
        key={familyId}
        applied={draft}
        fixedFamilyId={familyId}
        onApply={(next, checked) => {
          setDraft(next);
          setQuery(checked);
        }}
      />
      <AuditLogResults query={current} caption={t('dossier.log.title')} showFamily={false} reloadKey={dossier} />
      <ExportLogSection meetingId={null} familyId={familyId} titleId="dossier-export-log" />
    </section>
  );
}
