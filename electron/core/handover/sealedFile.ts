import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/contract/errors';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { toAppError } from '../vault/fileErrors';
import { applyCipher, assertKeyWorks, createKeyed, hasPlaintextHeader } from '../vault/sqlcipher';

/**
 * The file format of a handover package and its receipt: an SQLCipher 4 database with the vault's
 * own settings (same library, same defaults, keyed with the passphrase the chair shares out of
 * band), followed by a trailer of 48 bytes: the SHA-256 of everything before it and a fixed marker.
 *
 * SQLCipher authenticates every page it reads, but a package is read whole before anything is
 * written, and a cut-off file whose first pages are intact would open. The trailer refuses every
 * truncation point and any flipped byte before the database is even opened, and once it matches,
 * a file SQLCipher still cannot open was keyed with another passphrase: the receiver can be told
 * which of the two went wrong, which the vault itself cannot.
 *
 * No plaintext touches the disk: the database is built with its key from the first page, in a
 * private temporary folder (0700), with the rollback journal and temp store in memory; only its
 * encrypted bytes are read back. Opening works the same way on an encrypted copy of the bytes.
 */
export const SEAL_MARKER = Buffer.from('CASUSTAFEL-SEAL1', 'latin1');
const HASH_BYTES = 32;
export const TRAILER_BYTES = HASH_BYTES + SEAL_MARKER.length;

export interface SealOptions {
  /** Native better-sqlite3-multiple-ciphers build (Electron's ABI in the app). */
  nativeBinding?: string | undefined;
  /** Where the private temporary folder is made; the destination folder when the caller knows it. */
  tempRoot?: string | undefined;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function privateTempDir(root: string | undefined): string {
  return fs.mkdtempSync(path.join(root ?? os.tmpdir(), '.casustafel-overdracht-'));
}

/** Builds an encrypted database with `build` and returns its sealed bytes (database + trailer). */
export function sealDatabase(passphrase: string, build: (db: WritableDb) => void, options: SealOptions = {}): { bytes: Buffer; checksum: string } {
  const dir = privateTempDir(options.tempRoot);
  try {
    const file = path.join(dir, 'pakket');
    const db = createKeyed(file, passphrase, options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding });
    try {
      db.pragma('temp_store=MEMORY');
      db.pragma('journal_mode=MEMORY');
      db.pragma('secure_delete=ON');
      db.transaction(() => build(db))();
    } finally {
      db.close();
    }
    const body = fs.readFileSync(file);
    if (hasPlaintextHeader(body)) throw new Error('Het pakket is niet versleuteld geschreven.');
    const hash = createHash('sha256').update(body).digest();
    return { bytes: Buffer.concat([body, hash, SEAL_MARKER]), checksum: hash.toString('hex') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The checksum in the trailer when the bytes are whole; throws package_damaged otherwise. */
export function verifySeal(bytes: Uint8Array): { body: Buffer; checksum: string } {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The smallest SQLCipher file is one 4096-byte page.
  if (all.length < 4096 + TRAILER_BYTES) throw new AppError('package_damaged');
  const marker = all.subarray(all.length - SEAL_MARKER.length);
  if (!marker.equals(SEAL_MARKER)) throw new AppError('package_damaged');
  const body = all.subarray(0, all.length - TRAILER_BYTES);
  const stored = all.subarray(body.length, body.length + HASH_BYTES);
  const actual = createHash('sha256').update(body).digest();
  if (!actual.equals(stored)) throw new AppError('package_damaged');
  return { body, checksum: actual.toString('hex') };
}

/**
 * Verifies the seal, then opens an encrypted copy of the database read-only and hands it to `read`;
 * the copy is removed afterwards. A whole file that does not open was keyed with another passphrase.
 */
export function openSealed<T>(bytes: Uint8Array, passphrase: string, read: (db: ReadableDb) => T, options: SealOptions = {}): { value: T; checksum: string } {
  const { body, checksum } = verifySeal(bytes);
  const dir = privateTempDir(options.tempRoot);
  try {
    const file = path.join(dir, 'pakket');
    fs.writeFileSync(file, body, { mode: 0o600 });
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }) });
    try {
      try {
        applyCipher(db, passphrase);
        assertKeyWorks(db);
      } catch (error) {
        if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_NOTADB') throw new AppError('package_wrong_passphrase');
        throw error;
      }
      db.pragma('temp_store=MEMORY');
      return { value: read(db), checksum };
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The largest package or receipt file read at all: 128 MB. A caseload of 500 families with long
 * histories is a few megabytes; an item's text is at most 500 000 characters.
 */
export const MAX_SEALED_BYTES = 128 * 1024 * 1024;

/**
 * Reads a package or receipt file whole (its seal is checked over all of it), after its size: a
 * file over the limit is refused before a byte of it is read, and one that grows while it is read
 * is refused at the limit.
 */
export function readSealedFile(file: string): Buffer {
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    if (size > MAX_SEALED_BYTES) throw tooLarge();
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read < size) throw new AppError('package_damaged');
    if (fs.readSync(fd, Buffer.alloc(1), 0, 1, size) !== 0) throw tooLarge();
    return bytes;
  } catch (error) {
    throw toAppError(error);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

function tooLarge(): AppError {
  return new AppError('package_refused', `Dit bestand is groter dan ${MAX_SEALED_BYTES / 1024 / 1024} MB; zo'n groot overdrachtsbestand maakt Casustafel niet. Er is niets ingelezen.`);
}
