import { z } from 'zod';
import { FamilyConcern } from '../instrument/familyConcern';
import { GateResult } from '../regie/closureGate';
import { RowConcern } from '../regie/concernOrder';
import { CalendarDayString, Involvement, IsoDateTime, Meeting, RecordId } from '../domain/records';
import { LEGAL_BASES, MANDATES } from '../domain/vocabulary';
import { NetworkMember } from '../familyPlan/familyPlanRecords';
import { SignalWarning } from '../timeline/timelineSignals';
import { RequiredTopic } from './assessmentChannels';
import { PageRequest } from '../paging/page';
import {
  ActionReview,
  CaseClosure,
  EscalationStep,
  OPEN_REASONS,
  REGIE_KINDS,
  RegieAction,
  RegieDecision,
} from '../regie/regieRecords';

/**
 * Channels of regie and follow-up. Rules that decide (one regisseur, the closure gate,
 * working-day due dates) live in shared/regie and run in core; the screen uses the same functions
 * to say what is missing before anything is sent.
 */
export const SignalAwaitingFeedback = z.object({
  eventId: z.string(),
  organisationId: RecordId,
  date: z.string(),
  summary: z.string(),
  discussedAt: IsoDateTime,
});

export const RegieOverview = z.object({
  decisions: z.array(RegieDecision),
  actions: z.array(RegieAction),
  reviews: z.array(ActionReview),
  steps: z.array(EscalationStep),
  closure: CaseClosure.nullable(),
  /** The family was on the agenda of a meeting that has started, and no regie decision exists. */
  discussedWithoutRegie: z.boolean(),
  /** Signals from the timeline that a meeting discussed, whose signaller has no feedback planned yet. */
  signalsAwaitingFeedback: z.array(SignalAwaitingFeedback),
  /** The family's concern: each child's latest assessment, the highest named with its child. */
  concern: FamilyConcern,
  /** The closure gate as core computes it today (shared/regie/closureGate), item by item. */
  gate: GateResult,
  /** Weeks within which each child must have been seen and spoken before closing (Instellingen). */
  contactWeeks: z.number().int(),
  /** Today as core sees it (YYYY-MM-DD), so screen and core judge "overdue" on the same day. */
  today: CalendarDayString,
  /** What belongs to this family, for the choosers (shared/regie/familyChoices): they offer it first. */
  familyChoices: z.object({
    /** The family's involvements (current and ended), with their basis. */
    involvements: z.array(Involvement),
    /** The family's own network (family plan): people who may carry out an action. */
    network: z.array(NetworkMember),
    /** Organisations that signalled on the family's timeline, in the order they first did. */
    signallerOrganisationIds: z.array(RecordId),
  }),
});
export type RegieOverview = z.infer<typeof RegieOverview>;

export const NewRegieDecision = z.object({
  familyId: RecordId,
  kind: z.enum(REGIE_KINDS),
  professionalId: RecordId.nullable(),
  organisationId: RecordId.nullable(),
  contact: z.string().trim().max(200),
  mandate: z.enum(MANDATES).nullable(),
  doorzettingsmacht: z.boolean(),
  since: CalendarDayString,
  judgement: z.string().trim().max(4000),
  reasons: z.string().trim().max(4000),
  meetingId: RecordId.nullable(),
  /**
   * A regisseur of an organisation not yet involved with the family: its involvement is recorded
   * with this basis in the same write (null: the organisation is involved already).
   */
  involvementBasis: z.enum(LEGAL_BASES).nullable().default(null),
});
export type NewRegieDecision = z.infer<typeof NewRegieDecision>;
/** A decision as a caller may give it (no involvement to record unless named). */
export type NewRegieDecisionInput = z.input<typeof NewRegieDecision>;

