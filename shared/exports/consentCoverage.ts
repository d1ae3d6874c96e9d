import type { CalendarDay } from '../domain/calendarDate';
import type { Consent, HouseholdMember } from '../domain/records';
import { childConsents } from '../rules/familyConsent';

/**
 * Which organisations a family's consent covers on a given day, for the children a case is about.
 *
 * A consent record names the organisations it was given for (an empty list: it names none and so
 * covers none — consent is always for someone). For each organisation we apply the age rule
 * (under 12 the parents with authority, 12–15 child and parents, 16+ the youngster) to the records
 * that concern that organisation; refusals and withdrawals without organisations apply to all.
 * The organisation is covered when every child in scope has complete consent for it.
 */
export function consentedOrganisations(
  members: readonly HouseholdMember[],
  consents: readonly Consent[],
  childIds: readonly string[],
  on: CalendarDay,
): string[] {
  const candidates = new Set(consents.flatMap((c) => (c.status === 'gegeven' ? c.organisationIds : [])));
  const inScope = (id: string) => childIds.length === 0 || childIds.includes(id);
  const covered: string[] = [];
  for (const organisationId of [...candidates].sort()) {
    const relevant = consents.filter((c) => c.organisationIds.includes(organisationId) || (c.status !== 'gegeven' && c.organisationIds.length === 0));
    const verdicts = childConsents(members, relevant, on).filter((c) => inScope(c.child.id));
    if (verdicts.length > 0 && verdicts.every((c) => c.verdict === 'compleet')) covered.push(organisationId);
  }
  return covered;
}
