import { UndoLog } from '../recordStore/undoLog';
import type { WriteContext, WriteUndoLog } from '../recordStore/writeContext';
import type { VaultSession } from '../session/VaultSession';
import type { ReadableDb } from '../vault/connection';
import type { HostServices } from './hostServices';

/** What `app:info` reports about the build. */
export interface BuildInfo {
  version: string;
  buildTime: string;
  commit: string;
}

/** Everything a feature's handlers may use; every `create…Handlers` takes this one object. */
export interface HandlerDeps {
  session: VaultSession;
  host: HostServices;
  now: () => Date;
  /** The app's one undo history (`history:undo`), cleared on lock. */
  undo: WriteUndoLog;
  build: BuildInfo;
  /** Native better-sqlite3-multiple-ciphers build for the host's ABI, when it is not Node's. */
  nativeBinding: string | undefined;
  /** Runs `forget` at every lock: a handler that holds vault content in memory drops it there. */
  onLock(forget: () => void): void;
}

export interface ReadWrite {
  /** A read under the operator, on a connection that cannot write. */
  read<T>(work: (db: ReadableDb) => T): T;
  /** A write under the operator: the rows, its audit entry and its way back in one write context. */
  write<T>(work: (ctx: WriteContext) => T): T;
}

/**
 * The one read/write helper of the handler files. `undoable: false` is for changes that cannot be
 * called back once they happened outside the vault (a letter that left): their way back goes into
 * a log that keeps nothing, so Ctrl+Z never offers them and no vault content stays in memory after
 * the lock clears the app's own history.
 */
export function readWrite(deps: HandlerDeps, options: { undoable: boolean } = { undoable: true }): ReadWrite {
  const undo = options.undoable ? deps.undo : new UndoLog<WriteContext>(0);
  return {
    read: (work) => deps.session.withRead(work),
    write: (work) => deps.session.withWrite((db, operator) => work({ db, operator, at: deps.now(), undo })),
  };
}
