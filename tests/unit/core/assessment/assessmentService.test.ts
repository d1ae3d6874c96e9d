import { describe, expect, it } from 'vitest';
import { addTrailEntry, getAssessment, listAssessments, saveAnswer, saveJudgement, saveKindcheck, startAssessment } from '../../../../electron/core/assessment/assessmentService';
import { importInstrument, listInstruments } from '../../../../electron/core/assessment/instrumentService';
import { openTopics, resolveTopic } from '../../../../electron/core/assessment/requiredTopics';
import { verifyAuditChain } from '../../../../electron/core/audit/auditChain';
import { INSTRUMENT_V2_ID } from '../../../../electron/core/migrations/0010_meldcode_decisions';
import { INSTRUMENT_V3_ID } from '../../../../electron/core/migrations/0019_urgent_care';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveMeeting } from '../../../../electron/core/register/meetingService';
import { AppError } from '../../../../shared/contract/errors';
import type { Answer } from '../../../../shared/instrument/assessmentRecords';
import { DEFAULT_INSTRUMENT_INPUT } from '../../../../shared/instrument/defaultInstrument';
import { registerKit } from '../register/registerKit';

const OBSERVER = { name: 'Ilse Wiersma', discipline: 'JGZ' };
const answer = (itemId: string, value: Answer['value'], extra: Partial<Answer> = {}): Answer => ({
  itemId,
  value,
  observer: OBSERVER,
  source: 'eigen_waarneming',
  date: '2026-11-28',
  note: '',
  owner: '',
  ...extra,
});

function setup() {
  const kit = registerKit();
  const familyId = kit.family('Gezin Mulder');
  const member = (givenName: string, role: 'kind' | 'ouder' | 'verwacht_kind', birthDate: string | null) =>
    saveMember(kit.ctx(), { familyId, role, givenName, familyName: 'Mulder', birthDate, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' });
  const lotte = member('Lotte', 'kind', '2018-04-12');
  member('Bram', 'kind', '2021-12-01');
  const mother = member('Esther', 'ouder', '1990-06-06');
  return { ...kit, familyId, lotte, mother };
}

function codeOf(work: () => unknown): { code: string; detail: string | undefined } {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, detail: error.detail };
    throw error;
  }
  throw new Error('geen fout');
}

