import type { TimelineContent, TimelineSignalSummary } from '../../../shared/contract/timelineChannels';
import { AppError } from '../../../shared/contract/errors';
import type { OrganisationType, TriState } from '../../../shared/domain/vocabulary';
import { isUnderMedicalSecrecy } from '../../../shared/exports/medicalSecrecy';
import { mayHaveBasis, needToKnowRefusal } from '../../../shared/timeline/proposedBasis';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import { fuzzySortKey } from '../../../shared/timeline/fuzzyDate';
import { compareEvents, type TimelineEvent, type TimelineEventInput } from '../../../shared/timeline/timelineEvent';
import { computeSignals, signalWarnings, type SignalOptions } from '../../../shared/timeline/timelineSignals';
import { operatorLabel } from '../recordStore/operatorLabel';
import { readRecord, readRecords, removeRecord, saveRecord } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { inTransaction, type WriteContext } from '../recordStore/writeContext';
import { recordExport } from '../exports/exportLog';
import type { ReadableDb } from '../vault/connection';
import { TIMELINE_DERIVATIONS } from './derivedEvents';
import { handledStagnations, listStagnationHandlings } from './stagnationService';
import type { TimelineDerivation } from './timelineDerivation';
import { timelineTable, type StoredTimelineEvent } from './timelineTables';

/**
 * The family timeline: typed events with audit and undo (the register's record table), merged at
 * read time with the events other features already hold.
 */
function requireFamily(db: ReadableDb, familyId: string): void {
  if (!db.prepare('SELECT 1 FROM families WHERE id = ?').get(familyId)) throw new AppError('not_found');
}

export function readTimelineEvents(db: ReadableDb, familyId: string, derivations: readonly TimelineDerivation[] = TIMELINE_DERIVATIONS): TimelineEvent[] {
  const handled = handledStagnations(db, familyId);
  const typed: TimelineEvent[] = readRecords(db, timelineTable, 'family_id = ?', [familyId], 'sort_key, id').map((e) => ({
    ...e,
    ...(e.type === 'stagnatie' ? { handledOn: handled.get(e.id) ?? null } : {}),
    sortKey: Number(e.sortKey),
    source: 'handmatig' as const,
  }));
  // A source listed twice (a caller adding a derivation the default list already has) shows once.
  const derived = [...new Set(derivations)].flatMap((derive) => derive(db, familyId));
  return [...typed, ...derived].sort(compareEvents);
}

export function todayOf(now: Date): string {
  return formatCalendarDay(calendarDayOf(now));
}

export function loadTimeline(db: ReadableDb, familyId: string, now: Date): TimelineContent {
  requireFamily(db, familyId);
  const organisations = (
    db.prepare('SELECT id, name, type, medical_secrecy FROM organisations ORDER BY name COLLATE NOCASE').all() as { id: string; name: string; type: OrganisationType; medical_secrecy: TriState }[]
  ).map((o) => ({ id: o.id, name: o.name, type: o.type, medical: isUnderMedicalSecrecy({ organisationType: o.type, organisationMark: o.medical_secrecy, professionalProfession: null }) }));
  const children = (
    db
      .prepare(`SELECT id, given_name, family_name FROM family_members WHERE family_id = ? AND role IN ('kind', 'verwacht_kind') ORDER BY birth_date IS NULL, birth_date, given_name`)
      .all(familyId) as { id: string; given_name: string; family_name: string }[]
  ).map((c) => ({ id: c.id, name: c.given_name }));
  return { events: readTimelineEvents(db, familyId), organisations, children, stagnationHandlings: listStagnationHandlings(db, familyId), today: todayOf(now) };
}

export function saveTimelineEvent(ctx: WriteContext, input: TimelineEventInput): TimelineEvent {
  const { db } = ctx;
  requireFamily(db, input.familyId);
  const requestedBy = input.requestedBy ?? null;
  if (input.organisationId === null && requestedBy === null) throw new AppError('invalid_request', 'Kies de organisatie waar dit vandaan komt.');
  if (input.organisationId !== null) requireRow(db, 'organisations', input.organisationId, 'De organisatie');
  if (input.toOrganisationId !== null) requireRow(db, 'organisations', input.toOrganisationId, 'De ontvangende organisatie');
  for (const id of input.memberIds) requireRow(db, 'family_members', id, 'Het kind', 'family_id = ?', [input.familyId]);
  let recordedBy = operatorLabel(ctx.operator);
  const existing = input.id === undefined ? null : readRecord(db, timelineTable, input.id);
  // An event that already had need-to-know from this organisation keeps it; a new one, or a change to it, may not.
  const keepsBasis = existing !== null && existing.legalBasis === input.legalBasis && existing.organisationId === input.organisationId;
  if (input.organisationId !== null && !keepsBasis) {
    const source = db.prepare('SELECT name, type FROM organisations WHERE id = ?').get(input.organisationId) as { name: string; type: OrganisationType };
    if (!mayHaveBasis(source.type, input.legalBasis)) throw new AppError('invalid_request', needToKnowRefusal(source.name));
  }
  if (existing !== null) {
    // An event stays with its family; who first recorded it stays on it (the audit log has the rest).
    if (existing.familyId !== input.familyId) throw new AppError('invalid_request', 'Een gebeurtenis kan niet naar een ander gezin worden verplaatst.');
    recordedBy = existing.recordedBy;
  }
  const record: Omit<StoredTimelineEvent, 'id'> & { id?: string } = {
    ...input,
    requestedBy,
    memberIds: [...new Set(input.memberIds)],
    sortKey: fuzzySortKey(input.date),
    recordedBy,
  };
  const saved = saveRecord(ctx, timelineTable, record);
  const handledOn = saved.type === 'stagnatie' ? { handledOn: handledStagnations(db, saved.familyId).get(saved.id) ?? null } : {};
  return { ...saved, ...handledOn, sortKey: Number(saved.sortKey), source: 'handmatig' };
}

export function removeTimelineEvent(ctx: WriteContext, id: string): boolean {
  return removeRecord(ctx, timelineTable, id);
}

export type SignalSettings = Partial<Omit<SignalOptions, 'today'>>;

export function timelineSignalSummary(db: ReadableDb, familyId: string, now: Date, settings: SignalSettings = {}): TimelineSignalSummary {
  requireFamily(db, familyId);
  const signals = computeSignals(readTimelineEvents(db, familyId), { ...settings, today: todayOf(now) });
  return { familyId, signals, warnings: signalWarnings(signals) };
}

/**
 * Every export records what left the vault (the picture of one family's timeline, in which
 * format); the file name carries no names, only the day.
 */
export function recordTimelineExport(ctx: WriteContext, familyId: string, format: 'svg' | 'png', eventCount: number): { fileName: string } {
  requireFamily(ctx.db, familyId);
  const fileName = `tijdlijn-${todayOf(ctx.at)}.${format}`;
  // Logged when the image is made, before the save dialog: the picture has left the vault's
  // protection the moment the renderer holds it as a file, whatever the user does next.
  inTransaction(ctx, () =>
    recordExport(ctx.db, ctx.operator, ctx.at, {
      kind: 'tijdlijn',
      fileName,
      familyIds: [familyId],
      meetingId: null,
      recipient: null,
      included: `${eventCount} gebeurtenissen als ${format.toUpperCase()}`,
      withheld: '',
    }),
  );
  return { fileName };
}
