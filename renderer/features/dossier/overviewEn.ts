import type { OverviewTranslation } from './overviewNl';

/** English texts of the who-with-whom overview tab; the type keeps the keys equal to Dutch. */
export const overviewEn: OverviewTranslation = {
  householdTitle: 'The family',
  noMembers: 'No household members have been recorded yet. Add them on the Household tab.',
  expected: 'expected {{date}}',
  authority: 'parental authority',
  group: 'group {{group}}',
  matrixTitle: 'Who is involved with whom',
  person: 'Who',
  notInvolved: 'nobody involved',
  nobodyInvolved: 'Nobody is involved with {{name}}.',
  onlyThroughFamily: 'Nobody is involved with {{name}} personally; someone is involved with the whole family.',
  nobodyAtAll: 'Nobody has been recorded as involved yet.',
  organisationOnly: 'organisation',
  vir: 'Verwijsindex: {{value}}',
  consentTitle: 'Consent',
  meetingsTitle: 'Discussed in meetings',
  noMeetings: 'This family has not been on a meeting agenda yet.',
};
