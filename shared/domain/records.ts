import { z } from 'zod';
import {
  ATTENDANCE,
  CONSENT_STATUSES,
  LEGAL_BASES,
  MANDATES,
  MEDICAL_PROFESSIONS,
  MEETING_TYPES,
  MEMBER_ROLES,
  ORGANISATION_FUNCTIONS,
  ORGANISATION_TYPES,
  TRI_STATE,
} from './vocabulary';
import { parseCalendarDay } from './calendarDate';

/**
 * The records of the who-is-involved model as they cross the IPC boundary. Free text is
 * stored verbatim (HTML, emoji, right-to-left text stay as typed and are rendered inert).
 */
export const RecordId = z.string().uuid();
const name = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max, `maximaal ${max} tekens`);
const optional = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
export const CalendarDayString = z.string().refine((v) => parseCalendarDay(v) !== null, 'geen bestaande datum (jjjj-mm-dd)');
export const IsoDateTime = z.string().datetime({ offset: true });

export const Organisation = z.object({
  id: RecordId,
  name: name(200),
  type: z.enum(ORGANISATION_TYPES),
  function: z.enum(ORGANISATION_FUNCTIONS),
  /** Street and number, and postcode: the address a letter gives (empty when the sociale kaart does not know it). */
  street: optional(120).default(''),
  postcode: optional(12).default(''),
  place: optional(120),
  phone: optional(40),
  email: optional(200),
  /** Works under medical professional secrecy: ja, nee, or onbekend (the sociale kaart asks). See isUnderMedicalSecrecy. */
  medicalSecrecy: z.enum(TRI_STATE),
});
export type Organisation = z.infer<typeof Organisation>;

export const Professional = z.object({
  id: RecordId,
  organisationId: RecordId,
  name: name(160),
  role: optional(160),
  phone: optional(40),
  email: optional(200),
  meetingTypes: z.array(z.enum(MEETING_TYPES)),
  /** A profession under medical secrecy, wherever the professional works; null for any other. */
  medicalProfession: z.enum(MEDICAL_PROFESSIONS).nullable(),
});
export type Professional = z.infer<typeof Professional>;

export const HouseholdMember = z.object({
  id: RecordId,
  familyId: RecordId,
  role: z.enum(MEMBER_ROLES),
  givenName: name(120),
  familyName: optional(160),
  /** Date of birth; for an expected child the expected date. */
  birthDate: CalendarDayString.nullable(),
  parentalAuthority: z.boolean(),
  schoolId: RecordId.nullable(),
  schoolGroup: optional(40),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const Involvement = z.object({
  id: RecordId,
  familyId: RecordId,
  /** null: involved with the whole family rather than one member. */
  memberId: RecordId.nullable(),
  professionalId: RecordId.nullable(),
  organisationId: RecordId,
  role: optional(160),
  mandate: z.enum(MANDATES),
  since: CalendarDayString.nullable(),
  lastContact: CalendarDayString.nullable(),
  virRegistered: z.enum(TRI_STATE),
  virDate: CalendarDayString.nullable(),
  virBy: optional(160),
  legalBasis: z.enum(LEGAL_BASES),
  endedAt: CalendarDayString.nullable(),
});
export type Involvement = z.infer<typeof Involvement>;

/**
 * What an adult service involved with a parent knows of the children, and whether it did a Kindcheck
 * of its own (the inspection: professionals working with adults often do neither). One per
 * involvement; none recorded means the questions are still open.
 */
export const KindcheckByOthers = z.object({
  id: RecordId,
  familyId: RecordId,
  involvementId: RecordId,
  knowsChildren: z.enum(TRI_STATE),
  ownKindcheck: z.enum(TRI_STATE),
  /** The day it was established (asked, heard from the organisation). */
  establishedOn: CalendarDayString.nullable(),
  /** Who established it, e.g. "Fatima Yilmaz (wijkteam), telefonisch". */
  establishedBy: optional(160),
  note: optional(1000),
});
export type KindcheckByOthers = z.infer<typeof KindcheckByOthers>;

export const Consent = z.object({
  id: RecordId,
  familyId: RecordId,
  personId: RecordId,
  status: z.enum(CONSENT_STATUSES),
  organisationIds: z.array(RecordId),
  purpose: optional(500),
  date: CalendarDayString,
  /**
   * The last day a given consent counts ("geldig tot en met"); null: until withdrawn. Only a given
   * consent has one: a refusal or a withdrawal holds until a later record says otherwise.
   */
  validUntil: CalendarDayString.nullable(),
  recordedBy: z.string(),
});
export type Consent = z.infer<typeof Consent>;

/**
 * Sharing without consent because the child's safety requires it (zwaarwegend belang, conflict van
 * plichten): for whom, who decided it and why. The reasons are a real argument, not a word.
 */
export const ConflictOfDuties = z.object({
  id: RecordId,
  familyId: RecordId,
  organisationIds: z.array(RecordId).min(1, 'kies ten minste één organisatie').max(50),
  decidedBy: z.string().trim().min(3, 'noem wie dit besloot (naam en functie)').max(200, 'maximaal 200 tekens'),
  reasons: z
    .string()
    .trim()
    .min(20, 'leg in een paar zinnen uit waarom de veiligheid van het kind delen zonder toestemming vereist')
    .max(2000, 'maximaal 2000 tekens'),
  date: CalendarDayString,
  /** The last day the decision counts ("geldig tot en met"); null: until it is ended. */
  validUntil: CalendarDayString.nullable(),
  /** Ended ("beëindigd op"): from this day on it is no basis. Never deleted, so what went on it stays explainable. */
  endedOn: CalendarDayString.nullable(),
  /** Who ended it and why (empty while it runs). */
  endedBy: z.string(),
  endReason: z.string(),
  recordedBy: z.string(),
});
export type ConflictOfDuties = z.infer<typeof ConflictOfDuties>;

/** Ending a conflict van plichten decision: from which day, who decided that (name and function) and why. */
export const EndConflictOfDuties = z.object({
  id: RecordId,
  endedOn: CalendarDayString,
  endedBy: z.string().trim().min(3, 'noem wie besloot dit te beëindigen (naam en functie)').max(200, 'maximaal 200 tekens'),
  endReason: z.string().trim().min(10, 'zeg in een zin waarom delen zonder toestemming niet meer nodig is').max(2000, 'maximaal 2000 tekens'),
});
export type EndConflictOfDuties = z.infer<typeof EndConflictOfDuties>;

export const Meeting = z.object({
  id: RecordId,
  type: z.enum(MEETING_TYPES),
  title: optional(200),
  startsAt: IsoDateTime,
  location: optional(200),
  schoolId: RecordId.nullable(),
  chairId: RecordId.nullable(),
  confidentiality: optional(2000),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingParticipant = z.object({
  meetingId: RecordId,
  professionalId: RecordId,
  attendance: z.enum(ATTENDANCE),
});
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

export const AgendaItem = z.object({
  id: RecordId,
  meetingId: RecordId,
  familyId: RecordId,
  /** Children discussed; empty means the family as a whole. */
  memberIds: z.array(RecordId),
  anonymous: z.boolean(),
  position: z.number().int().nonnegative(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;
