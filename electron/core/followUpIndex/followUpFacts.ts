import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { familyNameKey, familySearchName } from '../../../shared/domain/familyNameOrder';
import { LEVELS_TO_DISCUSS } from '../../../shared/digest/dueDigest';
import { levelRank } from '../../../shared/instrument/assessmentRecords';
import { concernRank, passedTerms, rowConcern } from '../../../shared/regie/concernOrder';
import { computeSignals, DEFAULT_SIGNAL_OPTIONS, signalWarnings } from '../../../shared/timeline/timelineSignals';
import { dayNumber, dayString } from '../../../shared/timeline/fuzzyDate';
import { dayNumberOf } from '../../../shared/reporting/isoWeek';
import { readConcernsOf } from '../assessment/familyConcern';
import { openTopics } from '../assessment/requiredTopics';
import { dueDrafts, type DueDraft } from '../digest/sessionDigest';
import { familyScope } from '../recordStore/familyScope';
import { pendingSignals, pendingSignalsByFamily } from '../regie/pendingSignals';
import { readSettings } from '../settings/settingsService';
import { signalTimelines } from '../timeline/signalTimelines';
import type { ReadableDb } from '../vault/connection';

/**
 * What the digest and Opvolging count for a family, each fact with the day or moment from which it
 * counts, so one computation holds for every later day until the family's rows change. Computed
 * by the same rules as the lists themselves (dueDrafts, pending signals, the signal rules, the
 * afweging terms), evaluated at the end of time: every meeting has started, every term has passed;
 * the fact then says when that became true.
 */
export interface IndexedFamily {
  familyId: string;
  nameKey: string;
  searchName: string;
  concernRank: number;
  /** The level's rank while the family is one that must come back to the table; else null. */
  quietRank: number | null;
}

export interface Fact {
  familyId: string;
  list: 'digest' | 'opvolging';
  /** Digest: the item's kind, or 'stil'; Opvolging: the part of the family's block. */
  part: string;
  key: string;
  /** Counts from this day ('' always)… */
  fromDay: string;
  /** …and from this moment ('' always)… */
  fromAt: string;
  /** …until this moment (null: until the family's rows change). */
  untilAt: string | null;
  /** The due day (digest), the day it was due (Opvolging), or when the quiet weeks count from. */
  day: string | null;
}

const END_OF_TIME = new Date('2200-12-31T12:00:00.000Z');
const END_DAY = '2200-12-31';

