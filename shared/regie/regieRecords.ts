import { z } from 'zod';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import { MANDATES } from '../domain/vocabulary';

/**
 * The records of regie and follow-up: who holds regie, the actions the meeting agreed on,
 * why an action is still open, the escalation ladder and the closure gate. Stored values are Dutch
 * words; labels live in the renderer's translations.
 */
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

export const REGIE_KINDS = ['regisseur', 'eigen_regie'] as const;
export type RegieKind = (typeof REGIE_KINDS)[number];

export const RegieDecision = z.object({
  id: RecordId,
  familyId: RecordId,
  kind: z.enum(REGIE_KINDS),
  professionalId: RecordId.nullable(),
  organisationId: RecordId.nullable(),
  /** How to reach the regisseur (phone, e-mail), as agreed at the table. */
  contact: text(200),
  mandate: z.enum(MANDATES).nullable(),
  /** The mandate to push through and escalate. */
  doorzettingsmacht: z.boolean(),
  since: CalendarDayString,
  /** Eigen regie: the judgement that the family can run its own plan, and why. */
  judgement: text(4000),
  reasons: text(4000),
  meetingId: RecordId.nullable(),
  /** Set when a later decision takes over; null for the one active decision. */
  endedOn: CalendarDayString.nullable(),
  /** Warme overdracht: the new professional met the family; responsibilities agreed; the previous one stays involved until the new help has started. */
  handoverMetFamily: z.boolean(),
  handoverResponsibilitiesAgreed: z.boolean(),
  handoverPreviousStaysInvolved: z.boolean(),
  recordedBy: z.string(),
  recordedAt: IsoDateTime,
});
export type RegieDecision = z.infer<typeof RegieDecision>;

export const ACTION_KINDS = ['actie', 'terugkoppeling', 'verwijsindex', 'monitoring'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['open', 'gedaan', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const RegieAction = z.object({
  id: RecordId,
  familyId: RecordId,
  kind: z.enum(ACTION_KINDS),
  description: text(2000),
  ownerProfessionalId: RecordId.nullable(),
  ownerOrganisationId: RecordId.nullable(),
  /** The family itself carries the action out (an agreement of its own plan). */
  ownerFamily: z.boolean(),
  /** Someone of the family's network carries it out ("oma haalt de kinderen op"). */
  ownerNetworkMemberId: RecordId.nullable(),
  dueDate: CalendarDayString.nullable(),
  status: z.enum(ACTION_STATUSES),
  /** Children the action is about; empty means the family as a whole. */
  memberIds: z.array(RecordId),
  meetingId: RecordId.nullable(),
  /** Terugkoppeling: the signaller who is to hear back. */
  signallerOrganisationId: RecordId.nullable(),
  /** Verwijsindex: parents and/or youngster were informed, as their ages require (never registered silently). */
  informed: z.boolean(),
  /** Verwijsindex: informing postponed until this day, and why (the law allows it, with a reason). */
  informingPostponedUntil: CalendarDayString.nullable(),
  informingPostponedReason: text(2000),
  doneOn: CalendarDayString.nullable(),
  /** Why this open action goes on after the case is closed or scaled down, and with whom; empty: not carried over. */
  carryOverReason: text(2000).default(''),
  createdAt: IsoDateTime,
});
export type RegieAction = z.infer<typeof RegieAction>;

export const OPEN_REASONS = ['omstandigheden_gewijzigd', 'niet_gedaan', 'wacht_op_ander'] as const;
export type OpenReason = (typeof OPEN_REASONS)[number];

/** Why an action is still open at a later meeting of the family. */
export const ActionReview = z.object({
  actionId: RecordId,
  meetingId: RecordId,
  reason: z.enum(OPEN_REASONS),
  note: text(2000),
});
export type ActionReview = z.infer<typeof ActionReview>;

/** vrijwillig → drang → dwang (via de Raad voor de Kinderbescherming), plus Veilig Thuis. */
export const ESCALATION_STEPS = ['vrijwillig', 'drang', 'dwang', 'veilig_thuis_advies', 'veilig_thuis_melding'] as const;
export type EscalationStepKind = (typeof ESCALATION_STEPS)[number];

const required = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max, `maximaal ${max} tekens`);

export const EscalationStep = z.object({
  id: RecordId,
  familyId: RecordId,
  step: z.enum(ESCALATION_STEPS),
  date: CalendarDayString,
  trigger: required(2000),
  decidedBy: required(200),
  reasons: required(4000),
  recordedAt: IsoDateTime,
  /**
   * Advice asked of Veilig Thuis without the family's name (only for 'veilig_thuis_advies'). Like the
   * Meldcode step, only named advice counts as a recorded suspicion; steps from before were named.
   */
  anonymous: z.boolean().default(false),
});
export type EscalationStep = z.infer<typeof EscalationStep>;

export const CASE_STATUSES = ['open', 'afgeschaald', 'gesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The structured safety judgement for one child: who saw and spoke the child, when, what was seen,
 * and what keeps the child safe now. Records from before these fields read them as empty, which the
 * gate names as missing rather than guessing.
 */
export const ChildSeen = z.object({
  memberId: RecordId,
  /** null while only the other fields are filled in: the gate then names the day as missing. */
  date: CalendarDayString.nullable(),
  /** The named professional who saw and spoke the child (name and organisation or discipline). */
  seenBy: text(200).default(''),
  /** What was seen and heard. */
  observation: text(4000).default(''),
  /** What keeps this child safe now. */
  keepsSafe: text(4000).default(''),
});
export type ChildSeen = z.infer<typeof ChildSeen>;

/** What the closure gate looks at, and whether the case is closed or scaled down. */
export const CaseClosure = z.object({
  id: RecordId,
  familyId: RecordId,
  safetyJudgement: text(4000),
  safetyJudgementDate: CalendarDayString.nullable(),
  childrenSeen: z.array(ChildSeen),
  status: z.enum(CASE_STATUSES),
  closedOn: CalendarDayString.nullable(),
  closedBy: z.string(),
});
export type CaseClosure = z.infer<typeof CaseClosure>;
