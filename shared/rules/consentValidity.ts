import type { Consent } from '../domain/records';

/**
 * What a given consent record still means on a day, for the consent list: valid without end, valid
 * up to and including a day, lapsed after that day, or withdrawn (or refused) by a later record of
 * the same person that reaches it. Refusals and withdrawals themselves have no validity to show.
 */
export type ConsentValidity =
  | { kind: 'zonder_einde' }
  | { kind: 'geldig_tot'; day: string }
  | { kind: 'verlopen'; day: string }
  | { kind: 'ingetrokken'; day: string };

export function consentValidity(consent: Consent, all: readonly Consent[], today: string): ConsentValidity | null {
  if (consent.status !== 'gegeven') return null;
  const reaches = (later: Consent) => later.organisationIds.length === 0 || later.organisationIds.some((o) => consent.organisationIds.includes(o));
  // A later word of the same person: "later entries win ties", as the age rule reads the history.
  const position = all.indexOf(consent);
  const withdrawal = all.find(
    (c, index) => c.personId === consent.personId && c.status !== 'gegeven' && (c.date > consent.date || (c.date === consent.date && index > position)) && c.date <= today && reaches(c),
  );
  if (withdrawal) return { kind: 'ingetrokken', day: withdrawal.date };
  if (consent.validUntil === null) return { kind: 'zonder_einde' };
  return consent.validUntil < today ? { kind: 'verlopen', day: consent.validUntil } : { kind: 'geldig_tot', day: consent.validUntil };
}
