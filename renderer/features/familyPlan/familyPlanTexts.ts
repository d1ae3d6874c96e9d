import { textBundle } from '../../i18n/textBundle';
import { familyPlanEn } from './familyPlanEn';
import { familyPlanNl } from './familyPlanNl';

/** The familyPlan texts as the i18next namespace `familyPlan`, registered by the shell. */
export const familyPlanTexts = textBundle('familyPlan', familyPlanNl, familyPlanEn);
