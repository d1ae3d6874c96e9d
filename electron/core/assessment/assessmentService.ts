import { randomUUID } from 'node:crypto';
import type { AssessmentDetail, AssessmentRecord, AssessmentSummary, RequiredTopic } from '../../../shared/contract/assessmentChannels';
import { AppError } from '../../../shared/contract/errors';
import { ageInYears, calendarDayOf, formatCalendarDay, parseCalendarDay } from '../../../shared/domain/calendarDate';
import {
  EMPTY_KINDCHECK,
  KindcheckRecord,
  type Answer,
  type Judgement,
  type JudgementInput,
  type TrailEntry,
} from '../../../shared/instrument/assessmentRecords';
import { evaluateAssessment, type AssessmentState, type Evaluation } from '../../../shared/instrument/evaluateAssessment';
import { latestPerChild, type DatedAssessment } from '../../../shared/instrument/familyConcern';
import { instrumentItems } from '../../../shared/instrument/instrumentSchema';
import { needsLoweringReason } from '../../../shared/instrument/judgement';
import { reinsert, restoreValues, takeSnapshot, type RowSnapshot } from '../recordStore/rowSnapshot';
import { audit, inTransaction, stamp, type UndoEntry, type WriteContext } from '../recordStore/writeContext';
import type { ReadableDb } from '../vault/connection';
import { defaultInstrumentId, loadInstrument } from './instrumentService';
import { openTopicsOfAssessment, syncRequiredTopics } from './requiredTopics';

/**
 * Assessments per child. Every write runs in one transaction with its audit entry (which names
 * what was recorded, never the content) and re-evaluates the assessment so the mandatory agenda
 * topics follow the answers at once.
 */
