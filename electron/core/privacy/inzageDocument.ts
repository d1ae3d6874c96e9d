import { AppError } from '../../../shared/contract/errors';
import type { Operator } from '../../../shared/contract/schemas';
import { INZAGE_SCHEMA_ID, INZAGE_SCHEMA_VERSION, type InzageDocument, type InzageRow } from '../../../shared/retention/inzageDocument';
import { operatorLabel } from '../recordStore/operatorLabel';
import type { ReadableDb } from '../vault/connection';
import { familyTables } from './familyTables';
import { DERIVED_TABLES } from '../recordStore/derivedTables';
import { replaceOtherFamiliesInInzage } from './otherFamiliesInInzage';
import { medicalMinutesItemId } from '../meetingMode/meetingModeState';
import { INZAGE_MEDICAL_WITHHELD_TEXT, mayGoIntoInzage } from '../../../shared/exports/recipientScope';
import { organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';

type Row = Record<string, unknown>;

function cells(row: Row): InzageRow {
  const out: InzageRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = typeof value === 'string' || typeof value === 'number' || value === null ? value : String(value);
  }
  return out;
}

function idsIn(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }
  return [value];
}

/**
 * For "one person": a row is about someone else when it names a member (member_id, person_id,
 * child_id) who is not the person, or lists members (member_ids) without them. Rows about the
 * family as a whole stay: they concern everyone in it.
 */
function aboutSomeoneElse(table: string, row: Row, personId: string): boolean {
  if (table === 'family_members') return row.id !== personId;
  for (const column of ['member_id', 'person_id', 'child_id']) {
    const v = row[column];
    if (typeof v === 'string' && v !== personId) return true;
  }
  const listed = row.member_ids;
  if (typeof listed === 'string') {
    const ids = idsIn(listed);
    if (ids.length > 0 && !ids.includes(personId)) return true;
  }
  return false;
}

