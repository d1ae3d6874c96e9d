import { useTranslation } from 'react-i18next';
import type { RequiredTopic } from '../../../shared/contract/assessmentChannels';
import { useLoad } from '../../api/useLoad';
import { formatDate } from '../../format/dateTime';
import { fetchRequiredTopics } from './assessmentActions';
import { urgentTopicsFirst } from './urgentTopicsFirst';

/**
 * For meeting screens: the mandatory agenda items risk assessments have put open (child safety
 * after a positive Kindcheck, a decision on reporting, urgent care today for a child's own suicide
 * threat, listed first), optionally limited to the families on the
 * agenda. Renders nothing when there are none.
 */
export function RequiredTopicsNotice({ familyIds }: { familyIds?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const key = familyIds?.join(',') ?? '*';

  // The list of ids is compared by value (through `key`), not by identity.
  const { data: all } = useLoad(() => fetchRequiredTopics({ familyId: null }), [key]);
  const topics: RequiredTopic[] = urgentTopicsFirst(all === undefined ? [] : familyIds ? all.filter((x) => familyIds.includes(x.familyId)) : all, (x) => x.topic);

  if (topics.length === 0) return null;
  return (
    <section className="panel flag flag--waarschuwing" aria-labelledby="required-topics-title">
      <h2 id="required-topics-title">{t('assessment.topics.title')}</h2>
      <ul className="topic-list">
        {topics.map((topic) => (
          <li key={topic.id}>
            <strong>{t(`assessment.topics.${topic.topic}`, { child: topic.childName })}</strong>{' '}
            <span className="muted">{t('assessment.topics.since', { date: formatDate(topic.createdAt, i18n.language) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
