import { useTranslation } from 'react-i18next';
import type { Consent } from '../../../shared/domain/records';
import type { ChildConsent } from '../../../shared/rules/familyConsent';
import { ageInYears, parseCalendarDay, type CalendarDay } from '../../../shared/domain/calendarDate';
import { consentStandingOn } from '../../../shared/rules/consentByAge';
import { memberName } from '../../format/memberName';

/** One child's consent requirement in words: who must consent, who did, what is missing or refused. */
export function ConsentRequirementView({ state, consents, on, headingLevel = 3 }: { state: ChildConsent; consents: readonly Consent[]; on: CalendarDay; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const { child, requirement, verdict } = state;
  const birth = child.birthDate ? parseCalendarDay(child.birthDate) : null;
  const age = birth ? ageInYears(birth, on) : null;
  const status = consentStandingOn(consents, on);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className={`consent-card consent-card--${verdict}`}>
      <Heading className="consent-card__title">
        <span dir="auto">{memberName(child)}</span>
        {age !== null ? <span className="muted"> · {t('consent.age', { count: age })}</span> : null}
        <span className={`verdict verdict--${verdict}`}>{t(`consent.verdict.${verdict}`)}</span>
      </Heading>
      <p>{t(`consent.bracket.${requirement.bracket}`)}</p>
      {requirement.noParentWithAuthority ? <p className="consent-card__warning">{t('consent.noParentWithAuthority')}</p> : null}
      {requirement.required.length > 0 ? (
        <ul className="plain-list">
          {requirement.required.map((person) => {
            const s = status.get(person.id);
            return (
              <li key={person.id}>
                <span dir="auto">{person.name}</span>: <strong>{s === 'verlopen' ? t('consent.expired') : s ? t(`vocab.consentStatus.${s}`) : t('consent.notYet')}</strong>
              </li>
            );
          })}
        </ul>
      ) : null}
      {verdict === 'geweigerd' ? <p className="consent-card__warning">{t('consent.refusedAdvice')}</p> : null}
      {verdict === 'ontbreekt' && requirement.missing.length > 0 ? (
        <p>{t('consent.missing', { names: requirement.missing.map((p) => p.name).join(', ') })}</p>
      ) : null}
    </div>
  );
}
