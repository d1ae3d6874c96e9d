import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { toAppError } from './fileErrors';
import { fsyncDir, fsyncFile, sideFiles } from './fsDurability';
import { applyConnectionPragmas, KDF_ITERATIONS, openKeyed, sqlString } from './sqlcipher';
import type { WritableDb } from './connection';
import { rekeyTempPrefix, verifyCopy, type OpenVault } from './vaultFile';

/** The steps of a passphrase change, in order. Tests kill a process at each one. */
export const REKEY_STEPS = [
  'checkpointed',
  'copied',
  'rekeyed',
  'synced',
  'verified',
  'closed',
  'renamed',
  'dir_synced',
  'reopened',
] as const;
export type RekeyStep = (typeof REKEY_STEPS)[number];

export interface ChangePassphraseOptions {
  nativeBinding?: string;
  /** Called after each step; tests use it to crash the process at that exact point. */
  onStep?: (step: RekeyStep) => void;
  /** Called right after the rename: from then on only the new passphrase opens the file. */
  onCommitted?: () => void;
  /** Re-derive the key with this iteration count as well (the conversion of an older vault). */
  kdfIterations?: number;
}

/**
 * Changes the passphrase (or, with `kdfIterations`, how the key is derived from it) without ever
 * leaving a file that opens with neither:
 * 1. copy the vault with VACUUM INTO (encrypted under the old key) next to it,
 * 2. rekey the copy (it is in rollback-journal mode, where rekey works), fsync and verify it,
 * 3. close the vault, rename the copy over it (atomic), fsync the directory, reopen.
 * Until the rename the vault is the old file; after it, the new one. On failure before the rename
 * the copy is removed and the vault reopened with the old passphrase.
 * Returns the reopened connection (the lock stays held throughout).
 */
export function changeVaultPassphrase(
  vault: OpenVault,
  currentPassphrase: string,
  nextPassphrase: string,
  options: ChangePassphraseOptions = {},
): WritableDb {
  const step = options.onStep ?? (() => undefined);
  const dir = path.dirname(vault.path);
  const temp = path.join(dir, `${rekeyTempPrefix(vault.path)}${crypto.randomBytes(6).toString('hex')}.tmp`);
  let db = vault.db;
  let renamed = false;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    step('checkpointed');
    db.exec(`VACUUM INTO ${sqlString(temp)}`);
    step('copied');
    const copy = openKeyed(temp, currentPassphrase, { nativeBinding: options.nativeBinding });
    try {
      copy.pragma('journal_mode=DELETE');
      // The new key is derived with the SQLCipher 4 default, whatever the old one used.
      copy.pragma(`kdf_iter=${options.kdfIterations ?? KDF_ITERATIONS}`);
      copy.rekey(Buffer.from(nextPassphrase, 'utf8'));
    } finally {
      copy.close();
    }
    step('rekeyed');
    fsyncFile(temp);
    step('synced');
    verifyCopy(temp, nextPassphrase, options.nativeBinding);
    step('verified');
    db.close();
    // A clean close checkpoints and deletes the WAL. Remove any leftover so that old-key frames
    // can never be replayed onto the new file.
    for (const side of sideFiles(vault.path)) fs.rmSync(side, { force: true });
    step('closed');
    fs.renameSync(temp, vault.path);
    renamed = true;
    options.onCommitted?.();
    step('renamed');
    fsyncDir(dir);
    step('dir_synced');
    db = openKeyed(vault.path, nextPassphrase, { nativeBinding: options.nativeBinding });
    applyConnectionPragmas(db);
    vault.db = db;
    step('reopened');
    return db;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (!db.open) {
      const passphrase = renamed ? nextPassphrase : currentPassphrase;
      vault.db = openKeyed(vault.path, passphrase, { nativeBinding: options.nativeBinding });
      applyConnectionPragmas(vault.db);
    }
    throw toAppError(error);
  }
}
