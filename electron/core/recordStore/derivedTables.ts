/**
 * Tables computed from the vault's own rows (the follow-up index): never a source of truth, never
 * exported for inzage, never undone. A destroyed family's rows go with it (they hold its name as the
 * lists sort it); a change mark holds only an id and is cleared when the index is next brought up
 * to date.
 */
export const DERIVED_TABLES: readonly string[] = ['follow_up_dirty', 'follow_up_families', 'follow_up_facts'];
