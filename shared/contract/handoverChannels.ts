import { z } from 'zod';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import { LEGAL_BASES, MEMBER_ROLES, ORGANISATION_FUNCTIONS, ORGANISATION_TYPES, SHARING_BASES, TIMELINE_EVENT_TYPES } from '../domain/vocabulary';
import { listUntilFirstIssue } from './firstIssueList';
import { Passphrase } from './schemas';
import { FamilyScope, SUMMARY_ITEM_KINDS, WITHHELD_REASONS } from './summaryChannels';

/**
 * Warme overdracht between vaults: a family (or a caseload) goes to another organisation as one
 * encrypted package file, is imported there with its provenance, and a receipt comes back.
 *
 * The package's content is validated with these schemas after decryption, so a package written by
 * anything else than this code (or damaged inside a valid encryption) is refused before a write.
 */
export const HANDOVER_FORMAT_VERSION = 1;

/**
 * The most a package can hold. The receiver checks these while it reads the file, before anything
 * of that size is made in memory; the sender refuses to make a package beyond them. A package
 * carries at most the families one handover may name (500, a whole caseload); a family's household
 * is at most 100 people; a family's history at most 100 000 items and a whole package 200 000 —
 * the bench's region has ten events per family and its longest histories a thousand — whose events
 * name at most 50 members each and 400 000 together.
 */
export const HANDOVER_LIMITS = {
  families: 500,
  membersPerFamily: 100,
  itemsPerFamily: 100_000,
  itemsPerPackage: 200_000,
  memberRefsPerItem: 50,
  memberRefsPerPackage: 400_000,
} as const;

const text = (max: number) => z.string().max(max);

export const HandoverOrganisation = z.object({
  name: text(160).min(1),
  type: z.enum(ORGANISATION_TYPES),
  function: z.enum(ORGANISATION_FUNCTIONS),
});
export type HandoverOrganisation = z.infer<typeof HandoverOrganisation>;

/** Where an item comes from: who recorded it, in which organisation, when, on which basis it went. */
export const HandoverProvenance = z.object({
  organisation: HandoverOrganisation,
  author: text(1000),
  recordedAt: IsoDateTime,
  sharedOn: z.enum(SHARING_BASES),
});
export type HandoverProvenance = z.infer<typeof HandoverProvenance>;

export const HandoverMember = z.object({
  ref: z.string().min(1).max(64),
  role: z.enum(MEMBER_ROLES),
  givenName: text(120).min(1),
  familyName: text(160),
  birthDate: CalendarDayString.nullable(),
  parentalAuthority: z.boolean(),
  provenance: HandoverProvenance,
});
export type HandoverMember = z.infer<typeof HandoverMember>;

/** A typed timeline event as it travels (organisations by name, members by their ref in the package). */
export const HandoverTimelineEvent = z.object({
  type: z.enum(TIMELINE_EVENT_TYPES),
  date: text(40).min(1),
  toOrganisation: HandoverOrganisation.nullable(),
  noticedBy: text(300),
  reason: text(2000),
  legalBasis: z.enum(LEGAL_BASES),
  memberRefs: listUntilFirstIssue(z.string().max(64), { max: HANDOVER_LIMITS.memberRefsPerItem }),
});

export const HandoverItem = z.object({
  kind: z.enum(SUMMARY_ITEM_KINDS),
  /** Short Dutch description (for the receiver's preview). */
  label: text(400),
  /** The item's content as it reads in the sending vault (minutes of a long meeting included). */
  text: text(500_000),
  /** Present for timeline events, which arrive as timeline events. */
  timeline: HandoverTimelineEvent.nullable(),
  provenance: HandoverProvenance,
});
export type HandoverItem = z.infer<typeof HandoverItem>;

export const HandoverFamily = z.object({
  /** 1-based position in the package; the CLI and the import choices name families by it. */
  position: z.number().int().min(1),
  displayName: text(200).min(1),
  sharedOn: z.enum(SHARING_BASES),
  members: listUntilFirstIssue(HandoverMember, { max: HANDOVER_LIMITS.membersPerFamily }),
  items: listUntilFirstIssue(HandoverItem, { max: HANDOVER_LIMITS.itemsPerFamily }),
});
export type HandoverFamily = z.infer<typeof HandoverFamily>;

/** The families of a package, as stored in it; checked up to the first element that does not fit. */
export const HandoverFamilies = listUntilFirstIssue(HandoverFamily, { min: 1, max: HANDOVER_LIMITS.families });

export const HandoverManifest = z.object({
  formatVersion: z.number().int().min(1),
  packageId: RecordId,
  createdAt: IsoDateTime,
  sender: z.object({ organisation: text(160).min(1), operator: text(400).min(1), vaultSchemaVersion: z.number().int().min(1) }),
  receiver: HandoverOrganisation,
  families: listUntilFirstIssue(z.object({ position: z.number().int().min(1), label: text(200), items: z.number().int().min(0) }), { min: 1, max: HANDOVER_LIMITS.families }),
  /** Counts and reasons only: what the sender's rule kept out. */
  withheld: text(2000),
  /** SHA-256 (hex) over the stored JSON of the families, so an item changed inside the package is refused. */
  itemsChecksum: z.string().regex(/^[0-9a-f]{64}$/),
});
export type HandoverManifest = z.infer<typeof HandoverManifest>;

