import { z } from 'zod';
import { CalendarDayString, RecordId } from '../domain/records';
import {
  Answer,
  Judgement,
  JudgementInput,
  KindcheckRecord,
  ParticipantScale,
  RiskLevelSchema,
  TrailEntry,
} from '../instrument/assessmentRecords';
import { FamilyConcern } from '../instrument/familyConcern';
import { Instrument } from '../instrument/instrumentSchema';

/**
 * Channels of structured risk assessment. The renderer evaluates an assessment with the
 * same pure functions core uses (shared/instrument), so flags appear while the user types; core
 * re-evaluates on every write to keep the required agenda topics in step.
 */
export const InstrumentSummary = z.object({
  id: RecordId,
  key: z.string(),
  name: z.string(),
  version: z.number().int(),
  organisation: z.string(),
  builtIn: z.boolean(),
  itemCount: z.number().int().nonnegative(),
  createdAt: z.string(),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummary>;

/**
 * What an assessment can make required: child safety after a positive Kindcheck, a decision on
 * reporting, and who arranges the child's care today (its own suicide threat).
 */
export const REQUIRED_TOPICS = ['kindveiligheid', 'meldbesluit', 'spoedzorg'] as const;
export type RequiredTopicKind = (typeof REQUIRED_TOPICS)[number];

export const RequiredTopic = z.object({
  id: RecordId,
  familyId: RecordId,
  childId: RecordId.nullable(),
  childName: z.string(),
  assessmentId: RecordId.nullable(),
  topic: z.enum(REQUIRED_TOPICS),
  createdAt: z.string(),
  createdBy: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedMeetingId: RecordId.nullable(),
  resolution: z.string(),
});
export type RequiredTopic = z.infer<typeof RequiredTopic>;

export const LevelPairSchema = z.object({ now: RiskLevelSchema, future: RiskLevelSchema });

export const AssessmentSummary = z.object({
  id: RecordId,
  familyId: RecordId,
  childId: RecordId,
  childName: z.string(),
  instrumentId: RecordId,
  instrumentName: z.string(),
  instrumentVersion: z.number().int(),
  assessedOn: CalendarDayString,
  createdAt: z.string(),
  updatedAt: z.string(),
  computed: LevelPairSchema,
  /** The level that counts (the judgement's, or the computed level without one). */
  effective: LevelPairSchema,
  /** Non-empty when the judgement lowered the computed level: shown wherever the level is shown. */
  loweringReason: z.string(),
  flags: z.array(z.string()),
  scales: z.array(ParticipantScale),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentRecord = z.object({
  id: RecordId,
  familyId: RecordId,
  childId: RecordId,
  childName: z.string(),
  instrumentId: RecordId,
  meetingId: RecordId.nullable(),
  previousId: RecordId.nullable(),
  assessedOn: CalendarDayString,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

export const AssessmentDetail = z.object({
  assessment: AssessmentRecord,
  instrument: Instrument,
  answers: z.array(Answer),
  kindcheck: KindcheckRecord,
  trail: z.array(TrailEntry),
  judgement: Judgement.nullable(),
  openTopics: z.array(RequiredTopic),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const SavedAssessmentPart = z.object({ updatedAt: z.string(), openTopics: z.array(RequiredTopic) });

export const NewTrailEntry = TrailEntry.omit({ id: true, recordedBy: true });

/**
 * One family's concern as meeting mode shows it: each child's latest assessment (level, flags, an
 * open reporting decision, afweging terms while question 5 is open), the highest named with its
 * child, and today as core sees it, so screen and core call the same term passed.
 */
export const ConcernView = z.object({ concern: FamilyConcern, today: CalendarDayString });
export type ConcernView = z.infer<typeof ConcernView>;

export const assessmentChannels = {
  'assessment:instruments': { request: z.undefined(), response: z.array(InstrumentSummary) },
  'assessment:importInstrument': { request: z.object({ json: z.string().max(1_000_000) }), response: InstrumentSummary },
  'assessment:list': { request: z.object({ familyId: RecordId }), response: z.array(AssessmentSummary) },
  'assessment:concern': { request: z.object({ familyId: RecordId }), response: ConcernView },
  'assessment:start': {
    request: z.object({ familyId: RecordId, childId: RecordId, instrumentId: RecordId.nullable(), meetingId: RecordId.nullable() }),
    response: AssessmentDetail,
  },
  'assessment:get': { request: z.object({ id: RecordId }), response: AssessmentDetail },
  'assessment:saveAnswer': { request: z.object({ assessmentId: RecordId, answer: Answer }), response: SavedAssessmentPart },
  'assessment:saveKindcheck': { request: z.object({ assessmentId: RecordId, kindcheck: KindcheckRecord }), response: SavedAssessmentPart },
  'assessment:addTrailEntry': {
    request: z.object({ assessmentId: RecordId, entry: NewTrailEntry }),
    response: SavedAssessmentPart.extend({ entry: TrailEntry }),
  },
  'assessment:saveJudgement': {
    request: z.object({ assessmentId: RecordId, judgement: JudgementInput }),
    response: SavedAssessmentPart.extend({ judgement: Judgement }),
  },
  'assessment:requiredTopics': { request: z.object({ familyId: RecordId.nullable() }), response: z.array(RequiredTopic) },
  'assessment:resolveTopic': {
    request: z.object({ id: RecordId, meetingId: RecordId.nullable(), resolution: z.string().trim().min(1, 'beschrijf wat er is besloten').max(4000) }),
    response: RequiredTopic,
  },
} as const;
