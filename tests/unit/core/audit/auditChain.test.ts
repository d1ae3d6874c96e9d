import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { runMigrations } from '../../../../electron/core/migrations/index';
import { OPERATOR } from '../support/vaultTestKit';

// The chain logic is independent of encryption; an in-memory database keeps the property test
// fast. The encrypted path (raw UPDATE under the right key, then `verify`) is in the CLI tests.
function buildVaultWithEntries(count: number) {
  const db = new Database(':memory:');
  runMigrations(db, () => new Date('2026-03-02T09:00:00.000Z'));
  for (let i = 0; i < count; i += 1) {
    db.transaction(() =>
      appendAudit(
        db,
        OPERATOR,
        { action: 'family.update', entity: 'family', entityId: `f${i % 3}`, familyId: `f${i % 3}`, summary: `Notitie gewijzigd (${i} tekens)` },
        new Date(Date.UTC(2026, 2, 2, 9, 0, i)),
      ),
    )();
  }
  return db;
}

/** A fresh copy each time, from one built vault per size: hundreds of property runs need not migrate hundreds of times. */
const built = new Map<number, Buffer>();
function vaultWithEntries(count: number) {
  let image = built.get(count);
  if (image === undefined) {
    image = buildVaultWithEntries(count).serialize();
    built.set(count, image);
  }
  return new Database(image);
}

describe('the hash-chained audit trail', () => {
  it('verifies an untouched chain', () => {
    const db = vaultWithEntries(5);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 5, problems: [] });
  });

  it('refuses to write an entry outside the transaction of the change', () => {
    const db = vaultWithEntries(0);
    expect(() =>
      appendAudit(db, OPERATOR, { action: 'x', entity: 'x', entityId: null, familyId: null, summary: 'x' }, new Date()),
    ).toThrow(/transaction/);
  });

  it('reports an edited entry', () => {
    const db = vaultWithEntries(5);
    db.prepare("UPDATE audit_log SET summary = 'niets gebeurd' WHERE seq = 3").run();
    const result = verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/Regel 3 is gewijzigd/);
  });

  it('reports entries swapped in order (including their hashes)', () => {
    const db = vaultWithEntries(5);
    db.exec(`
      UPDATE audit_log SET seq = -2 WHERE seq = 2;
      UPDATE audit_log SET seq = 2 WHERE seq = 3;
      UPDATE audit_log SET seq = 3 WHERE seq = -2;
    `);
    const result = verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/sluit niet aan/);
  });

  it('reports a deleted entry in the middle', () => {
    const db = vaultWithEntries(5);
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    const result = verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/ontbreken/);
  });

  it('reports entries deleted at the end', () => {
    const db = vaultWithEntries(5);
    db.prepare('DELETE FROM audit_log WHERE seq >= 4').run();
    const result = verifyAuditChain(db);
    expect(result.ok).toBe(false);
    expect(result.problems.join(' ')).toMatch(/aan het eind verwijderd/);
  });

  it('detects any single change to any field of any entry, or of the stored head', () => {
    const columns = [
      'seq', 'at', 'operator_name', 'operator_organisation', 'operator_role', 'action',
      'entity', 'entity_id', 'family_id', 'summary', 'prev_hash', 'hash',
    ] as const;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            kind: fc.constant('field' as const),
            seq: fc.integer({ min: 1, max: 6 }),
            column: fc.constantFrom(...columns),
            value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer({ min: -5, max: 50 }), fc.constant(null)),
          }),
          fc.record({ kind: fc.constant('delete' as const), seq: fc.integer({ min: 1, max: 6 }) }),
          fc.record({ kind: fc.constant('head' as const), value: fc.oneof(fc.integer({ min: 0, max: 10 }).map(String), fc.stringMatching(/^[0-9a-f]{1,64}$/)) }),
        ),
        (mutation) => {
          const db = vaultWithEntries(6);
          try {
            let changed = 0;
            if (mutation.kind === 'field') {
              const before = db.prepare(`SELECT ${mutation.column} AS v FROM audit_log WHERE seq = ?`).get(mutation.seq) as { v: unknown };
              if (before.v === mutation.value || (typeof before.v === 'number' && String(before.v) === String(mutation.value))) return;
              try {
                changed = db.prepare(`UPDATE audit_log SET ${mutation.column} = ? WHERE seq = ?`).run(mutation.value, mutation.seq).changes;
              } catch {
                return; // a constraint (NOT NULL, type, unique seq) refused the change: nothing to detect
              }
              // Column affinity can turn the new value back into the stored one (the number 1 into the text '1'):
              // then nothing changed and there is nothing to detect.
              const after = db.prepare(`SELECT ${mutation.column} AS v FROM audit_log WHERE seq = ?`).get(mutation.seq) as { v: unknown } | undefined;
              if (after !== undefined && after.v === before.v) return;
            } else if (mutation.kind === 'delete') {
              changed = db.prepare('DELETE FROM audit_log WHERE seq = ?').run(mutation.seq).changes;
            } else {
              const key = /^\d+$/.test(mutation.value) ? 'audit_head_seq' : 'audit_head_hash';
              const current = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string };
              // '06' is the same head as '6': the chain reads the head as a number.
              const same = key === 'audit_head_seq' ? Number(current.value) === Number(mutation.value) : current.value === mutation.value;
              if (same) return;
              changed = db.prepare('UPDATE meta SET value = ? WHERE key = ?').run(mutation.value, key).changes;
            }
            expect(changed).toBe(1);
            expect(verifyAuditChain(db).ok).toBe(false);
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
