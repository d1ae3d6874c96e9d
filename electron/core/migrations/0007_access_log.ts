import type { Migration } from './migration';

/**
 * Version 7: the access log.
 * - `audit_log.on_behalf_of`: on whose behalf the operator acted ("Namens"), '' for themselves and
 *   for every entry written before this version. The hash covers it only when non-empty (see
 *   `canonicalEntry`), so existing chains verify unchanged.
 * - Indexes for the filtered log: by action (views, prints, exports are single action words) and by
 *   time. The family filter already has `audit_log_family (family_id, seq)` from version 1.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'access_log',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN on_behalf_of TEXT NOT NULL DEFAULT '' CHECK (length(on_behalf_of) <= 200);
      CREATE INDEX audit_log_action ON audit_log (action, seq);
      CREATE INDEX audit_log_at ON audit_log (at);
    `);
  },
};