/** Owned by a professional unless the family or a network member is named: callers from before the family plan need not say so. */
export const ActionSave = RegieAction.omit({ id: true, createdAt: true, doneOn: true }).extend({
  id: RecordId.optional(),
  ownerFamily: z.boolean().default(false),
  ownerNetworkMemberId: RecordId.nullable().default(null),
});
export type ActionSave = z.infer<typeof ActionSave>;
/** An action as a caller may give it (the owner fields of the family plan optional). */
export type ActionSaveInput = z.input<typeof ActionSave>;

/** Every family row of Opvolging carries the family's concern (the highest level, with its child). */
export const FollowUpAction = z.object({ action: RegieAction, familyName: z.string(), concern: RowConcern, daysOverdue: z.number().int().nonnegative() });
export type FollowUpAction = z.infer<typeof FollowUpAction>;

/** Afweging question 4 answered "ja" with an agreed term that has passed while question 5 is still open. */
export const FollowUpPassedTerm = z.object({
  familyId: RecordId,
  familyName: z.string(),
  concern: RowConcern,
  childId: RecordId,
  childName: z.string(),
  professional: z.string(),
  term: CalendarDayString,
});
export type FollowUpPassedTerm = z.infer<typeof FollowUpPassedTerm>;

export const SignalWithoutFeedback = z.object({ familyId: RecordId, familyName: z.string(), concern: RowConcern, signallerName: z.string(), signal: SignalAwaitingFeedback });
export const OpenRequiredTopic = z.object({ topic: RequiredTopic, familyName: z.string(), concern: RowConcern });

/**
 * Everything Opvolging chases, as lists over every open case (core computes these, then groups
 * them per family). Every list is ordered by the family's concern first (acuut, hoog, verhoogd,
 * laag, none), then by its due date.
 */
export const FollowUp = z.object({
  today: CalendarDayString,
  overdueActions: z.array(FollowUpAction),
  signallersNotInformed: z.array(FollowUpAction),
  signalsWithoutFeedback: z.array(SignalWithoutFeedback),
  familiesWithoutRegie: z.array(z.object({ familyId: RecordId, familyName: z.string(), concern: RowConcern, lastDiscussed: IsoDateTime })),
  upcomingMeetings: z.array(Meeting.extend({ familyIds: z.array(RecordId), familyNames: z.array(z.string()) })),
  /** From the timeline: ping-pong, stagnation, no owner, waiting for help, care avoidance. */
  timelineWarnings: z.array(z.object({ familyId: RecordId, familyName: z.string(), concern: RowConcern, warnings: z.array(SignalWarning) })),
  /** From the risk assessment: mandatory agenda items (child safety after a positive Kindcheck, the decision on reporting) not yet discussed. */
  openRequiredTopics: z.array(OpenRequiredTopic),
  /** Per family and child, afwegingskader terms passed while question 5 is open (open cases only). */
  passedTerms: z.array(FollowUpPassedTerm),
});
export type FollowUp = z.infer<typeof FollowUp>;

/** The parts of one family's follow-up, in the order Opvolging shows them. */
export const FOLLOW_UP_PARTS = ['overdueActions', 'signallersNotInformed', 'passedTerms', 'signalsWithoutFeedback', 'withoutRegie', 'openRequiredTopics', 'timelineWarnings'] as const;
export type FollowUpPart = (typeof FOLLOW_UP_PARTS)[number];

/** Everything to chase about one family, with the family's concern (the highest of its children's). */
export const FollowUpFamily = z.object({
  familyId: RecordId,
  familyName: z.string(),
  concern: RowConcern,
  overdueActions: z.array(FollowUpAction),
  signallersNotInformed: z.array(FollowUpAction),
  passedTerms: z.array(FollowUpPassedTerm),
  signalsWithoutFeedback: z.array(SignalWithoutFeedback),
  /** Discussed at a meeting (this one the latest), with no regisseur; null when it has one or was never discussed. */
  withoutRegieSince: IsoDateTime.nullable(),
  openRequiredTopics: z.array(OpenRequiredTopic),
  timelineWarnings: z.array(SignalWarning),
});
export type FollowUpFamily = z.infer<typeof FollowUpFamily>;

