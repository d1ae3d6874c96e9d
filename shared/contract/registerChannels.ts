import { z } from 'zod';
import {
  AgendaItem,
  CalendarDayString,
  ConflictOfDuties,
  Consent,
  EndConflictOfDuties,
  HouseholdMember,
  Involvement,
  IsoDateTime,
  KindcheckByOthers,
  Meeting,
  MeetingParticipant,
  Organisation,
  Professional,
  RecordId,
} from '../domain/records';
import { ATTENDANCE } from '../domain/vocabulary';
import { PartnerImportRow } from '../directory/partnerImport';
import { BasisEndings } from '../rules/basisEndings';
import { FamilyConcern } from '../instrument/familyConcern';

/**
 * Channels of the who-is-involved model: families and their household, the register of
 * involved professionals, consent, the partner directory (sociale kaart) and meetings.
 * A record without `id` in a save request is created; with `id` it is updated.
 */
const withOptionalId = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => schema.extend({ id: RecordId.optional() });

export const DirectoryContent = z.object({ organisations: z.array(Organisation), professionals: z.array(Professional) });
export type DirectoryContent = z.infer<typeof DirectoryContent>;

export const SearchHit = z.object({
  familyId: RecordId,
  displayName: z.string(),
  anonymous: z.boolean(),
  childNames: z.array(z.string()),
  /** The children's schools: with the children's names, what tells two families of the same name apart. */
  schools: z.array(z.string()),
  /** Why this family matched, e.g. "school: OBS De Regenboog", so the user sees it at a glance. */
  matchedOn: z.string(),
  updatedAt: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const FamilyRecord = z.object({
  id: RecordId,
  displayName: z.string(),
  anonymous: z.boolean(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FamilyRecord = z.infer<typeof FamilyRecord>;

/**
 * What the dossier's header shows at a glance, read in core with the same rules as the documents:
 * the concern per child (the highest named with its child), who has regie, how many actions are
 * open and how many of those are past their due date today.
 */
export const DossierGlance = z.object({
  concern: FamilyConcern,
  regie: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('regisseur'), who: z.string() }),
    z.object({ kind: z.literal('eigen_regie') }),
    z.object({ kind: z.literal('geen') }),
  ]),
  openActions: z.number().int().nonnegative(),
  overdueActions: z.number().int().nonnegative(),
});
export type DossierGlance = z.infer<typeof DossierGlance>;

export const FamilyDossier = z.object({
  family: FamilyRecord,
  members: z.array(HouseholdMember),
  involvements: z.array(Involvement),
  consents: z.array(Consent),
  conflictsOfDuties: z.array(ConflictOfDuties),
  /** Kindcheck by others, answered per involvement of an adult service with a parent (none: unanswered). */
  kindchecksByOthers: z.array(KindcheckByOthers),
  /** Meetings where this family was on the agenda, newest first. */
  meetings: z.array(Meeting),
  /** Consents and conflict van plichten decisions that give a basis today and run out before the next meeting. */
  basisEndings: BasisEndings,
  glance: DossierGlance,
});
export type FamilyDossier = z.infer<typeof FamilyDossier>;

export const MeetingSummary = Meeting.extend({
  participantCount: z.number().int().nonnegative(),
  caseCount: z.number().int().nonnegative(),
});
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingDetail = z.object({
  meeting: Meeting,
  participants: z.array(MeetingParticipant),
  agenda: z.array(AgendaItem),
});
export type MeetingDetail = z.infer<typeof MeetingDetail>;

export const UndoResult = z.object({ undone: z.string().nullable() });

export const registerChannels = {
  'register:search': { request: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200) }), response: z.array(SearchHit) },
  'register:recentFamilies': { request: z.object({ limit: z.number().int().min(1).max(100) }), response: z.array(SearchHit) },
  'register:dossier': { request: z.object({ familyId: RecordId }), response: FamilyDossier },
  'register:updateFamily': {
    request: z.object({ id: RecordId, displayName: z.string().trim().min(1).max(200).optional(), anonymous: z.boolean().optional(), note: z.string().max(100_000).optional() }),
    response: FamilyRecord,
  },
  'register:saveMember': { request: withOptionalId(HouseholdMember), response: HouseholdMember },
  'register:removeMember': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },
  'register:saveInvolvement': { request: withOptionalId(Involvement), response: Involvement },
  'register:removeInvolvement': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },
  /** Whether an adult service involved with a parent knows of the children and did its own Kindcheck. */
  'register:answerKindcheckByOthers': { request: KindcheckByOthers.omit({ id: true, familyId: true }), response: KindcheckByOthers },
  /** A consent, refusal or withdrawal; a given consent may hold until a day ("geldig tot en met"), left out: until withdrawn. */
  'register:addConsent': {
    request: Consent.omit({ id: true, recordedBy: true, validUntil: true }).extend({ validUntil: CalendarDayString.nullable().default(null) }),
    response: Consent,
  },
  'register:addConflictOfDuties': {
    request: ConflictOfDuties.omit({ id: true, recordedBy: true, validUntil: true, endedOn: true, endedBy: true, endReason: true }).extend({
      validUntil: CalendarDayString.nullable().default(null),
    }),
    response: ConflictOfDuties,
  },
  /** Ends a conflict van plichten decision from a day on, with who decided that and why; the decision itself stays. */
  'register:endConflictOfDuties': { request: EndConflictOfDuties, response: ConflictOfDuties },

  'directory:list': { request: z.undefined(), response: DirectoryContent },
  /** Without medicalSecrecy a new organisation gets what its type says (medicalSecrecyOfType); an existing one keeps its mark. */
  'directory:saveOrganisation': { request: withOptionalId(Organisation).extend({ medicalSecrecy: Organisation.shape.medicalSecrecy.optional() }), response: Organisation },
  /** Without medicalProfession a new professional has none; an existing one keeps theirs. */
  'directory:saveProfessional': { request: withOptionalId(Professional).extend({ medicalProfession: Professional.shape.medicalProfession.optional() }), response: Professional },
  'directory:import': {
    request: z.object({ rows: z.array(PartnerImportRow).min(1).max(5000) }),
    response: z.object({ organisationsCreated: z.number().int(), professionalsCreated: z.number().int() }),
  },

  'meetings:list': { request: z.object({ from: IsoDateTime.nullable(), to: IsoDateTime.nullable() }), response: z.array(MeetingSummary) },
  'meetings:get': { request: z.object({ id: RecordId }), response: MeetingDetail },
  /** Per family on the agenda: the bases that give one today and run out before this meeting. */
  'meetings:basisEndings': { request: z.object({ meetingId: RecordId }), response: z.array(z.object({ familyId: RecordId, endings: BasisEndings })) },
  'meetings:save': {
    /** `afterwards`: a meeting already held is recorded after the fact, so it may lie further back (shared/domain/dutchDate). */
    request: withOptionalId(Meeting).extend({ afterwards: z.boolean().default(false) }),
    response: Meeting,
  },
  'meetings:setParticipants': {
    request: z.object({ meetingId: RecordId, participants: z.array(z.object({ professionalId: RecordId, attendance: z.enum(ATTENDANCE) })).max(100) }),
    response: MeetingDetail,
  },
  'meetings:setAgenda': {
    request: z.object({
      meetingId: RecordId,
      items: z.array(z.object({ familyId: RecordId, memberIds: z.array(RecordId), anonymous: z.boolean() })).max(100),
    }),
    response: MeetingDetail,
  },

  'history:undo': { request: z.undefined(), response: UndoResult },
} as const;

