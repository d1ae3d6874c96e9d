import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestEntry } from '../../../shared/contract/familyPlanChannels';
import { ErrorAlert } from '../../components/Alert';
import { formatDateTime } from '../../format/dateTime';
import { checkDue, openSessionDigest } from './familyPlanActions';
import { useDigest } from './digestStore';
import './familyPlan.css';

/** How often, while the app runs, core is asked whether something fell due (it notifies once per item). */
const CHECK_EVERY_MS = 5 * 60_000;

/**
 * "Sinds je laatste sessie": shown once after unlocking and choosing the operator, above every
 * screen until it is closed (the close button is reachable by keyboard and gives the focus back to
 * the page). While the vault is open, core is asked every few minutes whether something fell due;
 * it then shows a system notification without any name.
 */
export function SessionDigestPanel() {
  const { t, i18n } = useTranslation();
  const digest = useDigest((s) => s.digest);
  const dismissed = useDigest((s) => s.dismissed);
  const loadError = useDigest((s) => s.loadError);

  useEffect(() => {
    void openSessionDigest();
    const timer = setInterval(() => void checkDue().catch(() => undefined), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  if (dismissed) return null;
  if (loadError) return <ErrorAlert>{loadError}</ErrorAlert>;
  if (digest === null) return null;

  const close = () => {
    useDigest.getState().dismiss();
    document.getElementById('main')?.focus();
  };
  const entry = (e: DigestEntry) => (
    <li key={`${e.item.kind}-${e.item.actionId ?? e.item.description}-${e.item.familyId}`}>
      <strong>{t(`familyPlan.digest.kinds.${e.item.kind}`)}</strong>:{' '}
      <span dir="auto">{t('familyPlan.digest.item', { family: e.item.familyName, description: e.item.description })}</span>
      {e.item.owner ? <span dir="auto">, {t('familyPlan.digest.owner', { owner: e.item.owner })}</span> : null} —{' '}
      {e.state === 'nu' ? t('familyPlan.digest.now') : t('familyPlan.digest.late', { count: e.daysOverdue })}
      {e.item.caseStatus !== 'open' ? ` (${t('familyPlan.digest.closed')})` : null}
    </li>
  );
  const nothing = digest.fresh.length === 0 && digest.earlier.length === 0 && digest.quietFamilies.length === 0;

  return (
    <section className="panel session-digest" aria-labelledby="session-digest-title">
      <h2 id="session-digest-title">{t('familyPlan.digest.title')}</h2>
      <p>
        {digest.previousSessionAt === null
          ? t('familyPlan.digest.first')
          : t('familyPlan.digest.since', { date: formatDateTime(digest.previousSessionAt, i18n.language) })}
      </p>
      {nothing ? <p>{t('familyPlan.digest.nothing')}</p> : null}
      {digest.fresh.length > 0 ? (
        <>
          <h3>{t('familyPlan.digest.fresh', { count: digest.fresh.length })}</h3>
          <ul>{digest.fresh.map(entry)}</ul>
        </>
      ) : null}
      {digest.earlier.length > 0 ? (
        <>
          <h3>{t('familyPlan.digest.earlier', { count: digest.earlier.length })}</h3>
          <ul>{digest.earlier.map(entry)}</ul>
        </>
      ) : null}
      {digest.quietFamilies.length > 0 ? (
        <>
          <h3>{t('familyPlan.digest.quiet', { weeks: digest.notDiscussedWeeks, raisedWeeks: digest.raisedConcernWeeks, count: digest.quietFamilies.length })}</h3>
          <ul>
            {digest.quietFamilies.map((f) => (
              <li key={f.familyId} dir="auto">
                {t(f.lastDiscussed === null ? 'familyPlan.digest.quietNever' : 'familyPlan.digest.quietItem', {
                  name: f.familyName,
                  level: t(`assessment.level.${f.level}`),
                  children: f.children.join(', '),
                  days: f.days,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={close}>
          {t('familyPlan.digest.dismiss')}
        </button>
      </div>
    </section>
  );
}
