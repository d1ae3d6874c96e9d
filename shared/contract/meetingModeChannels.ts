import { z } from 'zod';
import { IsoDateTime, Meeting, RecordId } from '../domain/records';
import { ATTENDANCE, ORGANISATION_FUNCTIONS, ORGANISATION_TYPES } from '../domain/vocabulary';

/**
 * Meeting mode: the chair runs the meeting from the app, often on a projector. The agenda
 * with a timer per case, attendance, the confidentiality statement confirmed at the start, minutes
 * per case. Decisions are captured with the existing regie/assessment/timeline channels; the case
 * focus reads the existing dossier channels (each read is access-logged in core).
 */
export const CASE_STATUSES = ['gepland', 'besproken', 'uitgesteld'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * On what basis a secrecy holder lifts medical secrecy: consent of the right person, a recorded
 * conflict van plichten decision, or meldrecht toward Veilig Thuis. Releases from before the basis
 * was recorded say so ('niet_vastgelegd').
 */
export const RELEASE_BASES = ['toestemming', 'conflict_van_plichten', 'meldrecht'] as const;
export type ReleaseBasis = (typeof RELEASE_BASES)[number];

/** How the secrecy holder confirmed the release: present at a meeting, or in writing with a reference. */
export const RELEASE_CONFIRMATIONS = ['aanwezig', 'schriftelijk'] as const;
export type ReleaseConfirmation = (typeof RELEASE_CONFIRMATIONS)[number];

export const SecrecyRelease = z.object({
  reason: z.string(),
  /** Who recorded it (the operator). */
  releasedBy: z.string(),
  releasedAt: IsoDateTime,
  /** The secrecy holder on whose authority it was released: "name (organisation)"; null before this was recorded. */
  holder: z.string().nullable(),
  basis: z.enum([...RELEASE_BASES, 'niet_vastgelegd']),
  /** To whom it goes; null = recorded before releases had a scope. */
  organisations: z.array(z.object({ id: RecordId, name: z.string() })).nullable(),
  /** The conflict van plichten decision a release on that basis rests on. */
  conflictOfDutiesId: RecordId.nullable(),
  /** How the holder confirmed it; null before releases had a scope. */
  confirmation: z.enum(RELEASE_CONFIRMATIONS).nullable(),
  /** The meeting at which the holder was present and confirmed it. */
  confirmedAtMeetingId: RecordId.nullable(),
  /** The written confirmation's reference ("e-mail 3 dec, kenmerk …"). */
  writtenReference: z.string().nullable(),
});

/**
 * A release names the secrecy holder, to whom it goes, the basis (with the recorded conflict van
 * plichten decision when that is the basis), how the holder confirmed it and a reason in a sentence.
 * Core checks the combinations and refuses with a Dutch message.
 */
export const ReleaseRequestFields = {
  holderProfessionalId: RecordId,
  organisationIds: z.array(RecordId).min(1, 'kies minstens één organisatie waarvoor het wordt vrijgegeven').max(50),
  basis: z.enum(RELEASE_BASES),
  conflictOfDutiesId: RecordId.nullable(),
  confirmation: z.enum(RELEASE_CONFIRMATIONS),
  confirmedAtMeetingId: RecordId.nullable(),
  writtenReference: z.string().max(300, 'maximaal 300 tekens'),
  reason: z.string().trim().min(10, 'geef de reden in een zin (minstens 10 tekens)').max(1000),
};
export type SecrecyRelease = z.infer<typeof SecrecyRelease>;

export const MeetingCase = z.object({
  familyId: RecordId,
  /** The family's name, or null when the case is discussed anonymously. */
  displayName: z.string().nullable(),
  anonymous: z.boolean(),
  /** 1-based agenda position: "Casus 2" is how a projector-safe view names a case. */
  position: z.number().int().positive(),
  memberIds: z.array(RecordId),
  plannedMinutes: z.number().int().min(1).max(240),
  elapsedSeconds: z.number().int().nonnegative(),
  status: z.enum(CASE_STATUSES),
  minutes: z.string(),
  /** JGZ notes under medical professional secrecy: only to JGZ unless released. */
  medicalMinutes: z.string(),
  medicalRelease: SecrecyRelease.nullable(),
  updatedAt: IsoDateTime.nullable(),
});
export type MeetingCase = z.infer<typeof MeetingCase>;

export const MeetingModeParticipant = z.object({
  professionalId: RecordId,
  name: z.string(),
  role: z.string(),
  organisationId: RecordId,
  organisationName: z.string(),
  organisationType: z.enum(ORGANISATION_TYPES),
  organisationFunction: z.enum(ORGANISATION_FUNCTIONS),
  attendance: z.enum(ATTENDANCE),
});
export type MeetingModeParticipant = z.infer<typeof MeetingModeParticipant>;

export const MeetingModeState = z.object({
  meeting: Meeting,
  startedAt: IsoDateTime.nullable(),
  endedAt: IsoDateTime.nullable(),
  confidentialityConfirmedAt: IsoDateTime.nullable(),
  confidentialityConfirmedBy: z.string(),
  /** The meeting this one follows up, if planned from meeting mode. */
  followUpOf: RecordId.nullable(),
  participants: z.array(MeetingModeParticipant),
  cases: z.array(MeetingCase),
  /**
   * JGZ timeline events of the families on the agenda that were released from medical secrecy
   * (secrecy_releases): the projector-safe view may show these. Optional so older callers and
   * test fixtures stay valid; core always fills it.
   */
  releasedTimelineEventIds: z.array(RecordId).optional(),
});
export type MeetingModeState = z.infer<typeof MeetingModeState>;

const MinutesText = z.string().max(50_000, 'maximaal 50 000 tekens');

export const meetingModeChannels = {
  'meetingMode:get': { request: z.object({ meetingId: RecordId }), response: MeetingModeState },
  /** Starts the meeting; refused unless the confidentiality statement is confirmed. */
  'meetingMode:start': {
    request: z.object({ meetingId: RecordId, confidentialityConfirmed: z.literal(true) }),
    response: MeetingModeState,
  },
  'meetingMode:setAttendance': {
    request: z.object({ meetingId: RecordId, professionalId: RecordId, attendance: z.enum(ATTENDANCE) }),
    response: MeetingModeState,
  },
  /** Autosave of one case: any subset of its fields. */
  'meetingMode:saveCase': {
    request: z.object({
      meetingId: RecordId,
      familyId: RecordId,
      plannedMinutes: z.number().int().min(1).max(240).optional(),
      elapsedSeconds: z.number().int().min(0).max(24 * 3600).optional(),
      status: z.enum(CASE_STATUSES).optional(),
      minutes: MinutesText.optional(),
      medicalMinutes: MinutesText.optional(),
    }),
    response: MeetingCase,
  },
  /** Releases a case's JGZ notes for the summaries of non-JGZ recipients, on the secrecy holder's authority. */
  'meetingMode:releaseMedical': {
    request: z.object({ meetingId: RecordId, familyId: RecordId, ...ReleaseRequestFields }),
    response: MeetingCase,
  },
  /** Releases a timeline event of a medical organisation (medical professional secrecy) for other recipients. */
  'meetingMode:releaseTimelineEvent': {
    request: z.object({ eventId: RecordId, ...ReleaseRequestFields }),
    response: z.object({ eventId: RecordId, release: SecrecyRelease }),
  },
  /** Ends the meeting (the summaries can be made before, but "ended" is what the chair signs off). */
  'meetingMode:end': { request: z.object({ meetingId: RecordId }), response: MeetingModeState },
  /** Plans the follow-up meeting: same type, place and participants, the cases not closed yet. */
  'meetingMode:planFollowUp': {
    request: z.object({ meetingId: RecordId, startsAt: IsoDateTime }),
    response: Meeting,
  },
} as const;
