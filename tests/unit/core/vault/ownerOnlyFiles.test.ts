import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import {
  backupDirFor,
  listBackups,
  makeRotatingBackup,
  makeRotatingBackupOfClosedVault,
  restoreBackup,
  tidyBackupFolders,
  writeVerifiedBackup,
} from '../../../../electron/core/vault/backups';
import { changeVaultPassphrase } from '../../../../electron/core/vault/changePassphrase';
import { rewriteVaultFile } from '../../../../electron/core/vault/rewriteVaultFile';
import { openKeyed } from '../../../../electron/core/vault/sqlcipher';
import { unlockVault } from '../../../../electron/core/vault/unlockVault';
import { closeVaultFile, createVaultFile, openVaultFile, rekeyTempPrefix } from '../../../../electron/core/vault/vaultFile';
import { GOOD_PASSPHRASE, OPERATOR, OTHER_PASSPHRASE, tempDir } from '../support/vaultTestKit';

const now = () => new Date('2026-12-07T09:00:00.000Z');

// Windows has no Unix modes: there the files are the account's through its profile folder's ACL.
const unix = process.platform !== 'win32';

let previousUmask = 0;
beforeEach(() => {
  // The usual umask of a shared machine: files a process creates without a mode become 0644.
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
});

function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

function expectOwnerOnlyFile(file: string): void {
  expect(fs.existsSync(file)).toBe(true);
  if (unix) expect(modeOf(file).toString(8)).toBe('600');
}

function expectOwnerOnlyDir(dir: string): void {
  expect(fs.statSync(dir).isDirectory()).toBe(true);
  if (unix) expect(modeOf(dir).toString(8)).toBe('700');
}

function vaultWithFamily() {
  const dir = tempDir();
  const file = path.join(dir, 'kluis.casustafel');
  const vault = createVaultFile(file, GOOD_PASSPHRASE, { now });
  createFamily(writeOutsideHistory(vault.db, OPERATOR, now()), { displayName: 'Familie Slot', anonymous: false });
  return { dir, file, vault, userDataDir: path.join(dir, 'userdata') };
}

