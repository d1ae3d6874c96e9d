import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/contract/schemas';
import { AppError } from '../../../shared/contract/errors';
import { errorCode, toAppError } from './fileErrors';
import { fsyncDir, fsyncFile, sideFiles } from './fsDurability';
import { lockPathFor } from './lockFile';
import { copyFileOwnerOnly, createEmptyOwnerOnly, ensureOwnerOnlyDir, OWNER_DIR_MODE, restrictToOwner } from './ownerOnly';
import { openKeyed, sqlString } from './sqlcipher';
import type { WritableDb } from './connection';
import { VAULT_EXTENSION, verifyCopy } from './vaultFile';

/**
 * Backups live outside the vault's folder, in `<userDataDir>/backups/<name>-<hash>/`, one file per
 * backup named by its UTC time. The hash of the vault's full path keeps two vaults with the same
 * file name apart. Each backup is the vault encrypted under the same passphrase.
 */
export function backupDirFor(userDataDir: string, vaultPath: string): string {
  const resolved = path.resolve(vaultPath);
  const base = path.basename(resolved, VAULT_EXTENSION).replace(/[^A-Za-z0-9._-]/g, '_');
  const digest = crypto.createHash('sha256').update(resolved).digest('hex').slice(0, 8);
  return path.join(userDataDir, 'backups', `${base}-${digest}`);
}

/** `2026-03-01T09-30-00-000Z.casustafel`: sortable, and valid on every file system. */
export function backupFileName(at: Date): string {
  return `${at.toISOString().replace(/:/g, '-').replace('.', '-')}${VAULT_EXTENSION}`;
}