/** Tables whose rows hang under a family table's row (assessment answers, action reviews…), from the foreign keys. */
function childTables(db: ReadableDb, parents: ReadonlySet<string>): { table: string; column: string; parent: string }[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as {
    name: string;
  }[];
  const out: { table: string; column: string; parent: string }[] = [];
  for (const { name } of tables) {
    if (parents.has(name) || name.startsWith('family_search') || name === 'audit_log' || DERIVED_TABLES.includes(name)) continue;
    const fks = db.prepare('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(name) as { table: string; from: string; to: string | null }[];
    for (const fk of fks) {
      // Only rows that exist because of a family row (their cascade parent), not rows that merely point at a shared record.
      if (parents.has(fk.table) && (fk.to === 'id' || fk.to === null) && fk.table !== 'meetings') out.push({ table: name, column: fk.from, parent: fk.table });
    }
  }
  return out;
}

/**
 * Everything the vault holds about one family (or one person in it), for inzage and portability.
 * Built from the schema (every table with a family_id, the rows that hang under them, the meetings
 * and export-log lines the family appears in), so a table added later cannot be forgotten.
 */
export function buildInzageDocument(db: ReadableDb, operator: Operator, at: Date, familyId: string, personId: string | null): InzageDocument {
  const family = db.prepare('SELECT * FROM families WHERE id = ?').get(familyId) as Row | undefined;
  if (family === undefined) throw new AppError('not_found');
  if (personId !== null && db.prepare('SELECT 1 FROM family_members WHERE id = ? AND family_id = ?').get(personId, familyId) === undefined) {
    throw new AppError('not_found');
  }
  const keep = (table: string, rows: Row[]) => (personId === null ? rows : rows.filter((r) => !aboutSomeoneElse(table, r, personId)));
  const records: Record<string, Row[]> = { families: [family] };
  const tables = [...familyTables(db), 'destruction_requests'];
  for (const table of tables) {
    const rows = keep(table, db.prepare(`SELECT * FROM "${table}" WHERE family_id = ? ORDER BY rowid`).all(familyId) as Row[]);
    if (rows.length > 0) records[table] = rows;
  }
  // Rows under those rows, level by level (answers under assessments, reviews under actions…).
  let parents = new Set(Object.keys(records));
  for (let depth = 0; depth < 4; depth += 1) {
    const added = new Set<string>();
    for (const child of childTables(db, parents)) {
      const parentIds = (records[child.parent] ?? []).map((r) => r.id).filter((id): id is string => typeof id === 'string');
      if (parentIds.length === 0) continue;
      const rows = keep(
        child.table,
        db.prepare(`SELECT * FROM "${child.table}" WHERE "${child.column}" IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(JSON.stringify(parentIds)) as Row[],
      );
      if (rows.length === 0) continue;
      const existing = records[child.table] ?? [];
      const seen = new Set(existing.map((r) => JSON.stringify(r)));
      records[child.table] = [...existing, ...rows.filter((r) => !seen.has(JSON.stringify(r)))];
      added.add(child.table);
    }
    if (added.size === 0) break;
    parents = added;
  }
  // The meetings the family was discussed in, and the export-log lines that name the family.
  const meetingIds = [...new Set([...(records.agenda_items ?? []), ...(records.meeting_cases ?? [])].map((r) => r.meeting_id))];
  if (meetingIds.length > 0) {
    records.meetings = db.prepare('SELECT * FROM meetings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY starts_at').all(JSON.stringify(meetingIds)) as Row[];
  }
  const exportIds = (records.export_log_families ?? []).map((r) => r.export_id);
  if (exportIds.length > 0) {
    records.export_log = db.prepare('SELECT * FROM export_log WHERE id IN (SELECT value FROM json_each(?)) ORDER BY at').all(JSON.stringify(exportIds)) as Row[];
  }

  const withheld = [...withholdMedical(db, records, personId), ...replaceOtherFamiliesInInzage(db, familyId, records)];

  const referenced = new Set<string>();
  for (const rows of Object.values(records)) for (const row of rows) for (const value of Object.values(row)) for (const id of idsIn(value)) referenced.add(id);
  const organisations = (db.prepare('SELECT id, name, type FROM organisations ORDER BY name').all() as { id: string; name: string; type: string }[]).filter((o) =>
    referenced.has(o.id),
  );
  const professionals = (
    db.prepare('SELECT id, name, organisation_id, role FROM professionals ORDER BY name').all() as { id: string; name: string; organisation_id: string; role: string }[]
  )
    .filter((p) => referenced.has(p.id))
    .map((p) => ({ id: p.id, name: p.name, organisationId: p.organisation_id, role: p.role }));
  for (const p of professionals) {
    if (!organisations.some((o) => o.id === p.organisationId)) {
      const o = db.prepare('SELECT id, name, type FROM organisations WHERE id = ?').get(p.organisationId) as { id: string; name: string; type: string } | undefined;
      if (o) organisations.push(o);
    }
  }
  const trail = db
    .prepare('SELECT seq, at, operator_name, operator_organisation, operator_role, action, summary FROM audit_log WHERE family_id = ? ORDER BY seq')
    .all(familyId) as { seq: number; at: string; operator_name: string; operator_organisation: string; operator_role: string; action: string; summary: string }[];

  return {
    schema: INZAGE_SCHEMA_ID,
    schemaVersion: INZAGE_SCHEMA_VERSION,
    generatedAt: at.toISOString(),
    generatedBy: operatorLabel(operator),
    scope: personId === null ? 'gezin' : 'persoon',
    familyId,
    personId,
    records: Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, rows.map(cells)])),
    directory: { organisations, professionals },
    auditTrail: trail.map((e) => ({
      seq: e.seq,
      at: e.at,
      operator: `${e.operator_name} — ${e.operator_organisation} (${e.operator_role})`,
      action: e.action,
      summary: e.summary,
    })),
    ...(withheld.length > 0 ? { withheld } : {}),
  };
}

/** Leaves out what medical secrecy keeps from this inzage (timeline events, a case's JGZ notes), counted with the reason. */
function withholdMedical(db: ReadableDb, records: Record<string, Row[]>, personId: string | null): { table: string; count: number; reason: string }[] {
  const inzage = { scope: personId === null ? ('gezin' as const) : ('persoon' as const), personId };
  const released = (type: string, id: unknown) => db.prepare('SELECT 1 FROM secrecy_releases WHERE item_type = ? AND item_id = ?').get(type, id) !== undefined;
  const out: { table: string; count: number; reason: string }[] = [];
  const events = records.timeline_events ?? [];
  const kept = events.filter((e) =>
    mayGoIntoInzage(inzage, { medical: organisationUnderMedicalSecrecy(db, typeof e.organisation_id === 'string' ? e.organisation_id : null), released: released('tijdlijn', e.id), memberIds: idsIn(e.member_ids) }),
  );
  if (kept.length < events.length) {
    out.push({ table: 'timeline_events', count: events.length - kept.length, reason: INZAGE_MEDICAL_WITHHELD_TEXT });
    records.timeline_events = kept;
  }
  let notes = 0;
  const cases = records.meeting_cases;
  if (cases !== undefined) {
    records.meeting_cases = cases.map((c) => {
      const text = typeof c.medical_minutes === 'string' ? c.medical_minutes : '';
      if (text.trim() === '' || released('notulen_medisch', medicalMinutesItemId(String(c.meeting_id), String(c.family_id)))) return c;
      notes += 1;
      return { ...c, medical_minutes: '' };
    });
  }
  if (notes > 0) out.push({ table: 'meeting_cases', count: notes, reason: INZAGE_MEDICAL_WITHHELD_TEXT });
  return out;
}
