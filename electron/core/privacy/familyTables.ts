import { DERIVED_TABLES } from '../recordStore/derivedTables';
import type { ReadableDb } from '../vault/connection';

/**
 * Tables that outlive a destroyed family on purpose: the hash-chained audit log (content-free by
 * design, and a gap would be tampering) and the destruction records themselves.
 */
export const KEPT_TABLES: ReadonlySet<string> = new Set(['audit_log', 'destruction_requests', 'destructions']);

/**
 * Every ordinary table with a `family_id` column, found in the schema itself rather than listed by
 * hand: a table a later version adds is destroyed (and exported for inzage) without anyone having
 * to remember this file. The FTS5 index and its shadow tables are handled separately.
 */
export function familyTables(db: ReadableDb): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map((t) => t.name)
    .filter((name) => !name.startsWith('family_search') && !KEPT_TABLES.has(name) && !DERIVED_TABLES.includes(name))
    .filter((name) => db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name = 'family_id'").get(name) !== undefined);
}

/** Dutch nouns (one, more) for the counts in a destruction record; a table without one is named as it is. */
export const TABLE_NOUNS: Record<string, readonly [string, string]> = {
  family_members: ['gezinslid', 'gezinsleden'],
  involvements: ['betrokkenheid', 'betrokkenheden'],
  involvement_kindchecks: ['Kindcheck door een andere organisatie', 'Kindchecks door andere organisaties'],
  consents: ['toestemming', 'toestemmingen'],
  timeline_events: ['tijdlijngebeurtenis', 'tijdlijngebeurtenissen'],
  stagnation_handlings: ['afgehandelde stagnatie', 'afgehandelde stagnaties'],
  assessments: ['risicotaxatie', 'risicotaxaties'],
  required_agenda_topics: ['verplicht agendapunt', 'verplichte agendapunten'],
  regie_decisions: ['regiebesluit', 'regiebesluiten'],
  regie_actions: ['actie', 'acties'],
  escalation_steps: ['opschalingsstap', 'opschalingsstappen'],
  case_closures: ['afsluiting', 'afsluitingen'],
  family_plans: ['gezinsplan', 'gezinsplannen'],
  family_network_members: ['netwerklid', 'netwerkleden'],
  family_plan_versions: ['versie van het gezinsplan', 'versies van het gezinsplan'],
  meldcode_steps: ['Meldcodestap', 'Meldcodestappen'],
  agenda_items: ['agendapunt', 'agendapunten'],
  meeting_cases: ['bespreking in overleg', 'besprekingen in overleg'],
  secrecy_releases: ['vrijgave beroepsgeheim', 'vrijgaven beroepsgeheim'],
  export_log_families: ['verwijzing in het exportlogboek', 'verwijzingen in het exportlogboek'],
  family_retention: ['bewaarklasse', 'bewaarklassen'],
  handover_families: ['overdracht', 'overdrachten'],
  handover_provenance: ['herkomst van een ontvangen onderdeel', 'herkomsten van ontvangen onderdelen'],
};

export function countedNoun(table: string, n: number): string {
  const nouns = TABLE_NOUNS[table];
  return `${n} ${nouns === undefined ? table : nouns[n === 1 ? 0 : 1]}`;
}
