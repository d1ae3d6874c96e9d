import type { ActionSave, ActionSaveInput } from '../../../shared/contract/regieChannels';
import { AppError } from '../../../shared/contract/errors';
import { formatCalendarDay, calendarDayOf } from '../../../shared/domain/calendarDate';
import { actionProblems, type ActionProblem } from '../../../shared/regie/actionFollowUp';
import type { ActionReview, OpenReason, RegieAction } from '../../../shared/regie/regieRecords';
import { addWorkingDays, FEEDBACK_WORKING_DAYS } from '../../../shared/regie/workingDays';
import { readRecord, readRecords, saveRecord } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { reinsert, takeSnapshot } from '../recordStore/rowSnapshot';
import { audit, inTransaction, stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { actionTable } from './regieTables';

export function listActions(db: ReadableDb, familyId: string): RegieAction[] {
  return readRecords(db, actionTable, 'family_id = ?', [familyId], `status = 'open' DESC, due_date IS NULL, due_date, created_at`);
}

export function listReviews(db: ReadableDb, familyId: string): ActionReview[] {
  const rows = db
    .prepare(
      `SELECT r.action_id, r.meeting_id, r.reason, r.note FROM regie_action_reviews r
       JOIN regie_actions a ON a.id = r.action_id WHERE a.family_id = ? ORDER BY r.created_at`,
    )
    .all(familyId) as { action_id: string; meeting_id: string; reason: OpenReason; note: string }[];
  return rows.map((r) => ({ actionId: r.action_id, meetingId: r.meeting_id, reason: r.reason, note: r.note }));
}

const PROBLEM_TEXT: Record<ActionProblem, string> = {
  description: 'beschrijf wat er moet gebeuren',
  owner: 'kies een eigenaar (een professional of organisatie, het gezin zelf of iemand uit het netwerk)',
  owner_ambiguous: 'kies één eigenaar: een professional of organisatie, het gezin zelf, of iemand uit het netwerk',
  owner_professional: 'een terugkoppeling of een Verwijsindex-registratie is het werk van een professional, niet van het gezin of het netwerk',
  due_date: 'geef een uiterste datum',
  signaller: 'kies de signaalgever die moet worden geïnformeerd',
  not_informed:
    'registreren in de Verwijsindex kan pas als is geïnformeerd wie dat moet (de ouders zolang het kind jonger is dan 16, de jongere zelf vanaf 12), of als het informeren met een datum en een reden is uitgesteld',
  postponement_incomplete: 'uitstel van het informeren heeft een datum én een reden nodig (minstens twee woorden)',
};

function checkReferences(db: ReadableDb, a: ActionSave): void {
  requireRow(db, 'families', a.familyId, 'Het gezin');
  if (a.ownerProfessionalId !== null) requireRow(db, 'professionals', a.ownerProfessionalId, 'De eigenaar');
  if (a.ownerOrganisationId !== null) requireRow(db, 'organisations', a.ownerOrganisationId, 'De organisatie van de eigenaar');
  if (a.ownerNetworkMemberId !== null) requireRow(db, 'family_network_members', a.ownerNetworkMemberId, 'Het netwerklid', 'family_id = ?', [a.familyId]);
  if (a.signallerOrganisationId !== null) requireRow(db, 'organisations', a.signallerOrganisationId, 'De signaalgever');
  if (a.meetingId !== null) requireRow(db, 'meetings', a.meetingId, 'Het overleg');
  for (const m of a.memberIds) requireRow(db, 'family_members', m, 'Het kind', 'family_id = ?', [a.familyId]);
}

/** Creates or updates an action; done actions get the day they were done, reopened ones lose it. */
export function saveAction(ctx: WriteContext, given: ActionSaveInput): RegieAction {
  const existing = given.id === undefined ? null : readRecord(ctx.db, actionTable, given.id);
  // A form that does not show the carry-over reason leaves it as it was.
  const input: ActionSave = {
    ...given,
    ownerFamily: given.ownerFamily ?? false,
    ownerNetworkMemberId: given.ownerNetworkMemberId ?? null,
    carryOverReason: given.carryOverReason ?? existing?.carryOverReason ?? '',
  };
  const problems = actionProblems(input);
  if (problems.length > 0) throw new AppError('invalid_request', `Actie niet opgeslagen: ${problems.map((p) => PROBLEM_TEXT[p]).join('; ')}.`);
  checkReferences(ctx.db, input);
  const today = formatCalendarDay(calendarDayOf(ctx.at));
  if (existing !== null && existing.familyId !== input.familyId) throw new AppError('invalid_request', 'Een actie kan niet naar een ander gezin verhuizen.');
  const doneOn = input.status === 'gedaan' ? (existing?.status === 'gedaan' ? existing.doneOn : today) : null;
  return saveRecord(ctx, actionTable, { ...input, doneOn, createdAt: existing?.createdAt ?? stamp(ctx).when });
}

/**
 * A signal from a signaller was discussed: the signaller is to hear back. Creates the action
 * "signaalgever informeren" with its owner and, unless given, a due date five working days on.
 */
export function signalDiscussed(
  ctx: WriteContext,
  input: { familyId: string; signallerOrganisationId: string; ownerProfessionalId: string | null; ownerOrganisationId: string | null; dueDate: string | null; meetingId: string | null },
): RegieAction {
  const signaller = ctx.db.prepare('SELECT name FROM organisations WHERE id = ?').get(input.signallerOrganisationId) as { name: string } | undefined;
  if (!signaller) throw new AppError('invalid_request', 'De signaalgever bestaat niet (meer).');
  const dueDate = input.dueDate ?? formatCalendarDay(addWorkingDays(calendarDayOf(ctx.at), FEEDBACK_WORKING_DAYS));
  return saveAction(ctx, {
    familyId: input.familyId,
    kind: 'terugkoppeling',
    description: `Signaalgever informeren: ${signaller.name}`,
    ownerProfessionalId: input.ownerProfessionalId,
    ownerOrganisationId: input.ownerOrganisationId,
    dueDate,
    status: 'open',
    memberIds: [],
    meetingId: input.meetingId,
    signallerOrganisationId: input.signallerOrganisationId,
    informed: false,
    informingPostponedUntil: null,
    informingPostponedReason: '',
  });
}

/** Records (or, with reason null, withdraws) why an action is still open at a meeting. */
export function reviewAction(ctx: WriteContext, input: { actionId: string; meetingId: string; reason: OpenReason | null; note: string }): ActionReview | null {
  const action = readRecord(ctx.db, actionTable, input.actionId);
  requireRow(ctx.db, 'meetings', input.meetingId, 'Het overleg');
  const key = 'action_id = ? AND meeting_id = ?';
  const before = takeSnapshot(ctx.db, 'regie_action_reviews', [], key, [input.actionId, input.meetingId]);
  inTransaction(ctx, () => {
    const { when, by } = stamp(ctx);
    ctx.db.prepare(`DELETE FROM regie_action_reviews WHERE ${key}`).run(input.actionId, input.meetingId);
    if (input.reason !== null) {
      ctx.db
        .prepare('INSERT INTO regie_action_reviews (action_id, meeting_id, reason, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.actionId, input.meetingId, input.reason, input.note, when, by);
    }
    audit(ctx, {
      action: 'regie_action.review',
      entity: 'regie_action',
      entityId: input.actionId,
      familyId: action.familyId,
      summary: input.reason === null ? 'Reden voor openstaande actie verwijderd' : `Actie nog open, reden: ${input.reason.replace(/_/g, ' ')}`,
    });
  });
  ctx.undo.push({
    description: 'Reden voor openstaande actie',
    familyId: action.familyId,
    revert: (c) => {
      c.db.prepare(`DELETE FROM regie_action_reviews WHERE ${key}`).run(input.actionId, input.meetingId);
      reinsert(c.db, before);
    },
  });
  return input.reason === null ? null : { actionId: input.actionId, meetingId: input.meetingId, reason: input.reason, note: input.note };
}
