import type { MeetingModeParticipant } from '../../../shared/contract/meetingModeChannels';
import type { FamilyScope, RecipientPreview, SummaryItemKind } from '../../../shared/contract/summaryChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember, Meeting } from '../../../shared/domain/records';
import type { LegalBasis, OrganisationType, SharingBasis, TimelineEventType } from '../../../shared/domain/vocabulary';
import { anonymiseText, type AnonymisationSubject, type ReplacementKind } from '../../../shared/exports/anonymise';
import { mentionedFamilies, redactOtherFamilies, type NameIndex, type OtherFamilyMention } from '../../../shared/exports/otherFamilyNames';
import type { ItemRelease } from '../../../shared/exports/secrecyRelease';
import { ACTION_STATUS_WORDS, ESCALATION_DECISION_WORDS, EVENT_TYPE_WORDS, MEETING_TYPE_WORDS } from '../../../shared/exports/exportWords';
import type { ActionStatus, EscalationStep } from '../../../shared/regie/regieRecords';
import { familyLabel, familyVerdict, itemVerdict, mayNameMentionedFamily, namesMedicalPersonTo, scopeFamily, type ScopeFamily, type ScopeItem, type ScopeRecipient } from '../../../shared/exports/recipientScope';
import { isStandingMedicalMember, MASKED_OWNER_TEXT, MASKED_PARTICIPANT_TEXT, maskedRegisseurText, mayNameMedicalPerson, type MedicalAssociation } from '../../../shared/exports/medicalSecrecy';
import { medicalAssociationOf, organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { dayNumber } from '../../../shared/timeline/fuzzyDate';
import { readFamilyConcern } from '../assessment/familyConcern';
import { childConcernText } from './concernText';
import { medicalMinutesItemId, readCases, readParticipants } from '../meetingMode/meetingModeState';
import { readFamilyReleases, releaseKey, type ReleaseKey } from '../meetingMode/itemReleases';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { dutchDate } from '../pdf/dutchDates';
import { readRecord, readRecords } from '../recordStore/recordTable';
import { actionOwnerLabel } from '../regie/actionOwner';
import { agreedPlanText } from '../familyPlan/agreedPlanText';
import { readAnonymisationSubject, readNameIndex } from './familyNames';
import { readScopeFamily } from './familyScope';
import { listSafetyAgreements } from '../safetyAgreements/safetyAgreementService';
import { safetyAgreementText } from '../safetyAgreements/safetyAgreementText';
import { addDays } from '../../../shared/retention/retentionDate';
import { formatCalendarDay } from '../../../shared/domain/calendarDate';
import { reachLine, readActiveRegie } from '../regie/activeRegie';
import { meetingTable, memberTable } from '../register/registerTables';
import type { ReadableDb } from '../vault/connection';

/**
 * Everything a meeting's summaries can hold, read once from the vault, and each recipient's share of
 * it. Reading is synchronous (one consistent snapshot under the session's read); rendering the
 * PDFs afterwards works on these plain objects only, so a lock during rendering cannot make it
 * read a closed database.
 *
 * Per family: the safety agreements that stand (veiligheidsafspraken, first), the regisseur and how to reach them ("then I know whom to call"), the decisions of
 * this meeting, the actions of this meeting or still open (owner and due date), the case's minutes,
 * the JGZ notes, the timeline events since the family's previous meeting (or the last three
 * months), the concern of each child assessed (its own latest assessment, with its flags) and the
 * follow-up meeting. Each family is held
 * twice: as it is, and anonymised (shared/exports/anonymise: every form of every household and
 * network name, the school, addresses), because the same family can go named to one recipient and
 * anonymised to another. Names of other families in the vault are found once per text and replaced
 * per recipient who has no basis for that other family (shared/exports/otherFamilyNames). A case
 * discussed anonymously loads no timeline at all (dates and organisations identify a family as
 * well as a name).
 */
export interface SummaryItem extends ScopeItem {
  /** Text for the document (for table kinds, the cells say more). */
  text: string;
  /** Table row for 'actie' (wat, eigenaar, uiterlijk, status) and 'tijdlijn' (datum, organisatie, soort, samenvatting). */
  cells: string[] | null;
  /** Other families of the vault whose names the texts carry (see otherFamilyNames). */
  mentions?: readonly OtherFamilyMention[];
  /** The same item without the medical person it names, for every recipient outside that person's organisation. */
  masked: { label: string; text: string; cells: string[] | null } | null;
}

/** A line of the participant list as one recipient reads it. */
export interface ParticipantLine {
  name: string;
  organisationName: string;
  attendance: MeetingModeParticipant['attendance'];
}

export interface SummaryFamily {
  scope: ScopeFamily;
  /** The names its own texts carry (never another family's). */
  ownNames: readonly string[];
  items: SummaryItem[];
  /** The same items anonymised (shared/exports/anonymise): names, school, addresses replaced. */
  anonymisedItems: SummaryItem[];
}

export interface SummaryMeeting {
  meeting: Meeting;
  /** When the meeting was held (Vergadermodus started it); null when it has not been held yet. */
  heldAt: string | null;
  typeWord: string;
  participants: MeetingModeParticipant[];
  /** Per participant (same order): the medical organisation that alone may read their name, or null. */
  participantAssociations: (MedicalAssociation | null)[];
  families: SummaryFamily[];
  /** Every family named in the agenda families' texts that is not itself on the agenda, with its basis facts. */
  mentionedScopes: ReadonlyMap<string, ScopeFamily>;
  nameIndex: NameIndex | null;
}

export interface RecipientShare {
  recipient: MeetingModeParticipant;
  /** The verdicts for the preview (every family on the agenda, included or not). */
  scopes: FamilyScope[];
  /** The meeting's participants, medical ones masked unless this recipient is of their organisation. */
  participants: ParticipantLine[];
  /** Only what this recipient may receive: included families with their included items. */
  families: { label: string; form: 'volledig' | 'anoniem'; basis: SharingBasis | null; items: SummaryItem[] }[];
}

const TIMELINE_MONTHS_BACK = 3;

function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function item(kind: SummaryItemKind, label: string, text: string, extra: Partial<SummaryItem> = {}): SummaryItem {
  return { kind, label, text, basis: null, sourceOrganisationId: null, sourceOrganisationType: null, release: null, medical: false, medicalAssociation: null, cells: null, masked: null, ...extra };
}

/** The day from which timeline events are shown: the family's previous meeting, else three months back. */
function sinceDay(db: ReadableDb, familyId: string, meeting: Meeting): number {
  const previous = db
    .prepare(
      `SELECT max(m.starts_at) AS at FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id
       WHERE a.family_id = ? AND m.id <> ? AND m.starts_at < ?`,
    )
    .get(familyId, meeting.id, meeting.startsAt) as { at: string | null };
  const meetingDay = parseCalendarDay(amsterdamDay(new Date(meeting.startsAt)));
  if (previous.at !== null) {
    const d = parseCalendarDay(amsterdamDay(new Date(previous.at)));
    if (d) return dayNumber(d.year, d.month, d.day);
  }
  if (!meetingDay) return 0;
  const back = new Date(Date.UTC(meetingDay.year, meetingDay.month - 1 - TIMELINE_MONTHS_BACK, meetingDay.day));
  return Math.round(back.getTime() / 86_400_000);
}

/**
 * A regisseur under medical secrecy (a GGZ practitioner, a jeugdarts) is named only to their own
 * organisation; everyone else reads that a regisseur is appointed and to call the chair.
 */
function regieItems(db: ReadableDb, familyId: string, meetingId: string, contact: string): SummaryItem[] {
  const out: SummaryItem[] = [];
  const active = readActiveRegie(db, familyId);
  if (active === null) {
    out.push(item('regie', 'Regie: nog niet belegd', 'Regie: er is nog geen regisseur en geen besluit over eigen regie.'));
  } else if (active.kind === 'regisseur') {
    const { who, medicalAssociation } = active;
    const masked = maskedRegisseurText(contact);
    out.push(
      item('regie', `Regisseur: ${who}`, `Regisseur: ${who}${active.reach.length ? ` — bereikbaar via ${reachLine(active)}` : ''}`, {
        medicalAssociation,
        masked: medicalAssociation === null ? null : { label: 'Regisseur aangewezen', text: `${masked}.`, cells: null },
      }),
    );
    if (active.meetingId === meetingId) {
      out.push(
        item('besluit', `Besluit: regie bij ${who}`, `In dit overleg besloten: de regie ligt bij ${who}.`, {
          medicalAssociation,
          masked: medicalAssociation === null ? null : { label: 'Besluit: regisseur aangewezen', text: `In dit overleg besloten: ${masked.charAt(0).toLowerCase()}${masked.slice(1)}.`, cells: null },
        }),
      );
    }
  } else {
    out.push(item('regie', 'Eigen regie', `Eigen regie door het gezin: ${active.judgement}`));
    if (active.meetingId === meetingId) out.push(item('besluit', 'Besluit: eigen regie', 'In dit overleg besloten: het gezin voert zelf de regie.'));
  }
  return out;
}

/**
 * Escalation steps taken on the meeting's day are decisions of this meeting. A report to Veilig
 * Thuis is shared on meldrecht, so the recipient rule sends that one to Veilig Thuis only.
 */
function escalationItems(db: ReadableDb, familyId: string, meetingDay: string): SummaryItem[] {
  const rows = db
    .prepare('SELECT step, decided_by, reasons, anonymous FROM escalation_steps WHERE family_id = ? AND date = ? ORDER BY recorded_at')
    .all(familyId, meetingDay) as { step: EscalationStep['step']; decided_by: string; reasons: string; anonymous: number }[];
  return rows.map((r) => {
    const what = `${ESCALATION_DECISION_WORDS[r.step]}${r.anonymous === 1 ? ' (anoniem, zonder naam van het gezin)' : ''}`;
    return item('besluit', `Besluit: ${what}`, `In dit overleg besloten: ${what} (besloten door ${r.decided_by}). Reden: ${r.reasons}`, {
      basis: r.step === 'veilig_thuis_melding' ? 'meldrecht' : null,
    });
  });
}

/** An open action whose due day lies before the meeting's day was overdue when the meeting spoke of it. */
function actionStatusWord(status: ActionStatus, dueDate: string | null, meetingDay: string): string {
  return status === 'open' && dueDate !== null && dueDate < meetingDay ? `${ACTION_STATUS_WORDS[status]}, te laat` : ACTION_STATUS_WORDS[status];
}

function actionItems(db: ReadableDb, familyId: string, meetingId: string, meetingDay: string, contact: string): SummaryItem[] {
  const rows = db
    .prepare(
      `SELECT description, owner_professional_id, owner_organisation_id, owner_family, owner_network_member_id, due_date, status FROM regie_actions
       WHERE family_id = ? AND (meeting_id = ? OR status = 'open') ORDER BY due_date IS NULL, due_date, created_at`,
    )
    .all(familyId, meetingId) as {
    description: string;
    owner_professional_id: string | null;
    owner_organisation_id: string | null;
    owner_family: number;
    owner_network_member_id: string | null;
    due_date: string | null;
    status: ActionStatus;
  }[];
  return rows.map((r) => {
    const owner = actionOwnerLabel(db, {
      ownerProfessionalId: r.owner_professional_id,
      ownerOrganisationId: r.owner_organisation_id,
      ownerFamily: r.owner_family === 1,
      ownerNetworkMemberId: r.owner_network_member_id,
    });
    const due = r.due_date === null ? 'geen datum' : dutchDate(r.due_date);
    const medicalAssociation = r.owner_family === 1 || r.owner_network_member_id !== null ? null : medicalAssociationOf(db, { professionalId: r.owner_professional_id, organisationId: r.owner_organisation_id });
    const maskedOwner = `${MASKED_OWNER_TEXT} (via ${contact})`;
    const status = actionStatusWord(r.status, r.due_date, meetingDay);
    return item('actie', `Actie: ${shorten(r.description, 50)} (${owner}, ${due})`, r.description, {
      cells: [r.description, owner, due, status],
      medicalAssociation,
      masked:
        medicalAssociation === null
          ? null
          : { label: `Actie: ${shorten(r.description, 50)} (${maskedOwner}, ${due})`, text: r.description, cells: [r.description, maskedOwner, due, status] },
    });
  });
}

/** The family plan as last agreed (see agreedPlanText); its agreements are listed with the other actions. */
function planItems(db: ReadableDb, familyId: string): SummaryItem[] {
  const plan = agreedPlanText(db, familyId);
  return plan === null ? [] : [item('gezinsplan', plan.label, plan.text)];
}

/**
 * The safety agreements (veiligheidsafspraken) that stand at the meeting: the open ones, and those
 * done in the two weeks before it (a term is at most two weeks). Shared like the actions: they
 * follow the family's basis (see recipientScope), children named by `childLabel`.
 */
function safetyItems(db: ReadableDb, familyId: string, meetingDay: string, childLabel: (childId: string) => string, contact: string): SummaryItem[] {
  const day = parseCalendarDay(meetingDay);
  const since = day === null ? meetingDay : formatCalendarDay(addDays(day, -14));
  return listSafetyAgreements(db, familyId)
    .filter((a) => a.status === 'open' || (a.doneOn !== null && a.doneOn >= since))
    .map((a) => {
      const { label, text, cells } = safetyAgreementText(db, a, childLabel);
      const medicalAssociation = a.ownerFamily || a.ownerNetworkMemberId !== null ? null : medicalAssociationOf(db, { professionalId: a.ownerProfessionalId, organisationId: a.ownerOrganisationId });
      return item('veiligheidsafspraak', label, text, {
        cells,
        medicalAssociation,
        masked: medicalAssociation === null ? null : safetyAgreementText(db, a, childLabel, `${MASKED_OWNER_TEXT} (via ${contact})`),
      });
    });
}

function timelineItems(db: ReadableDb, familyId: string, meeting: Meeting, releases: ReadonlyMap<ReleaseKey, ItemRelease>): SummaryItem[] {
  const from = sinceDay(db, familyId, meeting);
  const meetingDay = parseCalendarDay(amsterdamDay(new Date(meeting.startsAt)));
  const to = meetingDay ? dayNumber(meetingDay.year, meetingDay.month, meetingDay.day) + 1 : Number.MAX_SAFE_INTEGER / 1000;
  const rows = db
    .prepare(
      `SELECT e.id, e.type, e.date, e.summary, e.legal_basis, e.organisation_id, o.name AS org_name, o.type AS org_type
       FROM timeline_events e JOIN organisations o ON o.id = e.organisation_id
       WHERE e.family_id = ? AND e.sort_key >= ? AND e.sort_key < ? ORDER BY e.sort_key, e.id`,
    )
    .all(familyId, from * 1000, to * 1000) as {
    id: string;
    type: TimelineEventType;
    date: string;
    summary: string;
    legal_basis: LegalBasis;
    organisation_id: string;
    org_name: string;
    org_type: OrganisationType;
  }[];
  return rows.map((r) => {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? dutchDate(r.date) : r.date;
    const type = EVENT_TYPE_WORDS[r.type];
    return item('tijdlijn', `Tijdlijn: ${type} (${date}, ${r.org_name})`, r.summary, {
      basis: r.legal_basis,
      sourceOrganisationId: r.organisation_id,
      sourceOrganisationType: r.org_type,
      release: releases.get(releaseKey('tijdlijn', r.id)) ?? null,
      // Timeline events record their organisation, not the professional who brought them in.
      medical: organisationUnderMedicalSecrecy(db, r.organisation_id),
      cells: [date, r.org_name, type, r.summary],
    });
  });
}

/**
 * The concern per child assessed (shared/instrument/familyConcern), highest first, each child named
 * by first name (or "kind 1", "kind 2" in birth order when the case is anonymised): never one family
 * line that could hide a child.
 */
function riskItems(concern: FamilyConcern, childLabel: (childId: string, fallback: string) => string): SummaryItem[] {
  return concern.children.map((child) => {
    const { label, text } = childConcernText(child, childLabel(child.childId, child.childName));
    return item('risico', label, text);
  });
}

/** A child's number in an anonymised case: its place among the family's children by birth date. */
function childNumber(members: readonly HouseholdMember[], childId: string): number {
  const children = members.filter((m) => m.role === 'kind').sort((a, b) => (a.birthDate ?? '').localeCompare(b.birthDate ?? '') || a.id.localeCompare(b.id));
  return children.findIndex((m) => m.id === childId) + 1;
}

function followUpItem(db: ReadableDb, meetingId: string, familyId: string): SummaryItem[] {
  const next = db
    .prepare(
      `SELECT m.starts_at, m.location, EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id AND a.family_id = ?) AS on_agenda
       FROM meetings m WHERE m.follow_up_of = ? ORDER BY m.starts_at DESC LIMIT 1`,
    )
    .get(familyId, meetingId) as { starts_at: string; location: string; on_agenda: number } | undefined;
  if (next === undefined || next.on_agenda !== 1) return [];
  const when = dutchDate(next.starts_at);
  return [item('vervolg', `Vervolgoverleg ${when}`, `Weer besproken in het vervolgoverleg van ${when}${next.location ? `, ${next.location}` : ''}.`)];
}


/** Every text of an item, replaced by `replace`, with what was replaced gathered for the preview. */
function mapItemTexts(it: SummaryItem, replace: (text: string) => { text: string; replaced: readonly ReplacementKind[]; unsafe?: string | null }): SummaryItem {
  const label = replace(it.label);
  const text = replace(it.text);
  const cells = it.cells === null ? null : it.cells.map(replace);
  const all = [label, text, ...(cells ?? [])];
  const unsafe = all.find((r) => typeof r.unsafe === 'string')?.unsafe ?? null;
  return {
    ...it,
    label: label.text,
    text: text.text,
    cells: cells === null ? null : cells.map((c) => c.text),
    replaced: [...(it.replaced ?? []), ...all.flatMap((r) => r.replaced)],
    masked: it.masked === null ? null : { label: replace(it.masked.label).text, text: replace(it.masked.text).text, cells: it.masked.cells === null ? null : it.masked.cells.map((c) => replace(c).text) },
    ...(unsafe === null ? {} : { anonymisedUnsafe: unsafe }),
  };
}

function anonymiseItem(it: SummaryItem, subject: AnonymisationSubject): SummaryItem {
  return mapItemTexts(it, (t) => anonymiseText(t, subject));
}

function withMentions(it: SummaryItem, index: NameIndex, own: { familyId: string; names: readonly string[] }): SummaryItem {
  const text = [it.label, it.text, ...(it.cells ?? [])].join('\n');
  const mentions = mentionedFamilies(text, index, own);
  return mentions.length === 0 ? it : { ...it, mentions };
}

export function loadSummaryMeeting(db: ReadableDb, meetingId: string): SummaryMeeting {
  const meeting = readRecord(db, meetingTable, meetingId);
  const participants = readParticipants(db, meetingId);
  const participantAssociations = participants.map((p) =>
    isStandingMedicalMember(meeting.type, p.organisationType) ? null : medicalAssociationOf(db, { professionalId: p.professionalId, organisationId: p.organisationId }),
  );
  const contact = chairContact(db, meeting);
  const cases = readCases(db, meetingId);
  const drafts = cases.map((c) => {
    const members = readRecords(db, memberTable, 'family_id = ?', [c.familyId], 'id');
    const concern = readFamilyConcern(db, c.familyId);
    const scope = readScopeFamily(db, c.familyId, amsterdamDay(new Date(meeting.startsAt)), c, concern);
    const releases = readFamilyReleases(db, c.familyId);
    const items: SummaryItem[] = [
      ...regieItems(db, c.familyId, meetingId, contact),
      ...escalationItems(db, c.familyId, amsterdamDay(new Date(meeting.startsAt))),
      ...planItems(db, c.familyId),
      ...actionItems(db, c.familyId, meetingId, amsterdamDay(new Date(meeting.startsAt)), contact),
    ];
    if (c.minutes.trim() !== '') items.push(item('notulen', 'Notulen van de casus', c.minutes));
    if (c.medicalMinutes.trim() !== '') {
      const release = releases.get(releaseKey('notulen_medisch', medicalMinutesItemId(meetingId, c.familyId))) ?? null;
      items.push(item('notulen_medisch', 'JGZ-notulen (medisch beroepsgeheim)', c.medicalMinutes, { release, medical: true }));
    }
    if (!c.anonymous) items.push(...timelineItems(db, c.familyId, meeting, releases));
    const named = riskItems(concern, (_id, name) => members.find((m) => m.id === _id)?.givenName || name);
    const numbered = riskItems(concern, (id) => `kind ${childNumber(members, id)}`);
    const meetingDay = amsterdamDay(new Date(meeting.startsAt));
    const safetyNamed = safetyItems(db, c.familyId, meetingDay, (id) => members.find((m) => m.id === id)?.givenName || 'kind', contact);
    const safetyNumbered = safetyItems(db, c.familyId, meetingDay, (id) => `kind ${childNumber(members, id)}`, contact);
    const after = followUpItem(db, meetingId, c.familyId);
    // The network's names and the children's school identify the family as well as the household's own names.
    const subject = readAnonymisationSubject(db, c.familyId);
    const anonymisedItems = [...safetyNumbered, ...items, ...numbered, ...after].map((it) => anonymiseItem(it, subject));
    const namedItems = [...safetyNamed, ...items, ...named, ...after];
    return { scope, ownNames: subject.names, items: c.anonymous ? anonymisedItems : namedItems, anonymisedItems };
  });
  const texts = drafts.flatMap((d) => [...d.items, ...d.anonymisedItems].flatMap((it) => [it.label, it.text, ...(it.cells ?? [])]));
  const index = texts.length === 0 ? null : readNameIndex(db, texts);
  const families = drafts.map((d): SummaryFamily => {
    if (index === null) return d;
    const own = { familyId: d.scope.familyId, names: d.ownNames };
    return { ...d, items: d.items.map((it) => withMentions(it, index, own)), anonymisedItems: d.anonymisedItems.map((it) => withMentions(it, index, own)) };
  });
  const onAgenda = new Set(cases.map((c) => c.familyId));
  const mentionedScopes = new Map<string, ScopeFamily>();
  for (const f of families) {
    for (const it of [...f.items, ...f.anonymisedItems]) {
      for (const m of it.mentions ?? []) {
        if (onAgenda.has(m.familyId) || mentionedScopes.has(m.familyId)) continue;
        mentionedScopes.set(m.familyId, readScopeFamily(db, m.familyId, amsterdamDay(new Date(meeting.startsAt)), { anonymous: false, position: 0, memberIds: [] }));
      }
    }
  }
  const held = db.prepare('SELECT started_at FROM meetings WHERE id = ?').get(meetingId) as { started_at: string | null } | undefined;
  return { meeting, heldAt: held?.started_at ?? null, typeWord: MEETING_TYPE_WORDS[meeting.type], participants, participantAssociations, families, mentionedScopes, nameIndex: index };
}

/**
 * The families a recipient may not read names of: every family a text mentions for which this
 * recipient has no basis to receive it by name (on the agenda or not).
 */
function blockedFamilies(data: SummaryMeeting, who: ScopeRecipient, it: SummaryItem): Set<string> {
  const blocked = new Set<string>();
  for (const m of it.mentions ?? []) {
    const scope = data.mentionedScopes.get(m.familyId) ?? data.families.find((f) => f.scope.familyId === m.familyId)?.scope;
    if (scope === undefined || !mayNameMentionedFamily(who, scope)) blocked.add(m.familyId);
  }
  return blocked;
}

function withoutOtherFamilies(data: SummaryMeeting, family: SummaryFamily, who: ScopeRecipient, it: SummaryItem): SummaryItem {
  const blocked = blockedFamilies(data, who, it);
  const index = data.nameIndex;
  if (blocked.size === 0 || index === null) return it;
  const own = { familyId: family.scope.familyId, names: family.ownNames };
  return mapItemTexts(it, (t) => redactOtherFamilies(t, index, own, blocked));
}

/** "de voorzitter (Anouk Mulder, CJG Emmen)", or just "de voorzitter" when the meeting names none. */
function chairContact(db: ReadableDb, meeting: Meeting): string {
  if (meeting.chairId === null) return 'de voorzitter';
  const chair = db.prepare('SELECT p.name, o.name AS org FROM professionals p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?').get(meeting.chairId) as
    | { name: string; org: string }
    | undefined;
  return chair === undefined ? 'de voorzitter' : `de voorzitter (${chair.name}, ${chair.org})`;
}

/** The item as this recipient may read it: with the medical person it names, or masked. */
function asReadBy(recipient: { organisationId: string }, it: SummaryItem): SummaryItem {
  return it.masked === null || namesMedicalPersonTo(recipient, it) ? it : { ...it, ...it.masked };
}

export function recipientShare(data: SummaryMeeting, recipient: MeetingModeParticipant): RecipientShare {
  const who: ScopeRecipient = { organisationId: recipient.organisationId, organisationType: recipient.organisationType, organisationFunction: recipient.organisationFunction };
  const scopes: FamilyScope[] = [];
  const families: RecipientShare['families'] = [];
  for (const f of data.families) {
    const verdict = familyVerdict(who, f.scope);
    // Masked first (a medical person named only to their own organisation), then another family's names.
    const items = (verdict.form === 'anoniem' ? f.anonymisedItems : f.items).map((it) => withoutOtherFamilies(data, f, who, asReadBy(who, it)));
    scopes.push(scopeFamily(who, f.scope, items));
    if (!verdict.included || verdict.form === null) continue;
    families.push({
      label: familyLabel(f.scope, verdict.form),
      form: verdict.form,
      basis: verdict.basis,
      items: items.filter((it) => itemVerdict(who, f.scope, verdict, it).included),
    });
  }
  const participants = data.participants.map((p, n): ParticipantLine =>
    mayNameMedicalPerson(who, data.participantAssociations[n] ?? null)
      ? { name: `${p.name}${p.role ? `, ${p.role}` : ''}`, organisationName: p.organisationName, attendance: p.attendance }
      : { name: MASKED_PARTICIPANT_TEXT, organisationName: '', attendance: p.attendance },
  );
  return { recipient, scopes, participants, families };
}

function safeFilePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '')
    .replace(/\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

export function summaryFileName(data: SummaryMeeting, recipient: MeetingModeParticipant): string {
  return `Samenvatting ${safeFilePart(data.typeWord)} ${amsterdamDay(new Date(data.meeting.startsAt))} - ${safeFilePart(recipient.name)}.pdf`;
}

export function recipientPreview(data: SummaryMeeting, share: RecipientShare): RecipientPreview {
  const r = share.recipient;
  return {
    professionalId: r.professionalId,
    name: r.name,
    organisationName: r.organisationName,
    organisationType: r.organisationType,
    attendance: r.attendance,
    fileName: summaryFileName(data, r),
    families: share.scopes,
  };
}
