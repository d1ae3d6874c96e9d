import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HouseholdMember, Involvement, KindcheckByOthers } from '../../../../shared/domain/records';
import { MEMBER_ROLES, ORGANISATION_TYPES, TRI_STATE, type OrganisationType } from '../../../../shared/domain/vocabulary';
import {
  ADULT_ONLY_TYPES,
  ADULT_SERVICE_TYPES,
  kindcheckAnswerProblems,
  kindcheckByOthersState,
  needsKindcheckByOthers,
  openKindchecksByOthers,
} from '../../../../shared/rules/kindcheckByOthers';

const FAMILY = '00000000-0000-4000-8000-000000000001';
const TODAY = '2026-12-07';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function member(n: number, givenName: string, role: HouseholdMember['role']): HouseholdMember {
  return { id: uuid(n), familyId: FAMILY, role, givenName, familyName: 'Bakker', birthDate: null, parentalAuthority: role === 'ouder', schoolId: null, schoolGroup: '' };
}

function involvement(n: number, organisationId: string, memberId: string | null, endedAt: string | null = null): Involvement {
  return {
    id: uuid(n),
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

function answer(involvementId: string, knowsChildren: KindcheckByOthers['knowsChildren'], ownKindcheck: KindcheckByOthers['ownKindcheck']): KindcheckByOthers {
  return { id: uuid(900), familyId: FAMILY, involvementId, knowsChildren, ownKindcheck, establishedOn: '2026-12-01', establishedBy: 'Fatima Yilmaz', note: '' };
}

const day = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const orgType = fc.constantFrom(...ORGANISATION_TYPES);
const role = fc.constantFrom(...MEMBER_ROLES);
const household = fc.array(role, { minLength: 0, maxLength: 6 }).map((roles) => roles.map((r, i) => member(100 + i, `Lid${i}`, r)));

const RUNS = { numRuns: 300 };

describe('which involvements need the Kindcheck-by-others questions', () => {
  const mother = member(1, 'Marieke', 'ouder');
  const noor = member(2, 'Noor', 'kind');
  const family = [mother, noor];

  it('asks for GGZ involved with a mother of a child, and not once it has ended', () => {
    expect(needsKindcheckByOthers(involvement(10, 'ggz', mother.id), 'ggz', family, TODAY)).toBe(true);
    expect(needsKindcheckByOthers(involvement(10, 'ggz', mother.id, '2026-11-30'), 'ggz', family, TODAY)).toBe(false);
    expect(needsKindcheckByOthers(involvement(10, 'ggz', mother.id, '2027-01-31'), 'ggz', family, TODAY)).toBe(true);
  });

  it('asks for schuldhulp with the whole family, but not for GGZ with the whole family (it may be the child’s)', () => {
    expect(needsKindcheckByOthers(involvement(11, 'schuldhulp', null), 'schuldhulp', family, TODAY)).toBe(true);
    expect(needsKindcheckByOthers(involvement(12, 'ggz', null), 'ggz', family, TODAY)).toBe(false);
  });

  it('does not ask when there is no child or expected child in the household', () => {
    expect(needsKindcheckByOthers(involvement(13, 'ggz', mother.id), 'ggz', [mother], TODAY)).toBe(false);
    expect(needsKindcheckByOthers(involvement(13, 'ggz', mother.id), 'ggz', [mother, member(3, 'baby', 'verwacht_kind')], TODAY)).toBe(true);
  });

  it('never asks for an involvement with a child', () => {
    fc.assert(
      fc.property(household, orgType, fc.option(day, { nil: null }), fc.constantFrom<HouseholdMember['role']>('kind', 'verwacht_kind'), (members, type, endedAt, childRole) => {
        const child = member(50, 'Sem', childRole);
        expect(needsKindcheckByOthers(involvement(20, 'org', child.id, endedAt), type, [...members, child], TODAY)).toBe(false);
      }),
      RUNS,
    );
  });

  it('always asks for a current adult-service involvement with a parent of a household with a child', () => {
    fc.assert(
      fc.property(household, fc.constantFrom(...ADULT_SERVICE_TYPES), fc.constantFrom<HouseholdMember['role']>('ouder', 'verzorger'), fc.option(day, { nil: null }), (members, type, parentRole, endedAt) => {
        const parent = member(51, 'Ilse', parentRole);
        const child = member(52, 'Finn', 'kind');
        const current = endedAt === null || endedAt > TODAY;
        expect(needsKindcheckByOthers(involvement(21, 'org', parent.id, endedAt), type, [...members, parent, child], TODAY)).toBe(current);
      }),
      RUNS,
    );
  });

  it('never asks for an ended involvement, nor for an organisation that is no adult service', () => {
    fc.assert(
      fc.property(household, orgType, fc.option(fc.integer({ min: 100, max: 105 }).map(uuid), { nil: null }), day, (members, type, memberId, endedAt) => {
        const ended = endedAt <= TODAY;
        const asked = needsKindcheckByOthers(involvement(22, 'org', memberId, endedAt), type, members, TODAY);
        if (ended || !ADULT_SERVICE_TYPES.includes(type)) expect(asked).toBe(false);
        if (asked && memberId === null) expect(ADULT_ONLY_TYPES).toContain(type);
      }),
      RUNS,
    );
  });

  it('keeps an involvement open until both answers are ja, and words a nee as an action', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRI_STATE), fc.constantFrom(...TRI_STATE), (knows, own) => {
        const state = kindcheckByOthersState({ knowsChildren: knows, ownKindcheck: own });
        expect(state === 'rond').toBe(knows === 'ja' && own === 'ja');
        expect(state === 'actie').toBe(knows === 'nee' || own === 'nee');
      }),
      RUNS,
    );
    expect(kindcheckByOthersState(null)).toBe('blinde_vlek');
  });
});

