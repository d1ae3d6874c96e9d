import type { OrganisationType } from '../domain/vocabulary';

/**
 * Medical professional secrecy (medisch beroepsgeheim, WGBO art. 7:457): what a medical
 * professional brought in stays with that professional's organisation unless its secrecy holder
 * released it on a recorded basis. Every medical profession, not only the JGZ: the huisarts, the
 * GGZ and verslavingszorg, and the JGZ's nurses and doctors. One rule, used by the summaries (who
 * may receive an item), the inzage and the projector-safe view (a screen everyone at the table,
 * and anyone passing by, can read).
 */
export const MEDICAL_SECRECY_ORGANISATION_TYPES: readonly OrganisationType[] = ['jgz', 'huisarts', 'ggz', 'verslavingszorg'];

export function isMedicalSecrecyOrganisation(type: OrganisationType | null | undefined): boolean {
  return type !== null && type !== undefined && MEDICAL_SECRECY_ORGANISATION_TYPES.includes(type);
}

/** A timeline event that comes from a medical organisation is under medical secrecy until released. */
export function isTimelineEventUnderMedicalSecrecy(sourceOrganisationType: OrganisationType | null | undefined, released: boolean): boolean {
  return !released && isMedicalSecrecyOrganisation(sourceOrganisationType);
}

/** Who is looking: an organisation (a summary's recipient), or `null` for "everyone" (the projector). */
export interface MedicalAudience {
  organisationId: string;
  organisationType: OrganisationType;
}

/** Where a medical item comes from: its organisation when known (a timeline event); the JGZ notes of a case name none. */
export interface MedicalSource {
  sourceOrganisationId: string | null;
  sourceOrganisationType: OrganisationType | null;
  released: boolean;
}

/**
 * May this audience receive an item under medical secrecy? Once released, anyone with a basis for
 * the family; before that only the organisation it came from — a huisarts's note does not reach the
 * JGZ because both are medical. The JGZ notes of a case were written by the JGZ at the table, so a
 * JGZ recipient keeps them. The projector (`null`) never qualifies before a release.
 */
export function mayReceiveMedicalItem(audience: MedicalAudience | null, item: MedicalSource): boolean {
  if (item.released) return true;
  if (audience === null) return false;
  if (item.sourceOrganisationId !== null) return audience.organisationId === item.sourceOrganisationId;
  return audience.organisationType === 'jgz' && (item.sourceOrganisationType === null || item.sourceOrganisationType === 'jgz');
}
