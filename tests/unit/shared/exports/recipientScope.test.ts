import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUMMARY_ITEM_KINDS } from '../../../../shared/contract/summaryChannels';
import { LEGAL_BASES, ORGANISATION_TYPES } from '../../../../shared/domain/vocabulary';
import {
  familyVerdict,
  isMedicalItem,
  scopeFamily,
  type ScopeFamily,
  type ScopeItem,
  type ScopeRecipient,
} from '../../../../shared/exports/recipientScope';

const ORGS = ['org-school', 'org-jgz', 'org-wijkteam', 'org-vt', 'org-huisarts'];
const recipient: fc.Arbitrary<ScopeRecipient> = fc.record({
  organisationId: fc.constantFrom(...ORGS),
  organisationType: fc.constantFrom(...ORGANISATION_TYPES),
});
const family: fc.Arbitrary<ScopeFamily> = fc.record({
  familyId: fc.constant('gezin-1'),
  displayName: fc.constantFrom('Familie Bakker', 'Gezin El Amrani', 'Familie de Wit'),
  anonymous: fc.boolean(),
  position: fc.integer({ min: 1, max: 12 }),
  consentedOrganisationIds: fc.subarray(ORGS),
  involvedOrganisationIds: fc.subarray(ORGS),
});
const item: fc.Arbitrary<ScopeItem> = fc.record({
  kind: fc.constantFrom(...SUMMARY_ITEM_KINDS),
  label: fc.constantFrom('Notulen', 'Signaal school', 'Besluit'),
  basis: fc.option(fc.constantFrom(...LEGAL_BASES), { nil: null }),
  sourceOrganisationType: fc.option(fc.constantFrom(...ORGANISATION_TYPES), { nil: null }),
  released: fc.boolean(),
});
const items = fc.array(item, { maxLength: 12 });

describe('recipient scope (examples)', () => {
  const ib: ScopeRecipient = { organisationId: 'org-school', organisationType: 'school' };
  const nurse: ScopeRecipient = { organisationId: 'org-jgz', organisationType: 'jgz' };
  const vt: ScopeRecipient = { organisationId: 'org-vt', organisationType: 'veilig_thuis' };
  const fam: ScopeFamily = {
    familyId: 'f',
    displayName: 'Familie Bakker',
    anonymous: false,
    position: 2,
    consentedOrganisationIds: ['org-school', 'org-jgz'],
    involvedOrganisationIds: ['org-wijkteam'],
  };
  const medical: ScopeItem = { kind: 'notulen_medisch', label: 'JGZ-notulen', basis: null, sourceOrganisationType: null, released: false };
  const jgzEvent: ScopeItem = { kind: 'tijdlijn', label: 'Consult JGZ', basis: 'toestemming', sourceOrganisationType: 'jgz', released: false };
  const melding: ScopeItem = { kind: 'tijdlijn', label: 'Melding', basis: 'meldrecht', sourceOrganisationType: 'school', released: false };
  const consentItem: ScopeItem = { kind: 'tijdlijn', label: 'Verwijzing', basis: 'toestemming', sourceOrganisationType: 'wijkteam', released: false };

  it('gives JGZ items to the JGZ nurse, not to the school, until released', () => {
    const school = scopeFamily(ib, fam, [medical, jgzEvent]);
    expect(school.included).toBe(true);
    expect(school.basis).toBe('toestemming');
    expect(school.items.map((i) => i.withheldReason)).toEqual(['medisch_beroepsgeheim', 'medisch_beroepsgeheim']);
    expect(scopeFamily(nurse, fam, [medical, jgzEvent]).items.every((i) => i.included)).toBe(true);
    const released = scopeFamily(ib, fam, [{ ...medical, released: true }, { ...jgzEvent, released: true }]);
    expect(released.items.every((i) => i.included)).toBe(true);
  });

  it('gives meldrecht items only to Veilig Thuis, who receives the family on meldrecht', () => {
    expect(scopeFamily(ib, fam, [melding]).items[0]?.withheldReason).toBe('alleen_veilig_thuis');
    const forVt = scopeFamily(vt, fam, [melding, consentItem]);
    expect(forVt.basis).toBe('meldrecht');
    expect(forVt.items.map((i) => [i.included, i.withheldReason])).toEqual([
      [true, null],
      [false, 'toestemming_ontbreekt'],
    ]);
  });

  it('involved organisations receive on need-to-know, but not consent-only items', () => {
    const wijkteam = scopeFamily({ organisationId: 'org-wijkteam', organisationType: 'wijkteam' }, fam, [consentItem]);
    expect(wijkteam.basis).toBe('noodzakelijk_betrokkenen');
    expect(wijkteam.items[0]?.withheldReason).toBe('toestemming_ontbreekt');
  });

  it('withholds the family from an organisation without consent or involvement', () => {
    const huisarts = scopeFamily({ organisationId: 'org-huisarts', organisationType: 'huisarts' }, fam, [consentItem]);
    expect(huisarts).toMatchObject({ included: false, basis: null, withheldReason: 'geen_grondslag' });
    expect(huisarts.items[0]).toMatchObject({ included: false, withheldReason: 'geen_grondslag' });
  });

  it('labels an anonymous case without its name', () => {
    expect(scopeFamily(ib, { ...fam, anonymous: true }, []).label).toBe('Casus 2 (anoniem)');
  });
});

