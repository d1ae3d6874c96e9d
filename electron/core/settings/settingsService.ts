import type { Settings } from '../../../shared/contract/schemas';
import { audit, inTransaction, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 10, backupKeep: 10, notDiscussedWeeks: 6, reportMinimumCount: 5, contactWeeks: 6, raisedConcernWeeks: 12 };

export function readSettings(db: ReadableDb): Settings {
  const row = db.prepare('SELECT auto_lock_minutes, backup_keep, not_discussed_weeks, report_min_count, contact_weeks, raised_concern_weeks FROM settings WHERE id = 1').get() as
    | { auto_lock_minutes: number; backup_keep: number; not_discussed_weeks: number; report_min_count: number; contact_weeks: number; raised_concern_weeks: number }
    | undefined;
  if (row === undefined) return DEFAULT_SETTINGS;
  return {
    autoLockMinutes: row.auto_lock_minutes,
    backupKeep: row.backup_keep,
    notDiscussedWeeks: row.not_discussed_weeks,
    reportMinimumCount: row.report_min_count,
    contactWeeks: row.contact_weeks,
    raisedConcernWeeks: row.raised_concern_weeks,
  };
}

const FIELD_LABELS: Record<keyof Settings, string> = {
  autoLockMinutes: 'automatisch vergrendelen na (minuten)',
  backupKeep: 'aantal reservekopieën',
  notDiscussedWeeks: 'overzicht: niet besproken na (weken)',
  reportMinimumCount: 'kleinste aantal dat een rapportage toont',
  contactWeeks: 'afsluiten: elk kind gezien en gesproken binnen (weken)',
  raisedConcernWeeks: 'overzicht: verhoogde zorg niet besproken na (weken)',
};

/** Updates the given settings in one transaction with its audit entry. */
export function updateSettings(ctx: WriteContext, patch: Partial<Settings>): Settings {
  return inTransaction(ctx, () => {
    const current = readSettings(ctx.db);
    // A key sent as undefined (structured clone keeps it) was not given: it keeps its value.
    const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Settings>;
    const next: Settings = { ...current, ...given };
    const changed = (Object.keys(FIELD_LABELS) as (keyof Settings)[]).filter((k) => next[k] !== current[k]);
    if (changed.length === 0) return current;
    ctx.db
      .prepare('UPDATE settings SET auto_lock_minutes = ?, backup_keep = ?, not_discussed_weeks = ?, report_min_count = ?, contact_weeks = ?, raised_concern_weeks = ? WHERE id = 1')
      .run(next.autoLockMinutes, next.backupKeep, next.notDiscussedWeeks, next.reportMinimumCount, next.contactWeeks, next.raisedConcernWeeks);
    audit(ctx, {
      action: 'settings.update',
      entity: 'settings',
      entityId: null,
      familyId: null,
      summary: `Instellingen gewijzigd: ${changed.map((k) => `${FIELD_LABELS[k]} ${current[k]} → ${next[k]}`).join(', ')}`,
    });
    return next;
  });
}