export function followUpFacts(db: ReadableDb, only: readonly string[] | null): { families: IndexedFamily[]; facts: Fact[] } {
  const scope = familyScope(only);
  const concerns = readConcernsOf(db, only);
  const settings = readSettings(db);
  const rows = db
    .prepare(
      `SELECT f.id, f.display_name,
              EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open') AS closed,
              EXISTS (SELECT 1 FROM assessments s WHERE s.family_id = f.id) AS assessed
       FROM families f WHERE ${scope.where('f.id')}`,
    )
    .all(...scope.args) as { id: string; display_name: string; closed: number; assessed: number }[];
  const open = rows.filter((r) => r.closed === 0).map((r) => r.id);
  const openSet = new Set(open);
  const facts: Fact[] = [];
  const fact = (f: Omit<Fact, 'fromDay' | 'fromAt' | 'untilAt'> & Partial<Pick<Fact, 'fromDay' | 'fromAt' | 'untilAt'>>) =>
    facts.push({ fromDay: '', fromAt: '', untilAt: null, ...f });

  // The digest: every due item once per key, from the moment it exists.
  const kept = new Map<string, DueDraft>();
  for (const d of dueDrafts(db, END_OF_TIME, concerns, only)) {
    const before = kept.get(d.item.key);
    // Feedback owed to one signaller: the signal discussed first is the one due first.
    if (before === undefined || d.from < before.from || (d.from === before.from && d.item.dueDay < before.item.dueDay)) kept.set(d.item.key, d);
  }
  for (const d of kept.values()) fact({ familyId: d.item.familyId, list: 'digest', part: d.item.kind, key: d.item.key, fromAt: d.from, day: d.item.dueDay });

  // Families nobody discussed for their weeks: one span per stretch between two meetings.
  const startsOf = new Map<string, string[]>();
  for (const r of db
    .prepare(`SELECT DISTINCT a.family_id, m.starts_at FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE ${scope.where('a.family_id')} ORDER BY m.starts_at`)
    .all(...scope.args) as { family_id: string; starts_at: string }[]) {
    const list = startsOf.get(r.family_id);
    if (list === undefined) startsOf.set(r.family_id, [r.starts_at]);
    else if (list.at(-1) !== r.starts_at) list.push(r.starts_at);
  }
  const quietRankOf = new Map<string, number>();
  for (const r of rows) {
    const concern = concerns.get(r.id);
    if (r.closed === 1 || r.assessed === 0 || concern === undefined || concern.level === null || !LEVELS_TO_DISCUSS.includes(concern.level)) continue;
    quietRankOf.set(r.id, levelRank(concern.level));
    const weeks = concern.level === 'verhoogd' ? settings.raisedConcernWeeks : settings.notDiscussedWeeks;
    const starts = startsOf.get(r.id) ?? [];
    const spans = [{ since: concern.highest.map((c) => c.assessedOn).sort()[0]!, fromAt: '' }, ...starts.map((s) => ({ since: amsterdamDay(new Date(s)), fromAt: s }))];
    spans.forEach((span, i) => {
      const untilAt = i < starts.length ? starts[i]! : null;
      const fromDay = addDays(span.since, weeks * 7);
      if (untilAt !== null && fromDay > amsterdamDay(new Date(untilAt))) return;
      fact({ familyId: r.id, list: 'digest', part: 'stil', key: `stil:${i}`, fromDay, fromAt: span.fromAt, untilAt, day: span.since });
    });
  }

  // Opvolging: open actions (late from the day after their due day; feedback to plan from the start).
  for (const a of db
    .prepare(`SELECT id, family_id, kind, due_date FROM regie_actions WHERE status = 'open' AND ${scope.where('family_id')}`)
    .all(...scope.args) as { id: string; family_id: string; kind: string; due_date: string | null }[]) {
    if (a.due_date !== null) fact({ familyId: a.family_id, list: 'opvolging', part: 'overdueActions', key: `te_laat:${a.id}`, fromDay: addDays(a.due_date, 1), day: a.due_date });
    if (a.kind === 'terugkoppeling') fact({ familyId: a.family_id, list: 'opvolging', part: 'signallersNotInformed', key: `terugkoppeling:${a.id}`, day: a.due_date });
  }
  for (const id of open) {
    const concern = concerns.get(id);
    if (concern === undefined) continue;
    passedTerms(concern, END_DAY).forEach((t, i) =>
      fact({ familyId: id, list: 'opvolging', part: 'passedTerms', key: `termijn:${i}:${t.childId}:${t.professional}`, fromDay: addDays(t.term, 1), day: t.term }),
    );
  }
  const pending = only === null ? pendingSignalsByFamily(db, END_OF_TIME) : new Map(only.map((id) => [id, pendingSignals(db, id, END_OF_TIME)]));
  for (const id of open) {
    for (const s of pending.get(id) ?? []) fact({ familyId: id, list: 'opvolging', part: 'signalsWithoutFeedback', key: `signaal:${s.eventId}`, fromAt: s.discussedAt, day: null });
  }
  for (const r of db
    .prepare(
      `SELECT a.family_id, min(m.starts_at) AS first FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
       WHERE NOT EXISTS (SELECT 1 FROM regie_decisions d WHERE d.family_id = a.family_id AND d.ended_on IS NULL) AND ${scope.where('a.family_id')}
       GROUP BY a.family_id`,
    )
    .all(...scope.args) as { family_id: string; first: string }[]) {
    if (openSet.has(r.family_id)) fact({ familyId: r.family_id, list: 'opvolging', part: 'withoutRegie', key: 'regie', fromAt: r.first, day: null });
  }
  for (const topic of only === null ? openTopics(db, null) : only.flatMap((id) => openTopics(db, id))) {
    fact({ familyId: topic.familyId, list: 'opvolging', part: 'openRequiredTopics', key: `onderwerp:${topic.id}`, day: null });
  }
  // The signal rules hold from the moment their events are on the timeline, except an open
  // referral, which is stagnation from a number of days after its last update.
  const endDay = dayNumber(2200, 12, 31);
  for (const { familyId, events } of signalTimelines(db, only === null ? {} : { families: open })) {
    if (!openSet.has(familyId)) continue;
    const signals = computeSignals(events, { today: END_DAY });
    for (const w of signalWarnings(signals)) {
      let fromDay = '';
      if (w.kind === 'stagnatie' && signals.stagnation.reported.length === 0) {
        const latest = Math.max(...signals.stagnation.openReferrals.map((r) => r.daysSinceUpdate));
        fromDay = dayString(endDay - latest + DEFAULT_SIGNAL_OPTIONS.stagnationDays);
      }
      fact({ familyId, list: 'opvolging', part: 'timelineWarnings', key: `waarschuwing:${w.kind}`, fromDay, day: null });
    }
  }

  return {
    families: rows.map((r) => ({
      familyId: r.id,
      nameKey: familyNameKey(r.display_name),
      searchName: familySearchName(r.display_name),
      concernRank: concernRank(rowConcern(concerns.get(r.id)).level),
      quietRank: quietRankOf.get(r.id) ?? null,
    })),
    facts,
  };
}

function addDays(day: string, days: number): string {
  return dayString(dayNumberOf(day) + days);
}
