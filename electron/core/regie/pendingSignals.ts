import { signalsAwaitingFeedback, type SignalAwaitingFeedback } from '../../../shared/regie/signalFeedback';
import { addToGroup } from '../recordStore/groupByKey';
import type { ReadableDb } from '../vault/connection';

/**
 * Signals on a family's timeline that a meeting discussed and whose signaller has no feedback
 * planned: for one family (its dossier) or for every family at once (the digest, follow-up).
 *
 * Only typed events are signals (no derived event is one), so they are read from the timeline's
 * index without loading the family's timeline. For every family that is three scans in all; reading
 * each family's timeline in turn decrypted a page per event at random, which at ten times the region
 * took a minute before the start screen could show its digest.
 */
export function pendingSignals(db: ReadableDb, familyId: string, now: Date): SignalAwaitingFeedback[] {
  return pendingSignalsOf(db, now, familyId).get(familyId) ?? [];
}

/** Every family's pending signals, keyed by family; families without any are absent. */
export function pendingSignalsByFamily(db: ReadableDb, now: Date): Map<string, SignalAwaitingFeedback[]> {
  return pendingSignalsOf(db, now, null);
}

function pendingSignalsOf(db: ReadableDb, now: Date, familyId: string | null): Map<string, SignalAwaitingFeedback[]> {
  const only = (column: string) => (familyId === null ? '' : `AND ${column} = @familyId`);
  const params = familyId === null ? {} : { familyId };
  const signals = new Map<string, { eventId: string; organisationId: string; date: string; summary: string }[]>();
  const rowidOf = new Map<string, number>();
  // The timeline's own order (sort_key, id), as the dossier lists them.
  for (const s of db
    .prepare(`SELECT rowid, family_id, id, organisation_id, date FROM timeline_events WHERE type = 'signaal' AND organisation_id IS NOT NULL ${only('family_id')} ORDER BY sort_key, id`)
    .all(params) as { rowid: number; family_id: string; id: string; organisation_id: string; date: string }[]) {
    addToGroup(signals, s.family_id, { eventId: s.id, organisationId: s.organisation_id, date: s.date, summary: '' });
    rowidOf.set(s.id, s.rowid);
  }
  const out = new Map<string, SignalAwaitingFeedback[]>();
  if (signals.size === 0) return out;

  const actions = new Map<string, { signallerOrganisationId: string | null; createdAt: string }[]>();
  for (const a of db
    .prepare(`SELECT family_id, signaller_organisation_id, created_at FROM regie_actions WHERE kind = 'terugkoppeling' ${only('family_id')}`)
    .all(params) as { family_id: string; signaller_organisation_id: string | null; created_at: string }[]) {
    addToGroup(actions, a.family_id, { signallerOrganisationId: a.signaller_organisation_id, createdAt: a.created_at });
  }
  const meetings = new Map<string, string[]>();
  for (const m of db
    .prepare(`SELECT a.family_id, m.starts_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE 1 ${only('a.family_id')}`)
    .all(params) as { family_id: string; starts_at: string }[]) {
    addToGroup(meetings, m.family_id, m.starts_at);
  }

  const nowIso = now.toISOString();
  for (const [family, list] of signals) {
    const pending = signalsAwaitingFeedback(list, actions.get(family) ?? [], meetings.get(family) ?? [], nowIso);
    if (pending.length > 0) out.set(family, pending);
  }
  // The summary is read only for the signals that are pending, in one query in the order of the
  // table's pages: looked up one by one they were a random page read each (two seconds for the
  // 31 000 of the bench region at ten times).
  const rowids = [...out.values()].flatMap((list) => list.map((p) => rowidOf.get(p.eventId)!));
  const summaries = new Map(
    (db.prepare('SELECT id, summary FROM timeline_events WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(JSON.stringify(rowids)) as { id: string; summary: string }[]).map(
      (r) => [r.id, r.summary],
    ),
  );
  for (const [family, list] of out) out.set(family, list.map((p) => ({ ...p, summary: summaries.get(p.eventId) ?? '' })));
  return out;
}
