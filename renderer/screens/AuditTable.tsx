import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/contract/schemas';
import { formatDateTime } from '../format/dateTime';

/** Audit entries as a table with real column headers (readable by screen readers and on a projector). */
export function AuditTable({ entries, caption }: { entries: AuditEntry[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p>{t('audit.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.operator')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="table__nowrap">{formatDateTime(entry.at, i18n.language)}</td>
              <td>
                {entry.operatorName}
                <span className="table__sub">
                  {entry.operatorRole}, {entry.operatorOrganisation}
                </span>
              </td>
              <td>{t(`audit.actions.${entry.action.replace(/\./g, '_')}`, { defaultValue: entry.action })}</td>
              <td>{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
