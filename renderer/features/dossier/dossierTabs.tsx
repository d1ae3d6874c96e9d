import type { ReactNode } from 'react';
import { ConsentTab } from './ConsentTab';
import { FamilyLogTab } from './FamilyLogTab';
import { HouseholdTab } from './HouseholdTab';
import { InvolvementTab } from './InvolvementTab';
import { OverviewTab } from './OverviewTab';
import { BesluitenTab } from '../regie/BesluitenTab';
import { FamilyPlanTab } from '../familyPlan/FamilyPlanTab';
import { AssessmentTab } from '../assessment/AssessmentTab';
import { TimelineTab } from '../timeline/TimelineTab';
import { PRIVACY_TAB_ID, PrivacyTab } from '../privacy/PrivacyTab';
import { HANDOVER_TAB_ID, HandoverTab } from '../handover/HandoverTab';

/**
 * The tabs of the family dossier, in the order they are shown. A later feature adds its tab with one
 * entry here (and its import); the tab's label is a translation key, its content renders for a
 * family id and reads the loaded dossier from `useDossier` or fetches what it needs itself.
 */
export interface DossierTab {
  /** Stable, url-safe id; also used for the element ids of the tab and its panel. */
  id: string;
  labelKey: string;
  render(familyId: string): ReactNode;
}

export const dossierTabs: DossierTab[] = [
  { id: 'overzicht', labelKey: 'dossier.tabs.overview', render: (familyId) => <OverviewTab familyId={familyId} /> },
  { id: 'gezin', labelKey: 'dossier.tabs.household', render: (familyId) => <HouseholdTab familyId={familyId} /> },
  { id: 'betrokkenen', labelKey: 'dossier.tabs.involvement', render: (familyId) => <InvolvementTab familyId={familyId} /> },
  { id: 'toestemming', labelKey: 'dossier.tabs.consent', render: (familyId) => <ConsentTab familyId={familyId} /> },
  { id: 'risicotaxatie', labelKey: 'assessment.tabLabel', render: (familyId) => <AssessmentTab familyId={familyId} /> },
  { id: 'tijdlijn', labelKey: 'timeline.tab', render: (familyId) => <TimelineTab familyId={familyId} /> },
  { id: 'besluiten', labelKey: 'regie.tab', render: (familyId) => <BesluitenTab familyId={familyId} /> },
  { id: 'gezinsplan', labelKey: 'familyPlan.tab', render: (familyId) => <FamilyPlanTab familyId={familyId} /> },
  { id: HANDOVER_TAB_ID, labelKey: 'handover.tab', render: (familyId) => <HandoverTab familyId={familyId} /> },
  { id: PRIVACY_TAB_ID, labelKey: 'privacy.tab.label', render: (familyId) => <PrivacyTab familyId={familyId} /> },
  { id: 'logboek', labelKey: 'dossier.tabs.log', render: (familyId) => <FamilyLogTab familyId={familyId} /> },
];
