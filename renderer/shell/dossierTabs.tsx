import type { DossierTabGroup } from '../features/dossier/DossierTablist';
import { ConsentTab } from '../features/dossier/ConsentTab';
import { FamilyLogTab } from '../features/dossier/FamilyLogTab';
import { HouseholdTab } from '../features/dossier/HouseholdTab';
import { InvolvementTab } from '../features/dossier/InvolvementTab';
import { OverviewTab } from '../features/dossier/OverviewTab';
import { AssessmentTab } from '../features/assessment/AssessmentTab';
import { FamilyPlanTab } from '../features/familyPlan/FamilyPlanTab';
import { HANDOVER_TAB_ID, HandoverTab } from '../features/handover/HandoverTab';
import { PRIVACY_TAB_ID, PrivacyTab } from '../features/privacy/PrivacyTab';
import { BesluitenTab } from '../features/regie/BesluitenTab';
import { TimelineTab } from '../features/timeline/TimelineTab';

/**
 * The family dossier's tabs, grouped so they fit one row on a school laptop: the order a case
 * conference works in (who, how unsafe, what happened, what we decided, what may be shared, what
 * was done). A group with more than one part shows its parts as a second, smaller row of tabs.
 * Part ids stay stable: other screens open a part by id (Opvolging opens Besluiten, Inzage the
 * privacy part).
 */
export const dossierTabGroups: readonly DossierTabGroup[] = [
  { id: 'overzicht', labelKey: 'dossier.tabs.overview', parts: [{ id: 'overzicht', labelKey: 'dossier.tabs.overview', render: (familyId) => <OverviewTab familyId={familyId} /> }] },
  {
    id: 'gezin-en-betrokkenen',
    labelKey: 'dossier.tabGroups.family',
    parts: [
      { id: 'gezin', labelKey: 'dossier.tabs.household', render: (familyId) => <HouseholdTab familyId={familyId} /> },
      { id: 'betrokkenen', labelKey: 'dossier.tabs.involvement', render: (familyId) => <InvolvementTab familyId={familyId} /> },
    ],
  },
  { id: 'risicotaxatie', labelKey: 'assessment.tabLabel', parts: [{ id: 'risicotaxatie', labelKey: 'assessment.tabLabel', render: (familyId) => <AssessmentTab familyId={familyId} /> }] },
  { id: 'tijdlijn', labelKey: 'timeline.tab', parts: [{ id: 'tijdlijn', labelKey: 'timeline.tab', render: (familyId) => <TimelineTab familyId={familyId} /> }] },
  {
    id: 'besluiten-en-plan',
    labelKey: 'dossier.tabGroups.decisions',
    parts: [
      { id: 'besluiten', labelKey: 'regie.tab', render: (familyId) => <BesluitenTab familyId={familyId} /> },
      { id: 'gezinsplan', labelKey: 'familyPlan.tab', render: (familyId) => <FamilyPlanTab familyId={familyId} /> },
    ],
  },
  {
    id: 'delen',
    labelKey: 'dossier.tabGroups.sharing',
    parts: [
      { id: 'toestemming', labelKey: 'dossier.tabs.consent', render: (familyId) => <ConsentTab familyId={familyId} /> },
      { id: HANDOVER_TAB_ID, labelKey: 'handover.tab', render: (familyId) => <HandoverTab familyId={familyId} /> },
      { id: PRIVACY_TAB_ID, labelKey: 'privacy.tab.label', render: (familyId) => <PrivacyTab familyId={familyId} /> },
    ],
  },
  { id: 'logboek', labelKey: 'dossier.tabs.log', parts: [{ id: 'logboek', labelKey: 'dossier.tabs.log', render: (familyId) => <FamilyLogTab familyId={familyId} /> }] },
];
