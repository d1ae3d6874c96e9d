import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { saveMember } from '../../../../electron/core/register/householdService';
import { saveInvolvement } from '../../../../electron/core/register/involvementService';
import { saveOrganisation, saveProfessional } from '../../../../electron/core/register/directoryService';
import { ftsQuery, searchFamilies } from '../../../../electron/core/recordStore/searchIndex';
import { registerKit } from './registerKit';

function region() {
  const k = registerKit();
  const school = saveOrganisation(k.ctx(), { name: 'OBS De Regenboog', type: 'school', function: 'signalerend', place: 'Emmen', phone: '', email: '' });
  const wijkteam = saveOrganisation(k.ctx(), { name: 'Wijkteam Emmen-Oost', type: 'wijkteam', function: 'duidend', place: 'Emmen', phone: '', email: '' });
  const pro = saveProfessional(k.ctx(), { organisationId: wijkteam.id, name: 'Hanneke Oosting', role: 'wijkteammedewerker', phone: '', email: '', meetingTypes: [] });
  const mueller = k.family('Gezin Müller');
  saveMember(k.ctx(), { familyId: mueller, role: 'kind', givenName: 'Zoë', familyName: 'Müller', birthDate: '2016-03-03', parentalAuthority: false, schoolId: school.id, schoolGroup: 'groep 6' });
  const jansen = k.family('Gezin Jansen');
  saveInvolvement(k.ctx(), {
    familyId: jansen,
    memberId: null,
    professionalId: pro.id,
    organisationId: wijkteam.id,
    role: 'casusregisseur',
    mandate: 'vrijwillig',
    since: '2026-01-01',
    lastContact: null,
    virRegistered: 'nee',
    virDate: null,
    virBy: '',
    legalBasis: 'toestemming',
    endedAt: null,
  });
  return { ...k, mueller, jansen, pro };
}

describe('finding a family while typing', () => {
  it('finds by member name, ignoring accents and case, from the first letters on', () => {
    const r = region();
    for (const q of ['zoe', 'Zo', 'muller', 'MÜL', 'zoë müller']) {
      expect(searchFamilies(r.db, q, 10).map((h) => h.familyId)).toEqual([r.mueller]);
    }
  });

  it('finds by school, organisation and involved professional, and says why', () => {
    const r = region();
    const bySchool = searchFamilies(r.db, 'regenboog', 10);
    expect(bySchool.map((h) => [h.familyId, h.matchedOn])).toEqual([[r.mueller, 'school: OBS De Regenboog']]);
    expect(bySchool[0]?.childNames).toEqual(['Zoë']);
    expect(searchFamilies(r.db, 'wijkteam emmen', 10).map((h) => h.familyId)).toEqual([r.jansen]);
    expect(searchFamilies(r.db, 'oosting', 10).map((h) => [h.familyId, h.matchedOn])).toEqual([[r.jansen, 'betrokkene: Hanneke Oosting']]);
  });

  it('follows a renamed professional', () => {
    const r = region();
    saveProfessional(r.ctx(), { ...r.pro, name: 'Hanneke Drenth' });
    expect(searchFamilies(r.db, 'oosting', 10)).toEqual([]);
    expect(searchFamilies(r.db, 'drenth', 10).map((h) => h.familyId)).toEqual([r.jansen]);
  });

  it('shows the most recently changed families for an empty query', () => {
    const r = region();
    expect(searchFamilies(r.db, '   ', 10).map((h) => h.familyId)).toEqual([r.jansen, r.mueller]);
  });

  it('never lets typed text act as query syntax', () => {
    const r = region();
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        expect(() => searchFamilies(r.db, q, 5)).not.toThrow();
      }),
      { numRuns: 400 },
    );
    for (const q of ['"', 'NEAR(a b)', 'a AND', 'OR', '*', 'names:x', '^a', '(((']) expect(() => searchFamilies(r.db, q, 5)).not.toThrow();
    expect(ftsQuery('a"b')).toBe('"a"* "b"*');
  });
});
