import { z } from 'zod';
import { CalendarDayString, IsoDateTime, RecordId } from '../domain/records';
import { ProcessingOverview } from '../retention/processingOverview';
import { RETENTION_CLASSES } from '../retention/retentionClasses';

/**
 * Channels of retention, destruction, inzage and the processing overview. The rules
 * (periods, due dates, who may ask for erasure) live in shared/retention and run in core; the
 * screen uses the same functions to explain before anything is sent.
 */
export const RETENTION_STATES = ['verlopen', 'binnenkort', 'bewaren', 'geen_einddatum'] as const;
export const TRIGGER_SOURCES = ['einde_hulp', 'handmatig', 'geen'] as const;
export const DESTRUCTION_REASONS = ['bewaartermijn_verstreken', 'verzoek_betrokkene', 'anders'] as const;
export type DestructionReason = (typeof DESTRUCTION_REASONS)[number];
export const REQUEST_DECISIONS = ['toegewezen', 'afgewezen'] as const;
export const REQUESTER_ROLES = ['ouder_met_gezag', 'jongere'] as const;

export const RetentionPeriod = z.object({
  retentionClass: z.enum(RETENTION_CLASSES),
  years: z.number().int(),
  defaultYears: z.number().int(),
  legalMinimumYears: z.number().int().nullable(),
});
export type RetentionPeriod = z.infer<typeof RetentionPeriod>;

export const RetentionItem = z.object({
  familyId: RecordId,
  displayName: z.string(),
  anonymous: z.boolean(),
  retentionClass: z.enum(RETENTION_CLASSES),
  /** False while the family has the default class (jeugdhulp) without anyone choosing it. */
  classChosen: z.boolean(),
  years: z.number().int(),
  /** The day the clock started (end of help, leaving school); null while it has not. */
  trigger: CalendarDayString.nullable(),
  triggerSource: z.enum(TRIGGER_SOURCES),
  /** The first day the record may be destroyed. */
  dueDate: CalendarDayString.nullable(),
  state: z.enum(RETENTION_STATES),
});
export type RetentionItem = z.infer<typeof RetentionItem>;

export const RetentionReview = z.object({
  today: CalendarDayString,
  periods: z.array(RetentionPeriod),
  items: z.array(RetentionItem),
});
export type RetentionReview = z.infer<typeof RetentionReview>;

/** A person's request for early destruction. Kept after the destruction, without names. */
export const ErasureRequest = z.object({
  id: RecordId,
  familyId: RecordId,
  /** Neutral reference shown once the family is gone ("Dossier 1a2b3c4d"). */
  familyRef: z.string(),
  requesterRole: z.enum(REQUESTER_ROLES),
  requestDate: CalendarDayString,
  decision: z.enum(REQUEST_DECISIONS),
  decisionNote: z.string(),
  decidedBy: z.string(),
  decidedAt: IsoDateTime,
  destroyedAt: IsoDateTime.nullable(),
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;

export const Destruction = z.object({
  id: RecordId,
  familyId: RecordId,
  familyRef: z.string(),
  reason: z.enum(DESTRUCTION_REASONS),
  reasonText: z.string(),
  retentionClass: z.enum(RETENTION_CLASSES),
  requestId: RecordId.nullable(),
  /** Counts only ("3 gezinsleden, 2 betrokkenheden"), never content. */
  removed: z.string(),
  destroyedAt: IsoDateTime,
  destroyedBy: z.string(),
});
export type Destruction = z.infer<typeof Destruction>;

export const RequesterOption = z.object({
  memberId: RecordId,
  name: z.string(),
  role: z.string(),
  allowed: z.boolean(),
  as: z.enum(REQUESTER_ROLES).nullable(),
  reason: z.string(),
});
export type RequesterOption = z.infer<typeof RequesterOption>;

export const FamilyPrivacy = z.object({
  item: RetentionItem,
  /** End of help as the vault says (closure, involvements), also when a date was typed by hand. */
  helpEndedOn: CalendarDayString.nullable(),
  requesters: z.array(RequesterOption),
  requests: z.array(ErasureRequest),
});
export type FamilyPrivacy = z.infer<typeof FamilyPrivacy>;

const ReasonText = z.string().trim().max(300);

export const DestroyRequest = z
  .object({
    familyIds: z.array(RecordId).min(1).max(100),
    reason: z.enum(DESTRUCTION_REASONS),
    reasonText: ReasonText,
    /** One family: its display name as typed; several: their number. */
    confirmation: z.string().trim().max(200),
    requestId: RecordId.nullable(),
  })
  .refine((r) => r.reason !== 'anders' || r.reasonText.length > 0, { message: 'Geef de reden.', path: ['reasonText'] })
  .refine((r) => r.reason !== 'verzoek_betrokkene' || (r.requestId !== null && r.familyIds.length === 1), {
    message: 'Vernietiging op verzoek hoort bij een vastgelegd verzoek voor één gezin.',
    path: ['requestId'],
  });
export type DestroyRequest = z.infer<typeof DestroyRequest>;

export const DestroyResult = z.object({
  destroyed: z.array(z.object({ familyId: RecordId, familyRef: z.string() })),
  backupsRemoved: z.number().int().nonnegative(),
  freshBackup: z.boolean(),
  /** False when the checkpoint/VACUUM after the commit failed (see the handler); locking finishes it. */
  fileScrubbed: z.boolean(),
});
export type DestroyResult = z.infer<typeof DestroyResult>;

const SaveResult = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

export const privacyChannels = {
  'privacy:retention': { request: z.undefined(), response: RetentionReview },
  'privacy:setPeriod': {
    request: z.object({ retentionClass: z.enum(RETENTION_CLASSES), years: z.number().int().min(0).max(1000) }),
    response: z.array(RetentionPeriod),
  },
  'privacy:setFamilyRetention': {
    request: z.object({ familyId: RecordId, retentionClass: z.enum(RETENTION_CLASSES), triggerDate: CalendarDayString.nullable() }),
    response: RetentionItem,
  },
  'privacy:family': { request: z.object({ familyId: RecordId }), response: FamilyPrivacy },
  'privacy:recordRequest': {
    request: z.object({
      familyId: RecordId,
      requesterMemberId: RecordId,
      requestDate: CalendarDayString,
      decision: z.enum(REQUEST_DECISIONS),
      decisionNote: ReasonText,
    }),
    response: ErasureRequest,
  },
  'privacy:destroy': { request: DestroyRequest, response: DestroyResult },
  'privacy:register': {
    request: z.undefined(),
    response: z.object({ destructions: z.array(Destruction), requests: z.array(ErasureRequest) }),
  },
  'privacy:exportInzage': {
    request: z.object({ familyId: RecordId, memberId: RecordId.nullable(), format: z.enum(['pdf', 'json']) }),
    response: SaveResult,
  },
  'privacy:overview': { request: z.undefined(), response: ProcessingOverview },
  'privacy:exportOverview': { request: z.object({ format: z.enum(['csv', 'pdf']) }), response: SaveResult },
} as const;
