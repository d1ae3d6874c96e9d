import { describe, expect, expectTypeOf, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/auditChain';
import type { VaultSession } from '../../../electron/core/session/VaultSession';
import type { ReadableDb, ReadStatement, WritableDb } from '../../../electron/core/vault/connection';
import { OPERATOR } from '../core/support/vaultTestKit';

// The proof is the type check (`npm test` runs tsc over tests/): each `@ts-expect-error` below
// must meet an error, or tsc fails on the unused directive.
function aReadTriesToWrite(session: VaultSession): void {
  session.withRead((db) => {
    // @ts-expect-error a read connection cannot run a statement
    db.prepare("UPDATE families SET note = 'x'").run();
    // @ts-expect-error nor execute SQL
    db.exec('DELETE FROM audit_log');
    // @ts-expect-error nor open a transaction
    db.transaction(() => undefined);
    // @ts-expect-error nor set a pragma
    db.pragma('journal_mode = DELETE');
    // @ts-expect-error and a write function (here the audit trail itself) does not accept it
    appendAudit(db, OPERATOR, { action: 'x', entity: 'x', entityId: null, familyId: null, summary: 'x' }, new Date());
  });
}

describe('reads cannot write', () => {
  it('the read connection has only prepare, and its statements only read', () => {
    expectTypeOf<ReadableDb>().not.toHaveProperty('exec');
    expectTypeOf<ReadableDb>().not.toHaveProperty('transaction');
    expectTypeOf<ReadableDb>().not.toHaveProperty('pragma');
    expectTypeOf<ReadStatement>().not.toHaveProperty('run');
    expectTypeOf<Parameters<VaultSession['withRead']>[0]>().parameter(0).toEqualTypeOf<ReadableDb>();
  });

  it('a write connection serves every read function as well', () => {
    expectTypeOf<WritableDb>().toMatchTypeOf<ReadableDb>();
    expectTypeOf<Parameters<VaultSession['withWrite']>[0]>().parameter(0).toEqualTypeOf<WritableDb>();
    expect(typeof aReadTriesToWrite).toBe('function');
  });
});
