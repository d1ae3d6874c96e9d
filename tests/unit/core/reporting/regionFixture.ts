import Database from 'better-sqlite3-multiple-ciphers';
import { runMigrations } from '../../../../electron/core/migrations/index';
import { fuzzySortKey } from '../../../../shared/timeline/fuzzyDate';

/**
 * A small hand-built region whose report is known (period 2026-01-01 … 2026-06-30):
 * - a ZAT on 2 February 2026 at OBS De Klimop, chaired from Wijkteam Noord: families F1, F2, F3 (F3 anonymously);
 * - a 1-2-3-tje on 2 March 2026 without school or chair: F4 and F5 discussed, F6 postponed;
 * - F1: signal from the school 10 January, help 20 February (41 days), the school heard back on 5 February
 *   (an action due 9 February, so also an action done on time);
 * - F2: signal 1 December 2025, help 1 March (90 days), action due 1 March done 28 February, a required topic still open;
 * - F4: signal 1 February, help 1 April (59 days), action due 1 April still open, case closed 1 May;
 * - F5: CJG → Wijkteam Noord (5 January, accepted) and back (10 February): ping-pong;
 * - exports: three to the school's teacher in the period, one before it.
 */
export const NOW = new Date('2026-12-06T09:00:00.000Z');
export const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

export const NAMES = {
  families: ['Gezin Zonneveld', 'Gezin Dijkhuis', 'Gezin Oosterbeek', 'Gezin Kramer', 'Gezin Wolters', 'Gezin Haverkamp'],
  professionals: ['Marloes Tuinstra', 'Joris Bleeker'],
  notes: ['Moeder vertelde over de schulden en de ruzies thuis', 'Juf zag blauwe plekken op de arm'],
};

