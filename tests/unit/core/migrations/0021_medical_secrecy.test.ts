import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations, schemaVersion } from '../../../../electron/core/migrations/index';

const now = () => new Date('2026-12-07T09:00:00.000Z');
const before = MIGRATIONS.filter((m) => m.version < 21);
const upTo21 = MIGRATIONS.filter((m) => m.version <= 21);

const TYPES = [
  'school', 'kinderopvang', 'jgz', 'wijkteam', 'buurtteam', 'cjg', 'veilig_thuis', 'huisarts', 'ggz', 'politie', 'woningcorporatie', 'schuldhulp',
  'leerplicht', 'maatschappelijk_werk', 'jeugdhulp', 'gecertificeerde_instelling', 'raad_kinderbescherming', 'verslavingszorg', 'reclassering', 'overig',
];

/** A vault from before: one organisation of every type, a professional, and the Veenstra family's escalation steps. */
function beforeMedicalSecrecy() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, now, before);
  const t = now().toISOString();
  const org = db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, 'duidend', ?, ?, 'x', 'x')");
  for (const type of TYPES) org.run(`o-${type}`, `Organisatie ${type}`, type, t, t);
  db.prepare("INSERT INTO professionals (id, organisation_id, name, created_at, updated_at, created_by, updated_by) VALUES ('p1', 'o-wijkteam', 'Femke Smit', ?, ?, 'x', 'x')").run(t, t);
  db.prepare("INSERT INTO families VALUES ('f1', 'Gezin Veenstra', 0, '', ?, ?, 'x', 'x')").run(t, t);
  const step = db.prepare("INSERT INTO escalation_steps (id, family_id, step, date, trigger, decided_by, reasons, recorded_at, created_at) VALUES (?, 'f1', ?, '2026-11-02', 'zorgen blijven', 'ZAT', 'geen verbetering', ?, ?)");
  step.run('s1', 'veilig_thuis_advies', t, t);
  step.run('s2', 'drang', t, t);
  return db;
}

describe('migration 0021 (medical secrecy by profession, named or anonymous advice)', () => {
  it('marks the medical types ja, the types that never work under medical secrecy nee, and leaves the ambiguous ones onbekend', () => {
    const db = beforeMedicalSecrecy();
    const organisationsBefore = db.prepare('SELECT * FROM organisations ORDER BY id').all() as Record<string, unknown>[];
    runMigrations(db, now, upTo21);
    expect(schemaVersion(db)).toBe(21);
    const mark = (type: string) => (db.prepare('SELECT medical_secrecy FROM organisations WHERE id = ?').get(`o-${type}`) as { medical_secrecy: string }).medical_secrecy;
    for (const type of ['jgz', 'huisarts', 'ggz', 'verslavingszorg']) expect(mark(type), type).toBe('ja');
    for (const type of ['school', 'kinderopvang', 'politie', 'woningcorporatie', 'schuldhulp', 'leerplicht', 'veilig_thuis', 'raad_kinderbescherming', 'gecertificeerde_instelling', 'reclassering'])
      expect(mark(type), type).toBe('nee');
    for (const type of ['jeugdhulp', 'wijkteam', 'buurtteam', 'cjg', 'maatschappelijk_werk', 'overig']) expect(mark(type), type).toBe('onbekend');
    // Everything else about the organisations is as it was.
    const after = db.prepare('SELECT * FROM organisations ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map(({ medical_secrecy: _m, ...rest }) => rest)).toEqual(organisationsBefore);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('gives no professional a medical profession, and admits only the known professions', () => {
    const db = beforeMedicalSecrecy();
    runMigrations(db, now, upTo21);
    expect(db.prepare('SELECT medical_profession FROM professionals').all()).toEqual([{ medical_profession: null }]);
    db.prepare("UPDATE professionals SET medical_profession = 'psycholoog' WHERE id = 'p1'").run();
    expect(() => db.prepare("UPDATE professionals SET medical_profession = 'tovenaar' WHERE id = 'p1'").run()).toThrow(/CHECK constraint/);
  });

  it('keeps every existing escalation step as named advice, and admits anonymous only for advice from Veilig Thuis', () => {
    const db = beforeMedicalSecrecy();
    runMigrations(db, now, upTo21);
    expect(db.prepare('SELECT id, anonymous FROM escalation_steps ORDER BY id').all()).toEqual([
      { id: 's1', anonymous: 0 },
      { id: 's2', anonymous: 0 },
    ]);
    db.prepare("UPDATE escalation_steps SET anonymous = 1 WHERE id = 's1'").run();
    expect(() => db.prepare("UPDATE escalation_steps SET anonymous = 1 WHERE id = 's2'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE escalation_steps SET anonymous = 2 WHERE id = 's1'").run()).toThrow(/CHECK constraint/);
  });

  it('admits an organisation of the new types with its mark', () => {
    const db = beforeMedicalSecrecy();
    runMigrations(db, now, upTo21);
    const t = now().toISOString();
    db.prepare(
      "INSERT INTO organisations (id, name, type, function, medical_secrecy, created_at, updated_at, created_by, updated_by) VALUES ('z1', 'Treant Zorggroep', 'ziekenhuis', 'duidend', 'ja', ?, ?, 'x', 'x')",
    ).run(t, t);
    expect(() =>
      db.prepare("INSERT INTO organisations (id, name, type, function, medical_secrecy, created_at, updated_at, created_by, updated_by) VALUES ('z2', 'X', 'overig', 'duidend', 'misschien', ?, ?, 'x', 'x')").run(t, t),
    ).toThrow(/CHECK constraint/);
  });
});
