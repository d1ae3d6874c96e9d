import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRank } from '../../../../shared/instrument/assessmentRecords';
import { DEFAULT_INSTRUMENT, INSTRUMENT_V1, INSTRUMENT_V2, INSTRUMENT_V3 } from '../../../../shared/instrument/defaultInstrument';
import { evaluateAssessment } from '../../../../shared/instrument/evaluateAssessment';
import { importInstrumentJson } from '../../../../shared/instrument/importInstrument';
import { instrumentItems, type AnswerValue, type Instrument } from '../../../../shared/instrument/instrumentSchema';
import { NO_CHILDREN, WITH_CHILDREN, state } from './assessmentKit';

const ids = (instrument: Instrument) => instrumentItems(instrument).map((x) => x.item.id);
const itemOf = (instrument: Instrument, id: string) => instrumentItems(instrument).find((x) => x.item.id === id)?.item;
const allNeeOf = (instrument: Instrument, overrides: Record<string, AnswerValue | null> = {}) => ({
  ...Object.fromEntries(ids(instrument).map((id) => [id, 'nee' as AnswerValue | null])),
  ...overrides,
});
const evaluateWith = (instrument: Instrument, values: Record<string, AnswerValue | null>, kindcheck = WITH_CHILDREN) =>
  evaluateAssessment({ ...state(values, { kindcheck }), instrument });
const codes = (e: { flags: { code: string }[] }) => e.flags.map((f) => f.code);

describe('"Casustafel basis" version 3: a child’s own suicide threat is urgent care, not a Meldcode report', () => {
  it('is the default for new assessments and differs from version 2 only in A6 and the new B7', () => {
    expect(DEFAULT_INSTRUMENT).toBe(INSTRUMENT_V3);
    expect(INSTRUMENT_V3.version).toBe(3);
    expect(ids(INSTRUMENT_V3)).toEqual([...ids(INSTRUMENT_V2).slice(0, ids(INSTRUMENT_V2).indexOf('B6') + 1), 'B7', ...ids(INSTRUMENT_V2).slice(ids(INSTRUMENT_V2).indexOf('B6') + 1)]);
    // B7 is a code no earlier version used, so no stored answer can be read as an answer to it.
    expect([...ids(INSTRUMENT_V1), ...ids(INSTRUMENT_V2)]).not.toContain('B7');
    for (const id of ids(INSTRUMENT_V2).filter((x) => x !== 'A6')) expect(itemOf(INSTRUMENT_V3, id)).toEqual(itemOf(INSTRUMENT_V2, id));
    expect(INSTRUMENT_V3.sections.map(({ items: _items, ...rest }) => rest)).toEqual(INSTRUMENT_V2.sections.map(({ items: _items, ...rest }) => rest));
  });

  it('asks A6 only about an adult’s threat of serious violence, extended suicide included, and B7 about the child’s own threat', () => {
    const a6 = itemOf(INSTRUMENT_V3, 'A6')!;
    expect([a6.signal, a6.urgentCare, a6.suggestedOwner]).toEqual(['acuut', undefined, 'Veilig Thuis']);
    expect(a6.text).toMatch(/gezinslid of een andere volwassene/);
    expect(a6.text).toMatch(/zelfdoding samen met het kind/);
    expect(a6.text).not.toMatch(/door het kind/);
    const b7 = itemOf(INSTRUMENT_V3, 'B7')!;
    expect([b7.signal, b7.urgentCare, b7.suggestedOwner]).toEqual(['kind', true, 'huisarts']);
    expect(b7.text).toMatch(/zelfdoding/);
    // The released versions are untouched: their A6 still includes the child.
    expect(itemOf(INSTRUMENT_V1, 'A6')!.text).toBe('Is er gedreigd met zelfdoding of met ernstig geweld door het kind of een gezinslid?');
    expect(itemOf(INSTRUMENT_V2, 'A6')!.text).toBe(itemOf(INSTRUMENT_V1, 'A6')!.text);
  });

  it('a child who threatens suicide: urgent care today and concern now acuut, but no melden-norm and no decision on reporting', () => {
    const e = evaluateWith(INSTRUMENT_V3, allNeeOf(INSTRUMENT_V3, { B7: 'ja' }));
    expect(codes(e)).toEqual(['spoedzorg_kind']);
    expect(e.flags[0]).toEqual({ code: 'spoedzorg_kind', severity: 'kritiek', about: ['B7'] });
    expect([e.urgentCare, e.urgentCareItems]).toEqual([true, ['B7']]);
    expect([e.meldNorm, e.requiredDecision]).toEqual([false, false]);
    expect(e.computed).toEqual({ now: 'acuut', future: 'hoog' });
    expect(e.nextSteps[0]).toBe('spoedzorg_regelen');
    expect(e.nextSteps).not.toContain('besluit_melden');
    expect(e.nextSteps).not.toContain('afweging_vastleggen');
    // It is a signal seen in the child: the child is in view, so no "Kindcheck without child signals".
    expect(e.childSignals).toEqual(['B7']);
  });

  it('a family member who threatens serious violence: the melden-norm, as before, and no urgent-care flag', () => {
    const e = evaluateWith(INSTRUMENT_V3, allNeeOf(INSTRUMENT_V3, { A6: 'ja' }));
    expect(codes(e)).toEqual(['meldnorm']);
    expect([e.meldNorm, e.requiredDecision, e.urgentCare]).toEqual([true, true, false]);
    expect(e.computed).toEqual({ now: 'acuut', future: 'acuut' });
    expect(e.nextSteps).toContain('besluit_melden');
  });

  it('both at once: today’s care is listed first, the decision on reporting stays', () => {
    const e = evaluateWith(INSTRUMENT_V3, allNeeOf(INSTRUMENT_V3, { A6: 'ja', B7: 'ja' }));
    expect(codes(e)).toEqual(['spoedzorg_kind', 'meldnorm']);
    expect(e.nextSteps.slice(0, 2)).toEqual(['spoedzorg_regelen', 'besluit_melden']);
    expect(e.computed).toEqual({ now: 'acuut', future: 'acuut' });
  });

  it('not knowing whether the child threatens suicide is a blind spot and a concern now, not urgent care', () => {
    const e = evaluateWith(INSTRUMENT_V3, allNeeOf(INSTRUMENT_V3, { B7: 'onbekend' }), NO_CHILDREN);
    expect(e.urgentCare).toBe(false);
    expect(e.blindSpots.map((b) => [b.itemId, b.suggestedOwner])).toEqual([['B7', 'huisarts']]);
    expect(e.computed).toEqual({ now: 'verhoogd', future: 'verhoogd' });
  });

  it('a version 2 assessment with A6 "ja" (a child’s own threat, as version 2 asked it) still yields the melden-norm', () => {
    for (const released of [INSTRUMENT_V1, INSTRUMENT_V2]) {
      const e = evaluateWith(released, allNeeOf(released, { A6: 'ja' }));
      expect(codes(e)).toEqual(['meldnorm']);
      expect([e.meldNorm, e.requiredDecision, e.urgentCare]).toEqual([true, true, false]);
      expect(e.computed).toEqual({ now: 'acuut', future: 'acuut' });
      expect(e.nextSteps).not.toContain('spoedzorg_regelen');
    }
  });

  it('an imported instrument can mark only a child signal for urgent care', () => {
    const json = (signal: string) =>
      JSON.stringify({
        ...INSTRUMENT_V3,
        key: 'ggd-drenthe',
        sections: INSTRUMENT_V3.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.id === 'A6' ? { ...i, signal, urgentCare: true } : i)) })),
      });
    const refused = importInstrumentJson(json('acuut'));
    expect(refused.ok ? [] : refused.errors).toEqual(['vraag "A6": spoedzorg vandaag kan alleen bij een signaal bij het kind (signaalsoort "kind")']);
    expect(importInstrumentJson(json('kind')).ok).toBe(true);
  });
});

