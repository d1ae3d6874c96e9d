import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { ErasureRequest, FamilyPrivacy, RequesterOption } from '../../../shared/contract/privacyChannels';
import { calendarDayOf, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { erasureEligibility, type RequesterFacts } from '../../../shared/retention/erasureRequest';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { familyReference } from './familyReference';
import { helpEndedFor, retentionItem, todayString } from './retentionService';

interface RequestRow {
  id: string;
  family_id: string;
  family_ref: string;
  requester_role: ErasureRequest['requesterRole'];
  request_date: string;
  decision: ErasureRequest['decision'];
  decision_note: string;
  decided_by: string;
  decided_at: string;
  destroyed_at: string | null;
}

function toRequest(r: RequestRow): ErasureRequest {
  return {
    id: r.id,
    familyId: r.family_id,
    familyRef: r.family_ref,
    requesterRole: r.requester_role,
    requestDate: r.request_date,
    decision: r.decision,
    decisionNote: r.decision_note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    destroyedAt: r.destroyed_at,
  };
}

export function listRequests(db: ReadableDb, familyId: string | null): ErasureRequest[] {
  const rows = (
    familyId === null
      ? db.prepare('SELECT * FROM destruction_requests ORDER BY decided_at DESC').all()
      : db.prepare('SELECT * FROM destruction_requests WHERE family_id = ? ORDER BY decided_at DESC').all(familyId)
  ) as RequestRow[];
  return rows.map(toRequest);
}

export function readRequest(db: ReadableDb, id: string): ErasureRequest {
  const row = db.prepare('SELECT * FROM destruction_requests WHERE id = ?').get(id) as RequestRow | undefined;
  if (row === undefined) throw new AppError('not_found');
  return toRequest(row);
}

interface MemberRow {
  id: string;
  role: RequesterFacts['role'];
  given_name: string;
  family_name: string;
  birth_date: string | null;
  parental_authority: number;
}

function requesterOptions(db: ReadableDb, familyId: string, now: Date): RequesterOption[] {
  const on = calendarDayOf(now);
  const members = db
    .prepare('SELECT id, role, given_name, family_name, birth_date, parental_authority FROM family_members WHERE family_id = ? ORDER BY role, birth_date, given_name')
    .all(familyId) as MemberRow[];
  return members.map((m) => {
    const e = erasureEligibility({ role: m.role, parentalAuthority: m.parental_authority === 1, birthDate: m.birth_date }, on);
    return {
      memberId: m.id,
      name: `${m.given_name} ${m.family_name}`.trim(),
      role: m.role,
      allowed: e.allowed,
      as: e.allowed ? e.as : null,
      reason: e.allowed ? '' : e.reason,
    };
  });
}

/** What the dossier's "Inzage en vernietiging" tab shows. */
export function familyPrivacy(db: ReadableDb, familyId: string, now: Date): FamilyPrivacy {
  return {
    item: retentionItem(db, familyId, now),
    helpEndedOn: helpEndedFor(db, familyId),
    requesters: requesterOptions(db, familyId, now),
    requests: listRequests(db, familyId),
  };
}

/** Names in the family, so a typed note can be checked for them (the note outlives the family). */
export function namesIn(db: ReadableDb, familyId: string): string[] {
  const family = db.prepare('SELECT display_name FROM families WHERE id = ?').get(familyId) as { display_name: string } | undefined;
  const members = db.prepare('SELECT given_name, family_name FROM family_members WHERE family_id = ?').all(familyId) as {
    given_name: string;
    family_name: string;
  }[];
  return [family?.display_name ?? '', ...members.flatMap((m) => [m.given_name, m.family_name])].map((n) => n.trim()).filter((n) => n.length >= 2);
}

/**
 * Refuses a text that will outlive the family (reason, decision note) when it contains a name from
 * the dossier: after destruction nothing may point back at the people.
 */
export function refuseNames(db: ReadableDb, familyIds: readonly string[], text: string): void {
  const lower = text.toLocaleLowerCase('nl');
  if (lower === '') return;
  const words = new Set(lower.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean));
  for (const familyId of familyIds) {
    for (const name of namesIn(db, familyId)) {
      const n = name.toLocaleLowerCase('nl');
      if (n.includes(' ') ? lower.includes(n) : words.has(n)) {
        throw new AppError('invalid_request', 'Noem geen namen uit het dossier: deze tekst blijft bewaard nadat het dossier is vernietigd.');
      }
    }
  }
}

/**
 * Records a request for early destruction and the decision on it. The requester must be a parent
 * with authority or the youngster from 12 (shared/retention/erasureRequest); only their role is
 * kept, so the record can stay after the family is destroyed.
 */
export function recordRequest(
  ctx: WriteContext,
  input: { familyId: string; requesterMemberId: string; requestDate: string; decision: ErasureRequest['decision']; decisionNote: string },
): ErasureRequest {
  const id = randomUUID();
  inTransaction(ctx, () => {
    const member = ctx.db
      .prepare('SELECT id, role, given_name, family_name, birth_date, parental_authority FROM family_members WHERE id = ? AND family_id = ?')
      .get(input.requesterMemberId, input.familyId) as MemberRow | undefined;
    if (member === undefined) throw new AppError('not_found');
    const requestDay = parseCalendarDay(input.requestDate)!;
    if (input.requestDate > todayString(ctx.at)) throw new AppError('invalid_request', 'De datum van het verzoek kan niet in de toekomst liggen.');
    const eligibility = erasureEligibility(
      { role: member.role, parentalAuthority: member.parental_authority === 1, birthDate: member.birth_date },
      requestDay,
    );
    if (!eligibility.allowed) throw new AppError('invalid_request', eligibility.reason);
    if (input.decision === 'afgewezen' && input.decisionNote.trim() === '') {
      throw new AppError('invalid_request', 'Geef bij een afwijzing de reden: de verzoeker heeft er recht op die te horen.');
    }
    refuseNames(ctx.db, [input.familyId], input.decisionNote);
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT INTO destruction_requests (id, family_id, family_ref, requester_role, request_date, decision, decision_note, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.familyId, familyReference(input.familyId), eligibility.as, input.requestDate, input.decision, input.decisionNote.trim(), by, when);
    audit(ctx, {
      action: 'privacy.request',
      entity: 'destruction_request',
      entityId: id,
      familyId: input.familyId,
      summary: `Verzoek tot vernietiging van ${eligibility.as === 'jongere' ? 'de jongere' : 'een ouder met gezag'} (${input.requestDate}): ${input.decision}`,
    });
  });
  return readRequest(ctx.db, id);
}
