import { z } from 'zod';
import { CalendarDayString, RecordId } from '../domain/records';
import {
  CONSENT_STATUSES,
  HELP_REQUESTERS,
  LEGAL_BASES,
  MANDATES,
  REFERRAL_STATUSES,
  STAGNATION_REASONS,
  TIMELINE_EVENT_TYPES,
} from '../domain/vocabulary';
import { isFuzzyDate } from './fuzzyDate';

/**
 * One thing that happened in a family's history, as the timeline shows it. Most are typed at the
 * table; some are derived at read time from what other features already hold (a meeting where the
 * family was on the agenda, a consent record), so nobody types them twice. Derived events carry
 * their `source` and are read-only here: they are changed where they live.
 *
 * A referral (verwijzing) is a move of the case from one organisation to another, drawn as an arrow:
 *   verstuurd — sent, no answer yet · geaccepteerd — the receiver took it on ·
 *   afgewezen — the receiver refused it · teruggelegd — this move gives the case back (a return).
 */
export const TIMELINE_SOURCES = ['handmatig', 'overleg', 'toestemming', 'besluit', 'actie', 'regie', 'gezinsplan', 'meldcode'] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

export const FuzzyDateString = z.string().refine(isFuzzyDate, 'geen geldige datum (dag, maand, seizoen of jaar)');
const text = (max: number) => z.string().trim().max(max, `maximaal ${max} tekens`);

/** The fields a person fills in. */
const eventFields = {
  familyId: RecordId,
  type: z.enum(TIMELINE_EVENT_TYPES),
  date: FuzzyDateString,
  /**
   * The organisation the event comes from (who noticed, referred, started help…); none for a
   * request for help by the youngster or the family itself.
   */
  organisationId: RecordId.nullable(),
  /** A signal that is the youngster's or the family's own request for help (no organisation). */
  requestedBy: z.enum(HELP_REQUESTERS).nullable().optional(),
  /** Who it went to: the receiver of a referral, signal, report or advice question; the new regisseur. */
  toOrganisationId: RecordId.nullable(),
  referralStatus: z.enum(REFERRAL_STATUSES).nullable(),
  /** The day the referral's status last changed (stagnation counts from here). */
  statusDate: CalendarDayString.nullable(),
  /** Why a referral was returned or refused, or why a step was taken. */
  reason: text(2000),
  stagnationReason: z.enum(STAGNATION_REASONS).nullable(),
  consentStatus: z.enum(CONSENT_STATUSES).nullable(),
  /** The step on the ladder vrijwillig → drang → dwang that an escalation reached. */
  escalationStep: z.enum(MANDATES).nullable(),
  /** For a signal: who noticed it (person or role), in words. */
  noticedBy: text(200),
  summary: text(4000),
  legalBasis: z.enum(LEGAL_BASES),
  /** The children it concerns; empty means the family as a whole. */
  memberIds: z.array(RecordId).max(30),
};

export const TimelineEvent = z.object({
  /** A UUID for typed events; `<source>:<id>` for derived ones. */
  id: z.string().min(1).max(120),
  ...eventFields,
  /** Whole-number ordering key of `date` (see fuzzySortKey). */
  sortKey: z.number().int(),
  recordedBy: z.string(),
  source: z.enum(TIMELINE_SOURCES),
  /** A reported stagnation: the day it was handled with a recorded alternative (see stagnationHandling). */
  handledOn: CalendarDayString.nullable().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** Event types that carry a receiving organisation, drawn as an arrow between lanes. */
export const DIRECTED_TYPES = ['signaal', 'advies_gevraagd', 'melding', 'verwijzing', 'regiewissel', 'terugkoppeling'] as const;

/** What the add/edit form sends. Without `id` it creates; with `id` it updates. */
export const TimelineEventInput = z
  .object({ id: RecordId.optional(), ...eventFields })
  .superRefine((e, ctx) => {
    const requestedBy = e.requestedBy ?? null;
    if (requestedBy !== null && e.type !== 'signaal') ctx.addIssue({ code: 'custom', path: ['requestedBy'], message: 'alleen een signaal kan een hulpvraag van de jongere of het gezin zijn' });
    if (requestedBy !== null && e.organisationId !== null) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'een hulpvraag van de jongere of het gezin komt niet van een organisatie; kies bij "naar" bij wie de vraag is gesteld' });
    }
    if (requestedBy === null && e.organisationId === null) ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'kies de organisatie waar dit vandaan komt' });
    if (e.type === 'verwijzing') {
      if (e.toOrganisationId === null) ctx.addIssue({ code: 'custom', path: ['toOrganisationId'], message: 'kies naar wie is verwezen' });
      if (e.referralStatus === null) ctx.addIssue({ code: 'custom', path: ['referralStatus'], message: 'kies de status van de verwijzing' });
    }
    if (e.toOrganisationId !== null && e.toOrganisationId === e.organisationId) {
      ctx.addIssue({ code: 'custom', path: ['toOrganisationId'], message: 'van en naar zijn dezelfde organisatie' });
    }
  });
export type TimelineEventInput = z.infer<typeof TimelineEventInput>;

/** Orders events the same way everywhere: by date, then id, whatever order they arrived in. */
export function compareEvents(a: Pick<TimelineEvent, 'sortKey' | 'id'>, b: Pick<TimelineEvent, 'sortKey' | 'id'>): number {
  return a.sortKey - b.sortKey || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
