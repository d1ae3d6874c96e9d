import type { HouseholdTranslation } from './householdNl';

/** English texts of the household tab (who lives in the family, gezag); the type keeps the keys equal to Dutch. */
export const householdEn: HouseholdTranslation = {
  familyTitle: 'Family',
  displayName: 'Name of the family',
  discussion: 'Discuss',
  discussionHint: 'Anonymously when there is no consent to discuss the family by name.',
  named: 'By name',
  anonymous: 'Anonymously',
  groups: {
    children: 'Children',
    parents: 'Parents and carers',
    others: 'Other household members',
    expected: 'Expected child',
  },
  empty: {
    children: 'No children have been recorded.',
    parents: 'No parents or carers have been recorded.',
    others: 'No other household members have been recorded.',
    expected: 'No expected child has been recorded.',
  },
  givenName: 'First name',
  familyName: 'Surname',
  birthDate: 'Date of birth',
  expectedDate: 'Expected date of birth',
  role: 'Role in the family',
  school: 'School or childcare',
  noSchool: 'None or unknown',
  noSchools: 'Add schools to the service directory to choose one.',
  schoolGroup: 'Group or class',
  parentalAuthority: 'Has parental authority',
  remove: 'Remove {{name}} from the family',
  add: {
    title: 'Add a household member',
    nameRequired: 'Enter the first name.',
    submit: 'Add household member',
  },
};
