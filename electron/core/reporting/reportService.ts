import { amsterdamDay, amsterdamInstant } from '../../../shared/domain/amsterdamTime';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { MeetingType, OrganisationType } from '../../../shared/domain/vocabulary';
import type { ActionKind, ActionStatus, CaseStatus } from '../../../shared/regie/regieRecords';
import { buildReport, type ReportExport } from '../../../shared/reporting/buildReport';
import { familyFacts, type FamilyAction, type FamilyDiscussion, type FamilyFacts, type ReportPeriod } from '../../../shared/reporting/familyFacts';
import { dayNumberOf } from '../../../shared/reporting/isoWeek';
import type { Report, ReportGroup, ReportGrouping, ReportRequest } from '../../../shared/reporting/reportRecords';
import { dayString, fuzzySortKey } from '../../../shared/timeline/fuzzyDate';
import type { RiskLevel } from '../../../shared/instrument/assessmentRecords';
import { readFamilyConcerns } from '../assessment/familyConcern';
import { escalationEvents, regieChangeEvents } from '../regie/regieTimeline';
import { addToGroup } from '../recordStore/groupByKey';
import { RULE_KINDS, signalTimelines } from '../timeline/signalTimelines';
import { readSettings } from '../settings/settingsService';
import type { ReadableDb } from '../vault/connection';

/**
 * Reads what a report needs from the vault and feeds it, one family at a time, to the pure
 * computation in shared/reporting. The vault's own queries read only ids, types, dates and
 * statuses; the few derived regie events carry their texts, but the rules read only their kinds,
 * dates and organisations, and nothing a report shows is text (the no-personal-data scan tests it).
 *
 * Built for the region at ten times its size: every table is read once, in one sequential scan;
 * the small ones into maps keyed by family, the timelines (only the types the rules use) streamed
 * family by family (signalTimelines), so each family's facts are computed from its own rows and
 * those are released before the next family's are read.
 */


interface MeetingRow {
  id: string;
  type: MeetingType;
  starts_at: string;
  school_name: string | null;
  team_name: string | null;
}

function meetingGroup(m: MeetingRow, by: ReportGrouping | null): ReportGroup {
  switch (by) {
    case 'school':
      return m.school_name === null ? { kind: 'zonder' } : { kind: 'organisatie', name: m.school_name };
    case 'team':
      return m.team_name === null ? { kind: 'zonder' } : { kind: 'organisatie', name: m.team_name };
    case 'meeting_kind':
      return { kind: 'overlegsoort', meetingType: m.type };
    case null:
      return { kind: 'totaal' };
  }
}

/** The period actually reported: a report never counts days that have not happened yet. */
export function effectivePeriod(request: Pick<ReportRequest, 'from' | 'to'>, now: Date): ReportPeriod {
  const today = amsterdamDay(now);
  return { from: request.from, to: request.to < today ? request.to : today < request.from ? request.from : today };
}

