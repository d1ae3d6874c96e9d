import Database from 'better-sqlite3-multiple-ciphers';

import type { WritableDb } from './connection';

/**
 * PBKDF2-HMAC-SHA512 iterations: SQLCipher 4's default, 256 000 (above OWASP's 210 000 for
 * PBKDF2-HMAC-SHA512). Every setting is SQLCipher 4's default, so DB Browser for SQLite's
 * "SQLCipher 4 defaults" and the sqlcipher shell with `PRAGMA cipher_compatibility = 4` open a vault
 * with its passphrase alone. Checked after every open.
 */
export const KDF_ITERATIONS = 256_000;

/** What vaults used before: still opened, and converted to the default on their next unlock. */
export const LEGACY_KDF_ITERATIONS = 400_000;

const PLAINTEXT_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  readonly?: boolean;
  /** Path to a native build of better-sqlite3-multiple-ciphers (Electron's ABI in the app). */
  nativeBinding?: string;
}

/**
 * Opens a SQLCipher-4 file and applies the key. Nothing is written: SQLCipher only reads page 1
 * when the first statement runs, so a wrong key surfaces as SQLITE_NOTADB in `assertKeyWorks`.
 * The passphrase goes in as bytes through sqlite3_key, so quotes or unicode need no escaping and
 * the file opens with the same passphrase typed into DB Browser for SQLite (SQLCipher 4 defaults).
 * A vault made with LEGACY_KDF_ITERATIONS is tried second, so its owner's passphrase still opens it.
 */
export function openKeyed(path: string, passphrase: string, options: OpenOptions = {}): WritableDb {
  const db = new Database(path, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    applyCipher(db, passphrase);
    assertKeyWorks(db);
    return db;
  } catch (error) {
    db.close();
    if (!isNotADatabase(error)) throw error;
  }
  // The same passphrase may open a vault made with the earlier iteration count.
  const legacy = new Database(path, {
    fileMustExist: true,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    applyCipher(legacy, passphrase, LEGACY_KDF_ITERATIONS);
    assertKeyWorks(legacy);
    return legacy;
  } catch (error) {
    legacy.close();
    throw error;
  }
}

function isNotADatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/** Creates a new encrypted file (the caller has checked that none exists). */
export function createKeyed(path: string, passphrase: string, options: OpenOptions = {}): WritableDb {
  const db = new Database(path, {
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    applyCipher(db, passphrase);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLCipher 4 with its defaults; only an older vault names its own iteration count. */
export function applyCipher(db: WritableDb, passphrase: string, kdfIterations: number = KDF_ITERATIONS): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  if (kdfIterations !== KDF_ITERATIONS) db.pragma(`kdf_iter=${kdfIterations}`);
  db.key(Buffer.from(passphrase, 'utf8'));
}

/** Forces SQLCipher to decrypt page 1; throws SQLITE_NOTADB on a wrong key or a damaged file. */
export function assertKeyWorks(db: WritableDb): void {
  db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
}

/**
 * Pages kept decrypted in memory per connection, in KiB (SQLite's default is 2 MiB). Every page
 * read from the file is decrypted and authenticated; with the default cache a search over 50 000
 * families decrypted its index pages again on every keystroke (p95 169 ms, against 7 ms at 5 000).
 * 32 MiB holds that region's search index (the timeline's indexes are larger and are read in one
 * pass, so a bigger cache would not keep them).
 */
const PAGE_CACHE_KIB = 32 * 1024;

/** The pragmas every writable vault connection gets. Run only after the key is known to work. */
export function applyConnectionPragmas(db: WritableDb): void {
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${PAGE_CACHE_KIB}`);
  db.pragma('secure_delete=ON');
  db.pragma('foreign_keys=ON');
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
}

/** Pragmas for a read-only connection (verification of backups, the CLI's verify). */
export function applyReadOnlyPragmas(db: WritableDb): void {
  db.pragma('temp_store=MEMORY');
  db.pragma(`cache_size=-${PAGE_CACHE_KIB}`);
  db.pragma('foreign_keys=ON');
}

export function readKdfIterations(db: WritableDb): number {
  return Number(db.pragma('kdf_iter', { simple: true }));
}

export function readCipherName(db: WritableDb): string {
  return String(db.pragma('cipher', { simple: true }));
}

/** True when the file starts with the plaintext SQLite header, i.e. it is not encrypted at all. */
export function hasPlaintextHeader(head: Buffer): boolean {
  return head.length >= PLAINTEXT_SQLITE_HEADER.length && head.subarray(0, 16).equals(PLAINTEXT_SQLITE_HEADER);
}

/** Single-quoted SQL string literal (for VACUUM INTO paths). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

let cachedVersion: string | null = null;
export function sqlcipherVersion(nativeBinding?: string): string {
  if (cachedVersion !== null) return cachedVersion;
  const db = new Database(':memory:', nativeBinding === undefined ? {} : { nativeBinding });
  try {
    const row = db.prepare('SELECT sqlite3mc_version() AS mc, sqlite_version() AS s').get() as { mc: string; s: string };
    cachedVersion = `${row.mc} (SQLite ${row.s})`;
    return cachedVersion;
  } finally {
    db.close();
  }
}
