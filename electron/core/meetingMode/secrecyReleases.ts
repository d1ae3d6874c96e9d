import { AppError } from '../../../shared/contract/errors';
import type { MeetingCase, SecrecyRelease } from '../../../shared/contract/meetingModeChannels';
import { audit, inTransaction, stamp, type WriteContext } from '../register/writeContext';
import { medicalMinutesItemId, readCase, readRelease } from './meetingModeState';

/**
 * Releases from medical professional secrecy. A JGZ item leaves the JGZ only after someone records
 * why: the release names who, when and the reason, is audited, and is never silently undone.
 */
function release(ctx: WriteContext, itemType: 'tijdlijn' | 'notulen_medisch', itemId: string, familyId: string, reason: string, what: string): SecrecyRelease {
  const trimmed = reason.trim();
  if (trimmed.length < 3) throw new AppError('invalid_request', 'Geef de reden van het vrijgeven (minstens 3 tekens).');
  const existing = readRelease(ctx.db, itemType, itemId);
  if (existing !== null) return existing;
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare('INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(itemType, itemId, familyId, trimmed, by, when);
    audit(ctx, { action: 'secrecy.release', entity: 'secrecy_release', entityId: itemId, familyId, summary: `${what} vrijgegeven uit het medisch beroepsgeheim (met reden)` });
  });
  const saved = readRelease(ctx.db, itemType, itemId);
  if (saved === null) throw new AppError('internal');
  return saved;
}

export function releaseMedicalMinutes(ctx: WriteContext, meetingId: string, familyId: string, reason: string): MeetingCase {
  readCase(ctx.db, meetingId, familyId);
  release(ctx, 'notulen_medisch', medicalMinutesItemId(meetingId, familyId), familyId, reason, 'JGZ-notulen van de casus');
  return readCase(ctx.db, meetingId, familyId);
}

export function releaseTimelineEvent(ctx: WriteContext, eventId: string, reason: string): { eventId: string; release: SecrecyRelease } {
  const event = ctx.db
    .prepare('SELECT e.family_id, o.type FROM timeline_events e JOIN organisations o ON o.id = e.organisation_id WHERE e.id = ?')
    .get(eventId) as { family_id: string; type: string } | undefined;
  if (event === undefined) throw new AppError('not_found');
  if (event.type !== 'jgz') throw new AppError('invalid_request', 'Alleen een gebeurtenis van de JGZ valt onder het medisch beroepsgeheim.');
  return { eventId, release: release(ctx, 'tijdlijn', eventId, event.family_id, reason, 'Tijdlijngebeurtenis van de JGZ') };
}
