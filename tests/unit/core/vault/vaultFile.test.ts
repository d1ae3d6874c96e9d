import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { updateFamilyNote, createFamily, getFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { lockPathFor } from '../../../../electron/core/vault/lockFile';
import { mapStorageErrors } from '../../../../electron/core/vault/fileErrors';
import { closeVaultFile, createVaultFile, openVaultFile } from '../../../../electron/core/vault/vaultFile';
import { errorCodeOf, fileBytes, GOOD_PASSPHRASE, makeReadOnly, OPERATOR, tempDir } from '../support/vaultTestKit';

const now = () => new Date('2026-03-02T09:00:00.000Z');

function newVault(dir = tempDir(), passphrase = GOOD_PASSPHRASE): string {
  const file = path.join(dir, 'kluis.casustafel');
  closeVaultFile(createVaultFile(file, passphrase, { now }));
  return file;
}

describe('the vault file format', () => {
  it('is SQLCipher 4 with its defaults (256 000 PBKDF2 iterations) and opens with the passphrase alone, as standard tooling types it', () => {
    const file = newVault();
    expect(fileBytes(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    // What DB Browser for SQLite does for "SQLCipher 4 defaults" and a text passphrase: no kdf_iter pragma at all.
    const db = new Database(file, { readonly: true });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key='${GOOD_PASSPHRASE.replace(/'/g, "''")}'`);
    expect(Number(db.pragma('kdf_iter', { simple: true }))).toBe(256000);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'app'").get()).toEqual({ value: 'casustafel' });
    db.close();
  });

  it('uses the required connection settings', () => {
    const vault = openVaultFile(newVault(), GOOD_PASSPHRASE, { now });
    try {
      const p = (name: string) => vault.db.pragma(name, { simple: true });
      expect(p('journal_mode')).toBe('wal');
      expect(p('synchronous')).toBe(2); // FULL
      expect(p('foreign_keys')).toBe(1);
      expect(p('secure_delete')).toBe(1);
      expect(p('temp_store')).toBe(2); // MEMORY
    } finally {
      closeVaultFile(vault);
    }
  });

  it('keeps a passphrase with quotes and accents working', () => {
    const pass = "Zeeën 'van' tijd, \"rustig\" en ĳverig";
    const file = newVault(tempDir(), pass);
    closeVaultFile(openVaultFile(file, pass, { now }));
  });
});

describe('opening a vault that cannot be opened', () => {
  it('wrong passphrase: says so honestly and leaves the file untouched', () => {
    const file = newVault();
    const before = fileBytes(file);
    expect(errorCodeOf(() => openVaultFile(file, 'een heel ander wachtwoord', { now }))).toBe('wrong_passphrase_or_damaged');
    expect(fileBytes(file).equals(before)).toBe(true);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it('damaged file: the same message, and the file is not written to', () => {
    const file = newVault();
    const bytes = fileBytes(file);
    bytes.fill(0x42, 100, 400); // inside page 1, after the salt
    fs.writeFileSync(file, bytes);
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('wrong_passphrase_or_damaged');
    expect(fileBytes(file).equals(bytes)).toBe(true);
  });

  it('a plaintext SQLite database is not a vault', () => {
    const file = path.join(tempDir(), 'plat.casustafel');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = fileBytes(file);
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('not_a_vault');
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('an encrypted database without the Casustafel marker is not a vault', () => {
    const file = path.join(tempDir(), 'vreemd.casustafel');
    const db = new Database(file);
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma('kdf_iter=400000');
    db.key(Buffer.from(GOOD_PASSPHRASE));
    db.exec('CREATE TABLE iets_anders (x)');
    db.close();
    const before = fileBytes(file);
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('not_a_vault');
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('an empty file is not a vault (and is not turned into one)', () => {
    const file = path.join(tempDir(), 'leeg.casustafel');
    fs.writeFileSync(file, '');
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('not_a_vault');
    expect(fs.statSync(file).size).toBe(0);
  });

  it('a vault from a newer version is refused without changes', () => {
    const file = newVault();
    const vault = openVaultFile(file, GOOD_PASSPHRASE, { now });
    vault.db.pragma('user_version=99');
    closeVaultFile(vault);
    const before = fileBytes(file);
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('vault_too_new');
    expect(fileBytes(file).equals(before)).toBe(true);
  });

  it('a vault already open elsewhere is refused; a lock left by a dead process is taken over', () => {
    const file = newVault();
    const first = openVaultFile(file, GOOD_PASSPHRASE, { now });
    try {
      expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('vault_in_use');
    } finally {
      closeVaultFile(first);
    }
    fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 2 ** 22 + 12345, hostname: os.hostname(), createdAt: now().toISOString() }));
    closeVaultFile(openVaultFile(file, GOOD_PASSPHRASE, { now }));
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it('a lock held by a live process on another machine counts as in use', () => {
    const file = newVault();
    fs.writeFileSync(lockPathFor(file), JSON.stringify({ pid: 1, hostname: 'andere-laptop', createdAt: now().toISOString() }));
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('vault_in_use');
  });

  it('file not found, and file exists on create (the existing file stays untouched)', () => {
    const dir = tempDir();
    expect(errorCodeOf(() => openVaultFile(path.join(dir, 'nergens.casustafel'), GOOD_PASSPHRASE, { now }))).toBe('file_not_found');
    const existing = path.join(dir, 'bestaat.casustafel');
    fs.writeFileSync(existing, 'iets belangrijks');
    expect(errorCodeOf(() => createVaultFile(existing, GOOD_PASSPHRASE, { now }))).toBe('file_exists');
    expect(fs.readFileSync(existing, 'utf8')).toBe('iets belangrijks');
  });

  it('read-only location: creating or opening there gives a clear message', (context) => {
    expect(errorCodeOf(() => createVaultFile('/sys/casustafel-proef.casustafel', GOOD_PASSPHRASE, { now }))).toBe(
      'read_only_location',
    );
    const dir = tempDir();
    const file = newVault(dir);
    if (!makeReadOnly(dir)) {
      context.skip('de bestandsrechten van deze map kunnen hier niet worden beperkt');
      return;
    }
    expect(errorCodeOf(() => openVaultFile(file, GOOD_PASSPHRASE, { now }))).toBe('read_only_location');
    expect(errorCodeOf(() => createVaultFile(path.join(dir, 'nieuw.casustafel'), GOOD_PASSPHRASE, { now }))).toBe(
      'read_only_location',
    );
  });
});

describe('disk full during a write', () => {
  it('reports disk_full and keeps the last committed state', () => {
    const file = newVault();
    const vault = openVaultFile(file, GOOD_PASSPHRASE, { now });
    const family = createFamily(writeOutsideHistory(vault.db, OPERATOR, now()), { displayName: 'Familie Schijfvol', anonymous: false });
    updateFamilyNote(writeOutsideHistory(vault.db, OPERATOR, now()), family.id, 'laatst opgeslagen versie');
    // Cap the file at its current size: the next growing write fails with SQLITE_FULL.
    const pages = Number(vault.db.pragma('page_count', { simple: true }));
    vault.db.pragma(`max_page_count=${pages}`);
    expect(errorCodeOf(() => mapStorageErrors(() => updateFamilyNote(writeOutsideHistory(vault.db, OPERATOR, now()), family.id, 'x'.repeat(200_000))))).toBe(
      'disk_full',
    );
    expect(getFamily(vault.db, family.id).note).toBe('laatst opgeslagen versie');
    closeVaultFile(vault);
    const reopened = openVaultFile(file, GOOD_PASSPHRASE, { now });
    expect(getFamily(reopened.db, family.id).note).toBe('laatst opgeslagen versie');
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeVaultFile(reopened);
  });
});
