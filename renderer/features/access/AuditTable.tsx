import { useTranslation } from 'react-i18next';
import type { AuditLogEntry } from '../../../shared/contract/accessChannels';
import { formatDateTime } from '../../format/dateTime';

/**
 * Log rows as a read-only table with real column headers (readable by screen readers and on a
 * projector). Deliberately no buttons or inputs per row: the log is never edited from the app.
 */
export function AuditTable({ entries, caption, showFamily }: { entries: AuditLogEntry[]; caption: string; showFamily: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.operator')}</th>
            {showFamily ? <th scope="col">{t('accessLog.familyColumn')}</th> : null}
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            // The category says what kind of handling it was; a known action adds the precise words.
            const actionKey = `audit.actions.${entry.action.replace(/\./g, '_')}`;
            const detail = i18n.exists(actionKey) ? t(actionKey) : '';
            return (
              <tr key={entry.seq}>
                <td className="table__nowrap">{formatDateTime(entry.at, i18n.language)}</td>
                <td>
                  {entry.operatorName}
                  <span className="table__sub">
                    {entry.operatorRole}, {entry.operatorOrganisation}
                  </span>
                  {entry.onBehalfOf === '' ? null : <span className="table__sub">{t('accessLog.onBehalfOf', { name: entry.onBehalfOf })}</span>}
                </td>
                {showFamily ? (
                  <td>
                    {entry.familyId === null
                      ? t('accessLog.noFamily')
                      : (entry.familyName ?? t('accessLog.familyGone'))}
                  </td>
                ) : null}
                <td>
                  {t(`accessLog.categories.${entry.category}`)}
                  {detail === '' ? null : <span className="table__sub">{detail}</span>}
                </td>
                <td>{entry.summary}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
