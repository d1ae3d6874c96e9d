import type { DigestCount, DigestFamily, DigestItem, QuietFamily, SessionDigest } from '../../../shared/contract/familyPlanChannels';
import { calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { dueDigest, dueStateOn, quietDays, type QuietWeeks } from '../../../shared/digest/dueDigest';
import { digestFamilies, oncePerKey } from '../../../shared/digest/digestFamilies';
import { orderedTotals } from '../followUpIndex/digestTotals';
import { levelRank } from '../../../shared/instrument/assessmentRecords';
import type { CaseStatus } from '../../../shared/regie/regieRecords';
import { isPostponed } from '../../../shared/regie/verwijsindexInforming';
import { addWorkingDays, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { readConcernsOf, readFamilyConcerns } from '../assessment/familyConcern';
import { familyScope } from '../recordStore/familyScope';
import { byFamilyName, familyNameKey } from '../../../shared/domain/familyNameOrder';
import { fromRow } from '../recordStore/recordTable';
import { inTransaction, type WriteContext } from '../recordStore/writeContext';
import { operatorLabel } from '../recordStore/operatorLabel';
import { actionOwnerLabel } from '../regie/actionOwner';
import { pendingSignals, pendingSignalsByFamily } from '../regie/pendingSignals';
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
  return dueDrafts(db, now, concerns).map(({ item, owner }) => ({ ...item, owner: owner() }));
}

/**
 * A due item whose owner is named only when it is shown: naming one reads the professional or
 * network member, which for every open action of a region is most of the digest's work, while a
 * page shows twenty families.
 */
export interface DueDraft {
  item: Omit<DigestItem, 'owner'>;
  owner: () => string;
  /** The moment the item exists from ('' always): feedback is owed once the meeting discussing the signal began. */
  from: string;
}

/** Every family's drafts, or those of `only` (the families of one page, or those that changed). */
export function dueDrafts(db: ReadableDb, now: Date, concerns: ReadonlyMap<string, FamilyConcern>, only: readonly string[] | null = null): DueDraft[] {
  const scope = familyScope(only);
  const families = db
    .prepare(`SELECT f.id, f.display_name, coalesce((SELECT c.status FROM case_closures c WHERE c.family_id = f.id), 'open') AS status FROM families f WHERE ${scope.where('f.id')}`)
    .all(...scope.args) as { id: string; display_name: string; status: CaseStatus }[];
  const familyOf = new Map(families.map((f) => [f.id, f]));
  const drafts: DueDraft[] = [];
  const rows = db.prepare(`SELECT * FROM regie_actions WHERE status = 'open' AND ${scope.where('family_id')}`).all(...scope.args) as Record<string, unknown>[];
  for (const row of rows) {
    const a = fromRow(actionTable, row);
    const family = familyOf.get(a.familyId);
    if (family === undefined) continue;
    const common = { familyId: a.familyId, familyName: family.display_name, actionId: a.id, description: a.description, caseStatus: family.status };
    const owner = () => actionOwnerLabel(db, a);
    if (a.dueDate !== null) drafts.push({ item: { ...common, key: `actie:${a.id}`, kind: a.kind, dueDay: a.dueDate }, owner, from: '' });
    if (a.kind === 'verwijsindex' && isPostponed(a)) drafts.push({ item: { ...common, key: `uitstel:${a.id}`, kind: 'verwijsindex_uitstel', dueDay: a.informingPostponedUntil! }, owner, from: '' });
  }
  // The term agreed at afweging question 4, while question 5 (does the help lead to lasting safety?) is open.
  for (const [familyId, concern] of concerns) {
    const family = familyOf.get(familyId);
    if (family === undefined || family.status !== 'open') continue;
    for (const child of concern.children) {
      for (const t of child.openTerms) {
        drafts.push({
          item: {
            key: `termijn:${familyId}:${child.childId}:${t.professional}`,
            kind: 'afweging_termijn',
            familyId,
            familyName: family.display_name,
            actionId: null,
            description: `${child.childName}: termijn van ${t.professional} voor vraag 5 van het afwegingskader (leidt de hulp tot duurzame veiligheid?)`,
            dueDay: t.term,
            caseStatus: family.status,
          },
          owner: () => t.professional,
          from: '',
        });
      }
    }
  }
  // An open safety agreement (veiligheidsafspraak) is due on its own day, whatever the case's status.
  const agreements = db.prepare(`SELECT * FROM safety_agreements WHERE status = 'open' AND ${scope.where('family_id')}`).all(...scope.args) as Record<string, unknown>[];
  for (const row of agreements) {
    const a = fromRow(safetyAgreementTable, row);
    const family = familyOf.get(a.familyId);
    if (family === undefined) continue;
    drafts.push({
      item: { key: `afspraak:${a.id}`, kind: 'veiligheidsafspraak', familyId: a.familyId, familyName: family.display_name, actionId: a.id, description: a.what, dueDay: a.dueDate, caseStatus: family.status },
      owner: () => actionOwnerLabel(db, a),
      from: '',
    });
  }
  // What a family owes is feedback to each signaller, once: several of its signals discussed make one item.
  const pending = only === null ? pendingSignalsByFamily(db, now) : new Map(only.map((id) => [id, pendingSignals(db, id, now)]));
  const organisationName = db.prepare('SELECT name FROM organisations WHERE id = ?').pluck();
  for (const family of families) {
    if (family.status !== 'open') continue;
    for (const signal of pending.get(family.id) ?? []) {
      const discussed = parseCalendarDay(amsterdamDay(new Date(signal.discussedAt)));
      if (discussed === null) continue;
      const signaller = (organisationName.get(signal.organisationId) as string | undefined) ?? 'de signaalgever';
      drafts.push({
        item: {
          key: `signaalgever:${family.id}:${signal.organisationId}`,
          kind: 'terugkoppeling_ongepland',
          familyId: family.id,
          familyName: family.display_name,
          actionId: null,
          description: `Signaalgever informeren: ${signaller}${signal.summary.trim() === '' ? '' : ` (${signal.summary.trim()})`}`,
          dueDay: formatCalendarDay(addWorkingDays(discussed, FEEDBACK_WORKING_DAYS)),
          caseStatus: family.status,
        },
        owner: () => '',
        from: signal.discussedAt,
      });
    }
  }
  return drafts;
}

export function quietFamilies(db: ReadableDb, now: Date, weeks: QuietWeeks, concerns: ReadonlyMap<string, FamilyConcern> = readFamilyConcerns(db), only: readonly string[] | null = null): QuietFamily[] {
  const today = calendarDayOf(now);
  const scope = familyScope(only);
  const families = db
    .prepare(
      `SELECT f.id, f.display_name,
              (SELECT max(m.starts_at) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.family_id = f.id AND m.starts_at <= @now) AS last_discussed
       FROM families f
       WHERE NOT EXISTS (SELECT 1 FROM case_closures c WHERE c.family_id = f.id AND c.status <> 'open')
         AND EXISTS (SELECT 1 FROM assessments s WHERE s.family_id = f.id)
         AND ${scope.where('f.id')}`,
    )
    .all({ now: now.toISOString(), ...scope.named }) as { id: string; display_name: string; last_discussed: string | null }[];
  const out: (QuietFamily & { nameKey: string })[] = [];
  for (const f of families) {
    const concern = concerns.get(f.id);
    if (concern === undefined || concern.level === null) continue;
    const lastDiscussed = f.last_discussed === null ? null : amsterdamDay(new Date(f.last_discussed));
    const concernSince = concern.highest.map((c) => c.assessedOn).sort()[0]!;
    const days = quietDays({ level: concern.level, lastDiscussedDay: lastDiscussed, concernSince }, today, weeks);
    if (days !== null) out.push({ familyId: f.id, familyName: f.display_name, nameKey: familyNameKey(f.display_name), level: concern.level, children: concern.highest.map((c) => c.childName), lastDiscussed, days });
  }
  return out.sort((a, b) => levelRank(b.level) - levelRank(a.level) || b.days - a.days || byFamilyName(a, b)).map(({ nameKey: _key, ...quiet }) => quiet);
}

/**
 * The whole digest, grouped per family (see digestFamilies for the order) with the counts over
 * every family. Each thing to do is listed once (oncePerKey); owners are named only for a page.
 */
export interface WholeDigest {
  digest: Omit<SessionDigest, 'families' | 'total' | 'offset'>;
  families: DigestFamily[];
  ownerOf: ReadonlyMap<string, () => string>;
  /** Every due item (also those not yet due), for what needs no notification afterwards. */
  items: readonly Omit<DigestItem, 'owner'>[];
}

export function wholeDigest(db: ReadableDb, previousSessionAt: string | null, now: Date, only: readonly string[] | null = null): WholeDigest {
  const settings = readSettings(db);
  const weeks = settings.notDiscussedWeeks;
  const today = calendarDayOf(now);
  const previous = previousSessionAt === null ? null : parseCalendarDay(amsterdamDay(new Date(previousSessionAt)));
  const concerns = readConcernsOf(db, only);
  const drafts = dueDrafts(db, now, concerns, only);
  const digest = dueDigest(
    oncePerKey(drafts.map((d) => ({ ...d.item, owner: '' }))),
    previous,
    today,
  );
  const quiet = quietFamilies(db, now, { high: weeks, raised: settings.raisedConcernWeeks }, concerns, only);
  return {
    digest: {
      previousSessionAt,
      today: formatCalendarDay(today),
      totals: orderedTotals(groupsOf([...digest.fresh, ...digest.earlier])),
      freshCount: digest.fresh.length,
      quietCount: quiet.length,
      raisedConcernWeeks: settings.raisedConcernWeeks,
      notDiscussedWeeks: weeks,
    },
    families: digestFamilies(digest.fresh, digest.earlier, quiet),
    ownerOf: new Map(drafts.map((d) => [d.item.key, d.owner])),
    items: drafts.map((d) => d.item),
  };
}

/** Per kind and state: how many, and the due day of the oldest (for orderedTotals). */
function groupsOf(entries: readonly { item: Pick<DigestItem, 'kind' | 'dueDay'>; state: 'nu' | 'te_laat' }[]): (DigestCount & { oldest: string })[] {
  const groups = new Map<string, DigestCount & { oldest: string }>();
  for (const e of entries) {
    const key = `${e.item.kind}:${e.state}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { kind: e.item.kind, state: e.state, count: 1, oldest: e.item.dueDay });
    else {
      group.count += 1;
      if (e.item.dueDay < group.oldest) group.oldest = e.item.dueDay;
    }
  }
  return [...groups.values()];
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
export function dueNowKeys(items: readonly Pick<DigestItem, 'key' | 'dueDay'>[], now: Date): Set<string> {
  const today = calendarDayOf(now);
  const keys = new Set<string>();
  for (const item of items) {
    const due = parseCalendarDay(item.dueDay);
    if (due === null) continue;
    const state = dueStateOn(due, today);
    if (state !== null) keys.add(`${item.key}:${state}`);
  }
  return keys;
}