export function familyFactsOfVault(db: ReadableDb, period: ReportPeriod, by: ReportGrouping | null, now: Date): Generator<FamilyFacts> {
  const endInstant = endOfPeriod(period);
  const nowIso = now.toISOString();
  const heldBy = endInstant < nowIso ? endInstant : nowIso;

  const meetings = new Map<string, { group: ReportGroup; startsAt: string; day: string }>();
  for (const m of db
    .prepare(
      `SELECT m.id, m.type, m.starts_at, s.name AS school_name, t.name AS team_name
       FROM meetings m
       LEFT JOIN organisations s ON s.id = m.school_id
       LEFT JOIN professionals p ON p.id = m.chair_id
       LEFT JOIN organisations t ON t.id = p.organisation_id
       WHERE m.starts_at <= ?`,
    )
    .all(heldBy) as MeetingRow[]) {
    meetings.set(m.id, { group: meetingGroup(m, by), startsAt: m.starts_at, day: amsterdamDay(new Date(m.starts_at)) });
  }

  const discussions = new Map<string, FamilyDiscussion[]>();
  for (const a of db
    .prepare(
      `SELECT a.family_id, a.meeting_id, a.anonymous, c.status
       FROM agenda_items a LEFT JOIN meeting_cases c ON c.meeting_id = a.meeting_id AND c.family_id = a.family_id`,
    )
    .all() as { family_id: string; meeting_id: string; anonymous: number; status: string | null }[]) {
    const m = meetings.get(a.meeting_id);
    if (m === undefined) continue;
    addToGroup(discussions, a.family_id, { startsAt: m.startsAt, day: m.day, group: m.group, anonymous: a.anonymous === 1, postponed: a.status === 'uitgesteld' });
  }

  const actions = new Map<string, FamilyAction[]>();
  for (const a of db
    .prepare("SELECT family_id, kind, status, due_date, done_on, created_at, signaller_organisation_id FROM regie_actions WHERE kind <> 'monitoring'")
    .all() as { family_id: string; kind: ActionKind; status: ActionStatus; due_date: string | null; done_on: string | null; created_at: string; signaller_organisation_id: string | null }[]) {
    addToGroup(actions, a.family_id, {
      kind: a.kind,
      status: a.status,
      dueDate: a.due_date,
      doneOn: a.done_on,
      createdAt: a.created_at,
      signallerOrganisationId: a.signaller_organisation_id,
    });
  }

  const topics = new Map<string, { raisedOn: string; resolvedOn: string | null }[]>();
  for (const t of db.prepare('SELECT family_id, created_at, resolved_at FROM required_agenda_topics').all() as { family_id: string; created_at: string; resolved_at: string | null }[]) {
    addToGroup(topics, t.family_id, { raisedOn: amsterdamDay(new Date(t.created_at)), resolvedOn: t.resolved_at === null ? null : amsterdamDay(new Date(t.resolved_at)) });
  }

  const closures = new Map<string, { status: CaseStatus; closedOn: string | null }>();
  for (const c of db.prepare('SELECT family_id, status, closed_on FROM case_closures').all() as { family_id: string; status: CaseStatus; closed_on: string | null }[]) {
    closures.set(c.family_id, { status: c.status, closedOn: c.closed_on });
  }

  // The family's concern at the end of the period, read once for every family: each child's latest
  // assessment made up to that day (only the level is kept, never a name or a flag).
  const concernAtEnd = new Map<string, RiskLevel>();
  for (const [familyId, concern] of readFamilyConcerns(db, period.to)) {
    if (concern.level !== null) concernAtEnd.set(familyId, concern.level);
  }

  // The timeline as the rules read it, one family at a time: only the kinds they look at, with the
  // regie changes and Veilig Thuis steps derived from their own tables.
  const timelines = signalTimelines(db, {
    types: RULE_KINDS,
    derivations: [regieChangeEvents, escalationEvents],
    sortKeyBelow: fuzzySortKey(period.to) + 1000,
  });

  function* stream(): Generator<FamilyFacts> {
    for (const { familyId, events } of timelines) {
      yield familyFacts(
        {
          events,
          discussions: discussions.get(familyId) ?? [],
          actions: actions.get(familyId) ?? [],
          requiredTopics: topics.get(familyId) ?? [],
          closure: closures.get(familyId) ?? null,
          concernAtEnd: concernAtEnd.get(familyId) ?? null,
        },
        period,
      );
    }
  }
  return stream();
}

/** Midnight in Amsterdam after the period's last day, as an ISO instant. */
function endOfPeriod(period: ReportPeriod): string {
  return amsterdamInstant(parseCalendarDay(dayString(dayNumberOf(period.to) + 1))!, 0);
}

export function exportsOfVault(db: ReadableDb, period: ReportPeriod): ReportExport[] {
  const from = amsterdamInstant(parseCalendarDay(period.from)!, 0);
  const to = endOfPeriod(period);
  return (
    db
      .prepare(
        `SELECT e.at, o.type FROM export_log e
         LEFT JOIN professionals p ON p.id = e.recipient_professional_id
         LEFT JOIN organisations o ON o.id = p.organisation_id
         WHERE e.at >= ? AND e.at < ?`,
      )
      .all(from, to) as { at: string; type: OrganisationType | null }[]
  ).map((e) => ({ day: amsterdamDay(new Date(e.at)), recipient: e.type ?? 'geen_ontvanger' }));
}

/** The report over the vault, suppressed with the vault's own threshold. */
export function vaultReport(db: ReadableDb, request: ReportRequest, now: Date): Report {
  const period = effectivePeriod(request, now);
  return buildReport({
    period,
    grouping: request.by,
    facts: familyFactsOfVault(db, period, request.by, now),
    exports: exportsOfVault(db, period),
    today: amsterdamDay(now),
    threshold: readSettings(db).reportMinimumCount,
  });
}
