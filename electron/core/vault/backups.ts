import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/contract/schemas';
import { AppError } from '../../../shared/contract/errors';
import { errorCode, toAppError } from './fileErrors';
import { fsyncDir, fsyncFile } from './fsDurability';
import { lockPathFor } from './lockFile';
import { sqlString } from './sqlcipher';
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
 * backup() refuses an encrypted source), fsyncs it, verifies it under the same passphrase and only
 * then gives it its final name. A failed backup leaves no file behind.
 */
export function writeVerifiedBackup(db: WritableDb, destination: string, options: BackupOptions): BackupInfo {
  const dest = path.resolve(destination);
  if (fs.existsSync(dest)) throw new AppError('file_exists');
  const partial = `${dest}.partial`;
  try {
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.rmSync(partial, { force: true });
    db.exec(`VACUUM INTO ${sqlString(partial)}`);
    fsyncFile(partial);
    verifyCopy(partial, options.passphrase, options.nativeBinding);
    fs.renameSync(partial, dest);
    fsyncDir(path.dirname(dest));
  } catch (error) {
    fs.rmSync(partial, { force: true });
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

/** Makes a backup in the vault's backup folder and rotates. */
export function makeRotatingBackup(
  db: WritableDb,
  userDataDir: string,
  vaultPath: string,
  at: Date,
  keep: number,
  options: BackupOptions,
): BackupInfo {
  const dir = backupDirFor(userDataDir, vaultPath);
  let dest = path.join(dir, backupFileName(at));
  for (let n = 1; fs.existsSync(dest); n += 1) {
    dest = path.join(dir, backupFileName(at).replace(VAULT_EXTENSION, `-${n}${VAULT_EXTENSION}`));
  }
  const info = writeVerifiedBackup(db, dest, options);
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
    fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
    fsyncFile(target);
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
