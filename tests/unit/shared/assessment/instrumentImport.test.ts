import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENT, DEFAULT_INSTRUMENT_INPUT } from '../../../../shared/instrument/defaultInstrument';
import { importInstrumentJson } from '../../../../shared/instrument/importInstrument';
import { instrumentItems } from '../../../../shared/instrument/instrumentSchema';

/** An instrument file as an author might edit it: loosely typed, so tests can break it on purpose. */
interface LooseInstrument {
  [key: string]: unknown;
  key: string;
  name: string;
  version: unknown;
  sections: { id: string; role: string; items: Record<string, unknown>[] }[];
}
const clone = (): LooseInstrument => JSON.parse(JSON.stringify(DEFAULT_INSTRUMENT_INPUT)) as LooseInstrument;

function refused(json: string): string[] {
  const result = importInstrumentJson(json);
  if (result.ok) throw new Error('het instrument werd ten onrechte geaccepteerd');
  return result.errors;
}

describe('the default instrument "Casustafel basis"', () => {
  it('follows sections A–H with their roles', () => {
    expect(DEFAULT_INSTRUMENT.sections.map((s) => `${s.id}:${s.role}`)).toEqual([
      'A:vragen',
      'B:vragen',
      'C:vragen',
      'D:kindcheck',
      'E:vragen',
      'F:stapeling',
      'G:afwegingskader',
      'H:oordeel',
    ]);
    expect(DEFAULT_INSTRUMENT.version).toBe(3);
    expect(DEFAULT_INSTRUMENT.rules.accumulationThreshold).toBe(3);
  });

  it('quotes no licensed instrument and names LIRIK or DASH nowhere in its questions', () => {
    const texts = instrumentItems(DEFAULT_INSTRUMENT).map((x) => x.item.text).join(' ');
    expect(texts).not.toMatch(/LIRIK|DASH/);
  });

  it('round-trips through JSON import unchanged', () => {
    const result = importInstrumentJson(JSON.stringify(DEFAULT_INSTRUMENT));
    expect(result).toEqual({ ok: true, instrument: DEFAULT_INSTRUMENT });
  });
});

describe('importing an organisation’s own instrument', () => {
  it('accepts a valid instrument with its own key, version and extra questions', () => {
    const own = clone();
    own.key = 'ggd-drenthe-jeugd';
    own.name = 'GGD Drenthe jeugd';
    own.version = 3;
    own.sections[2]!.items.push({ id: 'C12', signal: 'ouder', text: 'Heeft een ouder recent een naaste verloren?', suggestedOwner: 'huisarts' });
    const result = importInstrumentJson(JSON.stringify(own));
    expect(result.ok).toBe(true);
    if (result.ok) expect(instrumentItems(result.instrument).some((x) => x.item.id === 'C12')).toBe(true);
  });

  it('refuses a file that is not JSON, or not an object', () => {
    expect(refused('{ sections: ')).toEqual(['het bestand is geen geldige JSON']);
    expect(refused('[1, 2]')).toEqual(['het bestand bevat geen instrument (verwacht een JSON-object)']);
  });

  it('refuses duplicate question codes, naming the code', () => {
    const own = clone();
    own.sections[1]!.items[0]!.id = 'A1';
    expect(refused(JSON.stringify(own))).toContain('vraagcode "A1" komt meer dan eens voor');
  });

  it('refuses an instrument without acute-unsafety, child or parent questions (the rules need them)', () => {
    const own = clone();
    own.sections = own.sections.filter((s) => s.id !== 'A' && s.id !== 'C');
    const errors = refused(JSON.stringify(own));
    expect(errors).toContain('het instrument mist vragen naar acute of structurele onveiligheid (signaalsoort "acuut")');
    expect(errors).toContain('het instrument mist vragen naar signalen bij ouders of thuis (signaalsoort "ouder", de Kindcheck)');
  });

  it('refuses an unknown signal kind and an empty question text, saying where', () => {
    const own = clone();
    own.sections[0]!.items[0]!.signal = 'gevaarlijk';
    own.sections[0]!.items[1]!.text = '  ';
    const errors = refused(JSON.stringify(own));
    expect(errors.some((e) => e.startsWith('sectie › nr. 1 "A" › vraag › nr. 1 "A1" › signaalsoort: signaalsoort moet een van'))).toBe(true);
    expect(errors).toContain('sectie › nr. 1 "A" › vraag › nr. 2 "A2" › vraagtekst: vraagtekst mag niet leeg zijn');
  });

  it('refuses a missing or non-numeric version and a missing name', () => {
    const own: Partial<LooseInstrument> = clone();
    delete own.name;
    own.version = 'twee';
    const errors = refused(JSON.stringify(own));
    expect(errors).toContain('versie: versie moet een getal zijn');
    expect(errors).toContain('naam: naam van het instrument ontbreekt of is geen tekst');
  });

  it('refuses a second judgement section and a missing afwegingskader section', () => {
    const own = clone();
    own.sections = own.sections.map((s) => (s.role === 'afwegingskader' ? { ...s, role: 'oordeel' } : s));
    const errors = refused(JSON.stringify(own));
    expect(errors).toContain('het instrument moet precies één sectie met rol "afwegingskader" hebben (nu 0)');
    expect(errors).toContain('het instrument moet precies één sectie met rol "oordeel" hebben (nu 2)');
  });

  it('refuses a tick box on anything but a protective factor', () => {
    const own = clone();
    own.sections[1]!.items[0]!.answerType = 'vink';
    expect(refused(JSON.stringify(own))).toContain('vraag "B1": een vinkje is alleen voor beschermende factoren');
  });

  it('refuses a file that is too large', () => {
    expect(refused(' '.repeat(1_000_001))).toEqual(['het bestand is te groot voor een instrument (maximaal 1 MB)']);
  });
});
