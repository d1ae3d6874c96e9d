import type { FamilyScope, ScopedItem, SummaryItemKind, WithheldReason } from '../contract/summaryChannels';
import type { LegalBasis, OrganisationType } from '../domain/vocabulary';
import { isMedicalSecrecyOrganisation, mayReceiveMedicalItem } from './medicalSecrecy';

/**
 * Data minimisation for meeting summaries: which families, and which of their items, one recipient
 * may receive, on which recorded basis (AVG art. 9, WGBO, meldcode).
 *
 * Family: included when the recipient's organisation is covered by the family's consent
 * (toestemming), when it is actively involved in the help (noodzakelijk_betrokkenen: need to know
 * within the help relationship), or when the recipient is Veilig Thuis (meldrecht). Otherwise the
 * whole family is withheld ('geen_grondslag') and so is every one of its items.
 *
 * Item, within an included family, checked in this order:
 * - shared on meldrecht → only toward Veilig Thuis ('alleen_veilig_thuis');
 * - from the JGZ (a JGZ timeline event, the case's JGZ notes) → only to JGZ unless released
 *   ('medisch_beroepsgeheim');
 * - shared on consent → only to organisations the consent covers ('toestemming_ontbreekt').
 * Items without a basis of their own (minutes, decisions, regie) follow the family's.
 *
 * Pure and per item: the verdict of one item never depends on the others or their order, and more
 * consent can only add (every check is monotone in the consented organisations).
 */
export interface ScopeRecipient {
  organisationId: string;
  organisationType: OrganisationType;
}

export interface ScopeFamily {
  familyId: string;
  /** The family's name; never shown when `anonymous`. */
  displayName: string;
  anonymous: boolean;
  /** 1-based agenda position, for "Casus n (anoniem)". */
  position: number;
  /** Organisations the family's consent covers for the children discussed (see consentCoverage). */
  consentedOrganisationIds: readonly string[];
  /** Organisations with an active involvement with the family. */
  involvedOrganisationIds: readonly string[];
}

export interface ScopeItem {
  kind: SummaryItemKind;
  /** Short Dutch description for the preview (no content, no names for anonymous cases). */
  label: string;
  /** The item's own recorded basis; null = it follows the family's basis. */
  basis: LegalBasis | null;
  /** Type of the organisation the item comes from (timeline events); null when not tied to one. */
  sourceOrganisationType: OrganisationType | null;
  /** A recorded release from medical professional secrecy exists. */
  released: boolean;
}

export interface FamilyVerdict {
  included: boolean;
  basis: LegalBasis | null;
  withheldReason: WithheldReason | null;
}

export interface ItemVerdict {
  included: boolean;
  withheldReason: WithheldReason | null;
}

export function isVeiligThuis(recipient: ScopeRecipient): boolean {
  return recipient.organisationType === 'veilig_thuis';
}

export function familyLabel(family: Pick<ScopeFamily, 'displayName' | 'anonymous' | 'position'>): string {
  return family.anonymous ? `Casus ${family.position} (anoniem)` : family.displayName;
}

export function familyVerdict(recipient: ScopeRecipient, family: ScopeFamily): FamilyVerdict {
  if (family.consentedOrganisationIds.includes(recipient.organisationId)) return { included: true, basis: 'toestemming', withheldReason: null };
  if (family.involvedOrganisationIds.includes(recipient.organisationId)) return { included: true, basis: 'noodzakelijk_betrokkenen', withheldReason: null };
  if (isVeiligThuis(recipient)) return { included: true, basis: 'meldrecht', withheldReason: null };
  return { included: false, basis: null, withheldReason: 'geen_grondslag' };
}

/** Is this item under medical professional secrecy (before any release)? */
export function isMedicalItem(item: Pick<ScopeItem, 'kind' | 'sourceOrganisationType'>): boolean {
  return item.kind === 'notulen_medisch' || isMedicalSecrecyOrganisation(item.sourceOrganisationType);
}

export function itemVerdict(recipient: ScopeRecipient, family: ScopeFamily, verdict: FamilyVerdict, item: ScopeItem): ItemVerdict {
  if (!verdict.included) return { included: false, withheldReason: verdict.withheldReason ?? 'geen_grondslag' };
  if (item.basis === 'meldrecht' && !isVeiligThuis(recipient)) return { included: false, withheldReason: 'alleen_veilig_thuis' };
  if (isMedicalItem(item) && !mayReceiveMedicalItem(recipient.organisationType, item.released)) {
    return { included: false, withheldReason: 'medisch_beroepsgeheim' };
  }
  if (item.basis === 'toestemming' && !family.consentedOrganisationIds.includes(recipient.organisationId)) {
    return { included: false, withheldReason: 'toestemming_ontbreekt' };
  }
  return { included: true, withheldReason: null };
}

/** The verdict for one family and its items, in the contract's shape (for the preview). */
export function scopeFamily(recipient: ScopeRecipient, family: ScopeFamily, items: readonly ScopeItem[]): FamilyScope {
  const verdict = familyVerdict(recipient, family);
  return {
    familyId: family.familyId,
    label: familyLabel(family),
    included: verdict.included,
    basis: verdict.basis,
    withheldReason: verdict.withheldReason,
    items: items.map((item): ScopedItem => ({ kind: item.kind, label: item.label, ...itemVerdict(recipient, family, verdict, item) })),
  };
}

export const WITHHELD_REASON_TEXT: Record<WithheldReason, string> = {
  geen_grondslag: 'geen grondslag (geen toestemming, niet betrokken, niet Veilig Thuis)',
  medisch_beroepsgeheim: 'medisch beroepsgeheim (alleen JGZ, niet vrijgegeven)',
  alleen_veilig_thuis: 'gedeeld op meldrecht: alleen Veilig Thuis',
  toestemming_ontbreekt: 'toestemming dekt deze organisatie niet',
};

/** Short Dutch summaries (counts and reasons only) for the export log and the preview. */
export function scopeCounts(families: readonly FamilyScope[]): { included: string; withheld: string } {
  const inFamilies = families.filter((f) => f.included);
  const items = inFamilies.flatMap((f) => f.items);
  const includedItems = items.filter((i) => i.included).length;
  const withheldFamilies = families.filter((f) => !f.included);
  const withheldItems = items.filter((i) => !i.included);
  const itemReasons = new Map<WithheldReason, number>();
  for (const i of withheldItems) if (i.withheldReason) itemReasons.set(i.withheldReason, (itemReasons.get(i.withheldReason) ?? 0) + 1);
  const included = `${inFamilies.length} ${inFamilies.length === 1 ? 'gezin' : 'gezinnen'}, ${includedItems} ${includedItems === 1 ? 'onderdeel' : 'onderdelen'}`;
  const parts: string[] = [];
  if (withheldFamilies.length > 0) parts.push(`${withheldFamilies.length} ${withheldFamilies.length === 1 ? 'gezin' : 'gezinnen'} (geen grondslag)`);
  for (const [reason, n] of itemReasons) parts.push(`${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}: ${reason.replace(/_/g, ' ')}`);
  return { included, withheld: parts.length === 0 ? 'niets' : parts.join('; ') };
}
