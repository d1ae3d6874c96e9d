import type { Migration } from './migration';

/**
 * Version 15: closing only when every child is shown safe, and families that stay behind.
 * - settings gains how recent each child's contact must be before a case can close (weeks, default
 *   6), and after how many weeks without a meeting a family at *verhoogd* shows in the digest (default
 *   12: longer than for hoog and acuut, which keep `not_discussed_weeks`);
 * - an open action can be carried over past closing with a reason (and with whom). Existing actions
 *   are not carried over, so an open one keeps holding the gate as the new rule requires.
 * The structured contact per child (who saw the child, what was seen, what keeps it safe) lives in
 * the closure's JSON list; earlier entries read those fields as empty, which the gate names.
 */
export const migration0015: Migration = {
  version: 15,
  name: 'whole_family',
  up(db) {
    db.exec(`
      ALTER TABLE settings ADD COLUMN contact_weeks INTEGER NOT NULL DEFAULT 6 CHECK (contact_weeks BETWEEN 1 AND 52);
      ALTER TABLE settings ADD COLUMN raised_concern_weeks INTEGER NOT NULL DEFAULT 12 CHECK (raised_concern_weeks BETWEEN 1 AND 104);
      ALTER TABLE regie_actions ADD COLUMN carry_over_reason TEXT NOT NULL DEFAULT '';
    `);
  },
};
