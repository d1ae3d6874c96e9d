import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFamily, getFamily } from '../../../../electron/core/families/familyService';
import { writeOutsideHistory } from '../../../../electron/core/recordStore/writeContext';
import { backupDirFor, listBackups, makeRotatingBackup, restoreBackup, writeVerifiedBackup } from '../../../../electron/core/vault/backups';
import { closeVaultFile, createVaultFile, openVaultFile } from '../../../../electron/core/vault/vaultFile';
import { errorCodeOf, GOOD_PASSPHRASE, OPERATOR, tempDir } from '../support/vaultTestKit';

const start = Date.parse('2026-03-02T09:00:00.000Z');

function vaultWithFamily() {
  const dir = tempDir();
  const file = path.join(dir, 'kluis.casustafel');
  const vault = createVaultFile(file, GOOD_PASSPHRASE, { now: () => new Date(start) });
  const family = createFamily(writeOutsideHistory(vault.db, OPERATOR, new Date(start)), { displayName: 'Familie Reservekopie', anonymous: false });
  return { dir, file, vault, familyId: family.id };
}

describe('backups', () => {
  it('are encrypted copies named by time in userData/backups/<vault>, rotating to the newest N', () => {
    const { dir, file, vault } = vaultWithFamily();
    const userDataDir = path.join(dir, 'userdata');
    try {
      for (let i = 0; i < 4; i += 1) {
        makeRotatingBackup(vault.db, userDataDir, file, new Date(start + i * 60_000), 3, { passphrase: GOOD_PASSPHRASE });
      }
    } finally {
      closeVaultFile(vault);
    }
    const backups = listBackups(backupDirFor(userDataDir, file));
    expect(backups.map((b) => b.fileName)).toEqual([
      '2026-03-02T09-03-00-000Z.casustafel',
      '2026-03-02T09-02-00-000Z.casustafel',
      '2026-03-02T09-01-00-000Z.casustafel',
    ]);
    expect(backups[0]!.createdAt).toBe('2026-03-02T09:03:00.000Z');
    for (const b of backups) {
      const bytes = fs.readFileSync(b.path);
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
      expect(bytes.includes(Buffer.from('Familie Reservekopie'))).toBe(false);
    }
    expect(fs.readdirSync(backupDirFor(userDataDir, file)).some((n) => n.endsWith('.partial'))).toBe(false);
  });

  it('never overwrite an existing file', () => {
    const { dir, vault } = vaultWithFamily();
    const dest = path.join(dir, 'bezet.casustafel');
    fs.writeFileSync(dest, 'iets');
    try {
      expect(errorCodeOf(() => writeVerifiedBackup(vault.db, dest, { passphrase: GOOD_PASSPHRASE }))).toBe('file_exists');
    } finally {
      closeVaultFile(vault);
    }
    expect(fs.readFileSync(dest, 'utf8')).toBe('iets');
  });

  it('restore into a new file after verification; never over an existing file or the open vault', () => {
    const { dir, file, vault, familyId } = vaultWithFamily();
    const backup = path.join(dir, 'reserve.casustafel');
    writeVerifiedBackup(vault.db, backup, { passphrase: GOOD_PASSPHRASE });
    expect(errorCodeOf(() => restoreBackup(backup, file, { passphrase: GOOD_PASSPHRASE }))).toBe('file_exists');
    closeVaultFile(vault);
    const restored = path.join(dir, 'hersteld.casustafel');
    expect(errorCodeOf(() => restoreBackup(backup, restored, { passphrase: 'niet het goede wachtwoord' }))).toBe(
      'wrong_passphrase_or_damaged',
    );
    expect(fs.existsSync(restored)).toBe(false);
    restoreBackup(backup, restored, { passphrase: GOOD_PASSPHRASE });
    const reopened = openVaultFile(restored, GOOD_PASSPHRASE, { now: () => new Date(start) });
    expect(getFamily(reopened.db, familyId).displayName).toBe('Familie Reservekopie');
    closeVaultFile(reopened);
  });

  it('refuses to restore a damaged backup and leaves no new file', () => {
    const { dir, vault } = vaultWithFamily();
    const backup = path.join(dir, 'reserve.casustafel');
    writeVerifiedBackup(vault.db, backup, { passphrase: GOOD_PASSPHRASE });
    closeVaultFile(vault);
    const bytes = fs.readFileSync(backup);
    bytes.fill(0, 5000, 9000); // page 2 onward: page 1 still decrypts, integrity_check does not
    fs.writeFileSync(backup, bytes);
    const target = path.join(dir, 'hersteld.casustafel');
    expect(errorCodeOf(() => restoreBackup(backup, target, { passphrase: GOOD_PASSPHRASE }))).toMatch(
      /backup_failed|wrong_passphrase_or_damaged/,
    );
    expect(fs.existsSync(target)).toBe(false);
  });
});
