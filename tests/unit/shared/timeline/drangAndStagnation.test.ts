import { describe, expect, it } from 'vitest';
import { handlingRefusal, missingAlternative } from '../../../../shared/timeline/stagnationHandling';
import { computeSignals, signalWarnings } from '../../../../shared/timeline/timelineSignals';
import { ev, ORG } from './eventFactory';

const today = '2026-06-01';
const refusal = (date: string) => ev({ type: 'stagnatie', date, stagnationReason: 'gezin_weigert', organisationId: ORG.wijkteam });
const step = (date: string, escalationStep: 'vrijwillig' | 'drang' | 'dwang') => ev({ type: 'escalatie', date, escalationStep, organisationId: null, source: 'besluit' });

describe('a refusal of help prompts drang', () => {
  it('asks the chair to consider drang when the family refuses help', () => {
    const r = refusal('2026-05-20');
    const s = computeSignals([ev({ type: 'signaal', date: '2026-05-01' }), r], { today });
    expect(s.drang).toEqual({ prompt: true, refusalEventId: r.id, days: 12 });
    expect(signalWarnings(s)).toContainEqual({ kind: 'drang_overwegen', days: 12 });
  });

  it('stops asking once a step on the ladder is recorded after the refusal: drang, or a reasoned choice to stay voluntary', () => {
    for (const level of ['drang', 'vrijwillig', 'dwang'] as const) {
      expect(computeSignals([refusal('2026-05-20'), step('2026-05-22', level)], { today }).drang.prompt).toBe(false);
    }
  });

  it('keeps asking when the only step was taken before the refusal, or the refusal came again later', () => {
    expect(computeSignals([step('2026-04-01', 'drang'), refusal('2026-05-20')], { today }).drang.prompt).toBe(true);
    expect(computeSignals([refusal('2026-03-01'), step('2026-03-05', 'vrijwillig'), refusal('2026-05-20')], { today }).drang.prompt).toBe(true);
  });

  it('counts a step in the month of a refusal dated by month only', () => {
    expect(computeSignals([refusal('2026-05'), step('2026-05-02', 'drang')], { today }).drang.prompt).toBe(false);
  });

  it('does not ask for a waiting list or when help started after the refusal', () => {
    expect(computeSignals([ev({ type: 'stagnatie', date: '2026-05-20', stagnationReason: 'wachtlijst' })], { today }).drang.prompt).toBe(false);
    expect(computeSignals([refusal('2026-04-01'), ev({ type: 'hulp_gestart', date: '2026-05-01' })], { today }).drang.prompt).toBe(false);
  });
});

describe('handling a stagnation', () => {
  it('stops counting a handled stagnation as reported, and keeps counting an unhandled one', () => {
    const open = ev({ type: 'stagnatie', date: '2026-05-01', stagnationReason: 'wachtlijst' });
    const handled = ev({ type: 'stagnatie', date: '2026-05-02', stagnationReason: 'geen_passend_aanbod', handledOn: '2026-05-10' });
    const s = computeSignals([open, handled], { today });
    expect(s.stagnation.reported).toEqual([{ eventId: open.id, reason: 'wachtlijst' }]);
    expect(computeSignals([{ ...open, handledOn: '2026-05-12' }, handled], { today }).stagnation.detected).toBe(false);
  });

  it('names what of the alternative is missing, in Dutch', () => {
    expect(missingAlternative({ who: ' ', what: '', when: '' })).toEqual(['wie', 'wat', 'wanneer']);
    expect(handlingRefusal(['wie', 'wat', 'wanneer'])).toBe(
      'De stagnatie kan pas als afgehandeld worden gemarkeerd als het overwogen alternatief is vastgelegd. Nog nodig: wie het alternatief oppakt, welk alternatief is overwogen en wanneer.',
    );
    expect(handlingRefusal(missingAlternative({ who: 'Wijkteam Emmen-Oost', what: 'overbruggingshulp', when: '' }))).toMatch(/Nog nodig: wanneer\.$/);
    expect(handlingRefusal(missingAlternative({ who: 'Wijkteam Emmen-Oost', what: 'overbruggingshulp', when: '2026-06-08' }))).toBeNull();
  });
});
