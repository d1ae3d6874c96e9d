import type { HomeTranslation } from './homeNl';

/** English texts of the home screen: search, recent families and a new family; the type keeps the keys equal to Dutch. */
export const homeEn: HomeTranslation = {
  title: 'Start',
  anonymous: 'anonymous',
  meetingsTitle: 'Meetings',
  upcoming: 'Upcoming meetings',
  next: {
    today: 'Today:',
    later: 'Next meeting:',
    mode: 'Start meeting mode',
    modeFor: 'Start meeting mode: {{name}}, {{moment}}',
    open: 'Open meeting',
    openFor: 'Open meeting: {{name}}, {{moment}}',
  },
  noUpcoming: 'No meetings are planned.',
  allMeetings: 'All meetings',
  recent: 'Recently updated families',
  noRecent: 'There are no families in this vault yet.',
  search: {
    title: 'Find a family',
    label: 'Search for a family',
    hint: 'By the name of a household member, school, organisation or involved professional. Results appear while you type; choose with the arrow keys and Enter.',
    resultsLabel: 'Families found',
    resultCount_one: '{{count}} family found',
    resultCount_other: '{{count}} families found',
    children: 'Children: {{names}}',
    noChildren: 'No children recorded',
    schools: 'School: {{names}}',
    matchedOn: 'Found by {{matched}}',
    field: {
      name: 'name',
      school: 'school',
      organisation: 'organisation',
      professional: 'involved professional',
      several: 'several fields',
    },
  },
  newFamily: {
    title: 'New family',
    name: 'Name of the family',
    nameHint: 'For example: De Vries family. Use a code when the family is discussed anonymously.',
    nameRequired: 'Enter the name of the family.',
    anonymous: 'Discuss anonymously (no consent to discuss by name)',
    create: 'Create family',
  },
};