export const FOLLOW_UP_ORDERS = ['concern', 'due', 'family'] as const;
export type FollowUpOrder = (typeof FOLLOW_UP_ORDERS)[number];

export const FollowUpRequest = PageRequest.extend({
  /** Only families whose name contains this (case and accents as typed); empty: every family. */
  query: z.string().trim().max(200, 'maximaal 200 tekens'),
  order: z.enum(FOLLOW_UP_ORDERS),
});
export type FollowUpRequest = z.infer<typeof FollowUpRequest>;

const count = z.number().int().nonnegative();

/** One page of Opvolging's families; the totals are over every family that matches. */
export const FollowUpPage = z.object({
  today: CalendarDayString,
  families: z.array(FollowUpFamily),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  totals: z.object({
    overdueActions: count,
    signallersNotInformed: count,
    passedTerms: count,
    signalsWithoutFeedback: count,
    withoutRegie: count,
    openRequiredTopics: count,
    timelineWarnings: count,
  }) satisfies z.ZodType<Record<FollowUpPart, number>>,
  upcomingMeetings: FollowUp.shape.upcomingMeetings,
});
export type FollowUpPage = z.infer<typeof FollowUpPage>;

export const regieChannels = {
  'regie:overview': { request: z.object({ familyId: RecordId }), response: RegieOverview },
  'regie:decide': { request: NewRegieDecision, response: RegieDecision },
  'regie:updateDecision': {
    request: z.object({
      id: RecordId,
      contact: z.string().trim().max(200).optional(),
      handoverMetFamily: z.boolean().optional(),
      handoverResponsibilitiesAgreed: z.boolean().optional(),
      handoverPreviousStaysInvolved: z.boolean().optional(),
    }),
    response: RegieDecision,
  },
  'regie:saveAction': { request: ActionSave, response: RegieAction },
  'regie:signalDiscussed': {
    request: z.object({
      familyId: RecordId,
      signallerOrganisationId: RecordId,
      ownerProfessionalId: RecordId.nullable(),
      ownerOrganisationId: RecordId.nullable(),
      /** null: the default, five working days from today. */
      dueDate: CalendarDayString.nullable(),
      meetingId: RecordId.nullable(),
    }),
    response: RegieAction,
  },
  'regie:reviewAction': {
    request: z.object({ actionId: RecordId, meetingId: RecordId, reason: z.enum(OPEN_REASONS).nullable(), note: z.string().trim().max(2000) }),
    response: z.object({ review: ActionReview.nullable() }),
  },
  'regie:addEscalation': { request: EscalationStep.omit({ id: true, recordedAt: true }), response: EscalationStep },
  'regie:saveClosure': {
    request: z.object({
      familyId: RecordId,
      safetyJudgement: z.string().trim().max(4000).optional(),
      safetyJudgementDate: CalendarDayString.nullable().optional(),
      /** One child's contact; each field given is saved, the others stay as they are. */
      childSeen: z
        .object({
          memberId: RecordId,
          date: CalendarDayString.nullable().optional(),
          seenBy: z.string().trim().max(200).optional(),
          observation: z.string().trim().max(4000).optional(),
          keepsSafe: z.string().trim().max(4000).optional(),
        })
        .optional(),
    }),
    response: CaseClosure,
  },
  'regie:close': { request: z.object({ familyId: RecordId, outcome: z.enum(['gesloten', 'afgeschaald']) }), response: CaseClosure },
  'regie:reopen': { request: z.object({ familyId: RecordId }), response: CaseClosure },
  /** Opvolging: one page of the families with something to chase, highest concern first unless asked otherwise. */
  'regie:followUp': { request: FollowUpRequest, response: FollowUpPage },
} as const;
