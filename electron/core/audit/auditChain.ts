import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification, Operator } from '../../../shared/contract/schemas';
import type { ReadableDb, WritableDb } from '../vault/connection';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | null;
  familyId: string | null;
  /** What changed, in Dutch, without the content itself (e.g. field names). */
  summary: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  operator_name: string;
  operator_organisation: string;
  operator_role: string;
  action: string;
  entity: string;
  entity_id: string | null;
  family_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
  /**
   * On whose behalf the operator acted (schema version 7); '' for themselves. Optional here because
   * rows read from a vault before version 7 (or written by code that predates it) lack the column.
   */
  on_behalf_of?: string;
}

/**
 * The bytes an entry's hash covers: every field in a fixed order plus the previous hash. A JSON
 * array of strings, numbers and nulls serialises the same way every time.
 *
 * `on_behalf_of` (added in version 7) is appended only when it is non-empty: every entry written
 * before it existed — and every entry of someone acting for themselves — hashes exactly as before,
 * so old chains stay valid, while filling in or clearing the field of an entry changes its hash.
 */
export function canonicalEntry(row: Omit<AuditRow, 'hash'>): string {
  const fields: (string | number | null)[] = [
    row.seq,
    row.at,
    row.operator_name,
    row.operator_organisation,
    row.operator_role,
    row.action,
    row.entity,
    row.entity_id,
    row.family_id,
    row.summary,
    row.prev_hash,
  ];
  const onBehalfOf = row.on_behalf_of ?? '';
  if (onBehalfOf !== '') fields.push(onBehalfOf);
  return JSON.stringify(fields);
}

export function hashEntry(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(row), 'utf8').digest('hex');
}

function readMeta(db: ReadableDb, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

/**
 * Appends one entry and moves the chain head stored in `meta`. Must run inside the transaction of
 * the change it records, so the change and its audit entry commit or vanish together.
 */
export function appendAudit(db: WritableDb, operator: Operator, event: AuditEvent, at: Date): AuditRow {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change');
  const headSeq = Number(readMeta(db, 'audit_head_seq') ?? '0');
  const headHash = readMeta(db, 'audit_head_hash') ?? GENESIS_HASH;
  const base: Omit<AuditRow, 'hash'> = {
    seq: headSeq + 1,
    at: at.toISOString(),
    operator_name: operator.name,
    operator_organisation: operator.organisation,
    operator_role: operator.role,
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    family_id: event.familyId,
    summary: event.summary,
    prev_hash: headHash,
    on_behalf_of: operator.onBehalfOf?.trim() ?? '',
  };
  const row: AuditRow = { ...base, hash: hashEntry(base) };
  // The column is named only when it carries something, so this also runs on a vault whose schema
  // predates version 7 (migration tests) as long as nobody acts on someone else's behalf there.
  const extra = row.on_behalf_of === '' ? { columns: '', values: '' } : { columns: ', on_behalf_of', values: ', @on_behalf_of' };
  db.prepare(
    `INSERT INTO audit_log (seq, at, operator_name, operator_organisation, operator_role, action, entity,
       entity_id, family_id, summary, prev_hash, hash${extra.columns})
     VALUES (@seq, @at, @operator_name, @operator_organisation, @operator_role, @action, @entity,
       @entity_id, @family_id, @summary, @prev_hash, @hash${extra.values})`,
  ).run(row);
  const setMeta = db.prepare('UPDATE meta SET value = ? WHERE key = ?');
  setMeta.run(String(row.seq), 'audit_head_seq');
  setMeta.run(row.hash, 'audit_head_hash');
  return row;
}

/**
 * Walks the whole chain. Detects an edited entry (its hash no longer matches), a reordered or
 * removed entry in the middle (sequence gap or broken link) and entries removed at the end (the
 * head in `meta` points past the last row). Someone holding the passphrase could rewrite the whole
 * chain and the head together; the chain makes tampering evident, it cannot make it impossible.
 */
export function verifyAuditChain(db: ReadableDb): AuditVerification {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  for (const row of rows) {
    entries += 1;
    if (row.seq !== expectedSeq) {
      problems.push(
        row.seq > expectedSeq
          ? `Regel ${expectedSeq} tot en met ${row.seq - 1} ontbreken in het logboek (verwijderd).`
          : `Regel ${row.seq} staat op de verkeerde plek in het logboek.`,
      );
    }
    if (row.prev_hash !== prevHash) {
      problems.push(`Regel ${row.seq} sluit niet aan op de regel ervoor: de volgorde is gewijzigd of er is een regel verwijderd.`);
    }
    const { hash, ...rest } = row;
    if (hashEntry(rest) !== hash) {
      problems.push(`Regel ${row.seq} is gewijzigd nadat hij is vastgelegd.`);
    }
    prevHash = hash;
    expectedSeq = row.seq + 1;
  }
  const headSeq = Number(readMeta(db, 'audit_head_seq') ?? 'NaN');
  const headHash = readMeta(db, 'audit_head_hash');
  const lastSeq = expectedSeq - 1;
  if (headSeq !== lastSeq) {
    problems.push(
      headSeq > lastSeq
        ? `Het logboek hoort tot regel ${headSeq} te lopen maar eindigt bij regel ${lastSeq}: er zijn regels aan het eind verwijderd.`
        : `Het logboek loopt tot regel ${lastSeq}, maar de kluis kent maar ${headSeq} regels: er zijn regels toegevoegd buiten Casustafel om.`,
    );
  } else if (headHash !== prevHash) {
    problems.push('De laatste regel van het logboek is niet de regel die Casustafel heeft vastgelegd.');
  }
  return { ok: problems.length === 0, entries, problems };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    operatorName: row.operator_name,
    operatorOrganisation: row.operator_organisation,
    operatorRole: row.operator_role,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    familyId: row.family_id,
    summary: row.summary,
    onBehalfOf: row.on_behalf_of ?? '',
  };
}

export function listAudit(db: ReadableDb, familyId: string | null, limit: number): AuditEntry[] {
  const rows = (
    familyId === null
      ? db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?').all(limit)
      : db.prepare('SELECT * FROM audit_log WHERE family_id = ? ORDER BY seq DESC LIMIT ?').all(familyId, limit)
  ) as AuditRow[];
  return rows.map(toAuditEntry);
}
