import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1_ID } from '../../../../electron/core/migrations/0003_assessment';
import { INSTRUMENT_V2_ID, migration0010 } from '../../../../electron/core/migrations/0010_meldcode_decisions';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../../shared/instrument/defaultInstrument';
import { Instrument } from '../../../../shared/instrument/instrumentSchema';

const now = () => new Date('2026-12-06T09:00:00.000Z');
const BEFORE = MIGRATIONS.filter((m) => m.version < 10);

function atVersion9() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, BEFORE);
  const t = now().toISOString();
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Hoekstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    "INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date, created_at, updated_at, created_by, updated_by) VALUES ('c1', 'f1', 'kind', 'Jesse', 'Hoekstra', '2013-04-01', ?, ?, 'x', 'x')",
  ).run(t, t);
  db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES ('o1', 'Wijkteam Noord', 'wijkteam', 'duidend', ?, ?, 'x', 'x')").run(t, t);
  db.prepare(
    `INSERT INTO assessments (id, family_id, child_id, instrument_id, assessed_on, kindcheck, created_at, updated_at, created_by, updated_by)
     VALUES ('a1', 'f1', 'c1', ?, '2026-11-02', '{}', ?, ?, 'x', 'x')`,
  ).run(INSTRUMENT_V1_ID, t, t);
  db.prepare(
    `INSERT INTO afweging_entries (id, assessment_id, professional_name, professional_discipline, question, answer, reasoning, date, monitoring, recorded_by, created_at)
     VALUES ('e1', 'a1', 'Jolien de Boer', 'JGZ', 4, 'ja', 'Moeder wil meewerken', '2026-11-02', '', 'x', ?)`,
  ).run(t);
  db.prepare(
    `INSERT INTO regie_actions (id, family_id, kind, description, owner_organisation_id, due_date, status, informed, created_at, updated_at, created_by, updated_by)
     VALUES ('r1', 'f1', 'verwijsindex', 'Registreren in de Verwijsindex', 'o1', '2026-11-20', 'gedaan', 1, ?, ?, 'x', 'x')`,
  ).run(t, t);
  return db;
}

describe('migration 0010 (Meldcode decisions, Kindcheck version 2, Verwijsindex postponement)', () => {
  it('upgrades a vault at version 9 and keeps what was recorded meaning what it meant', () => {
    const db = atVersion9();
    runMigrations(db, now, [...BEFORE, migration0010]);
    expect(schemaVersion(db)).toBe(10);
    // An earlier "ja" on question 4 had no term or casemanager: the trail shows them as still to agree.
    expect(db.prepare("SELECT answer, term, casemanager FROM afweging_entries WHERE id = 'e1'").get()).toEqual({ answer: 'ja', term: null, casemanager: '' });
    // A registration done after informing stays done, and was not postponed.
    expect(db.prepare("SELECT status, informed, informing_postponed_until, informing_postponed_reason FROM regie_actions WHERE id = 'r1'").get()).toEqual({
      status: 'gedaan',
      informed: 1,
      informing_postponed_until: null,
      informing_postponed_reason: '',
    });
    // The assessment keeps its instrument version 1, exactly as released.
    expect(db.prepare("SELECT instrument_id FROM assessments WHERE id = 'a1'").get()).toEqual({ instrument_id: INSTRUMENT_V1_ID });
    const v1 = db.prepare('SELECT definition FROM instruments WHERE id = ?').get(INSTRUMENT_V1_ID) as { definition: string };
    expect(Instrument.parse(JSON.parse(v1.definition))).toEqual(INSTRUMENT_V1);
  });

  it('adds "Casustafel basis" version 2 as the newest built-in instrument', () => {
    const db = atVersion9();
    runMigrations(db, now, [...BEFORE, migration0010]);
    const rows = db.prepare("SELECT id, version, built_in, definition FROM instruments WHERE key = 'casustafel-basis' ORDER BY version").all() as {
      id: string;
      version: number;
      built_in: number;
      definition: string;
    }[];
    expect(rows.map((r) => [r.id, r.version, r.built_in])).toEqual([
      [INSTRUMENT_V1_ID, 1, 1],
      [INSTRUMENT_V2_ID, 2, 1],
    ]);
    expect(Instrument.parse(JSON.parse(rows[1]!.definition))).toEqual(INSTRUMENT_V2);
    expect(() => db.prepare('UPDATE instruments SET name = ? WHERE id = ?').run('anders', INSTRUMENT_V2_ID)).toThrow(/verandert nooit/);
  });
});
