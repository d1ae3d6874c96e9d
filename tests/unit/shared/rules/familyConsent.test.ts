import { describe, expect, it } from 'vitest';
import type { Consent, HouseholdMember } from '../../../../shared/domain/records';
import { childConsents } from '../../../../shared/rules/familyConsent';

const FAMILY = '00000000-0000-4000-8000-000000000001';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const ON = { year: 2026, month: 3, day: 30 };

function member(givenName: string, role: HouseholdMember['role'], birthDate: string | null, parentalAuthority = false): HouseholdMember {
  return { id: id(), familyId: FAMILY, role, givenName, familyName: 'Kuipers', birthDate, parentalAuthority, schoolId: null, schoolGroup: '' };
}

function consent(personId: string, status: Consent['status'], date = '2026-03-01'): Consent {
  return { id: id(), familyId: FAMILY, personId, status, organisationIds: [], purpose: '', date, validUntil: null, recordedBy: 'Noor Jansen' };
}

describe('consent per child in a household', () => {
  const mother = member('Sanne', 'ouder', '1988-05-01', true);
  const stepfather = member('Erik', 'verzorger', '1985-01-01', false);
  const noor = member('Noor', 'kind', '2017-06-12');
  const daan = member('Daan', 'kind', '2012-01-15');

  it('under 12 only the parent with authority counts; a carer without authority is not asked', () => {
    const [noorConsent] = childConsents([mother, stepfather, noor], [consent(mother.id, 'gegeven')], ON);
    expect(noorConsent?.requirement.required.map((p) => p.name)).toEqual(['Sanne Kuipers']);
    expect(noorConsent?.verdict).toBe('compleet');
    expect(noorConsent?.suggestAnonymous).toBe(false);
  });

  it('a 14-year-old must consent too: missing until both have', () => {
    const states = childConsents([mother, noor, daan], [consent(mother.id, 'gegeven')], ON);
    const daanState = states.find((s) => s.child.id === daan.id);
    expect(daanState?.verdict).toBe('ontbreekt');
    expect(daanState?.requirement.missing.map((p) => p.name)).toEqual(['Daan Kuipers']);
    expect(daanState?.suggestAnonymous).toBe(true);
  });

  it('a later withdrawal wins and suggests anonymous discussion', () => {
    const states = childConsents([mother, noor], [consent(mother.id, 'gegeven', '2026-01-01'), consent(mother.id, 'ingetrokken', '2026-02-01')], ON);
    expect(states[0]?.verdict).toBe('geweigerd');
    expect(states[0]?.suggestAnonymous).toBe(true);
  });

  it('no parent with authority: nobody can give it, so it is missing', () => {
    const states = childConsents([stepfather, noor], [], ON);
    expect(states[0]?.requirement.noParentWithAuthority).toBe(true);
    expect(states[0]?.verdict).toBe('ontbreekt');
  });
});
