import { LEGAL_BASES, type LegalBasis } from '../../../shared/domain/vocabulary';
import type { ProcessingOverview } from '../../../shared/retention/processingOverview';
import { RETENTION_CLASS_NAMES, RETENTION_CLASSES } from '../../../shared/retention/retentionClasses';
import type { ReadableDb } from '../vault/connection';
import { retentionReview } from './retentionService';

/** Categories of data, as counted for the overview: table → Dutch label. Only tables that exist are counted. */
const CATEGORIES: readonly [table: string, label: string, where?: string][] = [
  ['families', 'Gezinnen'],
  ['family_members', 'Kinderen', "role IN ('kind', 'verwacht_kind')"],
  ['family_members', 'Ouders, verzorgers en huisgenoten', "role NOT IN ('kind', 'verwacht_kind')"],
  ['family_members', 'Personen met geboortedatum', 'birth_date IS NOT NULL'],
  ['involvements', 'Betrokkenheden van professionals'],
  ['consents', 'Toestemmingsregistraties'],
  ['timeline_events', 'Tijdlijngebeurtenissen (signalen, verwijzingen, hulp)'],
  ['assessments', 'Risicotaxaties (gezondheid en veiligheid, bijzondere persoonsgegevens)'],
  ['afweging_entries', 'Afwegingskader-antwoorden'],
  ['regie_decisions', 'Regiebesluiten'],
  ['regie_actions', 'Acties en terugkoppelingen'],
  ['escalation_steps', 'Opschalingsstappen (drang, dwang, Veilig Thuis)'],
  ['case_closures', 'Afsluitingen'],
  ['family_plans', 'Gezinsplannen (visie, wensen en doelen van het gezin)'],
  ['family_network_members', 'Netwerk van gezinnen (naam, relatie, wat zij doen)'],
  ['family_plan_versions', 'Vastgestelde versies van gezinsplannen'],
  ['meldcode_steps', 'Meldcodestappen (collegiaal overleg, advies Veilig Thuis, gesprek met ouder en kind)'],
  ['meetings', 'Overleggen'],
  ['agenda_items', 'Agendapunten'],
  ['meeting_cases', 'Besprekingen met notulen'],
  ['organisations', 'Organisaties (sociale kaart)'],
  ['professionals', 'Professionals (contactgegevens)'],
  ['export_log', 'Exports (wat ging naar wie)'],
  ['audit_log', 'Regels in het logboek'],
];

const LEGAL_BASIS_LABELS: Record<LegalBasis, string> = {
  toestemming: 'Toestemming',
  meldrecht: 'Meldrecht (Veilig Thuis)',
  noodzakelijk_betrokkenen: 'Noodzakelijk voor direct betrokkenen',
  wettelijke_plicht: 'Wettelijke plicht',
};

function tableExists(db: ReadableDb, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function count(db: ReadableDb, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

/**
 * Counts only: no name, no free text, no id leaves this function. Operators are grouped by
 * organisation and role with how many different people acted in that role; the period is the
 * first and last activity in the audit log.
 */
export function buildProcessingOverview(db: ReadableDb, now: Date): ProcessingOverview {
  const categories = CATEGORIES.filter(([table]) => tableExists(db, table)).map(([table, label, where]) => ({
    key: where === undefined ? table : `${table}:${label}`,
    label,
    count: count(db, `SELECT count(*) AS n FROM "${table}"${where === undefined ? '' : ` WHERE ${where}`}`),
  }));
  const legalBases = LEGAL_BASES.map((basis) => ({
    basis,
    label: LEGAL_BASIS_LABELS[basis],
    involvements: count(db, 'SELECT count(*) AS n FROM involvements WHERE legal_basis = ?', basis),
    timelineEvents: count(db, 'SELECT count(*) AS n FROM timeline_events WHERE legal_basis = ?', basis),
  }));
  const review = retentionReview(db, now);
  const retention = RETENTION_CLASSES.map((c) => {
    const items = review.items.filter((i) => i.retentionClass === c);
    return {
      retentionClass: c,
      label: RETENTION_CLASS_NAMES[c],
      years: review.periods.find((p) => p.retentionClass === c)!.years,
      families: items.length,
      pastDue: items.filter((i) => i.state === 'verlopen').length,
    };
  });
  const operators = (
    db
      .prepare(
        `SELECT operator_organisation AS organisation, operator_role AS role, count(DISTINCT operator_name) AS people, count(*) AS actions
         FROM audit_log GROUP BY operator_organisation, operator_role ORDER BY operator_organisation, operator_role`,
      )
      .all() as { organisation: string; role: string; people: number; actions: number }[]
  ).map((o) => ({ ...o }));
  const range = db.prepare('SELECT min(at) AS first, max(at) AS last FROM audit_log').get() as { first: string | null; last: string | null };
  return {
    generatedAt: now.toISOString(),
    categories,
    legalBases,
    retention,
    operators,
    destructions: count(db, 'SELECT count(*) AS n FROM destructions'),
    erasureRequests: count(db, 'SELECT count(*) AS n FROM destruction_requests'),
    firstActivity: range.first,
    lastActivity: range.last,
  };
}
