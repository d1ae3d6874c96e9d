import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { toAppError } from '../vault/fileErrors';

/**
 * Writes one export into the folder the user chose: a temp file next to the target, fsync, rename.
 * A crash or a cancelled batch leaves either the whole file or none, never half a PDF. Owner-only,
 * because the file holds vault content outside the encrypted vault. An existing file of the same
 * name gets a " (2)" suffix rather than being overwritten silently.
 */
export function writeExportAtomically(folder: string, fileName: string, data: Uint8Array, stillUnlocked: () => boolean): string {
  if (!stillUnlocked()) throw new AppError('vault_locked');
  const safeName = path.basename(fileName);
  const target = freeName(folder, safeName);
  const temp = path.join(folder, `.${safeName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw toAppError(error);
  }
  return target;
}

function freeName(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let candidate = path.join(folder, fileName);
  for (let n = 2; fs.existsSync(candidate); n += 1) candidate = path.join(folder, `${stem} (${n})${ext}`);
  return candidate;
}