/** The receipt: no content, only what happened to which package and who says so. */
export const HandoverReceipt = z.object({
  formatVersion: z.number().int().min(1),
  packageId: RecordId,
  packageChecksum: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(['aanvaard', 'geweigerd']),
  reason: text(1000),
  receivedBy: text(400).min(1),
  receivingOrganisation: text(160).min(1),
  receivedAt: IsoDateTime,
  families: z.number().int().min(0),
  items: z.number().int().min(0),
});
export type HandoverReceipt = z.infer<typeof HandoverReceipt>;

// ---- IPC ----

/** Why a family stays out of a package: the sharing rule's reason, or that it could only go anonymised. */
export const HANDOVER_REFUSALS = [...WITHHELD_REASONS, 'alleen_anoniem'] as const;
export type HandoverRefusal = (typeof HANDOVER_REFUSALS)[number];

export const HandoverFamilyPreview = z.object({
  familyId: RecordId,
  /** Goes along in the package. */
  goes: z.boolean(),
  /** Why not; null when it goes. */
  refusal: z.enum(HANDOVER_REFUSALS).nullable(),
  scope: FamilyScope,
});
export type HandoverFamilyPreview = z.infer<typeof HandoverFamilyPreview>;

export const HandoverExportPreview = z.object({
  receiver: z.object({ organisationId: RecordId, name: z.string(), type: z.enum(ORGANISATION_TYPES) }),
  families: z.array(HandoverFamilyPreview),
  included: z.string(),
  withheld: z.string(),
});
export type HandoverExportPreview = z.infer<typeof HandoverExportPreview>;

export const HandoverMatch = z.object({ familyId: RecordId, displayName: z.string(), reason: z.string() });

export const HandoverImportFamilyPreview = z.object({
  position: z.number().int().min(1),
  displayName: z.string(),
  sharedOn: z.enum(SHARING_BASES),
  members: z.array(z.object({ role: z.enum(MEMBER_ROLES), name: z.string(), birthDate: z.string().nullable() })),
  items: z.array(z.object({ kind: z.enum(SUMMARY_ITEM_KINDS), label: z.string(), provenance: z.string() })),
  /** Existing families with the same child (name and birth date): merge is offered, never done silently. */
  matches: z.array(HandoverMatch),
});
export type HandoverImportFamilyPreview = z.infer<typeof HandoverImportFamilyPreview>;

export const HandoverImportPreview = z.object({
  packageId: RecordId,
  checksum: z.string(),
  createdAt: IsoDateTime,
  sender: z.object({ organisation: z.string(), operator: z.string() }),
  receiver: z.string(),
  withheld: z.string(),
  families: z.array(HandoverImportFamilyPreview),
  /** New organisations the import would add to the sociale kaart (sources not yet known here). */
  newOrganisations: z.array(z.string()),
});
export type HandoverImportPreview = z.infer<typeof HandoverImportPreview>;

/** Per package family: a new family, or merged into an existing one the user chose. */
export const HandoverChoice = z.object({
  position: z.number().int().min(1),
  mergeInto: RecordId.nullable(),
});
export type HandoverChoice = z.infer<typeof HandoverChoice>;

const PackageToken = z.string().min(16).max(64);

export const handoverChannels = {
  /** A strong passphrase to share out of band: eight neutral everyday Dutch words, fit to read aloud. */
  'handover:suggestPassphrase': { request: z.object({}), response: z.object({ passphrase: z.string() }) },
  'handover:preview': {
    request: z.object({ familyIds: z.array(RecordId).min(1).max(HANDOVER_LIMITS.families), organisationId: RecordId }),
    response: HandoverExportPreview,
  },
  'handover:export': {
    request: z.object({ familyIds: z.array(RecordId).min(1).max(HANDOVER_LIMITS.families), organisationId: RecordId, passphrase: Passphrase, passphraseRepeat: Passphrase }),
    response: z.object({ saved: z.boolean(), fileName: z.string().nullable(), packageId: RecordId.nullable(), included: z.string(), withheld: z.string() }),
  },
  /** Asks the host for a package file, verifies and decrypts it; nothing is written. */
  'handover:open': {
    request: z.object({ passphrase: Passphrase }),
    response: z.object({ token: PackageToken, preview: HandoverImportPreview }).nullable(),
  },
  'handover:import': {
    request: z.object({ token: PackageToken, choices: z.array(HandoverChoice) }),
    response: z.object({ familyIds: z.array(RecordId), items: z.number().int(), receiptFileName: z.string().nullable() }),
  },
  /** The receiver declines a package it could open: a receipt with the reason goes back, nothing is written. */
  'handover:decline': {
    request: z.object({ token: PackageToken, reason: z.string().trim().min(3).max(1000) }),
    response: z.object({ receiptFileName: z.string().nullable() }),
  },
  /** Asks the host for a receipt file and applies it to the handover it answers. */
  'handover:openReceipt': {
    request: z.object({ passphrase: Passphrase }),
    response: z.object({ status: z.enum(['aanvaard', 'geweigerd']), receivedBy: z.string(), receivedAt: IsoDateTime, familyIds: z.array(RecordId) }).nullable(),
  },
} as const;
