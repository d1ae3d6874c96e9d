import crypto from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { FamilyDetail, FamilyMember, FamilySummary, MemberRole } from '../../../shared/contract/schemas';
import { reindexFamily } from '../recordStore/searchIndex';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';

interface FamilyRow {
  id: string;
  display_name: string;
  anonymous: number;
  note: string;
  created_at: string;
  updated_at: string;
}

interface MemberRow {
  id: string;
  role: MemberRole;
  given_name: string;
  family_name: string;
  birth_date: string | null;
}

export interface NewMember {
  role: MemberRole;
  givenName: string;
  familyName: string;
  birthDate: string | null;
}

/** LIKE with the user's text taken literally (% and _ are not wildcards for them). */
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function listFamilies(db: ReadableDb, query: string): FamilySummary[] {
  const q = query.trim();
  const rows = (
    q === ''
      ? db
          .prepare(
            `SELECT f.id, f.display_name, f.anonymous, f.updated_at,
                    (SELECT count(*) FROM family_members m WHERE m.family_id = f.id) AS member_count
             FROM families f ORDER BY f.display_name COLLATE NOCASE, f.id`,
          )
          .all()
      : db
          .prepare(
            `SELECT f.id, f.display_name, f.anonymous, f.updated_at,
                    (SELECT count(*) FROM family_members m WHERE m.family_id = f.id) AS member_count
             FROM families f
             WHERE f.display_name LIKE @p ESCAPE '\\'
                OR EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = f.id
                           AND (m.given_name LIKE @p ESCAPE '\\' OR m.family_name LIKE @p ESCAPE '\\'
                                OR (m.given_name || ' ' || m.family_name) LIKE @p ESCAPE '\\'))
             ORDER BY f.display_name COLLATE NOCASE, f.id`,
          )
          .all({ p: likePattern(q) })
  ) as (Pick<FamilyRow, 'id' | 'display_name' | 'anonymous' | 'updated_at'> & { member_count: number })[];
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    anonymous: r.anonymous === 1,
    memberCount: r.member_count,
    updatedAt: r.updated_at,
  }));
}

export function getFamily(db: ReadableDb, id: string): FamilyDetail {
  const row = db
    .prepare('SELECT id, display_name, anonymous, note, created_at, updated_at FROM families WHERE id = ?')
    .get(id) as FamilyRow | undefined;
  if (row === undefined) throw new AppError('not_found');
  const members = db
    .prepare(
      `SELECT id, role, given_name, family_name, birth_date FROM family_members
       WHERE family_id = ? ORDER BY CASE role WHEN 'ouder' THEN 0 WHEN 'verzorger' THEN 1 WHEN 'kind' THEN 2
       WHEN 'verwacht_kind' THEN 3 ELSE 4 END, birth_date, given_name`,
    )
    .all(id) as MemberRow[];
  return {
    id: row.id,
    displayName: row.display_name,
    anonymous: row.anonymous === 1,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    members: members.map(
      (m): FamilyMember => ({
        id: m.id,
        role: m.role,
        givenName: m.given_name,
        familyName: m.family_name,
        birthDate: m.birth_date,
      }),
    ),
  };
}

/** Creates a family (and optionally its members) in one transaction with one audit entry each. */
export function createFamily(ctx: WriteContext, input: { displayName: string; anonymous: boolean; members?: NewMember[] }): FamilyDetail {
  const id = crypto.randomUUID();
  const { when, by } = stamp(ctx);
  inTransaction(ctx, () => {
    ctx.db
      .prepare(
        `INSERT INTO families (id, display_name, anonymous, note, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, '', ?, ?, ?, ?)`,
      )
      .run(id, input.displayName, input.anonymous ? 1 : 0, when, when, by, by);
    audit(ctx, {
      action: 'family.create',
      entity: 'family',
      entityId: id,
      familyId: id,
      summary: `Gezin aangemaakt (${input.anonymous ? 'anoniem' : 'met naam'})`,
    });
    for (const member of input.members ?? []) addMember(ctx, id, member);
    reindexFamily(ctx.db, id);
  });
  return getFamily(ctx.db, id);
}

/** Adds a member; call inside a transaction. */
export function addMember(ctx: WriteContext, familyId: string, member: NewMember): string {
  const id = crypto.randomUUID();
  const { when, by } = stamp(ctx);
  ctx.db
    .prepare(
      `INSERT INTO family_members (id, family_id, role, given_name, family_name, birth_date,
         created_at, updated_at, created_by, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, familyId, member.role, member.givenName, member.familyName, member.birthDate, when, when, by, by);
  audit(ctx, {
    action: 'member.create',
    entity: 'family_member',
    entityId: id,
    familyId,
    summary: `Gezinslid toegevoegd (rol: ${member.role}; velden: voornaam, achternaam${member.birthDate === null ? '' : ', geboortedatum'})`,
  });
  return id;
}

/**
 * The autosave path: one row, one audit entry, one short transaction. The summary records that
 * the note changed and its length, not its content.
 */
export function updateFamilyNote(ctx: WriteContext, id: string, note: string): { updatedAt: string } {
  const { when, by } = stamp(ctx);
  inTransaction(ctx, () => {
    const result = ctx.db.prepare('UPDATE families SET note = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(note, when, by, id);
    if (result.changes === 0) throw new AppError('not_found');
    audit(ctx, { action: 'family.update', entity: 'family', entityId: id, familyId: id, summary: `Notitie gewijzigd (${note.length} tekens)` });
  });
  return { updatedAt: when };
}
