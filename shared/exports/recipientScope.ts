import type { FamilyScope, ScopedItem, SummaryItemKind, WithheldReason } from '../contract/summaryChannels';
import type { LegalBasis, OrganisationFunction, OrganisationType, SharingBasis } from '../domain/vocabulary';
import type { ReplacementKind } from './anonymise';
import { mayNameMedicalPerson, medicalItemVerdict, type MedicalAssociation } from './medicalSecrecy';
import type { ItemRelease } from './secrecyRelease';

/**
 * The one place that decides what may leave the vault: per recipient, per family and per item,
 * from recorded facts only. Summaries, their preview, the terugkoppeling letter and the inzage all
 * ask here; nothing else decides.
 *
 * Family, in this order:
 * 1. consent of the right person by age covers the recipient's organisation → toestemming;
 * 2. a recorded conflict van plichten (who decided, why) names the organisation → conflict_van_plichten;
 * 3. the organisation is currently involved in the help and may know on need-to-know (Jeugdwet
 *    art. 7.3.11): the involvement's own basis is noodzakelijk_betrokkenen or wettelijke_plicht, the
 *    organisation interprets or carries out help (function duidend/beide), and it is a kind of
 *    organisation that can carry out help for a child. A woningcorporatie, the police, schuldhulp,
 *    leerplicht, a school or a childcare centre are not, whatever their recorded function: they
 *    receive only on consent. An involvement on meldrecht counts for Veilig Thuis only;
 * 4. Veilig Thuis with a recorded suspicion (an afweging with Q1 = ja, a decision to ask Veilig
 *    Thuis for advice or to report, a report on the timeline) → meldrecht (Wmo 2015 art. 5.2.6);
 * 5. Veilig Thuis without one → the case anonymised (consultation can be anonymous);
 * 6. everyone else → nothing, with the reason.
 * A case discussed anonymously goes anonymised to everyone who may receive it.
 *
 * Item, within a family that goes:
 * - an anonymised case carries no timeline (dates and organisations identify a family), and no text
 *   that cannot be made safe (shared/exports/anonymise: a name written in a form it cannot tell);
 * - shared on meldrecht → only toward Veilig Thuis;
 * - under medical secrecy (see isUnderMedicalSecrecy: from an organisation of a medical type or
 *   marked as such in the sociale kaart, or brought in by a professional with a medical profession)
 *   → only to that organisation, and beyond it only as far as its secrecy holder's release reaches
 *   on the day (to whom, on which basis: see secrecyRelease);
 * - shared on consent → only where the consent reaches (or a conflict van plichten does);
 * - actions, the family plan and the safety agreements (veiligheidsafspraken) carry no basis of
 *   their own: they go wherever the family goes, because whoever receives the family must know what
 *   keeps the child safe now and who does it. In an anonymised case their children are "kind n" and
 *   every registered name is "[naam]", like the rest;
 * - an item that names a person under medical secrecy (a GGZ regisseur, a verslavingszorg worker
 *   owning an action) goes to every other organisation in its masked form, without that person's
 *   name and organisation (see mayNameMedicalPerson).
 *
 * Pure and per recipient: one recipient's verdict never depends on another recipient, on the other
 * items or on their order; more consent or a new decision can only add.
 */
export interface ScopeRecipient {
  organisationId: string;
  organisationType: OrganisationType;
  organisationFunction: OrganisationFunction;
}

export interface ScopeInvolvement {
  organisationId: string;
  legalBasis: LegalBasis;
}

export interface ScopeFamily {
  familyId: string;
  /** The family's name; never shown when the family goes anonymised. */
  displayName: string;
  /** Discussed anonymously in this meeting. */
  anonymous: boolean;
  /** 1-based agenda position, for "Casus n (anoniem)". */
  position: number;
  /** Organisations the family's consent covers for the children discussed (see consentCoverage). */
  consentedOrganisationIds: readonly string[];
  /** The family's current involvements, each with its own recorded basis. */
  involvements: readonly ScopeInvolvement[];
  /** Organisations a recorded conflict van plichten covers. */
  conflictOfDutiesOrganisationIds: readonly string[];
  /** The conflict van plichten decisions that stand on the day, each with its organisations (a release may rest on one). */
  conflictDecisions: readonly { id: string; organisationIds: readonly string[] }[];
  /** A suspicion of huiselijk geweld or kindermishandeling is on record (see the header). */
  suspicionRecorded: boolean;
}

export interface ScopeItem {
  kind: SummaryItemKind;
  /** Short Dutch description for the preview (no content, no names for anonymised cases). */
  label: string;
  /** The item's own recorded basis; null = it follows the family's basis. */
  basis: LegalBasis | null;
  /** The organisation the item comes from (timeline events); null when not tied to one. */
  sourceOrganisationId: string | null;
  sourceOrganisationType: OrganisationType | null;
  /** Its medical secrecy holder's release (to whom, on which basis); null when not released. */
  release: ItemRelease | null;
  /** In its anonymised form: why it cannot be made safe (a name written otherwise); absent when it can. */
  anonymisedUnsafe?: string | null;
  /** What kind of thing was replaced in it for this recipient (names, school, address), for the preview. */
  replaced?: readonly ReplacementKind[];
  /** Under medical secrecy (isUnderMedicalSecrecy, decided where the item is built; JGZ notes always). */
  medical: boolean;
  /** It names a person under medical secrecy, of this organisation; null when it names none. */
  medicalAssociation: MedicalAssociation | null;
}