describe('assessment storage', () => {
  it('starts an assessment with the default instrument and a Kindcheck prefilled from the household', () => {
    const k = setup();
    const d = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    expect(d.assessment.instrumentId).toBe(INSTRUMENT_V3_ID);
    expect(d.instrument.version).toBe(3);
    expect(d.assessment.childName).toBe('Lotte Mulder');
    expect(d.instrument.name).toBe('Casustafel basis');
    expect(d.kindcheck.childrenInHousehold).toBe('ja');
    expect(d.kindcheck.children.map((c) => [c.name, c.age])).toEqual([
      ['Lotte Mulder', 8],
      ['Bram Mulder', 4],
    ]);
    expect(d.openTopics).toEqual([]);
  });

  it('refuses an assessment for a parent: it is always about one child', () => {
    const k = setup();
    expect(codeOf(() => startAssessment(k.ctx(), { familyId: k.familyId, childId: k.mother.id, instrumentId: null, meetingId: null })).code).toBe('invalid_request');
  });

  it('a parent signal with children present and no child signals puts a child-safety item on the agenda; it lapses when the answer is corrected', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    const saved = saveAnswer(k.ctx(), assessment.id, answer('C4', 'ja'));
    expect(saved.openTopics.map((t) => [t.topic, t.childName])).toEqual([['kindveiligheid', 'Lotte Mulder']]);
    expect(openTopics(k.db, k.familyId)).toHaveLength(1);
    expect(openTopics(k.db, null)).toHaveLength(1);

    // A child signal means the child is already in view: the warning and the item go.
    expect(saveAnswer(k.ctx(), assessment.id, answer('B2', 'ja')).openTopics).toEqual([]);
    expect(k.auditSummaries()).toContain('Verplicht agendapunt kindveiligheid vervallen (reden uit de taxatie verdwenen)');
  });

  it('a discussed child-safety item is not raised again for the same assessment', () => {
    const k = setup();
    const meeting = saveMeeting(k.ctx(), { type: 'zat', title: 'ZAT november', startsAt: '2026-11-30T13:00:00.000Z', location: '', schoolId: null, chairId: null, confidentiality: '' });
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    const [topic] = saveAnswer(k.ctx(), assessment.id, answer('C1', 'ja')).openTopics;
    const resolved = resolveTopic(k.ctx(), topic!.id, meeting.id, 'Besproken: JGZ ziet Lotte deze maand op school.');
    expect(resolved.resolvedMeetingId).toBe(meeting.id);
    expect(saveAnswer(k.ctx(), assessment.id, answer('C2', 'ja')).openTopics).toEqual([]);
    expect(codeOf(() => resolveTopic(k.ctx(), topic!.id, null, 'nog eens')).detail).toBe('Dit agendapunt is al afgehandeld.');
  });

  it('acute unsafety requires a decision on reporting', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    expect(saveAnswer(k.ctx(), assessment.id, answer('A2', 'ja')).openTopics.map((t) => t.topic)).toEqual(['meldbesluit']);
  });

  it('a child’s own suicide threat puts urgent care today on the list, not a decision on reporting; it is done once recorded as arranged', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    const saved = saveAnswer(k.ctx(), assessment.id, answer('B7', 'ja', { note: 'Lotte zei tegen de juf dat ze dood wil.' }));
    expect(saved.openTopics.map((t) => [t.topic, t.childName])).toEqual([['spoedzorg', 'Lotte Mulder']]);
    expect(listAssessments(k.db, k.familyId)[0]).toMatchObject({ flags: ['spoedzorg_kind'], computed: { now: 'acuut', future: 'hoog' } });
    expect(k.auditSummaries()).toContain('Spoedzorg vandaag voor het kind (huisarts of GGZ-crisisdienst) klaargezet');

    const [topic] = saved.openTopics;
    const done = resolveTopic(k.ctx(), topic!.id, null, 'Ilse Wiersma (JGZ) heeft vandaag om 14.00 uur de GGZ-crisisdienst gebeld; moeder gaat met Lotte mee.');
    expect([done.resolvedBy, done.resolution]).toEqual([
      'Sanne de Wit — CBS De Wegwijzer (intern begeleider)',
      'Ilse Wiersma (JGZ) heeft vandaag om 14.00 uur de GGZ-crisisdienst gebeld; moeder gaat met Lotte mee.',
    ]);
    expect(openTopics(k.db, k.familyId)).toEqual([]);
    // Arranged is arranged: a later answer in the same assessment does not raise it again.
    expect(saveAnswer(k.ctx(), assessment.id, answer('B2', 'ja')).openTopics).toEqual([]);
  });

  it('a family member’s threat of serious violence asks for a decision on reporting, no urgent care; a corrected B7 lapses', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    expect(saveAnswer(k.ctx(), assessment.id, answer('A6', 'ja')).openTopics.map((t) => t.topic)).toEqual(['meldbesluit']);
    expect(saveAnswer(k.ctx(), assessment.id, answer('B7', 'ja')).openTopics.map((t) => t.topic).sort()).toEqual(['meldbesluit', 'spoedzorg']);
    expect(saveAnswer(k.ctx(), assessment.id, answer('B7', 'nee')).openTopics.map((t) => t.topic)).toEqual(['meldbesluit']);
    expect(k.auditSummaries()).toContain('Spoedzorg vandaag voor het kind (huisarts of GGZ-crisisdienst) vervallen (reden uit de taxatie verdwenen)');
  });

  it('an assessment made with version 2 keeps it: A6 "ja" still asks for a decision on reporting, and B7 is not one of its questions', () => {
    const k = setup();
    const { assessment, instrument } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: INSTRUMENT_V2_ID, meetingId: null });
    expect(instrument.version).toBe(2);
    expect(saveAnswer(k.ctx(), assessment.id, answer('A6', 'ja')).openTopics.map((t) => t.topic)).toEqual(['meldbesluit']);
    expect(listAssessments(k.db, k.familyId)[0]).toMatchObject({ instrumentVersion: 2, flags: ['meldnorm'], computed: { now: 'acuut', future: 'acuut' } });
    expect(codeOf(() => saveAnswer(k.ctx(), assessment.id, answer('B7', 'ja'))).detail).toBe('Deze vraag hoort niet bij de instrumentversie van deze taxatie.');
  });

  it('without children recorded in the Kindcheck a parent signal raises no child-safety item', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveKindcheck(k.ctx(), assessment.id, { childrenInHousehold: 'nee', children: [], pregnancy: 'nee', note: 'kinderen wonen bij vader' });
    expect(saveAnswer(k.ctx(), assessment.id, answer('C1', 'ja')).openTopics).toEqual([]);
    expect(getAssessment(k.db, assessment.id).kindcheck.note).toBe('kinderen wonen bij vader');
  });

  it('stores answers with observer, source, date, note and blind-spot owner', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, answer('B1', 'onbekend', { note: 'Niet gezien sinds de zomer', owner: 'JGZ (Ilse)', source: 'dossier' }));
    saveAnswer(k.ctx(), assessment.id, answer('B1', 'onbekend', { note: 'Niet gezien sinds de zomer; afspraak staat', owner: 'JGZ (Ilse)', source: 'dossier' }));
    expect(getAssessment(k.db, assessment.id).answers).toEqual([
      answer('B1', 'onbekend', { note: 'Niet gezien sinds de zomer; afspraak staat', owner: 'JGZ (Ilse)', source: 'dossier' }),
    ]);
    expect(codeOf(() => saveAnswer(k.ctx(), assessment.id, answer('Z1', 'ja'))).detail).toBe('Deze vraag hoort niet bij de instrumentversie van deze taxatie.');
    expect(codeOf(() => saveAnswer(k.ctx(), assessment.id, answer('E1', 'onbekend'))).code).toBe('invalid_request');
  });

  it('records the afwegingskader trail per professional, with reasoning required', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    const entry = { professional: OBSERVER, question: 1 as const, answer: 'ja' as const, reasoning: 'Zorgen over verzorging', date: '2026-11-28', monitoring: '', term: null, casemanager: '' };
    const saved = addTrailEntry(k.ctx(), assessment.id, entry);
    expect(saved.entry.recordedBy).toBe('Sanne de Wit — CBS De Wegwijzer (intern begeleider)');
    expect(codeOf(() => addTrailEntry(k.ctx(), assessment.id, { ...entry, question: 2, reasoning: ' ' })).detail).toBe(
      'Iedere stap van het afwegingskader heeft een onderbouwing nodig.',
    );
    expect(getAssessment(k.db, assessment.id).trail.map((t) => [t.professional.name, t.question, t.answer])).toEqual([['Ilse Wiersma', 1, 'ja']]);
  });

  it('refuses a judgement below the computed level without a reason, and keeps the reason with the level', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, answer('C1', 'ja'));
    const scales = [
      { participant: OBSERVER, scale: 6 },
      { participant: { name: 'Sanne de Wit', discipline: 'school' }, scale: 4 },
    ];
    const lowered = { now: 'laag' as const, future: 'laag' as const, reason: '', scales, date: '2026-11-28' };
    expect(codeOf(() => saveJudgement(k.ctx(), assessment.id, lowered)).detail).toMatch(/^Het oordeel ligt lager dan het berekende niveau/);
    const saved = saveJudgement(k.ctx(), assessment.id, { ...lowered, reason: 'Moeder is in behandeling en oma woont tijdelijk in.' });
    expect(saved.judgement).toMatchObject({ now: 'laag', computedNow: 'verhoogd', computedFuture: 'hoog', scales });
    const [summary] = listAssessments(k.db, k.familyId);
    expect(summary?.effective).toEqual({ now: 'laag', future: 'laag' });
    expect(summary?.loweringReason).toBe('Moeder is in behandeling en oma woont tijdelijk in.');
    expect(summary?.scales.map((s) => s.scale)).toEqual([6, 4]);
    // Raising needs no reason.
    expect(() => saveJudgement(k.ctx(), assessment.id, { now: 'hoog', future: 'acuut', reason: '', scales: [], date: '2026-11-28' })).not.toThrow();
  });

  it('a reassessment points at the previous one and keeps its own instrument version', () => {
    const k = setup();
    const first = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    const own = { ...DEFAULT_INSTRUMENT_INPUT, key: 'wijkteam-emmen', name: 'Wijkteam Emmen', version: 2 };
    const imported = importInstrument(k.ctx(), JSON.stringify(own));
    const second = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: imported.id, meetingId: null });
    expect(second.assessment.previousId).toBe(first.assessment.id);
    expect(getAssessment(k.db, first.assessment.id).instrument.name).toBe('Casustafel basis');
    expect(second.instrument.name).toBe('Wijkteam Emmen');
    expect(listAssessments(k.db, k.familyId).map((a) => a.instrumentName)).toEqual(['Wijkteam Emmen', 'Casustafel basis']);
    expect(listInstruments(k.db).map((i) => [i.name, i.version, i.builtIn])).toEqual([
      ['Casustafel basis', 3, true],
      ['Casustafel basis', 2, true],
      ['Casustafel basis', 1, true],
      ['Wijkteam Emmen', 2, false],
    ]);
  });

  it('refuses an invalid or duplicate instrument with a Dutch explanation, storing nothing', () => {
    const k = setup();
    const bad = codeOf(() => importInstrument(k.ctx(), JSON.stringify({ ...DEFAULT_INSTRUMENT_INPUT, version: 0 })));
    expect(bad).toEqual({ code: 'invalid_request', detail: 'Het instrument is niet ingelezen: versie: versie is minimaal 1.' });
    const dup = codeOf(() => importInstrument(k.ctx(), JSON.stringify(DEFAULT_INSTRUMENT_INPUT)));
    expect(dup.detail).toMatch(/^Versie 3 van instrument "casustafel-basis" bestaat al/);
    expect(listInstruments(k.db)).toHaveLength(3);
  });

  it('audits every write without the content, and the audit chain stays intact', () => {
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, answer('C3', 'ja', { note: 'geheime inhoud' }));
    const summaries = k.auditSummaries();
    expect(summaries).toEqual(expect.arrayContaining(['Risicotaxatie gestart', 'Risicotaxatie: antwoord op vraag C3 vastgelegd', 'Verplicht agendapunt kindveiligheid klaargezet']));
    expect(summaries.join(' ')).not.toContain('geheime inhoud');
    expect(verifyAuditChain(k.db).ok).toBe(true);
  });
});

