import type { MeetingModeParticipant } from '../../../shared/contract/meetingModeChannels';
import type { FamilyScope, RecipientPreview, SummaryItemKind } from '../../../shared/contract/summaryChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember, Meeting } from '../../../shared/domain/records';
import type { LegalBasis, OrganisationType, SharingBasis, TimelineEventType } from '../../../shared/domain/vocabulary';
import { redactNames } from '../../../shared/exports/anonymise';
import { consentedOrganisations } from '../../../shared/exports/consentCoverage';
import { ACTION_STATUS_WORDS, ESCALATION_DECISION_WORDS, EVENT_TYPE_WORDS, MEETING_TYPE_WORDS } from '../../../shared/exports/exportWords';
import type { ActionStatus, EscalationStep } from '../../../shared/regie/regieRecords';
import { familyLabel, familyVerdict, itemVerdict, namesMedicalPersonTo, scopeFamily, type ScopeFamily, type ScopeItem } from '../../../shared/exports/recipientScope';
import { isStandingMedicalMember, MASKED_OWNER_TEXT, MASKED_PARTICIPANT_TEXT, maskedRegisseurText, mayNameMedicalPerson, type MedicalAssociation } from '../../../shared/exports/medicalSecrecy';
import { medicalAssociationOf, organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { dayNumber, dayString } from '../../../shared/timeline/fuzzyDate';
import { readFamilyConcern } from '../assessment/familyConcern';
import { childConcernText } from './concernText';
import { medicalMinutesItemId, readCases, readParticipants } from '../meetingMode/meetingModeState';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { dutchDate } from '../pdf/dutchDates';
import { readRecord, readRecords } from '../recordStore/recordTable';
import { actionOwnerLabel } from '../regie/actionOwner';
import { agreedPlanText } from '../familyPlan/agreedPlanText';
import { listNetwork } from '../familyPlan/familyPlanService';
import { listSafetyAgreements } from '../safetyAgreements/safetyAgreementService';
import { safetyAgreementText } from '../safetyAgreements/safetyAgreementText';
import { addDays } from '../../../shared/retention/retentionDate';
import { formatCalendarDay } from '../../../shared/domain/calendarDate';
import { reachLine, readActiveRegie } from '../regie/activeRegie';
import { conflictOfDutiesTable, consentTable, meetingTable, memberTable } from '../register/registerTables';
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
 * twice: as it is, and anonymised (every registered name of its household replaced by "[naam]"),
 * because the same family can go named to one recipient and anonymised to another. A case
 * discussed anonymously loads no timeline at all (dates and organisations identify a family as
 * well as a name).
 */
export interface SummaryItem extends ScopeItem {
  /** Text for the document (for table kinds, the cells say more). */
  text: string;
  /** Table row for 'actie' (wat, eigenaar, uiterlijk, status) and 'tijdlijn' (datum, organisatie, soort, samenvatting). */
  cells: string[] | null;
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
  items: SummaryItem[];
  /** The same items with every registered name of the household replaced by "[naam]". */
  anonymisedItems: SummaryItem[];
}

export interface SummaryMeeting {
  meeting: Meeting;
  typeWord: string;
  participants: MeetingModeParticipant[];
  /** Per participant (same order): the medical organisation that alone may read their name, or null. */
  participantAssociations: (MedicalAssociation | null)[];
  families: SummaryFamily[];
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
  return { kind, label, text, basis: null, sourceOrganisationId: null, sourceOrganisationType: null, released: false, medical: false, medicalAssociation: null, cells: null, masked: null, ...extra };
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

function actionItems(db: ReadableDb, familyId: string, meetingId: string, contact: string): SummaryItem[] {
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
    return item('actie', `Actie: ${shorten(r.description, 50)} (${owner}, ${due})`, r.description, {
      cells: [r.description, owner, due, ACTION_STATUS_WORDS[r.status]],
      medicalAssociation,
      masked:
        medicalAssociation === null
          ? null
          : { label: `Actie: ${shorten(r.description, 50)} (${maskedOwner}, ${due})`, text: r.description, cells: [r.description, maskedOwner, due, ACTION_STATUS_WORDS[r.status]] },
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

function timelineItems(db: ReadableDb, familyId: string, meeting: Meeting): SummaryItem[] {
  const from = sinceDay(db, familyId, meeting);
  const meetingDay = parseCalendarDay(amsterdamDay(new Date(meeting.startsAt)));
  const to = meetingDay ? dayNumber(meetingDay.year, meetingDay.month, meetingDay.day) + 1 : Number.MAX_SAFE_INTEGER / 1000;
  const rows = db
    .prepare(
      `SELECT e.id, e.type, e.date, e.summary, e.legal_basis, e.organisation_id, o.name AS org_name, o.type AS org_type,
              EXISTS (SELECT 1 FROM secrecy_releases r WHERE r.item_type = 'tijdlijn' AND r.item_id = e.id) AS released
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
    released: number;
  }[];
  return rows.map((r) => {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? dutchDate(r.date) : r.date;
    const type = EVENT_TYPE_WORDS[r.type];
    return item('tijdlijn', `Tijdlijn: ${type} (${date}, ${r.org_name})`, r.summary, {
      basis: r.legal_basis,
      sourceOrganisationId: r.organisation_id,
      sourceOrganisationType: r.org_type,
      released: r.released === 1,
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

/**
 * A suspicion of huiselijk geweld or kindermishandeling is on record for the family: a
 * professional's latest answer to afweging question 1 about any child is "ja" (a "nee" about one
 * child never takes back a suspicion about another), a decision was taken to ask Veilig Thuis for advice
 * naming the family (anonymous advice names nobody, as in the Meldcode step) or to report, a report is on the timeline, Veilig Thuis is involved on meldrecht, or a professional asked
 * Veilig Thuis for advice naming the family (Meldcode step 2; the Wmo allows that only on a
 * vermoeden, while an anonymous advice names nobody). Only then does meldrecht carry the family's
 * name to Veilig Thuis.
 */
export function suspicionRecorded(db: ReadableDb, familyId: string, concern: FamilyConcern = readFamilyConcern(db, familyId)): boolean {
  if (concern.children.some((c) => c.suspicion)) return true;
  const decided = db
    .prepare(
      `SELECT 1 FROM escalation_steps WHERE family_id = @f AND (step = 'veilig_thuis_melding' OR (step = 'veilig_thuis_advies' AND anonymous = 0))
       UNION ALL SELECT 1 FROM timeline_events WHERE family_id = @f AND type = 'melding'
       UNION ALL SELECT 1 FROM involvements WHERE family_id = @f AND legal_basis = 'meldrecht'
       UNION ALL SELECT 1 FROM meldcode_steps WHERE family_id = @f AND step = 'advies_veilig_thuis' AND anonymous = 0 LIMIT 1`,
    )
    .get({ f: familyId });
  return decided !== undefined;
}

export function loadSummaryMeeting(db: ReadableDb, meetingId: string): SummaryMeeting {
  const meeting = readRecord(db, meetingTable, meetingId);
  const participants = readParticipants(db, meetingId);
  const participantAssociations = participants.map((p) =>
    isStandingMedicalMember(meeting.type, p.organisationType) ? null : medicalAssociationOf(db, { professionalId: p.professionalId, organisationId: p.organisationId }),
  );
  const contact = chairContact(db, meeting);
  const onDay = parseCalendarDay(amsterdamDay(new Date(meeting.startsAt)));
  const cases = readCases(db, meetingId);
  const families = cases.map((c): SummaryFamily => {
    const members = readRecords(db, memberTable, 'family_id = ?', [c.familyId], 'id');
    const concern = readFamilyConcern(db, c.familyId);
    const consents = readRecords(db, consentTable, 'family_id = ?', [c.familyId], 'date, created_at');
    const involvements = db
      .prepare(`SELECT DISTINCT organisation_id, legal_basis FROM involvements WHERE family_id = ? AND (ended_at IS NULL OR ended_at >= ?) ORDER BY organisation_id, legal_basis`)
      .all(c.familyId, onDay ? dayString(dayNumber(onDay.year, onDay.month, onDay.day)) : '0000') as { organisation_id: string; legal_basis: LegalBasis }[];
    const conflicts = readRecords(db, conflictOfDutiesTable, 'family_id = ? AND date <= ?', [c.familyId, amsterdamDay(new Date(meeting.startsAt))], 'date, rowid');
    const name = (db.prepare('SELECT display_name FROM families WHERE id = ?').get(c.familyId) as { display_name: string }).display_name;
    const scope: ScopeFamily = {
      familyId: c.familyId,
      displayName: name,
      anonymous: c.anonymous,
      position: c.position,
      consentedOrganisationIds: onDay ? consentedOrganisations(members, consents, c.memberIds, onDay) : [],
      involvements: involvements.map((r) => ({ organisationId: r.organisation_id, legalBasis: r.legal_basis })),
      conflictOfDutiesOrganisationIds: [...new Set(conflicts.flatMap((d) => d.organisationIds))],
      suspicionRecorded: suspicionRecorded(db, c.familyId, concern),
    };
    const items: SummaryItem[] = [
      ...regieItems(db, c.familyId, meetingId, contact),
      ...escalationItems(db, c.familyId, amsterdamDay(new Date(meeting.startsAt))),
      ...planItems(db, c.familyId),
      ...actionItems(db, c.familyId, meetingId, contact),
    ];
    if (c.minutes.trim() !== '') items.push(item('notulen', 'Notulen van de casus', c.minutes));
    if (c.medicalMinutes.trim() !== '') {
      const released = db.prepare("SELECT 1 FROM secrecy_releases WHERE item_type = 'notulen_medisch' AND item_id = ?").get(medicalMinutesItemId(meetingId, c.familyId));
      items.push(item('notulen_medisch', 'JGZ-notulen (medisch beroepsgeheim)', c.medicalMinutes, { released: released !== undefined, medical: true }));
    }
    if (!c.anonymous) items.push(...timelineItems(db, c.familyId, meeting));
    const named = riskItems(concern, (_id, name) => members.find((m) => m.id === _id)?.givenName || name);
    const numbered = riskItems(concern, (id) => `kind ${childNumber(members, id)}`);
    const meetingDay = amsterdamDay(new Date(meeting.startsAt));
    const safetyNamed = safetyItems(db, c.familyId, meetingDay, (id) => members.find((m) => m.id === id)?.givenName || 'kind', contact);
    const safetyNumbered = safetyItems(db, c.familyId, meetingDay, (id) => `kind ${childNumber(members, id)}`, contact);
    const after = followUpItem(db, meetingId, c.familyId);
    // The network's names identify the family as well as the household's own.
    const network = listNetwork(db, c.familyId).map((n) => n.name);
    const names = [name, ...members.flatMap((m) => [m.givenName, m.familyName, `${m.givenName} ${m.familyName}`]), ...network];
    const hide = (text: string) => redactNames(text, names);
    const hideCells = (cells: string[] | null) => (cells === null ? null : cells.map(hide));
    const hideItem = (it: SummaryItem): SummaryItem => ({
      ...it,
      label: hide(it.label),
      text: hide(it.text),
      cells: hideCells(it.cells),
      masked: it.masked === null ? null : { label: hide(it.masked.label), text: hide(it.masked.text), cells: hideCells(it.masked.cells) },
    });
    const anonymisedItems = [...safetyNumbered, ...items, ...numbered, ...after].map(hideItem);
    return { scope, items: c.anonymous ? anonymisedItems : [...safetyNamed, ...items, ...named, ...after], anonymisedItems };
  });
  return { meeting, typeWord: MEETING_TYPE_WORDS[meeting.type], participants, participantAssociations, families };
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
  const who = { organisationId: recipient.organisationId, organisationType: recipient.organisationType, organisationFunction: recipient.organisationFunction };
  const scopes: FamilyScope[] = [];
  const families: RecipientShare['families'] = [];
  for (const f of data.families) {
    const verdict = familyVerdict(who, f.scope);
    const items = verdict.form === 'anoniem' ? f.anonymisedItems : f.items;
    scopes.push(scopeFamily(who, f.scope, items));
    if (!verdict.included || verdict.form === null) continue;
    families.push({
      label: familyLabel(f.scope, verdict.form),
      form: verdict.form,
      basis: verdict.basis,
      items: items.filter((it) => itemVerdict(who, f.scope, verdict, it).included).map((it) => asReadBy(who, it)),
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
