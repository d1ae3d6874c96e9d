import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/useLoad';
import { ErrorAlert } from '../../components/Alert';
import { formatDateTime } from '../../format/dateTime';
import { useMeetingMode } from '../../state/meetingModeStore';
import { fetchExportLog } from './exportLogActions';

/**
 * The export log for one meeting or one family: what left the vault, when, to whom, by whom, the
 * file name, and what was included and withheld (short summaries, never the content).
 */
export function ExportLogSection({ meetingId, familyId, titleId }: { meetingId: string | null; familyId: string | null; titleId: string }) {
  const { t, i18n } = useTranslation();
  const revision = useMeetingMode((s) => s.exportRevision);

  const { data: entries, error } = useLoad(() => fetchExportLog({ meetingId, familyId, limit: 200 }), [meetingId, familyId, revision]);

  const title = t(meetingId ? 'meetingMode.exportLog.titleMeeting' : 'meetingMode.exportLog.titleFamily');
  return (
    <section className="panel mm-exportlog" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      {entries === undefined ? (
        error ? null : <p role="status">{t('meetingMode.exportLog.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('meetingMode.exportLog.empty')}</p>
      ) : (
        // Wide on a small screen: the scrolling box takes keyboard focus so it can be scrolled without a mouse.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('meetingMode.exportLog.tableLabel', { title })}>
          <table className="table mm-exportlog__table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetingMode.exportLog.when')}</th>
                <th scope="col">{t('meetingMode.exportLog.kind')}</th>
                <th scope="col">{t('meetingMode.exportLog.to')}</th>
                <th scope="col">{t('meetingMode.exportLog.by')}</th>
                <th scope="col">{t('meetingMode.exportLog.file')}</th>
                <th scope="col">{t('meetingMode.exportLog.included')}</th>
                <th scope="col">{t('meetingMode.exportLog.withheld')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td className="table__nowrap">{formatDateTime(e.at, i18n.language)}</td>
                  <td>{t(`meetingMode.exportLog.kinds.${e.kind}`)}</td>
                  <td dir="auto">{e.recipientName ? `${e.recipientName}${e.recipientOrganisation ? `, ${e.recipientOrganisation}` : ''}` : e.recipientOrganisation || '—'}</td>
                  <td dir="auto">{e.operator}</td>
                  <td className="mm-exportlog__file" dir="auto">
                    {e.fileName}
                  </td>
                  <td dir="auto">{e.included || '—'}</td>
                  <td dir="auto">{e.withheld || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
