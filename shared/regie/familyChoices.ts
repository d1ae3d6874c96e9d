import type { Involvement, Organisation, Professional } from '../domain/records';
import { isCurrentInvolvement } from '../rules/involvementMatrix';

/**
 * The choices of a family's forms (its regisseur, an action's owner, the signaller who hears back)
 * put what belongs to this family first: the organisations and professionals involved with it, the
 * organisations that signalled on its timeline. Anyone else from the sociale kaart comes after, so
 * the usual choice is near the top and an unusual one is a deliberate step. Nothing is dropped and
 * nothing appears twice; within each part the order is stable.
 */
export interface FamilyFirst<T> {
  /** What belongs to the family, in the family's own order. */
  family: T[];
  /** Everyone else, in the order they were given. */
  others: T[];
}

/**
 * Splits `items` into those that belong to the family and the rest. `rank` gives a family item its
 * place (lower first; equal ranks keep the given order) and is null for any other. An item given
 * twice (by key) counts once, at its first place.
 */
export function familyFirst<T>(items: readonly T[], keyOf: (item: T) => string, rank: (item: T) => number | null): FamilyFirst<T> {
  const seen = new Set<string>();
  const family: { item: T; rank: number; index: number }[] = [];
  const others: T[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) return;
    seen.add(key);
    const r = rank(item);
    if (r === null) others.push(item);
    else family.push({ item, rank: r, index });
  });
  family.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return { family: family.map((f) => f.item), others };
}

type InvolvementFact = Pick<Involvement, 'organisationId' | 'professionalId' | 'since' | 'endedAt' | 'legalBasis'>;

/** The family's current involvements, earliest first (no start day: after those with one). */
function currentInvolvements<I extends InvolvementFact>(involvements: readonly I[], today: string): I[] {
  return involvements
    .filter((i) => isCurrentInvolvement(i, today))
    .map((i, index) => ({ i, index }))
    .sort((a, b) => (a.i.since ?? '9999').localeCompare(b.i.since ?? '9999') || a.index - b.index)
    .map((x) => x.i);
}

export interface RegisseurChoice<I extends InvolvementFact> {
  professional: Professional;
  organisation: Organisation | null;
  /** The involvement that makes this person's organisation one of the family's: their own, else their organisation's earliest. */
  involvement: I | null;
}

/**
 * Who may be chosen as regisseur: first the professionals of the organisations involved with the
 * family now (someone involved in person first, then colleagues, by how long their organisation has
 * been involved), then everyone else in the sociale kaart.
 */
export function regisseurChoices<I extends InvolvementFact>(
  directory: { organisations: readonly Organisation[]; professionals: readonly Professional[] },
  involvements: readonly I[],
  today: string,
): FamilyFirst<RegisseurChoice<I>> {
  const current = currentInvolvements(involvements, today);
  const choices = directory.professionals.map((professional): RegisseurChoice<I> => {
    const own = current.find((i) => i.professionalId === professional.id && i.organisationId === professional.organisationId);
    const organisation = directory.organisations.find((o) => o.id === professional.organisationId) ?? null;
    return { professional, organisation, involvement: own ?? current.find((i) => i.organisationId === professional.organisationId) ?? null };
  });
  return familyFirst(
    choices,
    (c) => c.professional.id,
    (c) => {
      if (c.involvement === null) return null;
      const place = current.indexOf(c.involvement);
      // Someone involved in person comes before a colleague of an organisation involved as long.
      return place * 2 + (c.involvement.professionalId === c.professional.id ? 0 : 1);
    },
  );
}

/**
 * Organisations for an owner or a recipient: those involved with the family now first (in the order
 * they became involved), then the rest of the sociale kaart.
 */
export function involvedOrganisationsFirst(organisations: readonly Organisation[], involvements: readonly InvolvementFact[], today: string): FamilyFirst<Organisation> {
  const order = [...new Set(currentInvolvements(involvements, today).map((i) => i.organisationId))];
  return familyFirst(organisations, (o) => o.id, (o) => (order.includes(o.id) ? order.indexOf(o.id) : null));
}

/**
 * The signaller who is to hear back: the organisations that signalled on the family's timeline
 * first (in the order they first signalled), then the rest of the sociale kaart.
 */
export function signallersFirst(organisations: readonly Organisation[], signalledOrganisationIds: readonly string[]): FamilyFirst<Organisation> {
  const order = [...new Set(signalledOrganisationIds)];
  return familyFirst(organisations, (o) => o.id, (o) => (order.includes(o.id) ? order.indexOf(o.id) : null));
}