export function regionDb(threshold = 3): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  runMigrations(db, () => NOW);
  db.prepare('UPDATE settings SET report_min_count = ?').run(threshold);
  const t = '2026-01-01T08:00:00.000Z';
  const stamp = [t, t, 'x', 'x'];
  const org = (id: string, name: string, type: string) =>
    db.prepare("INSERT INTO organisations (id, name, type, function, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, 'beide', ?, ?, ?, ?)").run(id, name, type, ...stamp);
  org('school', 'OBS De Klimop', 'school');
  org('wijkteam', 'Wijkteam Noord', 'wijkteam');
  org('cjg', 'CJG Zuiderhaven', 'cjg');
  const prof = (id: string, organisationId: string, name: string) =>
    db.prepare('INSERT INTO professionals (id, organisation_id, name, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, organisationId, name, ...stamp);
  prof('juf', 'school', NAMES.professionals[0]!);
  prof('chair', 'wijkteam', NAMES.professionals[1]!);
  NAMES.families.forEach((name, i) =>
    db.prepare('INSERT INTO families (id, display_name, anonymous, note, created_at, updated_at, created_by, updated_by) VALUES (?, ?, 0, ?, ?, ?, ?, ?)').run(`F${i + 1}`, name, NAMES.notes[i % 2]!, ...stamp),
  );
  const meeting = (id: string, type: string, startsAt: string, schoolId: string | null, chairId: string | null) =>
    db
      .prepare('INSERT INTO meetings (id, type, title, starts_at, school_id, chair_id, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, type, `Overleg over ${NAMES.families[0]}`, startsAt, schoolId, chairId, ...stamp);
  meeting('zat', 'zat', '2026-02-02T09:00:00.000Z', 'school', 'chair');
  meeting('tje', 'een_twee_drie_tje', '2026-03-02T13:00:00.000Z', null, null);
  const agenda = (meetingId: string, familyId: string, anonymous: 0 | 1, position: number) =>
    db.prepare("INSERT INTO agenda_items (id, meeting_id, family_id, member_ids, anonymous, position) VALUES (?, ?, ?, '[]', ?, ?)").run(`${meetingId}-${familyId}`, meetingId, familyId, anonymous, position);
  agenda('zat', 'F1', 0, 1);
  agenda('zat', 'F2', 0, 2);
  agenda('zat', 'F3', 1, 3);
  agenda('tje', 'F4', 0, 1);
  agenda('tje', 'F5', 0, 2);
  agenda('tje', 'F6', 0, 3);
  db.prepare(
    "INSERT INTO meeting_cases (meeting_id, family_id, status, minutes, updated_at, updated_by) VALUES ('tje', 'F6', 'uitgesteld', ?, ?, 'x')",
  ).run(NAMES.notes[0], t);
  let n = 0;
  const event = (familyId: string, type: string, date: string, from: string, to: string | null = null, status: string | null = null) =>
    db
      .prepare(
        `INSERT INTO timeline_events (id, family_id, type, date, sort_key, organisation_id, to_organisation_id, referral_status, summary, legal_basis, recorded_by,
           created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'noodzakelijk_betrokkenen', 'x', ?, ?, ?, ?)`,
      )
      .run(`E${++n}`, familyId, type, date, fuzzySortKey(date), from, to, status, NAMES.notes[1], ...stamp);
  event('F1', 'signaal', '2026-01-10', 'school');
  event('F1', 'hulp_gestart', '2026-02-20', 'wijkteam');
  event('F2', 'signaal', '2025-12-01', 'cjg');
  event('F2', 'hulp_gestart', '2026-03-01', 'wijkteam');
  event('F4', 'signaal', '2026-02-01', 'cjg');
  event('F4', 'hulp_gestart', '2026-04-01', 'wijkteam');
  event('F5', 'verwijzing', '2026-01-05', 'cjg', 'wijkteam', 'geaccepteerd');
  event('F5', 'verwijzing', '2026-02-10', 'wijkteam', 'cjg', 'teruggelegd');
  const action = (id: string, familyId: string, kind: string, due: string | null, status: string, doneOn: string | null, createdAt: string, signaller: string | null) =>
    db
      .prepare(
        `INSERT INTO regie_actions (id, family_id, kind, description, owner_organisation_id, due_date, status, signaller_organisation_id, done_on,
           created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, 'wijkteam', ?, ?, ?, ?, ?, ?, 'x', 'x')`,
      )
      .run(id, familyId, kind, NAMES.notes[0], due, status, signaller, doneOn, createdAt, createdAt);
  action('A1', 'F1', 'terugkoppeling', '2026-02-09', 'gedaan', '2026-02-05', '2026-02-02T10:00:00.000Z', 'school');
  action('A2', 'F2', 'actie', '2026-03-01', 'gedaan', '2026-02-28', '2026-02-02T10:00:00.000Z', null);
  action('A3', 'F4', 'actie', '2026-04-01', 'open', null, '2026-03-02T14:00:00.000Z', null);
  db.prepare("INSERT INTO required_agenda_topics (id, family_id, topic, created_at, created_by) VALUES ('T1', 'F2', 'kindveiligheid', '2026-01-20T10:00:00.000Z', 'x')").run();
  db.prepare(
    "INSERT INTO case_closures (id, family_id, safety_judgement, status, closed_on, closed_by, created_at, updated_at, created_by, updated_by) VALUES ('C1', 'F4', ?, 'gesloten', '2026-05-01', 'x', ?, ?, 'x', 'x')",
  ).run(NAMES.notes[1], t, t);
  const exported = (id: string, at: string) =>
    db
      .prepare(
        "INSERT INTO export_log (id, at, operator, kind, file_name, recipient_professional_id, recipient_name, audit_seq) VALUES (?, ?, 'x', 'samenvatting', 'samenvatting.pdf', 'juf', ?, 1)",
      )
      .run(id, at, NAMES.professionals[0]);
  exported('X1', '2026-02-03T10:00:00.000Z');
  exported('X2', '2026-03-03T10:00:00.000Z');
  exported('X3', '2026-03-04T10:00:00.000Z');
  exported('X0', '2025-12-03T10:00:00.000Z');
  return db;
}