describe('urgent care as a rule (properties)', () => {
  const value = fc.option(fc.constantFrom<AnswerValue>('ja', 'nee', 'onbekend', 'nvt'), { nil: null });
  const answersOf = (instrument: Instrument) => fc.dictionary(fc.constantFrom(...ids(instrument)), value);
  const kindcheck = fc.constantFrom(WITH_CHILDREN, NO_CHILDREN);

  it('in version 3, B7 "ja" always gives urgent care and concern now acuut, and never on its own the melden-norm', () => {
    fc.assert(
      fc.property(answersOf(INSTRUMENT_V3), kindcheck, (values, k) => {
        const e = evaluateWith(INSTRUMENT_V3, { ...values, B7: 'ja' }, k);
        expect(e.urgentCare).toBe(true);
        expect(codes(e)[0]).toBe('spoedzorg_kind');
        expect(e.computed.now).toBe('acuut');
        expect(levelRank(e.computed.future)).toBeGreaterThanOrEqual(levelRank('hoog'));
        const acuteJa = Object.entries(values).some(([id, v]) => id.startsWith('A') && v === 'ja');
        expect(e.meldNorm).toBe(acuteJa);
        expect(e.requiredDecision).toBe(acuteJa);
      }),
      { numRuns: 300 },
    );
  });

  it('B7 "nee" changes nothing: version 3 then computes what version 2 computes for the same answers', () => {
    fc.assert(
      fc.property(answersOf(INSTRUMENT_V2), kindcheck, (values, k) => {
        const before = evaluateWith(INSTRUMENT_V2, values, k);
        const after = evaluateWith(INSTRUMENT_V3, { ...values, B7: 'nee' }, k);
        expect(after.computed).toEqual(before.computed);
        expect(after.flags).toEqual(before.flags);
        expect(after.nextSteps).toEqual(before.nextSteps);
        expect([after.meldNorm, after.requiredDecision, after.mandatoryAgendaItem]).toEqual([before.meldNorm, before.requiredDecision, before.mandatoryAgendaItem]);
      }),
      { numRuns: 300 },
    );
  });

  it('versions 1 and 2 never raise urgent care, whatever is answered', () => {
    fc.assert(
      fc.property(fc.constantFrom(INSTRUMENT_V1, INSTRUMENT_V2), kindcheck, fc.dictionary(fc.constantFrom(...ids(INSTRUMENT_V2)), value), (released, k, values) => {
        const e = evaluateWith(released, values, k);
        expect(e.urgentCare).toBe(false);
        expect(codes(e)).not.toContain('spoedzorg_kind');
        expect(e.computed.now === 'acuut').toBe(e.meldNorm);
      }),
      { numRuns: 300 },
    );
  });
});
