import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import {
  HANDOVER_FORMAT_VERSION,
  HandoverFamilies as HandoverFamiliesSchema,
  HandoverManifest as HandoverManifestSchema,
  type HandoverExportPreview,
  type HandoverFamily,
  type HandoverFamilyPreview,
  type HandoverItem,
  type HandoverManifest,
  type HandoverOrganisation,
  type HandoverRefusal,
} from '../../../shared/contract/handoverChannels';
import type { Operator } from '../../../shared/contract/schemas';
import type { FamilyScope } from '../../../shared/contract/summaryChannels';
import type { CalendarDay } from '../../../shared/domain/calendarDate';
import type { LegalBasis, OrganisationFunction, OrganisationType, SharingBasis, TimelineEventType } from '../../../shared/domain/vocabulary';
import type { ItemRelease } from '../../../shared/exports/secrecyRelease';
import { ACTION_STATUS_WORDS, EVENT_TYPE_WORDS } from '../../../shared/exports/exportWords';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { familyVerdict, itemVerdict, mayNameMentionedFamily, namesMedicalPersonTo, scopeCounts, scopeFamily, type ScopeFamily, type ScopeItem, type ScopeRecipient } from '../../../shared/exports/recipientScope';
import { MASKED_OWNER_TEXT, maskedRegisseurText } from '../../../shared/exports/medicalSecrecy';
import { medicalAssociationOf, organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';
import type { ActionStatus } from '../../../shared/regie/regieRecords';
import { listSafetyAgreements } from '../safetyAgreements/safetyAgreementService';
import { safetyAgreementText } from '../safetyAgreements/safetyAgreementText';
import { readFamilyConcern } from '../assessment/familyConcern';
import { childConcernText } from '../exports/concernText';
import { readFamilyNames, readNameIndex } from '../exports/familyNames';
import { readScopeFamily } from '../exports/familyScope';
import { mentionedFamilies, redactOtherFamilies, type NameIndex } from '../../../shared/exports/otherFamilyNames';
import { medicalMinutesItemId } from '../meetingMode/meetingModeState';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { dutchDate } from '../pdf/dutchDates';
import { operatorLabel } from '../recordStore/operatorLabel';
import { readRecords } from '../recordStore/recordTable';
import { reachLine, readActiveRegie } from '../regie/activeRegie';
import { readFamilyReleases, releaseKey, type ReleaseKey } from '../meetingMode/itemReleases';
import { memberTable } from '../register/registerTables';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { agreedPlanText } from '../familyPlan/agreedPlanText';
import { checkJsonShape, JsonShapeError } from './boundedJson';
import { FAMILIES_SHAPE, overLimitWords, PACKAGE_KIND } from './openHandoverFile';
import { sealDatabase, sha256Hex, type SealOptions } from './sealedFile';

/**
 * What a handover package carries, decided by the one sharing rule (shared/exports/recipientScope)
 * for the RECEIVING organisation, exactly as a summary for a participant of that organisation:
 * the family only on a basis that names it, and within it only the items that may go. A family
 * that would go anonymised is refused: a handover is for continuing the help with a named family,
 * and an anonymised case cannot be continued by anyone.
 *
 * Per family the package holds its household, the current regie, the open actions, every typed
 * timeline event, the minutes of every meeting that discussed it (the JGZ part as its own item, under
 * medical secrecy) and the flags of its latest risk assessment — each with where it came from.
 */
export interface HandoverRecipient extends ScopeRecipient {
  name: string;
}

interface DraftItem extends ScopeItem {
  item: Omit<HandoverItem, 'provenance'> & { provenance: Omit<HandoverItem['provenance'], 'sharedOn'> };
  /** The item without the medical person it names, for a receiver that is not that person's organisation. */
  masked: DraftItem['item'] | null;
}

export interface HandoverDraftFamily {
  scope: ScopeFamily;
  preview: HandoverFamilyPreview;
  /** What goes (null when the family is refused). */
  family: HandoverFamily | null;
}

export interface HandoverDraft {
  recipient: HandoverRecipient;
  families: HandoverDraftFamily[];
  included: string;
  withheld: string;
}

/** Why a family stays out, in Dutch (the CLI prints it; the screens translate the code). */
export const REFUSAL_SENTENCES: Partial<Record<HandoverRefusal, string>> = {
  alleen_anoniem:
    'Gaat niet mee: voor deze organisatie zou het gezin alleen geanonimiseerd mogen gaan, en een anonieme casus kan niet worden overgedragen. Leg eerst een grondslag vast (toestemming of een besluit conflict van plichten).',
  geen_grondslag: 'Gaat niet mee: er is voor deze organisatie geen grondslag (geen toestemming, geen betrokkenheid bij de hulp, geen conflict van plichten).',
  toestemming_ontbreekt: 'Gaat niet mee: de toestemming dekt deze organisatie niet.',
  alleen_signalerend: 'Gaat niet mee: deze organisatie is alleen signalerend betrokken en krijgt zonder toestemming alleen een terugkoppeling.',
  geen_hulpverlener: 'Gaat niet mee: deze organisatie voert geen hulp uit en krijgt het gezin alleen met toestemming.',
};

export function refusalSentence(refusal: HandoverRefusal): string {
  return REFUSAL_SENTENCES[refusal] ?? REFUSAL_SENTENCES.geen_grondslag!;
}

function readRecipient(db: ReadableDb, organisationId: string): HandoverRecipient {
  const row = db.prepare('SELECT id, name, type, function FROM organisations WHERE id = ?').get(organisationId) as
    | { id: string; name: string; type: OrganisationType; function: OrganisationFunction }
    | undefined;
  if (row === undefined) throw new AppError('not_found', 'De ontvangende organisatie staat niet (meer) in de sociale kaart.');
  return { organisationId: row.id, organisationType: row.type, organisationFunction: row.function, name: row.name };
}

interface OrgRow {
  name: string;
  type: OrganisationType;
  function: OrganisationFunction;
}

function organisation(db: ReadableDb, id: string | null): HandoverOrganisation | null {
  if (id === null) return null;
  const row = db.prepare('SELECT name, type, function FROM organisations WHERE id = ?').get(id) as OrgRow | undefined;
  return row === undefined ? null : { name: row.name, type: row.type, function: row.function };
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function draft(
  kind: DraftItem['kind'],
  label: string,
  text: string,
  source: HandoverOrganisation,
  author: string,
  recordedAt: string,
  extra: Partial<Pick<DraftItem, 'basis' | 'sourceOrganisationId' | 'sourceOrganisationType' | 'release' | 'medical' | 'medicalAssociation' | 'masked'>> & {
    timeline?: HandoverItem['timeline'];
  } = {},
): DraftItem {
  return {
    kind,
    label,
    basis: extra.basis ?? null,
    sourceOrganisationId: extra.sourceOrganisationId ?? null,
    sourceOrganisationType: extra.sourceOrganisationType ?? null,
    release: extra.release ?? null,
    medical: extra.medical ?? false,
    medicalAssociation: extra.medicalAssociation ?? null,
    masked: extra.masked ?? null,
    item: { kind, label, text, timeline: extra.timeline ?? null, provenance: { organisation: source, author, recordedAt } },
  };
}

/** Whom a receiver without the medical basis is sent to instead of a medical person: the sending organisation. */
function senderContact(sender: HandoverOrganisation): string {
  return `de overdragende organisatie (${sender.name})`;
}

function regieItems(db: ReadableDb, familyId: string, sender: HandoverOrganisation): DraftItem[] {
  const active = readActiveRegie(db, familyId);
  if (active === null) return [];
  const row = db.prepare('SELECT recorded_by, created_at FROM regie_decisions WHERE family_id = ? AND ended_on IS NULL').get(familyId) as { recorded_by: string; created_at: string };
  if (active.kind === 'eigen_regie') return [draft('regie', 'Eigen regie', `Eigen regie door het gezin: ${active.judgement}`, sender, row.recorded_by, row.created_at)];
  const text = `Regisseur: ${active.who}${active.reach.length ? ` — bereikbaar via ${reachLine(active)}` : ''}`;
  const masked = maskedRegisseurText(senderContact(sender));
  return [
    draft('regie', `Regisseur: ${active.who}`, text, sender, row.recorded_by, row.created_at, {
      medicalAssociation: active.medicalAssociation,
      masked:
        active.medicalAssociation === null
          ? null
          : { kind: 'regie', label: 'Regisseur aangewezen', text: `${masked}.`, timeline: null, provenance: { organisation: sender, author: row.recorded_by, recordedAt: row.created_at } },
    }),
  ];
}

function actionItems(db: ReadableDb, familyId: string, sender: HandoverOrganisation): DraftItem[] {
  const rows = db
    .prepare(
      `SELECT a.description, a.due_date, a.status, a.created_at, a.created_by, a.owner_organisation_id, a.owner_professional_id, p.name AS owner_name,
              coalesce(p.organisation_id, a.owner_organisation_id) AS owner_org
       FROM regie_actions a LEFT JOIN professionals p ON p.id = a.owner_professional_id
       WHERE a.family_id = ? AND a.status = 'open' ORDER BY a.due_date IS NULL, a.due_date, a.created_at`,
    )
    .all(familyId) as {
    description: string;
    due_date: string | null;
    status: ActionStatus;
    created_at: string;
    created_by: string;
    owner_organisation_id: string | null;
    owner_professional_id: string | null;
    owner_name: string | null;
    owner_org: string | null;
  }[];
  return rows.map((r) => {
    const ownerOrg = organisation(db, r.owner_org);
    const owner = [r.owner_name, ownerOrg?.name].filter((s): s is string => s !== null && s !== undefined).join(', ') || 'onbekend';
    const due = r.due_date === null ? 'geen datum' : dutchDate(r.due_date);
    const text = `Actie: ${r.description} (eigenaar: ${owner}; uiterlijk ${due}; ${ACTION_STATUS_WORDS[r.status]})`;
    const label = `Actie: ${shorten(r.description, 50)} (${due})`;
    const medicalAssociation = medicalAssociationOf(db, { professionalId: r.owner_professional_id, organisationId: r.owner_organisation_id });
    // Masked, the provenance is the sender's too: the owner's organisation would name the care.
    const maskedText = `Actie: ${r.description} (eigenaar: ${MASKED_OWNER_TEXT} (via ${senderContact(sender)}); uiterlijk ${due}; ${ACTION_STATUS_WORDS[r.status]})`;
    return draft('actie', label, text, ownerOrg ?? sender, r.created_by, r.created_at, {
      medicalAssociation,
      masked: medicalAssociation === null ? null : { kind: 'actie', label, text: maskedText, timeline: null, provenance: { organisation: sender, author: r.created_by, recordedAt: r.created_at } },
    });
  });
}

/**
 * The open safety agreements, as the summaries word them. As for an action, the provenance of one
 * carried out by a professional is that professional's organisation; the others come from the sender.
 */
function safetyItems(db: ReadableDb, familyId: string, sender: HandoverOrganisation, childName: (childId: string) => string): DraftItem[] {
  return listSafetyAgreements(db, familyId)
    .filter((a) => a.status === 'open')
    .map((a) => {
      const { label, text } = safetyAgreementText(db, a, childName);
      const medicalAssociation = a.ownerFamily || a.ownerNetworkMemberId !== null ? null : medicalAssociationOf(db, { professionalId: a.ownerProfessionalId, organisationId: a.ownerOrganisationId });
      const ownerOrgId = a.ownerOrganisationId ?? (a.ownerProfessionalId === null ? null : ((db.prepare('SELECT organisation_id FROM professionals WHERE id = ?').get(a.ownerProfessionalId) as { organisation_id: string } | undefined)?.organisation_id ?? null));
      const ownerOrg = organisation(db, ownerOrgId);
      const author = (db.prepare('SELECT created_by FROM safety_agreements WHERE id = ?').get(a.id) as { created_by: string }).created_by;
      // Masked, the provenance is the sender's: the owner's organisation would name the care.
      const masked = medicalAssociation === null ? null : safetyAgreementText(db, a, childName, `${MASKED_OWNER_TEXT} (via ${senderContact(sender)})`);
      return draft('veiligheidsafspraak', label, text, ownerOrg ?? sender, author, a.createdAt, {
        medicalAssociation,
        masked: masked === null ? null : { kind: 'veiligheidsafspraak', label: masked.label, text: masked.text, timeline: null, provenance: { organisation: sender, author, recordedAt: a.createdAt } },
      });
    });
}

function timelineItems(db: ReadableDb, familyId: string, memberRefs: ReadonlyMap<string, string>, releases: ReadonlyMap<ReleaseKey, ItemRelease>): DraftItem[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.type, e.date, e.summary, e.legal_basis, e.organisation_id, e.to_organisation_id, e.noticed_by, e.reason, e.member_ids,
              e.recorded_by, e.created_at, o.type AS org_type
       FROM timeline_events e JOIN organisations o ON o.id = e.organisation_id
       WHERE e.family_id = ? ORDER BY e.sort_key, e.id`,
    )
    .all(familyId) as {
    id: string;
    type: TimelineEventType;
    date: string;
    summary: string;
    legal_basis: LegalBasis;
    organisation_id: string;
    to_organisation_id: string | null;
    noticed_by: string;
    reason: string;
    member_ids: string;
    recorded_by: string;
    created_at: string;
    org_type: OrganisationType;
  }[];
  return rows.map((r) => {
    const source = organisation(db, r.organisation_id)!;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? dutchDate(r.date) : r.date;
    const refs = (JSON.parse(r.member_ids) as string[]).map((id) => memberRefs.get(id)).filter((ref): ref is string => ref !== undefined);
    return draft('tijdlijn', `Tijdlijn: ${EVENT_TYPE_WORDS[r.type]} (${date}, ${source.name})`, r.summary, source, r.recorded_by, r.created_at, {
      basis: r.legal_basis,
      sourceOrganisationId: r.organisation_id,
      sourceOrganisationType: r.org_type,
      release: releases.get(releaseKey('tijdlijn', r.id)) ?? null,
      medical: organisationUnderMedicalSecrecy(db, r.organisation_id),
      timeline: {
        type: r.type,
        date: r.date,
        toOrganisation: organisation(db, r.to_organisation_id),
        noticedBy: r.noticed_by,
        reason: r.reason,
        legalBasis: r.legal_basis,
        memberRefs: refs,
      },
    });
  });
}

function minutesItems(db: ReadableDb, familyId: string, sender: HandoverOrganisation, releases: ReadonlyMap<ReleaseKey, ItemRelease>): DraftItem[] {
  const rows = db
    .prepare(
      `SELECT c.meeting_id, c.minutes, c.medical_minutes, c.updated_at, c.updated_by, m.starts_at
       FROM meeting_cases c JOIN meetings m ON m.id = c.meeting_id
       WHERE c.family_id = ? AND (c.minutes <> '' OR c.medical_minutes <> '') ORDER BY m.starts_at`,
    )
    .all(familyId) as { meeting_id: string; minutes: string; medical_minutes: string; updated_at: string; updated_by: string; starts_at: string }[];
  const out: DraftItem[] = [];
  for (const r of rows) {
    const when = dutchDate(r.starts_at);
    if (r.minutes.trim() !== '') out.push(draft('notulen', `Notulen van het overleg van ${when}`, r.minutes, sender, r.updated_by, r.updated_at));
    if (r.medical_minutes.trim() !== '') {
      const release = releases.get(releaseKey('notulen_medisch', medicalMinutesItemId(r.meeting_id, familyId))) ?? null;
      out.push(draft('notulen_medisch', `JGZ-notulen van het overleg van ${when} (medisch beroepsgeheim)`, r.medical_minutes, sender, r.updated_by, r.updated_at, { release, medical: true }));
    }
  }
  return out;
}

/** The concern per child assessed, in the summaries' words; a package never carries one family line. */
function riskItems(db: ReadableDb, concern: FamilyConcern, sender: HandoverOrganisation): DraftItem[] {
  const by = db.prepare('SELECT created_by, created_at FROM assessments WHERE id = ?');
  const givenName = db.prepare('SELECT given_name FROM family_members WHERE id = ?');
  return concern.children.map((child) => {
    const who = (givenName.get(child.childId) as { given_name: string } | undefined)?.given_name || child.childName;
    const { label, text } = childConcernText(child, who);
    const made = by.get(child.assessmentId) as { created_by: string; created_at: string } | undefined;
    return draft('risico', label, text, sender, made?.created_by ?? 'onbekend', made?.created_at ?? '');
  });
}

/** The organisation the sending operator works for, as the receiver will read it. */
export function senderOrganisation(db: ReadableDb, operator: Operator): HandoverOrganisation {
  const known = db.prepare('SELECT name, type, function FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY created_at LIMIT 1').get(operator.organisation.trim()) as OrgRow | undefined;
  return known ?? { name: operator.organisation.trim(), type: 'overig', function: 'signalerend' };
}

/** Reads every family, applies the sharing rule for the receiving organisation and keeps what may go. */
/** The family plan as last agreed, in the summaries' words; the family's own agreements go with the actions. */
function planItems(db: ReadableDb, familyId: string, sender: HandoverOrganisation): DraftItem[] {
  const plan = agreedPlanText(db, familyId);
  return plan === null ? [] : [draft('gezinsplan', plan.label, plan.text, sender, plan.version.recordedBy, plan.version.createdAt)];
}

export function draftHandover(db: ReadableDb, familyIds: readonly string[], organisationId: string, operator: Operator, today: CalendarDay): HandoverDraft {
  const recipient = readRecipient(db, organisationId);
  const sender = senderOrganisation(db, operator);
  const todayString = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  // Another family's names in a text go only to an organisation with a basis for that family too.
  const otherScopes = new Map<string, ScopeFamily>();
  const blockedFor = (familyId: string): boolean => {
    let other = otherScopes.get(familyId);
    if (other === undefined) {
      other = readScopeFamily(db, familyId, todayString, { anonymous: false, position: 0, memberIds: [] });
      otherScopes.set(familyId, other);
    }
    return !mayNameMentionedFamily(recipient, other);
  };
  const withoutOtherFamilies = (it: DraftItem, own: { familyId: string; names: readonly string[] }, nameIndex: NameIndex): DraftItem => {
    const texts = [it.item.label, it.item.text, it.item.timeline?.reason ?? '', it.item.timeline?.noticedBy ?? ''];
    const blocked = new Set(mentionedFamilies(texts.join('\n'), nameIndex, own).map((m) => m.familyId).filter(blockedFor));
    if (blocked.size === 0) return it;
    const hide = (text: string) => redactOtherFamilies(text, nameIndex, own, blocked).text;
    const timeline = it.item.timeline === null ? null : { ...it.item.timeline, reason: hide(it.item.timeline.reason), noticedBy: hide(it.item.timeline.noticedBy) };
    return { ...it, label: hide(it.label), item: { ...it.item, label: hide(it.item.label), text: hide(it.item.text), timeline } };
  };
  const families = [...new Set(familyIds)].map((familyId, index): HandoverDraftFamily => {
    const row = db.prepare('SELECT display_name, anonymous, created_at, created_by FROM families WHERE id = ?').get(familyId) as
      | { display_name: string; anonymous: number; created_at: string; created_by: string }
      | undefined;
    if (row === undefined) throw new AppError('not_found', 'Een gekozen gezin bestaat niet (meer).');
    const members = readRecords(db, memberTable, 'family_id = ?', [familyId], 'id');
    const concern = readFamilyConcern(db, familyId);
    const scope = readScopeFamily(db, familyId, todayString, { anonymous: row.anonymous === 1, position: index + 1, memberIds: [] }, concern);
    const releases = readFamilyReleases(db, familyId);
    const memberRefs = new Map(members.map((m, n) => [m.id, `lid-${n + 1}`]));
    const items = [...regieItems(db, familyId, sender), ...actionItems(db, familyId, sender), ...timelineItems(db, familyId, memberRefs, releases), ...minutesItems(db, familyId, sender, releases), ...riskItems(db, concern, sender), ...planItems(db, familyId, sender), ...safetyItems(db, familyId, sender, (id) => members.find((m) => m.id === id)?.givenName ?? 'kind')];
    const verdict = familyVerdict(recipient, scope);
    const familyScope: FamilyScope = scopeFamily(recipient, scope, items);
    let refusal: HandoverRefusal | null = null;
    if (!verdict.included) refusal = verdict.withheldReason ?? 'geen_grondslag';
    else if (verdict.form !== 'volledig' || verdict.basis === null) refusal = 'alleen_anoniem';
    const preview: HandoverFamilyPreview = { familyId, goes: refusal === null, refusal, scope: familyScope };
    if (refusal !== null || verdict.basis === null) return { scope, preview, family: null };
    const sharedOn: SharingBasis = verdict.basis;
    const own = { familyId, names: readFamilyNames(db, familyId) };
    const kept = items.filter((it) => itemVerdict(recipient, scope, verdict, it).included);
    const nameIndex = readNameIndex(db, kept.flatMap((it) => [it.item.label, it.item.text, it.item.timeline?.reason ?? '', it.item.timeline?.noticedBy ?? '']));
    // Masked first (a medical person named only to their own organisation), then another family's names.
    const going = kept.map((d) => (d.masked === null || namesMedicalPersonTo(recipient, d) ? d : { ...d, item: d.masked })).map((it) => withoutOtherFamilies(it, own, nameIndex));
    const family: HandoverFamily = {
      position: index + 1,
      displayName: row.display_name,
      sharedOn,
      members: members.map((m) => ({
        ref: memberRefs.get(m.id)!,
        role: m.role,
        givenName: m.givenName,
        familyName: m.familyName,
        birthDate: m.birthDate,
        parentalAuthority: m.parentalAuthority,
        provenance: { organisation: sender, author: row.created_by, recordedAt: row.created_at, sharedOn },
      })),
      items: going.map((d) => ({ ...d.item, provenance: { ...d.item.provenance, sharedOn: d.basis ?? sharedOn } })),
    };
    return { scope, preview, family };
  });
  const goingScopes = families.map((f) => (f.family === null ? { ...f.preview.scope, included: false } : f.preview.scope));
  const counts = scopeCounts(goingScopes);
  return { recipient, families, included: counts.included, withheld: counts.withheld };
}

export function exportPreview(d: HandoverDraft): HandoverExportPreview {
  return {
    receiver: { organisationId: d.recipient.organisationId, name: d.recipient.name, type: d.recipient.organisationType },
    families: d.families.map((f) => f.preview),
    included: d.included,
    withheld: d.withheld,
  };
}

export interface BuiltPackage {
  bytes: Buffer;
  /** SHA-256 in the trailer: what the receipt names. */
  checksum: string;
  manifest: HandoverManifest;
  fileName: string;
}

/** The file name tells the receiver what it is, never whom it is about. */
export function packageFileName(recipientName: string, createdAt: Date): string {
  const safe = recipientName.normalize('NFC').replace(/[\\/:*?"<>|]/g, '').replace(/\p{Cc}/gu, '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `Overdracht aan ${safe} ${createdAt.toISOString().slice(0, 10)}.overdracht`;
}

/** Writes the package database (manifest + families) sealed with the shared passphrase. */
export function buildPackage(d: HandoverDraft, operator: Operator, sender: HandoverOrganisation, passphrase: string, at: Date, options: SealOptions = {}): BuiltPackage {
  const going = d.families.map((f) => f.family).filter((f): f is HandoverFamily => f !== null);
  if (going.length === 0) throw new AppError('invalid_request', 'Er gaat geen enkel gezin mee naar deze organisatie; er is geen pakket gemaakt. De voorbeeldweergave zegt per gezin waarom.');
  // The receiver validates with these schemas and limits: a package it would refuse is not made at all.
  const checked = HandoverFamiliesSchema.safeParse(going);
  if (!checked.success) throw new AppError('invalid_request', 'Dit pakket past niet in het overdrachtsformaat (een onderdeel is te groot of onvolledig); er is niets opgeslagen.');
  const familiesJson = JSON.stringify(going);
  try {
    checkJsonShape(familiesJson, FAMILIES_SHAPE);
  } catch (error) {
    if (error instanceof JsonShapeError) throw new AppError('invalid_request', `Dit pakket wordt te groot voor één overdracht (${overLimitWords(error)}); maak er meer dan één. Er is niets opgeslagen.`);
    throw error;
  }
  const manifest: HandoverManifest = {
    formatVersion: HANDOVER_FORMAT_VERSION,
    packageId: randomUUID(),
    createdAt: at.toISOString(),
    sender: { organisation: sender.name, operator: operatorLabel(operator), vaultSchemaVersion: LATEST_SCHEMA_VERSION },
    receiver: { name: d.recipient.name, type: d.recipient.organisationType, function: d.recipient.organisationFunction },
    families: going.map((f) => ({ position: f.position, label: f.displayName, items: f.items.length })),
    withheld: d.withheld,
    itemsChecksum: sha256Hex(Buffer.from(familiesJson, 'utf8')),
  };
  HandoverManifestSchema.parse(manifest);
  const { bytes, checksum } = sealDatabase(passphrase, (db) => writePackageTables(db, manifest, familiesJson), options);
  return { bytes, checksum, manifest, fileName: packageFileName(d.recipient.name, at) };
}

function writePackageTables(db: WritableDb, manifest: HandoverManifest, familiesJson: string): void {
  db.exec(`
    CREATE TABLE casustafel (kind TEXT NOT NULL, format_version INTEGER NOT NULL) STRICT;
    CREATE TABLE manifest (json TEXT NOT NULL) STRICT;
    CREATE TABLE families (json TEXT NOT NULL) STRICT;
  `);
  db.prepare('INSERT INTO casustafel (kind, format_version) VALUES (?, ?)').run(PACKAGE_KIND, manifest.formatVersion);
  db.prepare('INSERT INTO manifest (json) VALUES (?)').run(JSON.stringify(manifest));
  db.prepare('INSERT INTO families (json) VALUES (?)').run(familiesJson);
}
