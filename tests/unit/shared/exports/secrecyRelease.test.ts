import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../../../../shared/domain/vocabulary';
import { medicalItemVerdict, type MedicalSource } from '../../../../shared/exports/medicalSecrecy';
import { ITEM_RELEASE_BASES, releaseReaches, type ItemRelease, type ReleaseFacts, type ReleaseRecipient } from '../../../../shared/exports/secrecyRelease';

const RUNS = { numRuns: 300 };
const ORGS = ['org-huisarts', 'org-wijkteam', 'org-school', 'org-jgz', 'org-vt', 'org-ggz'];
const NAMES: Record<string, string> = {
  'org-huisarts': 'Huisartsenpraktijk Kloosterveen',
  'org-wijkteam': 'Wijkteam Assen-Noord',
  'org-school': 'OBS De Regenboog',
  'org-jgz': 'JGZ Drenthe',
  'org-vt': 'Veilig Thuis Drenthe',
  'org-ggz': 'GGZ Drenthe',
};
const org = (id: string) => ({ id, name: NAMES[id]! });

const huisarts = { holderName: 'Sietske Bos', holderOrganisationId: 'org-huisarts', holderOrganisationName: NAMES['org-huisarts']! };
const wijkteam: ReleaseRecipient = { organisationId: 'org-wijkteam', organisationType: 'wijkteam' };
const school: ReleaseRecipient = { organisationId: 'org-school', organisationType: 'school' };
const jgz: ReleaseRecipient = { organisationId: 'org-jgz', organisationType: 'jgz' };
const vt: ReleaseRecipient = { organisationId: 'org-vt', organisationType: 'veilig_thuis' };
const facts: ReleaseFacts = {
  consentedOrganisationIds: ['org-huisarts', 'org-wijkteam', 'org-school'],
  conflictDecisions: [{ id: 'besluit-1', organisationIds: ['org-wijkteam'] }],
  suspicionRecorded: true,
};

describe('a release from medical secrecy reaches whom it names, while its basis holds', () => {
  const onConflict: ItemRelease = { ...huisarts, basis: 'conflict_van_plichten', organisations: [org('org-wijkteam')], conflictOfDutiesId: 'besluit-1' };
  const onConsent: ItemRelease = { ...huisarts, basis: 'toestemming', organisations: [org('org-wijkteam')], conflictOfDutiesId: null };
  const onMeldrecht: ItemRelease = { ...huisarts, basis: 'meldrecht', organisations: [org('org-vt')], conflictOfDutiesId: null };

  it('on conflict van plichten toward the wijkteam: only the wijkteam, while the decision stands', () => {
    expect(releaseReaches(wijkteam, onConflict, facts)).toEqual({
      reaches: true,
      withheldReason: null,
      why: 'Vrijgegeven door Sietske Bos (Huisartsenpraktijk Kloosterveen) op conflict van plichten, voor Wijkteam Assen-Noord.',
    });
    expect(releaseReaches(school, onConflict, facts)).toMatchObject({
      reaches: false,
      withheldReason: 'vrijgave_niet_voor_ontvanger',
      why: 'Niet vrijgegeven voor deze ontvanger: de vrijgave op conflict van plichten noemt alleen Wijkteam Assen-Noord.',
    });
    expect(releaseReaches(jgz, onConflict, facts).reaches).toBe(false);
    expect(releaseReaches(wijkteam, onConflict, { ...facts, conflictDecisions: [] })).toMatchObject({ reaches: false, withheldReason: 'vrijgave_vervallen' });
  });

  it('on conflict van plichten: only organisations named by both the release and the decision', () => {
    const wider: ItemRelease = { ...onConflict, organisations: [org('org-wijkteam'), org('org-school')] };
    expect(releaseReaches(school, wider, facts)).toMatchObject({ reaches: false, withheldReason: 'vrijgave_niet_voor_ontvanger' });
    expect(releaseReaches(school, wider, { ...facts, conflictDecisions: [{ id: 'besluit-1', organisationIds: ['org-wijkteam', 'org-school'] }] }).reaches).toBe(true);
  });

  it('on consent: lapses once the consent no longer covers the recipient or the holder', () => {
    expect(releaseReaches(wijkteam, onConsent, facts).reaches).toBe(true);
    expect(releaseReaches(school, onConsent, facts)).toMatchObject({ reaches: false, withheldReason: 'vrijgave_niet_voor_ontvanger' });
    const withdrawn = releaseReaches(wijkteam, onConsent, { ...facts, consentedOrganisationIds: ['org-huisarts'] });
    expect(withdrawn).toMatchObject({ reaches: false, withheldReason: 'vrijgave_vervallen' });
    expect(withdrawn.why).toContain('ingetrokken');
    expect(releaseReaches(wijkteam, onConsent, { ...facts, consentedOrganisationIds: ['org-wijkteam'] })).toMatchObject({ reaches: false, withheldReason: 'vrijgave_vervallen' });
  });

  it('on meldrecht: only Veilig Thuis, and only with a suspicion on record', () => {
    expect(releaseReaches(vt, onMeldrecht, facts).reaches).toBe(true);
    expect(releaseReaches(wijkteam, onMeldrecht, facts)).toMatchObject({ reaches: false, withheldReason: 'vrijgave_niet_voor_ontvanger' });
    expect(releaseReaches(vt, onMeldrecht, { ...facts, suspicionRecorded: false })).toMatchObject({ reaches: false, withheldReason: 'vrijgave_vervallen' });
  });

  it('old releases without recipients: consent and conflict as the day has them, an unrecorded basis nobody', () => {
    const old = { ...huisarts, organisations: null, conflictOfDutiesId: null };
    expect(releaseReaches(school, { ...old, basis: 'toestemming' }, facts).reaches).toBe(true);
    expect(releaseReaches(jgz, { ...old, basis: 'toestemming' }, facts)).toMatchObject({ reaches: false, withheldReason: 'vrijgave_niet_voor_ontvanger' });
    expect(releaseReaches(wijkteam, { ...old, basis: 'conflict_van_plichten' }, facts).reaches).toBe(true);
    expect(releaseReaches(school, { ...old, basis: 'conflict_van_plichten' }, facts).reaches).toBe(false);
    const unrecorded = releaseReaches(wijkteam, { ...old, basis: 'niet_vastgelegd', holderName: null, holderOrganisationId: null, holderOrganisationName: null }, facts);
    expect(unrecorded).toMatchObject({ reaches: false, withheldReason: 'vrijgave_zonder_ontvangers' });
    expect(unrecorded.why).toContain('leg de vrijgave opnieuw vast met de ontvangers');
  });

  it('the holder’s own organisation keeps its item; the projector never shows it', () => {
    const item: MedicalSource = { sourceOrganisationId: 'org-huisarts', sourceOrganisationType: 'huisarts', release: onConflict };
    expect(medicalItemVerdict({ organisationId: 'org-huisarts', organisationType: 'huisarts' }, item, { ...facts, conflictDecisions: [] }).included).toBe(true);
    expect(medicalItemVerdict(null, item, facts).included).toBe(false);
    expect(medicalItemVerdict(null, { ...item, release: { ...onConflict, organisations: null, basis: 'toestemming' } }, facts).included).toBe(false);
  });
});

