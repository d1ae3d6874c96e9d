import { describe, expect, it } from 'vitest';
import type { Consent } from '../../../../shared/domain/records';
import { consentValidity } from '../../../../shared/rules/consentValidity';

const record = (id: string, over: Partial<Consent>): Consent => ({
  id,
  familyId: 'gezin',
  personId: 'moeder',
  status: 'gegeven',
  organisationIds: ['wijkteam'],
  purpose: '',
  date: '2027-01-10',
  validUntil: null,
  recordedBy: 'Noor Jansen',
  ...over,
});

describe('what the consent list says of a given consent', () => {
  it.each([
    ['without end', [record('a', {})], '2027-03-01', { kind: 'zonder_einde' }],
    ['valid up to and including its day', [record('a', { validUntil: '2027-07-01' })], '2027-07-01', { kind: 'geldig_tot', day: '2027-07-01' }],
    ['lapsed the day after', [record('a', { validUntil: '2027-07-01' })], '2027-07-02', { kind: 'verlopen', day: '2027-07-01' }],
    ['withdrawn by a later record without organisations', [record('a', {}), record('b', { status: 'ingetrokken', organisationIds: [], date: '2027-02-01' })], '2027-03-01', { kind: 'ingetrokken', day: '2027-02-01' }],
    ['not withdrawn by a withdrawal for another organisation', [record('a', {}), record('b', { status: 'ingetrokken', organisationIds: ['school'], date: '2027-02-01' })], '2027-03-01', { kind: 'zonder_einde' }],
    ['not withdrawn by a withdrawal of someone else', [record('a', {}), record('b', { personId: 'vader', status: 'ingetrokken', organisationIds: [], date: '2027-02-01' })], '2027-03-01', { kind: 'zonder_einde' }],
  ] as const)('%s', (_, records, today, expected) => {
    expect(consentValidity(records[0]!, records, today)).toEqual(expected);
  });

  it('says nothing of a refusal or a withdrawal itself', () => {
    const refusal = record('r', { status: 'geweigerd', organisationIds: [] });
    expect(consentValidity(refusal, [refusal], '2027-03-01')).toBeNull();
  });
});
