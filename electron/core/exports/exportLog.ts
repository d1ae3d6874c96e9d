import { randomUUID } from 'node:crypto';
import type { ExportKind, ExportLogEntry } from '../../../shared/contract/exportLogChannels';
import type { Operator } from '../../../shared/contract/schemas';
import { EXPORT_KIND_VERBS, EXPORT_KIND_WORDS } from '../../../shared/exports/exportWords';
import { appendAudit } from '../audit/auditChain';
import { operatorLabel } from '../recordStore/operatorLabel';
import type { ReadableDb, WritableDb } from '../vault/connection';

export interface ExportRecord {
  kind: ExportKind;
  fileName: string;
  familyIds: readonly string[];
  meetingId: string | null;
  recipient: { professionalId: string | null; name: string; organisation: string } | null;
  /** Short Dutch summary of what the file holds: counts and categories, never content. */
  included: string;
  /** Short Dutch summary of what was left out and why (counts and reasons). */
  withheld: string;
}

/**
 * Records that a file left the vault: one export_log row (what went to whom, searchable per family
 * and meeting) and one hash-chained audit entry per family (or one without family), so the export
 * shows in every family's Logboek and cannot be removed unnoticed. Must run inside the write
 * transaction of the export; call it only once the file was written.
 */
export function recordExport(db: WritableDb, operator: Operator, at: Date, record: ExportRecord): string {
  if (!db.inTransaction) throw new Error('recordExport must run inside a transaction');
  const id = randomUUID();
  const words = EXPORT_KIND_VERBS[record.kind] ?? { verb: 'geëxporteerd', preposition: 'aan' };
  const to =
    record.recipient === null ? '' : ` ${words.preposition} ${record.recipient.name}${record.recipient.organisation ? ` (${record.recipient.organisation})` : ''}`;
  const summary = `${EXPORT_KIND_WORDS[record.kind]} ${words.verb}${to}: ${record.fileName}`;
  const families = [...new Set(record.familyIds)];
  const targets: (string | null)[] = families.length === 0 ? [null] : families;
  let seq = 0;
  for (const familyId of targets) {
    seq = appendAudit(db, operator, { action: 'export', entity: 'export', entityId: id, familyId, summary }, at).seq;
  }
  db.prepare(
    `INSERT INTO export_log (id, at, operator, kind, file_name, meeting_id, recipient_professional_id, recipient_name,
       recipient_organisation, included, withheld, audit_seq)
     VALUES (@id, @at, @operator, @kind, @fileName, @meetingId, @professionalId, @name, @organisation, @included, @withheld, @seq)`,
  ).run({
    id,
    at: at.toISOString(),
    operator: operatorLabel(operator),
    kind: record.kind,
    fileName: record.fileName,
    meetingId: record.meetingId,
    professionalId: record.recipient?.professionalId ?? null,
    name: record.recipient?.name ?? '',
    organisation: record.recipient?.organisation ?? '',
    included: record.included,
    withheld: record.withheld,
    seq,
  });
  const link = db.prepare('INSERT INTO export_log_families (export_id, family_id) VALUES (?, ?)');
  for (const familyId of families) link.run(id, familyId);
  return id;
}

interface ExportLogRow {
  id: string;
  at: string;
  operator: string;
  kind: ExportKind;
  file_name: string;
  meeting_id: string | null;
  recipient_professional_id: string | null;
  recipient_name: string;
  recipient_organisation: string;
  included: string;
  withheld: string;
  family_ids: string | null;
}

export function listExports(db: ReadableDb, filter: { familyId: string | null; meetingId: string | null; limit: number }): ExportLogEntry[] {
  const rows = db
    .prepare(
      `SELECT e.*, (SELECT group_concat(family_id, ',') FROM export_log_families x WHERE x.export_id = e.id) AS family_ids
       FROM export_log e
       WHERE (@familyId IS NULL OR EXISTS (SELECT 1 FROM export_log_families x WHERE x.export_id = e.id AND x.family_id = @familyId))
         AND (@meetingId IS NULL OR e.meeting_id = @meetingId)
       ORDER BY e.at DESC, e.audit_seq DESC
       LIMIT @limit`,
    )
    .all(filter) as ExportLogRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    operator: r.operator,
    kind: r.kind,
    fileName: r.file_name,
    meetingId: r.meeting_id,
    recipientProfessionalId: r.recipient_professional_id,
    recipientName: r.recipient_name,
    recipientOrganisation: r.recipient_organisation,
    included: r.included,
    withheld: r.withheld,
    familyIds: r.family_ids === null ? [] : r.family_ids.split(','),
  }));
}
