import { AppError } from '../../../shared/contract/errors';
import { calendarDayOf, compareCalendarDays, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import type { FamilyConcern } from '../../../shared/instrument/familyConcern';
import { actionsToCarryOver, closureGate, describeMissingInDutch, type GateResult } from '../../../shared/regie/closureGate';
import type { CaseClosure, ChildSeen } from '../../../shared/regie/regieRecords';
import { readRecords, saveRecord } from '../recordStore/recordTable';
import { requireRow } from '../register/references';
import { stamp, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { readFamilyConcern } from '../assessment/familyConcern';
import { openTopics } from '../assessment/requiredTopics';
import { readSettings } from '../settings/settingsService';
import { pendingSignals } from './pendingSignals';
import { listActions } from './regieActions';
import { closureTable } from './regieTables';

export function readClosure(db: ReadableDb, familyId: string): CaseClosure | null {
  return readRecords(db, closureTable, 'family_id = ?', [familyId], 'id')[0] ?? null;
}

function blankClosure(familyId: string): Omit<CaseClosure, 'id'> {
  return { familyId, safetyJudgement: '', safetyJudgementDate: null, childrenSeen: [], status: 'open', closedOn: null, closedBy: '' };
}

type ChildSeenPatch = { memberId: string; date?: string | null | undefined; seenBy?: string | undefined; observation?: string | undefined; keepsSafe?: string | undefined };

/** One child's contact after a patch; null when nothing of it is left. */
function patchedContact(current: ChildSeen | undefined, patch: ChildSeenPatch): ChildSeen | null {
  const next: ChildSeen = {
    memberId: patch.memberId,
    date: patch.date === undefined ? (current?.date ?? null) : patch.date,
    seenBy: patch.seenBy ?? current?.seenBy ?? '',
    observation: patch.observation ?? current?.observation ?? '',
    keepsSafe: patch.keepsSafe ?? current?.keepsSafe ?? '',
  };
  const empty = next.date === null && next.seenBy === '' && next.observation === '' && next.keepsSafe === '';
  return empty ? null : next;
}

/** Saves what the gate looks at; one row per family, created on the first change. */
export function saveClosure(
  ctx: WriteContext,
  patch: { familyId: string; safetyJudgement?: string | undefined; safetyJudgementDate?: string | null | undefined; childSeen?: ChildSeenPatch | undefined },
): CaseClosure {
  requireRow(ctx.db, 'families', patch.familyId, 'Het gezin');
  const current = readClosure(ctx.db, patch.familyId) ?? blankClosure(patch.familyId);
  let childrenSeen = current.childrenSeen;
  if (patch.childSeen !== undefined) {
    const { memberId, date } = patch.childSeen;
    requireRow(ctx.db, 'family_members', memberId, 'Het kind', "family_id = ? AND role = 'kind'", [patch.familyId]);
    const day = date === undefined || date === null ? null : parseCalendarDay(date);
    if (day !== null && compareCalendarDays(day, calendarDayOf(ctx.at)) > 0) {
      throw new AppError('invalid_request', 'De datum waarop het kind is gezien en gesproken ligt in de toekomst.');
    }
    const next = patchedContact(childrenSeen.find((s) => s.memberId === memberId), patch.childSeen);
    childrenSeen = [...childrenSeen.filter((s) => s.memberId !== memberId), ...(next === null ? [] : [next])];
  }
  return saveRecord(ctx, closureTable, {
    ...current,
    safetyJudgement: patch.safetyJudgement ?? current.safetyJudgement,
    safetyJudgementDate: patch.safetyJudgementDate === undefined ? current.safetyJudgementDate : patch.safetyJudgementDate,
    childrenSeen,
  });
}

/** The gate as it stands today for a family (the screen shows this same result). */
export function gateOf(db: ReadableDb, familyId: string, today: Date, concern: FamilyConcern = readFamilyConcern(db, familyId)): GateResult {
  const closure = readClosure(db, familyId) ?? blankClosure(familyId);
  const children = (
    db.prepare("SELECT id, given_name, family_name FROM family_members WHERE family_id = ? AND role = 'kind' ORDER BY birth_date, given_name").all(familyId) as {
      id: string;
      given_name: string;
      family_name: string;
    }[]
  ).map((c) => ({ id: c.id, name: `${c.given_name} ${c.family_name}`.trim() }));
  const actions = listActions(db, familyId);
  const open = actions.filter((a) => a.status === 'open');
  const organisationName = db.prepare('SELECT name FROM organisations WHERE id = ?');
  const nameOf = (id: string | null) => (id === null ? '' : ((organisationName.get(id) as { name: string } | undefined)?.name ?? ''));
  return closureGate({
    safetyJudgement: closure.safetyJudgement,
    safetyJudgementDate: closure.safetyJudgementDate,
    children,
    childrenSeen: closure.childrenSeen,
    monitoring: actions.filter((a) => a.kind === 'monitoring'),
    concern,
    openTopics: openTopics(db, familyId).map((t) => ({ id: t.id, topic: t.topic, childName: t.childName })),
    openActions: actionsToCarryOver(actions).map((a) => ({ id: a.id, description: a.description, carryOverReason: a.carryOverReason })),
    feedbackOpen: [
      ...open
        .filter((a) => a.kind === 'terugkoppeling')
        .map((a) => ({ key: a.id, description: a.signallerOrganisationId ? `${a.description} (${nameOf(a.signallerOrganisationId)})` : a.description })),
      ...pendingSignals(db, familyId, today).map((s) => ({
        key: s.eventId,
        // The sentence around it ends with its own full stop.
        description: `nog niet gepland voor het signaal van ${nameOf(s.organisationId) || 'de melder'}: ${s.summary.trim().replace(/\.+$/, '')}`,
      })),
    ],
    contactWeeks: readSettings(db).contactWeeks,
    today: calendarDayOf(today),
  });
}

/** Closes or scales down the case, only when the gate is open; otherwise says exactly what is missing. */
export function closeCase(ctx: WriteContext, familyId: string, outcome: 'gesloten' | 'afgeschaald'): CaseClosure {
  requireRow(ctx.db, 'families', familyId, 'Het gezin');
  const gate = gateOf(ctx.db, familyId, ctx.at);
  if (!gate.allowed) throw new AppError('invalid_request', `De casus kan nog niet worden ${outcome === 'gesloten' ? 'afgesloten' : 'afgeschaald'}. ${describeMissingInDutch(gate.missing)}`);
  const current = readClosure(ctx.db, familyId) ?? blankClosure(familyId);
  return saveRecord(ctx, closureTable, { ...current, status: outcome, closedOn: formatCalendarDay(calendarDayOf(ctx.at)), closedBy: stamp(ctx).by });
}

export function reopenCase(ctx: WriteContext, familyId: string): CaseClosure {
  const current = readClosure(ctx.db, familyId);
  if (current === null || current.status === 'open') throw new AppError('invalid_request', 'Deze casus is niet afgesloten of afgeschaald.');
  return saveRecord(ctx, closureTable, { ...current, status: 'open', closedOn: null, closedBy: '' });
}
