import type { Migration } from './migration';

/**
 * Version 22: bases for sharing end.
 * - consents.valid_until: the last day a given consent counts ("geldig tot en met"). Empty for every
 *   existing consent, which keeps meaning what it meant: valid until withdrawn.
 * - conflicts_of_duties.valid_until: the same for a conflict van plichten decision; and ended_on,
 *   ended_by, end_reason: a decision is ended, never deleted, so what was shared on it stays
 *   explainable. Existing decisions stay open-ended. An end needs who and why, and cannot precede
 *   the decision.
 */
export const migration0022: Migration = {
  version: 22,
  name: 'consent_validity',
  up(db) {
    db.exec(`
      ALTER TABLE consents ADD COLUMN valid_until TEXT CHECK (valid_until IS NULL OR (status = 'gegeven' AND valid_until >= date));
      ALTER TABLE conflicts_of_duties ADD COLUMN valid_until TEXT CHECK (valid_until IS NULL OR valid_until >= date);
      ALTER TABLE conflicts_of_duties ADD COLUMN ended_on TEXT CHECK (ended_on IS NULL OR ended_on >= date);
      ALTER TABLE conflicts_of_duties ADD COLUMN ended_by TEXT NOT NULL DEFAULT '' CHECK ((ended_on IS NULL) = (ended_by = ''));
      ALTER TABLE conflicts_of_duties ADD COLUMN end_reason TEXT NOT NULL DEFAULT '' CHECK ((ended_on IS NULL) = (end_reason = ''));
    `);
  },
};
