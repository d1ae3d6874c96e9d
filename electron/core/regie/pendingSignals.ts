import { signalsAwaitingFeedback, type SignalAwaitingFeedback } from '../../../shared/regie/signalFeedback';
import { readTimelineEvents } from '../timeline/timelineService';
import type { ReadableDb } from '../vault/connection';

/** Signals on the family's timeline that a meeting discussed and whose signaller has no feedback planned. */
export function pendingSignals(db: ReadableDb, familyId: string, now: Date): SignalAwaitingFeedback[] {
  const signals = readTimelineEvents(db, familyId)
    .filter((e) => e.type === 'signaal' && e.organisationId !== null)
    .map((e) => ({ eventId: e.id, organisationId: e.organisationId!, date: e.date, summary: e.summary }));
  if (signals.length === 0) return [];
  const actions = (
    db.prepare("SELECT signaller_organisation_id, created_at FROM regie_actions WHERE family_id = ? AND kind = 'terugkoppeling'").all(familyId) as {
      signaller_organisation_id: string | null;
      created_at: string;
    }[]
  ).map((a) => ({ signallerOrganisationId: a.signaller_organisation_id, createdAt: a.created_at }));
  const meetings = (db.prepare('SELECT m.starts_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.family_id = ?').all(familyId) as { starts_at: string }[]).map(
    (m) => m.starts_at,
  );
  return signalsAwaitingFeedback(signals, actions, meetings, now.toISOString());
}
