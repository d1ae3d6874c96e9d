import fs from 'node:fs';

/**
 * Every file that holds vault data (the vault, its copies, backups, exports) is readable by its
 * owner only, and every folder the app makes for them is the owner's alone: on a shared computer
 * another account must not be able to copy a vault and guess its passphrase offline. The modes are
 * set at creation (`open(..., 'wx', 0o600)`), so there is no moment in which the umask decides; a
 * chmod afterwards covers files written by someone else's code (SQLite, an older version of the app).
 */
export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;

/**
 * An empty file only the owner may read, for SQLite to fill: `VACUUM INTO` writes into an existing
 * empty file and keeps its mode, where a file it creates itself takes the umask (0644).
 */
export function createEmptyOwnerOnly(filePath: string): void {
  fs.closeSync(fs.openSync(filePath, 'wx', OWNER_FILE_MODE));
}

/** Owner read/write only; for a file whose creation the app did not control. */
export function restrictToOwner(filePath: string): void {
  fs.chmodSync(filePath, OWNER_FILE_MODE);
}

/** Makes the folder (and missing parents) owner-only, and tightens it when it already existed. */
export function ensureOwnerOnlyDir(dirPath: string): void {
  fs.mkdirSync(dirPath, { recursive: true, mode: OWNER_DIR_MODE });
  fs.chmodSync(dirPath, OWNER_DIR_MODE);
}

const COPY_CHUNK_BYTES = 1024 * 1024;

/**
 * Copies `source` to a new file `target` that is owner-only from its creation and fsynced before
 * this returns. `fs.copyFile` would give the copy the source's mode. A failed copy leaves no
 * target behind (unless the target already existed, which is refused and left alone).
 */
export function copyFileOwnerOnly(source: string, target: string): void {
  const out = fs.openSync(target, 'wx', OWNER_FILE_MODE);
  try {
    const input = fs.openSync(source, 'r');
    try {
      const buffer = Buffer.allocUnsafe(COPY_CHUNK_BYTES);
      for (let read = fs.readSync(input, buffer); read > 0; read = fs.readSync(input, buffer)) {
        for (let written = 0; written < read; ) written += fs.writeSync(out, buffer, written, read - written);
      }
    } finally {
      fs.closeSync(input);
    }
    fs.fsyncSync(out);
  } catch (error) {
    fs.closeSync(out);
    fs.rmSync(target, { force: true });
    throw error;
  }
  fs.closeSync(out);
}
