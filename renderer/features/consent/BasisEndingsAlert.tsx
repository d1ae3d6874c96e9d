import { useTranslation } from 'react-i18next';
import type { BasisEndings } from '../../../shared/rules/basisEndings';
import { formatDate } from '../../format/dateTime';

/**
 * A consent or conflict van plichten decision that gives a basis now and runs out before the next
 * meeting (or, with none planned, within four weeks): whose, for which organisations, and when.
 */
export function BasisEndingsAlert({ endings, orgName, meetingLabel }: { endings: BasisEndings; orgName(id: string): string; meetingLabel?: string }) {
  const { t, i18n } = useTranslation();
  if (endings.endings.length === 0) return null;
  const meeting = meetingLabel ?? formatDate(endings.before, i18n.language);
  const sentence = (e: BasisEndings['endings'][number]) => {
    const values = { organisations: e.organisationIds.map(orgName).join(', '), date: formatDate(e.lastValidDay, i18n.language), meeting };
    if (e.kind === 'toestemming') return t(endings.beforeMeeting ? 'consent.endings.consent' : 'consent.endings.consentSoon', { ...values, person: e.personName });
    return t(endings.beforeMeeting ? 'consent.endings.conflict' : 'consent.endings.conflictSoon', values);
  };
  return (
    <div className="callout callout--warning basis-endings">
      <p>
        <strong>{t('consent.endings.title')}</strong>
      </p>
      <ul className="plain-list">
        {endings.endings.map((e) => (
          <li key={e.kind === 'toestemming' ? e.consentId : e.decisionId} dir="auto">
            {sentence(e)}
          </li>
        ))}
      </ul>
      <p>{t('consent.endings.advice')}</p>
    </div>
  );
}
