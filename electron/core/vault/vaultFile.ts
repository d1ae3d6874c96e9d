import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { APP_MARKER } from '../migrations/0001_initial';
import { LATEST_SCHEMA_VERSION, runMigrations, schemaVersion } from '../migrations/index';
import { fsyncDir, sideFiles } from './fsDurability';
import { toAppError } from './fileErrors';
import { acquireVaultLock, type VaultLock } from './lockFile';
import { restrictToOwner } from './ownerOnly';
import { applyConnectionPragmas, applyReadOnlyPragmas, createKeyed, hasPlaintextHeader, KDF_ITERATIONS, openKeyed, readKdfIterations } from './sqlcipher';
import type { WritableDb } from './connection';

export const VAULT_EXTENSION = '.casustafel';

export interface VaultFileOptions {
  now: () => Date;
  nativeBinding?: string;
}

/** An open, writable vault: the connection plus the lock file that keeps other instances out. */
export interface OpenVault {
  path: string;
  db: WritableDb;
  lock: VaultLock;
}

function readHead(filePath: string): Buffer {
  const fd = fs.openSync(filePath, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    return head.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Checks that come before any key is tried: the file exists, is a regular non-empty file and is
 * not plaintext SQLite. An empty file would be taken by SQLCipher as a fresh database, so it is
 * refused here rather than silently turned into a vault.
 */
function checkCandidateFile(filePath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    throw toAppError(error);
  }
  if (!stat.isFile()) throw new AppError('not_a_vault', 'Dit is een map, geen bestand.');
  if (stat.size === 0) throw new AppError('not_a_vault', 'Het bestand is leeg.');
  const head = readHead(filePath);
  if (hasPlaintextHeader(head)) {
    throw new AppError('not_a_vault', 'Dit is een onversleutelde SQLite-database, geen versleutelde kluis.');
  }
}

/** Marker and schema version, read without writing anything. */
export function checkVaultIdentity(db: WritableDb): void {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (hasMeta === undefined) throw new AppError('not_a_vault', 'Het bestand is versleuteld, maar bevat geen Casustafel-gegevens.');
  const marker = db.prepare("SELECT value FROM meta WHERE key = 'app'").get() as { value: string } | undefined;
  if (marker?.value !== APP_MARKER) {
    throw new AppError('not_a_vault', 'Het bestand is versleuteld, maar bevat geen Casustafel-kenmerk.');
  }
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError('vault_too_new', `Kluisversie ${version}; deze app kent tot en met versie ${LATEST_SCHEMA_VERSION}.`);
  }
}

/** Verifies the KDF really is the SQLCipher 4 setting before anything is written. */
function checkKdf(db: WritableDb): void {
  const iterations = readKdfIterations(db);
  if (iterations < KDF_ITERATIONS) throw new Error(`KDF iterations ${iterations} below ${KDF_ITERATIONS}`);
}

function assertWritableFile(filePath: string): void {
  try {
    fs.accessSync(filePath, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw toAppError(error);
  }
}

/** Leftovers of a passphrase change that was interrupted; encrypted, but of no further use. */
export function rekeyTempPrefix(vaultPath: string): string {
  return `.${path.basename(vaultPath)}.rekey-`;
}

function removeStaleRekeyCopies(vaultPath: string): void {
  const dir = path.dirname(vaultPath);
  const prefix = rekeyTempPrefix(vaultPath);
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * A vault made or rewritten by an older version may carry the umask's 0644. Tightened once its key
 * has opened it; where the file system has no Unix modes (or the file is someone else's) the
 * attempt changes nothing and the vault still opens.
 */
function tightenToOwnerOnly(vaultPath: string): void {
  try {
    restrictToOwner(vaultPath);
  } catch {
    // Not ours to change (EPERM) or no modes on this file system: the open must not fail on it.
  }
}

/**
 * Opens an existing vault for writing. Order matters: cheap file checks, the lock file (the first
 * write, and only beside the vault), the key (a read), identity and version (reads), and only then
 * the pragmas and migrations that write. A file that fails any check is left byte-for-byte as it was.
 */
export function openVaultFile(filePath: string, passphrase: string, options: VaultFileOptions): OpenVault {
  const resolved = path.resolve(filePath);
  checkCandidateFile(resolved);
  assertWritableFile(resolved);
  const lock = acquireVaultLock(resolved, options.now);
  let db: WritableDb | null = null;
  try {
    db = openKeyed(resolved, passphrase, { nativeBinding: options.nativeBinding });
    checkVaultIdentity(db);
    checkKdf(db);
    applyConnectionPragmas(db);
    runMigrations(db, options.now);
    removeStaleRekeyCopies(resolved);
    tightenToOwnerOnly(resolved);
    return { path: resolved, db, lock };
  } catch (error) {
    db?.close();
    lock.release();
    throw toAppError(error);
  }
}

/**
 * Creates a new vault. The file is created with 'wx' so an existing file is never touched; if
 * anything fails afterwards, the half-made file is removed again (it held no data yet).
 */
export function createVaultFile(filePath: string, passphrase: string, options: VaultFileOptions): OpenVault {
  const resolved = path.resolve(filePath);
  try {
    fs.closeSync(fs.openSync(resolved, 'wx', 0o600));
  } catch (error) {
    throw toAppError(error);
  }
  let lock: VaultLock | null = null;
  let db: WritableDb | null = null;
  try {
    lock = acquireVaultLock(resolved, options.now);
    db = createKeyed(resolved, passphrase, { nativeBinding: options.nativeBinding });
    checkKdf(db);
    applyConnectionPragmas(db);
    runMigrations(db, options.now);
    fsyncDir(path.dirname(resolved));
    return { path: resolved, db, lock };
  } catch (error) {
    db?.close();
    for (const file of [resolved, ...sideFiles(resolved)]) fs.rmSync(file, { force: true });
    lock?.release();
    throw toAppError(error);
  }
}

/** Closes the connection (SQLite checkpoints and removes the WAL) and releases the lock. */
export function closeVaultFile(vault: OpenVault): void {
  try {
    if (vault.db.open) vault.db.close();
  } finally {
    vault.lock.release();
  }
}

/**
 * Opens any vault-shaped copy (a backup, a rewritten or rekeyed temp file) read-only and checks
 * key, identity, version and every page (quick_check). Used after every write of a copy.
 */
export function verifyCopy(filePath: string, passphrase: string, nativeBinding?: string): void {
  checkCandidateFile(filePath);
  let db: WritableDb;
  try {
    db = openKeyed(filePath, passphrase, { readonly: true, nativeBinding });
  } catch (error) {
    throw toAppError(error);
  }
  try {
    applyReadOnlyPragmas(db);
    checkVaultIdentity(db);
    // quick_check reads every page (each one decrypted and its HMAC checked) and walks every
    // b-tree, which is what a copy can lose on its way to the disk. It skips integrity_check's
    // comparison of every index with its table, a check of SQLite's own VACUUM rather than of the
    // disk, which costs a random read per row and grew 25-fold with ten times the data. The full
    // check stays in `casustafel verify`.
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new AppError('backup_failed', 'De kopie is niet in orde (quick_check).');
  } catch (error) {
    throw toAppError(error);
  } finally {
    db.close();
  }
}
