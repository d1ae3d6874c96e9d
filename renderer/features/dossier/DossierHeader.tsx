import { useTranslation } from 'react-i18next';
import type { FamilyDossier } from '../../../shared/contract/registerChannels';
import { ageInYears, calendarDayOf, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { childConsents } from '../../../shared/rules/familyConsent';
import { consentReferenceDay } from '../consent/referenceDay';
import { formatDate } from '../../format/dateTime';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { ScreenHeading } from '../../components/ScreenHeading';
import { memberName } from '../../format/memberName';

/**
 * What a chair needs before opening any tab: the children with their ages and each child's own
 * concern, who has regie, the open and overdue actions, whether consent is complete, and when the
 * family is next discussed. Two lines, so the tabs stay in the first glance.
 */
export function DossierHeader({ dossier, now }: { dossier: FamilyDossier; now: Date }) {
  const { t, i18n } = useTranslation();
  const { glance } = dossier;
  const today = calendarDayOf(now);
  const children = dossier.members.filter((m) => m.role === 'kind' || m.role === 'verwacht_kind');
  const concernOf = new Map(glance.concern.children.map((c) => [c.childId, c.level]));
  const reference = consentReferenceDay(dossier.meetings, now);
  const consents = childConsents(dossier.members, dossier.consents, reference.day);
  const withoutConsent = consents.filter((c) => c.verdict !== 'compleet').map((c) => c.child.givenName);
  const nextMeeting = reference.meeting;

  return (
    <header className="dossier-header">
      <div className="dossier-header__line">
        <ScreenHeading>
          <span dir="auto">{dossier.family.displayName}</span>
        </ScreenHeading>
        {dossier.family.anonymous ? <span className="tag">{t('dossier.header.anonymous')}</span> : null}
        {children.length > 0 ? (
          <ul className="dossier-header__children" aria-label={t('dossier.header.children')}>
            {children.map((child) => {
              const birth = child.birthDate ? parseCalendarDay(child.birthDate) : null;
              const age = child.role === 'kind' && birth ? ageInYears(birth, today) : null;
              const level = concernOf.get(child.id) ?? null;
              return (
                <li key={child.id} className="dossier-header__child">
                  <span dir="auto">{memberName(child)}</span>
                  {age !== null ? <span className="muted"> {t('dossier.header.age', { count: age })}</span> : null}
                  {child.role === 'verwacht_kind' ? <span className="muted"> {t('dossier.header.expected')}</span> : null}{' '}
                  {level ? (
                    <span className={`level__value level__value--${level}`}>
                      <span className="visually-hidden">{t('assessment.concern.label')}: </span>
                      {t(`assessment.level.${level}`)}
                    </span>
                  ) : child.role === 'kind' ? (
                    <span className="dossier-header__none">{t('dossier.header.notAssessed')}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
      <ul className="dossier-header__facts" aria-label={t('dossier.header.facts')}>
        <li>
          {glance.regie.kind === 'regisseur' ? (
            <>
              {t('dossier.header.regisseur')}: <span dir="auto">{glance.regie.who}</span>
            </>
          ) : glance.regie.kind === 'eigen_regie' ? (
            t('dossier.header.eigenRegie')
          ) : (
            <strong className="dossier-header__warning">{t('dossier.header.noRegie')}</strong>
          )}
        </li>
        <li>
          {glance.overdueActions > 0 ? (
            <strong className="dossier-header__warning">{t('dossier.header.overdue', { count: glance.overdueActions })}</strong>
          ) : null}
          {glance.overdueActions > 0 ? ' · ' : null}
          {t('dossier.header.open', { count: glance.openActions })}
        </li>
        <li>
          {consents.length === 0 ? (
            t('dossier.header.consentNoChildren')
          ) : withoutConsent.length === 0 ? (
            t('dossier.header.consentComplete')
          ) : (
            <strong className="dossier-header__warning">{t('dossier.header.consentMissing', { names: withoutConsent.join(', ') })}</strong>
          )}
          {dossier.basisEndings.endings.length > 0 ? (
            <>
              {' · '}
              <strong className="dossier-header__warning">
                {t('dossier.header.basisEnds', { date: formatDate(earliest(dossier.basisEndings.endings.map((e) => e.lastValidDay)), i18n.language) })}
              </strong>
            </>
          ) : null}
        </li>
        <li>{nextMeeting ? t('dossier.header.nextMeeting', { moment: formatMeetingMoment(nextMeeting.startsAt, i18n.language) }) : t('dossier.header.noNextMeeting')}</li>
      </ul>
    </header>
  );
}

function earliest(days: readonly string[]): string {
  return [...days].sort()[0] ?? '';
}
