import { addDays } from '../../../shared/retention/retentionDate';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import type { HouseholdMember } from '../../../shared/domain/records';
import type { OrganisationType } from '../../../shared/domain/vocabulary';
import { addWorkingDays } from '../../../shared/regie/workingDays';
import { childConsents } from '../../../shared/rules/familyConsent';
import { amsterdamInstant } from '../../../shared/domain/amsterdamTime';
import { signalDiscussed } from '../regie/regieActions';
import { addConsent } from '../register/consentService';
import { saveInvolvement } from '../register/involvementService';
import { saveMeeting, setAgenda, setParticipants } from '../register/meetingService';
import { readRecords } from '../recordStore/recordTable';
import { memberTable } from '../register/registerTables';
import type { WriteContext } from '../recordStore/writeContext';
import { saveTimelineEvent } from '../timeline/timelineService';
import type { TimelineEventInput } from '../../../shared/timeline/timelineEvent';

/**
 * The demo's 1-2-3-tje, so "Vergadermodus openen" and the per-recipient summaries have something to
 * show the moment the demo vault is opened: the next working day at 09:00 (Amsterdam) at the demo
 * school with the most pupils among the families, three of those families on the agenda, and at
 * the table the school's intern begeleider, a JGZ jeugdverpleegkundige, a schoolmaatschappelijk
 * werker and Veilig Thuis, all invited (uitgenodigd).
 *
 * The three cases each show one rule of the summaries (agenda order: youngest pupil first):
 * 1. JGZ case — the JGZ is involved, consent covers school, JGZ and school social work, and there is
 *    a recent JGZ timeline event: under medical professional secrecy it is withheld from everyone but
 *    the JGZ and hidden in the projector-safe view.
 * 2. Withheld family — consent covers the school and the JGZ only, and school social work is not
 *    involved: its summary leaves this family out ("geen grondslag").
 * 3. Terugkoppeling — the huisarts signalled; an open "signaalgever informeren" action for this
 *    meeting, owned by the schoolmaatschappelijk werker, so a terugkoppelingsbrief can be made.
 *
 * Built only from what the generated region holds (its fictional families, schools and staff) and
 * written through the ordinary services, so every write is audited under the demo operator. No
 * randomness: the same region and the same moment give the same meeting.
 */
export interface DemoMeeting {
  meetingId: string;
  startsAt: string;
  schoolId: string;
  familyIds: string[];
  participantIds: string[];
  jgzEventId: string | null;
  feedbackActionId: string | null;
}

interface StaffRow {
  id: string;
  organisation_id: string;
}

