import { AppError } from '../../../shared/contract/errors';
import type { ReadableDb } from '../vault/connection';

/**
 * Checks a reference before writing it, so a stale id from the screen gets a clear Dutch message
 * instead of a foreign-key failure, and nothing is written.
 */
export function requireRow(db: ReadableDb, table: string, id: string, what: string, extraWhere = '', params: unknown[] = []): void {
  const found = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?${extraWhere ? ` AND ${extraWhere}` : ''}`).get(id, ...params);
  if (!found) throw new AppError('invalid_request', `${what} bestaat niet (meer) of hoort hier niet bij.`);
}
