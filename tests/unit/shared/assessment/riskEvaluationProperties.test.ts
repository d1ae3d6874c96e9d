import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRank, RISK_LEVELS, type JudgementInput, type KindcheckRecord, type RiskLevel, type TrailEntry } from '../../../../shared/instrument/assessmentRecords';
import { compareAssessments } from '../../../../shared/instrument/compareAssessments';
import { DEFAULT_INSTRUMENT } from '../../../../shared/instrument/defaultInstrument';
import { evaluateAssessment, type AssessmentState } from '../../../../shared/instrument/evaluateAssessment';
import { ANSWER_VALUES, instrumentItems } from '../../../../shared/instrument/instrumentSchema';
import { answer } from './assessmentKit';

const ITEM_IDS = instrumentItems(DEFAULT_INSTRUMENT).map((x) => x.item.id);
const tri = fc.constantFrom('ja' as const, 'nee' as const, 'onbekend' as const, null);
const level = fc.constantFrom(...RISK_LEVELS);
const person = fc.record({ name: fc.constantFrom('Jolien de Boer', 'Marco Veenstra', 'Anouk Smit', ''), discipline: fc.constantFrom('JGZ', 'school', 'wijkteam') });

const answers = fc.dictionary(fc.constantFrom(...ITEM_IDS, 'Z9'), fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: null })).map((d) =>
  Object.entries(d).map(([id, v]) => answer(id, v, { owner: id.length % 2 ? 'wijkteam' : '' })),
);
const kindcheck: fc.Arbitrary<KindcheckRecord> = fc.record({
  childrenInHousehold: tri,
  children: fc.array(fc.record({ name: fc.string({ maxLength: 10 }), age: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }), careBy: fc.string({ maxLength: 10 }), memberId: fc.constant(null) }), { maxLength: 3 }),
  pregnancy: tri,
  note: fc.string({ maxLength: 20 }),
});
const trailEntries: fc.Arbitrary<TrailEntry[]> = fc.array(
  fc.record({
    id: fc.uuid(),
    professional: person,
    question: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
    answer: fc.constantFrom('ja' as const, 'nee' as const),
    reasoning: fc.string({ maxLength: 20 }),
    date: fc.constantFrom('2026-01-05', '2026-02-10', '2026-03-02'),
    monitoring: fc.string({ maxLength: 20 }),
    term: fc.option(fc.constantFrom('2026-04-27', '2026-06-01'), { nil: null }),
    casemanager: fc.constantFrom('', 'Jolien de Boer'),
    recordedBy: fc.constant('Noor Jansen'),
  }),
  { maxLength: 12 },
);
type StoredJudgement = JudgementInput & { computedNow?: RiskLevel; computedFuture?: RiskLevel };
const judgement: fc.Arbitrary<StoredJudgement | null> = fc.option(
  fc.record(
    {
      now: level,
      future: level,
      reason: fc.oneof(fc.constant(''), fc.constant('   '), fc.string({ maxLength: 30 })),
      scales: fc.array(fc.record({ participant: person, scale: fc.integer({ min: 0, max: 10 }) }), { maxLength: 5 }),
      date: fc.constant('2026-03-02'),
      computedNow: level,
      computedFuture: level,
    },
    { requiredKeys: ['now', 'future', 'reason', 'scales', 'date'] },
  ),
  { nil: null },
);
const assessmentState: fc.Arbitrary<AssessmentState> = fc.record({
  instrument: fc.constant(DEFAULT_INSTRUMENT),
  answers,
  kindcheck,
  trail: trailEntries,
  judgement,
});

describe('risk evaluation properties', () => {
  it('no combination of answers, Kindcheck, trail and judgement makes evaluation throw', () => {
    fc.assert(
      fc.property(assessmentState, (s) => {
        const e = evaluateAssessment(s);
        expect(RISK_LEVELS).toContain(e.effective.now);
        expect(RISK_LEVELS).toContain(e.effective.future);
      }),
      { numRuns: 500 },
    );
  });

  it('a level that counts is never below the computed level unless a written reason is given', () => {
    fc.assert(
      fc.property(assessmentState, (s) => {
        const e = evaluateAssessment(s);
        const reason = s.judgement?.reason.trim() ?? '';
        if (reason === '') {
          expect(levelRank(e.effective.now)).toBeGreaterThanOrEqual(levelRank(e.computed.now));
          expect(levelRank(e.effective.future)).toBeGreaterThanOrEqual(levelRank(e.computed.future));
        }
        // A reason given against a lower computed level never covers a level that rose since.
        const j = s.judgement;
        if (j?.computedNow && levelRank(e.computed.now) > levelRank(j.computedNow)) {
          expect(levelRank(e.effective.now)).toBeGreaterThanOrEqual(levelRank(e.computed.now));
        }
        if (j?.computedFuture && levelRank(e.computed.future) > levelRank(j.computedFuture)) {
          expect(levelRank(e.effective.future)).toBeGreaterThanOrEqual(levelRank(e.computed.future));
        }
        if (e.judgement && (e.judgement.lowered.now || e.judgement.lowered.future) && !e.judgement.loweredWithoutReason) {
          // Lowered and accepted: the reason travels with the level.
          expect(e.judgement.loweringReason).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('any acute "ja" gives the melden-norm and a required decision, whatever else is answered', () => {
    fc.assert(
      fc.property(assessmentState, fc.constantFrom('A1', 'A2', 'A3', 'A4', 'A5', 'A6'), (s, acute) => {
        const e = evaluateAssessment({ ...s, answers: [...s.answers.filter((a) => a.itemId !== acute), answer(acute, 'ja')] });
        expect(e.meldNorm).toBe(true);
        expect(e.requiredDecision).toBe(true);
        expect(e.computed.now).toBe('acuut');
      }),
    );
  });

  it('the agenda item is required exactly when a parent signal meets children present and no child signal', () => {
    fc.assert(
      fc.property(assessmentState, (s) => {
        const e = evaluateAssessment(s);
        expect(e.mandatoryAgendaItem).toBe(e.parentSignals.length > 0 && e.childrenPresent === true && e.childSignals.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('comparing any two assessments never throws and an assessment compared with itself has no changes', () => {
    fc.assert(
      fc.property(assessmentState, assessmentState, (a, b) => {
        compareAssessments(a, b);
        const same = compareAssessments(a, a);
        expect(same.changes).toEqual([]);
        expect(same.flagsAdded).toEqual([]);
        expect(same.flagsRemoved).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
