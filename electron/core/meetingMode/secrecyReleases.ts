import { AppError } from '../../../shared/contract/errors';
import type { MeetingCase, ReleaseBasis, ReleaseConfirmation, SecrecyRelease } from '../../../shared/contract/meetingModeChannels';
import { parseCalendarDay } from '../../../shared/domain/calendarDate';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import type { OrganisationType } from '../../../shared/domain/vocabulary';
import { conflictActiveOn } from '../../../shared/exports/conflictOfDutiesValidity';
import { consentedOrganisations } from '../../../shared/exports/consentCoverage';
import { dutchList, RELEASE_BASIS_WORDS } from '../../../shared/exports/secrecyRelease';
import { organisationUnderMedicalSecrecy } from '../register/medicalSecrecyFacts';
import { readRecords } from '../recordStore/recordTable';
import { suspicionRecorded } from '../exports/familyScope';
import { conflictOfDutiesTable, consentTable, memberTable } from '../register/registerTables';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import { medicalMinutesItemId, readCase, readRelease } from './meetingModeState';

/**
 * Releases from medical professional secrecy. Only the secrecy holder can lift it — a professional
 * of the organisation the item comes from (for a case's JGZ notes: the JGZ) — toward named
 * organisations and only on a basis: consent of the right person by age that covers the holder's
 * organisation and every named one, a recorded conflict van plichten decision of the family that
 * names every named organisation, or meldrecht toward Veilig Thuis with a suspicion on record. The
 * holder confirms it at a meeting they attend, or in writing with a reference. The release records
 * on whose authority, toward whom, on what basis and why; it is audited and never silently undone
 * (a release recorded before releases named recipients can be recorded again with them, audited).
 * Anything less changes nothing and says why.
 */
export interface ReleaseRequest {
  holderProfessionalId: string;
  organisationIds: readonly string[];
  basis: ReleaseBasis;
  conflictOfDutiesId: string | null;
  confirmation: ReleaseConfirmation;
  confirmedAtMeetingId: string | null;
  writtenReference: string;
  reason: string;
}

interface NamedOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
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

function readOrganisations(ctx: WriteContext, ids: readonly string[]): NamedOrganisation[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new AppError('invalid_request', 'Kies minstens één organisatie waarvoor het wordt vrijgegeven.');
  const get = ctx.db.prepare('SELECT id, name, type FROM organisations WHERE id = ?');
  return unique.map((id) => {
    const row = get.get(id) as NamedOrganisation | undefined;
    if (row === undefined) throw new AppError('invalid_request', 'Een gekozen organisatie bestaat niet (meer).');
    return row;
  });
}

function today(ctx: WriteContext): string {
  return amsterdamDay(ctx.at);
}

function checkBasis(ctx: WriteContext, familyId: string, childIds: readonly string[], holder: Holder, to: readonly NamedOrganisation[], request: ReleaseRequest): string | null {
  if (request.basis === 'toestemming') {
    const members = readRecords(ctx.db, memberTable, 'family_id = ?', [familyId], 'id');
    const consents = readRecords(ctx.db, consentTable, 'family_id = ?', [familyId], 'date, created_at');
    const day = parseCalendarDay(today(ctx));
    const covered = day === null ? [] : consentedOrganisations(members, consents, childIds, day);
    if (!covered.includes(holder.organisationId)) {
      throw new AppError(
        'invalid_request',
        `Er is geen toestemming van de juiste persoon vastgelegd die ${holder.organisationName} toestaat dit te delen. Leg eerst de toestemming vast, of kies conflict van plichten als de veiligheid van het kind delen zonder toestemming vereist.`,
      );
    }
    const uncovered = to.filter((o) => !covered.includes(o.id));
    if (uncovered.length > 0) {
      throw new AppError(
        'invalid_request',
        `De toestemming van de juiste persoon dekt ${dutchList(uncovered.map((o) => o.name))} niet. Vrijgeven op toestemming kan alleen voor organisaties waarvoor toestemming is vastgelegd.`,
      );
    }
    return null;
  }
  if (request.basis === 'conflict_van_plichten') {
    if (request.conflictOfDutiesId === null) {
      throw new AppError('invalid_request', 'Kies het vastgelegde besluit conflict van plichten waarop deze vrijgave rust. Leg het besluit eerst vast (Dossier → Toestemming) als het er nog niet is.');
    }
    const decisions = readRecords(ctx.db, conflictOfDutiesTable, 'family_id = ? AND id = ?', [familyId, request.conflictOfDutiesId], 'date');
    const decision = decisions[0];
    if (decision === undefined || !conflictActiveOn(decision, today(ctx))) {
      throw new AppError('invalid_request', 'Dit besluit conflict van plichten is niet vastgelegd voor dit gezin of geldt vandaag niet. Kies een geldend besluit van dit gezin.');
    }
    const outside = to.filter((o) => !decision.organisationIds.includes(o.id));
    if (outside.length > 0) {
      throw new AppError(
        'invalid_request',
        `Het besluit conflict van plichten noemt ${dutchList(outside.map((o) => o.name))} niet. Vrijgeven op conflict van plichten kan alleen voor organisaties die het besluit noemt.`,
      );
    }
    return decision.id;
  }
  const notVeiligThuis = to.filter((o) => o.type !== 'veilig_thuis');
  if (notVeiligThuis.length > 0) {
    throw new AppError('invalid_request', `Meldrecht geldt alleen tegenover Veilig Thuis; ${dutchList(notVeiligThuis.map((o) => o.name))} is geen Veilig Thuis.`);
  }
  if (!suspicionRecorded(ctx.db, familyId)) {
    throw new AppError('invalid_request', 'Vrijgeven op meldrecht kan alleen als er een vermoeden van huiselijk geweld of kindermishandeling is vastgelegd.');
  }
  return null;
}

