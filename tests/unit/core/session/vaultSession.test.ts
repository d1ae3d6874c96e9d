import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/core/ipc/dispatch';
import { readRecentVaults } from '../../../../electron/core/session/recentVaults';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { GOOD_PASSPHRASE, OPERATOR, testCore } from '../support/vaultTestKit';

async function unlockedCore() {
  const core = testCore();
  const file = path.join(core.dir, 'sessie.casustafel');
  core.session.create(file, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
  core.session.setOperator(OPERATOR);
  return { ...core, file };
}

describe('VaultSession states', () => {
  it('goes locked → needs_operator → unlocked → locked, and tells the host why it locked', async () => {
    const core = testCore();
    expect(core.session.status().state).toBe('locked');
    const file = path.join(core.dir, 's.casustafel');
    expect(core.session.create(file, GOOD_PASSPHRASE, GOOD_PASSPHRASE).state).toBe('needs_operator');
    expect(core.session.setOperator(OPERATOR).state).toBe('unlocked');
    core.session.lock('screen_lock');
    expect(core.session.status()).toMatchObject({ state: 'locked', path: null, operator: null });
    expect(core.host.locked).toEqual(['screen_lock']);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    // Unlocking again asks for the operator again.
    expect(core.session.unlock(file, GOOD_PASSPHRASE).state).toBe('needs_operator');
  });

  it('attributes every write to the operator: created_by/updated_by and the audit entry', async () => {
    const { handlers, session, file } = await unlockedCore();
    const created = await dispatch(handlers, 'families:create', { displayName: 'Familie Bos', anonymous: false });
    if (!created.ok) throw new Error('create failed');
    const id = (created.value as { id: string }).id;
    await dispatch(handlers, 'families:updateNote', { id, note: 'Afspraak met school.' });
    session.lock('user');
    const db = openKeyed(file, GOOD_PASSPHRASE, { readonly: true });
    const row = db.prepare('SELECT created_by, updated_by FROM families WHERE id = ?').get(id);
    expect(row).toEqual({
      created_by: 'Fenna Testers — CJG Proefdorp (voorzitter)',
      updated_by: 'Fenna Testers — CJG Proefdorp (voorzitter)',
    });
    const actions = db.prepare('SELECT action, operator_name, operator_role FROM audit_log ORDER BY seq').all();
    expect(actions).toEqual([
      { action: 'session.operator', operator_name: 'Fenna Testers', operator_role: 'voorzitter' },
      { action: 'family.create', operator_name: 'Fenna Testers', operator_role: 'voorzitter' },
      { action: 'family.update', operator_name: 'Fenna Testers', operator_role: 'voorzitter' },
    ]);
    db.close();
  });
});

describe('auto-lock after idle time', () => {
  it('locks after the configured minutes without activity, with reason idle', async () => {
    const { session, clock, host } = await unlockedCore();
    clock.advance(9 * 60_000);
    expect(session.status().state).toBe('unlocked');
    clock.advance(60_000);
    expect(session.status().state).toBe('locked');
    expect(host.locked).toEqual(['idle']);
  });

  it('every call except vault:status and app:info counts as activity; vault:activity reports when it will lock', async () => {
    const { handlers, session, clock } = await unlockedCore();
    clock.advance(8 * 60_000);
    await dispatch(handlers, 'vault:status', undefined);
    await dispatch(handlers, 'app:info', undefined);
    const before = session.lockAt()!.toISOString();
    await dispatch(handlers, 'families:list', { query: '' });
    const activity = await dispatch(handlers, 'vault:activity', undefined);
    expect(activity).toEqual({ ok: true, value: { lockAt: new Date(clock.now().getTime() + 10 * 60_000).toISOString() } });
    expect(before < (activity as { value: { lockAt: string } }).value.lockAt).toBe(true);
    clock.advance(9 * 60_000);
    expect(session.status().state).toBe('unlocked');
    clock.advance(61_000);
    expect(session.status().state).toBe('locked');
    expect(await dispatch(handlers, 'vault:activity', undefined)).toEqual({ ok: true, value: { lockAt: null } });
  });

  it('uses the auto-lock minutes from settings:update, stored in the vault', async () => {
    const { handlers, session, clock, file } = await unlockedCore();
    const updated = await dispatch(handlers, 'settings:update', { autoLockMinutes: 2 });
    expect(updated).toEqual({ ok: true, value: { autoLockMinutes: 2, backupKeep: 10, notDiscussedWeeks: 6, reportMinimumCount: 5, contactWeeks: 6, raisedConcernWeeks: 12 } });
    expect(session.status().autoLockMinutes).toBe(2);
    clock.advance(2 * 60_000);
    expect(session.status().state).toBe('locked');
    session.unlock(file, GOOD_PASSPHRASE);
    expect(session.status().autoLockMinutes).toBe(2);
  });
});

describe('backups from the session', () => {
  it('makes a verified, encrypted backup on lock and on demand, rotating to the configured number', async () => {
    const { handlers, session, file, userDataDir } = await unlockedCore();
    await dispatch(handlers, 'settings:update', { backupKeep: 2 });
    const first = await dispatch(handlers, 'vault:backup', undefined);
    expect(first).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/\.casustafel$/) } });
    const backupPath = (first as { value: { path: string } }).value.path;
    expect(backupPath.startsWith(path.join(userDataDir, 'backups'))).toBe(true);
    expect(fs.readFileSync(backupPath).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    session.lock('user');
    session.unlock(file, GOOD_PASSPHRASE);
    session.setOperator(OPERATOR);
    await dispatch(handlers, 'vault:backup', undefined);
    const listed = await dispatch(handlers, 'vault:listBackups', undefined);
    if (!listed.ok) throw new Error('list failed');
    const backups = listed.value as { path: string; createdAt: string }[];
    expect(backups).toHaveLength(2);
    expect(backups[0]!.createdAt >= backups[1]!.createdAt).toBe(true);
    // A backup opens with the same passphrase and holds the vault's data.
    const db = openKeyed(backups[0]!.path, GOOD_PASSPHRASE, { readonly: true });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'app'").get()).toEqual({ value: 'casustafel' });
    db.close();
  });
});

