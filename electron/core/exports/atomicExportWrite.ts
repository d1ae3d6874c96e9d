import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { toAppError } from '../vault/fileErrors';
import { fsyncDir } from '../vault/fsDurability';
import { OWNER_FILE_MODE } from '../vault/ownerOnly';

/**
 * The one way an export reaches the disk, whether the user chose the file in a save dialog or a
 * folder for a batch: a temp file next to the target, owner-only from its creation (O_EXCL, 0600),
 * written whole, fsynced, then renamed over the target. A reader, a crash or a full disk sees the
 * old file or the whole new one, never half a PDF; a failure removes the temp file and leaves an
 * existing target as it was. The rename gives the target the temp file's 0600 also when it replaces
 * a file that was 0644: the export holds vault content outside the encrypted vault.
 */
export function writeFileAtomically(target: string, data: Uint8Array): void {
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', OWNER_FILE_MODE);
    try {
      for (let written = 0; written < data.byteLength; ) written += fs.writeSync(fd, data, written, data.byteLength - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
    fsyncDir(folder);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw toAppError(error);
  }
}

/**
 * Writes one export into the folder the user chose (see writeFileAtomically). An existing file of
 * the same name gets a " (2)" suffix rather than being overwritten silently: nobody confirmed an
 * overwrite, as a save dialog asks.
 */
export function writeExportAtomically(folder: string, fileName: string, data: Uint8Array, stillUnlocked: () => boolean): string {
  if (!stillUnlocked()) throw new AppError('vault_locked');
  const target = freeName(folder, path.basename(fileName));
  writeFileAtomically(target, data);
  return target;
}

function freeName(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let candidate = path.join(folder, fileName);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(folder, `${stem} (${n})${ext}`);
  return candidate;
}
