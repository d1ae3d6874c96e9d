import type { DigestItem, QuietFamily, SessionDigest } from '../../../shared/contract/familyPlanChannels';
import { calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { dueDigest, dueStateOn, quietDays, type QuietWeeks } from '../../../shared/digest/dueDigest';
import { levelRank } from '../../../shared/instrument/assessmentRecords';
import type { CaseStatus } from '../../../shared/regie/regieRecords';
import { isPostponed } from '../../../shared/regie/verwijsindexInforming';
import { addWorkingDays, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { readFamilyConcerns } from '../assessment/familyConcern';
import { fromRow } from '../recordStore/recordTable';
import { inTransaction, type WriteContext } from '../recordStore/writeContext';
import { operatorLabel } from '../recordStore/operatorLabel';
import { actionOwnerLabel } from '../regie/actionOwner';
import { pendingSignalsByFamily } from '../regie/pendingSignals';
import { actionTable } from '../regie/regieTables';
import { readSettings } from '../settings/settingsService';
import { safetyAgreementTable } from '../safetyAgreements/safetyAgreementTables';
import type { ReadableDb } from '../vault/connection';

/**
 * "Sinds je laatste sessie": everything with a due day across all open work — actions (also those
 * the family or its network carries out), terugkoppeling (planned, or discussed and not yet
 * planned), Verwijsindex informing postponed to a day that came, monitoring after a case was closed
 * or scaled down — judged by the rule in shared/digest against the operator's previous session,
 * and the families with a high or acute concern that nobody discussed for the configured weeks.
 */
export function dueItems(db: ReadableDb, now: Date, concerns: ReadonlyMap<string, FamilyConcern> = readFamilyConcerns(db)): DigestItem[] {
  const families = db
    .prepare(`SELECT f.id, f.display_name, coalesce((SELECT c.status FROM case_closures c WHERE c.family_id = f.id), 'open') AS status FROM families f`)
    .all() as { id: string; display_name: string; status: CaseStatus }[];
  const familyOf = new Map(families.map((f) => [f.id, f]));
  const items: DigestItem[] = [];
  const rows = db.prepare("SELECT * FROM regie_actions WHERE status = 'open'").all() as Record<string, unknown>[];
  for (const row of rows) {
    const a = fromRow(actionTable, row);
    const family = familyOf.get(a.familyId);
    if (family === undefined) continue;
    const common = { familyId: a.familyId, familyName: family.display_name, actionId: a.id, description: a.description, owner: actionOwnerLabel(db, a), caseStatus: family.status };
    if (a.dueDate !== null) items.push({ ...common, kind: a.kind, dueDay: a.dueDate });
    if (a.kind === 'verwijsindex' && isPostponed(a)) items.push({ ...common, kind: 'verwijsindex_uitstel', dueDay: a.informingPostponedUntil! });
  }
  // The term agreed at afweging question 4, while question 5 (does the help lead to lasting safety?) is open.
  for (const [familyId, concern] of concerns) {
    const family = familyOf.get(familyId);
    if (family === undefined || family.status !== 'open') continue;
    for (const child of concern.children) {
      for (const t of child.openTerms) {
        items.push({
          kind: 'afweging_termijn',
          familyId,
          familyName: family.display_name,
          actionId: null,
          description: `${child.childName}: termijn van ${t.professional} voor vraag 5 van het afwegingskader (leidt de hulp tot duurzame veiligheid?)`,
          owner: t.professional,
          dueDay: t.term,
          caseStatus: family.status,
        });
      }
    }
  }
  // An open safety agreement (veiligheidsafspraak) is due on its own day, whatever the case's status.
  const agreements = db.prepare("SELECT * FROM safety_agreements WHERE status = 'open'").all() as Record<string, unknown>[];
  for (const row of agreements) {
    const a = fromRow(safetyAgreementTable, row);
    const family = familyOf.get(a.familyId);
    if (family === undefined) continue;
    items.push({
      kind: 'veiligheidsafspraak',
      familyId: a.familyId,
      familyName: family.display_name,
      actionId: a.id,
      description: a.what,
      owner: actionOwnerLabel(db, a),
      dueDay: a.dueDate,
      caseStatus: family.status,
    });
  }
  const pending = pendingSignalsByFamily(db, now);
  for (const family of families) {
    if (family.status !== 'open') continue;
    for (const signal of pending.get(family.id) ?? []) {
      const discussed = parseCalendarDay(amsterdamDay(new Date(signal.discussedAt)));
      if (discussed === null) continue;
      items.push({
        kind: 'terugkoppeling_ongepland',
        familyId: family.id,
        familyName: family.display_name,
        actionId: null,
        description: signal.summary,
        owner: '',
        dueDay: formatCalendarDay(addWorkingDays(discussed, FEEDBACK_WORKING_DAYS)),
        caseStatus: family.status,
      });
    }
  }
  return items;
}

export function quietFamilies(db: ReadableDb, now: Date, weeks: QuietWeeks, concerns: ReadonlyMap<string, FamilyConcern> = readFamilyConcerns(db)): QuietFamily[] {
  const today = calendarDayOf(now);
  const families = db
    .prepare(
      `SELECT f.id, f.display_name,
              (SELECT max(m.starts_at) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.family_id = f.id AND m.starts_at <= @now) AS last_discussed
       FROM families f
       WHERE NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open')
         AND EXISTS (SELECT 1 FROM assessments s WHERE s.family_id = f.id)
       ORDER BY f.display_name`,
    )
    .all({ now: now.toISOString() }) as { id: string; display_name: string; last_discussed: string | null }[];
  const out: QuietFamily[] = [];
  for (const f of families) {
    const concern = concerns.get(f.id);
    if (concern === undefined || concern.level === null) continue;
    const lastDiscussed = f.last_discussed === null ? null : amsterdamDay(new Date(f.last_discussed));
    const concernSince = concern.highest.map((c) => c.assessedOn).sort()[0]!;
    const days = quietDays({ level: concern.level, lastDiscussedDay: lastDiscussed, concernSince }, today, weeks);
    if (days !== null) out.push({ familyId: f.id, familyName: f.display_name, level: concern.level, children: concern.highest.map((c) => c.childName), lastDiscussed, days });
  }
  return out.sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.days - a.days);
}

export function sessionDigest(db: ReadableDb, previousSessionAt: string | null, now: Date): SessionDigest {
  const settings = readSettings(db);
  const weeks = settings.notDiscussedWeeks;
  const today = calendarDayOf(now);
  const previous = previousSessionAt === null ? null : parseCalendarDay(amsterdamDay(new Date(previousSessionAt)));
  const concerns = readFamilyConcerns(db);
  const digest = dueDigest(dueItems(db, now, concerns), previous, today);
  return {
    previousSessionAt,
    today: formatCalendarDay(today),
    fresh: digest.fresh,
    earlier: digest.earlier,
    quietFamilies: quietFamilies(db, now, { high: weeks, raised: settings.raisedConcernWeeks }, concerns),
    raisedConcernWeeks: settings.raisedConcernWeeks,
    notDiscussedWeeks: weeks,
  };
}

/**
 * Marks the start of this operator's session (`startedAt`, the same value for every call within
 * one session) and returns when their previous session began. Asking twice in one session changes
 * nothing, so a screen that loads the digest again gets the same answer.
 */
export function beginOperatorSession(ctx: WriteContext, startedAt: string): string | null {
  const who = operatorLabel(ctx.operator);
  const row = ctx.db.prepare('SELECT previous_session_at, current_session_at FROM operator_sessions WHERE operator = ?').get(who) as
    | { previous_session_at: string | null; current_session_at: string }
    | undefined;
  if (row !== undefined && row.current_session_at === startedAt) return row.previous_session_at;
  const previous = row?.current_session_at ?? null;
  // No audit entry of its own: the session's start is on the trail already ("aan het werk gegaan",
  // written when the operator was chosen); this row only remembers when, for the next digest.
  inTransaction(ctx, () => {
    ctx.db
      .prepare(
        `INSERT INTO operator_sessions (operator, previous_session_at, current_session_at) VALUES (?, ?, ?)
         ON CONFLICT (operator) DO UPDATE SET previous_session_at = excluded.previous_session_at, current_session_at = excluded.current_session_at`,
      )
      .run(who, previous, startedAt);
  });
  return previous;
}

/** Keys of the items that are due or overdue today: what a notification has or has not yet told. */
export function dueNowKeys(items: readonly DigestItem[], now: Date): Set<string> {
  const today = calendarDayOf(now);
  const keys = new Set<string>();
  for (const item of items) {
    const due = parseCalendarDay(item.dueDay);
    if (due === null) continue;
    const state = dueStateOn(due, today);
    if (state !== null) keys.add(`${item.kind}:${item.actionId ?? item.description}:${item.familyId}:${state}`);
  }
  return keys;
}
