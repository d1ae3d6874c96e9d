import type { Migration } from './migration';

/**
 * Version 24: an organisation's street and number and its postcode in the sociale kaart, so a letter
 * (the terugkoppelingsbrief) gives the sender's full address. Empty for every existing organisation:
 * a letter then gives the place only, as before.
 */
export const migration0024: Migration = {
  version: 24,
  name: 'organisation_address',
  up(db) {
    db.exec(`
      ALTER TABLE organisations ADD COLUMN street TEXT NOT NULL DEFAULT '';
      ALTER TABLE organisations ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
    `);
  },
};
