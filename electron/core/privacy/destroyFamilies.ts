import { DERIVED_TABLES } from '../recordStore/derivedTables';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { DestroyRequest, Destruction } from '../../../shared/contract/privacyChannels';
import { RETENTION_CLASS_NAMES } from '../../../shared/retention/retentionClasses';
import { appendAudit } from '../audit/auditChain';
import { operatorLabel } from '../recordStore/operatorLabel';
import type { WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { readRequest, refuseNames } from './erasureRequests';
import { familyReference } from './familyReference';
import { countedNoun, familyTables } from './familyTables';
import { retentionItem } from './retentionService';

const REASON_WORDS: Record<DestroyRequest['reason'], string> = {
  bewaartermijn_verstreken: 'bewaartermijn verstreken',
  verzoek_betrokkene: 'verzoek van betrokkene',
  anders: 'andere reden',
};

function sameName(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').localeCompare(b.trim().replace(/\s+/g, ' '), 'nl', { sensitivity: 'accent' }) === 0;
}

/** What the user must type: the family's name for one family, the number of families for more. */
function checkConfirmation(db: ReadableDb, familyIds: readonly string[], confirmation: string): void {
  if (familyIds.length > 1) {
    if (confirmation.trim() !== String(familyIds.length)) {
      throw new AppError('invalid_request', `Typ het aantal dossiers (${familyIds.length}) om de vernietiging te bevestigen.`);
    }
    return;
  }
  const row = db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyIds[0]) as { display_name: string } | undefined;
  if (row === undefined) throw new AppError('not_found');
  if (!sameName(row.display_name, confirmation)) {
    throw new AppError('invalid_request', 'De getypte naam is niet de naam van het gezin. Er is niets vernietigd.');
  }
}

/** "3 gezinsleden, 2 betrokkenheden": how much went, never what. */
function countsOf(db: ReadableDb, familyId: string, tables: readonly string[]): string {
  const parts: string[] = [];
  for (const table of tables) {
    const { n } = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE family_id = ?`).get(familyId) as { n: number };
    if (n > 0) parts.push(countedNoun(table, n));
  }
  return parts.length === 0 ? 'alleen het gezin zelf' : `het gezin, ${parts.join(', ')}`;
}

/**
 * Destroys one or more families in one transaction: every row in every table with a family_id
 * (found from the schema), the family itself, its search-index row — and the FTS5 index is rebuilt,
 * because a plain delete leaves the family's words in the index segments. One `destroy` audit
 * entry and one `destructions` row per family record the reason, who and when, and counts only.
 * Removing the bytes from the file (a rewrite of the file) and from backups happens after the
 * commit (see VaultSession.rewriteFile and the handler); the in-memory undo entries are purged by the caller.
 */
export function destroyFamilies(ctx: WriteContext, request: DestroyRequest): Destruction[] {
  const { db } = ctx;
  const ids = [...new Set(request.familyIds)];
  return db
    .transaction((): Destruction[] => {
      checkConfirmation(db, ids, request.confirmation);
      refuseNames(db, ids, request.reasonText);
      const requestRecord = request.requestId === null ? null : readRequest(db, request.requestId);
      if (request.reason === 'verzoek_betrokkene') {
        if (requestRecord === null || requestRecord.familyId !== ids[0]) throw new AppError('not_found');
        if (requestRecord.decision !== 'toegewezen') throw new AppError('invalid_request', 'Het verzoek is afgewezen; op grond daarvan wordt niets vernietigd.');
        if (requestRecord.destroyedAt !== null) throw new AppError('invalid_request', 'Op dit verzoek is het dossier al vernietigd.');
      }
      const items = ids.map((id) => retentionItem(db, id, ctx.at));
      if (request.reason === 'bewaartermijn_verstreken') {
        const early = items.filter((i) => i.state !== 'verlopen');
        if (early.length > 0) {
          throw new AppError(
            'invalid_request',
            `De bewaartermijn is nog niet verstreken voor ${early.map((i) => familyReference(i.familyId)).join(', ')}. Kies een andere reden of wacht tot de termijn voorbij is.`,
          );
        }
      }
      const tables = familyTables(db);
      const when = ctx.at.toISOString();
      const by = operatorLabel(ctx.operator);
      const out: Destruction[] = [];
      for (const item of items) {
        const familyId = item.familyId;
        const ref = familyReference(familyId);
        const removed = countsOf(db, familyId, tables);
        // Children before the family; ON DELETE CASCADE would do most of it, but a table added
        // later without a cascade must not keep rows (or block the delete) unnoticed.
        db.prepare('DELETE FROM family_search WHERE rowid = (SELECT rowid FROM families WHERE id = ?)').run(familyId);
        for (const table of tables) db.prepare(`DELETE FROM "${table}" WHERE family_id = ?`).run(familyId);
        db.prepare('DELETE FROM families WHERE id = ?').run(familyId);
        for (const table of DERIVED_TABLES) db.prepare(`DELETE FROM "${table}" WHERE family_id = ?`).run(familyId);
        for (const table of tables) {
          const { n } = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE family_id = ?`).get(familyId) as { n: number };
          if (n > 0) throw new Error(`destroy left ${n} rows in ${table}`);
        }
        const reasonText = request.reasonText.trim();
        const entry = appendAudit(
          db,
          ctx.operator,
          {
            action: 'destroy',
            entity: 'family',
            entityId: familyId,
            familyId,
            summary:
              `${ref} vernietigd. Reden: ${REASON_WORDS[request.reason]}${reasonText ? ` (${reasonText})` : ''}` +
              `${requestRecord ? `, verzoek van ${requestRecord.requestDate}` : ''}. Bewaarklasse: ${RETENTION_CLASS_NAMES[item.retentionClass]}. ` +
              `Verwijderd: ${removed}. Oudere reservekopieën worden verwijderd.`,
          },
          ctx.at,
        );
        const id = randomUUID();
        db.prepare(
          `INSERT INTO destructions (id, family_id, family_ref, reason, reason_text, retention_class, request_id, removed, destroyed_at, destroyed_by, audit_seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(id, familyId, ref, request.reason, reasonText, item.retentionClass, requestRecord?.id ?? null, removed, when, by, entry.seq);
        if (requestRecord !== null) db.prepare('UPDATE destruction_requests SET destroyed_at = ? WHERE id = ?').run(when, requestRecord.id);
        out.push({
          id,
          familyId,
          familyRef: ref,
          reason: request.reason,
          reasonText,
          retentionClass: item.retentionClass,
          requestId: requestRecord?.id ?? null,
          removed,
          destroyedAt: when,
          destroyedBy: by,
        });
      }
      // A plain FTS5 delete only adds a tombstone; the words stay in the index pages until merged.
      db.exec("INSERT INTO family_search (family_search) VALUES ('rebuild')");
      return out;
    })
    .immediate();
}

export function listDestructions(db: ReadableDb): Destruction[] {
  const rows = db.prepare('SELECT * FROM destructions ORDER BY destroyed_at DESC').all() as {
    id: string;
    family_id: string;
    family_ref: string;
    reason: Destruction['reason'];
    reason_text: string;
    retention_class: Destruction['retentionClass'];
    request_id: string | null;
    removed: string;
    destroyed_at: string;
    destroyed_by: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    familyId: r.family_id,
    familyRef: r.family_ref,
    reason: r.reason,
    reasonText: r.reason_text,
    retentionClass: r.retention_class,
    requestId: r.request_id,
    removed: r.removed,
    destroyedAt: r.destroyed_at,
    destroyedBy: r.destroyed_by,
  }));
}
