import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Involvement, Organisation, Professional } from '../../../../shared/domain/records';
import { familyFirst, involvedOrganisationsFirst, regisseurChoices, signallersFirst } from '../../../../shared/regie/familyChoices';

const RUNS = 200;

const org = (id: string, name: string, type: Organisation['type'] = 'wijkteam'): Organisation => ({
  id,
  name,
  type,
  function: 'duidend',
  street: '',
  postcode: '',
  place: 'Emmen',
  phone: '',
  email: '',
  medicalSecrecy: 'onbekend',
});
const pro = (id: string, organisationId: string, name: string): Professional => ({
  id,
  organisationId,
  name,
  role: '',
  phone: '',
  email: '',
  meetingTypes: [],
  medicalProfession: null,
});
const involvement = (organisationId: string, since: string | null, extra: Partial<Involvement> = {}): Involvement => ({
  id: `inv-${organisationId}-${since}`,
  familyId: 'fam',
  memberId: null,
  professionalId: null,
  organisationId,
  role: '',
  mandate: 'vrijwillig',
  since,
  lastContact: null,
  virRegistered: 'onbekend',
  virDate: null,
  virBy: '',
  legalBasis: 'noodzakelijk_betrokkenen',
  endedAt: null,
  ...extra,
});

const school = org('school', 'OBS De Regenboog', 'school');
const wijkteam = org('wijkteam', 'Wijkteam Emmen-Oost');
const jgz = org('jgz', 'JGZ Drenthe', 'jgz');
const ggz = org('ggz', 'GGZ Drenthe', 'ggz');
const directory = {
  organisations: [school, wijkteam, jgz, ggz],
  professionals: [pro('p-ib', 'school', 'Anouk de Vries'), pro('p-roel', 'wijkteam', 'Roel Venema'), pro('p-fatima', 'wijkteam', 'Fatima Yilmaz'), pro('p-ilse', 'jgz', 'Ilse Wiersma'), pro('p-ggz', 'ggz', 'Johan Mulder')],
};

describe('choices that belong to the family come first', () => {
  it('offers the professionals of involved organisations as regisseur first, the one involved in person before a colleague', () => {
    const involvements = [involvement('jgz', '2025-03-01'), involvement('wijkteam', '2026-01-10', { professionalId: 'p-fatima' }), involvement('ggz', '2024-01-01', { endedAt: '2025-12-31' })];
    const { family, others } = regisseurChoices(directory, involvements, '2026-11-28');
    expect(family.map((c) => c.professional.name)).toEqual(['Ilse Wiersma', 'Fatima Yilmaz', 'Roel Venema']);
    expect(family.map((c) => c.involvement?.since)).toEqual(['2025-03-01', '2026-01-10', '2026-01-10']);
    // An ended involvement no longer makes an organisation the family's.
    expect(others.map((c) => c.professional.name)).toEqual(['Anouk de Vries', 'Johan Mulder']);
  });

  it('puts involved organisations first for owners, and signallers of the timeline first for terugkoppeling', () => {
    expect(involvedOrganisationsFirst(directory.organisations, [involvement('jgz', null), involvement('school', '2026-02-01')], '2026-11-28').family.map((o) => o.name)).toEqual([
      'OBS De Regenboog',
      'JGZ Drenthe',
    ]);
    const split = signallersFirst(directory.organisations, ['ggz', 'school', 'ggz']);
    expect(split.family.map((o) => o.name)).toEqual(['GGZ Drenthe', 'OBS De Regenboog']);
    expect(split.others.map((o) => o.name)).toEqual(['Wijkteam Emmen-Oost', 'JGZ Drenthe']);
  });

  it('every item of the family comes before every other, nothing is lost and nothing appears twice (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 30 }), rank: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }) }), { maxLength: 40 }),
        (items) => {
          const { family, others } = familyFirst(items, (i) => String(i.key), (i) => i.rank);
          const all = [...family, ...others];
          const keys = all.map((i) => i.key);
          expect(new Set(keys).size).toBe(keys.length);
          expect(new Set(keys)).toEqual(new Set(items.map((i) => i.key)));
          // Each key keeps the item it first appeared with, and lands in the part its rank says.
          for (const i of all) expect(items.find((x) => x.key === i.key)).toBe(i);
          expect(family.every((i) => i.rank !== null)).toBe(true);
          expect(others.every((i) => i.rank === null)).toBe(true);
          for (let n = 1; n < family.length; n++) expect(family[n - 1]!.rank!).toBeLessThanOrEqual(family[n]!.rank!);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a regisseur chooser over any register lists every professional once, involved organisations first (property)', () => {
    const orgIds = directory.organisations.map((o) => o.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            organisationId: fc.constantFrom(...orgIds),
            since: fc.option(fc.constantFrom('2024-05-01', '2025-01-01', '2026-06-30'), { nil: null }),
            ended: fc.boolean(),
            inPerson: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        (drawn) => {
          const involvements = drawn.map((d) =>
            involvement(d.organisationId, d.since, {
              endedAt: d.ended ? '2026-01-01' : null,
              professionalId: d.inPerson ? (directory.professionals.find((p) => p.organisationId === d.organisationId)?.id ?? null) : null,
            }),
          );
          const { family, others } = regisseurChoices(directory, involvements, '2026-11-28');
          const involvedNow = new Set(involvements.filter((i) => i.endedAt === null).map((i) => i.organisationId));
          expect([...family, ...others].map((c) => c.professional.id).sort()).toEqual(directory.professionals.map((p) => p.id).sort());
          expect(family.every((c) => involvedNow.has(c.professional.organisationId))).toBe(true);
          expect(others.every((c) => !involvedNow.has(c.professional.organisationId))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
