import { useTranslation } from 'react-i18next';
import type { ConcernView } from '../../../shared/contract/assessmentChannels';
import { formatDate } from '../../format/dateTime';
import { ConcernBadge } from '../assessment/ConcernBadge';
import { LevelBadge } from '../assessment/LevelBadge';
import '../assessment/assessment.css';

/**
 * The family's concern as core reads it (each child's own latest assessment): the highest named with
 * its child, then per child the levels that count, the flags, an open reporting decision and the
 * afweging term (question 4) while question 5 is open, said passed or coming.
 */
export function RiskFlags({ view }: { view: ConcernView }) {
  const { t, i18n } = useTranslation();
  const { concern, today } = view;

  return (
    <section className="panel mm-flags" aria-labelledby="mm-flags-title">
      <h3 id="mm-flags-title">{t('meetingMode.flags.title')}</h3>
      {concern.level === null ? (
        <p>{t('meetingMode.flags.none')}</p>
      ) : (
        <>
          <p className="mm-flags__family">
            <strong>{t('meetingMode.flags.familyConcern')}</strong> <ConcernBadge level={concern.level} childNames={concern.highest.map((c) => c.childName)} />
          </p>
          <ul className="mm-flags__list">
            {concern.children.map((c) => (
              <li key={c.childId}>
                <p>
                  <strong dir="auto">{c.childName}</strong>{' '}
                  <span className="muted">{t('meetingMode.flags.assessedOn', { date: formatDate(c.assessedOn, i18n.language) })}</span>
                </p>
                <p>
                  <LevelBadge label={t('assessment.judgement.now')} level={c.now} computed={c.now} reason="" />{' '}
                  <LevelBadge label={t('assessment.judgement.future')} level={c.future} computed={c.future} reason="" />
                </p>
                {c.reportingOpen ? <p className="mm-flags__reporting">{t('meetingMode.flags.reportingOpen')}</p> : null}
                {c.openTerms.map((term) => (
                  <p key={`${term.professional}-${term.term}`} className={term.term < today ? 'mm-flags__term mm-flags__term--passed' : 'mm-flags__term'}>
                    {t(term.term < today ? 'meetingMode.flags.termPassed' : 'meetingMode.flags.termComing', {
                      professional: term.professional,
                      date: formatDate(term.term, i18n.language),
                    })}
                  </p>
                ))}
                {c.flags.some((code) => code !== 'blinde_vlekken') ? (
                  <ul className="mm-flags__codes">
                    {c.flags
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
        </>
      )}
    </section>
  );
}
