import type { Consent, HouseholdMember } from '../domain/records';
import type { CalendarDay } from '../domain/calendarDate';
import { consentRequirement, type ConsentRequirement } from './consentByAge';

/** How a child's case may be discussed, from the consent rule: the one word the chair needs. */
export type ConsentVerdict = 'compleet' | 'ontbreekt' | 'geweigerd';

export interface ChildConsent {
  child: HouseholdMember;
  requirement: ConsentRequirement;
  verdict: ConsentVerdict;
  /** Refused or missing consent: suggest discussing the child anonymously. */
  suggestAnonymous: boolean;
}

export function consentVerdict(requirement: ConsentRequirement): ConsentVerdict {
  if (requirement.refused.length > 0) return 'geweigerd';
  if (requirement.missing.length > 0 || requirement.required.length === 0) return 'ontbreekt';
  return 'compleet';
}

const displayName = (m: HouseholdMember) => (m.familyName ? `${m.givenName} ${m.familyName}` : m.givenName);

/** The consent requirement of every child in a household on a given day (meeting date or today). */
export function childConsents(members: readonly HouseholdMember[], consents: readonly Consent[], on: CalendarDay): ChildConsent[] {
  const parents = members.filter((m) => (m.role === 'ouder' || m.role === 'verzorger') && m.parentalAuthority).map((m) => ({ id: m.id, name: displayName(m) }));
  return members
    .filter((m) => m.role === 'kind')
    .map((child) => {
      const requirement = consentRequirement({ id: child.id, name: displayName(child), birthDate: child.birthDate }, parents, consents, on);
      const verdict = consentVerdict(requirement);
      return { child, requirement, verdict, suggestAnonymous: verdict !== 'compleet' };
    });
}