describe('recent vaults', () => {
  it('remembers paths and times only, newest first', async () => {
    const { session, dir, userDataDir, clock } = testCore();
    const a = path.join(dir, 'a.casustafel');
    const b = path.join(dir, 'b.casustafel');
    session.create(a, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
    clock.advance(1000);
    session.create(b, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
    session.lock('user');
    const recent = readRecentVaults(userDataDir);
    expect(recent.map((r) => r.fileName)).toEqual(['b.casustafel', 'a.casustafel']);
    expect(recent.every((r) => r.exists)).toBe(true);
    const stored = JSON.parse(fs.readFileSync(path.join(userDataDir, 'recent.json'), 'utf8')) as object[];
    expect(stored.every((r) => Object.keys(r).sort().join() === 'lastOpenedAt,path')).toBe(true);
    fs.rmSync(a);
    expect(readRecentVaults(userDataDir).find((r) => r.fileName === 'a.casustafel')?.exists).toBe(false);
  });

  it('ignores a recent list that does not match the expected shape', () => {
    const { userDataDir } = testCore();
    fs.writeFileSync(path.join(userDataDir, 'recent.json'), JSON.stringify([{ path: 42 }]));
    expect(readRecentVaults(userDataDir)).toEqual([]);
    fs.writeFileSync(path.join(userDataDir, 'recent.json'), '{niet json');
    expect(readRecentVaults(userDataDir)).toEqual([]);
  });
});

describe('changing the passphrase from the session', () => {
  it('needs the current passphrase, then only the new one opens the vault', async () => {
    const { session, file, handlers } = await unlockedCore();
    const NEW = 'zeilboot kaasschaaf vuurtoren hagelslag';
    const wrong = await dispatch(handlers, 'vault:changePassphrase', { current: 'fout fout fout fout', next: NEW, nextRepeat: NEW });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_passphrase_or_damaged' } });
    const changed = await dispatch(handlers, 'vault:changePassphrase', { current: GOOD_PASSPHRASE, next: NEW, nextRepeat: NEW });
    expect(changed).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    // Still usable after the change, and the change is in the audit trail.
    expect(await dispatch(handlers, 'vault:verifyAudit', undefined)).toMatchObject({ ok: true, value: { ok: true } });
    session.lock('user');
    expect(() => openKeyed(file, GOOD_PASSPHRASE, { readonly: true })).toThrow(/not a database/);
    const db = openKeyed(file, NEW, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'vault.passphrase'").get()).toEqual({ n: 1 });
    db.close();
    expect(new Database(file, { readonly: true }).close()).toBeTruthy();
  });
});

describe('a passphrase change interrupted after the file was replaced', () => {
  it('keeps the session on the new passphrase, so the backup on lock still verifies', async () => {
    const failures: unknown[] = [];
    const core = testCore({
      onRekeyStep: (step) => {
        if (step === 'dir_synced') throw new Error('onderbroken');
      },
      onBackupError: (error) => failures.push(error),
    });
    const file = path.join(core.dir, 'wissel.casustafel');
    core.session.create(file, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
    core.session.setOperator(OPERATOR);
    const NEW = 'zeilboot kaasschaaf vuurtoren hagelslag';
    expect(() => core.session.changePassphrase(GOOD_PASSPHRASE, NEW, NEW)).toThrow();
    core.session.lock('user');
    core.session.finishOwedBackups();
    expect(failures).toEqual([]);
    const backups = fs.readdirSync(path.join(core.userDataDir, 'backups'));
    expect(backups).toHaveLength(1);
    openKeyed(file, NEW, { readonly: true }).close();
  });
});