/** The holder confirmed it at a meeting they attended (recorded as present), or in writing with a reference. */
function checkConfirmation(ctx: WriteContext, holder: Holder, request: ReleaseRequest): { meetingId: string | null; reference: string | null } {
  if (request.confirmation === 'schriftelijk') {
    const reference = request.writtenReference.trim();
    if (reference === '') throw new AppError('invalid_request', 'Geef het kenmerk of de verwijzing van de schriftelijke bevestiging (bijvoorbeeld "e-mail 3 december, kenmerk …").');
    return { meetingId: null, reference };
  }
  if (request.confirmedAtMeetingId === null) throw new AppError('invalid_request', 'Kies het overleg waarin de beroepsgeheimhouder aanwezig was en de vrijgave bevestigde.');
  const row = ctx.db
    .prepare('SELECT attendance FROM meeting_participants WHERE meeting_id = ? AND professional_id = ?')
    .get(request.confirmedAtMeetingId, holder.id) as { attendance: string } | undefined;
  if (row === undefined || row.attendance !== 'aanwezig') {
    throw new AppError(
      'invalid_request',
      `${holder.name} staat niet als aanwezig genoteerd in dit overleg. Zet de aanwezigheid eerst op aanwezig, of leg een schriftelijke bevestiging met kenmerk vast.`,
    );
  }
  return { meetingId: request.confirmedAtMeetingId, reference: null };
}

function release(
  ctx: WriteContext,
  item: { type: 'tijdlijn' | 'notulen_medisch'; id: string; familyId: string; childIds: readonly string[]; what: string },
  holder: Holder,
  request: ReleaseRequest,
): SecrecyRelease {
  const reason = checkReason(request.reason);
  const existing = readRelease(ctx.db, item.type, item.id);
  if (existing !== null && existing.organisations !== null) {
    throw new AppError(
      'invalid_request',
      `Dit is al vrijgegeven door ${existing.holder ?? 'de beroepsgeheimhouder'} voor ${dutchList(existing.organisations.map((o) => o.name))}. Een vrijgave wordt niet stil gewijzigd.`,
    );
  }
  const to = readOrganisations(ctx, request.organisationIds);
  const conflictId = checkBasis(ctx, item.familyId, item.childIds, holder, to, request);
  const confirmed = checkConfirmation(ctx, holder, request);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    const values = [reason, by, when, holder.id, request.basis, JSON.stringify(to.map((o) => o.id)), conflictId, request.confirmation, confirmed.meetingId, confirmed.reference];
    if (existing === null) {
      ctx.db
        .prepare(
          `INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, holder_professional_id, basis, organisation_ids,
             conflict_of_duties_id, confirmation, meeting_id, written_reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(item.type, item.id, item.familyId, ...values);
    } else {
      // A release recorded before releases named recipients is recorded again with them; the audit
      // trail keeps what it was.
      ctx.db
        .prepare(
          `UPDATE secrecy_releases SET reason = ?, released_by = ?, released_at = ?, holder_professional_id = ?, basis = ?, organisation_ids = ?,
             conflict_of_duties_id = ?, confirmation = ?, meeting_id = ?, written_reference = ? WHERE item_type = ? AND item_id = ?`,
        )
        .run(...values, item.type, item.id);
    }
    const how = request.confirmation === 'aanwezig' ? 'bevestigd in het overleg' : `schriftelijk bevestigd (${confirmed.reference ?? ''})`;
    audit(ctx, {
      action: 'secrecy.release',
      entity: 'secrecy_release',
      entityId: item.id,
      familyId: item.familyId,
      summary: `${item.what} vrijgegeven uit het medisch beroepsgeheim door de beroepsgeheimhouder voor ${dutchList(to.map((o) => o.name))} (${RELEASE_BASIS_WORDS[request.basis]}, ${how}, met reden)${
        existing === null ? '' : `; eerder vastgelegd zonder ontvangers (${RELEASE_BASIS_WORDS[existing.basis]}, ${existing.releasedAt})`
      }`,
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
