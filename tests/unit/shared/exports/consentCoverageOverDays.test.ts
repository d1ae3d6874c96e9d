import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDay } from '../../../../shared/domain/calendarDate';
import type { Consent, HouseholdMember } from '../../../../shared/domain/records';
import { consentedOrganisations } from '../../../../shared/exports/consentCoverage';

/**
 * Consent coverage over days: a consent that ends takes its organisations with it. Days are counted
 * from 1 September 2026; a household has two parents with authority and two children whose ages
 * straddle the age lines, so every bracket of the age rule is exercised.
 */
// Run once with 2000 before changing these rules; 300 keeps the suite quick.
const RUNS = 300;
const ORGS = ['org-school', 'org-jgz', 'org-wijkteam'] as const;
const dayOf = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * 86_400_000).toISOString().slice(0, 10);
const member = (id: string, role: HouseholdMember['role'], birthDate: string): HouseholdMember => ({
  id,
  familyId: 'gezin',
  role,
  givenName: id,
  familyName: 'Dekker',
  birthDate,
  parentalAuthority: role === 'ouder',
  schoolId: null,
  schoolGroup: '',
});

const household = fc.tuple(fc.integer({ min: 0, max: 18 * 366 }), fc.integer({ min: 0, max: 18 * 366 })).map(([a, b]) => [
  member('moeder', 'ouder', '1985-01-01'),
  member('vader', 'ouder', '1983-06-15'),
  member('kind-a', 'kind', new Date(Date.UTC(2009, 0, 1) + a * 86_400_000).toISOString().slice(0, 10)),
  member('kind-b', 'kind', new Date(Date.UTC(2009, 0, 1) + b * 86_400_000).toISOString().slice(0, 10)),
]);

const consent = fc
  .record({
    personId: fc.constantFrom('moeder', 'vader', 'kind-a', 'kind-b'),
    status: fc.constantFrom('gegeven', 'gegeven', 'geweigerd', 'ingetrokken') as fc.Arbitrary<Consent['status']>,
    organisationIds: fc.subarray([...ORGS]),
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  })
  .map((r): Consent => ({
    id: `${r.personId}-${r.start}-${r.status}-${r.organisationIds.join('+')}`,
    familyId: 'gezin',
    personId: r.personId,
    status: r.status,
    organisationIds: r.organisationIds,
    purpose: '',
    date: dayOf(r.start),
    validUntil: r.status === 'gegeven' && r.length !== null ? dayOf(r.start + r.length) : null,
    recordedBy: 'Noor Jansen',
  }));

const consents = fc.uniqueArray(consent, { selector: (c) => c.id, maxLength: 10 });
const day = fc.integer({ min: 0, max: 450 });
const childScope = fc.constantFrom<string[]>([], ['kind-a'], ['kind-b'], ['kind-a', 'kind-b']);
const covered = (members: HouseholdMember[], records: Consent[], scope: string[], n: number) => consentedOrganisations(members, records, scope, parseCalendarDay(dayOf(n))!);

describe('consent coverage over days', () => {
  it('property: after a consent’s last valid day, no organisation is covered that only that consent named', () => {
    fc.assert(
      fc.property(household, consents, childScope, day, (members, records, scope, n) => {
        const today = dayOf(n);
        for (const organisationId of covered(members, records, scope, n)) {
          // Some consent that still counts today names the organisation: an ended one alone never covers.
          const stillValid = records.filter((c) => c.status === 'gegeven' && c.organisationIds.includes(organisationId) && (c.validUntil === null || c.validUntil >= today));
          expect(stillValid.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('property: giving a consent an end date (or an earlier one) never adds coverage, on any day', () => {
    fc.assert(
      fc.property(household, consents, childScope, day, fc.nat(), fc.integer({ min: 0, max: 200 }), (members, records, scope, n, pick, length) => {
        const given = records.filter((c) => c.status === 'gegeven');
        fc.pre(given.length > 0);
        const target = given[pick % given.length]!;
        const end = dayOf(Math.round((Date.parse(target.date) - Date.UTC(2026, 8, 1)) / 86_400_000) + length);
        const sooner = target.validUntil === null || end < target.validUntil ? end : target.validUntil;
        const shortened = records.map((c) => (c === target ? { ...c, validUntil: sooner } : c));
        const before = covered(members, records, scope, n);
        for (const organisationId of covered(members, shortened, scope, n)) expect(before).toContain(organisationId);
      }),
      { numRuns: RUNS },
    );
  });

  it('a consent counts on its last valid day ("tot en met") and not on the day after', () => {
    const members = [member('moeder', 'ouder', '1985-01-01'), member('kind-a', 'kind', '2019-04-01')];
    const records: Consent[] = [
      { id: 'c1', familyId: 'gezin', personId: 'moeder', status: 'gegeven', organisationIds: ['org-school'], purpose: '', date: '2026-09-01', validUntil: '2026-12-31', recordedBy: 'Noor Jansen' },
    ];
    expect(consentedOrganisations(members, records, [], parseCalendarDay('2026-12-31')!)).toEqual(['org-school']);
    expect(consentedOrganisations(members, records, [], parseCalendarDay('2027-01-01')!)).toEqual([]);
  });
});
