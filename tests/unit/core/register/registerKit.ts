import Database from 'better-sqlite3-multiple-ciphers';
import { runMigrations } from '../../../../electron/core/migrations/index';
import { createFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { UndoLog } from '../../../../electron/core/recordStore/undoLog';
import type { WriteContext } from '../../../../electron/core/recordStore/writeContext';
import { reindexFamily } from '../../../../electron/core/recordStore/searchIndex';

/**
 * The register's rules do not depend on encryption, so these tests run on an in-memory database
 * with the real migrations (the vault tests cover the encrypted file itself).
 */
export function registerKit() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys=ON');
  let clock = Date.parse('2026-11-28T09:00:00.000Z');
  runMigrations(db, () => new Date(clock));
  const operator = { name: 'Sanne de Wit', organisation: 'CBS De Wegwijzer', role: 'intern begeleider' };
  const undo = new UndoLog<WriteContext>();
  const ctx = (): WriteContext => {
    clock += 1000;
    return { db, operator, at: new Date(clock), undo };
  };
  const family = (displayName: string) => {
    const f = createFamily(writeOutsideHistory(db, operator, new Date(clock)), { displayName, anonymous: false });
    reindexFamily(db, f.id);
    return f.id;
  };
  const auditSummaries = () => (db.prepare('SELECT summary FROM audit_log ORDER BY seq').all() as { summary: string }[]).map((r) => r.summary);
  return { db, ctx, undo, family, operator, auditSummaries };
}