export interface FamilyVerdict {
  included: boolean;
  form: 'volledig' | 'anoniem' | null;
  basis: SharingBasis | null;
  /** Why it is withheld, or why it goes anonymised. */
  withheldReason: WithheldReason | null;
}

export interface ItemVerdict {
  included: boolean;
  withheldReason: WithheldReason | null;
  /** Why, in a Dutch sentence, for an item under medical secrecy; null for the others. */
  why: string | null;
}

/** Kinds of organisation that never carry out help for a child, so never know on need-to-know alone. */
export const NOT_CARRYING_OUT_HELP: readonly OrganisationType[] = ['school', 'kinderopvang', 'politie', 'woningcorporatie', 'schuldhulp', 'leerplicht', 'reclassering', 'overig'];

const NEED_TO_KNOW_BASES: readonly LegalBasis[] = ['noodzakelijk_betrokkenen', 'wettelijke_plicht'];

export function isVeiligThuis(recipient: Pick<ScopeRecipient, 'organisationType'>): boolean {
  return recipient.organisationType === 'veilig_thuis';
}

export function familyLabel(family: Pick<ScopeFamily, 'displayName' | 'position'>, form: FamilyVerdict['form']): string {
  return form === 'anoniem' ? `Casus ${family.position} (anoniem)` : family.displayName;
}

function named(basis: SharingBasis, family: ScopeFamily): FamilyVerdict {
  return family.anonymous
    ? { included: true, form: 'anoniem', basis, withheldReason: 'anoniem_besproken' }
    : { included: true, form: 'volledig', basis, withheldReason: null };
}

/** Why an involvement alone does not give this recipient a basis; null when it does. */
function involvementObstacle(recipient: ScopeRecipient, involvement: ScopeInvolvement): WithheldReason | null {
  if (involvement.legalBasis === 'toestemming') return 'toestemming_ontbreekt';
  if (involvement.legalBasis === 'meldrecht') return isVeiligThuis(recipient) ? null : 'geen_grondslag';
  if (NOT_CARRYING_OUT_HELP.includes(recipient.organisationType)) return 'geen_hulpverlener';
  if (recipient.organisationFunction === 'signalerend') return 'alleen_signalerend';
  return NEED_TO_KNOW_BASES.includes(involvement.legalBasis) ? null : 'geen_grondslag';
}

/**
 * Another family named in a text (the summaries, a handover package) keeps its names only for a
 * recipient who may receive that family itself, by name: else its names are replaced.
 */
export function mayNameMentionedFamily(recipient: ScopeRecipient, family: ScopeFamily): boolean {
  const verdict = familyVerdict(recipient, family);
  return verdict.included && verdict.form === 'volledig';
}

export function familyVerdict(recipient: ScopeRecipient, family: ScopeFamily): FamilyVerdict {
  if (family.consentedOrganisationIds.includes(recipient.organisationId)) return named('toestemming', family);
  if (family.conflictOfDutiesOrganisationIds.includes(recipient.organisationId)) return named('conflict_van_plichten', family);
  const own = family.involvements.filter((i) => i.organisationId === recipient.organisationId);
  const obstacles = own.map((i) => involvementObstacle(recipient, i));
  const carrying = own.find((_, n) => obstacles[n] === null);
  if (carrying !== undefined) return named(carrying.legalBasis, family);
  if (isVeiligThuis(recipient)) {
    if (family.suspicionRecorded) return named('meldrecht', family);
    return { included: true, form: 'anoniem', basis: null, withheldReason: 'geen_vermoeden' };
  }
  const reason = obstacles.find((r): r is WithheldReason => r !== null) ?? 'geen_grondslag';
  return { included: false, form: null, basis: null, withheldReason: reason };
}

/** Is this item under medical professional secrecy (before any release)? */
export function isMedicalItem(item: Pick<ScopeItem, 'kind' | 'medical'>): boolean {
  return item.kind === 'notulen_medisch' || item.medical;
}

/** Whether an included item goes to this recipient with the medical person it names, or in its masked form. */
export function namesMedicalPersonTo(recipient: Pick<ScopeRecipient, 'organisationId'>, item: Pick<ScopeItem, 'medicalAssociation'>): boolean {
  return mayNameMedicalPerson(recipient, item.medicalAssociation);
}

