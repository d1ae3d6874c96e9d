import { z } from 'zod';

/**
 * The machine-readable inzage / portability file (AVG art. 15 and 20): everything the vault holds
 * about one family or one person in it. Records are given per table with their stored column
 * names, so nothing is lost in translation and a table added later is included without a new
 * mapping; `directory` resolves the organisation and professional ids the records point at, and
 * `auditTrail` says who did what with the data (without content, as the log itself).
 *
 * A breaking change to this shape raises INZAGE_SCHEMA_VERSION.
 */
export const INZAGE_SCHEMA_ID = 'casustafel-inzage';
export const INZAGE_SCHEMA_VERSION = 1;

const Cell = z.union([z.string(), z.number(), z.null()]);
export const InzageRow = z.record(z.string(), Cell);
export type InzageRow = z.infer<typeof InzageRow>;

export const InzageDocument = z.object({
  schema: z.literal(INZAGE_SCHEMA_ID),
  schemaVersion: z.literal(INZAGE_SCHEMA_VERSION),
  generatedAt: z.string().datetime({ offset: true }),
  generatedBy: z.string(),
  /** "gezin" = everything about the family; "persoon" = what concerns one member. */
  scope: z.enum(['gezin', 'persoon']),
  familyId: z.string(),
  personId: z.string().nullable(),
  /** Per table, the rows as stored (column → value). */
  records: z.record(z.string(), z.array(InzageRow)),
  directory: z.object({
    organisations: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
    professionals: z.array(z.object({ id: z.string(), name: z.string(), organisationId: z.string(), role: z.string() })),
  }),
  auditTrail: z.array(
    z.object({ seq: z.number(), at: z.string(), operator: z.string(), action: z.string(), summary: z.string() }),
  ),
  /** What is left out on purpose, per table, with the reason (see shared/exports/recipientScope). */
  withheld: z.array(z.object({ table: z.string(), count: z.number().int().positive(), reason: z.string() })).optional(),
});
export type InzageDocument = z.infer<typeof InzageDocument>;

/** Dutch headings for the tables in the readable (PDF) version, in reading order. */
export const INZAGE_SECTIONS: readonly { table: string; title: string }[] = [
  { table: 'families', title: 'Gezin' },
  { table: 'family_members', title: 'Gezinsleden' },
  { table: 'family_retention', title: 'Bewaartermijn' },
  { table: 'involvements', title: 'Betrokken professionals' },
  { table: 'consents', title: 'Toestemming' },
  { table: 'timeline_events', title: 'Tijdlijn' },
  { table: 'assessments', title: 'Risicotaxaties' },
  { table: 'assessment_answers', title: 'Antwoorden in risicotaxaties' },
  { table: 'afweging_entries', title: 'Afwegingskader' },
  { table: 'assessment_judgements', title: 'Oordelen' },
  { table: 'judgement_scales', title: 'Schaalscores' },
  { table: 'required_agenda_topics', title: 'Verplichte agendapunten' },
  { table: 'regie_decisions', title: 'Regie' },
  { table: 'regie_actions', title: 'Acties en terugkoppeling' },
  { table: 'regie_action_reviews', title: 'Besproken openstaande acties' },
  { table: 'escalation_steps', title: 'Opschaling' },
  { table: 'case_closures', title: 'Afsluiting' },
  { table: 'family_plans', title: 'Gezinsplan' },
  { table: 'family_network_members', title: 'Netwerk' },
  { table: 'family_plan_versions', title: 'Vastgestelde versies van het gezinsplan' },
  { table: 'meldcode_steps', title: 'Stappen van de Meldcode' },
  { table: 'agenda_items', title: 'Op de agenda van overleggen' },
  { table: 'meetings', title: 'Overleggen' },
  { table: 'meeting_cases', title: 'Bespreking in overleggen' },
  { table: 'secrecy_releases', title: 'Vrijgave medisch beroepsgeheim' },
  { table: 'export_log_families', title: 'Exports' },
  { table: 'destruction_requests', title: 'Verzoeken tot vernietiging' },
];
