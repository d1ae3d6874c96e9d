import type { AgreePlanRequest, FamilyPlanOverview, NetworkMemberSave, PlanUpdate } from '../../../shared/contract/familyPlanChannels';
import { AppError } from '../../../shared/contract/errors';
import { calendarDayOf, formatCalendarDay } from '../../../shared/domain/calendarDate';
import type { FamilyPlan, NetworkMember, PlanAgreement, PlanContent, PlanVersion } from '../../../shared/familyPlan/familyPlanRecords';
import { agreeProblems, changedParts, latestVersion, planStatus, type AgreeProblem } from '../../../shared/familyPlan/planVersioning';
import type { RegieAction } from '../../../shared/regie/regieRecords';
import { fromRow, readRecord, readRecords, removeRecord, saveRecord } from '../recordStore/recordTable';
import { stamp, type WriteContext } from '../recordStore/writeContext';
import { actionOwnerLabel, ownerKindOf } from '../regie/actionOwner';
import { readActiveRegie, reachLine } from '../regie/activeRegie';
import { actionTable } from '../regie/regieTables';
import { requireRow } from '../register/references';
import type { ReadableDb } from '../vault/connection';
import { networkTable, planTable, planVersionTable } from './familyPlanTables';

/**
 * The family plan: the family's own view, wishes and goals, its network, and the agreements (regie
 * actions of kind actie or monitoring that were not dropped). Agreeing the plan stores the whole
 * plan as it stands as the next version; nothing of an earlier version is ever changed.
 */
const PLAN_ACTION_KINDS = `kind IN ('actie', 'monitoring') AND status <> 'vervallen'`;

function readStoredPlan(db: ReadableDb, familyId: string): FamilyPlan | null {
  return readRecords(db, planTable, 'family_id = ?', [familyId], 'id')[0] ?? null;
}

export function listNetwork(db: ReadableDb, familyId: string): NetworkMember[] {
  return readRecords(db, networkTable, 'family_id = ?', [familyId], 'created_at, rowid');
}

export function listPlanActions(db: ReadableDb, familyId: string): RegieAction[] {
  return readRecords(db, actionTable, `family_id = ? AND ${PLAN_ACTION_KINDS}`, [familyId], 'due_date IS NULL, due_date, created_at');
}

export function listPlanVersions(db: ReadableDb, familyId: string): PlanVersion[] {
  return readRecords(db, planVersionTable, 'family_id = ?', [familyId], 'number DESC');
}

/** The plan as it stands now, in the shape a version keeps. `familyWord` names the family as owner. */
export function currentPlanContent(db: ReadableDb, familyId: string): PlanContent {
  const plan = readStoredPlan(db, familyId);
  const agreements = listPlanActions(db, familyId).map(
    (a): PlanAgreement => ({
      actionId: a.id,
      description: a.description,
      owner: actionOwnerLabel(db, a),
      ownerKind: ownerKindOf(a),
      dueDate: a.dueDate,
      status: a.status,
    }),
  );
  return {
    familyView: plan?.familyView ?? '',
    wishes: plan?.wishes ?? '',
    goals: plan?.goals ?? [],
    discussedWithParentsOn: plan?.discussedWithParentsOn ?? null,
    discussedWithChildOn: plan?.discussedWithChildOn ?? null,
    network: listNetwork(db, familyId).map((n) => ({ name: n.name, relation: n.relation, contribution: n.contribution })),
    agreements,
  };
}

/** Who the family calls: the regisseur, or the family itself under eigen regie, or nobody yet. */
export function aanspreekpunt(db: ReadableDb, familyId: string): FamilyPlanOverview['aanspreekpunt'] {
  const regie = readActiveRegie(db, familyId);
  if (regie === null) return { kind: 'geen', who: '', reach: '' };
  if (regie.kind === 'eigen_regie') return { kind: 'eigen_regie', who: '', reach: '' };
  return { kind: 'regisseur', who: regie.who, reach: reachLine(regie) };
}

export function familyPlanOverview(db: ReadableDb, familyId: string, now: Date): FamilyPlanOverview {
  requireRow(db, 'families', familyId, 'Het gezin');
  const plan = readStoredPlan(db, familyId);
  const content = currentPlanContent(db, familyId);
  const versions = listPlanVersions(db, familyId);
  const latest = latestVersion(versions);
  return {
    familyId,
    plan: {
      familyView: content.familyView,
      wishes: content.wishes,
      goals: content.goals,
      discussedWithParentsOn: content.discussedWithParentsOn,
      discussedWithChildOn: content.discussedWithChildOn,
    },
    planExists: plan !== null,
    network: listNetwork(db, familyId),
    actions: listPlanActions(db, familyId),
    content,
    versions,
    status: planStatus(content, versions),
    changedSinceLatest: latest === null ? [] : changedParts(latest.content, content),
    aanspreekpunt: aanspreekpunt(db, familyId),
    today: formatCalendarDay(calendarDayOf(now)),
  };
}

