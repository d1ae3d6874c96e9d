import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../../../electron/core/migrations/index';
import { EXPORT_KINDS } from '../../../../shared/contract/exportLogChannels';

// Several migrations rebuild export_log to widen its CHECK; each must keep the kinds the ones
// before it admitted, or an export of an older kind fails to log (and so fails to leave).
describe('the export log of the latest schema', () => {
  it('admits every kind of export the app writes, and nothing else', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys=ON');
    runMigrations(db, () => new Date('2026-12-06T09:00:00.000Z'));
    const insert = db.prepare("INSERT INTO export_log (id, at, operator, kind, file_name, audit_seq) VALUES (?, 'x', 'x', ?, 'f', 1)");
    for (const kind of EXPORT_KINDS) expect(() => insert.run(`e-${kind}`, kind), kind).not.toThrow();
    expect(() => insert.run('e-onbekend', 'onbekend')).toThrow(/CHECK/);
  });
});
