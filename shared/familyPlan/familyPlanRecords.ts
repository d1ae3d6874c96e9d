import { z } from 'zod';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import { ACTION_STATUSES } from '../regie/regieRecords';

/**
 * The family's own plan ("één gezin, één plan, één regisseur"): the family's view and wishes, goals
 * in their own words, when it was talked through with the parents and with the child, the network
 * around the family and the agreements. The actions themselves are regie actions (one action
 * concept): an action may be owned by the family or by a network member as well as by a
 * professional. Agreeing the plan ("vaststellen") stores a version with who agreed and when; a
 * version is never changed, and any later edit is the draft of the next one.
 */
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);
const required = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max, `maximaal ${max} tekens`);

export const PlanGoal = z.object({
  /** The goal as the family says it ("dat Sanne weer naar school wil"). */
  text: required(1000),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const FamilyPlan = z.object({
  id: RecordId,
  familyId: RecordId,
  /** How the family sees its situation, in its own words. */
  familyView: text(4000),
  /** What the family wishes for. */
  wishes: text(4000),
  goals: z.array(PlanGoal).max(30),
  discussedWithParentsOn: CalendarDayString.nullable(),
  discussedWithChildOn: CalendarDayString.nullable(),
});
export type FamilyPlan = z.infer<typeof FamilyPlan>;

export const NetworkMember = z.object({
  id: RecordId,
  familyId: RecordId,
  name: required(160),
  /** "oma van moederskant", "buurvrouw", "trainer van de voetbalclub". */
  relation: text(160),
  /** What this person does for the family ("haalt Sanne op dinsdag en donderdag op van school"). */
  contribution: text(1000),
});
export type NetworkMember = z.infer<typeof NetworkMember>;

export const AgreedBy = z.object({
  name: required(160),
  /** "moeder", "Sanne (12)", "regisseur, Wijkteam Noord". */
  role: required(160),
});
export type AgreedBy = z.infer<typeof AgreedBy>;

/** An agreement of the plan as it stood when the plan was agreed: who does what, by when. */
export const PlanAgreement = z.object({
  actionId: RecordId,
  description: z.string(),
  /** The owner in words, read at that moment: "oma Wil (oma van moederskant)", "het gezin", "Roel Venema (Wijkteam Noord)". */
  owner: z.string(),
  ownerKind: z.enum(['gezin', 'netwerk', 'professional']),
  dueDate: CalendarDayString.nullable(),
  status: z.enum(ACTION_STATUSES),
});
export type PlanAgreement = z.infer<typeof PlanAgreement>;

/** The whole plan at one moment; what a version keeps and what "changed since" compares. */
export const PlanContent = z.object({
  familyView: z.string(),
  wishes: z.string(),
  goals: z.array(PlanGoal),
  discussedWithParentsOn: CalendarDayString.nullable(),
  discussedWithChildOn: CalendarDayString.nullable(),
  network: z.array(NetworkMember.pick({ name: true, relation: true, contribution: true })),
  agreements: z.array(PlanAgreement),
});
export type PlanContent = z.infer<typeof PlanContent>;

export const PlanVersion = z.object({
  id: RecordId,
  familyId: RecordId,
  number: z.number().int().min(1),
  agreedOn: CalendarDayString,
  agreedBy: z.array(AgreedBy).min(1),
  content: PlanContent,
  recordedBy: z.string(),
  createdAt: IsoDateTime,
});
export type PlanVersion = z.infer<typeof PlanVersion>;

/** `concept`: never agreed; `vastgesteld`: the current plan is the latest version; `concept_volgende`: changed since. */
export const PLAN_STATUSES = ['concept', 'vastgesteld', 'concept_volgende'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
