import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeRegie, applyRegieDecision, newRegieProblems, regieChanges, type NewRegieInput } from '../../../../shared/regie/regieRule';

const entry = (id: string, since: string, endedOn: string | null = null, kind: 'regisseur' | 'eigen_regie' = 'regisseur') => ({
  id,
  kind,
  since,
  endedOn,
  recordedAt: `${since}T10:00:00.000Z`,
  professionalId: kind === 'regisseur' ? `p-${id}` : null,
  organisationId: kind === 'regisseur' ? `o-${id}` : null,
});

const regisseur: NewRegieInput = { kind: 'regisseur', professionalId: 'p', organisationId: 'o', mandate: 'drang', judgement: '', reasons: '', since: '2026-11-28' };
const eigen: NewRegieInput = { kind: 'eigen_regie', professionalId: null, organisationId: null, mandate: null, judgement: 'Ouders pakken het samen met oma op', reasons: 'Sterk netwerk', since: '2026-11-28' };

describe('exactly one regisseur', () => {
  it('a regisseur needs a person, an organisation and a mandate', () => {
    expect(newRegieProblems(regisseur, null)).toEqual([]);
    expect(newRegieProblems({ ...regisseur, professionalId: null, organisationId: null, mandate: null }, null)).toEqual([
      'regisseur_person',
      'regisseur_organisation',
      'regisseur_mandate',
    ]);
  });

  it('eigen regie needs a recorded judgement and reasons', () => {
    expect(newRegieProblems(eigen, null)).toEqual([]);
    expect(newRegieProblems({ ...eigen, judgement: ' ', reasons: '' }, null)).toEqual(['eigen_regie_judgement', 'eigen_regie_reasons']);
  });

  it('a new decision cannot start before the current one', () => {
    expect(newRegieProblems({ ...regisseur, since: '2026-01-01' }, entry('a', '2026-02-01'))).toEqual(['since_before_current']);
    expect(newRegieProblems({ ...regisseur, since: '2026-02-01' }, entry('a', '2026-02-01'))).toEqual([]);
  });

  it('refuses a history with two active decisions', () => {
    expect(() => activeRegie([entry('a', '2026-01-01'), entry('b', '2026-02-01')])).toThrow(/Meer dan één/);
    expect(activeRegie([])).toBeNull();
  });

  it('after any sequence of decisions exactly one is active: the last one, and the others ended when the next began', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.boolean()), { minLength: 1, maxLength: 12 }), (steps) => {
        let history: ReturnType<typeof entry>[] = [];
        let day = 1;
        steps.forEach(([gap, own], i) => {
          day += gap;
          const since = `2026-${String(1 + Math.floor(day / 28) % 12).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
          history = applyRegieDecision(history, entry(`d${i}`, since, null, own ? 'eigen_regie' : 'regisseur'));
        });
        expect(history.filter((d) => d.endedOn === null)).toHaveLength(1);
        expect(activeRegie(history)?.id).toBe(`d${steps.length - 1}`);
        for (let i = 0; i < history.length - 1; i++) expect(history[i]!.endedOn).toBe(history[i + 1]!.since);
      }),
    );
  });

  it('lists every change of regie, from nobody to the first regisseur, for the timeline', () => {
    const changes = regieChanges([entry('b', '2026-03-01', null, 'eigen_regie'), entry('a', '2026-01-01', '2026-03-01')]);
    expect(changes).toEqual([
      { decisionId: 'a', date: '2026-01-01', from: null, to: { kind: 'regisseur', professionalId: 'p-a', organisationId: 'o-a' } },
      {
        decisionId: 'b',
        date: '2026-03-01',
        from: { kind: 'regisseur', professionalId: 'p-a', organisationId: 'o-a' },
        to: { kind: 'eigen_regie', professionalId: null, organisationId: null },
      },
    ]);
  });
});