export function seedDemoMeeting(ctx: WriteContext): DemoMeeting | null {
  const { db } = ctx;
  const today = calendarDayOf(ctx.at);
  const day = (offset: number) => formatCalendarDay(addDays(today, offset));
  const meetingDay = addWorkingDays(today, 1);
  const startsAt = amsterdamInstant(meetingDay, 9);

  const firstStaff = (type: OrganisationType, role: string | null, organisationId: string | null = null) =>
    db
      .prepare(
        `SELECT p.id, p.organisation_id FROM professionals p JOIN organisations o ON o.id = p.organisation_id
         WHERE o.type = @type AND (@role IS NULL OR p.role = @role) AND (@org IS NULL OR o.id = @org)
         ORDER BY o.rowid, p.rowid LIMIT 1`,
      )
      .get({ type, role, org: organisationId }) as StaffRow | undefined;

  // The school with the most (non-anonymous) families that have a pupil there.
  const school = db
    .prepare(
      `SELECT m.school_id AS id, o.name, count(DISTINCT m.family_id) AS n
       FROM family_members m JOIN families f ON f.id = m.family_id JOIN organisations o ON o.id = m.school_id
       WHERE m.role = 'kind' AND f.anonymous = 0
       GROUP BY m.school_id ORDER BY n DESC, o.name LIMIT 1`,
    )
    .get() as { id: string; name: string; n: number } | undefined;
  if (school === undefined) return null;
  const ib = firstStaff('school', null, school.id);
  const nurse = firstStaff('jgz', 'jeugdverpleegkundige') ?? firstStaff('jgz', null);
  const socialWork = firstStaff('maatschappelijk_werk', null);
  const veiligThuis = firstStaff('veilig_thuis', null);
  const huisarts = db.prepare(`SELECT id FROM organisations WHERE type = 'huisarts' ORDER BY rowid LIMIT 1`).get() as { id: string } | undefined;
  if (!ib || !nurse || !socialWork) return null;

  // Up to three families with a pupil at that school, youngest pupil first.
  const pupils = db
    .prepare(
      `SELECT m.family_id, m.id, m.birth_date FROM family_members m JOIN families f ON f.id = m.family_id
       WHERE m.role = 'kind' AND m.school_id = ? AND f.anonymous = 0 ORDER BY m.birth_date DESC, m.id`,
    )
    .all(school.id) as { family_id: string; id: string; birth_date: string | null }[];
  const families: { id: string; pupils: string[] }[] = [];
  for (const p of pupils) {
    const known = families.find((f) => f.id === p.family_id);
    if (known) known.pupils.push(p.id);
    else if (families.length < 3) families.push({ id: p.family_id, pupils: [p.id] });
  }
  if (families.length === 0) return null;

  const meeting = saveMeeting(ctx, {
    type: 'een_twee_drie_tje',
    title: '',
    startsAt,
    location: school.name,
    schoolId: school.id,
    chairId: ib.id,
    confidentiality: 'Wat hier besproken wordt, blijft binnen dit overleg en wordt alleen gedeeld op een vastgelegde grondslag.',
  });
  const participantIds = [ib.id, nurse.id, socialWork.id, ...(veiligThuis ? [veiligThuis.id] : [])];
  setParticipants(ctx, meeting.id, participantIds.map((professionalId) => ({ professionalId, attendance: 'uitgenodigd' as const })));
  setAgenda(ctx, meeting.id, families.map((f) => ({ familyId: f.id, memberIds: f.pupils, anonymous: false })));

  const membersOf = (familyId: string): HouseholdMember[] => readRecords(db, memberTable, 'family_id = ?', [familyId], 'rowid');
  /** Consent, as the age rule asks it for the pupils discussed, for exactly these organisations. */
  const consent = (familyId: string, childIds: string[], organisationIds: string[], purpose: string) => {
    const members = membersOf(familyId);
    const required = new Set(
      childConsents(members, [], meetingDay)
        .filter((c) => childIds.includes(c.child.id))
        .flatMap((c) => c.requirement.required.map((p) => p.id)),
    );
    // In household order, so the same family always gets the same records in the same order.
    for (const personId of members.map((m) => m.id).filter((id) => required.has(id))) {
      addConsent(ctx, { familyId, personId, status: 'gegeven', organisationIds, purpose, date: day(-7) });
    }
  };
  const givenName = (familyId: string, memberId: string | undefined) => membersOf(familyId).find((m) => m.id === memberId)?.givenName ?? 'Het kind';
  const event = (over: Partial<TimelineEventInput> & Pick<TimelineEventInput, 'familyId' | 'organisationId' | 'summary'>) =>
    saveTimelineEvent(ctx, {
      type: 'signaal',
      date: day(-10),
      toOrganisationId: null,
      referralStatus: null,
      statusDate: null,
      reason: '',
      stagnationReason: null,
      consentStatus: null,
      escalationStep: null,
      noticedBy: '',
      legalBasis: 'toestemming',
      memberIds: [],
      ...over,
    }).id;

  let jgzEventId: string | null = null;
  let feedbackActionId: string | null = null;
  const purpose = 'Bespreking in het 1-2-3-tje van school, JGZ en schoolmaatschappelijk werk.';

  // 1. The JGZ case.
  const first = families[0]!;
  const firstChild = first.pupils[0];
  const firstName = givenName(first.id, firstChild);
  consent(first.id, first.pupils, [school.id, nurse.organisation_id, socialWork.organisation_id], purpose);
  saveInvolvement(ctx, {
    familyId: first.id,
    memberId: firstChild ?? null,
    professionalId: nurse.id,
    organisationId: nurse.organisation_id,
    role: 'jeugdverpleegkundige',
    mandate: 'vrijwillig',
    since: day(-60),
    lastContact: day(-6),
    virRegistered: 'nee',
    virDate: null,
    virBy: '',
    legalBasis: 'toestemming',
    endedAt: null,
  });
  event({
    familyId: first.id,
    organisationId: school.id,
    toOrganisationId: nurse.organisation_id,
    memberIds: first.pupils.slice(0, 1),
    noticedBy: 'leerkracht',
    summary: `${firstName} komt vaak moe en zonder ontbijt op school; de leerkracht vraagt de JGZ mee te kijken.`,
  });
  jgzEventId = event({
    familyId: first.id,
    type: 'kind_gezien',
    date: day(-6),
    organisationId: nurse.organisation_id,
    memberIds: first.pupils.slice(0, 1),
    summary: `JGZ-contactmoment: gewicht van ${firstName} buigt af onder de groeilijn; vervolgafspraak over zes weken.`,
  });

  // 2. The family school social work may not receive.
  const second = families[1];
  if (second) {
    consent(second.id, second.pupils, [school.id, nurse.organisation_id], 'Bespreking met school en JGZ; niet met andere organisaties.');
    event({
      familyId: second.id,
      organisationId: school.id,
      memberIds: second.pupils.slice(0, 1),
      date: day(-8),
      noticedBy: 'intern begeleider',
      summary: `${givenName(second.id, second.pupils[0])} is stil en teruggetrokken sinds de herfstvakantie en zondert zich af in de pauzes.`,
    });
  }

  // 3. The signal from the huisarts that needs a terugkoppeling.
  const third = families[2];
  if (third) {
    consent(third.id, third.pupils, [school.id, nurse.organisation_id, socialWork.organisation_id], purpose);
    if (huisarts) {
      event({
        familyId: third.id,
        organisationId: huisarts.id,
        toOrganisationId: school.id,
        memberIds: third.pupils.slice(0, 1),
        date: day(-12),
        noticedBy: 'huisarts',
        summary: `Huisarts maakt zich zorgen over hoofdpijnklachten en verzuim van ${givenName(third.id, third.pupils[0])} en vraagt de school om overleg.`,
      });
      feedbackActionId = signalDiscussed(ctx, {
        familyId: third.id,
        signallerOrganisationId: huisarts.id,
        ownerProfessionalId: socialWork.id,
        ownerOrganisationId: socialWork.organisation_id,
        dueDate: formatCalendarDay(addWorkingDays(meetingDay, 5)),
        meetingId: meeting.id,
      }).id;
    }
  }

  return {
    meetingId: meeting.id,
    startsAt,
    schoolId: school.id,
    familyIds: families.map((f) => f.id),
    participantIds,
    jgzEventId,
    feedbackActionId,
  };
}
