import { AppError } from '../../../shared/contract/errors';
import type { RetentionItem, RetentionPeriod, RetentionReview } from '../../../shared/contract/privacyChannels';
import { calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { helpEndedOn } from '../../../shared/retention/helpEnded';
import {
  periodProblem,
  RETENTION_CLASS_NAMES,
  RETENTION_CLASSES,
  RETENTION_RULES,
  type RetentionClass,
} from '../../../shared/retention/retentionClasses';
import { dueDateString, retentionState } from '../../../shared/retention/retentionDate';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';

export function readPeriods(db: ReadableDb): RetentionPeriod[] {
  const rows = db.prepare('SELECT retention_class, years FROM retention_periods').all() as { retention_class: RetentionClass; years: number }[];
  const years = new Map(rows.map((r) => [r.retention_class, r.years]));
  return RETENTION_CLASSES.map((c) => ({
    retentionClass: c,
    years: years.get(c) ?? RETENTION_RULES[c].defaultYears,
    defaultYears: RETENTION_RULES[c].defaultYears,
    legalMinimumYears: RETENTION_RULES[c].legalMinimumYears,
  }));
}

/** Changes the organisation's years for one class; refused (Dutch reason) below a legal minimum. */
export function setPeriod(ctx: WriteContext, retentionClass: RetentionClass, years: number): RetentionPeriod[] {
  const problem = periodProblem(retentionClass, years);
  if (problem !== null) throw new AppError('invalid_request', problem);
  inTransaction(ctx, () => {
    const before = readPeriods(ctx.db).find((p) => p.retentionClass === retentionClass)!.years;
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT INTO retention_periods (retention_class, years, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (retention_class) DO UPDATE SET years = excluded.years, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(retentionClass, years, when, by);
    audit(ctx, {
      action: 'retention.period',
      entity: 'retention',
      entityId: null,
      familyId: null,
      summary: `Bewaartermijn ${RETENTION_CLASS_NAMES[retentionClass]}: ${before} → ${years} jaar`,
    });
  });
  return readPeriods(ctx.db);
}

interface FamilyFacts {
  id: string;
  display_name: string;
  anonymous: number;
  retention_class: RetentionClass | null;
  trigger_date: string | null;
  closed_on: string | null;
  involvement_ends: string | null;
}

const FAMILY_FACTS = `
  SELECT f.id, f.display_name, f.anonymous, r.retention_class, r.trigger_date,
         (SELECT c.closed_on FROM case_closures c WHERE c.family_id = f.id AND c.status = 'gesloten') AS closed_on,
         (SELECT json_group_array(i.ended_at) FROM involvements i WHERE i.family_id = f.id) AS involvement_ends
  FROM families f LEFT JOIN family_retention r ON r.family_id = f.id`;

/** The end of help as the vault records it (closure and involvements), before any manual date. */
export function recordedHelpEnd(facts: Pick<FamilyFacts, 'closed_on' | 'involvement_ends'>): string | null {
  const ends = facts.involvement_ends === null ? [] : (JSON.parse(facts.involvement_ends) as (string | null)[]);
  return helpEndedOn({ closedOn: facts.closed_on, involvementEnds: ends });
}

function toItem(f: FamilyFacts, periods: RetentionPeriod[], today: string): RetentionItem {
  const retentionClass = f.retention_class ?? 'jeugdhulp';
  const years = periods.find((p) => p.retentionClass === retentionClass)!.years;
  // A typed date wins (the vault cannot know when a child left school, or help ended elsewhere);
  // for jeugdhulp without one the clock starts at the recorded end of help.
  const automatic = RETENTION_RULES[retentionClass].trigger === 'einde_hulp' ? recordedHelpEnd(f) : null;
  const trigger = f.trigger_date ?? automatic;
  const triggerSource = f.trigger_date !== null ? 'handmatig' : automatic !== null ? 'einde_hulp' : 'geen';
  const dueDate = dueDateString(trigger, years);
  return {
    familyId: f.id,
    displayName: f.display_name,
    anonymous: f.anonymous === 1,
    retentionClass,
    classChosen: f.retention_class !== null,
    years,
    trigger,
    triggerSource,
    dueDate,
    state: retentionState(dueDate === null ? null : parseCalendarDay(dueDate), parseCalendarDay(today)!),
  };
}

export function todayString(now: Date): string {
  return formatCalendarDay(calendarDayOf(now));
}

const STATE_ORDER = { verlopen: 0, binnenkort: 1, bewaren: 2, geen_einddatum: 3 } as const;

/** Every family with its class, trigger and due date; past due first, then soonest due. */
export function retentionReview(db: ReadableDb, now: Date): RetentionReview {
  const today = todayString(now);
  const periods = readPeriods(db);
  const rows = db.prepare(FAMILY_FACTS).all() as FamilyFacts[];
  const items = rows
    .map((f) => toItem(f, periods, today))
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.displayName.localeCompare(b.displayName, 'nl'),
    );
  return { today, periods, items };
}

export function retentionItem(db: ReadableDb, familyId: string, now: Date): RetentionItem {
  const row = db.prepare(`${FAMILY_FACTS} WHERE f.id = ?`).get(familyId) as FamilyFacts | undefined;
  if (row === undefined) throw new AppError('not_found');
  return toItem(row, readPeriods(db), todayString(now));
}

export function helpEndedFor(db: ReadableDb, familyId: string): string | null {
  const row = db.prepare(`${FAMILY_FACTS} WHERE f.id = ?`).get(familyId) as FamilyFacts | undefined;
  if (row === undefined) throw new AppError('not_found');
  return recordedHelpEnd(row);
}

/** Sets a family's class and (optionally) the day its clock started. */
export function setFamilyRetention(
  ctx: WriteContext,
  input: { familyId: string; retentionClass: RetentionClass; triggerDate: string | null },
): RetentionItem {
  inTransaction(ctx, () => {
    const exists = ctx.db.prepare('SELECT 1 FROM families WHERE id = ?').get(input.familyId);
    if (exists === undefined) throw new AppError('not_found');
    if (input.triggerDate !== null && input.triggerDate > todayString(ctx.at)) {
      throw new AppError('invalid_request', 'De begindatum van de bewaartermijn kan niet in de toekomst liggen.');
    }
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT INTO family_retention (family_id, retention_class, trigger_date, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (family_id) DO UPDATE SET retention_class = excluded.retention_class, trigger_date = excluded.trigger_date,
           updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(input.familyId, input.retentionClass, input.triggerDate, when, by);
    audit(ctx, {
      action: 'retention.family',
      entity: 'retention',
      entityId: input.familyId,
      familyId: input.familyId,
      summary: `Bewaarklasse ${RETENTION_CLASS_NAMES[input.retentionClass]}${input.triggerDate === null ? ', begindatum uit het dossier' : `, begindatum ${input.triggerDate}`}`,
    });
  });
  return retentionItem(ctx.db, input.familyId, ctx.at);
}
