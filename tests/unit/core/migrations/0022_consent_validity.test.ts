import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { readRecords } from '../../../../electron/core/recordStore/recordTable';
import { conflictOfDutiesTable, consentTable, memberTable } from '../../../../electron/core/register/registerTables';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import { conflictOrganisationsOn } from '../../../../shared/exports/conflictOfDutiesValidity';
import { consentedOrganisations } from '../../../../shared/exports/consentCoverage';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const BEFORE = MIGRATIONS.filter((m) => m.version < 22);
const UP_TO_22 = MIGRATIONS.filter((m) => m.version <= 22);

/** A vault as it stood before bases could end: a mother's consent for the school and a decision for the wijkteam. */
function beforeConsentValidity() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Bos', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'OBS De Linde', 'school', 'signalerend', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o2', 'Wijkteam Oost', 'wijkteam', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  const member = db.prepare(
    "INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, parental_authority, created_at, updated_at, created_by, updated_by) VALUES (?, 'f1', ?, ?, 'Bos', ?, ?, ?, ?, 'x', 'x')",
  );
  member.run('c1', 'kind', 'Jesse', '2018-02-01', 0, t, t);
  member.run('p1', 'ouder', 'Marloes', '1987-03-03', 1, t, t);
  db.prepare("INSERT INTO consents (id, family_id, person_id, status, organisation_ids, purpose, date, recorded_by, created_at) VALUES ('k1', 'f1', 'p1', 'gegeven', '[\"o1\"]', 'ZAT', '2025-01-10', 'Noor Jansen', ?)").run(t);
  db.prepare(
    "INSERT INTO conflicts_of_duties (id, family_id, organisation_ids, decided_by, reasons, date, recorded_by, created_at) VALUES ('d1', 'f1', '[\"o2\"]', 'Fleur Smit, aandachtsfunctionaris', 'Het kind is niet veilig zonder het wijkteam; de ouders weigeren.', '2025-02-01', 'Noor Jansen', ?)",
  ).run(t);
  return db;
}

describe('migration 0022 (consent and conflict van plichten that end)', () => {
  it('keeps every existing consent and decision open-ended, so they still cover years later', () => {
    const db = beforeConsentValidity();
    runMigrations(db, now, UP_TO_22);
    expect(schemaVersion(db)).toBe(22);
    const consents = readRecords(db, consentTable, "family_id = 'f1'", [], 'date');
    const decisions = readRecords(db, conflictOfDutiesTable, "family_id = 'f1'", [], 'date');
    expect(consents.map((c) => c.validUntil)).toEqual([null]);
    expect(decisions.map((d) => [d.validUntil, d.endedOn, d.endedBy, d.endReason])).toEqual([[null, null, '', '']]);
    const members = readRecords(db, memberTable, "family_id = 'f1'", [], 'id');
    expect(consentedOrganisations(members, consents, [], parseCalendarDay('2028-06-01')!)).toEqual(['o1']);
    expect(conflictOrganisationsOn(decisions, '2028-06-01')).toEqual(['o2']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses an end before the start, an end on a refusal, and an ended decision without who and why', () => {
    const db = beforeConsentValidity();
    runMigrations(db, now, UP_TO_22);
    const t = now().toISOString();
    const consent = db.prepare("INSERT INTO consents (id, family_id, person_id, status, organisation_ids, purpose, date, valid_until, recorded_by, created_at) VALUES (?, 'f1', 'p1', ?, '[]', '', '2026-05-01', ?, 'x', ?)");
    expect(() => consent.run('k2', 'gegeven', '2026-04-30', t)).toThrow(/CHECK/);
    expect(() => consent.run('k3', 'geweigerd', '2026-06-01', t)).toThrow(/CHECK/);
    consent.run('k4', 'gegeven', '2026-05-01', t);
    expect(() => db.prepare("UPDATE conflicts_of_duties SET ended_on = '2025-01-31', ended_by = 'Fleur Smit', end_reason = 'Weer toestemming' WHERE id = 'd1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE conflicts_of_duties SET ended_on = '2025-03-01' WHERE id = 'd1'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE conflicts_of_duties SET ended_on = '2025-03-01', ended_by = 'Fleur Smit', end_reason = 'Weer toestemming' WHERE id = 'd1'").run();
    expect(() => db.prepare("UPDATE conflicts_of_duties SET valid_until = '2025-01-31' WHERE id = 'd1'").run()).toThrow(/CHECK/);
  });
});