interface AssessmentRow {
  id: string;
  family_id: string;
  child_id: string;
  child_name: string;
  instrument_id: string;
  meeting_id: string | null;
  previous_id: string | null;
  assessed_on: string;
  kindcheck: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

const SELECT_ASSESSMENT = `SELECT a.*, trim(m.given_name || ' ' || m.family_name) AS child_name
                           FROM assessments a JOIN family_members m ON m.id = a.child_id`;

function readRow(db: ReadableDb, id: string): AssessmentRow {
  const row = db.prepare(`${SELECT_ASSESSMENT} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
  if (!row) throw new AppError('not_found');
  return row;
}

function recordOf(row: AssessmentRow): AssessmentRecord {
  return {
    id: row.id,
    familyId: row.family_id,
    childId: row.child_id,
    childName: row.child_name,
    instrumentId: row.instrument_id,
    meetingId: row.meeting_id,
    previousId: row.previous_id,
    assessedOn: row.assessed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

function readAnswers(db: ReadableDb, assessmentId: string): Answer[] {
  const rows = db.prepare('SELECT * FROM assessment_answers WHERE assessment_id = ? ORDER BY item_id').all(assessmentId) as {
    item_id: string;
    value: Answer['value'];
    observer_name: string;
    observer_discipline: string;
    source: Answer['source'];
    date: string | null;
    note: string;
    owner: string;
  }[];
  return rows.map((r) => ({
    itemId: r.item_id,
    value: r.value,
    observer: { name: r.observer_name, discipline: r.observer_discipline },
    source: r.source,
    date: r.date,
    note: r.note,
    owner: r.owner,
  }));
}

function readTrail(db: ReadableDb, assessmentId: string): TrailEntry[] {
  const rows = db.prepare('SELECT * FROM afweging_entries WHERE assessment_id = ? ORDER BY created_at, rowid').all(assessmentId) as {
    id: string;
    professional_name: string;
    professional_discipline: string;
    question: 1 | 2 | 3 | 4 | 5;
    answer: 'ja' | 'nee';
    reasoning: string;
    date: string;
    monitoring: string;
    term: string | null;
    casemanager: string;
    recorded_by: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    professional: { name: r.professional_name, discipline: r.professional_discipline },
    question: r.question,
    answer: r.answer,
    reasoning: r.reasoning,
    date: r.date,
    monitoring: r.monitoring,
    term: r.term,
    casemanager: r.casemanager,
    recordedBy: r.recorded_by,
  }));
}

function readJudgement(db: ReadableDb, assessmentId: string): Judgement | null {
  const row = db.prepare('SELECT * FROM assessment_judgements WHERE assessment_id = ?').get(assessmentId) as
    | { now_level: Judgement['now']; future_level: Judgement['future']; computed_now: Judgement['now']; computed_future: Judgement['now']; reason: string; date: string; decided_by: string }
    | undefined;
  if (!row) return null;
  const scales = db
    .prepare('SELECT participant_name, participant_discipline, scale FROM judgement_scales WHERE assessment_id = ? ORDER BY position')
    .all(assessmentId) as { participant_name: string; participant_discipline: string; scale: number }[];
  return {
    now: row.now_level,
    future: row.future_level,
    computedNow: row.computed_now,
    computedFuture: row.computed_future,
    reason: row.reason,
    date: row.date,
    decidedBy: row.decided_by,
    scales: scales.map((s) => ({ participant: { name: s.participant_name, discipline: s.participant_discipline }, scale: s.scale })),
  };
}

function stateOf(db: ReadableDb, row: AssessmentRow): AssessmentState {
  return {
    instrument: loadInstrument(db, row.instrument_id),
    answers: readAnswers(db, row.id),
    kindcheck: KindcheckRecord.parse(JSON.parse(row.kindcheck)),
    trail: readTrail(db, row.id),
    judgement: readJudgement(db, row.id),
  };
}

export function getAssessment(db: ReadableDb, id: string): AssessmentDetail {
  const row = readRow(db, id);
  const state = stateOf(db, row);
  return {
    assessment: recordOf(row),
    instrument: state.instrument,
    answers: [...state.answers],
    kindcheck: state.kindcheck,
    trail: [...state.trail],
    judgement: readJudgement(db, id),
    openTopics: openTopicsOfAssessment(db, id),
  };
}

/** Every assessment of a family, latest first (by day assessed, then entry), with the level that counts and its flags. */
export function listAssessments(db: ReadableDb, familyId: string): AssessmentSummary[] {
  const rows = db.prepare(`${SELECT_ASSESSMENT} WHERE a.family_id = ? ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC`).all(familyId) as AssessmentRow[];
  return rows.map((row) => evaluatedSummary(db, row).summary);
}

/**
 * Each child's own latest assessment (shared/instrument/familyConcern), evaluated: for one family,
 * or for every family when `familyId` is null; `until` leaves out assessments made after that day.
 * Only the latest per child is evaluated, so reading a whole region stays proportional to its children.
 */
export function latestAssessmentsPerChild(db: ReadableDb, familyId: string | null, until: string | null = null): EvaluatedAssessment[] {
  const where = [familyId === null ? null : 'a.family_id = @familyId', until === null ? null : 'a.assessed_on <= @until'].filter((w) => w !== null);
  const candidates = db
    .prepare(`SELECT a.id, a.child_id AS childId, a.assessed_on AS assessedOn, a.created_at AS createdAt FROM assessments a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
    .all({ familyId, until }) as DatedAssessment[];
  return latestPerChild(candidates).map((c) => evaluatedSummary(db, readRow(db, c.id)));
}

export interface EvaluatedAssessment {
  summary: AssessmentSummary;
  evaluation: Evaluation;
}

function evaluatedSummary(db: ReadableDb, row: AssessmentRow): EvaluatedAssessment {
  const state = stateOf(db, row);
  const e = evaluateAssessment(state);
  const instrument = state.instrument;
  return {
    evaluation: e,
    summary: {
      id: row.id,
      familyId: row.family_id,
      childId: row.child_id,
      childName: row.child_name,
      instrumentId: row.instrument_id,
      instrumentName: instrument.name,
      instrumentVersion: instrument.version,
      assessedOn: row.assessed_on,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      computed: e.computed,
      effective: e.effective,
      loweringReason: e.judgement && !e.judgement.loweredWithoutReason ? e.judgement.loweringReason : '',
      flags: e.flags.map((f) => f.code),
      scales: state.judgement?.scales ?? [],
    },
  };
}

/** The Kindcheck record starts from the registered household: children, their ages, a pregnancy. */
function kindcheckFromHousehold(db: ReadableDb, familyId: string, today: string): KindcheckRecord {
  const members = db
    .prepare("SELECT id, role, given_name, family_name, birth_date FROM family_members WHERE family_id = ? AND role IN ('kind', 'verwacht_kind') ORDER BY birth_date, given_name")
    .all(familyId) as { id: string; role: string; given_name: string; family_name: string; birth_date: string | null }[];
  const on = parseCalendarDay(today);
  const children = members
    .filter((m) => m.role === 'kind')
    .map((m) => {
      const birth = m.birth_date === null ? null : parseCalendarDay(m.birth_date);
      const age = birth && on ? ageInYears(birth, on) : null;
      return { name: `${m.given_name} ${m.family_name}`.trim(), age: age !== null && age >= 0 && age <= 25 ? age : null, careBy: '', memberId: m.id };
    });
  return {
    ...EMPTY_KINDCHECK,
    childrenInHousehold: children.length > 0 ? 'ja' : null,
    children,
    pregnancy: members.some((m) => m.role === 'verwacht_kind') ? 'ja' : null,
  };
}

function touch(ctx: WriteContext, assessmentId: string, familyId: string): string {
  const { when, by } = stamp(ctx);
  ctx.db.prepare('UPDATE assessments SET updated_at = ?, updated_by = ? WHERE id = ?').run(when, by, assessmentId);
  ctx.db.prepare('UPDATE families SET updated_at = ?, updated_by = ? WHERE id = ?').run(when, by, familyId);
  return when;
}

function resync(ctx: WriteContext, row: AssessmentRow): { updatedAt: string; openTopics: RequiredTopic[] } {
  const updatedAt = touch(ctx, row.id, row.family_id);
  const openTopics = syncRequiredTopics(ctx, { id: row.id, familyId: row.family_id, childId: row.child_id }, evaluateAssessment(stateOf(ctx.db, row)));
  return { updatedAt, openTopics };
}

/**
 * The way back for one assessment write ("undo the last change", Ctrl+Z): the rows as they were,
 * taken before the write. Rows of child tables are replaced; the assessment row itself only gets
 * its values back (deleting it would cascade). Topics follow the restored answers.
 */
type UndoPart = { table: string; where: string; params: unknown[]; mode: 'rows' | 'values'; key?: string[] };

function prepareUndo(db: ReadableDb, row: AssessmentRow, description: string, parts: UndoPart[]): UndoEntry {
  const snaps: { part: UndoPart; snap: RowSnapshot }[] = parts.map((part) => ({ part, snap: takeSnapshot(db, part.table, part.key ?? [], part.where, part.params) }));
  return {
    description,
    familyId: row.family_id,
    revert: (c) => {
      for (const { part, snap } of snaps) {
        if (part.mode === 'values') restoreValues(c.db, snap);
        else {
          c.db.prepare(`DELETE FROM ${part.table} WHERE ${part.where}`).run(...part.params);
          reinsert(c.db, snap);
        }
      }
      resync(c, readRow(c.db, row.id));
    },
  };
}

export function startAssessment(ctx: WriteContext, input: { familyId: string; childId: string; instrumentId: string | null; meetingId: string | null }): AssessmentDetail {
  let undoEntry: UndoEntry | undefined;
  const id = inTransaction(ctx, () => {
    const child = ctx.db.prepare('SELECT family_id, role FROM family_members WHERE id = ?').get(input.childId) as { family_id: string; role: string } | undefined;
    if (!child || child.family_id !== input.familyId) throw new AppError('not_found', 'Dit kind hoort niet (meer) bij dit gezin.');
    if (child.role !== 'kind' && child.role !== 'verwacht_kind') throw new AppError('invalid_request', 'Een risicotaxatie gaat over één kind: kies een kind uit het gezin.');
    const instrumentId = input.instrumentId ?? defaultInstrumentId(ctx.db);
    loadInstrument(ctx.db, instrumentId);
    if (input.meetingId !== null && !ctx.db.prepare('SELECT 1 FROM meetings WHERE id = ?').get(input.meetingId)) throw new AppError('not_found', 'Het overleg bestaat niet (meer).');
    const previous = ctx.db.prepare('SELECT id FROM assessments WHERE child_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(input.childId) as { id: string } | undefined;
    const { when, by } = stamp(ctx);
    const today = formatCalendarDay(calendarDayOf(ctx.at));
    const newId = randomUUID();
    ctx.db
      .prepare(
        `INSERT INTO assessments (id, family_id, child_id, instrument_id, meeting_id, previous_id, assessed_on, kindcheck, created_at, updated_at, created_by, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId, input.familyId, input.childId, instrumentId, input.meetingId, previous?.id ?? null, today, JSON.stringify(kindcheckFromHousehold(ctx.db, input.familyId, today)), when, when, by, by);
    audit(ctx, {
      action: 'assessment.create',
      entity: 'assessment',
      entityId: newId,
      familyId: input.familyId,
      summary: previous ? 'Herbeoordeling (risicotaxatie) gestart' : 'Risicotaxatie gestart',
    });
    resync(ctx, readRow(ctx.db, newId));
    undoEntry = {
      description: 'Risicotaxatie gestart',
      familyId: input.familyId,
      revert: (c) => void c.db.prepare('DELETE FROM assessments WHERE id = ?').run(newId),
    };
    return newId;
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return getAssessment(ctx.db, id);
}

export function saveAnswer(ctx: WriteContext, assessmentId: string, answer: Answer): { updatedAt: string; openTopics: RequiredTopic[] } {
  let undoEntry: UndoEntry | undefined;
  const result = inTransaction(ctx, () => {
    const row = readRow(ctx.db, assessmentId);
    const found = instrumentItems(loadInstrument(ctx.db, row.instrument_id)).find((x) => x.item.id === answer.itemId);
    if (!found) throw new AppError('invalid_request', 'Deze vraag hoort niet bij de instrumentversie van deze taxatie.');
    if (found.item.answerType === 'vink' && (answer.value === 'onbekend' || answer.value === 'nvt')) {
      throw new AppError('invalid_request', 'Een beschermende factor is aangevinkt of niet.');
    }
    undoEntry = prepareUndo(ctx.db, row, `Risicotaxatie: antwoord op vraag ${answer.itemId}`, [
      { table: 'assessment_answers', where: 'assessment_id = ? AND item_id = ?', params: [assessmentId, answer.itemId], mode: 'rows' },
    ]);
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT INTO assessment_answers (assessment_id, item_id, value, observer_name, observer_discipline, source, date, note, owner, updated_at, updated_by)
         VALUES (@assessmentId, @itemId, @value, @observerName, @observerDiscipline, @source, @date, @note, @owner, @when, @by)
         ON CONFLICT (assessment_id, item_id) DO UPDATE SET value = excluded.value, observer_name = excluded.observer_name,
           observer_discipline = excluded.observer_discipline, source = excluded.source, date = excluded.date, note = excluded.note,
           owner = excluded.owner, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run({
        assessmentId,
        itemId: answer.itemId,
        value: answer.value,
        observerName: answer.observer.name,
        observerDiscipline: answer.observer.discipline,
        source: answer.source,
        date: answer.date,
        note: answer.note,
        owner: answer.owner,
        when,
        by,
      });
    audit(ctx, { action: 'assessment.answer', entity: 'assessment', entityId: assessmentId, familyId: row.family_id, summary: `Risicotaxatie: antwoord op vraag ${answer.itemId} vastgelegd` });
    return resync(ctx, row);
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return result;
}

export function saveKindcheck(ctx: WriteContext, assessmentId: string, kindcheck: KindcheckRecord): { updatedAt: string; openTopics: RequiredTopic[] } {
  let undoEntry: UndoEntry | undefined;
  const result = inTransaction(ctx, () => {
    const row = readRow(ctx.db, assessmentId);
    undoEntry = prepareUndo(ctx.db, row, 'Risicotaxatie: Kindcheck', [{ table: 'assessments', where: 'id = ?', params: [assessmentId], mode: 'values', key: ['id'] }]);
    ctx.db.prepare('UPDATE assessments SET kindcheck = ? WHERE id = ?').run(JSON.stringify(kindcheck), assessmentId);
    audit(ctx, { action: 'assessment.kindcheck', entity: 'assessment', entityId: assessmentId, familyId: row.family_id, summary: 'Risicotaxatie: Kindcheck vastgelegd' });
    return resync(ctx, { ...row, kindcheck: JSON.stringify(kindcheck) });
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return result;
}

export function addTrailEntry(
  ctx: WriteContext,
  assessmentId: string,
  entry: Omit<TrailEntry, 'id' | 'recordedBy'>,
): { entry: TrailEntry; updatedAt: string; openTopics: RequiredTopic[] } {
  let undoEntry: UndoEntry | undefined;
  const result = inTransaction(ctx, () => {
    const row = readRow(ctx.db, assessmentId);
    if (entry.professional.name.trim() === '') throw new AppError('invalid_request', 'Vul in welke professional deze afweging maakt.');
    if (entry.reasoning.trim() === '') throw new AppError('invalid_request', 'Iedere stap van het afwegingskader heeft een onderbouwing nodig.');
    if (entry.question === 4 && entry.answer === 'ja' && (entry.term === null || entry.casemanager.trim() === '')) {
      throw new AppError('invalid_request', 'Bij "ja" op vraag 4 horen een afgesproken termijn en een casemanager die de hulp volgt.');
    }
    const { when, by } = stamp(ctx);
    // Term and casemanager belong to question 4 answered "ja"; monitoring to question 5 answered "ja".
    const agreesHelp = entry.question === 4 && entry.answer === 'ja';
    const saved: TrailEntry = {
      ...entry,
      term: agreesHelp ? entry.term : null,
      casemanager: agreesHelp ? entry.casemanager.trim() : '',
      id: randomUUID(),
      recordedBy: by,
    };
    undoEntry = prepareUndo(ctx.db, row, `Afwegingskader: vraag ${saved.question}`, [{ table: 'afweging_entries', where: 'id = ?', params: [saved.id], mode: 'rows' }]);
    ctx.db
      .prepare(
        `INSERT INTO afweging_entries (id, assessment_id, professional_name, professional_discipline, question, answer, reasoning, date, monitoring, term, casemanager, recorded_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(saved.id, assessmentId, saved.professional.name, saved.professional.discipline, saved.question, saved.answer, saved.reasoning, saved.date, saved.monitoring, saved.term, saved.casemanager, by, when);
    audit(ctx, {
      action: 'assessment.afweging',
      entity: 'assessment',
      entityId: assessmentId,
      familyId: row.family_id,
      summary: `Afwegingskader: vraag ${saved.question} vastgelegd voor ${saved.professional.name}`,
    });
    return { entry: saved, ...resync(ctx, row) };
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return result;
}

export function saveJudgement(ctx: WriteContext, assessmentId: string, input: JudgementInput): { judgement: Judgement; updatedAt: string; openTopics: RequiredTopic[] } {
  let undoEntry: UndoEntry | undefined;
  const result = inTransaction(ctx, () => {
    const row = readRow(ctx.db, assessmentId);
    const { computed } = evaluateAssessment(stateOf(ctx.db, row));
    const reason = input.reason.trim();
    if (needsLoweringReason(computed, input) && reason === '') {
      throw new AppError(
        'invalid_request',
        'Het oordeel ligt lager dan het berekende niveau. Schrijf op waarom; zonder reden blijft het berekende niveau staan.',
      );
    }
    undoEntry = prepareUndo(ctx.db, row, 'Risicotaxatie: oordeel', [
      { table: 'judgement_scales', where: 'assessment_id = ?', params: [assessmentId], mode: 'rows' },
      { table: 'assessment_judgements', where: 'assessment_id = ?', params: [assessmentId], mode: 'rows' },
    ]);
    const { when, by } = stamp(ctx);
    ctx.db
      .prepare(
        `INSERT OR REPLACE INTO assessment_judgements (assessment_id, now_level, future_level, computed_now, computed_future, reason, date, decided_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(assessmentId, input.now, input.future, computed.now, computed.future, reason, input.date, by, when);
    ctx.db.prepare('DELETE FROM judgement_scales WHERE assessment_id = ?').run(assessmentId);
    const scale = ctx.db.prepare('INSERT INTO judgement_scales (assessment_id, position, participant_name, participant_discipline, scale) VALUES (?, ?, ?, ?, ?)');
    input.scales.forEach((s, i) => scale.run(assessmentId, i, s.participant.name, s.participant.discipline, s.scale));
    const lowered = needsLoweringReason(computed, input);
    audit(ctx, {
      action: 'assessment.judgement',
      entity: 'assessment',
      entityId: assessmentId,
      familyId: row.family_id,
      summary: lowered ? 'Risicotaxatie: oordeel vastgelegd, lager dan berekend (met reden)' : 'Risicotaxatie: oordeel vastgelegd',
    });
    const synced = resync(ctx, row);
    const judgement = readJudgement(ctx.db, assessmentId);
    if (!judgement) throw new AppError('internal');
    return { judgement, ...synced };
  });
  if (undoEntry) ctx.undo.push(undoEntry);
  return result;
}