const recipient: fc.Arbitrary<ReleaseRecipient> = fc.record({ organisationId: fc.constantFrom(...ORGS), organisationType: fc.constantFrom(...ORGANISATION_TYPES) });
const scopedRelease: fc.Arbitrary<ItemRelease> = fc.record({
  basis: fc.constantFrom(...ITEM_RELEASE_BASES),
  organisations: fc.subarray(ORGS, { minLength: 1 }).map((ids) => ids.map(org)),
  holderName: fc.constant('Sietske Bos'),
  holderOrganisationId: fc.constantFrom(...ORGS),
  holderOrganisationName: fc.constant('Huisartsenpraktijk Kloosterveen'),
  conflictOfDutiesId: fc.option(fc.constantFrom('besluit-1', 'besluit-2'), { nil: null }),
});
const anyFacts: fc.Arbitrary<ReleaseFacts> = fc.record({
  consentedOrganisationIds: fc.subarray(ORGS),
  conflictDecisions: fc.array(fc.record({ id: fc.constantFrom('besluit-1', 'besluit-2'), organisationIds: fc.subarray(ORGS, { minLength: 1 }) }), { maxLength: 2 }),
  suspicionRecorded: fc.boolean(),
});

describe('a release from medical secrecy (properties)', () => {
  it('adding a recipient organisation to a release never takes the item away from anyone', () => {
    fc.assert(
      fc.property(recipient, scopedRelease, anyFacts, fc.constantFrom(...ORGS), (r, release, f, extra) => {
        const wider: ItemRelease = { ...release, organisations: [...release.organisations!.filter((o) => o.id !== extra), org(extra)] };
        if (releaseReaches(r, release, f).reaches) expect(releaseReaches(r, wider, f).reaches).toBe(true);
      }),
      RUNS,
    );
  });

  it('a recipient a release does not name never receives through it (only its own organisation keeps it)', () => {
    fc.assert(
      fc.property(recipient, scopedRelease, anyFacts, (r, release, f) => {
        const named = release.organisations!.some((o) => o.id === r.organisationId);
        if (!named) expect(releaseReaches(r, release, f).reaches).toBe(false);
        const item: MedicalSource = { sourceOrganisationId: 'org-huisarts', sourceOrganisationType: 'huisarts', release };
        const verdict = medicalItemVerdict(r, item, f);
        if (verdict.included) expect(named || r.organisationId === 'org-huisarts').toBe(true);
        expect(verdict.why.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('more consent, another decision or a recorded suspicion never takes a released item away', () => {
    fc.assert(
      fc.property(recipient, scopedRelease, anyFacts, fc.constantFrom(...ORGS), (r, release, f, extra) => {
        const more: ReleaseFacts = {
          consentedOrganisationIds: [...f.consentedOrganisationIds, extra],
          conflictDecisions: f.conflictDecisions.map((d) => ({ ...d, organisationIds: [...d.organisationIds, extra] })),
          suspicionRecorded: true,
        };
        if (releaseReaches(r, release, f).reaches) expect(releaseReaches(r, release, more).reaches).toBe(true);
      }),
      RUNS,
    );
  });
});
