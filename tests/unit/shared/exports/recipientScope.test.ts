import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUMMARY_ITEM_KINDS } from '../../../../shared/contract/summaryChannels';
import { LEGAL_BASES, ORGANISATION_FUNCTIONS, ORGANISATION_TYPES } from '../../../../shared/domain/vocabulary';
import {
  familyVerdict,
  isMedicalItem,
  itemVerdict,
  scopeFamily,
  type ScopeFamily,
  type ScopeItem,
  type ScopeRecipient,
} from '../../../../shared/exports/recipientScope';
import { ITEM_RELEASE_BASES, type ItemRelease } from '../../../../shared/exports/secrecyRelease';

const ORGS = ['org-school', 'org-jgz', 'org-wijkteam', 'org-vt', 'org-huisarts', 'org-woco'];
const recipient: fc.Arbitrary<ScopeRecipient> = fc.record({
  organisationId: fc.constantFrom(...ORGS),
  organisationType: fc.constantFrom(...ORGANISATION_TYPES),
  organisationFunction: fc.constantFrom(...ORGANISATION_FUNCTIONS),
});
const involvement = fc.record({ organisationId: fc.constantFrom(...ORGS), legalBasis: fc.constantFrom(...LEGAL_BASES) });
const family: fc.Arbitrary<ScopeFamily> = fc.record({
  familyId: fc.constant('gezin-1'),
  displayName: fc.constantFrom('Familie Bakker', 'Gezin El Amrani', 'Familie de Wit'),
  anonymous: fc.boolean(),
  position: fc.integer({ min: 1, max: 12 }),
  consentedOrganisationIds: fc.subarray(ORGS),
  involvements: fc.array(involvement, { maxLength: 4 }),
  conflictOfDutiesOrganisationIds: fc.subarray(ORGS),
  conflictDecisions: fc.array(fc.record({ id: fc.constantFrom('besluit-1', 'besluit-2'), organisationIds: fc.subarray(ORGS, { minLength: 1 }) }), { maxLength: 2 }),
  suspicionRecorded: fc.boolean(),
});
const release: fc.Arbitrary<ItemRelease> = fc.record({
  basis: fc.constantFrom(...ITEM_RELEASE_BASES),
  organisations: fc.option(
    fc.subarray(ORGS, { minLength: 1 }).map((ids) => ids.map((id) => ({ id, name: id }))),
    { nil: null },
  ),
  holderName: fc.constant('Sietske Bos'),
  holderOrganisationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
  holderOrganisationName: fc.constant('Huisartsenpraktijk Kloosterveen'),
  conflictOfDutiesId: fc.option(fc.constantFrom('besluit-1', 'besluit-2'), { nil: null }),
});
const item: fc.Arbitrary<ScopeItem> = fc.record({
  kind: fc.constantFrom(...SUMMARY_ITEM_KINDS),
  label: fc.constantFrom('Notulen', 'Signaal school', 'Besluit'),
  basis: fc.option(fc.constantFrom(...LEGAL_BASES), { nil: null }),
  sourceOrganisationId: fc.option(fc.constantFrom(...ORGS), { nil: null }),
  sourceOrganisationType: fc.option(fc.constantFrom(...ORGANISATION_TYPES), { nil: null }),
  release: fc.option(release, { nil: null }),
  medical: fc.boolean(),
  medicalAssociation: fc.option(fc.record({ organisationId: fc.constantFrom(...ORGS) }), { nil: null }),
});
const items = fc.array(item, { maxLength: 12 });
const noBasis = (f: ScopeFamily): ScopeFamily => ({ ...f, consentedOrganisationIds: [], involvements: [], conflictOfDutiesOrganisationIds: [], conflictDecisions: [], suspicionRecorded: false });

