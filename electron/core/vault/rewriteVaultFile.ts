import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { toAppError } from './fileErrors';
import { fsyncDir, fsyncFile, sideFiles } from './fsDurability';
import { createEmptyOwnerOnly, restrictToOwner } from './ownerOnly';
import { applyConnectionPragmas, KDF_ITERATIONS, openKeyed, sqlString } from './sqlcipher';
import type { WritableDb } from './connection';
import { rekeyTempPrefix, verifyCopy, type OpenVault } from './vaultFile';

/** The steps of a rewrite, in order. Tests kill a process at each one. */
export const REWRITE_STEPS = [
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
export type RewriteStep = (typeof REWRITE_STEPS)[number];

export interface RewriteOptions {
  nativeBinding?: string;
  /** Called after each step; tests use it to crash the process at that exact point. */
  onStep?: (step: RewriteStep) => void;
  /** Called right after the rename: from then on the file on disk is the rewritten copy. */
  onCommitted?: () => void;
  /** Give the copy this passphrase (and derive its key with this iteration count) before it replaces the vault. */
  rekey?: { passphrase: string; kdfIterations?: number };
}

/**
 * Replaces the vault file with a fresh copy of itself, without ever leaving a file that does not
 * open:
 * 1. checkpoint, then copy the vault with VACUUM INTO (encrypted under its own key) next to it;
 *    the copy is built page by page from the live rows, so it holds no free page, no stale cell
 *    and no WAL frame of the old file,
 *    (into an empty owner-only file, so the copy that replaces the vault is 0600 as the vault was),
 * 2. rekey the copy if asked (it is in rollback-journal mode, where rekey works), fsync, verify it,
 * 3. close the vault, rename the copy over it (atomic), fsync the directory, reopen.
 * Until the rename the vault is the old file; after it, the new one. On failure before the rename
 * the copy is removed and the vault reopened as it was. A crash leaves at most a stale copy, which
 * the next unlock removes. Returns the reopened connection (the lock stays held throughout).
 *
 * The copy is written straight to its file: an in-place VACUUM would build it in the temporary
 * store, which is memory (temp_store=MEMORY keeps plaintext off the disk), i.e. the whole vault in
 * RAM at once.
 */
export function rewriteVaultFile(vault: OpenVault, passphrase: string, options: RewriteOptions = {}): WritableDb {
  const step = options.onStep ?? (() => undefined);
  const dir = path.dirname(vault.path);
  const temp = path.join(dir, `${rekeyTempPrefix(vault.path)}${crypto.randomBytes(6).toString('hex')}.tmp`);
  const finalPassphrase = options.rekey?.passphrase ?? passphrase;
  let db = vault.db;
  let renamed = false;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    step('checkpointed');
    // Made owner-only before SQLite writes into it: a copy it created itself would take the umask.
    createEmptyOwnerOnly(temp);
    db.exec(`VACUUM INTO ${sqlString(temp)}`);
    step('copied');
    if (options.rekey !== undefined) {
      const copy = openKeyed(temp, passphrase, { nativeBinding: options.nativeBinding });
      try {
        copy.pragma('journal_mode=DELETE');
        // The new key is derived with the SQLCipher 4 default, whatever the old one used.
        copy.pragma(`kdf_iter=${options.rekey.kdfIterations ?? KDF_ITERATIONS}`);
        copy.rekey(Buffer.from(options.rekey.passphrase, 'utf8'));
      } finally {
        copy.close();
      }
      step('rekeyed');
    }
    fsyncFile(temp);
    step('synced');
    verifyCopy(temp, finalPassphrase, options.nativeBinding);
    restrictToOwner(temp);
    step('verified');
    db.close();
    // A clean close checkpoints and deletes the WAL. Remove any leftover so that frames of the old
    // file can never be replayed onto the new one.
    for (const side of sideFiles(vault.path)) fs.rmSync(side, { force: true });
    step('closed');
    fs.renameSync(temp, vault.path);
    renamed = true;
    options.onCommitted?.();
    step('renamed');
    fsyncDir(dir);
    step('dir_synced');
    db = openKeyed(vault.path, finalPassphrase, { nativeBinding: options.nativeBinding });
    applyConnectionPragmas(db);
    vault.db = db;
    step('reopened');
    return db;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (!db.open) {
      vault.db = openKeyed(vault.path, renamed ? finalPassphrase : passphrase, { nativeBinding: options.nativeBinding });
      applyConnectionPragmas(vault.db);
    }
    throw toAppError(error);
  }
}
