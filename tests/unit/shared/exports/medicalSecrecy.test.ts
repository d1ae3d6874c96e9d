import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICAL_PROFESSIONS, ORGANISATION_TYPES, TRI_STATE } from '../../../../shared/domain/vocabulary';
import { isStandingMedicalMember, isUnderMedicalSecrecy, mayNameMedicalPerson, medicalSecrecyOfType } from '../../../../shared/exports/medicalSecrecy';

describe('which items are medical', () => {
  it.each([
    ['a hospital', { organisationType: 'ziekenhuis', organisationMark: 'ja', professionalProfession: null }, true],
    ['a verloskundige', { organisationType: 'verloskundige', organisationMark: 'ja', professionalProfession: null }, true],
    ['a huisarts, even if someone marked it nee', { organisationType: 'huisarts', organisationMark: 'nee', professionalProfession: null }, true],
    ['a jeugdhulp provider marked medical', { organisationType: 'jeugdhulp', organisationMark: 'ja', professionalProfession: null }, true],
    ['a jeugdhulp provider not yet answered (as before)', { organisationType: 'jeugdhulp', organisationMark: 'onbekend', professionalProfession: null }, false],
    ['a psycholoog at a wijkteam', { organisationType: 'wijkteam', organisationMark: 'onbekend', professionalProfession: 'psycholoog' }, true],
    ['a school', { organisationType: 'school', organisationMark: 'nee', professionalProfession: null }, false],
  ] as const)('%s', (_what, facts, medical) => {
    expect(isUnderMedicalSecrecy(facts)).toBe(medical);
  });

  it('a medical profession or a medical type is medical whatever else is recorded; a mark only adds', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...ORGANISATION_TYPES), { nil: null }),
        fc.option(fc.constantFrom(...TRI_STATE), { nil: null }),
        fc.option(fc.constantFrom(...MEDICAL_PROFESSIONS), { nil: null }),
        (organisationType, organisationMark, professionalProfession) => {
          const medical = isUnderMedicalSecrecy({ organisationType, organisationMark, professionalProfession });
          if (professionalProfession !== null) expect(medical).toBe(true);
          if (organisationType !== null && medicalSecrecyOfType(organisationType) === 'ja') expect(medical).toBe(true);
          if (organisationMark === 'ja') expect(medical).toBe(true);
          // Adding a mark 'ja' never takes medical secrecy away.
          if (medical) expect(isUnderMedicalSecrecy({ organisationType, organisationMark: 'ja', professionalProfession })).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the type tells ja, nee or onbekend; the ambiguous types are the ones that may employ medical professionals', () => {
    expect(ORGANISATION_TYPES.filter((t) => medicalSecrecyOfType(t) === 'onbekend')).toEqual(['wijkteam', 'buurtteam', 'cjg', 'maatschappelijk_werk', 'jeugdhulp', 'overig']);
    expect(ORGANISATION_TYPES.filter((t) => medicalSecrecyOfType(t) === 'ja')).toEqual(['jgz', 'huisarts', 'ggz', 'verslavingszorg', 'ziekenhuis', 'verloskundige']);
  });
});

describe('medical by association', () => {
  it('only the person’s own organisation reads their name', () => {
    expect(mayNameMedicalPerson({ organisationId: 'ggz' }, { organisationId: 'ggz' })).toBe(true);
    expect(mayNameMedicalPerson({ organisationId: 'school' }, { organisationId: 'ggz' })).toBe(false);
    expect(mayNameMedicalPerson({ organisationId: 'school' }, null)).toBe(true);
  });

  it('the JGZ is a standing member of the 1-2-3-tje and the ZAT only', () => {
    expect(isStandingMedicalMember('een_twee_drie_tje', 'jgz')).toBe(true);
    expect(isStandingMedicalMember('zat', 'jgz')).toBe(true);
    expect(isStandingMedicalMember('wijkteam_casuistiek', 'jgz')).toBe(false);
    expect(isStandingMedicalMember('zat', 'ggz')).toBe(false);
  });
});
