import type { FollowUp, FollowUpAction, RegieOverview } from '../../../shared/contract/regieChannels';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { daysOverdue } from '../../../shared/regie/actionFollowUp';
import { openTopics } from '../assessment/requiredTopics';
import { fromRow } from '../recordStore/recordTable';
import { meetingTable } from '../register/registerTables';
import { computeSignals, signalWarnings, type SignalWarning } from '../../../shared/timeline/timelineSignals';
import { signalTimelines } from '../timeline/signalTimelines';
import type { ReadableDb } from '../vault/connection';
import { readFamilyConcern } from '../assessment/familyConcern';
import { readSettings } from '../settings/settingsService';
import { gateOf, readClosure } from './caseClosure';
import { pendingSignals, pendingSignalsByFamily } from './pendingSignals';
import { listSteps } from './escalation';
import { listActions, listReviews } from './regieActions';
import { listDecisions } from './regieDecisions';
import { actionTable } from './regieTables';

/** Families discussed at a meeting that has started, with no active regie decision, and not closed. */
const WITHOUT_REGIE = `
  SELECT f.id AS family_id, f.display_name, max(m.starts_at) AS last_discussed
  FROM families f
  JOIN agenda_items a ON a.family_id = f.id
  JOIN meetings m ON m.id = a.meeting_id AND m.starts_at <= @now
  WHERE NOT EXISTS (SELECT 1 FROM regie_decisions d WHERE d.family_id = f.id AND d.ended_on IS NULL)
    AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open')
  GROUP BY f.id`;

export function regieOverview(db: ReadableDb, familyId: string, now: Date): RegieOverview {
  const discussed = db.prepare(`SELECT 1 FROM (${WITHOUT_REGIE}) WHERE family_id = @familyId`).get({ now: now.toISOString(), familyId });
  const concern = readFamilyConcern(db, familyId);
  return {
    decisions: listDecisions(db, familyId),
    actions: listActions(db, familyId),
    reviews: listReviews(db, familyId),
    steps: listSteps(db, familyId),
    closure: readClosure(db, familyId),
    discussedWithoutRegie: discussed !== undefined,
    signalsAwaitingFeedback: pendingSignals(db, familyId, now),
    concern,
    gate: gateOf(db, familyId, now, concern),
    contactWeeks: readSettings(db).contactWeeks,
    today: formatCalendarDay(calendarDayOf(now)),
  };
}

/** The follow-up dashboard ("Opvolging"): what is late, who has no regie, who has not heard back. */
export function followUp(db: ReadableDb, now: Date): FollowUp {
  const today = calendarDayOf(now);
  const todayText = formatCalendarDay(today);
  const actionsWhere = (where: string, params: Record<string, unknown>): FollowUpAction[] =>
    (
      db
        .prepare(
          `SELECT a.*, f.display_name AS family_name FROM regie_actions a JOIN families f ON f.id = a.family_id
           WHERE ${where} ORDER BY a.due_date IS NULL, a.due_date, a.created_at`,
        )
        .all(params) as (Record<string, unknown> & { family_name: string })[]
    ).map((row) => {
      const action = fromRow(actionTable, row);
      return { action, familyName: row.family_name, daysOverdue: daysOverdue(action, today) };
    });

  const familiesWithoutRegie = (db.prepare(`${WITHOUT_REGIE} ORDER BY last_discussed DESC`).all({ now: now.toISOString() }) as {
    family_id: string;
    display_name: string;
    last_discussed: string;
  }[]).map((r) => ({ familyId: r.family_id, familyName: r.display_name, lastDiscussed: r.last_discussed }));

  const meetings = (db.prepare('SELECT * FROM meetings WHERE starts_at >= ? ORDER BY starts_at LIMIT 20').all(now.toISOString()) as Record<string, unknown>[]).map((r) =>
    fromRow(meetingTable, r),
  );
  const agendaOf = db.prepare('SELECT f.id, f.display_name FROM agenda_items a JOIN families f ON f.id = a.family_id WHERE a.meeting_id = ? ORDER BY a.position');
  const upcomingMeetings = meetings.map((m) => {
    const families = agendaOf.all(m.id) as { id: string; display_name: string }[];
    return { ...m, familyIds: families.map((f) => f.id), familyNames: families.map((f) => f.display_name) };
  });

  // Timeline signals for every family whose case is still open (closed ones are no longer chased).
  const openFamilies = db
    .prepare(
      `SELECT f.id, f.display_name FROM families f
       WHERE NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open') ORDER BY f.display_name`,
    )
    .all() as { id: string; display_name: string }[];
  const names = new Map(openFamilies.map((f) => [f.id, f.display_name]));
  // The same rule as a dossier's header (computeSignals, signalWarnings), over every timeline at once.
  const warningsOf = new Map<string, SignalWarning[]>();
  for (const { familyId, events } of signalTimelines(db)) {
    if (!names.has(familyId)) continue;
    const warnings = signalWarnings(computeSignals(events, { today: todayText }));
    if (warnings.length > 0) warningsOf.set(familyId, warnings);
  }
  const timelineWarnings = openFamilies.flatMap((f) => {
    const warnings = warningsOf.get(f.id);
    return warnings === undefined ? [] : [{ familyId: f.id, familyName: f.display_name, warnings }];
  });
  const organisationName = db.prepare('SELECT name FROM organisations WHERE id = ?');
  const pending = pendingSignalsByFamily(db, now);
  const signalsWithoutFeedback = openFamilies.flatMap((f) =>
    (pending.get(f.id) ?? []).map((signal) => ({
      familyId: f.id,
      familyName: f.display_name,
      signallerName: (organisationName.get(signal.organisationId) as { name: string } | undefined)?.name ?? '',
      signal,
    })),
  );
  const familyName = db.prepare('SELECT display_name FROM families WHERE id = ?');
  const openRequiredTopics = openTopics(db, null).map((topic) => ({
    topic,
    familyName: names.get(topic.familyId) ?? (familyName.get(topic.familyId) as { display_name: string } | undefined)?.display_name ?? '',
  }));

  return {
    today: todayText,
    timelineWarnings,
    openRequiredTopics,
    signalsWithoutFeedback,
    overdueActions: actionsWhere(`a.status = 'open' AND a.due_date IS NOT NULL AND a.due_date < @today`, { today: todayText }),
    signallersNotInformed: actionsWhere(`a.status = 'open' AND a.kind = 'terugkoppeling'`, {}),
    familiesWithoutRegie,
    upcomingMeetings,
  };
}