/** Saves the parts of the plan given (the screen saves field by field); the first save creates the plan. */
export function updatePlan(ctx: WriteContext, input: PlanUpdate): FamilyPlan {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  const existing = readStoredPlan(ctx.db, input.familyId);
  const base: Omit<FamilyPlan, 'id'> = existing ?? {
    familyId: input.familyId,
    familyView: '',
    wishes: '',
    goals: [],
    discussedWithParentsOn: null,
    discussedWithChildOn: null,
  };
  const next: Omit<FamilyPlan, 'id'> & { id?: string } = {
    ...base,
    ...(existing === null ? {} : { id: existing.id }),
    ...(input.familyView === undefined ? {} : { familyView: input.familyView }),
    ...(input.wishes === undefined ? {} : { wishes: input.wishes }),
    ...(input.goals === undefined ? {} : { goals: input.goals }),
    ...(input.discussedWithParentsOn === undefined ? {} : { discussedWithParentsOn: input.discussedWithParentsOn }),
    ...(input.discussedWithChildOn === undefined ? {} : { discussedWithChildOn: input.discussedWithChildOn }),
  };
  const today = formatCalendarDay(calendarDayOf(ctx.at));
  for (const day of [next.discussedWithParentsOn, next.discussedWithChildOn]) {
    if (day !== null && day > today) throw new AppError('invalid_request', 'Een gesprek over het plan kan niet in de toekomst hebben plaatsgevonden.');
  }
  return saveRecord(ctx, planTable, next);
}

export function saveNetworkMember(ctx: WriteContext, input: NetworkMemberSave): NetworkMember {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  if (input.id !== undefined) {
    const existing = readRecord(ctx.db, networkTable, input.id);
    if (existing.familyId !== input.familyId) throw new AppError('invalid_request', 'Een netwerklid hoort bij één gezin.');
  }
  return saveRecord(ctx, networkTable, input);
}

export function removeNetworkMember(ctx: WriteContext, id: string): boolean {
  // Also a dropped or done action keeps naming its owner, so the member stays while any action does.
  const any = ctx.db.prepare('SELECT count(*) AS n FROM regie_actions WHERE owner_network_member_id = ?').get(id) as { n: number };
  const safety = ctx.db.prepare('SELECT count(*) AS n FROM safety_agreements WHERE owner_network_member_id = ?').get(id) as { n: number };
  const n = any.n + safety.n;
  if (n > 0) {
    throw new AppError(
      'invalid_request',
      `Dit netwerklid is eigenaar van ${n === 1 ? 'een afspraak' : `${n} afspraken`}. Geef die afspraken eerst een andere eigenaar.`,
    );
  }
  return removeRecord(ctx, networkTable, id);
}

const AGREE_PROBLEM_TEXT: Record<AgreeProblem, string> = {
  agreed_by: 'noem wie het plan hebben afgesproken, met naam en rol',
  agreed_on_future: 'de datum van vaststellen ligt in de toekomst',
  agreed_on_before_previous: 'de datum ligt vóór die van de vorige versie',
  empty_plan: 'het plan is nog leeg (geen visie van het gezin, wensen, doelen of afspraken)',
  unchanged: 'het plan is niet veranderd sinds de vorige versie',
};

/** "Vaststellen": the plan as it stands becomes the next version, with who agreed and when. */
export function agreePlan(ctx: WriteContext, input: AgreePlanRequest): PlanVersion {
  requireRow(ctx.db, 'families', input.familyId, 'Het gezin');
  const content = currentPlanContent(ctx.db, input.familyId);
  const versions = listPlanVersions(ctx.db, input.familyId);
  const problems = agreeProblems(input, content, versions, calendarDayOf(ctx.at));
  if (problems.length > 0) throw new AppError('invalid_request', `Plan niet vastgesteld: ${problems.map((p) => AGREE_PROBLEM_TEXT[p]).join('; ')}.`);
  const number = (latestVersion(versions)?.number ?? 0) + 1;
  return saveRecord(ctx, planVersionTable, {
    familyId: input.familyId,
    number,
    agreedOn: input.agreedOn,
    agreedBy: input.agreedBy,
    content,
    recordedBy: stamp(ctx).by,
    createdAt: stamp(ctx).when,
  });
}

/** One version, for the letter of an earlier agreement. */
export function readPlanVersion(db: ReadableDb, familyId: string, number: number): PlanVersion {
  const row = db.prepare('SELECT * FROM family_plan_versions WHERE family_id = ? AND number = ?').get(familyId, number) as Record<string, unknown> | undefined;
  if (row === undefined) throw new AppError('not_found');
  return fromRow(planVersionTable, row);
}
