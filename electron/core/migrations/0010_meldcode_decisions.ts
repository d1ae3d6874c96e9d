import { INSTRUMENT_V2 } from '../../../shared/instrument/defaultInstrument';
import type { Migration } from './migration';

/** The id of "Casustafel basis" version 2 in every vault. */
export const INSTRUMENT_V2_ID = '7c0a1d2e-4b5f-4c3a-9e1d-000000000002';

/**
 * Version 10: the second decision of the Meldcode, the Kindcheck with detention, and Verwijsindex
 * informing that the law allows to postpone.
 * - afweging_entries gains the term agreed on question 4 and the casemanager who watches the help;
 *   earlier entries have neither (null / empty), which the trail shows as still to be agreed;
 * - "Casustafel basis" version 2 becomes the built-in default for new assessments. Version 1 stays,
 *   unchanged, for every assessment filled in with it, so those keep computing what they computed;
 * - regie_actions gains the day until which informing parents/youngster about a Verwijsindex
 *   registration is postponed, and why. Existing actions are not postponed.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'meldcode_decisions',
  up(db, { now }) {
    db.exec(`
      ALTER TABLE afweging_entries ADD COLUMN term TEXT;
      ALTER TABLE afweging_entries ADD COLUMN casemanager TEXT NOT NULL DEFAULT '';
      ALTER TABLE regie_actions ADD COLUMN informing_postponed_until TEXT;
      ALTER TABLE regie_actions ADD COLUMN informing_postponed_reason TEXT NOT NULL DEFAULT '';
    `);
    db.prepare(
      `INSERT INTO instruments (id, key, version, name, definition, built_in, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, 1, ?, 'Casustafel')`,
    ).run(INSTRUMENT_V2_ID, INSTRUMENT_V2.key, INSTRUMENT_V2.version, INSTRUMENT_V2.name, JSON.stringify(INSTRUMENT_V2), now);
  },
};
