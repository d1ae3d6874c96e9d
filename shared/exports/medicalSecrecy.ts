import type { WithheldReason } from '../contract/summaryChannels';
import type { OrganisationType } from '../domain/vocabulary';
import { releaseReaches, type ItemRelease, type ReleaseFacts } from './secrecyRelease';

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

/** Who is looking: an organisation (a summary's recipient), or `null` for "everyone" (the projector). */
export interface MedicalAudience {
  organisationId: string;
  organisationType: OrganisationType;
}

/** Where a medical item comes from: its organisation when known (a timeline event); the JGZ notes of a case name none. */
export interface MedicalSource {
  sourceOrganisationId: string | null;
  sourceOrganisationType: OrganisationType | null;
  /** Its secrecy holder's release, if any (see secrecyRelease). */
  release: ItemRelease | null;
}

/** Whether the item goes to this audience, with the reason code and a Dutch sentence for the preview. */
export interface MedicalVerdict {
  included: boolean;
  withheldReason: WithheldReason | null;
  why: string;
}

/**
 * May this audience receive an item under medical secrecy? The organisation it came from always
 * keeps its own item — a huisarts's note does not reach the JGZ because both are medical. The JGZ
 * notes of a case were written by the JGZ at the table, so a JGZ recipient keeps them. Anyone else
 * only as far as the holder's release reaches on the day (see `releaseReaches`). The projector
 * (`null`) never: everyone at the table reads a screen, and a release names its recipients.
 */
export function medicalItemVerdict(audience: MedicalAudience | null, item: MedicalSource, facts: ReleaseFacts): MedicalVerdict {
  if (audience === null) return { included: false, withheldReason: 'medisch_beroepsgeheim', why: 'Medisch beroepsgeheim: nooit op het scherm voor iedereen.' };
  const own =
    item.sourceOrganisationId !== null
      ? audience.organisationId === item.sourceOrganisationId
      : audience.organisationType === 'jgz' && (item.sourceOrganisationType === null || item.sourceOrganisationType === 'jgz');
  if (own) return { included: true, withheldReason: null, why: 'Eigen gegevens van de organisatie van de ontvanger (medisch beroepsgeheim).' };
  if (item.release === null) {
    return { included: false, withheldReason: 'medisch_beroepsgeheim', why: 'Medisch beroepsgeheim: de beroepsgeheimhouder heeft dit niet vrijgegeven.' };
  }
  const reach = releaseReaches(audience, item.release, facts);
  return { included: reach.reaches, withheldReason: reach.withheldReason, why: reach.why };
}

export function mayReceiveMedicalItem(audience: MedicalAudience | null, item: MedicalSource, facts: ReleaseFacts): boolean {
  return medicalItemVerdict(audience, item, facts).included;
}
