import { registerTexts } from '../i18n';
import type { TextBundle } from '../i18n/textBundle';
import { assessmentTexts } from '../features/assessment/assessmentTexts';
import { consentTexts } from '../features/consent/consentTexts';
import { directoryTexts } from '../features/directory/directoryTexts';
import { dossierTexts } from '../features/dossier/dossierTexts';
import { familyPlanTexts } from '../features/familyPlan/familyPlanTexts';
import { handoverTexts } from '../features/handover/handoverTexts';
import { homeTexts } from '../features/home/homeTexts';
import { meetingModeTexts } from '../features/meetingMode/meetingModeTexts';
import { meetingsTexts } from '../features/meetings/meetingsTexts';
import { privacyTexts } from '../features/privacy/privacyTexts';
import { regieTexts } from '../features/regie/regieTexts';
import { reportingTexts } from '../features/reporting/reportingTexts';
import { safetyAgreementsTexts } from '../features/safetyAgreements/safetyAgreementsTexts';
import { timelineTexts } from '../features/timeline/timelineTexts';

/**
 * Every feature's texts, one i18next namespace each. The shell gathers them (imported by main.tsx
 * before the first render), so renderer/i18n stays below the features and imports none of them.
 * A key of one feature used by another (`t('dossier.x')` in meeting mode) resolves once all are here.
 */
export const FEATURE_TEXTS: readonly TextBundle[] = [
  assessmentTexts,
  consentTexts,
  directoryTexts,
  ...dossierTexts,
  familyPlanTexts,
  handoverTexts,
  homeTexts,
  meetingModeTexts,
  meetingsTexts,
  privacyTexts,
  regieTexts,
  reportingTexts,
  safetyAgreementsTexts,
  timelineTexts,
];

registerTexts(...FEATURE_TEXTS);
