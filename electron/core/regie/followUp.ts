import type { FollowUp, FollowUpAction, FollowUpPage, FollowUpRequest, RegieOverview } from '../../../shared/contract/regieChannels';
import { followUpFamilies } from '../../../shared/regie/followUpFamilies';
import { familySearchName } from '../../../shared/domain/familyNameOrder';
import { followUpIndexPage, refreshFollowUpIndex } from '../followUpIndex/followUpIndex';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { daysOverdue } from '../../../shared/regie/actionFollowUp';
import { openTopics } from '../assessment/requiredTopics';
import { fromRow, readRecords } from '../recordStore/recordTable';
import { networkTable } from '../familyPlan/familyPlanTables';
import { involvementTable, meetingTable } from '../register/registerTables';
import { computeSignals, signalWarnings, type SignalWarning } from '../../../shared/timeline/timelineSignals';
import { signalTimelines } from '../timeline/signalTimelines';
import type { ReadableDb, WritableDb } from '../vault/connection';
import { readConcernsOf, readFamilyConcern } from '../assessment/familyConcern';
import { familyScope } from '../recordStore/familyScope';
import { byConcernFirst, byDueDate, passedTerms, rowConcern } from '../../../shared/regie/concernOrder';
import { readSettings } from '../settings/settingsService';
import { gateOf, readClosure } from './caseClosure';
import { pendingSignals, pendingSignalsByFamily } from './pendingSignals';
import { listSteps } from './escalation';
import { listActions, listReviews } from './regieActions';
import { listDecisions } from './regieDecisions';
import { actionTable } from './regieTables';

/**
 * Families discussed at a meeting that has started, with no active regie decision, and not closed;
 * `families` keeps it to some (a condition on f.id), so one family or a page is not a grouping of all.
 */
const withoutRegie = (families: string) => `
  SELECT f.id AS family_id, f.display_name, max(m.starts_at) AS last_discussed
  FROM families f
  JOIN agenda_items a ON a.family_id = f.id
  JOIN meetings m ON m.id = a.meeting_id AND m.starts_at <= @now
  WHERE ${families}
    AND NOT EXISTS (SELECT 1 FROM regie_decisions d WHERE d.family_id = f.id AND d.ended_on IS NULL)
    AND NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open')
  GROUP BY f.id`;

export function regieOverview(db: ReadableDb, familyId: string, now: Date): RegieOverview {
  const discussed = db.prepare(withoutRegie('f.id = @familyId')).get({ now: now.toISOString(), familyId });
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
    familyChoices: {
      involvements: readRecords(db, involvementTable, 'family_id = ?', [familyId], 'since IS NULL, since, rowid'),
      network: readRecords(db, networkTable, 'family_id = ?', [familyId], 'created_at, rowid'),
      signallerOrganisationIds: signallersOnTimeline(db, familyId),
    },
  };
}

/** Organisations that signalled on the family's timeline, in the order they first did. */
function signallersOnTimeline(db: ReadableDb, familyId: string): string[] {
  const rows = db
    .prepare(`SELECT organisation_id FROM timeline_events WHERE family_id = ? AND type = 'signaal' AND organisation_id IS NOT NULL ORDER BY sort_key, id`)
    .all(familyId) as { organisation_id: string }[];
  return [...new Set(rows.map((r) => r.organisation_id))];
}

/**
 * The follow-up dashboard ("Opvolging"): what is late, who has no regie, who has not heard back,
 * whose afweging term has passed. Every family row carries the family's concern (the highest of each
 * child's latest assessment, named with its child), and every list puts the highest concern first,
 * then the earliest due date: an overdue action for a child at acuut comes before one at laag.
 */
