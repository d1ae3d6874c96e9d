import { z } from 'zod';
import { CalendarDayString } from '../domain/records';
import { MEETING_TYPES, ORGANISATION_TYPES } from '../domain/vocabulary';

/**
 * Management information from the vault (what a school board, a CJG manager or a gemeente may
 * see): counts per period, per school, team or kind of meeting, never a name, a note or a day.
 * Cells that could point at one family are suppressed (see suppression.ts).
 */
export const REPORT_GROUPINGS = ['school', 'team', 'meeting_kind'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** The longest period one report covers; longer ones are split by the person asking. */
export const MAX_REPORT_DAYS = 3 * 366;

export const ReportRequest = z
  .object({
    from: CalendarDayString,
    to: CalendarDayString,
    by: z.enum(REPORT_GROUPINGS).nullable(),
  })
  .superRefine((r, ctx) => {
    if (r.to < r.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'de einddatum ligt voor de begindatum' });
    else if ((Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 > MAX_REPORT_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'een rapportage beslaat hoogstens drie jaar' });
    }
  });
export type ReportRequest = z.infer<typeof ReportRequest>;

/** The rows of the main table: one per school, team or kind of meeting, and the total. */
export const ReportGroup = z.discriminatedUnion('kind', [
  /** A school (the meeting's school) or a team (the chair's organisation): organisations, never people. */
  z.object({ kind: z.literal('organisatie'), name: z.string() }),
  z.object({ kind: z.literal('overlegsoort'), meetingType: z.enum(MEETING_TYPES) }),
  /** Meetings without a school, or without a chair's team. */
  z.object({ kind: z.literal('zonder') }),
  /** Families not discussed in any meeting up to the end of the period. */
  z.object({ kind: z.literal('geen_overleg') }),
  z.object({ kind: z.literal('totaal') }),
]);
export type ReportGroup = z.infer<typeof ReportGroup>;

/** The counted indicators, in the order of the columns. */
export const COUNT_INDICATORS = [
  'besproken',
  'anoniem_besproken',
  'nieuwe_signalen',
  'hulp_gestart',
  'pingpong',
  'regiewissels',
  'signalen_besproken',
  'terugkoppeling_op_tijd',
  'terugkoppeling_te_laat',
  'terugkoppeling_niet',
  'terugkoppeling_binnen_termijn',
  'acties_met_deadline',
  'acties_op_tijd',
  'verplichte_onderwerpen_open',
  'afgesloten_via_poort',
  'zorg_hoog_acuut',
] as const;
export type CountIndicator = (typeof COUNT_INDICATORS)[number];

export const DAY_STATISTICS = ['dagen_tot_hulp_mediaan', 'dagen_tot_hulp_p75'] as const;
export type DayStatistic = (typeof DAY_STATISTICS)[number];

/** The parts of "signalen besproken" (terugkoppeling within five working days, late, not, still in term). */
export const FEEDBACK_PARTS = ['terugkoppeling_op_tijd', 'terugkoppeling_te_laat', 'terugkoppeling_niet', 'terugkoppeling_binnen_termijn'] as const;

/**
 * One figure as it may be shown: a number, "< threshold" (a small count), "x" (hidden so that a
 * small count elsewhere cannot be worked out), or nothing to compute (a median without cases).
 */
export const ReportCell = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('waarde'), value: z.number().nonnegative() }),
  z.object({ kind: z.literal('klein') }),
  z.object({ kind: z.literal('afgeschermd') }),
  z.object({ kind: z.literal('geen') }),
]);
export type ReportCell = z.infer<typeof ReportCell>;

export const ReportRow = z.object({
  group: ReportGroup,
  counts: z.record(z.enum(COUNT_INDICATORS), ReportCell),
  days: z.record(z.enum(DAY_STATISTICS), ReportCell),
});
export type ReportRow = z.infer<typeof ReportRow>;

/** Days from the first signal to help started, in these buckets (inclusive upper bounds; the last is open). */
export const DAYS_TO_HELP_BUCKETS = [7, 30, 90, 180] as const;

export const RECIPIENT_KINDS = [...ORGANISATION_TYPES, 'geen_ontvanger'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

const Week = z.string().regex(/^\d{4}-W\d{2}$/);
const Month = z.string().regex(/^\d{4}-\d{2}$/);

export const Report = z.object({
  /** The period as ISO weeks: the report never carries a day. */
  period: z.object({ fromWeek: Week, toWeek: Week }),
  generatedWeek: Week,
  grouping: z.enum(REPORT_GROUPINGS).nullable(),
  threshold: z.number().int(),
  /** One row per group (empty without grouping), then the total. */
  rows: z.array(ReportRow),
  trend: z.object({
    months: z.array(z.object({ month: Month, discussions: ReportCell, newSignals: ReportCell, helpStarted: ReportCell })),
    total: z.object({ discussions: ReportCell, newSignals: ReportCell, helpStarted: ReportCell }),
  }),
  daysToHelp: z.object({
    /** `upTo` null is the open last bucket ("more than 180 days"). */
    buckets: z.array(z.object({ from: z.number().int(), upTo: z.number().int().nullable(), cell: ReportCell })),
    total: ReportCell,
  }),
  exports: z.object({ rows: z.array(z.object({ recipient: z.enum(RECIPIENT_KINDS), cell: ReportCell })), total: ReportCell }),
});
export type Report = z.infer<typeof Report>;
