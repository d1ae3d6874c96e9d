import type { Migration } from './migration';

/**
 * Version 14: what the bench at ten times the region found.
 * - indexes on the columns that point at a family member (involvements, consents, required agenda
 *   topics), at an earlier assessment and at an action. Deleting a row that such a column points
 *   at makes SQLite look for the rows that point at it (to cascade or to clear the link); without
 *   an index that is a scan of the whole table for every deleted member, so destroying one family
 *   took time in proportion to every family in the vault.
 * - the covering index over the timeline columns the signal rules read starts with the family
 *   instead of the type, and holds the referral's status date and the stagnation reason too: a
 *   report or the follow-up dashboard then reads every family's events together, in the order it
 *   reads the families, holding one family's timeline in memory at a time, and never a page of the
 *   events themselves.
 * - the same index over only the kinds a report's rules start from (signals, Veilig Thuis, referrals,
 *   help started, regie changes: half of the events), so a year's report reads half the entries.
 * - a partial index over the signals alone (a sixth of the events), for the signals awaiting
 *   terugkoppeling that the start screen's digest and the follow-up dashboard list for every family.
 * - the search index keeps prefix indexes for the first one and two letters, so the first
 *   keystrokes of a search read one short list instead of merging every word that starts so.
 *   The index is rebuilt with the same rows under the same rowids (each family's own, see 0013).
 */
export const migration0014: Migration = {
  version: 14,
  name: 'region_scale',
  up(db) {
    db.exec(`
      CREATE INDEX involvements_member ON involvements (member_id);
      CREATE INDEX consents_person ON consents (person_id);
      CREATE INDEX required_agenda_topics_child ON required_agenda_topics (child_id);
      CREATE INDEX assessments_previous ON assessments (previous_id);
      CREATE INDEX handover_families_action ON handover_families (action_id);

      DROP INDEX timeline_events_report;
      CREATE INDEX timeline_events_report ON timeline_events
        (family_id, type, sort_key, id, date, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason);

      CREATE INDEX timeline_events_rules ON timeline_events
        (family_id, type, sort_key, id, date, organisation_id, to_organisation_id, referral_status, status_date, stagnation_reason)
        WHERE type IN ('signaal', 'melding', 'advies_gevraagd', 'verwijzing', 'hulp_gestart', 'regiewissel');
      CREATE INDEX timeline_events_signals ON timeline_events (family_id, sort_key, id, organisation_id, date) WHERE type = 'signaal';

      CREATE VIRTUAL TABLE family_search_next USING fts5 (
        family_id UNINDEXED,
        names,
        schools,
        organisations,
        professionals,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2'
      );
      INSERT INTO family_search_next (rowid, family_id, names, schools, organisations, professionals)
        SELECT rowid, family_id, names, schools, organisations, professionals FROM family_search;
      DROP TABLE family_search;
      ALTER TABLE family_search_next RENAME TO family_search;
    `);
  },
};
