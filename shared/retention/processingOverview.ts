import { z } from 'zod';
import { csvText } from '../exports/csvText';
import { RETENTION_CLASSES } from './retentionClasses';

/**
 * The processing overview for an organisation's DPIA (AVG art. 35) and register (art. 30):
 * generated from the vault, and holding no personal data — only counts per category, legal basis
 * and retention class, operators as organisation + role (how many people, never who), and the
 * period the vault covers.
 */
export const ProcessingOverview = z.object({
  generatedAt: z.string(),
  categories: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int().nonnegative() })),
  legalBases: z.array(z.object({ basis: z.string(), label: z.string(), involvements: z.number().int(), timelineEvents: z.number().int() })),
  retention: z.array(
    z.object({
      retentionClass: z.enum(RETENTION_CLASSES),
      label: z.string(),
      years: z.number().int(),
      families: z.number().int(),
      pastDue: z.number().int(),
    }),
  ),
  operators: z.array(z.object({ organisation: z.string(), role: z.string(), people: z.number().int(), actions: z.number().int() })),
  destructions: z.number().int(),
  erasureRequests: z.number().int(),
  firstActivity: z.string().nullable(),
  lastActivity: z.string().nullable(),
});
export type ProcessingOverview = z.infer<typeof ProcessingOverview>;

/**
 * The overview as CSV (semicolon-separated, the Dutch spreadsheet default), one section per block
 * with a header row, so it opens readable in a spreadsheet and stays parseable.
 */
export function overviewCsv(o: ProcessingOverview): string {
  const rows: (string | number | null)[][] = [
    ['Verwerkingsoverzicht Casustafel', o.generatedAt],
    ['Periode', o.firstActivity, o.lastActivity],
    [],
    ['Categorie', 'Aantal'],
    ...o.categories.map((c) => [c.label, c.count]),
    [],
    ['Grondslag', 'Betrokkenheden', 'Tijdlijngebeurtenissen'],
    ...o.legalBases.map((b) => [b.label, b.involvements, b.timelineEvents]),
    [],
    ['Bewaarklasse', 'Termijn (jaren)', 'Gezinnen', 'Termijn verstreken'],
    ...o.retention.map((r) => [r.label, r.years, r.families, r.pastDue]),
    [],
    ['Organisatie', 'Rol', 'Personen', 'Handelingen'],
    ...o.operators.map((p) => [p.organisation, p.role, p.people, p.actions]),
    [],
    ['Vernietigde dossiers', o.destructions],
    ['Verzoeken tot vernietiging', o.erasureRequests],
  ];
  return csvText(rows);
}
