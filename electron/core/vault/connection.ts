import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * The connection a write gets: statements can run, transactions and `exec` exist. Only
 * `VaultSession.withWrite` (and the vault's own open, migrate and rekey code) hand it out, and a
 * feature writes through a `WriteContext` built on it, whose `audit` puts the entry in the same
 * transaction.
 */
export type WritableDb = Database.Database;

/** A statement prepared on a read connection: it can be read, never run. */
export interface ReadStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(toggleState?: boolean): ReadStatement;
  raw(toggleState?: boolean): ReadStatement;
}

/**
 * The connection a read gets (`VaultSession.withRead`): no `run`, no `exec`, no transaction, so a
 * read handler that tries to change something, and with it skip its audit entry, does not compile.
 * A writable connection is also readable, so the read functions serve both.
 */
export interface ReadableDb {
  prepare(source: string): ReadStatement;
  readonly inTransaction: boolean;
}
