import { z } from 'zod';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import { AgreedBy, FamilyPlan, NetworkMember, PLAN_STATUSES, PlanContent, PlanGoal, PlanVersion } from '../familyPlan/familyPlanRecords';
import { RiskLevelSchema } from '../instrument/assessmentRecords';
import { MeldcodeStep, MeldcodeStepInput } from '../instrument/meldcodeSteps';
import { CASE_STATUSES, RegieAction } from '../regie/regieRecords';
import { PageRequest } from '../paging/page';

/**
 * Channels of the family's own plan, the Meldcode's steps before the afwegingskader, and the digest
 * of what fell due since the operator's last session. The rules live in shared/familyPlan,
 * shared/instrument/meldcodeSteps and shared/digest; core applies them before anything is stored.
 */
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

export const PLAN_PARTS = ['familyView', 'wishes', 'goals', 'discussed', 'network', 'agreements'] as const;

export const PlanUpdate = z.object({
  familyId: RecordId,
  familyView: text(4000).optional(),
  wishes: text(4000).optional(),
  goals: z.array(PlanGoal).max(30).optional(),
  discussedWithParentsOn: CalendarDayString.nullable().optional(),
  discussedWithChildOn: CalendarDayString.nullable().optional(),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

export const NetworkMemberSave = NetworkMember.omit({ id: true }).extend({ id: RecordId.optional() });
export type NetworkMemberSave = z.infer<typeof NetworkMemberSave>;

export const AgreePlanRequest = z.object({ familyId: RecordId, agreedOn: CalendarDayString, agreedBy: z.array(AgreedBy).min(1).max(20) });
export type AgreePlanRequest = z.infer<typeof AgreePlanRequest>;

export const FamilyPlanOverview = z.object({
  familyId: RecordId,
  plan: FamilyPlan.omit({ id: true, familyId: true }),
  /** false until the first part of the plan was saved. */
  planExists: z.boolean(),
  network: z.array(NetworkMember),
  /** The agreements: the family's actions of kind actie or monitoring that were not dropped. */
  actions: z.array(RegieAction),
  /** The plan as it stands, in the shape a version keeps. */
  content: PlanContent,
  /** Newest first. */
  versions: z.array(PlanVersion),
  status: z.enum(PLAN_STATUSES),
  changedSinceLatest: z.array(z.enum(PLAN_PARTS)),
  /** Whom the family calls: the regisseur, or the family itself under eigen regie. */
  aanspreekpunt: z.object({ kind: z.enum(['regisseur', 'eigen_regie', 'geen']), who: z.string(), reach: z.string() }),
  today: CalendarDayString,
});
export type FamilyPlanOverview = z.infer<typeof FamilyPlanOverview>;

/** Which plan the letter shows: a version by number, or null for the latest agreed version. */
export const PlanLetterRequest = z.object({ familyId: RecordId, version: z.number().int().min(1).nullable() });

export const PlanLetterPreview = z.object({
  familyId: RecordId,
  version: z.number().int().min(1),
  fileName: z.string(),
  paragraphs: z.array(z.string()),
});
export type PlanLetterPreview = z.infer<typeof PlanLetterPreview>;

export const DIGEST_ITEM_KINDS = ['actie', 'terugkoppeling', 'verwijsindex', 'monitoring', 'verwijsindex_uitstel', 'terugkoppeling_ongepland', 'afweging_termijn', 'veiligheidsafspraak'] as const;
export type DigestItemKind = (typeof DIGEST_ITEM_KINDS)[number];

export const DigestItem = z.object({
  /**
   * What the item is about, the same on every read: an action, a safety agreement, one child's term
   * with one professional, or the feedback one signaller is owed by a family (however many of its
   * signals were discussed). Two items with one key are one thing to do and show once.
   */
  key: z.string(),
  kind: z.enum(DIGEST_ITEM_KINDS),
  familyId: RecordId,
  familyName: z.string(),
  /** The action, or null for a discussed signal whose terugkoppeling nobody planned yet. */
  actionId: RecordId.nullable(),
  description: z.string(),
  owner: z.string(),
  dueDay: CalendarDayString,
  /** The case's status: follow-up after closing or scaling down shows as such. */
  caseStatus: z.enum(CASE_STATUSES),
});
export type DigestItem = z.infer<typeof DigestItem>;

export const DigestEntry = z.object({ item: DigestItem, state: z.enum(['nu', 'te_laat']), daysOverdue: z.number().int().nonnegative() });
export type DigestEntry = z.infer<typeof DigestEntry>;

export const QuietFamily = z.object({
  familyId: RecordId,
  familyName: z.string(),
  level: RiskLevelSchema,
  /** The children whose own latest assessment gives that level. */
  children: z.array(z.string()),
  lastDiscussed: CalendarDayString.nullable(),
  days: z.number().int().nonnegative(),
});
export type QuietFamily = z.infer<typeof QuietFamily>;

/** How many items of one kind are due now or overdue (in one family, or over the whole digest). */
export const DigestCount = z.object({ kind: z.enum(DIGEST_ITEM_KINDS), state: z.enum(['nu', 'te_laat']), count: z.number().int().positive() });
export type DigestCount = z.infer<typeof DigestCount>;

/** One family's line in the digest: its counts, its items (each once), and whether nobody discussed it for too long. */
export const DigestFamily = z.object({
  familyId: RecordId,
  familyName: z.string(),
  caseStatus: z.enum(CASE_STATUSES),
  counts: z.array(DigestCount),
  /** Its items that fell due or became overdue since the previous session. */
  freshCount: z.number().int().nonnegative(),
  entries: z.array(DigestEntry.extend({ fresh: z.boolean() })),
  quiet: QuietFamily.nullable(),
});
export type DigestFamily = z.infer<typeof DigestFamily>;

export const SessionDigestRequest = PageRequest;
export type SessionDigestRequest = z.infer<typeof SessionDigestRequest>;

/** One page of the digest's families; the counts are over all of them. */
export const SessionDigest = z.object({
  /** When this operator's previous session began; null at a first session. */
  previousSessionAt: IsoDateTime.nullable(),
  today: CalendarDayString,
  families: z.array(DigestFamily),
  /** Families in the whole digest (with an item, or not discussed for too long). */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  /** Items per kind and state over every family. */
  totals: z.array(DigestCount),
  /** Items that fell due or became overdue since the previous session, over every family. */
  freshCount: z.number().int().nonnegative(),
  quietCount: z.number().int().nonnegative(),
  notDiscussedWeeks: z.number().int().min(1).max(52),
  /** The weeks after which a family at verhoogd shows (longer than for hoog and acuut). */
  raisedConcernWeeks: z.number().int().min(1).max(104),
});
export type SessionDigest = z.infer<typeof SessionDigest>;

export const familyPlanChannels = {
  'familyPlan:get': { request: z.object({ familyId: RecordId }), response: FamilyPlanOverview },
  'familyPlan:update': { request: PlanUpdate, response: FamilyPlan },
  'familyPlan:saveNetworkMember': { request: NetworkMemberSave, response: NetworkMember },
  'familyPlan:removeNetworkMember': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },
  'familyPlan:agree': { request: AgreePlanRequest, response: PlanVersion },
  'familyPlan:letterPreview': { request: PlanLetterRequest, response: PlanLetterPreview },
  /** Saves the family's plan letter (PDF) through the save dialog, logged in the export log. */
  'export:familyPlanLetter': { request: PlanLetterRequest, response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }) },
  /** One action as a calendar entry (.ics) without any name: what, not whom. */
  'export:actionCalendar': { request: z.object({ actionId: RecordId }), response: z.object({ saved: z.boolean(), fileName: z.string().nullable() }) },

  'meldcode:list': { request: z.object({ familyId: RecordId }), response: z.array(MeldcodeStep) },
  'meldcode:save': { request: MeldcodeStepInput, response: MeldcodeStep },
  'meldcode:remove': { request: z.object({ id: RecordId }), response: z.object({ removed: z.boolean() }) },

  /** The digest on Start: what fell due or became overdue since this operator's previous session, per family, one page at a time. */
  'digest:sinceLastSession': { request: SessionDigestRequest, response: SessionDigest },
  /** While the app runs: items that fell due since the last check, notified once (no names in the notification). */
  'digest:check': { request: z.undefined(), response: z.object({ newlyDue: z.number().int().nonnegative() }) },
} as const;
