import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { ReadableDb } from '../vault/connection';
import { reindexFamily } from './searchIndex';
import { reinsert, restoreValues, takeSnapshot } from './rowSnapshot';
import type { UndoEntry } from './writeContext';
import { audit, inTransaction, stamp, type WriteContext } from './writeContext';

/**
 * One description per stored record type: which property lives in which column and how it is
 * encoded. Every register record is read, created, updated, removed and undone the same way, so
 * audit entries, the search index and undo can never be forgotten for one of them.
 */
type Encoding = 'text' | 'nullable' | 'bool' | 'json';
export interface RecordTable<T extends { id: string }> {
  table: string;
  entity: string;
  /** Dutch noun for audit summaries and the undo label. */
  noun: string;
  columns: { [K in keyof T]: [column: string, encoding: Encoding] };
  /** Which stamps rows carry: all four, or only created_at for append-only records (consents). */
  stamped: 'full' | 'created';
  familyIdOf(record: T, db: ReadableDb): string | null;
}

export function toRow<T extends { id: string }>(spec: RecordTable<T>, record: T): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [prop, [column, enc]] of Object.entries(spec.columns) as [keyof T & string, [string, Encoding]][]) {
    const value = record[prop];
    row[column] = enc === 'bool' ? (value ? 1 : 0) : enc === 'json' ? JSON.stringify(value) : value;
  }
  return row;
}

export function fromRow<T extends { id: string }>(spec: RecordTable<T>, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [prop, [column, enc]] of Object.entries(spec.columns) as [string, [string, Encoding]][]) {
    const value = row[column];
    out[prop] = enc === 'bool' ? value === 1 : enc === 'json' ? JSON.parse(String(value)) : value;
  }
  return out as T;
}

export function readRecord<T extends { id: string }>(db: ReadableDb, spec: RecordTable<T>, id: string): T {
  const row = db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found');
  return fromRow(spec, row);
}

export function readRecords<T extends { id: string }>(db: ReadableDb, spec: RecordTable<T>, where: string, params: unknown[], orderBy: string): T[] {
  const rows = db.prepare(`SELECT * FROM ${spec.table} WHERE ${where} ORDER BY ${orderBy}`).all(...params) as Record<string, unknown>[];
  return rows.map((r) => fromRow(spec, r));
}

function touchFamily(ctx: WriteContext, familyId: string | null): void {
  if (familyId === null) return;
  const { when, by } = stamp(ctx);
  ctx.db.prepare('UPDATE families SET updated_at = ?, updated_by = ? WHERE id = ?').run(when, by, familyId);
  reindexFamily(ctx.db, familyId);
}

/**
 * Creates (no id) or updates (id) a record in one transaction, with its audit entry naming the
 * changed fields, the family's search row and an undo entry.
 */
export function saveRecord<T extends { id: string }>(
  ctx: WriteContext,
  spec: RecordTable<T>,
  input: Omit<T, 'id'> & { id?: string | undefined },
  afterWrite?: (record: T) => void,
): T {
  let undoEntry: UndoEntry | undefined;
  const saved = inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    const isNew = input.id === undefined;
    const id = input.id ?? randomUUID();
    const record = { ...input, id } as T;
    const row = toRow(spec, record);
    const familyId = spec.familyIdOf(record, ctx.db);
    let changed: string[];
    if (isNew) {
      const full = spec.stamped === 'full' ? { ...row, created_at: when, updated_at: when, created_by: by, updated_by: by } : { ...row, created_at: when };
      const cols = Object.keys(full);
      ctx.db.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(full);
      changed = Object.keys(spec.columns).filter((k) => k !== 'id');
      undoEntry = {
        description: `${spec.noun} toegevoegd`,
        familyId,
        revert: (c) => {
          c.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
          touchFamily(c, familyId);
        },
      };
    } else {
      const before = takeSnapshot(ctx.db, spec.table, ['id'], 'id = ?', [id]);
      const previous = before.rows[0];
      if (!previous) throw new AppError('not_found');
      changed = (Object.entries(spec.columns) as [string, [string, Encoding]][])
        .filter(([, [column]]) => previous[column] !== row[column])
        .map(([prop]) => prop);
      const full = spec.stamped === 'full' ? { ...row, updated_at: when, updated_by: by } : row;
      const set = Object.keys(full).filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ');
      ctx.db.prepare(`UPDATE ${spec.table} SET ${set} WHERE id = @id`).run(full);
      undoEntry = {
        description: `${spec.noun} gewijzigd`,
        familyId,
        revert: (c) => {
          restoreValues(c.db, before);
          touchFamily(c, familyId);
        },
      };
    }
    audit(ctx, {
      action: `${spec.entity}.${isNew ? 'create' : 'update'}`,
      entity: spec.entity,
      entityId: id,
      familyId,
      summary: `${spec.noun} ${isNew ? 'toegevoegd' : 'gewijzigd'}${changed.length ? ` (velden: ${changed.join(', ')})` : ''}`,
    });
    afterWrite?.(record);
    touchFamily(ctx, familyId);
    return readRecord(ctx.db, spec, id);
  });
  // Only a committed change gets a way back.
  if (undoEntry) ctx.undo.push(undoEntry);
  return saved;
}

/** Removes a record and whatever cascades with it; undo puts all of them back. */
export function removeRecord<T extends { id: string }>(
  ctx: WriteContext,
  spec: RecordTable<T>,
  id: string,
  cascades: { table: string; where: string }[] = [],
): boolean {
  let undoEntry: UndoEntry | undefined;
  const removed = inTransaction(ctx, () => {
    const before = takeSnapshot(ctx.db, spec.table, ['id'], 'id = ?', [id]);
    if (before.rows.length === 0) return false;
    const record = fromRow(spec, before.rows[0]!);
    const familyId = spec.familyIdOf(record, ctx.db);
    const dependents = cascades.map((c) => takeSnapshot(ctx.db, c.table, [], c.where, [id]));
    ctx.db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
    audit(ctx, { action: `${spec.entity}.remove`, entity: spec.entity, entityId: id, familyId, summary: `${spec.noun} verwijderd` });
    undoEntry = {
      description: `${spec.noun} verwijderd`,
      familyId,
      revert: (c) => {
        reinsert(c.db, before);
        for (const d of dependents) reinsert(c.db, d);
        touchFamily(c, familyId);
      },
    };
    touchFamily(ctx, familyId);
    return true;
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return removed;
}

/** Applies the newest undo entry as a change of its own, audited like any other. */
export function undoLast(ctx: WriteContext): string | null {
  const entry = ctx.undo.pop();
  if (!entry) return null;
  try {
    inTransaction(ctx, () => {
      entry.revert(ctx);
      audit(ctx, { action: 'history.undo', entity: 'history', entityId: null, familyId: entry.familyId, summary: `Ongedaan gemaakt: ${entry.description}` });
    });
  } catch (error) {
    // Later changes depend on this one (e.g. a professional added to a new organisation): nothing changed.
    if (error instanceof Error && /FOREIGN KEY/i.test(error.message)) {
      throw new AppError('invalid_request', `"${entry.description}" kan niet meer ongedaan worden gemaakt: latere gegevens hangen ervan af.`);
    }
    throw error;
  }
  return entry.description;
}
