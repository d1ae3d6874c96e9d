import { describe, expect, it } from 'vitest';
import type { HouseholdMember, Involvement } from '../../../../shared/domain/records';
import { buildInvolvementMatrix } from '../../../../shared/rules/involvementMatrix';

const FAMILY = '00000000-0000-4000-8000-000000000001';
const ORG_SCHOOL = '00000000-0000-4000-8000-0000000000a1';
const ORG_JGZ = '00000000-0000-4000-8000-0000000000a2';
let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function member(givenName: string, role: HouseholdMember['role']): HouseholdMember {
  return { id: id(), familyId: FAMILY, role, givenName, familyName: 'Kuipers', birthDate: null, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' };
}

function involvement(organisationId: string, memberId: string | null, endedAt: string | null = null): Involvement {
  return {
    id: id(),
    familyId: FAMILY,
    memberId,
    professionalId: null,
    organisationId,
    role: '',
    mandate: 'vrijwillig',
    since: null,
    lastContact: null,
    virRegistered: 'onbekend',
    virDate: null,
    virBy: '',
    legalBasis: 'toestemming',
    endedAt,
  };
}

describe('who is involved with whom', () => {
  const mother = member('Sanne', 'ouder');
  const noor = member('Noor', 'kind');
  const daan = member('Daan', 'kind');

  it('names a child nobody is involved with', () => {
    const matrix = buildInvolvementMatrix([mother, noor, daan], [involvement(ORG_SCHOOL, daan.id)], '2026-03-01');
    expect(matrix.nobodyInvolved.map((m) => m.givenName)).toEqual(['Noor']);
    expect(matrix.onlyThroughFamily).toEqual([]);
    expect(matrix.columns).toEqual([ORG_SCHOOL]);
    const daanRow = matrix.rows.find((r) => r.key === daan.id);
    expect(daanRow?.cells[0]).toHaveLength(1);
  });

  it('a family-wide involvement covers children only "through the family"', () => {
    const matrix = buildInvolvementMatrix([mother, noor], [involvement(ORG_JGZ, null)], '2026-03-01');
    expect(matrix.nobodyInvolved).toEqual([]);
    expect(matrix.onlyThroughFamily.map((m) => m.givenName)).toEqual(['Noor']);
    expect(matrix.rows[0]?.key).toBe('gezin');
    expect(matrix.rows[0]?.cells[0]).toHaveLength(1);
  });

  it('ended involvements do not count; ending later today still does', () => {
    const ended = involvement(ORG_SCHOOL, noor.id, '2026-02-28');
    const ending = involvement(ORG_JGZ, daan.id, '2026-03-02');
    const matrix = buildInvolvementMatrix([noor, daan], [ended, ending], '2026-03-01');
    expect(matrix.columns).toEqual([ORG_JGZ]);
    expect(matrix.nobodyInvolved.map((m) => m.givenName)).toEqual(['Noor']);
  });

  it('parents get a row only when someone is involved with them', () => {
    const none = buildInvolvementMatrix([mother, noor], [], '2026-03-01');
    expect(none.rows.map((r) => r.key)).toEqual(['gezin', noor.id]);
    const some = buildInvolvementMatrix([mother, noor], [involvement(ORG_JGZ, mother.id)], '2026-03-01');
    expect(some.rows.map((r) => r.key)).toEqual(['gezin', mother.id, noor.id]);
  });

  it('every current involvement lands in exactly one cell', () => {
    const all = [involvement(ORG_SCHOOL, noor.id), involvement(ORG_SCHOOL, noor.id), involvement(ORG_JGZ, null), involvement(ORG_JGZ, mother.id)];
    const matrix = buildInvolvementMatrix([mother, noor, daan], all, '2026-03-01');
    const placed = matrix.rows.flatMap((r) => r.cells.flat());
    expect(placed.map((i) => i.id).sort()).toEqual(all.map((i) => i.id).sort());
  });
});
