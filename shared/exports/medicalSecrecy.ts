import type { OrganisationType } from '../domain/vocabulary';

/**
 * Medical professional secrecy (medisch beroepsgeheim) of the JGZ: what a JGZ professional
 * brought in stays with the JGZ unless it was released with a recorded reason. One rule, used by
 * the summaries (who may receive an item) and by the projector-safe view (what may be shown on a
 * screen everyone at the table, and anyone passing by, can read).
 */
export const MEDICAL_SECRECY_ORGANISATION_TYPES: readonly OrganisationType[] = ['jgz'];

export function isMedicalSecrecyOrganisation(type: OrganisationType | null | undefined): boolean {
  return type !== null && type !== undefined && MEDICAL_SECRECY_ORGANISATION_TYPES.includes(type);
}

/** A timeline event that comes from a JGZ organisation is under medical secrecy until released. */
export function isTimelineEventUnderMedicalSecrecy(sourceOrganisationType: OrganisationType | null | undefined, released: boolean): boolean {
  return !released && isMedicalSecrecyOrganisation(sourceOrganisationType);
}

/** A case's JGZ notes are under medical secrecy while they hold text and carry no release. */
export function areMedicalNotesUnderSecrecy(notes: { medicalMinutes: string; medicalRelease: object | null }): boolean {
  return notes.medicalRelease === null && notes.medicalMinutes.trim() !== '';
}

/**
 * May this audience see an item under medical secrecy? Only a JGZ recipient, or anyone once the
 * item is released. The projector-safe view is an audience of "everyone", so `null` (no
 * organisation) never qualifies.
 */
export function mayReceiveMedicalItem(audienceType: OrganisationType | null, released: boolean): boolean {
  return released || isMedicalSecrecyOrganisation(audienceType);
}