describe('bench hook', () => {
  it('evaluates the prepared assessments and counts their flags the same way each run', async () => {
    const { timeRiskEvaluation } = await import('../../../../electron/core/assessment/riskEvaluationBench');
    const a = timeRiskEvaluation(50, 7);
    const b = timeRiskEvaluation(50, 7);
    expect(a.count).toBe(50);
    expect(a.flags).toBe(b.flags);
    expect(a.flags).toBeGreaterThan(0);
  });
});

describe('undo of assessment changes', () => {
  it('undoes the last answer, and the agenda item it raised lapses with it', async () => {
    const { undoLast } = await import('../../../../electron/core/recordStore/recordTable');
    const k = setup();
    const { assessment } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveAnswer(k.ctx(), assessment.id, answer('C1', 'nee'));
    saveAnswer(k.ctx(), assessment.id, answer('C1', 'ja'));
    expect(openTopics(k.db, k.familyId)).toHaveLength(1);
    expect(undoLast(k.ctx())).toBe('Risicotaxatie: antwoord op vraag C1');
    expect(getAssessment(k.db, assessment.id).answers.map((a) => a.value)).toEqual(['nee']);
    expect(openTopics(k.db, k.familyId)).toEqual([]);
    expect(undoLast(k.ctx())).toBe('Risicotaxatie: antwoord op vraag C1');
    expect(getAssessment(k.db, assessment.id).answers).toEqual([]);
  });

  it('undoes a judgement, a Kindcheck change and the start itself', async () => {
    const { undoLast } = await import('../../../../electron/core/recordStore/recordTable');
    const k = setup();
    const { assessment, kindcheck } = startAssessment(k.ctx(), { familyId: k.familyId, childId: k.lotte.id, instrumentId: null, meetingId: null });
    saveKindcheck(k.ctx(), assessment.id, { ...kindcheck, note: 'oma past op' });
    saveJudgement(k.ctx(), assessment.id, { now: 'hoog', future: 'hoog', reason: '', scales: [{ participant: OBSERVER, scale: 3 }], date: '2026-11-28' });
    undoLast(k.ctx());
    expect(getAssessment(k.db, assessment.id).judgement).toBeNull();
    undoLast(k.ctx());
    expect(getAssessment(k.db, assessment.id).kindcheck.note).toBe('');
    undoLast(k.ctx());
    expect(listAssessments(k.db, k.familyId)).toEqual([]);
  });
});