describe('the open points of a family', () => {
  const mother = member(1, 'Marieke', 'ouder');
  const father = member(4, 'Ruben', 'ouder');
  const noor = member(2, 'Noor', 'kind');
  const types: Record<string, OrganisationType> = { ggz: 'ggz', school: 'school', woco: 'woningcorporatie', vz: 'verslavingszorg' };
  const typeOf = (id: string) => types[id];

  it('names each open involvement with its parent, action points first, and drops one answered ja twice', () => {
    const ggz = involvement(30, 'ggz', mother.id);
    const woco = involvement(31, 'woco', null);
    const vz = involvement(32, 'vz', father.id);
    const school = involvement(33, 'school', noor.id);
    const open = openKindchecksByOthers([mother, father, noor], [ggz, woco, vz, school], [answer(woco.id, 'nee', 'onbekend'), answer(vz.id, 'ja', 'ja')], typeOf, TODAY);
    expect(open.map((o) => [o.organisationId, o.member?.givenName ?? null, o.state, o.action])).toEqual([
      ['woco', null, 'actie', 'informeren'],
      ['ggz', 'Marieke', 'blinde_vlek', null],
    ]);
  });

  it('asks for a Kindcheck when they know of the children but did none', () => {
    const ggz = involvement(34, 'ggz', mother.id);
    const [point] = openKindchecksByOthers([mother, noor], [ggz], [answer(ggz.id, 'ja', 'nee')], typeOf, TODAY);
    expect(point?.action).toBe('kindcheck_vragen');
  });
});

describe('an answer needs its source', () => {
  it('asks for the day and who when something is known, and refuses a day still to come', () => {
    expect(kindcheckAnswerProblems({ knowsChildren: 'ja', ownKindcheck: 'onbekend', establishedOn: null, establishedBy: ' ' }, TODAY)).toEqual(['datum_ontbreekt', 'wie_ontbreekt']);
    expect(kindcheckAnswerProblems({ knowsChildren: 'onbekend', ownKindcheck: 'onbekend', establishedOn: null, establishedBy: '' }, TODAY)).toEqual([]);
    expect(kindcheckAnswerProblems({ knowsChildren: 'ja', ownKindcheck: 'ja', establishedOn: '2026-12-08', establishedBy: 'Fatima Yilmaz' }, TODAY)).toEqual(['datum_in_toekomst']);
    expect(kindcheckAnswerProblems({ knowsChildren: 'nee', ownKindcheck: 'nee', establishedOn: TODAY, establishedBy: 'Fatima Yilmaz' }, TODAY)).toEqual([]);
  });
});
