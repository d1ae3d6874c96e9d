import { AppError } from '../../../shared/contract/errors';
import type { MeetingCase, ReleaseBasis, SecrecyRelease } from '../../../shared/contract/meetingModeChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { OrganisationType } from '../../../shared/domain/vocabulary';
import { consentedOrganisations } from '../../../shared/exports/consentCoverage';
import { organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';
import { readRecords } from '../recordStore/recordTable';
import { consentTable, memberTable } from '../register/registerTables';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import { medicalMinutesItemId, readCase, readRelease } from './meetingModeState';

/**
 * Releases from medical professional secrecy. Only the secrecy holder can lift it — a professional
 * of the organisation the item comes from (for a case's JGZ notes: the JGZ) — and only on a basis:
 * consent of the right person by age that covers the holder's organisation, or a conflict van
 * plichten the holder weighed. The release records on whose authority, on what basis and why; it is
 * audited and never silently undone. Anything less changes nothing and says why.
 */
export interface ReleaseRequest {
  holderProfessionalId: string;
  basis: ReleaseBasis;
  reason: string;
}

interface Holder {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
}

function readHolder(ctx: WriteContext, professionalId: string): Holder {
  const row = ctx.db
    .prepare('SELECT p.id, p.name, o.id AS org_id, o.name AS org_name, o.type AS org_type FROM professionals p JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?')
    .get(professionalId) as { id: string; name: string; org_id: string; org_name: string; org_type: OrganisationType } | undefined;
  if (row === undefined) throw new AppError('invalid_request', 'Deze professional bestaat niet (meer).');
  return { id: row.id, name: row.name, organisationId: row.org_id, organisationName: row.org_name, organisationType: row.org_type };
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 10 || trimmed.split(/\s+/).length < 2) {
    throw new AppError('invalid_request', 'Geef in een zin de reden waarom dit uit het medisch beroepsgeheim mag (minstens 10 tekens).');
  }
  return trimmed;
}

function checkBasis(ctx: WriteContext, familyId: string, childIds: readonly string[], holder: Holder, basis: ReleaseBasis): void {
  if (basis !== 'toestemming') return;
  const members = readRecords(ctx.db, memberTable, 'family_id = ?', [familyId], 'id');
  const consents = readRecords(ctx.db, consentTable, 'family_id = ?', [familyId], 'date, created_at');
  const today = parseCalendarDay(amsterdamDay(ctx.at));
  const covered = today === null ? [] : consentedOrganisations(members, consents, childIds, today);
  if (!covered.includes(holder.organisationId)) {
    throw new AppError(
      'invalid_request',
      `Er is geen toestemming van de juiste persoon vastgelegd die ${holder.organisationName} toestaat dit te delen. Leg eerst de toestemming vast, of kies conflict van plichten als de veiligheid van het kind delen zonder toestemming vereist.`,
    );
  }
}

function release(
  ctx: WriteContext,
  item: { type: 'tijdlijn' | 'notulen_medisch'; id: string; familyId: string; childIds: readonly string[]; what: string },
  holder: Holder,
  request: ReleaseRequest,
): SecrecyRelease {
  const reason = checkReason(request.reason);
  const existing = readRelease(ctx.db, item.type, item.id);
  if (existing !== null) return existing;
  checkBasis(ctx, item.familyId, item.childIds, holder, request.basis);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        'INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(item.type, item.id, item.familyId, reason, by, when, holder.id, request.basis);
    audit(ctx, {
      action: 'secrecy.release',
      entity: 'secrecy_release',
      entityId: item.id,
      familyId: item.familyId,
      summary: `${item.what} vrijgegeven uit het medisch beroepsgeheim door de beroepsgeheimhouder (${request.basis === 'toestemming' ? 'toestemming' : 'conflict van plichten'}, met reden)`,
    });
  });
  const saved = readRelease(ctx.db, item.type, item.id);
  if (saved === null) throw new AppError('internal');
  return saved;
}

export function releaseMedicalMinutes(ctx: WriteContext, meetingId: string, familyId: string, request: ReleaseRequest): MeetingCase {
  const meetingCase = readCase(ctx.db, meetingId, familyId);
  const holder = readHolder(ctx, request.holderProfessionalId);
  if (holder.organisationType !== 'jgz') {
    throw new AppError('invalid_request', `Alleen de JGZ kan de JGZ-notulen vrijgeven; ${holder.name} (${holder.organisationName}) is niet de beroepsgeheimhouder.`);
  }
  const children = childIdsOf(ctx, familyId, meetingCase.memberIds);
  release(ctx, { type: 'notulen_medisch', id: medicalMinutesItemId(meetingId, familyId), familyId, childIds: children, what: 'JGZ-notulen van de casus' }, holder, request);
  return readCase(ctx.db, meetingId, familyId);
}

export function releaseTimelineEvent(ctx: WriteContext, eventId: string, request: ReleaseRequest): { eventId: string; release: SecrecyRelease } {
  const event = ctx.db
    .prepare('SELECT e.family_id, e.organisation_id, o.name, o.type, e.member_ids FROM timeline_events e JOIN organisations o ON o.id = e.organisation_id WHERE e.id = ?')
    .get(eventId) as { family_id: string; organisation_id: string; name: string; type: OrganisationType; member_ids: string } | undefined;
  if (event === undefined) throw new AppError('not_found');
  if (!organisationUnderMedicalSecrecy(ctx.db, event.organisation_id)) {
    throw new AppError(
      'invalid_request',
      'Alleen een gebeurtenis van een organisatie onder medisch beroepsgeheim (JGZ, huisarts, GGZ, verslavingszorg, ziekenhuis, verloskundige, of in de sociale kaart zo aangemerkt) valt onder het medisch beroepsgeheim.',
    );
  }
  const holder = readHolder(ctx, request.holderProfessionalId);
  if (holder.organisationId !== event.organisation_id) {
    throw new AppError('invalid_request', `Alleen een professional van ${event.name} kan deze gebeurtenis vrijgeven; ${holder.name} (${holder.organisationName}) is niet de beroepsgeheimhouder.`);
  }
  const listed = JSON.parse(event.member_ids) as string[];
  const children = childIdsOf(ctx, event.family_id, listed);
  return { eventId, release: release(ctx, { type: 'tijdlijn', id: eventId, familyId: event.family_id, childIds: children, what: `Tijdlijngebeurtenis van ${event.name}` }, holder, request) };
}

/** The children an item is about: those it names, else every child of the family. */
function childIdsOf(ctx: WriteContext, familyId: string, named: readonly string[]): string[] {
  const children = (ctx.db.prepare("SELECT id FROM family_members WHERE family_id = ? AND role = 'kind'").all(familyId) as { id: string }[]).map((r) => r.id);
  const listed = children.filter((id) => named.includes(id));
  return listed.length > 0 ? listed : children;
}
