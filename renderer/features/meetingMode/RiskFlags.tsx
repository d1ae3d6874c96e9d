import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/contract/assessmentChannels';
import { formatDate } from '../../format/dateTime';
import { LevelBadge } from '../assessment/LevelBadge';
import '../assessment/assessment.css';

/** Per child the latest risk assessment: the level that counts and the flags it raised. */
export function RiskFlags({ assessments }: { assessments: readonly AssessmentSummary[] }) {
  const { t, i18n } = useTranslation();
  // The list comes newest first; keep the first per child.
  const latest = assessments.filter((a, i) => assessments.findIndex((b) => b.childId === a.childId) === i);

  return (
    <section className="panel mm-flags" aria-labelledby="mm-flags-title">
      <h3 id="mm-flags-title">{t('meetingMode.flags.title')}</h3>
      {latest.length === 0 ? (
        <p>{t('meetingMode.flags.none')}</p>
      ) : (
        <ul className="mm-flags__list">
          {latest.map((a) => (
            <li key={a.id}>
              <p>
                <strong dir="auto">{a.childName}</strong>{' '}
                <span className="muted">{t('meetingMode.flags.assessedOn', { date: formatDate(a.assessedOn, i18n.language) })}</span>
              </p>
              <p>
                <LevelBadge label={t('assessment.judgement.now')} level={a.effective.now} computed={a.computed.now} reason={a.loweringReason} />
              </p>
              {a.flags.length > 0 ? (
                <ul className="mm-flags__codes">
                  {a.flags
                    .filter((code) => code !== 'blinde_vlekken')
                    .map((code) => (
                      <li key={code}>{t(`assessment.flag.${code}.title`)}</li>
                    ))}
                </ul>
              ) : (
                <p className="muted">{t('meetingMode.flags.noFlags')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
