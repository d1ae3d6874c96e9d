import { describe, expect, it } from 'vitest';
import { meldcodeProgress, meldcodePromptNeeded, meldcodeStepProblems, meldcodeTriggers, type MeldcodeStepInput } from '../../../../shared/instrument/meldcodeSteps';

const TODAY = { year: 2026, month: 12, day: 7 };
const jolien = { name: 'Jolien de Boer', discipline: 'JGZ' };
const roel = { name: 'Roel Venema', discipline: 'wijkteam' };
const step = (over: Partial<MeldcodeStepInput>): MeldcodeStepInput => ({
  familyId: '7b0f7a4e-0d7c-4d55-9f51-0a1e0c1b2c01',
  professional: jolien,
  step: 'collegiaal_consult',
  date: '2026-12-01',
  anonymous: false,
  withWhom: 'Mirjam Kok (aandachtsfunctionaris)',
  ledBy: '',
  outcome: 'Samen de signalen gewogen; gesprek met moeder voeren',
  ...over,
});

describe('Meldcode steps 2 and 3 per professional', () => {
  it('asks for an outcome, who leads the conversation, anonymity only for Veilig Thuis advice, and no future day', () => {
    expect(meldcodeStepProblems(step({}), TODAY)).toEqual([]);
    expect(meldcodeStepProblems(step({ step: 'advies_veilig_thuis', anonymous: true }), TODAY)).toEqual([]);
    expect(meldcodeStepProblems(step({ anonymous: true }), TODAY)).toEqual(['anonymous_only_advice']);
    expect(meldcodeStepProblems(step({ step: 'gesprek_ouder_kind' }), TODAY)).toEqual(['led_by']);
    expect(meldcodeStepProblems(step({ outcome: '  ', date: '2026-12-08' }), TODAY)).toEqual(['outcome', 'date_in_future']);
  });

  it('step 2 is done by a consultation or an advice, step 3 by the conversation; everyone in the trail is asked', () => {
    const progress = meldcodeProgress(
      [
        step({ step: 'advies_veilig_thuis', anonymous: true, date: '2026-12-02' }),
        step({ step: 'gesprek_ouder_kind', ledBy: 'Jolien de Boer', date: '2026-12-03' }),
        step({ professional: { name: ' roel venema ', discipline: 'Wijkteam' }, date: '2026-12-01' }),
      ],
      [jolien, roel, { name: 'Sanne de Wit', discipline: 'IB' }],
    );
    expect(progress.map((p) => [p.professional.name.trim(), p.missing])).toEqual([
      ['roel venema', ['gesprek']],
      ['Jolien de Boer', []],
      ['Sanne de Wit', ['overleg', 'gesprek']],
    ]);
  });

  it('prompts when the melden-norm, a positive Kindcheck or accumulation fires and a step is missing, not otherwise', () => {
    const none = { meldNorm: false, kindcheckPositive: false, accumulation: false };
    expect(meldcodeTriggers(none)).toEqual([]);
    expect(meldcodeTriggers({ ...none, kindcheckPositive: true, accumulation: true })).toEqual(['kindcheck', 'stapeling']);
    const done = meldcodeProgress([step({}), step({ step: 'gesprek_ouder_kind', ledBy: 'Jolien de Boer' })], [jolien]);
    expect(meldcodePromptNeeded(['meldnorm'], [])).toBe(true);
    expect(meldcodePromptNeeded(['meldnorm'], done)).toBe(false);
    expect(meldcodePromptNeeded([], meldcodeProgress([], [jolien]))).toBe(false);
    expect(meldcodePromptNeeded(['kindcheck'], meldcodeProgress([], [jolien]))).toBe(true);
  });
});