export function followUp(db: ReadableDb, now: Date, only: readonly string[] | null = null): FollowUp {
  const today = calendarDayOf(now);
  const todayText = formatCalendarDay(today);
  const scope = familyScope(only);
  // One read for every family (each child's latest assessment evaluated once), not one per row.
  const concerns = readConcernsOf(db, only);
  const concernOf = (familyId: string) => rowConcern(concerns.get(familyId));
  const actionsWhere = (where: string, params: Record<string, unknown>): FollowUpAction[] =>
    byConcernFirst(
      (
        db
          .prepare(
            `SELECT a.*, f.display_name AS family_name FROM regie_actions a JOIN families f ON f.id = a.family_id
             WHERE ${where} AND ${scope.where('a.family_id')} ORDER BY a.due_date IS NULL, a.due_date, a.created_at`,
          )
          .all({ ...params, ...scope.named }) as (Record<string, unknown> & { family_name: string })[]
      ).map((row) => {
        const action = fromRow(actionTable, row);
        return { action, familyName: row.family_name, concern: concernOf(action.familyId), daysOverdue: daysOverdue(action, today) };
      }),
      (r) => r.concern,
    );

  const familiesWithoutRegie = byConcernFirst(
    (db.prepare(`${withoutRegie(scope.where('f.id'))} ORDER BY last_discussed DESC`).all({ now: now.toISOString(), ...scope.named }) as {
      family_id: string;
      display_name: string;
      last_discussed: string;
    }[]).map((r) => ({ familyId: r.family_id, familyName: r.display_name, concern: concernOf(r.family_id), lastDiscussed: r.last_discussed })),
    (r) => r.concern,
  );

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
       WHERE NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open') AND ${scope.where('f.id')} ORDER BY f.display_name`,
    )
    .all(...scope.args) as { id: string; display_name: string }[];
  const names = new Map(openFamilies.map((f) => [f.id, f.display_name]));
  // The same rule as a dossier's header (computeSignals, signalWarnings), over every timeline at once.
  const warningsOf = new Map<string, SignalWarning[]>();
  for (const { familyId, events } of signalTimelines(db, only === null ? {} : { families: only.filter((id) => names.has(id)) })) {
    if (!names.has(familyId)) continue;
    const warnings = signalWarnings(computeSignals(events, { today: todayText }));
    if (warnings.length > 0) warningsOf.set(familyId, warnings);
  }
  const timelineWarnings = byConcernFirst(
    openFamilies.flatMap((f) => {
      const warnings = warningsOf.get(f.id);
      return warnings === undefined ? [] : [{ familyId: f.id, familyName: f.display_name, concern: concernOf(f.id), warnings }];
    }),
    (r) => r.concern,
  );
  const organisationName = db.prepare('SELECT name FROM organisations WHERE id = ?');
  const pending = only === null ? pendingSignalsByFamily(db, now) : new Map(only.map((id) => [id, pendingSignals(db, id, now)]));
  // No due date of their own: the signal discussed longest ago first.
  const signalsWithoutFeedback = byConcernFirst(
    openFamilies.flatMap((f) =>
      (pending.get(f.id) ?? []).map((signal) => ({
        familyId: f.id,
        familyName: f.display_name,
        concern: concernOf(f.id),
        signallerName: (organisationName.get(signal.organisationId) as { name: string } | undefined)?.name ?? '',
        signal,
      })),
    ),
    (r) => r.concern,
    (a, b) => (a.signal.discussedAt < b.signal.discussedAt ? -1 : a.signal.discussedAt > b.signal.discussedAt ? 1 : 0),
  );
  const familyName = db.prepare('SELECT display_name FROM families WHERE id = ?');
  const openRequiredTopics = byConcernFirst(
    (only === null ? openTopics(db, null) : only.flatMap((id) => openTopics(db, id))).map((topic) => ({
      topic,
      familyName: names.get(topic.familyId) ?? (familyName.get(topic.familyId) as { display_name: string } | undefined)?.display_name ?? '',
      concern: concernOf(topic.familyId),
    })),
    (r) => r.concern,
  );
  const termsPassed = byConcernFirst(
    openFamilies.flatMap((f) => {
      const concern = concerns.get(f.id);
      return concern === undefined ? [] : passedTerms(concern, todayText).map((term) => ({ familyId: f.id, familyName: f.display_name, concern: rowConcern(concern), ...term }));
    }),
    (r) => r.concern,
    (a, b) => byDueDate(a.term, b.term),
  );

  return {
    today: todayText,
    timelineWarnings,
    openRequiredTopics,
    signalsWithoutFeedback,
    overdueActions: actionsWhere(`a.status = 'open' AND a.due_date IS NOT NULL AND a.due_date < @today`, { today: todayText }),
    signallersNotInformed: actionsWhere(`a.status = 'open' AND a.kind = 'terugkoppeling'`, {}),
    familiesWithoutRegie,
    upcomingMeetings,
    passedTerms: termsPassed,
  };
}

/**
 * One page of Opvolging: the families with something to chase, grouped and ordered (highest concern
 * first unless asked otherwise), the totals over every family that matches. The follow-up index
 * (brought up to date first) gives the page's families and the totals; only the page's families
 * are read in full. Sending every open item of a region at once took seconds at ten times the region.
 */
export function followUpPage(db: WritableDb, now: Date, request: FollowUpRequest): FollowUpPage {
  refreshFollowUpIndex(db);
  const index = followUpIndexPage(db, now, request);
  const lists = followUp(db, now, index.familyIds);
  const byId = new Map(followUpFamilies(lists, { query: '', order: request.order }).map((f) => [f.familyId, f]));
  const wanted = familySearchName(request.query.trim());
  return {
    today: lists.today,
    families: index.familyIds.flatMap((id) => byId.get(id) ?? []),
    total: index.total,
    offset: request.offset,
    totals: index.totals,
    upcomingMeetings: lists.upcomingMeetings.filter((m) => wanted === '' || m.familyNames.some((name) => familySearchName(name).includes(wanted))),
  };
}