describe('recipient scope (properties)', () => {
  it('never includes an unreleased JGZ item for a non-JGZ recipient', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, is) => {
        const scope = scopeFamily(r, f, is);
        scope.items.forEach((s, i) => {
          const source = is[i]!;
          if (r.organisationType !== 'jgz' && isMedicalItem(source) && !source.released) expect(s.included).toBe(false);
        });
      }),
    );
  });

  it('a withheld family has no included items', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, is) => {
        const scope = scopeFamily(r, f, is);
        if (!scope.included) expect(scope.items.some((i) => i.included)).toBe(false);
      }),
    );
  });

  it('adding consent never removes anything', () => {
    fc.assert(
      fc.property(recipient, family, items, fc.constantFrom(...ORGS), (r, f, is, extra) => {
        const before = scopeFamily(r, f, is);
        const after = scopeFamily(r, { ...f, consentedOrganisationIds: [...f.consentedOrganisationIds, extra] }, is);
        if (before.included) expect(after.included).toBe(true);
        before.items.forEach((b, i) => {
          if (b.included) expect(after.items[i]?.included).toBe(true);
        });
      }),
    );
  });

  it('the order of items does not change any verdict', () => {
    fc.assert(
      fc.property(recipient, family, items.chain((is) => fc.tuple(fc.constant(is), fc.shuffledSubarray(is.map((_, i) => i), { minLength: is.length, maxLength: is.length }))), (r, f, [is, order]) => {
        const straight = scopeFamily(r, f, is).items;
        const shuffled = scopeFamily(r, f, order.map((i) => is[i]!)).items;
        order.forEach((original, position) => expect(shuffled[position]).toEqual(straight[original]));
      }),
    );
  });

  it('a family is included exactly when consent, involvement or Veilig Thuis gives a basis', () => {
    fc.assert(
      fc.property(recipient, family, (r, f) => {
        const expected =
          f.consentedOrganisationIds.includes(r.organisationId) || f.involvedOrganisationIds.includes(r.organisationId) || r.organisationType === 'veilig_thuis';
        expect(familyVerdict(r, f).included).toBe(expected);
        expect(familyVerdict(r, f).basis === null).toBe(!expected);
      }),
    );
  });

  it('an anonymous case never carries its name in the label', () => {
    fc.assert(
      fc.property(recipient, family, (r, f) => {
        if (f.anonymous) expect(scopeFamily(r, f, []).label).not.toContain(f.displayName);
      }),
    );
  });
});