function createdAtFromName(name: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (m === null) return null;
  return `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
}

export interface BackupOptions {
  passphrase: string;
  nativeBinding?: string;
}

/**
 * Writes an encrypted copy with VACUUM INTO (never serialize(): that returns plaintext, and
 * backup() refuses an encrypted source) into an empty owner-only file in an owner-only folder, fsyncs it, verifies it under the same passphrase and only
 * then gives it its final name. A failed backup leaves no file behind.
 */
export function writeVerifiedBackup(db: WritableDb, destination: string, options: BackupOptions): BackupInfo {
  return writeBackupVia(destination, options, (partial) => {
    createEmptyOwnerOnly(partial);
    db.exec(`VACUUM INTO ${sqlString(partial)}`);
  });
}

/**
 * Backs up a CLOSED vault: its file is copied as it is (it is encrypted at rest, so the copy is as
 * well), switched from WAL to rollback journal like a VACUUM INTO copy (a WAL-mode copy would
 * grow -wal and -shm files beside it when verified), then fsynced, verified and renamed like any
 * backup. The vault must stay closed meanwhile: the caller holds its lock file.
 */
export function writeVerifiedBackupOfClosedVault(vaultPath: string, destination: string, options: BackupOptions): BackupInfo {
  return writeBackupVia(destination, options, (partial) => {
    copyFileOwnerOnly(path.resolve(vaultPath), partial);
    const copy = openKeyed(partial, options.passphrase, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
    try {
      copy.pragma('journal_mode=DELETE');
    } finally {
      copy.close();
    }
  });
}

/** The shared tail of every backup: into `<dest>.partial`, fsync, verify, owner-only, rename. */
function writeBackupVia(destination: string, options: BackupOptions, writeCopy: (partial: string) => void): BackupInfo {
  const dest = path.resolve(destination);
  if (fs.existsSync(dest)) throw new AppError('file_exists');
  const partial = `${dest}${PARTIAL_SUFFIX}`;
  try {
    // A folder made here is the owner's; an existing one (the CLI's DEST may be any folder) keeps its mode.
    fs.mkdirSync(path.dirname(dest), { recursive: true, mode: OWNER_DIR_MODE });
    for (const file of [partial, ...sideFiles(partial)]) fs.rmSync(file, { force: true });
    writeCopy(partial);
    fsyncFile(partial);
    verifyCopy(partial, options.passphrase, options.nativeBinding);
    restrictToOwner(partial);
    fs.renameSync(partial, dest);
    fsyncDir(path.dirname(dest));
  } catch (error) {
    for (const file of [partial, ...sideFiles(partial)]) fs.rmSync(file, { force: true });
    const mapped = toAppError(error);
    if (mapped instanceof AppError && (mapped.code === 'file_exists' || mapped.code === 'disk_full')) throw mapped;
    throw new AppError('backup_failed', mapped instanceof AppError ? mapped.message : undefined);
  }
  return describeBackup(dest);
}

function describeBackup(file: string): BackupInfo {
  const stat = fs.statSync(file);
  const name = path.basename(file);
  return {
    path: file,
    fileName: name,
    createdAt: createdAtFromName(name) ?? stat.mtime.toISOString(),
    sizeBytes: stat.size,
  };
}

const PARTIAL_SUFFIX = '.partial';

/**
 * Tidies every vault's backup folder under `userDataDir`: removes `.partial` copies left by a
 * backup that was interrupted (a crash, a kill, a full disk) and makes folders 0700 and backups
 * 0600, including those an older version of the app left with the umask's modes.
 */
export function tidyBackupFolders(userDataDir: string): void {
  const root = path.join(userDataDir, 'backups');
  let folders: fs.Dirent[];
  try {
    folders = fs.readdirSync(root, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  ensureOwnerOnlyDir(root);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const dir = path.join(root, folder.name);
    ensureOwnerOnlyDir(dir);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(dir, entry.name);
      if (entry.name.endsWith(PARTIAL_SUFFIX)) fs.rmSync(file, { force: true });
      else if (entry.name.endsWith(VAULT_EXTENSION)) restrictToOwner(file);
    }
  }
}

/** Backups in a folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw toAppError(error);
  }
  return names
    .filter((n) => n.endsWith(VAULT_EXTENSION))
    .sort()
    .reverse()
    .map((n) => describeBackup(path.join(dir, n)));
}

/** Keeps the newest `keep` backups and deletes the rest. */
export function rotateBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listBackups(dir).slice(keep)) {
    fs.rmSync(old.path, { force: true });
    removed.push(old.path);
  }
  return removed;
}

/**
 * Deletes every backup in the folder except `keepPath` (after a destruction: the older backups
 * still hold the destroyed data). Returns the removed paths.
 */
export function removeBackupsExcept(dir: string, keepPath: string | null): string[] {
  const keep = keepPath === null ? null : path.resolve(keepPath);
  const removed: string[] = [];
  for (const backup of listBackups(dir)) {
    if (keep !== null && path.resolve(backup.path) === keep) continue;
    fs.rmSync(backup.path, { force: true });
    removed.push(backup.path);
  }
  return removed;
}

/** Makes a backup of the open vault in its backup folder and rotates. */
export function makeRotatingBackup(
  db: WritableDb,
  userDataDir: string,
  vaultPath: string,
  at: Date,
  keep: number,
  options: BackupOptions,
): BackupInfo {
  return rotatingBackupVia(userDataDir, vaultPath, at, keep, (dest) => writeVerifiedBackup(db, dest, options));
}

/** Makes a backup of a closed vault (see writeVerifiedBackupOfClosedVault) in its backup folder and rotates. */
export function makeRotatingBackupOfClosedVault(userDataDir: string, vaultPath: string, at: Date, keep: number, options: BackupOptions): BackupInfo {
  return rotatingBackupVia(userDataDir, vaultPath, at, keep, (dest) => writeVerifiedBackupOfClosedVault(vaultPath, dest, options));
}

function rotatingBackupVia(userDataDir: string, vaultPath: string, at: Date, keep: number, write: (dest: string) => BackupInfo): BackupInfo {
  const dir = backupDirFor(userDataDir, vaultPath);
  // The app's own backup folders: tightened also when an older version made them 0755.
  ensureOwnerOnlyDir(path.dirname(dir));
  ensureOwnerOnlyDir(dir);
  let dest = path.join(dir, backupFileName(at));
  for (let n = 1; fs.existsSync(dest); n += 1) {
    dest = path.join(dir, backupFileName(at).replace(VAULT_EXTENSION, `-${n}${VAULT_EXTENSION}`));
  }
  const info = write(dest);
  rotateBackups(dir, keep);
  return info;
}

/**
 * Restores a backup into a NEW file: the backup is verified first, the target must not exist
 * (so an open vault, or any other file, is never overwritten), and the copy is verified again.
 */
export function restoreBackup(backupPath: string, newPath: string, options: BackupOptions): void {
  const source = path.resolve(backupPath);
  const target = path.resolve(newPath);
  if (source === target) throw new AppError('file_exists');
  if (fs.existsSync(target) || fs.existsSync(lockPathFor(target))) throw new AppError('file_exists');
  verifyCopy(source, options.passphrase, options.nativeBinding);
  try {
    copyFileOwnerOnly(source, target);
    fsyncDir(path.dirname(target));
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EEXIST') fs.rmSync(target, { force: true });
    throw toAppError(error);
  }
  try {
    verifyCopy(target, options.passphrase, options.nativeBinding);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
}