describe('recipient scope (examples)', () => {
  const ib: ScopeRecipient = { organisationId: 'org-school', organisationType: 'school', organisationFunction: 'signalerend' };
  const nurse: ScopeRecipient = { organisationId: 'org-jgz', organisationType: 'jgz', organisationFunction: 'beide' };
  const coach: ScopeRecipient = { organisationId: 'org-wijkteam', organisationType: 'wijkteam', organisationFunction: 'duidend' };
  const vt: ScopeRecipient = { organisationId: 'org-vt', organisationType: 'veilig_thuis', organisationFunction: 'duidend' };
  const woco: ScopeRecipient = { organisationId: 'org-woco', organisationType: 'woningcorporatie', organisationFunction: 'duidend' };
  const fam: ScopeFamily = {
    familyId: 'f',
    displayName: 'Familie Bakker',
    anonymous: false,
    position: 2,
    consentedOrganisationIds: ['org-school', 'org-jgz'],
    involvements: [
      { organisationId: 'org-wijkteam', legalBasis: 'noodzakelijk_betrokkenen' },
      { organisationId: 'org-woco', legalBasis: 'noodzakelijk_betrokkenen' },
    ],
    conflictOfDutiesOrganisationIds: [],
    conflictDecisions: [],
    suspicionRecorded: false,
  };
  const base = { sourceOrganisationId: null, sourceOrganisationType: null, release: null, medical: false, medicalAssociation: null };
  const toSchoolOnConsent: ItemRelease = {
    basis: 'toestemming',
    organisations: [{ id: 'org-school', name: 'OBS De Regenboog' }],
    holderName: 'Ilse Wiersma',
    holderOrganisationId: 'org-jgz',
    holderOrganisationName: 'JGZ Drenthe',
    conflictOfDutiesId: null,
  };
  const medical: ScopeItem = { ...base, kind: 'notulen_medisch', label: 'JGZ-notulen', basis: null };
  const jgzEvent: ScopeItem = { ...base, kind: 'tijdlijn', label: 'Consult JGZ', basis: 'toestemming', sourceOrganisationId: 'org-jgz', sourceOrganisationType: 'jgz', medical: true };
  const gpEvent: ScopeItem = { ...base, kind: 'tijdlijn', label: 'Huisarts', basis: 'noodzakelijk_betrokkenen', sourceOrganisationId: 'org-huisarts', sourceOrganisationType: 'huisarts', medical: true };
  const melding: ScopeItem = { ...base, kind: 'besluit', label: 'Melding', basis: 'meldrecht' };
  const minutes: ScopeItem = { ...base, kind: 'notulen', label: 'Notulen', basis: null };

  it('gives JGZ items to the JGZ nurse, not to the school, until the holder released them toward the school', () => {
    const school = scopeFamily(ib, fam, [medical, jgzEvent]);
    expect(school.included).toBe(true);
    expect(school.basis).toBe('toestemming');
    expect(school.items.map((i) => i.withheldReason)).toEqual(['medisch_beroepsgeheim', 'medisch_beroepsgeheim']);
    expect(scopeFamily(nurse, fam, [medical, jgzEvent]).items.every((i) => i.included)).toBe(true);
    const released = scopeFamily(ib, fam, [{ ...medical, release: toSchoolOnConsent }, { ...jgzEvent, release: toSchoolOnConsent }]);
    expect(released.items.every((i) => i.included)).toBe(true);
    expect(released.items[0]!.why).toBe('Vrijgegeven door Ilse Wiersma (JGZ Drenthe) op toestemming, voor OBS De Regenboog.');
    // Released toward the school only: the wijkteam (on need-to-know) does not get it.
    const wijkteam = scopeFamily(coach, fam, [{ ...medical, release: toSchoolOnConsent }]);
    expect(wijkteam.items[0]).toMatchObject({ included: false, withheldReason: 'vrijgave_niet_voor_ontvanger' });
    expect(wijkteam.items[0]!.why).toContain('noemt alleen OBS De Regenboog');
  });

  it('keeps a huisarts event from every other organisation, the JGZ too', () => {
    expect(scopeFamily(nurse, fam, [gpEvent]).items[0]).toMatchObject({ included: false, withheldReason: 'medisch_beroepsgeheim' });
    expect(scopeFamily(coach, fam, [gpEvent]).items[0]).toMatchObject({ included: false, withheldReason: 'medisch_beroepsgeheim' });
  });

  it('Veilig Thuis gets a family by name only with a recorded suspicion, otherwise anonymised', () => {
    const without = scopeFamily(vt, fam, [minutes, jgzEvent]);
    expect(without).toMatchObject({ included: true, form: 'anoniem', basis: null, withheldReason: 'geen_vermoeden', label: 'Casus 2 (anoniem)' });
    expect(without.items.map((i) => i.withheldReason)).toEqual([null, 'anoniem_geen_tijdlijn']);
    const withSuspicion = scopeFamily(vt, { ...fam, suspicionRecorded: true }, [minutes, melding]);
    expect(withSuspicion).toMatchObject({ included: true, form: 'volledig', basis: 'meldrecht', label: 'Familie Bakker' });
    expect(withSuspicion.items.every((i) => i.included)).toBe(true);
  });

  it('meldrecht items go only to Veilig Thuis', () => {
    expect(scopeFamily(coach, fam, [melding]).items[0]).toMatchObject({ included: false, withheldReason: 'alleen_veilig_thuis' });
  });

  it('need-to-know reaches those carrying out the help, not a woningcorporatie or a signalling party', () => {
    expect(familyVerdict(coach, fam)).toMatchObject({ included: true, basis: 'noodzakelijk_betrokkenen' });
    expect(familyVerdict(woco, fam)).toMatchObject({ included: false, withheldReason: 'geen_hulpverlener' });
    const signalling: ScopeRecipient = { ...coach, organisationFunction: 'signalerend' };
    expect(familyVerdict(signalling, fam)).toMatchObject({ included: false, withheldReason: 'alleen_signalerend' });
    const onConsent = { ...fam, involvements: [{ organisationId: 'org-wijkteam', legalBasis: 'toestemming' as const }] };
    expect(familyVerdict(coach, onConsent)).toMatchObject({ included: false, withheldReason: 'toestemming_ontbreekt' });
  });

  it('a recorded conflict van plichten lets exactly the named organisation receive without consent', () => {
    const refused = { ...fam, consentedOrganisationIds: [], conflictOfDutiesOrganisationIds: ['org-school'] };
    expect(familyVerdict(ib, refused)).toMatchObject({ included: true, basis: 'conflict_van_plichten' });
    expect(familyVerdict(nurse, refused)).toMatchObject({ included: false });
  });

  it('an anonymously discussed case goes anonymised, without timeline, to everyone with a basis', () => {
    const anon = scopeFamily(coach, { ...fam, anonymous: true }, [minutes, jgzEvent]);
    expect(anon).toMatchObject({ included: true, form: 'anoniem', label: 'Casus 2 (anoniem)', withheldReason: 'anoniem_besproken' });
    expect(anon.items[1]).toMatchObject({ included: false, withheldReason: 'anoniem_geen_tijdlijn' });
  });
});

