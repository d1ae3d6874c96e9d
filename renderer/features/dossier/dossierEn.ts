import type { DossierTranslation } from './dossierNl';

/** English texts of a family's dossier: its heading and tabs; the type keeps the keys equal to Dutch. */
export const dossierEn: DossierTranslation = {
  back: 'Back to start',
  loading: 'Loading the file…',
  tabsLabel: 'Parts of the family file',
  partsLabel: 'Parts of {{group}}',
  tabGroups: {
    family: 'Family and involved',
    decisions: 'Decisions and plan',
    sharing: 'Sharing and privacy',
  },
  header: {
    anonymous: 'discussed anonymously',
    children: 'Children and their level of concern',
    facts: 'Where things stand',
    age_one: '{{count}} year',
    age_other: '{{count}} years',
    expected: 'expected',
    notAssessed: 'not assessed',
    regisseur: 'Lead',
    eigenRegie: 'The family leads itself',
    noRegie: 'No lead professional',
    open_one: '{{count}} open action',
    open_other: '{{count}} open actions',
    overdue_one: '{{count}} action overdue',
    overdue_other: '{{count}} actions overdue',
    consentComplete: 'Consent complete',
    consentMissing: 'Consent incomplete for {{names}}',
    consentNoChildren: 'No children recorded',
    basisEnds: 'basis ends on {{date}}',
    nextMeeting: 'Next meeting {{moment}}',
    noNextMeeting: 'No meeting planned',
  },
  tabs: {
    overview: 'Overview',
    household: 'Household',
    involvement: 'Involved',
    consent: 'Consent',
    log: 'Log',
  },
  overview: {
    noteTitle: 'Note',
    note: 'Note',
    noteHint: 'Saved automatically while you type.',
  },
  log: {
    title: 'Log of this family',
  },
};
