import { textBundle } from '../../i18n/textBundle';
import { safetyAgreementsEn } from './safetyAgreementsEn';
import { safetyAgreementsNl } from './safetyAgreementsNl';

/** The safetyAgreements texts as the i18next namespace `safetyAgreements`, registered by the shell. */
export const safetyAgreementsTexts = textBundle('safetyAgreements', safetyAgreementsNl, safetyAgreementsEn);