describe('recipient scope (properties)', () => {
  it('adding a recipient never widens another recipient’s scope (verdicts depend on the recipient only)', () => {
    fc.assert(
      fc.property(fc.array(recipient, { minLength: 1, maxLength: 5 }), recipient, family, items, (others, extra, f, its) => {
        const alone = others.map((r) => scopeFamily(r, f, its));
        const withExtra = [...others, extra].map((r) => scopeFamily(r, f, its)).slice(0, others.length);
        expect(withExtra).toEqual(alone);
      }),
    );
  });

  it('with no recorded basis nothing goes but the anonymised case to Veilig Thuis', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, its) => {
        const scope = scopeFamily(r, noBasis(f), its);
        if (r.organisationType === 'veilig_thuis') {
          expect(scope.form).toBe('anoniem');
          expect(scope.label).not.toContain(f.displayName);
          expect(scope.items.filter((i) => i.included).every((i) => i.kind !== 'tijdlijn')).toBe(true);
        } else {
          expect(scope.included).toBe(false);
          expect(scope.items.every((i) => !i.included)).toBe(true);
        }
      }),
    );
  });

  it('never includes an unreleased medical item for another organisation', () => {
    fc.assert(
      fc.property(recipient, family, item, (r, f, it) => {
        const verdict = itemVerdict(r, f, familyVerdict(r, f), it);
        if (verdict.included && isMedicalItem(it) && it.release === null) {
          if (it.sourceOrganisationId !== null) expect(it.sourceOrganisationId).toBe(r.organisationId);
          else expect(r.organisationType).toBe('jgz');
        }
      }),
    );
  });

  it('a withheld family has no included items', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, its) => {
        const scope = scopeFamily(r, f, its);
        if (!scope.included) expect(scope.items.every((i) => !i.included)).toBe(true);
      }),
    );
  });

  it('more consent, another conflict van plichten or a recorded suspicion never removes anything', () => {
    fc.assert(
      fc.property(recipient, family, items, fc.constantFrom(...ORGS), fc.constantFrom('consent', 'conflict', 'suspicion'), (r, f, its, org, what) => {
        const more: ScopeFamily =
          what === 'consent'
            ? { ...f, consentedOrganisationIds: [...f.consentedOrganisationIds, org] }
            : what === 'conflict'
              ? { ...f, conflictOfDutiesOrganisationIds: [...f.conflictOfDutiesOrganisationIds, org] }
              : { ...f, suspicionRecorded: true };
        const before = scopeFamily(r, f, its);
        const after = scopeFamily(r, more, its);
        if (before.included) expect(after.included).toBe(true);
        if (before.form === 'volledig') expect(after.form).toBe('volledig');
        // Items of a named family stay included (an anonymised case may gain its timeline, never lose an item).
        if (before.form === after.form) before.items.forEach((i, n) => i.included && expect(after.items[n]!.included).toBe(true));
      }),
    );
  });

  it('the order of items does not change any verdict', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, its) => {
        const forward = scopeFamily(r, f, its).items.map((i) => i.included);
        const backward = scopeFamily(r, f, [...its].reverse()).items.map((i) => i.included).reverse();
        expect(backward).toEqual(forward);
      }),
    );
  });

  it('an anonymised case never carries its name in the label', () => {
    fc.assert(
      fc.property(recipient, family, items, (r, f, its) => {
        const scope = scopeFamily(r, f, its);
        if (scope.form === 'anoniem' || f.anonymous) expect(scope.label).toBe(`Casus ${f.position} (anoniem)`);
      }),
    );
  });
});