export function itemVerdict(recipient: ScopeRecipient, family: ScopeFamily, verdict: FamilyVerdict, item: ScopeItem): ItemVerdict {
  if (!verdict.included) return { included: false, withheldReason: verdict.withheldReason ?? 'geen_grondslag', why: null };
  if (verdict.form === 'anoniem' && item.kind === 'tijdlijn') return { included: false, withheldReason: 'anoniem_geen_tijdlijn', why: null };
  if (verdict.form === 'anoniem' && typeof item.anonymisedUnsafe === 'string') return { included: false, withheldReason: 'anoniem_niet_veilig', why: null };
  if (item.basis === 'meldrecht' && !isVeiligThuis(recipient)) return { included: false, withheldReason: 'alleen_veilig_thuis', why: null };
  const medical = isMedicalItem(item) ? medicalItemVerdict(recipient, item, family) : null;
  if (medical !== null && !medical.included) return { included: false, withheldReason: medical.withheldReason ?? 'medisch_beroepsgeheim', why: medical.why };
  if (
    item.basis === 'toestemming' &&
    !family.consentedOrganisationIds.includes(recipient.organisationId) &&
    !family.conflictOfDutiesOrganisationIds.includes(recipient.organisationId)
  ) {
    return { included: false, withheldReason: 'toestemming_ontbreekt', why: medical?.why ?? null };
  }
  return { included: true, withheldReason: null, why: medical?.why ?? null };
}

/** The verdict for one family and its items, in the contract's shape (for the preview). */
export function scopeFamily(recipient: ScopeRecipient, family: ScopeFamily, items: readonly ScopeItem[]): FamilyScope {
  const verdict = familyVerdict(recipient, family);
  return {
    familyId: family.familyId,
    label: familyLabel(family, verdict.form ?? (family.anonymous ? 'anoniem' : 'volledig')),
    included: verdict.included,
    form: verdict.form,
    basis: verdict.basis,
    withheldReason: verdict.withheldReason,
    items: items.map((item): ScopedItem => ({
      kind: item.kind,
      label: item.label,
      ...itemVerdict(recipient, family, verdict, item),
      replaced: [...(item.replaced ?? [])].slice(0, 200),
    })),
  };
}

/**
 * The terugkoppeling letter tells a signaller that the signal was discussed and taken up, how many
 * agreements were made and whom to call — never content. Naming the regisseur is itself a fact about
 * the family when the regisseur works in medical care (a GGZ practitioner as regisseur says the
 * family is in treatment): then the letter names the sender to call instead.
 */
export function mayNameRegisseurToSignaller(regisseurUnderMedicalSecrecy: boolean): boolean {
  return !regisseurUnderMedicalSecrecy;
}

/**
 * The inzage (AVG art. 15) gives a family what the vault holds about it, but medical secrecy still
 * holds inside the family: a huisarts's note about the mother is hers, not her ex-partner's. An
 * unreleased item from a medical organisation goes only into the inzage of the one person it is
 * about (WGBO art. 7:456); a whole-family inzage, or an item about several or unnamed members, leaves
 * it out and says where to ask for it.
 */
export function mayGoIntoInzage(
  inzage: { scope: 'gezin' | 'persoon'; personId: string | null },
  item: { medical: boolean; released: boolean; memberIds: readonly string[] },
): boolean {
  // Any release the holder recorded counts here, whatever organisations it names: the family is the
  // data subject, and a release says the holder no longer keeps this from others.
  if (item.released || !item.medical) return true;
  return inzage.scope === 'persoon' && inzage.personId !== null && item.memberIds.length === 1 && item.memberIds[0] === inzage.personId;
}

export const INZAGE_MEDICAL_WITHHELD_TEXT =
  'medisch beroepsgeheim: gegevens van een medische organisatie of medische beroepsbeoefenaar (JGZ, huisarts, GGZ, verslavingszorg, ziekenhuis, verloskundige, of zo gemarkeerd in de sociale kaart) staan alleen in de inzage van de persoon over wie ze gaan; vraag ze op bij die zorgverlener of vraag inzage per persoon';

/** Short Dutch summaries (counts and reasons only) for the export log and the preview. */
export function scopeCounts(families: readonly FamilyScope[]): { included: string; withheld: string } {
  const inFamilies = families.filter((f) => f.included);
  const items = inFamilies.flatMap((f) => f.items);
  const includedItems = items.filter((i) => i.included).length;
  const withheldFamilies = families.filter((f) => !f.included);
  const anonymised = inFamilies.filter((f) => f.form === 'anoniem').length;
  const withheldItems = items.filter((i) => !i.included);
  const itemReasons = new Map<WithheldReason, number>();
  for (const i of withheldItems) if (i.withheldReason) itemReasons.set(i.withheldReason, (itemReasons.get(i.withheldReason) ?? 0) + 1);
  const included = `${inFamilies.length} ${inFamilies.length === 1 ? 'gezin' : 'gezinnen'}${anonymised > 0 ? ` (${anonymised} anoniem)` : ''}, ${includedItems} ${
    includedItems === 1 ? 'onderdeel' : 'onderdelen'
  }`;
  const parts: string[] = [];
  if (withheldFamilies.length > 0) parts.push(`${withheldFamilies.length} ${withheldFamilies.length === 1 ? 'gezin' : 'gezinnen'} (geen grondslag)`);
  for (const [reason, n] of itemReasons) parts.push(`${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}: ${reason.replace(/_/g, ' ')}`);
  return { included, withheld: parts.length === 0 ? 'niets' : parts.join('; ') };
}
