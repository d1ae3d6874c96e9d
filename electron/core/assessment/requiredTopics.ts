import { randomUUID } from 'node:crypto';
import type { RequiredTopic, RequiredTopicKind } from '../../../shared/contract/assessmentChannels';
import { AppError } from '../../../shared/contract/errors';
import type { Evaluation } from '../../../shared/instrument/evaluateAssessment';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';

/**
 * Agenda topics an assessment makes mandatory: the child-safety item after a positive Kindcheck
 * without child signals, the decision on reporting when there is acute or structural unsafety, and
 * the care the child needs today when it threatens suicide itself (who arranges it with the
 * huisarts or the GGZ crisis service). They stay open until what was decided or arranged is
 * recorded; meetings list them.
 */
const AUTOMATIC = 'Casustafel (regel vervallen)';
const NOUN: Record<RequiredTopicKind, string> = {
  kindveiligheid: 'Verplicht agendapunt kindveiligheid',
  meldbesluit: 'Verplicht besluit over melden',
  spoedzorg: 'Spoedzorg vandaag voor het kind (huisarts of GGZ-crisisdienst)',
};

interface TopicRow {
  id: string;
  family_id: string;
  child_id: string | null;
  child_name: string | null;
  assessment_id: string | null;
  topic: RequiredTopicKind;
  created_at: string;
  created_by: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_meeting_id: string | null;
  resolution: string;
}

const SELECT = `SELECT t.*, trim(m.given_name || ' ' || m.family_name) AS child_name
                FROM required_agenda_topics t LEFT JOIN family_members m ON m.id = t.child_id`;

function fromRow(r: TopicRow): RequiredTopic {
  return {
    id: r.id,
    familyId: r.family_id,
    childId: r.child_id,
    childName: r.child_name ?? '',
    assessmentId: r.assessment_id,
    topic: r.topic,
    createdAt: r.created_at,
    createdBy: r.created_by,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    resolvedMeetingId: r.resolved_meeting_id,
    resolution: r.resolution,
  };
}

export function openTopics(db: ReadableDb, familyId: string | null): RequiredTopic[] {
  const rows = (
    familyId === null
      ? db.prepare(`${SELECT} WHERE t.resolved_at IS NULL ORDER BY t.created_at`).all()
      : db.prepare(`${SELECT} WHERE t.resolved_at IS NULL AND t.family_id = ? ORDER BY t.created_at`).all(familyId)
  ) as TopicRow[];
  return rows.map(fromRow);
}

export function openTopicsOfAssessment(db: ReadableDb, assessmentId: string): RequiredTopic[] {
  return (db.prepare(`${SELECT} WHERE t.resolved_at IS NULL AND t.assessment_id = ? ORDER BY t.created_at`).all(assessmentId) as TopicRow[]).map(fromRow);
}

/**
 * Brings the open topics of one assessment in line with its evaluation, inside the caller's
 * transaction. A topic that was discussed in a meeting is not raised again for the same assessment;
 * one whose reason disappeared before it was discussed (an answer corrected) lapses, audited.
 */
export function syncRequiredTopics(ctx: WriteContext, a: { id: string; familyId: string; childId: string }, evaluation: Evaluation): RequiredTopic[] {
  const wanted: Record<RequiredTopicKind, boolean> = {
    kindveiligheid: evaluation.mandatoryAgendaItem,
    meldbesluit: evaluation.requiredDecision,
    spoedzorg: evaluation.urgentCare,
  };
  const { when, by } = stamp(ctx);
  for (const topic of Object.keys(wanted) as RequiredTopicKind[]) {
    const open = ctx.db.prepare('SELECT id FROM required_agenda_topics WHERE assessment_id = ? AND topic = ? AND resolved_at IS NULL').get(a.id, topic) as
      | { id: string }
      | undefined;
    if (wanted[topic] && !open) {
      const discussed = ctx.db
        .prepare('SELECT 1 FROM required_agenda_topics WHERE assessment_id = ? AND topic = ? AND resolved_by IS NOT ?')
        .get(a.id, topic, AUTOMATIC);
      if (discussed) continue;
      const id = randomUUID();
      ctx.db
        .prepare('INSERT INTO required_agenda_topics (id, family_id, child_id, assessment_id, topic, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, a.familyId, a.childId, a.id, topic, when, by);
      audit(ctx, { action: 'agendaTopic.create', entity: 'agenda_topic', entityId: id, familyId: a.familyId, summary: `${NOUN[topic]} klaargezet` });
    } else if (!wanted[topic] && open) {
      ctx.db
        .prepare("UPDATE required_agenda_topics SET resolved_at = ?, resolved_by = ?, resolution = 'vervallen: de reden is uit de taxatie verdwenen' WHERE id = ?")
        .run(when, AUTOMATIC, open.id);
      audit(ctx, { action: 'agendaTopic.lapse', entity: 'agenda_topic', entityId: open.id, familyId: a.familyId, summary: `${NOUN[topic]} vervallen (reden uit de taxatie verdwenen)` });
    }
  }
  return openTopicsOfAssessment(ctx.db, a.id);
}

export function resolveTopic(ctx: WriteContext, id: string, meetingId: string | null, resolution: string): RequiredTopic {
  return inTransaction(ctx, () => resolveInTransaction(ctx, id, meetingId, resolution));
}

function resolveInTransaction(ctx: WriteContext, id: string, meetingId: string | null, resolution: string): RequiredTopic {
  const row = ctx.db.prepare('SELECT family_id, topic, resolved_at FROM required_agenda_topics WHERE id = ?').get(id) as
    | { family_id: string; topic: RequiredTopicKind; resolved_at: string | null }
    | undefined;
  if (!row) throw new AppError('not_found');
  if (row.resolved_at !== null) throw new AppError('invalid_request', 'Dit agendapunt is al afgehandeld.');
  if (meetingId !== null && !ctx.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) throw new AppError('not_found', 'Het overleg bestaat niet (meer).');
  const { when, by } = stamp(ctx);
  ctx.db
    .prepare('UPDATE required_agenda_topics SET resolved_at = ?, resolved_by = ?, resolved_meeting_id = ?, resolution = ? WHERE id = ?')
    .run(when, by, meetingId, resolution.trim(), id);
  audit(ctx, { action: 'agendaTopic.resolve', entity: 'agenda_topic', entityId: id, familyId: row.family_id, summary: `${NOUN[row.topic]} afgehandeld` });
  return fromRow(ctx.db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TopicRow);
}
