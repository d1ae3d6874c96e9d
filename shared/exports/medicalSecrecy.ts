import type { WithheldReason } from '../contract/summaryChannels';
import type { MedicalProfession, MeetingType, OrganisationType, TriState } from '../domain/vocabulary';
import { releaseReaches, type ItemRelease, type ReleaseFacts } from './secrecyRelease';

/**
 * Medical professional secrecy (medisch beroepsgeheim, WGBO art. 7:457): what a medical
 * professional brought in stays with that professional's organisation unless its secrecy holder
 * released it on a recorded basis. Every medical profession, not only the JGZ: the huisarts, the
 * GGZ and verslavingszorg, the hospital, the verloskundige, the JGZ's nurses and doctors — and a
 * jeugdarts or psycholoog wherever they work. One classification (isUnderMedicalSecrecy), used by
 * the summaries, the handover package, the inzage, the secrecy releases and the projector-safe view
 * (a screen everyone at the table, and anyone passing by, can read).
 */
export const MEDICAL_SECRECY_ORGANISATION_TYPES: readonly OrganisationType[] = ['jgz', 'huisarts', 'ggz', 'verslavingszorg', 'ziekenhuis', 'verloskundige'];

/**
 * Kinds of organisation that employ no one under medical secrecy for their work with families: a
 * school's intern begeleider, the police, Veilig Thuis's and the Raad's own staff, a certified
 * institution's jeugdbeschermer. A school doctor is the JGZ's, not the school's.
 */
export const NON_MEDICAL_ORGANISATION_TYPES: readonly OrganisationType[] = [
  'school',
  'kinderopvang',
  'politie',
  'woningcorporatie',
  'schuldhulp',
  'leerplicht',
  'veilig_thuis',
  'raad_kinderbescherming',
  'gecertificeerde_instelling',
  'reclassering',
];

/**
 * What the type alone says about an organisation's medical secrecy: 'ja' for a medical type, 'nee'
 * for one that never works under it, 'onbekend' where it depends on the organisation (jeugdhulp
 * includes jeugd-GGZ, a wijkteam or CJG may employ a jeugdarts or psycholoog): the sociale kaart
 * asks about those.
 */
export function medicalSecrecyOfType(type: OrganisationType): TriState {
  if (MEDICAL_SECRECY_ORGANISATION_TYPES.includes(type)) return 'ja';
  return NON_MEDICAL_ORGANISATION_TYPES.includes(type) ? 'nee' : 'onbekend';
}

/** The recorded facts that decide whether something a person or organisation brought in is medical. */
export interface MedicalSecrecyFacts {
  organisationType: OrganisationType | null;
  /** The organisation's own mark in the sociale kaart; 'onbekend' keeps today's meaning (not medical by mark). */
  organisationMark: TriState | null;
  /** The profession of the professional who brought it in, when the item knows that professional. */
  professionalProfession: MedicalProfession | null;
}

/**
 * The one classification: under medical secrecy when the organisation is of a medical type, is
 * marked as working under medical secrecy, or the professional has a medical profession. A mark
 * 'nee' never lifts the secrecy of a medical type; 'onbekend' is treated as not medical until the
 * sociale kaart is answered, so no existing organisation is reclassified silently.
 */
export function isUnderMedicalSecrecy(facts: MedicalSecrecyFacts): boolean {
  if (facts.professionalProfession !== null) return true;
  if (facts.organisationMark === 'ja') return true;
  return facts.organisationType !== null && MEDICAL_SECRECY_ORGANISATION_TYPES.includes(facts.organisationType);
}

/**
 * Medical by association: naming a person who works under medical secrecy (a GGZ practitioner as
 * regisseur, a verslavingszorg worker as an action's owner) tells the reader the family is in that
 * care. Only the person's own organisation has the basis to read that name and organisation; every
 * other recipient reads "via de voorzitter". A release or a consent covers items, not the fact of
 * treatment, so neither widens this.
 */
export interface MedicalAssociation {
  organisationId: string;
}

export function mayNameMedicalPerson(audience: { organisationId: string }, association: MedicalAssociation | null): boolean {
  return association === null || audience.organisationId === association.organisationId;
}

/**
 * A meeting's participant list names who sat at the table, not for which family. The JGZ is a
 * standing member of the 1-2-3-tje and the ZAT (it is there for every child discussed), so its name
 * there says nothing about a family; any other medical participant is listed without name and
 * organisation to every other organisation.
 */
export function isStandingMedicalMember(meetingType: MeetingType, organisationType: OrganisationType): boolean {
  return organisationType === 'jgz' && (meetingType === 'een_twee_drie_tje' || meetingType === 'zat');
}

/** How a summary or package names a medical person to a recipient without the medical basis. */
export function maskedRegisseurText(contact: string): string {
  return `Een regisseur is aangewezen; contact via ${contact}`;
}
export const MASKED_OWNER_TEXT = 'een betrokken professional';
export const MASKED_PARTICIPANT_TEXT = 'een betrokken professional (medisch beroepsgeheim)';

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
