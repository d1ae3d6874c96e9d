import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateTrail } from '../../../../shared/instrument/afwegingskader';
import { INSTRUMENT_V1 } from '../../../../shared/instrument/defaultInstrument';
import { evaluateAssessment } from '../../../../shared/instrument/evaluateAssessment';
import { Instrument } from '../../../../shared/instrument/instrumentSchema';
import { JOLIEN, NO_CHILDREN, WITH_CHILDREN, allNee, state, trail, trailEntry } from './assessmentKit';

const walk = (values: ('ja' | 'nee')[]) => evaluateTrail(JOLIEN, trail(values), false);

describe('the afwegingskader takes both decisions of the Meldcode', () => {
  it('after a report for acute unsafety, questions 3–5 are still asked, together with Veilig Thuis', () => {
    const reported = walk(['ja', 'ja']);
    expect([reported.outcome, reported.reportDecision, reported.helpDecision, reported.nextQuestion]).toEqual(['melden', 'melden', 'open', 3]);
    expect(reported.steps.map((s) => s.withVeiligThuis)).toEqual([false, false, true, true, true]);

    const helpAlongside = walk(['ja', 'ja', 'ja', 'ja', 'ja']);
    expect([helpAlongside.outcome, helpAlongside.meldReason, helpAlongside.helpDecision, helpAlongside.nextQuestion]).toEqual(['melden', 'onveiligheid', 'hulp_mogelijk', null]);
    expect(helpAlongside.problems).toEqual([]);

    const veiligThuisTakesOver = walk(['ja', 'ja', 'nee']);
    expect([veiligThuisTakesOver.reportDecision, veiligThuisTakesOver.helpDecision, veiligThuisTakesOver.meldReason]).toEqual(['melden', 'hulp_niet_mogelijk', 'onveiligheid']);
  });

  it('without acute unsafety, refused or inadequate help is a report and ends the weighing', () => {
    expect([walk(['ja', 'nee', 'nee']).meldReason, walk(['ja', 'nee', 'nee']).helpDecision]).toEqual(['geen_passende_hulp', 'hulp_niet_mogelijk']);
    expect(walk(['ja', 'nee', 'ja', 'nee']).meldReason).toBe('hulp_geweigerd');
    expect(walk(['ja', 'nee', 'ja', 'nee', 'ja']).problems).toEqual([{ code: 'na_afronding', question: 5 }]);
    const closes = walk(['ja', 'nee', 'ja', 'ja', 'ja']);
    expect([closes.reportDecision, closes.helpDecision, closes.outcome]).toEqual(['niet_melden', 'hulp_mogelijk', 'monitoring_ontbreekt']);
  });

  it('a "ja" on question 4 carries the agreed term and the casemanager, and says so when they are missing', () => {
    const agreed = walk(['ja', 'nee', 'ja', 'ja']);
    expect([agreed.term, agreed.casemanager, agreed.nextQuestion]).toEqual(['2026-04-27', 'Jolien de Vries (JGZ)', 5]);
    const entries = [trailEntry(1, 'ja'), trailEntry(2, 'nee'), trailEntry(3, 'ja'), trailEntry(4, 'ja', { term: null, casemanager: ' ' })];
    expect(evaluateTrail(JOLIEN, entries, false).problems).toEqual([
      { code: 'termijn_ontbreekt', question: 4 },
      { code: 'casemanager_ontbreekt', question: 4 },
    ]);
  });

  it('property: decision 1 is "melden" whenever the outcome is a report, and decision 2 is only taken after question 3', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ja' as const, 'nee' as const), { maxLength: 5 }), (values) => {
        const t = walk(values);
        if (t.outcome === 'melden') expect(t.reportDecision).toBe('melden');
        if (values.length < 3 && t.outcome !== 'geen_vermoeden') expect(t.helpDecision).toBe('open');
        if (t.helpDecision === 'hulp_mogelijk') expect(values.slice(2, 5)).toEqual(['ja', 'ja', 'ja']);
        // A report for acute unsafety does not end the weighing: question 3 is still to be answered.
        if (values[0] === 'ja' && values[1] === 'ja') expect(t.problems.filter((p) => p.code === 'na_afronding' && p.question === 3)).toEqual([]);
      }),
    );
  });
});

describe('Kindcheck and accumulation in "Casustafel basis" version 2', () => {
  it('a detained parent makes the Kindcheck positive when children live in the household', () => {
    const e = evaluateAssessment(state(allNee({ C11: 'ja' }), { kindcheck: WITH_CHILDREN }));
    expect(e.kindcheckPositive).toBe(true);
    expect(e.flags.map((f) => f.code)).toContain('kindcheck');
    expect(evaluateAssessment(state(allNee({ C11: 'ja' }), { kindcheck: NO_CHILDREN })).kindcheckPositive).toBe(false);
  });

  it('violence between adults counts once for accumulation, even when A4 and C3 both say so', () => {
    const both = evaluateAssessment(state(allNee({ A4: 'ja', C3: 'ja', C1: 'ja', C4: 'ja' })));
    expect(both.riskFactorCount).toBe(3);
    expect(both.accumulation).toBe(false);
    const fourFacts = evaluateAssessment(state(allNee({ A4: 'ja', C3: 'ja', C1: 'ja', C4: 'ja', C9: 'ja' })));
    expect([fourFacts.riskFactorCount, fourFacts.accumulation]).toEqual([4, true]);
    // Each keeps its own meaning: A4 is still acute unsafety, C3 still a Kindcheck trigger.
    expect(both.meldNorm).toBe(true);
    expect(both.parentSignals).toContain('C3');
  });

  it('an assessment filled in with version 1 keeps computing what it computed', () => {
    const v1 = (answers: Record<string, 'ja' | 'nee'>) => evaluateAssessment({ ...state(answers, { kindcheck: WITH_CHILDREN }), instrument: INSTRUMENT_V1 });
    const all = Object.fromEntries(INSTRUMENT_V1.sections.flatMap((s) => s.items.map((i) => [i.id, 'nee' as const])));
    expect(v1({ ...all, C10: 'ja' }).kindcheckPositive).toBe(false);
    expect(v1({ ...all, A4: 'ja', C3: 'ja', C1: 'ja', C4: 'ja' }).riskFactorCount).toBe(4);
  });

  it('an imported instrument cannot point "same fact" at a question that does not exist or at itself', () => {
    const withSameFact = (sameFactAs: string) => ({
      ...INSTRUMENT_V1,
      version: 9,
      sections: INSTRUMENT_V1.sections.map((s) => (s.id === 'C' ? { ...s, items: s.items.map((i) => (i.id === 'C3' ? { ...i, sameFactAs } : i)) } : s)),
    });
    expect(Instrument.safeParse(withSameFact('A4')).success).toBe(true);
    expect(Instrument.safeParse(withSameFact('Z9')).error?.issues.map((i) => i.message)).toEqual(['vraag "C3": vraag "Z9" (hetzelfde feit) bestaat niet']);
    expect(Instrument.safeParse(withSameFact('C3')).error?.issues.map((i) => i.message)).toEqual(['vraag "C3": kan niet hetzelfde feit zijn als zichzelf']);
  });
});
