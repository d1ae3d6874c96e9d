import type { Operator } from '../../../shared/contract/schemas';
import { appendAudit, type AuditEvent } from '../audit/auditChain';
import { operatorLabel } from './operatorLabel';
import type { WritableDb } from '../vault/connection';
import { UndoLog, type UndoEntry as AnyUndoEntry } from './undoLog';

/** Everything a write needs: where, who, when, and where to leave its way back. */
export interface WriteContext {
  db: WritableDb;
  operator: Operator;
  at: Date;
  undo: WriteUndoLog;
}

/** The session's undo log, whose entries revert with a write context. */
export type WriteUndoLog = UndoLog<WriteContext>;

/** A way back from one write, reverted with a write context of its own. */
export type UndoEntry = AnyUndoEntry<WriteContext>;

/**
 * A write context for a write that is not one of the user's edits (the session's own settings, the
 * CLI, a seed, a fixture): its way back is kept nowhere, so Ctrl+Z never offers it.
 */
export function writeOutsideHistory(db: WritableDb, operator: Operator, at: Date): WriteContext {
  return { db, operator, at, undo: new UndoLog<WriteContext>(0) };
}

export function stamp(ctx: WriteContext): { when: string; by: string } {
  return { when: ctx.at.toISOString(), by: operatorLabel(ctx.operator) };
}

export function audit(ctx: WriteContext, event: AuditEvent): void {
  appendAudit(ctx.db, ctx.operator, event, ctx.at);
}

/** Runs a change as one immediate transaction: the rows, the audit entry and the search index together. */
export function inTransaction<T>(ctx: WriteContext, work: () => T): T {
  return ctx.db.transaction(work).immediate();
}
