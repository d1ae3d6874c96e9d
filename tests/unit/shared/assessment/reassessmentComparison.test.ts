import { describe, expect, it } from 'vitest';
import { compareAssessments, scaleSeries } from '../../../../shared/instrument/compareAssessments';
import { DEFAULT_INSTRUMENT } from '../../../../shared/instrument/defaultInstrument';
import { Instrument } from '../../../../shared/instrument/instrumentSchema';
import { JOLIEN, MARCO, allNee, state } from './assessmentKit';

const scales = (jolien: number, marco?: number) => [
  { participant: JOLIEN, scale: jolien },
  ...(marco === undefined ? [] : [{ participant: MARCO, scale: marco }]),
];

describe('reassessment: what changed since the previous assessment', () => {
  it('names new signals, signals gone, cleared and new blind spots, levels, flags and scales', () => {
    const previous = state(allNee({ B2: 'ja', C4: 'onbekend', C5: 'nee' }), {
      judgement: { now: 'hoog', future: 'hoog', reason: '', scales: scales(3, 4), date: '2026-01-10' },
    });
    const current = state(allNee({ B2: 'nee', C4: 'ja', C5: 'onbekend' }), {
      judgement: { now: 'hoog', future: 'hoog', reason: '', scales: scales(6), date: '2026-03-10' },
    });
    const c = compareAssessments(previous, current);
    expect(c.sameInstrumentVersion).toBe(true);
    expect(c.changes.map((x) => [x.itemId, x.before, x.after, x.kind])).toEqual([
      ['B2', 'ja', 'nee', 'niet_meer_ja'],
      ['C4', 'onbekend', 'ja', 'nieuw_ja'],
      ['C5', 'nee', 'onbekend', 'nieuwe_blinde_vlek'],
    ]);
    expect(c.flagsAdded).toEqual(['kindcheck']);
    expect(c.riskFactorCount).toEqual({ before: 1, after: 1 });
    expect(c.blindSpotCount).toEqual({ before: 1, after: 1 });
    expect(c.scales.map((s) => [s.participant.name, s.before, s.after])).toEqual([
      ['Jolien de Boer', 3, 6],
      ['Marco Veenstra', 4, null],
    ]);
  });

  it('compares across instrument versions by question code and lists what exists in only one', () => {
    const next = Instrument.parse({
      ...DEFAULT_INSTRUMENT,
      version: DEFAULT_INSTRUMENT.version + 1,
      sections: DEFAULT_INSTRUMENT.sections.map((s) =>
        s.id === 'C' ? { ...s, items: [...s.items.filter((i) => i.id !== 'C10'), { id: 'C12', text: 'Recent verlies van een naaste?', signal: 'ouder' }] } : s,
      ),
    });
    const c = compareAssessments(state({ C10: 'ja' }), { ...state({ C12: 'ja' }), instrument: next });
    expect(c.sameInstrumentVersion).toBe(false);
    expect(c.changes.map((x) => [x.itemId, x.kind])).toEqual([
      ['C12', 'alleen_huidige'],
      ['C10', 'alleen_vorige'],
    ]);
  });
});

describe('scales over time', () => {
  it('gives each participant a series over the assessments they scored in', () => {
    const series = scaleSeries([
      { date: '2026-01-10', scales: scales(3, 4) },
      { date: '2026-03-10', scales: scales(6) },
      { date: '2026-05-10', scales: scales(7, 8) },
    ]);
    expect(series.map((s) => [s.participant.name, s.points.map((p) => `${p.assessmentIndex}:${p.scale}`)])).toEqual([
      ['Jolien de Boer', ['0:3', '1:6', '2:7']],
      ['Marco Veenstra', ['0:4', '2:8']],
    ]);
  });
});

describe('levels in the comparison', () => {
  it('carry the written reason where a judgement lowered them', () => {
    const reason = 'Vader is weer thuis en neemt de zorg over.';
    const previous = state(allNee({ C1: 'ja' }), { judgement: { now: 'laag', future: 'laag', reason, scales: [], date: '2026-01-10' } });
    const current = state(allNee({ C1: 'ja' }));
    const c = compareAssessments(previous, current);
    expect(c.levels.before).toEqual({ now: 'laag', future: 'laag' });
    expect(c.computed.before).toEqual({ now: 'verhoogd', future: 'hoog' });
    expect(c.loweringReasons).toEqual({ before: reason, after: '' });
  });
});
