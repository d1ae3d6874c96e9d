import { AppError } from '../../../shared/contract/errors';

/** The code of a SqliteError or a Node fs error, if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Turns storage failures into the user-facing errors of the contract. Anything not recognised is
 * rethrown unchanged so `dispatch` reports it as `internal` without leaking details. The original
 * stays as the `cause` (never sent to the renderer): the command line names the file and the exact
 * kind from it.
 */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const mapped = storageAppError(error);
  if (mapped === undefined) return error;
  mapped.cause = error;
  return mapped;
}

function storageAppError(error: unknown): AppError | undefined {
  const code = errorCode(error);
  if (code === undefined) return undefined;
  if (code === 'SQLITE_NOTADB') return new AppError('wrong_passphrase_or_damaged');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_IOERR_WRITE') {
    return new AppError('disk_full');
  }
  // CANTOPEN comes after our own existence checks, so it means SQLite may not create its -wal/-shm.
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new AppError('read_only_location');
  }
  if (code === 'ENOENT') return new AppError('file_not_found');
  if (code === 'EEXIST') return new AppError('file_exists');
  if (code === 'SQLITE_CORRUPT') return new AppError('wrong_passphrase_or_damaged');
  return undefined;
}

/** Runs `work`, translating storage failures into AppErrors. */
export function mapStorageErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toAppError(error);
  }
}
