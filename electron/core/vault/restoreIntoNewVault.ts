import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { backupDirFor, listBackups, restoreBackup } from './backups';

export interface RestoreRequest {
  userDataDir: string;
  /** The open vault whose backups are offered. */
  vaultPath: string;
  /** The backup's file name as listed; never a path from the renderer. */
  backupFileName: string;
  /** The passphrase the vault had when the backup was made. */
  passphrase: string;
  /** Where the restored copy goes: a file that does not exist yet. */
  targetPath: string;
  nativeBinding?: string;
}

/**
 * Restores one of the open vault's own backups into a NEW file. The backup is looked up by name
 * in this vault's backup folder, so a request can never point at another file on the disk. The
 * open vault is not touched: restoring is "get back what was there", not "throw away what is here".
 */
export function restoreIntoNewVault(request: RestoreRequest): { backupPath: string; targetPath: string } {
  const dir = backupDirFor(request.userDataDir, request.vaultPath);
  const backup = listBackups(dir).find((b) => b.fileName === request.backupFileName);
  if (backup === undefined) throw new AppError('not_found');
  const targetPath = path.resolve(request.targetPath);
  if (targetPath === path.resolve(request.vaultPath)) throw new AppError('file_exists');
  restoreBackup(backup.path, targetPath, {
    passphrase: request.passphrase,
    ...(request.nativeBinding === undefined ? {} : { nativeBinding: request.nativeBinding }),
  });
  return { backupPath: backup.path, targetPath };
}
