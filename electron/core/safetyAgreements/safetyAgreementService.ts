import type { SafetyAgreementSave, SafetyAgreementsOverview } from '../../../shared/contract/safetyAgreementChannels';
import { AppError } from '../../../shared/contract/errors';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { ownerKindsOf } from '../../../shared/regie/actionFollowUp';
import {
  acuteChildrenWithoutAgreement,
  DEFAULT_TERM_DAYS,
  dutchNameList,
  MAX_TERM_DAYS,
  termEnd,
  type SafetyAgreement,
} from '../../../shared/safetyAgreements/safetyAgreementRecords';
import { readFamilyConcern } from '../assessment/familyConcern';
import { listNetwork } from '../familyPlan/familyPlanService';
import { readRecord, readRecords, removeRecord, saveRecord } from '../recordStore/recordTable';
import { stamp, type WriteContext } from '../recordStore/writeContext';
import { actionOwnerLabel } from '../regie/actionOwner';
import { requireRow } from '../register/references';
import type { ReadableDb } from '../vault/connection';
import { safetyAgreementTable } from './safetyAgreementTables';

export function listSafetyAgreements(db: ReadableDb, familyId: string): SafetyAgreement[] {
  return readRecords(db, safetyAgreementTable, 'family_id = ?', [familyId], `status = 'open' DESC, due_date, created_at`);
}

function childrenOf(db: ReadableDb, familyId: string): { id: string; name: string }[] {
  const rows = db
    .prepare("SELECT id, given_name, family_name FROM family_members WHERE family_id = ? AND role = 'kind' ORDER BY birth_date IS NULL, birth_date, id")
    .all(familyId) as { id: string; given_name: string; family_name: string }[];
  return rows.map((r) => ({ id: r.id, name: `${r.given_name} ${r.family_name}`.trim() }));
}

/** The family's agreements with their owner in words, and which children at acuut none covers. */
export function readSafetyAgreements(db: ReadableDb, familyId: string, now: Date): SafetyAgreementsOverview {
  requireRow(db, 'families', familyId, 'Het gezin');
  const agreements = listSafetyAgreements(db, familyId);
  const children = childrenOf(db, familyId);
  const concern = readFamilyConcern(db, familyId);
  const nameOf = (id: string) => children.find((c) => c.id === id)?.name ?? concern.children.find((c) => c.childId === id)?.childName ?? 'onbekend kind';
  const ref = (c: { childId: string; childName: string }) => ({ childId: c.childId, childName: c.childName });
  return {
    familyId,
    agreements: agreements.map((a) => ({ ...a, owner: actionOwnerLabel(db, a), childNames: a.childIds.map(nameOf) })),
    children,
    acuteChildren: concern.children.filter((c) => c.level === 'acuut').map(ref),
    acuteUncovered: acuteChildrenWithoutAgreement(concern, agreements).map(ref),
    network: listNetwork(db, familyId),
    today: amsterdamDay(now),
  };
}

/**
 * Creates or updates an agreement. A new one is due `withinDays` days from today (3 when not
 * given); a term beyond 14 days is refused, because a safety agreement is about now. Done ones get
 * the day they were done, reopened ones lose it.
 */
export function saveSafetyAgreement(ctx: WriteContext, input: SafetyAgreementSave): SafetyAgreement {
  const existing = input.id === undefined ? null : readRecord(ctx.db, safetyAgreementTable, input.id);
  if (existing !== null && existing.familyId !== input.familyId) throw new AppError('invalid_request', 'Een veiligheidsafspraak kan niet naar een ander gezin verhuizen.');
  const problems: string[] = [];
  if (input.what.trim() === '') problems.push('beschrijf wat het kind nu veilig houdt');
  const owners = ownerKindsOf(input);
  if (owners.length === 0) problems.push('kies wie het doet (een professional of organisatie, het gezin zelf of iemand uit het netwerk)');
  else if (owners.length > 1) problems.push('kies één eigenaar: een professional of organisatie, het gezin zelf, of iemand uit het netwerk');
  const today = amsterdamDay(ctx.at);
  let dueDate = existing?.dueDate ?? null;
  if (input.withinDays !== undefined || existing === null) {
    const term = termEnd(today, input.withinDays ?? DEFAULT_TERM_DAYS);
    if ('dueDate' in term) dueDate = term.dueDate;
    else if (term.problem === 'term_too_long') problems.push(`een veiligheidsafspraak gaat over nu: kies een termijn van hoogstens ${MAX_TERM_DAYS} dagen (de standaard is ${DEFAULT_TERM_DAYS} dagen)`);
    else problems.push('de termijn kan niet in het verleden liggen');
  }
  if (input.parentsAgreedOn !== null && input.parentsAgreedOn > today) problems.push('de dag waarop de ouders instemden ligt in de toekomst');
  if (problems.length > 0) throw new AppError('invalid_request', `Veiligheidsafspraak niet opgeslagen: ${problems.join('; ')}.`);

  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  for (const id of input.childIds) requireRow(ctx.db, 'family_members', id, 'Het kind', "family_id = ? AND role = 'kind'", [input.familyId]);
  if (input.ownerProfessionalId !== null) requireRow(ctx.db, 'professionals', input.ownerProfessionalId, 'De eigenaar');
  if (input.ownerOrganisationId !== null) requireRow(ctx.db, 'organisations', input.ownerOrganisationId, 'De organisatie van de eigenaar');
  if (input.ownerNetworkMemberId !== null) requireRow(ctx.db, 'family_network_members', input.ownerNetworkMemberId, 'Het netwerklid', 'family_id = ?', [input.familyId]);

  const doneOn = input.status === 'gedaan' ? (existing?.status === 'gedaan' ? existing.doneOn : today) : null;
  const { withinDays: _term, ...fields } = input;
  return saveRecord(ctx, safetyAgreementTable, {
    ...fields,
    childIds: [...new Set(input.childIds)],
    dueDate: dueDate!,
    doneOn,
    createdAt: existing?.createdAt ?? stamp(ctx).when,
  });
}

export function removeSafetyAgreement(ctx: WriteContext, id: string): boolean {
  return removeRecord(ctx, safetyAgreementTable, id);
}

/**
 * At acuut the case cannot be marked besproken before what keeps each acute child safe now is
 * agreed: refuses, naming the children, when the family's concern has a child at acuut that no
 * open-or-done safety agreement covers.
 */
export function requireSafetyAgreements(db: ReadableDb, familyId: string): void {
  const missing = acuteChildrenWithoutAgreement(readFamilyConcern(db, familyId), listSafetyAgreements(db, familyId));
  if (missing.length === 0) return;
  const names = dutchNameList(missing.map((c) => c.childName));
  throw new AppError(
    'invalid_request',
    `De casus kan niet als besproken worden gemarkeerd: de zorg over ${names} is acuut en er ${missing.length === 1 ? 'is' : 'zijn'} nog geen veiligheidsafspraken voor ${missing.length === 1 ? 'dit kind' : 'deze kinderen'}. Leg eerst vast wat ${missing.length === 1 ? 'het kind' : 'de kinderen'} nu veilig houdt: wie doet wat, binnen hoeveel dagen.`,
  );
}
