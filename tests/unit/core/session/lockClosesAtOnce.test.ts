import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirFor, listBackups } from '../../../../electron/core/vault/backups';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { verifyCopy } from '../../../../electron/core/vault/vaultFile';
import { createHandlers } from '../../../../electron/core/ipc/createHandlers';
import { GOOD_PASSPHRASE, OPERATOR, OTHER_PASSPHRASE, testCore, testHost } from '../support/vaultTestKit';

const unix = process.platform !== 'win32';

let previousUmask = 0;
beforeEach(() => {
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
});

/** A session whose deferred backups wait until the test runs them. */
function sessionWithHeldBackups() {
  const deferred: (() => void)[] = [];
  const failures: unknown[] = [];
  const core = testCore({ onBackupError: (error) => failures.push(error), deferBackup: (task) => void deferred.push(task) });
  const file = path.join(core.dir, 'slot.casustafel');
  core.session.create(file, GOOD_PASSPHRASE, GOOD_PASSPHRASE);
  core.session.setOperator(OPERATOR);
  const backupDir = backupDirFor(core.userDataDir, file);
  return { ...core, file, deferred, failures, backupDir, backups: () => listBackups(backupDir) };
}

describe('locking closes the vault at once; the backup follows from the closed file', () => {
  it('the file is closed and the host told before any backup is made', () => {
    const { session, host, file, deferred, backups } = sessionWithHeldBackups();
    session.lock('user');
    expect(session.status().state).toBe('locked');
    expect(host.locked).toEqual(['user']);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(backups()).toEqual([]);
    expect(deferred).toHaveLength(1);

    deferred[0]!();
    const [backup] = backups();
    expect(backup).toBeDefined();
    verifyCopy(backup!.path, GOOD_PASSPHRASE);
    if (unix) expect(fs.statSync(backup!.path).mode & 0o777).toBe(0o600);
    // Nothing else beside it: no partial copy, no -wal/-shm of the verification, no marker.
    expect(fs.readdirSync(path.dirname(backup!.path))).toEqual([backup!.fileName]);
    // The vault itself was not touched by the backup and is free to open again.
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('unlocking before the deferred backup ran makes it first, from the file as it was locked', () => {
    const { session, file, deferred, backups, failures } = sessionWithHeldBackups();
    session.lock('idle');
    session.unlock(file, GOOD_PASSPHRASE);
    expect(backups()).toHaveLength(1);
    // The deferred task finds nothing left to do.
    deferred[0]!();
    expect(backups()).toHaveLength(1);
    expect(failures).toEqual([]);
  });

  it('a backup the app did not live to make is made at the next unlock of that vault', () => {
    const { session, file, deferred, backups, failures, userDataDir, host } = sessionWithHeldBackups();
    session.lock('suspend');
    // The process ends here: the deferred backup never runs. A new instance starts.
    deferred.length = 0;
    const next = createHandlers(testHost(userDataDir), { onBackupError: (error) => failures.push(error) });
    next.session.unlock(file, GOOD_PASSPHRASE);
    next.session.lock('user');
    expect(backups()).toHaveLength(1);
    next.session.dispose();
    // The second lock's own backup, made on quit.
    expect(backups()).toHaveLength(2);
    expect(fs.readdirSync(path.dirname(backups()[0]!.path)).sort()).toEqual(backups().map((b) => b.fileName).sort());
    expect(failures).toEqual([]);
    expect(host.locked).toEqual(['suspend']);
  });

  it('a backup after a passphrase change verifies under the new passphrase, which is then forgotten', () => {
    const { session, deferred, backups, failures } = sessionWithHeldBackups();
    session.changePassphrase(GOOD_PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE);
    session.lock('user');
    deferred[0]!();
    expect(failures).toEqual([]);
    openKeyed(backups()[0]!.path, OTHER_PASSPHRASE, { readonly: true }).close();
  });

  it('a failing backup is reported and leaves the marker, so the next unlock makes it', () => {
    const { session, file, deferred, backups, failures, backupDir } = sessionWithHeldBackups();
    session.lock('user');
    // The vault is opened elsewhere meanwhile: the backup may not copy a file another writer holds.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, hostname: 'elders', createdAt: new Date().toISOString() }));
    deferred[0]!();
    expect(failures).toHaveLength(1);
    expect(backups()).toEqual([]);
    fs.rmSync(`${file}.lock`);
    session.unlock(file, GOOD_PASSPHRASE);
    expect(backups()).toHaveLength(1);
    expect(fs.readdirSync(backupDir)).toEqual([backups()[0]!.fileName]);
  });
});