describe('files that hold vault data stay owner-only with a umask of 022', () => {
  it('a new vault and its lock file', () => {
    const { file, vault } = vaultWithFamily();
    try {
      expectOwnerOnlyFile(file);
      expectOwnerOnlyFile(`${file}.lock`);
      expectOwnerOnlyFile(`${file}-wal`);
    } finally {
      closeVaultFile(vault);
    }
  });

  it('after a passphrase change (the rekeyed copy renamed over the vault)', () => {
    const { file, vault } = vaultWithFamily();
    try {
      changeVaultPassphrase(vault, GOOD_PASSPHRASE, OTHER_PASSPHRASE);
      expectOwnerOnlyFile(file);
    } finally {
      closeVaultFile(vault);
    }
    openKeyed(file, OTHER_PASSPHRASE, { readonly: true }).close();
  });

  it('after the rewrite that follows a destruction', () => {
    const { file, vault } = vaultWithFamily();
    try {
      rewriteVaultFile(vault, GOOD_PASSPHRASE);
      expectOwnerOnlyFile(file);
    } finally {
      closeVaultFile(vault);
    }
  });

  it('after the conversion of an older vault’s key derivation on unlock', () => {
    const { file, vault } = vaultWithFamily();
    closeVaultFile(vault);
    const db = openKeyed(file, GOOD_PASSPHRASE);
    db.pragma('journal_mode=DELETE');
    db.pragma('kdf_iter=400000');
    db.rekey(Buffer.from(GOOD_PASSPHRASE, 'utf8'));
    db.close();
    const converted = unlockVault(file, GOOD_PASSPHRASE, { now });
    try {
      expect(Number(converted.db.pragma('kdf_iter', { simple: true }))).toBe(256000);
      expectOwnerOnlyFile(file);
    } finally {
      closeVaultFile(converted);
    }
  });

  it('a vault an older version left at 0644 is tightened when its passphrase opens it', () => {
    const { file, vault } = vaultWithFamily();
    closeVaultFile(vault);
    fs.chmodSync(file, 0o644);
    closeVaultFile(openVaultFile(file, GOOD_PASSPHRASE, { now }));
    expectOwnerOnlyFile(file);
  });

  it('backups of the open vault and of the closed file, in owner-only folders', () => {
    const { file, vault, userDataDir } = vaultWithFamily();
    let fromOpen;
    try {
      fromOpen = makeRotatingBackup(vault.db, userDataDir, file, now(), 5, { passphrase: GOOD_PASSPHRASE });
    } finally {
      closeVaultFile(vault);
    }
    const fromClosed = makeRotatingBackupOfClosedVault(userDataDir, file, new Date(now().getTime() + 60_000), 5, { passphrase: GOOD_PASSPHRASE });
    const dir = backupDirFor(userDataDir, file);
    expectOwnerOnlyDir(path.join(userDataDir, 'backups'));
    expectOwnerOnlyDir(dir);
    expectOwnerOnlyFile(fromOpen.path);
    expectOwnerOnlyFile(fromClosed.path);
    // The copy of the closed file is a backup like any other: rollback journal, nothing beside it.
    expect(fs.readdirSync(dir).sort()).toEqual([fromOpen.fileName, fromClosed.fileName].sort());
    openKeyed(fromClosed.path, GOOD_PASSPHRASE, { readonly: true }).close();
  });

  it('a backup to a folder of the user’s choosing (the CLI’s DEST) is 0600 and leaves that folder’s mode alone', () => {
    const { dir, vault } = vaultWithFamily();
    const chosen = path.join(dir, 'documenten');
    fs.mkdirSync(chosen, { mode: 0o755 });
    let backup;
    try {
      backup = writeVerifiedBackup(vault.db, path.join(chosen, 'reserve.casustafel'), { passphrase: GOOD_PASSPHRASE });
    } finally {
      closeVaultFile(vault);
    }
    expectOwnerOnlyFile(backup.path);
    if (unix) expect(modeOf(chosen).toString(8)).toBe('755');
    expect(fs.readdirSync(chosen)).toEqual(['reserve.casustafel']);
  });

  it('a restored vault, even from a backup an older version left at 0644', () => {
    const { dir, file, vault, userDataDir } = vaultWithFamily();
    let backup;
    try {
      backup = makeRotatingBackup(vault.db, userDataDir, file, now(), 5, { passphrase: GOOD_PASSPHRASE });
    } finally {
      closeVaultFile(vault);
    }
    fs.chmodSync(backup.path, 0o644);
    const restored = path.join(dir, 'teruggezet.casustafel');
    restoreBackup(backup.path, restored, { passphrase: GOOD_PASSPHRASE });
    expectOwnerOnlyFile(restored);
  });

  it('leftovers are removed on the next start or open, and old folders and backups tightened', () => {
    const { dir, file, vault, userDataDir } = vaultWithFamily();
    let backup;
    try {
      backup = makeRotatingBackup(vault.db, userDataDir, file, now(), 5, { passphrase: GOOD_PASSPHRASE });
    } finally {
      closeVaultFile(vault);
    }
    const backupDir = backupDirFor(userDataDir, file);
    // As an interrupted backup and an interrupted passphrase change of an older version left them.
    const partial = path.join(backupDir, '2026-12-07T10-00-00-000Z.casustafel.partial');
    fs.writeFileSync(partial, 'half');
    const rekeyLeftover = path.join(dir, `${rekeyTempPrefix(file)}abcdef.tmp`);
    fs.writeFileSync(rekeyLeftover, 'half');
    fs.chmodSync(backup.path, 0o644);
    fs.chmodSync(backupDir, 0o755);
    fs.chmodSync(path.join(userDataDir, 'backups'), 0o755);

    tidyBackupFolders(userDataDir);
    closeVaultFile(openVaultFile(file, GOOD_PASSPHRASE, { now }));

    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(rekeyLeftover)).toBe(false);
    expectOwnerOnlyFile(backup.path);
    expectOwnerOnlyDir(backupDir);
    expectOwnerOnlyDir(path.join(userDataDir, 'backups'));
    expect(listBackups(backupDir).map((b) => b.fileName)).toEqual([backup.fileName]);
  });
});
